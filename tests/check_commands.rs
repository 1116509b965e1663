//! The translator commands end to end — `fmt`, `sync`, `new-locale`, `pseudo` — and the
//! checks that need a whole silkpress project (glyph coverage, fallback).

mod common;

use common::{copy_dir, repo};

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value;

/// A temporary directory to run commands in.
struct Dir(tempfile::TempDir);

impl Dir {
    /// A copy of a fixture tree of `tests/fixtures/check`.
    fn fixture(case: &str) -> Dir {
        let d = tempfile::tempdir().unwrap();
        copy_dir(&repo().join("tests/fixtures/check").join(case), d.path());
        Dir(d)
    }

    /// A silkpress project: the repository's templates, fonts and English source.
    fn project() -> Dir {
        let d = tempfile::tempdir().unwrap();
        for sub in ["templates", "locales/en", "fonts"] {
            copy_dir(&repo().join(sub), &d.path().join(sub));
        }
        Dir(d)
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.0.path().join(rel)
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap()
    }

    fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_silkpress"))
            .args(args)
            .current_dir(self.0.path())
            .env_clear()
            .output()
            .unwrap()
    }

    /// `check --format json` (tree mode when `source` is given).
    fn check(&self, source: Option<&str>, extra: &[&str]) -> (Option<i32>, Value) {
        let mut args = vec!["check", "--format", "json"];
        if let Some(s) = source {
            args.extend(["--source", s]);
        }
        args.extend_from_slice(extra);
        let o = self.run(&args);
        let v = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
            panic!("{e}: {}", String::from_utf8_lossy(&o.stderr));
        });
        (o.status.code(), v)
    }
}

fn codes(v: &Value) -> Vec<String> {
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

fn summary<'v>(v: &'v Value, tag: &str) -> &'v Value {
    v["summary"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["locale"] == tag)
        .unwrap_or_else(|| panic!("no summary for {tag}: {v}"))
}

fn wrote(o: &Output) -> Vec<String> {
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .filter_map(|l| l.strip_prefix("wrote "))
        .map(String::from)
        .collect()
}

#[test]
fn fmt_is_idempotent_and_keeps_comments_and_order() {
    let d = Dir::fixture("clean");
    let messy = "### Resource comment\n\n# About b\nb   =   Bee {$x}\n\n\n\n# standalone\n\na =\n        Multi\n        line\n";
    d.write("en/extra.ftl", messy);
    let o = d.run(&["fmt", "--check", "--source", "en"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("not formatted: en/extra.ftl"));
    assert_eq!(d.read("en/extra.ftl"), messy, "--check writes nothing");

    let o = d.run(&["fmt", "--source", "en"]);
    assert!(o.status.success());
    assert_eq!(wrote(&o), ["./en/extra.ftl"]);
    let once = d.read("en/extra.ftl");
    assert!(once.contains("# About b\nb = Bee { $x }"), "{once}");
    assert!(once.contains("# standalone"), "{once}");
    assert!(
        once.find("b = ").unwrap() < once.find("a =").unwrap(),
        "order kept"
    );

    // Idempotent: a second run finds nothing to do.
    let o = d.run(&["fmt", "--source", "en"]);
    assert!(o.status.success() && wrote(&o).is_empty());
    assert_eq!(d.read("en/extra.ftl"), once);
    assert!(d
        .run(&["fmt", "--check", "--source", "en"])
        .status
        .success());
}

#[test]
fn fmt_removes_bom_and_crlf_and_leaves_broken_files_alone() {
    let d = Dir::fixture("clean");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(b"ui-title = Inhalt\r\nui-page = Seite { $page }\r\n");
    std::fs::write(d.path("de/ui.ftl"), bytes).unwrap();
    d.write("de/broken.ftl", "x = {\n");
    let o = d.run(&["fmt", "--source", "en", "--locale", "de"]);
    assert_eq!(o.status.code(), Some(1), "a file could not be formatted");
    assert!(String::from_utf8_lossy(&o.stderr).contains("de/broken.ftl"));
    assert_eq!(
        d.read("de/ui.ftl"),
        "ui-title = Inhalt\nui-page = Seite { $page }\n"
    );
    assert_eq!(d.read("de/broken.ftl"), "x = {\n");
}

#[test]
fn fmt_removes_a_bom_from_an_otherwise_formatted_file() {
    let d = Dir::fixture("clean");
    let text = "ui-title = Inhalt\nui-page = Seite { $page }\n";
    std::fs::write(d.path("de/ui.ftl"), format!("\u{FEFF}{text}")).unwrap();
    let o = d.run(&["fmt", "--check", "--source", "en"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("not formatted: de/ui.ftl"));
    let o = d.run(&["fmt", "--source", "en"]);
    assert_eq!(wrote(&o), ["./de/ui.ftl"]);
    assert_eq!(std::fs::read(d.path("de/ui.ftl")).unwrap(), text.as_bytes());
}

#[test]
fn fmt_is_idempotent_on_every_file_of_the_repository() {
    for dir in std::fs::read_dir(repo().join("locales")).unwrap() {
        for file in std::fs::read_dir(dir.unwrap().path()).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let Ok(once) = silkpress::l10n::fmt::format_text(&text) else {
                continue; // a translation being written may not parse; check reports it
            };
            let twice = silkpress::l10n::fmt::format_text(&once).unwrap();
            assert_eq!(once, twice, "{}", path.display());
        }
    }
}

#[test]
fn sync_adds_commented_copies_marks_obsolete_and_is_idempotent() {
    let d = Dir::fixture("missing-file");
    d.write("de/old.ftl", "# Kept comment\nui-gone = Weg\n");
    let o = d.run(&["sync", "de", "--source", "en"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let ui = d.read("de/ui.ftl");
    assert!(
        ui.starts_with("### Locale: de (German) · script: Latn · direction: ltr"),
        "{ui}"
    );
    assert!(
        ui.contains(
            "# silkpress-sync: missing; translate and uncomment:\n# ui-title = Contents"
        ),
        "{ui}"
    );
    assert!(ui.contains("# ui-page = Page { $page }"), "{ui}");
    let old = d.read("de/old.ftl");
    assert!(
        old.contains("# silkpress-sync: obsolete; the source locale no longer has it (delete it)\n# Kept comment\nui-gone = Weg"),
        "{old}"
    );
    assert!(d.path("de/l10n.lock").exists());

    // Still untranslated (comments), and nothing changes on a second run.
    let (_, v) = d.check(Some("en"), &[]);
    assert_eq!(summary(&v, "de")["missing"], 2);
    let o = d.run(&["sync", "de", "--source", "en"]);
    assert!(
        o.status.success() && wrote(&o).is_empty(),
        "{:?}",
        wrote(&o)
    );

    // The translator uncomments a copy and translates it.
    std::fs::write(
        d.path("de/ui.ftl"),
        ui.replace("# ui-title = Contents", "ui-title = Inhalt"),
    )
    .unwrap();
    let (_, v) = d.check(Some("en"), &[]);
    assert_eq!(summary(&v, "de")["missing"], 1);
    // The next sync drops the now-stray marker line and keeps the translation.
    d.run(&["sync", "de", "--source", "en"]);
    let ui = d.read("de/ui.ftl");
    assert!(
        ui.contains("ui-title = Inhalt") && ui.matches("silkpress-sync").count() == 1,
        "{ui}"
    );
}

#[test]
fn sync_reports_a_broken_source_file_under_its_own_path() {
    let d = Dir::fixture("clean");
    d.write("en/ui.ftl", "ui-title = {\nui-page = Page { $page }\n");
    let before = d.read("de/ui.ftl");
    let o = d.run(&["sync", "de", "--source", "en"]);
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("en/ui.ftl has 1 syntax error(s)"),
        "{stderr}"
    );
    assert!(!stderr.contains("de/ui.ftl"), "{stderr}");
    assert_eq!(d.read("de/ui.ftl"), before, "nothing is written");
}

#[test]
fn sync_with_an_unknown_source_names_every_locale_directory() {
    let d = Dir::fixture("clean");
    d.write("fr/main.ftl", "hello = Bonjour, { $name } !\n");
    // `sync de` reads only de and the source; an unknown source locale's hint still
    // lists every locale directory.
    let o = d.run(&["sync", "de", "--source", "xx"]);
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("locale directories found: de, en, fr"),
        "{stderr}"
    );
}

#[test]
fn stale_translations_are_reported_until_updated() {
    let d = Dir::fixture("clean");
    assert!(d.run(&["sync", "de", "--source", "en"]).status.success());
    let (_, v) = d.check(Some("en"), &[]);
    assert!(!codes(&v).contains(&"stale-translation".to_string()));

    // The source changes: the untouched translation is stale, also after a sync.
    d.write(
        "en/ui.ftl",
        "ui-title = Table of contents\nui-page = Page { $page }\n",
    );
    for _ in 0..2 {
        let (_, v) = d.check(Some("en"), &[]);
        assert_eq!(codes(&v), ["stale-translation"], "{v}");
        assert!(d.run(&["sync", "de", "--source", "en"]).status.success());
    }
    // Reformatting the source is not a change of its text.
    d.write(
        "en/ui.ftl",
        "ui-title =   Table of contents\nui-page = Page {$page}\n",
    );
    let (_, v) = d.check(Some("en"), &[]);
    assert_eq!(codes(&v), ["stale-translation"]);

    // The translator updates it; after sync the warning is gone.
    d.write(
        "de/ui.ftl",
        "ui-title = Inhaltsverzeichnis\nui-page = Seite { $page }\n",
    );
    assert!(d.run(&["sync", "de", "--source", "en"]).status.success());
    let (code, v) = d.check(Some("en"), &["--strict"]);
    assert!(codes(&v).is_empty(), "{v}");
    assert_eq!(code, Some(0));
}

#[test]
fn new_locale_scaffolds_a_locale_check_reports_as_untranslated() {
    let d = Dir::fixture("clean");
    let o = d.run(&["new-locale", "fa", "--source", "en"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let main = d.read("fa/main.ftl");
    assert!(
        main.starts_with("### Locale: fa (Persian) · script: Arab · direction: rtl"),
        "{main}"
    );
    assert!(
        main.contains(
            "# hello = Hello, { $name }!\n#     .title = Greeting for { $name }"
        ),
        "{main}"
    );
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(!stderr.contains("warning"), "{stderr}");
    // A bare tree has no editions: a language whose script they cannot set is created
    // without a word about them, and checked as any other.
    let o = d.run(&["new-locale", "hi", "--source", "en"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        o.status.success() && !stderr.contains("warning"),
        "{stderr}"
    );
    let o = d.run(&[
        "check", "--source", "en", "--locale", "hi", "--format", "json",
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(!out.contains("unknown-script"), "{out}");
    // In a project it is created with a warning, and `check` (like `build`) refuses it:
    // a check that passes a locale the build cannot set would lie.
    let p = Dir::project();
    let o = p.run(&["new-locale", "hi"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(
        stderr.contains("warning: locale `hi` is written in the script Deva")
            && stderr.contains("no edition of it can be built")
            && stderr.contains("`check` reports it as an error"),
        "{stderr}"
    );
    let o = p.run(&["check", "--locale", "hi", "--format", "json"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(2), "{out}");
    assert!(out.contains("unknown-script"), "{out}");
    let (code, v) = d.check(Some("en"), &["--locale", "fa"]);
    assert_eq!(code, Some(1));
    let fa = summary(&v, "fa");
    assert_eq!(
        (fa["translated"].as_u64(), fa["total"].as_u64()),
        (Some(0), Some(7))
    );
    assert_eq!(fa["direction"], "rtl");
    // It exists now; and the source is not a locale to create.
    assert_eq!(
        d.run(&["new-locale", "fa", "--source", "en"]).status.code(),
        Some(2)
    );
    assert_eq!(
        d.run(&["new-locale", "en", "--source", "en"]).status.code(),
        Some(2)
    );
    assert_eq!(
        d.run(&["sync", "kk", "--source", "en"]).status.code(),
        Some(2)
    );
}

#[test]
fn pseudo_locales_build_and_pass_check() {
    let d = Dir::project();
    for (strategy, tag, dir) in [("accented", "en-XA", "ltr"), ("bidi", "ar-XB", "rtl")] {
        let o = d.run(&["pseudo", strategy]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let ui = d.read(&format!("locales/{tag}/ui.ftl"));
        assert!(
            ui.contains("ui-page = [") && ui.contains("{ $page }"),
            "{ui}"
        );
        let o = d.run(&[
            "build", "--locale", tag, "--format", "html", "--format", "pdf",
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let pdf = std::fs::read(d.path(&format!("out/report.{tag}.pdf"))).unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "{tag}");
        let html = d.read(&format!("out/report.{tag}.html"));
        assert!(html.contains(&format!("lang=\"{tag}\"")), "{tag}");
        assert!(html.contains(&format!("dir=\"{dir}\"")), "{tag}");
        let (code, v) = d.check(None, &["--locale", tag]);
        assert_eq!(code, Some(0), "{v}");
        assert_eq!(summary(&v, tag)["errors"], 0);
    }
    assert!(d.read("locales/en-XA/ui.ftl").contains("[Ƈooƞŧeeƞŧş]"));
    assert!(d.read("locales/ar-XB/ui.ftl").contains('\u{202E}'));
}

#[test]
fn glyphs_no_font_covers_are_errors() {
    let d = Dir::project();
    let ui = d.read("locales/en/ui.ftl");
    d.write(
        "locales/en/ui.ftl",
        &ui.replace(
            "ui-languages = Languages",
            "ui-languages = Languages \u{13000}",
        ),
    );
    let (code, v) = d.check(None, &[]);
    assert_eq!(code, Some(1));
    let glyph = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "missing-glyph")
        .expect("missing-glyph");
    assert_eq!(glyph["id"], "ui-languages");
    assert_eq!(glyph["file"], "locales/en/ui.ftl");
    let message = glyph["message"].as_str().unwrap();
    assert!(
        message.contains("U+13000") && message.contains("`latin` stack"),
        "{message}"
    );
}

#[test]
fn fallback_is_reported_for_messages_the_build_takes_from_the_source() {
    let d = Dir::project();
    d.write("locales/de/ui.ftl", "ui-language-name = Deutsch\n");
    let (_, v) = d.check(None, &["--locale", "de"]);
    let fallback = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "fallback")
        .expect("fallback reported");
    assert_eq!(fallback["file"], "templates/report.toml");
    assert!(
        fallback["message"]
            .as_str()
            .unwrap()
            .contains("`foreword-title`"),
        "{fallback}"
    );
}

#[test]
fn a_chapter_title_too_wide_for_the_running_head_is_reported_and_a_short_form_fixes_it() {
    let d = Dir::project();
    let (code, v) = d.check(None, &[]);
    assert_eq!(code, Some(0), "{v}");
    assert!(
        !codes(&v).contains(&"running-head-too-long".to_string()),
        "{v}"
    );
    // Without its short form, the first chapter's title does not fit the head.
    let file = "locales/en/chapter-1.ftl";
    let text = d.read(file);
    let without: String = text
        .lines()
        .filter(|l| !l.starts_with("    .short = Chapter One"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(without, text, "the fixture has a short form");
    d.write(file, &without);
    let (code, v) = d.check(None, &[]);
    assert_eq!(code, Some(0), "a warning: {v}");
    let heads: Vec<&Value> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "running-head-too-long")
        .collect();
    assert_eq!(heads.len(), 1, "{v}");
    assert_eq!(heads[0]["id"], "ch1-title");
    assert_eq!(heads[0]["file"], file);
    assert_eq!(heads[0]["line"], 14);
    // A short form that is itself too wide is reported too.
    let long = "    .short = Chapter One: China-Central Asia Cooperation Has Yielded \
                Fruitful Results, Again and Again\n";
    let with_long = without.replacen(
        "Fruitful Results\n",
        &format!("Fruitful Results\n{long}"),
        1,
    );
    d.write(file, &with_long);
    let (_, v) = d.check(None, &[]);
    let message = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "running-head-too-long")
        .expect("reported")["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(message.contains("`.short` form"), "{message}");
}

#[test]
fn a_file_check_cannot_read_is_not_called_missing() {
    // kk's foreword.ftl holds a byte that is not UTF-8. Before, `check` reported it as
    // `missing-file` with the hint "create it with `silkpress sync kk`" (which refuses
    // the file) plus a `missing-message` for each of its messages, next to the
    // `invalid-utf8` that says what is wrong. Reported once, by its read error.
    let d = Dir::project();
    copy_dir(&repo().join("locales/kk"), &d.path("locales/kk"));
    let rel = "locales/kk/foreword.ftl";
    let mut bytes = std::fs::read(d.path(rel)).unwrap();
    bytes.extend_from_slice(b"\n# \xff\n");
    std::fs::write(d.path(rel), &bytes).unwrap();
    let (code, v) = d.check(None, &["--locale", "kk"]);
    assert_eq!(code, Some(1), "{v}");
    let about_foreword: Vec<&Value> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["locale"] == "kk")
        .filter(|d| d.to_string().contains("foreword") || d["code"] == "missing-message")
        .collect();
    let codes: Vec<&str> = about_foreword
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["invalid-utf8"], "{about_foreword:?}");
    assert!(!v.to_string().contains("silkpress sync kk"), "{v}");
}
