//! End-to-end tests of the `silkpress` binary on a temporary copy of the project:
//! the happy path and every kind of bad input the foundation promises to report.

mod common;

use common::copy_dir;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A temporary project: the repository's structure, templates and English source.
struct Project {
    dir: tempfile::TempDir,
}

impl Project {
    fn new() -> Self {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&repo.join("templates"), &dir.path().join("templates"));
        copy_dir(&repo.join("locales/en"), &dir.path().join("locales/en"));
        if repo.join("fonts").exists() {
            copy_dir(&repo.join("fonts"), &dir.path().join("fonts"));
        }
        Project { dir }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = std::fs::read_to_string(self.path(rel)).unwrap();
        assert!(text.contains(from), "{rel} has no {from:?}");
        std::fs::write(self.path(rel), text.replacen(from, to, 1)).unwrap();
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_silkpress"))
            .args(args)
            .current_dir(self.dir.path())
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .output()
            .unwrap()
    }

    fn out_files(&self) -> Vec<String> {
        let Ok(rd) = std::fs::read_dir(self.path("out")) else {
            return Vec::new();
        };
        rd.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Asserts a failed build with the given exit code, message fragments, and no output file.
fn assert_fails(p: &Project, args: &[&str], code: i32, needles: &[&str]) {
    let o = p.run(args);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(code), "exit code; stderr:\n{err}");
    for n in needles {
        assert!(err.contains(n), "stderr lacks {n:?}:\n{err}");
    }
    assert!(!err.contains("panicked"), "panic:\n{err}");
    assert!(
        p.out_files().is_empty(),
        "output left behind: {:?}",
        p.out_files()
    );
}

#[test]
fn builds_the_english_report_as_html() {
    let p = Project::new();
    let o = p.run(&["build", "--locale", "en", "--format", "html"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let html = std::fs::read_to_string(p.path("out/report.en.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
    // The text, without the soft hyphens long words get (`render::ties`).
    let html = html.replace('\u{AD}', "");
    assert!(html.contains("The <i>Xi’an Declaration</i> adopted at the summit"));
    assert!(html.contains("Since the project’s launch in early 2025"));
    // Terms resolved, and no isolation marks: the report has no variables.
    assert!(html.contains("the Belt and Road Initiative (BRI) in 2013"));
    assert!(!html.contains("{ -") && !html.contains('\u{2068}'));
    // Every chapter and section heading has an anchor the ToC links to.
    for anchor in [
        "foreword",
        "ch1",
        "ch1-s7",
        "ch2-s4",
        "ch3-s4",
        "conclusion",
        "editorial",
    ] {
        assert!(
            html.contains(&format!("id=\"{anchor}\"")),
            "no anchor {anchor}"
        );
        assert!(
            html.contains(&format!("href=\"#{anchor}\"")),
            "no ToC link to {anchor}"
        );
    }
}

#[test]
fn explicit_output_path_and_usage_errors() {
    let p = Project::new();
    let o = p.run(&[
        "build", "--locale", "en", "--format", "html", "-o", "x/r.html",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(p.path("x/r.html").exists());
    // -o with two formats is ambiguous.
    assert_fails(
        &p,
        &[
            "build", "--locale", "en", "--format", "html", "--format", "pdf", "-o", "y",
        ],
        2,
        &["-o"],
    );
    // clap's own usage errors exit 2 as well.
    assert_eq!(p.run(&["build", "--format", "html"]).status.code(), Some(2));
}

#[test]
fn malformed_ftl_points_at_the_line() {
    let p = Project::new();
    p.edit(
        "locales/en/foreword.ftl",
        "foreword-p2 = ",
        "foreword-p2 = {",
    );
    assert_fails(
        &p,
        &["build", "--locale", "en", "--format", "html"],
        1,
        &["syntax-error", "locales/en/foreword.ftl:"],
    );
}

/// Builds English HTML with one-line diagnostics, expects exit 1, and returns the
/// diagnostic line that contains `needle`.
fn failing_diagnostic(p: &Project, needle: &str) -> String {
    let o = p.run(&[
        "build",
        "--locale",
        "en",
        "--format",
        "html",
        "--diagnostic-format",
        "short",
    ]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(p.out_files().is_empty());
    err.lines()
        .find(|l| l.contains(needle))
        .expect(&err)
        .to_string()
}

/// `rel:line:col:` of the first line of `rel` containing `on_line`, at `at` in it.
fn position(p: &Project, rel: &str, on_line: &str, at: &str) -> String {
    let text = std::fs::read_to_string(p.path(rel)).unwrap();
    let (n, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(on_line))
        .unwrap();
    format!("{rel}:{}:{}:", n + 1, line.find(at).unwrap() + 1)
}

#[test]
fn structure_id_missing_from_source_locale() {
    let p = Project::new();
    p.edit(
        "templates/report.toml",
        "{ paragraph = \"foreword-p3\" }",
        "{ paragraph = \"foreword-p99\" }",
    );
    let line = failing_diagnostic(&p, "foreword-p99");
    // At the ID inside its quotes.
    let at = position(&p, "templates/report.toml", "foreword-p99", "foreword-p99");
    assert!(line.starts_with(&at), "{line}");
}

#[test]
fn unbalanced_markup_names_file_line_and_message() {
    let p = Project::new();
    p.edit(
        "locales/en/chapter-1.ftl",
        "<i>Xi’an Declaration</i>",
        "<i>Xi’an Declaration",
    );
    let line = failing_diagnostic(&p, "markup-error");
    let at = position(&p, "locales/en/chapter-1.ftl", "ch1-s7-p2 =", "<i>Xi’an");
    assert!(line.starts_with(&at), "{line}");
    assert!(
        line.contains("never closed") && line.contains("[ch1-s7-p2]"),
        "{line}"
    );
    // Unknown tags too.
    let p = Project::new();
    p.edit(
        "locales/en/foreword.ftl",
        "foreword-p1 = ",
        "foreword-p1 = <script>x</script>",
    );
    assert_fails(
        &p,
        &["build", "--locale", "en", "--format", "html"],
        1,
        &["unknown markup", "foreword-p1"],
    );
}

#[test]
fn unknown_locale_and_path_characters() {
    let p = Project::new();
    assert_fails(
        &p,
        &["build", "--locale", "xx", "--format", "html"],
        2,
        &["no locale `xx`"],
    );
    assert_fails(
        &p,
        &["build", "--locale", "../x", "--format", "html"],
        2,
        &["not a locale tag"],
    );
    assert_fails(&p, &["check", "--locale", "../x"], 2, &["not a locale tag"]);
}

#[test]
fn unreadable_files_are_reported() {
    let p = Project::new();
    // Invalid UTF-8 in a locale file, with line and column of the bad byte.
    let mut bytes = std::fs::read(p.path("locales/en/conclusion.ftl")).unwrap();
    bytes.extend_from_slice(b"\nbad = \xff\xfe\n");
    std::fs::write(p.path("locales/en/conclusion.ftl"), bytes).unwrap();
    assert_fails(
        &p,
        &["build", "--locale", "en", "--format", "html"],
        1,
        &["not valid UTF-8", "conclusion.ftl:"],
    );

    // A missing structure file is an IO error (exit 2) with a hint.
    let p = Project::new();
    std::fs::remove_file(p.path("templates/report.toml")).unwrap();
    assert_fails(
        &p,
        &["build", "--locale", "en", "--format", "html"],
        2,
        &["templates/report.toml", "--root"],
    );
}

#[test]
fn failed_build_leaves_previous_output_intact() {
    let p = Project::new();
    assert!(p
        .run(&["build", "--locale", "en", "--format", "html"])
        .status
        .success());
    let before = std::fs::read(p.path("out/report.en.html")).unwrap();
    p.edit(
        "locales/en/foreword.ftl",
        "foreword-p2 = ",
        "foreword-p2 = <b>",
    );
    let o = p.run(&["build", "--locale", "en", "--format", "html"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(std::fs::read(p.path("out/report.en.html")).unwrap(), before);
    let leftovers: Vec<_> = p
        .out_files()
        .into_iter()
        .filter(|f| f.contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn missing_translations_fall_back_with_a_warning() {
    let p = Project::new();
    p.write("locales/de/ui.ftl", "ui-language-name = Deutsch\n");
    let o = p.run(&["build", "--locale", "de", "--format", "html"]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("fallback") && err.contains("foreword-p1"),
        "{err}"
    );
    let html = std::fs::read_to_string(p.path("out/report.de.html")).unwrap();
    assert!(html.contains("<html lang=\"de\""));
    assert!(html.contains("Located at the heart of the Eurasian continent"));
}

#[test]
fn locales_lists_script_direction_and_coverage() {
    let p = Project::new();
    p.write("locales/kk/ui.ftl", "ui-language-name = Қазақ тілі\n");
    p.write("locales/fa/ui.ftl", "ui-language-name = فارسی\n");
    let o = p.run(&["locales"]);
    assert!(o.status.success());
    let out = String::from_utf8_lossy(&o.stdout);
    let kk = out.lines().find(|l| l.starts_with("kk ")).expect(&out);
    assert!(kk.contains("Cyrl") && kk.contains("ltr"), "{kk}");
    let fa = out.lines().find(|l| l.starts_with("fa ")).expect(&out);
    assert!(fa.contains("Arab") && fa.contains("rtl"), "{fa}");
    let en = out.lines().find(|l| l.starts_with("en ")).expect(&out);
    assert!(en.contains("100.0%"), "{en}");
}

#[test]
fn font_sizes_outside_their_range_are_configuration_errors_not_hangs() {
    // A negative body size looped forever in pagination; zero wrote NaN into the PDF.
    for value in ["-10.5", "0", "1000"] {
        let p = Project::new();
        p.edit(
            "templates/style.toml",
            "body = 10.5",
            &format!("body = {value}"),
        );
        assert_fails(
            &p,
            &["build", "--locale", "en", "--format", "pdf"],
            2,
            &["[sizes] body", "templates/style.toml"],
        );
    }
}

/// The project keeps its stricter markup rules: a tag of the source dropped by a
/// translation is a `markup-mismatch` error (a bare tree only warns, `markup-differs`).
#[test]
fn project_markup_is_compared_with_the_whitelist_rules() {
    let p = Project::new();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(&repo.join("locales/ru"), &p.path("locales/ru"));
    p.edit(
        "locales/ru/chapter-1.ftl",
        "<i>Сианьской декларации</i>",
        "Сианьской декларации",
    );
    let o = p.run(&["check", "--locale", "ru", "--diagnostic-format", "short"]);
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert_eq!(o.status.code(), Some(1), "{out}");
    let line = out
        .lines()
        .find(|l| l.contains("markup-mismatch"))
        .unwrap_or_else(|| panic!("no markup-mismatch in {out}"));
    assert!(line.contains("ch1-s7-p2") && line.contains("<i>"), "{line}");
}
