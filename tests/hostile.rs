//! Hostile inputs (issue #15): every case an adversarial run of the CLI found, each
//! run on a temporary copy of the project, with a time limit so that a hang fails the
//! test instead of blocking the suite.

mod common;

use common::copy_dir;

use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A temporary project: the repository's structure, templates, fonts and locales.
struct Project {
    dir: tempfile::TempDir,
}

/// What a run gave.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    /// Both streams (check prints its report on standard output).
    fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

impl Project {
    /// The English source and the locales named.
    fn new(locales: &[&str]) -> Self {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&repo.join("templates"), &dir.path().join("templates"));
        copy_dir(&repo.join("fonts"), &dir.path().join("fonts"));
        for l in std::iter::once(&"en").chain(locales) {
            copy_dir(
                &repo.join("locales").join(l),
                &dir.path().join("locales").join(l),
            );
        }
        Project { dir }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn write(&self, rel: &str, text: impl AsRef<[u8]>) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = std::fs::read_to_string(self.path(rel)).unwrap();
        assert!(text.contains(from), "{rel} has no {from:?}");
        std::fs::write(self.path(rel), text.replacen(from, to, 1)).unwrap();
    }

    /// Appends `text` to the file (created when missing).
    fn append(&self, rel: &str, text: &str) {
        let mut all = std::fs::read_to_string(self.path(rel)).unwrap_or_default();
        all.push_str(text);
        self.write(rel, all);
    }

    /// Removes the one-line message `id` from the locale file `rel` and accepts its
    /// absence in that locale's `locale.toml` (`missing-message` suppressed): the edition
    /// falls back to the source's text.
    fn lack(&self, rel: &str, id: &str) {
        let text = std::fs::read_to_string(self.path(rel)).unwrap();
        let kept: String = text
            .lines()
            .filter(|l| !l.starts_with(&format!("{id} =")))
            .map(|l| format!("{l}\n"))
            .collect();
        assert_ne!(kept.len(), text.len(), "{rel} has no `{id} =` line");
        self.write(rel, kept);
        let settings = Path::new(rel).with_file_name("locale.toml");
        self.append(
            settings.to_str().unwrap(),
            &format!(
                "\n[[suppress]]\ncode = \"missing-message\"\nid = \"{id}\"\nreason = \"x\"\n"
            ),
        );
    }

    /// Moves the folder `rel` to `to` and leaves at `rel` a link to it, `link` as
    /// written (relative to `rel`'s folder).
    fn link_away(&self, rel: &str, to: &str, link: &str) {
        std::fs::create_dir_all(self.path(to).parent().unwrap()).unwrap();
        std::fs::rename(self.path(rel), self.path(to)).unwrap();
        std::os::unix::fs::symlink(link, self.path(rel)).unwrap();
    }

    fn mkfifo(&self, rel: &str) {
        let p = self.path(rel);
        let _ = std::fs::remove_file(&p);
        let ok = Command::new("mkfifo").arg(&p).status().unwrap().success();
        assert!(ok, "mkfifo {}", p.display());
    }

    /// Runs silkpress in the project, failing the test past 60 s (a hang).
    fn run(&self, args: &[&str]) -> Run {
        let mut child = Command::new(env!("CARGO_BIN_EXE_silkpress"))
            .args(args)
            .current_dir(self.dir.path())
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Drain the pipes on threads so a chatty child cannot block on a full pipe.
        let mut out = child.stdout.take().unwrap();
        let mut err = child.stderr.take().unwrap();
        let out = std::thread::spawn(move || {
            let mut s = Vec::new();
            std::io::Read::read_to_end(&mut out, &mut s).ok();
            s
        });
        let err = std::thread::spawn(move || {
            let mut s = Vec::new();
            std::io::Read::read_to_end(&mut err, &mut s).ok();
            s
        });
        let start = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if start.elapsed() > Duration::from_secs(60) {
                child.kill().unwrap();
                child.wait().unwrap();
                panic!("silkpress {args:?} hung (killed after 60 s)");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let run = Run {
            code: status.code(),
            stdout: String::from_utf8_lossy(&out.join().unwrap()).into_owned(),
            stderr: String::from_utf8_lossy(&err.join().unwrap()).into_owned(),
        };
        assert!(!run.stderr.contains("panicked"), "panic:\n{}", run.stderr);
        run
    }

    /// Runs and asserts the exit code and fragments of the output.
    fn fails(&self, args: &[&str], code: i32, needles: &[&str]) -> Run {
        let run = self.run(args);
        let all = run.all();
        assert_eq!(run.code, Some(code), "silkpress {args:?}:\n{all}");
        for n in needles {
            assert!(all.contains(n), "silkpress {args:?}: no {n:?} in:\n{all}");
        }
        run
    }
}

const BUILD_EN: &[&str] = &["build", "--locale", "en", "--format", "html"];

// ---- 1. Input files: regular, inside the project, bounded ------------------------------

#[test]
fn a_fifo_named_like_an_input_is_refused_not_waited_on() {
    for rel in [
        "locales/en/x.ftl",
        "locales/en/locale.toml",
        "templates/style.toml",
        "templates/report.toml",
    ] {
        let p = Project::new(&["ru"]);
        p.mkfifo(rel);
        for args in [&["check", "--locale", "ru"][..], BUILD_EN] {
            p.fails(args, 2, &[rel, "FIFO"]);
        }
    }
}

#[test]
fn a_link_to_dev_zero_is_not_read_until_memory_runs_out() {
    let p = Project::new(&[]);
    symlink("/dev/zero", p.path("locales/en/zero.ftl")).unwrap();
    p.fails(BUILD_EN, 2, &["locales/en/zero.ftl", "refused-input"]);
    p.fails(&["check"], 2, &["locales/en/zero.ftl", "refused-input"]);
}

#[test]
fn an_oversized_input_is_refused_with_its_limit() {
    let p = Project::new(&[]);
    // Sparse: 17 MiB on disk costs nothing.
    let f = std::fs::File::create(p.path("locales/en/huge.ftl")).unwrap();
    f.set_len(17 << 20).unwrap();
    p.fails(
        BUILD_EN,
        2,
        &["locales/en/huge.ftl", "over the limit of 16 MiB"],
    );
}

#[test]
fn a_link_out_of_the_project_is_refused_and_never_quoted() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.ftl");
    std::fs::write(&secret, "top-secret = the launch code is { 1234\n").unwrap();
    let p = Project::new(&[]);
    symlink(&secret, p.path("locales/en/s.ftl")).unwrap();
    for args in [&["check"][..], BUILD_EN, &["fmt"]] {
        let run = p.fails(args, 2, &["locales/en/s.ftl", "outside the project"]);
        assert!(!run.all().contains("launch code"), "{}", run.all());
    }
    assert!(std::fs::read_to_string(&secret).unwrap().contains("{ 1234"));
}

#[test]
fn self_referencing_folder_links_do_not_make_a_walk_loop() {
    let p = Project::new(&["ru"]);
    symlink(".", p.path("locales/en/a")).unwrap();
    symlink("..", p.path("locales/en/b")).unwrap();
    // Two links to each other, named as inputs.
    symlink("y.ftl", p.path("locales/ru/x.ftl")).unwrap();
    symlink("x.ftl", p.path("locales/ru/y.ftl")).unwrap();
    let run = p.fails(&["check"], 2, &["locales/en/a", "locales/en/b", "a loop"]);
    assert!(run.all().contains("locales/ru/x.ftl"), "{}", run.all());
    p.fails(BUILD_EN, 2, &["locales/en/a"]);
}

#[test]
fn fonts_come_only_from_the_project_and_say_what_is_wrong() {
    let repo_font =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fonts/NotoSerif-Bold.ttf");
    let p = Project::new(&[]);
    p.edit(
        "templates/style.toml",
        "\"fonts/NotoSerif-Bold.ttf\"",
        &format!("{:?}", repo_font.display().to_string()),
    );
    let pdf = ["build", "--locale", "en", "--format", "pdf"];
    p.fails(&pdf, 2, &["NotoSerif-Bold.ttf", "outside the project"]);

    // A folder or a FIFO where a font should be is not "missing".
    let p = Project::new(&[]);
    std::fs::remove_file(p.path("fonts/NotoSerif-Bold.ttf")).unwrap();
    std::fs::create_dir(p.path("fonts/NotoSerif-Bold.ttf")).unwrap();
    let run = p.fails(&pdf, 2, &["fonts/NotoSerif-Bold.ttf", "a folder"]);
    assert!(!run.all().contains("does not exist"), "{}", run.all());
    let p = Project::new(&[]);
    p.mkfifo("fonts/NotoSerif-Bold.ttf");
    let run = p.fails(&pdf, 2, &["fonts/NotoSerif-Bold.ttf", "FIFO"]);
    assert!(!run.all().contains("does not exist"), "{}", run.all());
    p.fails(BUILD_EN, 2, &["FIFO"]);
}

#[test]
fn a_markdown_import_from_a_device_or_folder_is_refused() {
    let p = Project::new(&[]);
    let before = std::fs::read(p.path("templates/report.toml")).unwrap();
    p.fails(&["import", "/dev/zero"], 2, &["/dev/zero", "a device"]);
    p.fails(&["import", "locales"], 2, &["a folder"]);
    assert_eq!(
        std::fs::read(p.path("templates/report.toml")).unwrap(),
        before
    );
}

// ---- 3. Commands that rewrite translators' files ---------------------------------------

/// A file's bytes and whether it is a symbolic link.
fn snapshot(p: &Project, rel: &str) -> (Vec<u8>, bool) {
    let path = p.path(rel);
    let link = std::fs::symlink_metadata(&path)
        .unwrap()
        .file_type()
        .is_symlink();
    (std::fs::read(&path).unwrap(), link)
}

#[test]
fn sync_fmt_and_locales_never_replace_or_skip_an_unread_file() {
    let p = Project::new(&["ru"]);
    let rel = "locales/ru/foreword.ftl";
    let mut bytes = std::fs::read(p.path(rel)).unwrap();
    bytes.extend_from_slice(b"\nbroken = \xff\n");
    p.write(rel, &bytes);
    // The check's hint for the file: this must not replace it with a scaffold.
    p.fails(
        &["sync", "ru"],
        1,
        &[rel, "not valid UTF-8", "nothing was written"],
    );
    assert_eq!(snapshot(&p, rel).0, bytes);
    p.fails(&["fmt"], 1, &[rel, "not valid UTF-8"]);
    assert_eq!(snapshot(&p, rel).0, bytes);
    p.fails(&["locales"], 1, &[rel]);
    // An invalid byte in the source marks nothing obsolete: nothing is written at all.
    let p = Project::new(&["ru"]);
    p.write("locales/en/foreword.ftl", b"foreword-title = \xff\n");
    let before = snapshot(&p, rel);
    p.fails(&["sync", "ru"], 1, &["locales/en/foreword.ftl"]);
    assert_eq!(snapshot(&p, rel), before);
    // An unreadable file (a FIFO here, as root reads anything) is no missing file.
    let p = Project::new(&["ru"]);
    p.mkfifo("locales/ru/conclusion.ftl");
    p.fails(&["sync", "ru"], 2, &["locales/ru/conclusion.ftl", "FIFO"]);
    p.fails(&["fmt", "--locale", "ru"], 2, &["FIFO"]);
    p.fails(&["locales"], 2, &["FIFO"]);
}

#[test]
fn fmt_keeps_a_symlinked_file_a_link_and_refuses_one_out_of_the_project() {
    let p = Project::new(&["ru"]);
    std::fs::create_dir(p.path("shared")).unwrap();
    std::fs::rename(
        p.path("locales/ru/conclusion.ftl"),
        p.path("shared/conclusion.ftl"),
    )
    .unwrap();
    symlink(
        "../../shared/conclusion.ftl",
        p.path("locales/ru/conclusion.ftl"),
    )
    .unwrap();
    let mut text = std::fs::read_to_string(p.path("shared/conclusion.ftl")).unwrap();
    text.push_str("extra   =   x\n");
    p.write("shared/conclusion.ftl", &text);
    let run = p.run(&["fmt", "--locale", "ru"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    let (bytes, link) = snapshot(&p, "locales/ru/conclusion.ftl");
    assert!(link, "fmt replaced the link by a file");
    assert!(String::from_utf8(bytes).unwrap().ends_with("extra = x\n"));
}

#[test]
fn pseudo_keeps_hand_written_files_and_follows_no_link_out() {
    let p = Project::new(&[]);
    let run = p.run(&["pseudo", "accented"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    // A file written by hand beside the generated ones is kept (with a warning).
    p.write("locales/en-XA/mine.ftl", "mine = by hand\n");
    let run = p.run(&["pseudo", "accented"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert!(
        run.stderr.contains("mine.ftl was not generated"),
        "{}",
        run.all()
    );
    assert_eq!(
        snapshot(&p, "locales/en-XA/mine.ftl").0,
        b"mine = by hand\n"
    );
    // One in the place of a generated file is not replaced.
    p.write("locales/en-XA/ui.ftl", "ui-title = by hand\n");
    p.fails(&["pseudo", "accented"], 2, &["ui.ftl was not generated"]);
    assert_eq!(
        snapshot(&p, "locales/en-XA/ui.ftl").0,
        b"ui-title = by hand\n"
    );
    std::fs::remove_file(p.path("locales/en-XA/ui.ftl")).unwrap();
    // A link out of the project is neither followed nor written through.
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("victim.ftl");
    std::fs::write(&victim, "victim = keep me\n").unwrap();
    symlink(&victim, p.path("locales/en-XA/ui.ftl")).unwrap();
    p.fails(&["pseudo", "accented"], 2, &["outside the project"]);
    assert_eq!(std::fs::read(&victim).unwrap(), b"victim = keep me\n");
    // The pseudo-locale's folder itself linked out of the project.
    let p = Project::new(&[]);
    symlink(outside.path(), p.path("locales/en-XA")).unwrap();
    p.fails(&["pseudo", "accented"], 2, &["outside the project"]);
    assert_eq!(std::fs::read(&victim).unwrap(), b"victim = keep me\n");
    assert!(!outside.path().join("ui.ftl").exists());
}

// ---- 2. Depth limits ------------------------------------------------------------------

#[test]
fn placeables_nested_20000_deep_are_an_error_at_their_position_not_a_stack_overflow() {
    let p = Project::new(&["ru"]);
    let n = 20_000;
    let deep = format!("deep = {}\"x\"{}\n", "{".repeat(n), "}".repeat(n));
    let rel = "locales/en/conclusion.ftl";
    let mut text = std::fs::read_to_string(p.path(rel)).unwrap();
    let line = text.lines().count() + 1;
    text.push_str(&deep);
    p.write(rel, &text);
    // The 101st brace: column 8 + 100 of the new line.
    let at = format!("{rel}:{line}:108");
    for args in [&["check"][..], &["fmt"], BUILD_EN, &["sync", "ru"]] {
        let run = p.fails(args, 1, &["too-deep", &at]);
        assert!(
            run.all().len() < 20_000,
            "{} bytes of output",
            run.all().len()
        );
    }
    // A hundred levels are still read and built.
    let p = Project::new(&[]);
    let n = 100;
    p.write(
        "locales/en/deep.ftl",
        format!("deep = {}\"x\"{}\n", "{".repeat(n), "}".repeat(n)),
    );
    let run = p.run(BUILD_EN);
    assert_eq!(run.code, Some(0), "{}", run.all());
}

#[test]
fn markup_nested_100000_deep_gives_bounded_linear_output() {
    let p = Project::new(&[]);
    let n = 100_000;
    p.write(
        "locales/en/deep.ftl",
        format!("deepm = {}x{}\n", "<b>".repeat(n), "</b>".repeat(n)),
    );
    let start = Instant::now();
    for args in [&["check"][..], BUILD_EN] {
        let run = p.fails(args, 1, &["markup-error", "more markup error(s)"]);
        // Each diagnostic quotes a bounded excerpt, not the 700,000-byte line.
        assert!(
            run.all().len() < 20_000,
            "{} bytes of output",
            run.all().len()
        );
    }
    assert!(
        start.elapsed() < Duration::from_secs(50),
        "{:?}",
        start.elapsed()
    );
}

// ---- 4. `check` implies `build` --------------------------------------------------------

/// A project whose first paragraph is `text` (appended to the English source as `v`).
fn with_paragraph(text: &str) -> Project {
    let p = Project::new(&[]);
    let mut ftl = std::fs::read_to_string(p.path("locales/en/conclusion.ftl")).unwrap();
    ftl.push_str(&format!("v = {text}\n"));
    p.write("locales/en/conclusion.ftl", ftl);
    p.edit(
        "templates/report.toml",
        "{ paragraph = \"conclusion-p1\" }",
        "{ paragraph = \"v\" }",
    );
    p
}

#[test]
fn what_the_build_refuses_the_check_refuses_with_the_same_code() {
    let many = "{\"a\"}".repeat(120);
    let cases: [(&str, &str, &str); 8] = [
        ("Hello { $who }", "unsupplied-variable", "$who"),
        (&many, "too-many-placeables", "v"),
        ("a \u{7} bell", "control-character", "U+0007"),
        ("an \u{1b}[31m escape", "control-character", "U+001B"),
        ("a {\"\\u0000\"} NUL", "control-character", "U+0000"),
        ("Hello \u{202E}evil", "bidi-control", "U+202E"),
        ("Hello {\"\\u202A\"}evil", "bidi-control", "U+202A"),
        ("Hello \u{2068}evil", "bidi-control", "isolate"),
    ];
    for (text, code, needle) in cases {
        let p = with_paragraph(text);
        let check = p.fails(&["check", "--locale", "en"], 1, &[code, needle]);
        // Terminal-safe: the raw character is never printed.
        assert!(!check
            .all()
            .contains(['\u{7}', '\u{1b}', '\u{0}', '\u{202E}']));
        for format in ["html", "pdf"] {
            p.fails(&["build", "--locale", "en", "--format", format], 1, &[code]);
        }
        assert!(
            !p.path("out").exists()
                || std::fs::read_dir(p.path("out")).unwrap().count() == 0
        );
    }
    // Balanced isolates and the marks right-to-left text needs pass both.
    let p = with_paragraph("Hello \u{2068}name\u{2069} \u{200F}\u{200E}\u{61C} ok");
    for args in [&["check", "--locale", "en"][..], BUILD_EN] {
        let run = p.run(args);
        assert_eq!(run.code, Some(0), "{}", run.all());
    }
    let html = std::fs::read_to_string(p.path("out/report.en.html")).unwrap();
    assert!(!html
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r')));
}

#[test]
fn an_override_in_a_comment_fails_the_check_at_its_line_and_column() {
    let p = Project::new(&[]);
    let rel = "locales/en/conclusion.ftl";
    let mut ftl = std::fs::read_to_string(p.path(rel)).unwrap();
    let line = ftl.lines().count() + 1;
    ftl.push_str("# looks \u{202E}harmless\n");
    p.write(rel, ftl);
    p.fails(&["check"], 1, &["bidi-control", &format!("{rel}:{line}:9")]);
}

#[test]
fn a_message_named_twice_in_the_structure_is_refused() {
    let p = Project::new(&[]);
    p.edit(
        "templates/report.toml",
        "{ paragraph = \"conclusion-p1\" }",
        "{ paragraph = \"conclusion-p1\" }, { paragraph = \"conclusion-p1\" }",
    );
    for args in [&["check"][..], BUILD_EN] {
        p.fails(args, 2, &["templates/report.toml:", "conclusion-p1` twice"]);
    }
}

// ---- 7, 8. Numeric settings point at their value; messages say what is wrong -------

#[test]
fn numeric_settings_point_at_their_line_and_column() {
    let pdf = ["build", "--locale", "en", "--format", "pdf"];
    let style = "templates/style.toml";
    let line_of = |p: &Project, key: &str| {
        let text = std::fs::read_to_string(p.path(style)).unwrap();
        text.lines().position(|l| l.starts_with(key)).unwrap() + 1
    };
    // A zero page width is a zero width, not margins that leave no room.
    let p = Project::new(&[]);
    p.edit(style, "width = 595.276", "width = 0");
    let at = format!("{style}:{}:9", line_of(&p, "width = 0"));
    let run = p.fails(&pdf, 2, &[&at, "[page] width = 0 is outside"]);
    assert!(!run.all().contains("no room"), "{}", run.all());
    // A size and a spacing, each at its own value.
    let p = Project::new(&[]);
    p.edit(style, "toc-gap = 0.6", "toc-gap = -1");
    let at = format!("{style}:{}:11", line_of(&p, "toc-gap"));
    p.fails(&pdf, 2, &[&at, "`toc-gap` is -1"]);
    // A space far beyond any page, and a running head set above the page's edge.
    let p = Project::new(&[]);
    p.edit(style, "chapter-before = 2.0", "chapter-before = 1000");
    let at = format!("{style}:{}:18", line_of(&p, "chapter-before"));
    p.fails(
        &pdf,
        2,
        &[
            &at,
            "`chapter-before` is 1000; it must be a number from 0 to 24",
        ],
    );
    let p = Project::new(&[]);
    p.edit(
        style,
        "running-head-raise = 22.0",
        "running-head-raise = 100",
    );
    let at = format!("{style}:{}:22", line_of(&p, "running-head-raise"));
    p.fails(&pdf, 2, &[&at, "above the page's top edge"]);
    // A value of the wrong type, from toml's own span.
    let p = Project::new(&[]);
    p.edit(style, "width = 595.276", "width = \"wide\"");
    let at = format!("{style}:{}:9", line_of(&p, "width = \"wide\""));
    p.fails(&pdf, 2, &[&at, "invalid type"]);
}

#[test]
fn output_to_a_folder_says_so() {
    let p = Project::new(&[]);
    std::fs::create_dir(p.path("folder")).unwrap();
    for out in [".", "out/", "folder"] {
        let run = p.fails(
            &["build", "--locale", "en", "--format", "html", "-o", out],
            2,
            &["folder", "name a file to write"],
        );
        assert!(!run.all().contains("busy"), "{}", run.all());
    }
}

// ---- 6. Canonical locale tags ----------------------------------------------------------

#[test]
fn locale_tags_in_another_case_are_one_locale_with_a_warning() {
    let p = Project::new(&[]);
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(&repo.join("locales/zh-CN"), &p.path("locales/zh_cn"));
    // The folder is read as `zh-CN`, and named so on the command line in any case.
    let run = p.run(&["check"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert!(run.all().contains("non-canonical-locale"), "{}", run.all());
    assert!(
        run.stdout.lines().any(|l| l.starts_with("zh-CN ")),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.lines().any(|l| l.starts_with("zh_cn ")),
        "{}",
        run.stdout
    );
    let run = p.run(&["build", "--locale", "ZH-cn", "--format", "html"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert!(p.path("out/report.zh-CN.html").exists());
    // `EN` beside `en` is the same locale: an error, never a second English.
    let p = Project::new(&[]);
    copy_dir(&p.path("locales/en"), &p.path("locales/EN"));
    let run = p.fails(&["check"], 1, &["`en` and `EN` are the same locale `en`"]);
    assert_eq!(
        run.stdout.lines().filter(|l| l.starts_with("en ")).count(),
        1
    );
    p.fails(&["locales"], 1, &["same locale"]);
}

// ---- 7. Standard output closed or full --------------------------------------------------

#[test]
fn a_reader_that_stops_early_is_no_panic_and_a_full_disk_is_no_success() {
    let p = Project::new(&[]);
    let silkpress = |args: &[&str], stdout: Stdio| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_silkpress"))
            .args(args)
            .current_dir(p.dir.path())
            .stdout(stdout)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut err = String::new();
        std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err).unwrap();
        (child.wait().unwrap().code(), err)
    };
    // Standard output a pipe whose reader is gone before anything is printed.
    let closed = || {
        let mut reader = Command::new("true").stdin(Stdio::piped()).spawn().unwrap();
        let pipe = reader.stdin.take().unwrap();
        reader.wait().unwrap();
        Stdio::from(pipe)
    };
    // The edition is written, the status line is dropped: success, no panic.
    let (code, err) =
        silkpress(&["build", "--locale", "en", "--format", "html"], closed());
    assert_eq!(code, Some(0), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(p.path("out/report.en.html").exists());
    let (code, err) = silkpress(&["check", "--format", "json"], closed());
    assert_eq!(code, Some(0), "{err}");
    // A report that could not be written whole is a failure (exit 2), never exit 0.
    for args in [
        &["check", "--format", "json"][..],
        &["locales"],
        &["export", "--locale", "en", "--format", "md"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let (code, err) = silkpress(args, Stdio::from(full));
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert!(err.contains("failed to write to standard output"), "{err}");
    }
}

#[test]
fn an_empty_heading_paragraph_or_attribution_builds_in_every_format() {
    // `{ "" }` is Fluent's way to say a text is empty on purpose. An empty paragraph
    // asked face 0 (Persian's, not loaded for an English build) for its hyphen: a panic.
    for id in ["ch1-s1-title", "ch1-s1-p1", "ch1-qa1", "ui-toc-title"] {
        let p = Project::new(&[]);
        let file = ["chapter-1.ftl", "ui.ftl"]
            .into_iter()
            .find(|f| {
                std::fs::read_to_string(p.path(&format!("locales/en/{f}")))
                    .is_ok_and(|t| t.lines().any(|l| l.starts_with(&format!("{id} ="))))
            })
            .unwrap_or_else(|| panic!("no file defines {id}"));
        let rel = format!("locales/en/{file}");
        let text = std::fs::read_to_string(p.path(&rel)).unwrap();
        // The message's first line, and its indented continuation lines, become `{ "" }`.
        let mut edited = String::new();
        let mut inside = false;
        for l in text.lines() {
            if l.starts_with(&format!("{id} =")) {
                edited.push_str(&format!("{id} = {{ \"\" }}\n"));
                inside = true;
            } else if !(inside && l.starts_with(' ')) {
                inside = false;
                edited.push_str(&format!("{l}\n"));
            }
        }
        p.write(&rel, edited);
        for format in ["pdf", "html"] {
            let out = format!("out.{format}");
            let run = p.run(&["build", "--locale", "en", "--format", format, "-o", &out]);
            assert_eq!(run.code, Some(0), "{id} {format}:\n{}", run.all());
        }
        assert!(std::fs::read(p.path("out.pdf"))
            .unwrap()
            .starts_with(b"%PDF-"));
    }
}

#[test]
fn a_character_one_style_of_faces_lacks_fails_the_check_as_it_fails_the_build() {
    // The regular Latin face swapped for one without Cyrillic: the italic, bold and
    // bold-italic faces still cover Kazakh, which is all the check asked before (it
    // passed; both builds failed with missing-glyph).
    let p = Project::new(&["kk"]);
    p.edit(
        "templates/style.toml",
        "serif = \"fonts/NotoSerif-Regular.ttf\"",
        "serif = \"fonts/Vazirmatn-Regular.ttf\"",
    );
    p.fails(
        &["check", "--locale", "kk"],
        1,
        &[
            "missing-glyph",
            "no regular face of templates/style.toml covers it",
        ],
    );
    for format in ["pdf", "html"] {
        p.fails(
            &["build", "--locale", "kk", "--format", format],
            1,
            &["missing-glyph"],
        );
    }
}

#[test]
fn names_the_user_gave_reach_the_terminal_escaped() {
    // A file and a locale folder named with an escape sequence, and a --locale with one:
    // the check's group headers and the CLI's messages wrote them raw.
    let p = Project::new(&["kk"]);
    p.write("locales/kk/ev\u{1b}[31mil.ftl", "x = {\n");
    // A second definition: its hint names the first one's file (it was written raw).
    p.write("locales/kk/a\u{1b}[41mX.ftl", "ui-toc-title = Dup\n");
    std::fs::create_dir(p.path("locales/z\u{1b}[31m")).unwrap();
    let check = p.run(&["check"]);
    assert_eq!(check.code, Some(1), "{}", check.all());
    assert!(
        check.all().contains("ev\\u{1b}[31mil.ftl"),
        "{}",
        check.all()
    );
    assert!(!check.all().contains('\u{1b}'), "{}", check.all());
    let build = p.fails(
        &["build", "--locale", "\u{1b}[31mkk", "--format", "pdf"],
        2,
        &["\\u{1b}[31mkk"],
    );
    assert!(!build.all().contains('\u{1b}'));
}

#[test]
fn build_all_says_a_folder_that_is_no_locale_was_not_built() {
    // It exited 0 without a word, where check and locales fail with bad-locale.
    let p = Project::new(&["kk"]);
    std::fs::create_dir(p.path("locales/not_a_locale")).unwrap();
    p.fails(
        &["build", "--all", "--format", "html"],
        1,
        &["bad-locale", "not_a_locale"],
    );
    // The locales that are locales are built all the same.
    assert!(p.path("out/report.kk.html").is_file());
    assert!(p.path("out/report.en.html").is_file());
    // One locale asked for by name is not stopped by another folder.
    let run = p.run(&["build", "--locale", "kk", "--format", "html"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
}

#[test]
fn an_export_is_not_written_under_another_formats_name() {
    // `export -o x.pdf` wrote Markdown as x.pdf (an edition's name), and so did
    // `xliff export`; only `build` checked.
    let p = Project::new(&["kk"]);
    p.write("x.pdf", b"%PDF-1.7 an edition");
    p.fails(
        &["export", "--locale", "en", "--format", "md", "-o", "x.pdf"],
        2,
        &["ends in .pdf, not .md"],
    );
    p.fails(
        &["xliff", "export", "--locale", "kk", "-o", "x.pdf"],
        2,
        &["ends in .pdf, not .xlf"],
    );
    assert_eq!(
        std::fs::read(p.path("x.pdf")).unwrap(),
        b"%PDF-1.7 an edition"
    );
    let run = p.run(&["xliff", "export", "--locale", "kk", "-o", "kk.xliff"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
}

#[test]
fn an_escaped_character_no_font_has_fails_the_check_as_it_fails_the_build() {
    // The check read a string literal's escape (`\U01F600`) as its letters: it passed,
    // and both builds failed with missing-glyph.
    let p = with_paragraph("{ \"\\U01F600\" }");
    p.fails(
        &["check", "--locale", "en"],
        1,
        &["missing-glyph", "U+1F600"],
    );
    for format in ["pdf", "html"] {
        p.fails(
            &["build", "--locale", "en", "--format", format],
            1,
            &["missing-glyph"],
        );
    }
}

#[test]
fn a_character_never_drawn_that_no_font_has_is_left_out_in_every_format() {
    // A Mongolian vowel separator, a Hangul filler, a tag character: the check and the
    // HTML skip what is never drawn; the PDF said no font covered them.
    // A default ignorable stays in its word's run, where the shaper hides it; a Hangul
    // filler (which shapers draw) is left out. PDF/A refuses a .notdef glyph: none is
    // drawn.
    let p = with_paragraph("x\u{180E}y a\u{115F}b c\u{E0001}d");
    for args in [
        &["check", "--locale", "en"][..],
        &["build", "--locale", "en", "--format", "pdf"],
        &[
            "build",
            "--locale",
            "en",
            "--format",
            "pdf",
            "--pdf-standard",
            "a-2a",
            "-o",
            "a.pdf",
        ],
        BUILD_EN,
    ] {
        let run = p.run(args);
        assert_eq!(run.code, Some(0), "{args:?}: {}", run.all());
    }
}

#[test]
fn a_folder_named_like_a_translation_file_is_refused_not_called_missing() {
    // `locales/kk/foreword.ftl/` was walked as a folder: check called the file missing
    // and told to run sync, which refused; xliff export exported it as untranslated.
    let p = Project::new(&["kk"]);
    std::fs::remove_file(p.path("locales/kk/foreword.ftl")).unwrap();
    std::fs::create_dir(p.path("locales/kk/foreword.ftl")).unwrap();
    let check = p.fails(
        &["check", "--locale", "kk"],
        2,
        &["refused-input", "it is a folder"],
    );
    assert!(!check.all().contains("missing-file"), "{}", check.all());
    assert!(!check.all().contains("silkpress sync"), "{}", check.all());
    for args in [
        &["sync", "kk"][..],
        &["xliff", "export", "--locale", "kk", "-o", "kk.xlf"],
        &["build", "--locale", "kk", "--format", "html"],
    ] {
        p.fails(args, 2, &["it is a folder"]);
    }
    assert!(!p.path("kk.xlf").exists());
    assert!(p.path("locales/kk/foreword.ftl").is_dir());
}

#[test]
fn an_escape_that_names_no_character_fails_the_check_at_the_escape() {
    // `\uD800` (a surrogate) and `\U110000` (past the last code point) were decoded as
    // U+FFFD without a word: the check passed and the edition showed the replacement
    // character. An escaped backslash before `uD800` is text, not an escape.
    let p = with_paragraph(
        "a{ \"\\uD800\" }b { \"\\U110000\" } { \"\\\\uD800\" } { \"\\u00E9\" }",
    );
    let run = p.fails(&["check", "--locale", "en"], 1, &["invalid-escape"]);
    let text = run.all();
    assert!(text.contains("`\\uD800` names U+D800"), "{text}");
    assert!(text.contains("`\\U110000` names U+110000"), "{text}");
    assert_eq!(text.matches("error[invalid-escape]").count(), 2, "{text}");
}

#[test]
fn a_syntax_error_inside_a_letter_of_another_script_is_reported_not_a_panic() {
    // The parser's one-byte error span after `{` ended inside `в` (two bytes): quoting
    // the line sliced there and panicked (exit 101) in check, build and export. A
    // non-ASCII character in an ID did the same.
    let p = Project::new(&["ru"]);
    p.append("locales/ru/ui.ftl", "zz-x = При{вет\nzz-é = x\n");
    let run = p.fails(&["check", "--locale", "ru"], 1, &["syntax-error"]);
    assert!(run.all().contains("ui.ftl:"), "{}", run.all());
    for args in [
        &["build", "--locale", "ru", "--format", "pdf"][..],
        &["build", "--locale", "ru", "--format", "html"],
        &[
            "export",
            "--locale",
            "ru",
            "--format",
            "md",
            "-o",
            "out/ru.md",
        ],
    ] {
        p.fails(args, 1, &["syntax-error"]);
    }
    // The JSON span is whole characters too: the `в` the parser stopped at.
    let run = p.run(&["check", "--locale", "ru", "--format", "json"]);
    assert_eq!(run.code, Some(1), "{}", run.all());
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let d = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "syntax-error" && d["id"] == "zz-x")
        .expect("the syntax error of zz-x");
    assert_eq!(
        (&d["column"], &d["end_column"]),
        (&12.into(), &13.into()),
        "{d}"
    );
}

#[test]
fn no_output_lands_in_the_inputs_through_new_folders_or_links() {
    // `-o` into a folder not yet made inside locales/ (a phantom locale `de` then
    // failed every check), through a dangling link into locales/, and the default
    // out/ as a link to a locale: each wrote into the project's inputs.
    let p = Project::new(&["ru"]);
    std::os::unix::fs::symlink("locales/en/zz.ftl", p.path("out.html")).unwrap();
    for args in [
        &[
            "build",
            "--locale",
            "en",
            "--format",
            "html",
            "-o",
            "locales/de/sub/e.html",
        ][..],
        &[
            "export",
            "--locale",
            "en",
            "--format",
            "md",
            "-o",
            "templates/new/x.md",
        ],
        &["xliff", "export", "--locale", "ru", "-o", "fonts/x/ru.xlf"],
        &[
            "build", "--locale", "en", "--format", "html", "-o", "out.html",
        ],
    ] {
        p.fails(
            args,
            2,
            &["inside the project's locales/, templates/ or fonts/"],
        );
    }
    assert!(!p.path("locales/de").exists());
    assert!(!p.path("templates/new").exists());
    assert!(!p.path("fonts/x").exists());
    assert!(!p.path("locales/en/zz.ftl").exists());
    std::os::unix::fs::symlink("locales/en", p.path("out")).unwrap();
    p.fails(
        &["build", "--locale", "en", "--format", "html"],
        2,
        &["out/ links there"],
    );
    assert!(!p.path("locales/en/report.en.html").exists());
    // A new folder elsewhere is made as before.
    let run = p.run(&[
        "build",
        "--locale",
        "en",
        "--format",
        "html",
        "-o",
        "new/dir/e.html",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert!(p.path("new/dir/e.html").is_file());
    p.run(&["check"])
        .code
        .filter(|&c| c == 0)
        .expect("the inputs are untouched");
}

#[test]
fn an_xliff_import_of_a_fifo_is_refused_not_waited_on() {
    // `xliff import x.xlf` opened a FIFO and waited for a writer forever (`import`
    // of a Markdown FIFO was already refused).
    let p = Project::new(&["ru"]);
    p.mkfifo("x.xlf");
    p.fails(&["xliff", "import", "x.xlf"], 2, &["x.xlf", "FIFO"]);
}

#[test]
fn every_command_reads_a_locale_in_another_case_with_the_same_warning() {
    // `check` and `build` warned that `RU` is read as `ru`; export, xliff export,
    // hyphenate, sync and serve read it silently (serve said there was no `RU`).
    let p = Project::new(&["ru"]);
    for args in [
        &[
            "export",
            "--locale",
            "RU",
            "--format",
            "md",
            "-o",
            "out/ru.md",
        ][..],
        &["xliff", "export", "--locale", "RU", "-o", "out/ru.xlf"],
        &["hyphenate", "--locale", "RU", "слово"],
        &["sync", "RU"],
    ] {
        let run = p.run(args);
        assert_eq!(run.code, Some(0), "{args:?}: {}", run.all());
        assert!(
            run.stderr.contains("`RU` is read as the locale `ru`"),
            "{args:?}: {}",
            run.all()
        );
    }
}

#[test]
fn xliff_says_a_syntax_error_in_the_locale_instead_of_exporting_around_it() {
    // The export left a message with a syntax error out without a word (it went out
    // untranslated); the import then failed with an "internal error" (exit 2), the
    // rewritten file not parsing.
    let p = Project::new(&["ru"]);
    let ok = p.run(&["xliff", "export", "--locale", "ru", "-o", "ru.xlf"]);
    assert_eq!(ok.code, Some(0), "{}", ok.all());
    p.edit("locales/ru/ui.ftl", "ui-page = ", "ui-page = { ");
    let before = std::fs::read(p.path("locales/ru/ui.ftl")).unwrap();
    p.fails(
        &["xliff", "export", "--locale", "ru", "-o", "again.xlf"],
        1,
        &["syntax-error", "ui.ftl:", "nothing was exported"],
    );
    assert!(!p.path("again.xlf").exists());
    let run = p.fails(
        &["xliff", "import", "ru.xlf"],
        1,
        &["syntax-error", "ui.ftl:"],
    );
    assert!(!run.all().contains("internal-error"), "{}", run.all());
    assert_eq!(std::fs::read(p.path("locales/ru/ui.ftl")).unwrap(), before);
}

#[test]
fn a_locale_folder_refused_is_not_called_missing_file_by_file() {
    // A locale folder linked out of the project was refused, then each of its files
    // called missing and each message untranslated (226 errors telling to run `sync`,
    // which would refuse it too).
    let p = Project::new(&["ru"]);
    let outside = tempfile::tempdir().unwrap();
    std::fs::rename(p.path("locales/ru"), outside.path().join("ru")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("ru"), p.path("locales/ru")).unwrap();
    let run = p.fails(
        &["check", "--locale", "ru"],
        2,
        &["refused-input", "outside the project"],
    );
    let all = run.all();
    assert!(!all.contains("missing-file"), "{all}");
    assert!(!all.contains("missing-message"), "{all}");
    assert!(
        run.stdout
            .lines()
            .any(|l| l.starts_with("ru ") && l.contains("0.0%")),
        "{all}"
    );
}

// ---- compare-locales' l10n.toml: read as every input is --------------------------------

/// A compare-locales configuration of the project's `locales/` as a bare tree (source
/// `en`, locale `ru`), followed by `extra`.
fn l10n_toml(extra: &str) -> String {
    format!(
        "locales = [\"ru\"]\n\n[[paths]]\nreference = \"locales/en/**\"\n\
         l10n = \"{{l10n_base}}/{{locale}}/**\"\n{extra}"
    )
}

/// `check` of the project's locales as a bare tree under the configuration `toml`.
fn check_under(toml: &str) -> Vec<&str> {
    vec!["check", "--source", "en", "--l10n-toml", toml]
}

#[test]
fn an_l10n_toml_that_is_a_device_a_fifo_or_out_of_the_tree_is_refused() {
    // `/dev/zero` was read until memory ran out, a FIFO (or an include naming one) was
    // waited on for ever, and a configuration anywhere on the disk was read and quoted.
    let p = Project::new(&["ru"]);
    p.fails(
        &check_under("/dev/zero"),
        2,
        &["/dev/zero", "refused-input", "outside the project"],
    );
    symlink("/dev/zero", p.path("zero.toml")).unwrap();
    p.fails(
        &check_under("zero.toml"),
        2,
        &["zero.toml", "refused-input"],
    );
    p.mkfifo("fifo.toml");
    p.fails(
        &check_under("fifo.toml"),
        2,
        &["fifo.toml", "refused-input", "a FIFO"],
    );
    p.write(
        "l10n.toml",
        l10n_toml("\n[[includes]]\npath = \"fifo.toml\"\n"),
    );
    p.fails(
        &check_under("l10n.toml"),
        2,
        &["fifo.toml", "refused-input", "a FIFO"],
    );
    let outside = tempfile::tempdir().unwrap();
    let elsewhere = outside.path().join("l10n.toml");
    std::fs::write(&elsewhere, l10n_toml("secret = \"the launch code\"\n")).unwrap();
    let run = p.fails(
        &check_under(elsewhere.to_str().unwrap()),
        2,
        &["refused-input", "outside the project"],
    );
    assert!(!run.all().contains("launch code"), "{}", run.all());
    // An include out of the tree is refused as well.
    p.write(
        "l10n.toml",
        l10n_toml(&format!(
            "\n[[includes]]\npath = \"{}\"\n",
            elsewhere.display()
        )),
    );
    p.fails(
        &check_under("l10n.toml"),
        2,
        &["refused-input", "outside the project"],
    );
}

#[test]
fn an_include_named_twice_at_each_level_is_read_once_not_two_to_the_thirtieth_times() {
    // Each of d0 … d30 included the next one twice: 32 levels passed the depth limit, and
    // the check read 2^30 files.
    let p = Project::new(&["ru"]);
    for n in 0..30 {
        let next = format!("[[includes]]\npath = \"d{}.toml\"\n", n + 1);
        let text = format!("{next}{next}");
        if n == 0 {
            p.write("d0.toml", l10n_toml(&format!("\n{text}")));
        } else {
            p.write(&format!("d{n}.toml"), text);
        }
    }
    p.write("d30.toml", "");
    let run = p.run(&check_under("d0.toml"));
    let all = run.all();
    assert!(matches!(run.code, Some(0 | 1)), "{all}");
    assert!(all.contains("repeated-include"), "{all}");
    assert!(all.contains("d30.toml"), "{all}");
    // A cycle is an error naming it, as before.
    p.write("a.toml", l10n_toml("\n[[includes]]\npath = \"b.toml\"\n"));
    p.write("b.toml", "[[includes]]\npath = \"a.toml\"\n");
    p.fails(
        &check_under("a.toml"),
        2,
        &["config-error", "b.toml", "a cycle"],
    );
}

#[test]
fn an_l10n_toml_syntax_error_points_at_its_line_and_column() {
    let p = Project::new(&["ru"]);
    p.write("l10n.toml", l10n_toml("\n[[filters]\npath = \"x\"\n"));
    p.fails(
        &check_under("l10n.toml"),
        2,
        &["config-error", "l10n.toml:7:"],
    );
    // In an included file too.
    p.write(
        "l10n.toml",
        l10n_toml("\n[[includes]]\npath = \"inc.toml\"\n"),
    );
    p.write("inc.toml", "locales = = 1\n");
    p.fails(
        &check_under("l10n.toml"),
        2,
        &["config-error", "inc.toml:1:"],
    );
}

#[test]
fn a_suppression_never_hides_an_error_the_build_stops_on() {
    // A locale's `[[suppress]]` list dropped a missing glyph or an unsupplied variable:
    // the check passed, and every build failed on them. Suppressing the unknown
    // reference a message makes also dropped the format error the build stops on.
    let cases: [(&str, &str, &str, &str); 3] = [
        (
            "a \u{E000} private",
            "id = \"v\"",
            "missing-glyph",
            "cannot suppress",
        ),
        (
            "Hello { $who }",
            "code = \"unsupplied-variable\"",
            "unsupplied-variable",
            "cannot suppress",
        ),
        (
            "Hello { no-such-message }",
            "code = \"unknown-reference\"",
            "format-error",
            "no-such-message",
        ),
    ];
    for (text, names, code, needle) in cases {
        let p = with_paragraph(text);
        let settings = "# Reviewed decisions.\n\n[[suppress]]\n";
        p.write(
            "locales/en/locale.toml",
            format!("{settings}{names}\nreason = \"accepted\"\n"),
        );
        p.fails(&["check", "--locale", "en"], 1, &[code, needle]);
        if needle == "cannot suppress" {
            // The warning names the entry, at its line of locale.toml.
            p.fails(
                &["check", "--locale", "en"],
                1,
                &[
                    "locales/en/locale.toml",
                    "suppression 1 of the locale (line 3)",
                ],
            );
        }
        for format in ["html", "pdf"] {
            p.fails(&["build", "--locale", "en", "--format", format], 1, &[code]);
        }
    }
}

#[test]
fn a_template_the_html_build_cannot_load_fails_the_check() {
    // The check never read templates/: a template that does not compile, or one that is
    // missing, passed it and failed every HTML build (with the line alone).
    let p = Project::new(&[]);
    let rel = "templates/report.html.j2";
    let mut j2 = std::fs::read_to_string(p.path(rel)).unwrap();
    let line = j2.lines().count() + 1;
    j2.push_str("{% if %}broken\n");
    p.write(rel, j2);
    let at = format!("{rel} at line {line}, column 7");
    // Whichever format is built: the HTML of the locale would fail.
    p.fails(&["check", "--locale", "en"], 1, &["template-error", &at]);
    p.fails(BUILD_EN, 1, &["template-error", &at]);
    for gone in ["templates/index.html.j2", "templates/report.css"] {
        let p = Project::new(&[]);
        std::fs::remove_file(p.path(gone)).unwrap();
        p.fails(&["check", "--locale", "en"], 2, &["io-error", gone]);
        p.fails(BUILD_EN, 2, &["io-error", gone]);
    }
}

#[test]
fn a_title_longer_than_a_pdf_string_builds_in_pdf_a() {
    // A report title of 40,000 characters passed the check and built as PDF and HTML,
    // but PDF/A refused it (TooLongString, "report this as a bug", no place): the
    // document title, outline entries and headings' structure titles are PDF strings,
    // which PDF/A limits to 32,767 bytes. They are cut to fit; the page shows all.
    let p = Project::new(&[]);
    p.edit(
        "locales/en/front-matter.ftl",
        "report-title = { -report-name }",
        &format!("report-title = {}", "T".repeat(40_000)),
    );
    // A chapter title in UTF-16 (an outline entry, a heading's structure title).
    let rel = "locales/en/foreword.ftl";
    let ftl = std::fs::read_to_string(p.path(rel)).unwrap();
    let line = ftl
        .lines()
        .find(|l| l.starts_with("foreword-title ="))
        .unwrap();
    p.edit(
        rel,
        line,
        &format!("foreword-title = {}", "Ж".repeat(20_000)),
    );
    for args in [
        &["check", "--locale", "en"][..],
        &[
            "build",
            "--locale",
            "en",
            "--format",
            "pdf",
            "--pdf-standard",
            "a-2a",
            "-o",
            "a.pdf",
        ],
        &["build", "--locale", "en", "--format", "pdf", "-o", "p.pdf"],
        BUILD_EN,
    ] {
        let run = p.run(args);
        assert_eq!(run.code, Some(0), "{args:?}: {}", run.all());
    }
    assert!(std::fs::read(p.path("a.pdf")).unwrap().starts_with(b"%PDF"));
}

#[test]
fn a_crlf_file_is_quoted_without_its_carriage_returns_escaped() {
    // A CRLF line's `\r` made the quote an escaped excerpt ending in `\u{d}`.
    let p = Project::new(&[]);
    let text = std::fs::read_to_string(p.path("templates/report.toml")).unwrap();
    let text = text
        .replacen("paragraph = \"conclusion-p1\"", "paragraph = \"nope-x\"", 1)
        .replace('\n', "\r\n");
    p.write("templates/report.toml", text);
    let run = p.fails(
        &["check", "--locale", "en"],
        1,
        &["unknown-message", "nope-x"],
    );
    assert!(!run.all().contains("\\u{d}"), "{}", run.all());
    assert!(
        run.all().contains("{ paragraph = \"nope-x\" }"),
        "{}",
        run.all()
    );
}

#[test]
fn a_variable_the_source_lacks_is_one_error_and_a_suppression_of_it_keeps_the_build_error(
) {
    // The check said it twice (unknown-variable, then unsupplied-variable): the
    // comparisons ran after the build's own formatting, so the second was never
    // recognised as the same problem.
    let p = Project::new(&["ru"]);
    p.edit(
        "locales/ru/foreword.ftl",
        "foreword-title = ",
        "foreword-title = { $who } ",
    );
    let run = p.fails(&["check", "--locale", "ru"], 1, &["unknown-variable"]);
    assert!(!run.all().contains("unsupplied-variable"), "{}", run.all());
    // Suppressed, the comparison's error gives way to the build's, which stays.
    p.append(
        "locales/ru/locale.toml",
        "\n[[suppress]]\ncode = \"unknown-variable\"\nreason = \"x\"\n",
    );
    p.fails(&["check", "--locale", "ru"], 1, &["unsupplied-variable"]);
}

#[test]
fn a_suppressed_id_collision_still_fails_the_check_as_the_build_fails() {
    // check says `id-collision` where the build says `duplicate-id`: suppressing the
    // check's code passed a locale whose build failed.
    let p = Project::new(&["ru"]);
    p.append("locales/ru/ui.ftl", "\n-ui-languages = x\n");
    p.append(
        "locales/ru/locale.toml",
        "\n[[suppress]]\ncode = \"id-collision\"\nreason = \"x\"\n",
    );
    p.fails(&["check", "--locale", "ru"], 1, &["id-collision"]);
    p.fails(
        &["build", "--locale", "ru", "--format", "html"],
        1,
        &["duplicate-id"],
    );
}

#[test]
fn xliff_original_data_cannot_multiply_or_smuggle_escapes() {
    // One long `<data>` named 200 times grew the import to 1.7 GB and wrote a 201 MB
    // file the check then refused; a term argument spelt `\uD800` was written, and the
    // check then failed on it. An empty 1.2 `<ph/>` is read by its number again.
    let p = Project::new(&["tk"]);
    let run = p.run(&["xliff", "export", "--locale", "tk", "-o", "tk.xlf"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    let xlf = std::fs::read_to_string(p.path("tk.xlf")).unwrap();
    let gen = "<data id=\"d2\">{ -china(case: &quot;gen&quot;) }</data>";
    assert!(
        xlf.contains(gen),
        "the export's data changed; adapt the test"
    );
    let unit = xlf.find("<unit id=\"ch1-s1-p3\"").unwrap();
    let end = unit + xlf[unit..].find("</target>").unwrap();
    let long = format!(
        "<data id=\"d2\">{{  -china(case: &quot;{}&quot;) }}</data>",
        "A".repeat(100_000)
    );
    let big = format!(
        "{}{}{}",
        &xlf[..end],
        "<ph id=\"2\" dataRef=\"d2\"/>".repeat(200),
        &xlf[end..]
    )
    .replacen(gen, &long, 1);
    p.write("big.xlf", big);
    let before = std::fs::read(p.path("locales/tk/chapter-1.ftl")).unwrap();
    p.fails(&["xliff", "import", "big.xlf"], 1, &["xliff-inline-code"]);
    let escaped = xlf.replacen(
        gen,
        "<data id=\"d2\">{ -china(case: &quot;\\uD800&quot;) }</data>",
        1,
    );
    p.write("esc.xlf", escaped);
    p.fails(&["xliff", "import", "esc.xlf"], 1, &["xliff-inline-code"]);
    assert_eq!(
        std::fs::read(p.path("locales/tk/chapter-1.ftl")).unwrap(),
        before
    );
    // XLIFF 1.2: a `<ph/>` emptied by a tool is the code of its number.
    let run = p.run(&[
        "xliff",
        "export",
        "--locale",
        "tk",
        "--xliff-version",
        "1.2",
        "-o",
        "tk12.xlf",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    let x12 = std::fs::read_to_string(p.path("tk12.xlf")).unwrap();
    let at = x12.find("id=\"foreword-p3\"").unwrap();
    let t = at + x12[at..].find("<target").unwrap();
    let ph = "<ph id=\"1\" ctype=\"x-fluent-placeable\">{ -china }</ph>";
    let k = t + x12[t..]
        .find(ph)
        .expect("foreword-p3's target has { -china }");
    let emptied = format!(
        "{}<ph id=\"1\" ctype=\"x-fluent-placeable\"/>{}",
        &x12[..k],
        &x12[k + ph.len()..]
    );
    p.write("empty12.xlf", emptied);
    let run = p.run(&["xliff", "import", "empty12.xlf"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert!(run.all().contains("0 unit(s) changed"), "{}", run.all());
}

#[test]
fn an_input_folder_that_is_a_link_is_guarded_as_the_folder_it_leads_to() {
    // `locales -> data/locales`: outputs were compared with the link's own name, so
    // `-o locales/ru/x.html` wrote into the locale.
    let p = Project::new(&["ru"]);
    p.link_away("locales", "data/locales", "data/locales");
    p.fails(
        &[
            "build",
            "--locale",
            "ru",
            "--format",
            "html",
            "-o",
            "locales/ru/x.html",
        ],
        2,
        &["inside the project's locales/"],
    );
    p.fails(
        &[
            "export",
            "--locale",
            "ru",
            "--format",
            "md",
            "-o",
            "data/locales/ru/x.md",
        ],
        2,
        &["inside the project's locales/"],
    );
    assert!(!p.path("data/locales/ru/x.html").exists());
}

/// `xlf` with the target of unit `unit` replaced by `target`.
fn with_target(xlf: &str, unit: &str, target: &str) -> String {
    let at = xlf.find(&format!("<unit id=\"{unit}\"")).unwrap();
    let start = at + xlf[at..].find("<target").unwrap();
    let open_end = start + xlf[start..].find('>').unwrap() + 1;
    let end = open_end + xlf[open_end..].find("</target>").unwrap();
    format!("{}{target}{}", &xlf[..open_end], &xlf[end..])
}

#[test]
fn typed_ftl_in_a_target_is_text_and_codes_are_bounded() {
    // A target's text was parsed as Fluent: `{ "\u0007" }`, `{ $foo }` or `{ -term }`
    // typed in a CAT tool were written as placeables, and the check then failed on
    // them (or accepted references nobody asked for); 150 codes in a target were
    // written (too-many-placeables in check and build); 5 million codes in a 64 MB
    // file took a gigabyte before anything was said.
    let p = Project::new(&["tk"]);
    let run = p.run(&["xliff", "export", "--locale", "tk", "-o", "tk.xlf"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    let xlf = std::fs::read_to_string(p.path("tk.xlf")).unwrap();
    p.write(
        "typed.xlf",
        with_target(
            &xlf,
            "ch1-title",
            "a { \"\\u0007\" } { $foo } {-kazakhstan} b",
        ),
    );
    let run = p.run(&["xliff", "import", "typed.xlf"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    let ftl = std::fs::read_to_string(p.path("locales/tk/chapter-1.ftl")).unwrap();
    assert!(
        ftl.contains(
            "ch1-title = a { \"{\" } \"\\u0007\" { \"}\" } { \"{\" } $foo { \"}\" } { \"{\" }-kazakhstan{ \"}\" } b"
        ),
        "{}",
        ftl.lines().find(|l| l.starts_with("ch1-title")).unwrap_or("")
    );
    let run = p.run(&["check", "--locale", "tk"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    let build = p.run(&[
        "build", "--locale", "tk", "--format", "html", "-o", "tk.html",
    ]);
    assert_eq!(build.code, Some(0), "{}", build.all());
    // As typed (after the locale's no-break space behind a one-letter word).
    let html = std::fs::read_to_string(p.path("tk.html")).unwrap();
    assert!(
        html.contains("{ &quot;\\u0007&quot; } { $foo } {-kazakhstan} b</h2>"),
        "the typed text is shown as typed"
    );
    // 101 placeable codes in one target; 1,001 codes of any kind.
    let ph = "<ph id=\"1\" dataRef=\"d1\"/>";
    p.write("many.xlf", with_target(&xlf, "ch1-s1-p1", &ph.repeat(101)));
    p.fails(
        &["xliff", "import", "many.xlf"],
        1,
        &["too-many-placeables"],
    );
    p.write("more.xlf", with_target(&xlf, "ch1-s1-p1", &ph.repeat(1001)));
    p.fails(
        &["xliff", "import", "more.xlf"],
        1,
        &["more than 1000 inline codes"],
    );
}

#[test]
fn a_locale_folder_that_is_a_link_inside_the_project_is_guarded_as_written() {
    // `locales/tk -> ../data/tk` is read as the locale; outputs were judged only by
    // where they lead (data/tk, no input folder), so `-o locales/tk/x.md` overwrote
    // the locale's files.
    let p = Project::new(&["tk"]);
    p.link_away("locales/tk", "data/tk", "../data/tk");
    p.fails(
        &[
            "export",
            "--locale",
            "tk",
            "--format",
            "md",
            "-o",
            "locales/tk/x.md",
        ],
        2,
        &["inside the project's locales/"],
    );
    p.fails(
        &[
            "build",
            "--locale",
            "tk",
            "--format",
            "html",
            "-o",
            "./locales/x/../tk/x.html",
        ],
        2,
        &["inside the project's locales/"],
    );
    assert!(!p.path("data/tk/x.md").exists());
}

#[test]
fn a_template_that_compiles_but_does_not_render_fails_the_check() {
    // The check compiled the templates but never rendered them: an unknown filter, a
    // missing include, or an expression that fails for one locale's page, for several
    // pages together (the language switcher) or for the index passed the check and
    // failed the HTML build.
    let rel = "templates/report.html.j2";
    let cases: &[(&str, &str, &[&str], &str)] = &[
        // (what is added before </head>, where, builds that fail, what the error says)
        (
            "{{ title|nosuchfilter }}",
            rel,
            &["en"],
            "filter nosuchfilter is unknown",
        ),
        (
            "{% include \"missing.css\" %}",
            rel,
            &["en"],
            "non-existing template",
        ),
        (
            "{% if lang == \"ru\" %}{{ 1 // 0 }}{% endif %}",
            rel,
            &["ru"],
            "1 // 0",
        ),
        (
            "{% if siblings|length > 1 %}{{ nope }}{% endif %}",
            rel,
            &[],
            "undefined value",
        ),
        (
            "{{ entries[0].layout_warnings + 1 }}",
            "templates/index.html.j2",
            &[],
            "unsupported types none and number",
        ),
    ];
    for (added, file, alone, says) in cases {
        let p = Project::new(&["ru"]);
        let text = std::fs::read_to_string(p.path(file)).unwrap();
        assert!(text.contains("</head>"), "{file}");
        p.write(
            file,
            text.replacen("</head>", &format!("{added}</head>"), 1),
        );
        let run = p.fails(&["check"], 1, &["template-error", file, says]);
        // The locale named is the one whose page fails alone, when only some do.
        if *alone == ["ru"] {
            assert!(run.stdout.contains("== ru: 1 error"), "{}", run.all());
            p.fails(&["check", "--locale", "ru"], 1, &[says]);
            let en = p.run(&["check", "--locale", "en"]);
            assert_eq!(en.code, Some(0), "{}", en.all());
        }
        for tag in *alone {
            p.fails(&["build", "--locale", tag, "--format", "html"], 1, &[says]);
        }
        if alone.is_empty() {
            // Only the build of every edition together meets it.
            p.fails(&["build", "--all", "--format", "html"], 1, &[says]);
        }
    }
}

#[test]
fn a_lone_carriage_return_fails_the_check_as_it_fails_the_build() {
    // A CR that ends no line (an old Mac line end, an XLIFF `&#13;`) passed the check;
    // the PDF dropped it, gluing two words ("Еслиоглянуться"), and the HTML wrote it raw.
    let p = Project::new(&["ru"]);
    let rel = "locales/ru/conclusion.ftl";
    p.edit(rel, "Если оглянуться", "Если\rоглянуться");
    let text = std::fs::read_to_string(p.path(rel)).unwrap();
    let at = text.find('\r').unwrap();
    let line = text[..at].lines().count();
    let col = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    let here = format!("{rel}:{line}:{col}: error[control-character]");
    p.fails(
        &["check", "--locale", "ru"],
        1,
        &[&here, "U+000D", "ends no line"],
    );
    for format in ["pdf", "html"] {
        let args = ["build", "--locale", "ru", "--format", format];
        p.fails(&args, 1, &["control-character", "U+000D"]);
    }
    // Line ends in CRLF are line ends: a CRLF file, with a message over two lines,
    // checks (with its warning) and builds.
    let text = text
        .replace('\r', " ")
        .replace("Если оглянуться", "\n    Если оглянуться");
    p.write(rel, text.replace('\n', "\r\n"));
    let run = p.run(&["check", "--locale", "ru"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert!(run.all().contains("crlf-line-endings"), "{}", run.all());
    let run = p.run(&[
        "build", "--locale", "ru", "--format", "pdf", "--format", "html",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.all());
}

#[test]
fn a_locale_folder_linked_inside_the_project_has_its_lock_read_like_its_files() {
    // locales/ru -> ../data/ru: the .ftl files were read (inside the project) but
    // l10n.lock was refused as "outside the project" (read within locales/ only), so
    // check failed and sync and xliff could not run on the locale.
    let p = Project::new(&["ru"]);
    assert!(p.path("locales/ru/l10n.lock").is_file());
    p.link_away("locales/ru", "data/ru", "../data/ru");
    let run = p.run(&["check", "--locale", "ru"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert!(!run.all().contains("refused-input"), "{}", run.all());
    let run = p.run(&["sync", "ru"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    let xlf = p.path("ru.xlf");
    let run = p.run(&["xliff", "export", "-l", "ru", "-o", xlf.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    // Out of the project, the lock is refused as the files are.
    let outside = tempfile::tempdir().unwrap();
    let away = outside.path().join("ru");
    std::fs::rename(p.path("data/ru"), &away).unwrap();
    std::fs::remove_file(p.path("locales/ru")).unwrap();
    std::os::unix::fs::symlink(&away, p.path("locales/ru")).unwrap();
    p.fails(
        &["check", "--locale", "ru"],
        2,
        &["refused-input", "outside the project"],
    );
}

#[test]
fn what_a_review_found_the_template_and_control_checks_passed() {
    // An independent review of the two checks above found check passing what a build
    // then refused: a control character in a heading's `.short` (the running head;
    // the build did not look either: "Главапервая" on every page); a source message a
    // locale falls back to (check --locale ru formatted only ru's); a template error on
    // two locales' pages reported for one; the index's branch for layout counts and a
    // test of `font_css` never rendered; and a template loop that never ends hung both.
    let p = Project::new(&["ru", "kk"]);
    let ch1 = "locales/ru/chapter-1.ftl";
    p.edit(
        ch1,
        ".short = Глава первая",
        ".short = Глава{ \"\\u000D\" }первая",
    );
    p.fails(
        &["check", "--locale", "ru"],
        1,
        &["`ch1-title.short`", "U+000D"],
    );
    for format in ["pdf", "html"] {
        let args = ["build", "--locale", "ru", "--format", format];
        p.fails(&args, 1, &["`ch1-title.short`", "U+000D"]);
    }
    p.edit(
        ch1,
        ".short = Глава{ \"\\u000D\" }первая",
        ".short = Глава первая",
    );
    // The source's text of a message ru lacks (its absence accepted).
    let en = "locales/en/chapter-1.ftl";
    let text = std::fs::read_to_string(p.path(en)).unwrap();
    p.write(
        en,
        text.replacen("“Our cooperation", "“Our\rcooperation", 1),
    );
    p.lack(ch1, "ch1-q1");
    let run = p.fails(&["check", "--locale", "ru"], 1, &["control-character"]);
    assert!(run.stdout.contains("== ru: 1 error"), "{}", run.all());
    p.fails(
        &["build", "--locale", "ru", "--format", "html"],
        1,
        &["U+000D"],
    );
    p.write(en, text);
    let page = "templates/report.html.j2";
    let index = "templates/index.html.j2";
    let original = |rel: &str| std::fs::read_to_string(p.path(rel)).unwrap();
    let (page_text, index_text) = (original(page), original(index));
    let cases: &[(&str, &str, &str, &str, &[&str])] = &[
        // (file, before what, what is added, what the error says, builds that fail)
        (
            page,
            "{%- if siblings|length > 1 %}",
            "{% if lang in [\"ru\", \"kk\"] %}{{ 1 // 0 }}{% endif %}",
            "1 // 0",
            &["--locale", "kk"],
        ),
        (
            page,
            "{{ font_css }}",
            "{% if font_css %}{{ font_css|nosuchfilter }}{% endif %}",
            "filter nosuchfilter is unknown",
            &["--locale", "ru"],
        ),
        (
            index,
            "{%- if e.layout %}",
            "{% if e.layout_warnings %}{{ e.name|nosuchfilter }}{% endif %}",
            "filter nosuchfilter is unknown",
            &["--all", "--format", "pdf"],
        ),
    ];
    for (file, before, added, says, build) in cases {
        let text = original(file);
        assert!(text.contains(before), "{file}: {before}");
        p.write(file, text.replacen(before, &format!("{added}{before}"), 1));
        let run = p.fails(&["check", "--format", "json"], 1, &["template-error", says]);
        let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        let failed: Vec<&str> = json["summary"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["errors"].as_u64() != Some(0))
            .map(|s| s["locale"].as_str().unwrap())
            .collect();
        // The first case fails ru's and kk's pages, not en's: each is told.
        if added.contains("1 // 0") {
            assert_eq!(failed, ["kk", "ru"], "{}", run.stdout);
        }
        let mut args = vec!["build", "--format", "html"];
        args.extend_from_slice(build);
        // The index counts the layout warnings of PDFs built with it: a page as narrow
        // as this makes some.
        if file == &index {
            p.edit(
                "templates/style.toml",
                "max-stretch = ",
                "max-stretch = 1.0 #",
            );
        }
        p.fails(&args, 1, &[says]);
        p.write(page, &page_text);
        p.write(index, &index_text);
        let _ = std::fs::write(
            p.path("templates/style.toml"),
            std::fs::read_to_string(p.path("templates/style.toml"))
                .unwrap()
                .replace("max-stretch = 1.0 #", "max-stretch = "),
        );
    }
    // A loop that would take hours runs out of fuel, in the check and in the build.
    let forever = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}\
                   {% endfor %}</head>";
    p.write(page, page_text.replacen("</head>", forever, 1));
    let says = "more than 100000000 template instructions";
    p.fails(&["check", "--locale", "ru"], 1, &["template-error", says]);
    p.fails(&["build", "--locale", "ru", "--format", "html"], 1, &[says]);
}

#[test]
fn what_a_review_of_the_writes_and_the_net_found() {
    // A second independent review: a linked locale's real folder was no input to -o
    // (its lock overwritten by an XLIFF); `-o /dev/stdout >> log` replaced the log; a
    // chain of links had its middle link replaced by a file; one syntax error of the
    // source was printed once per locale by the check's net; a character no font has
    // in the source's text a locale falls back to passed `check --locale ru`.
    let p = Project::new(&["ru", "kk"]);
    p.link_away("locales/ru", "data/ru", "../data/ru");
    let lock = std::fs::read(p.path("data/ru/l10n.lock")).unwrap();
    let args = ["xliff", "export", "-l", "ru", "-o", "data/ru/l10n.lock"];
    p.fails(&args, 2, &["inside the project's locales/"]);
    assert_eq!(std::fs::read(p.path("data/ru/l10n.lock")).unwrap(), lock);
    // Standard output by another name, appended to.
    let bin = env!("CARGO_BIN_EXE_silkpress");
    p.write("log.txt", "first line\n");
    let ok = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "'{bin}' build -l en -f html -o /dev/stdout >> log.txt 2>/dev/null"
        ))
        .current_dir(p.path(""))
        .status()
        .unwrap()
        .success();
    assert!(ok);
    let log = std::fs::read_to_string(p.path("log.txt")).unwrap();
    assert!(
        log.starts_with("first line\n<!DOCTYPE html>"),
        "{}",
        &log[..40]
    );
    // A chain of links to a file not yet made: the file is made, the links stay.
    std::os::unix::fs::symlink("l2", p.path("l1")).unwrap();
    std::os::unix::fs::symlink("final.html", p.path("l2")).unwrap();
    let run = p.run(&["build", "-l", "en", "-f", "html", "-o", "l1"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    for link in ["l1", "l2"] {
        let m = std::fs::symlink_metadata(p.path(link)).unwrap();
        assert!(m.file_type().is_symlink(), "{link}");
    }
    assert!(p.path("final.html").is_file());
    // One syntax error of the source: said once.
    let en = "locales/en/foreword.ftl";
    let text = std::fs::read_to_string(p.path(en)).unwrap();
    p.edit(en, "foreword-p1 = ", "foreword-p1 = { ");
    let run = p.fails(
        &["check", "--diagnostic-format", "short"],
        1,
        &["syntax-error"],
    );
    assert_eq!(
        run.stdout.matches("error[syntax-error]").count(),
        1,
        "{}",
        run.all()
    );
    p.write(en, &text);
    // The source's text ru falls back to, with a character no face has.
    p.edit(en, "foreword-p8 = ", "foreword-p8 = 𓀀 ");
    p.lack("data/ru/foreword.ftl", "foreword-p8");
    p.fails(
        &["check", "--locale", "ru"],
        1,
        &["missing-glyph", "U+13000", "falls back"],
    );
    p.fails(
        &["build", "--locale", "ru", "--format", "pdf"],
        1,
        &["U+13000"],
    );
}

#[test]
fn fallback_glyphs_are_told_per_locale_and_cover_the_interface_strings() {
    // A third review: two characters no face has, in one source heading ru falls back
    // to and fa translates, were merged into one diagnostic for no locale (the net
    // counted diagnostics, not editions) and the second dropped; a character in an
    // interface string ru falls back to (`ui-skip-link`) passed `check --locale ru`.
    let p = Project::new(&["ru", "fa"]);
    let (en, ru) = ("locales/en/chapter-1.ftl", "locales/ru/chapter-1.ftl");
    p.edit(en, "ch1-s1-h1 = Strategic", "ch1-s1-h1 = क ख Strategic");
    p.lack(ru, "ch1-s1-h1");
    let args = [
        "check", "--locale", "ru", "--locale", "fa", "--format", "json",
    ];
    let run = p.fails(&args, 1, &["U+0915", "U+0916"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let errors: Vec<(&str, &str)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| {
            (
                d["locale"].as_str().unwrap_or("-"),
                d["code"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        errors,
        [("ru", "missing-glyph"), ("ru", "missing-glyph")],
        "{}",
        run.stdout
    );
    let p = Project::new(&["ru"]);
    p.edit(
        "locales/en/ui.ftl",
        "ui-skip-link = ",
        "ui-skip-link = \u{2800}",
    );
    p.lack("locales/ru/ui.ftl", "ui-skip-link");
    p.fails(
        &["check", "--locale", "ru"],
        1,
        &["missing-glyph", "U+2800", "ui-skip-link"],
    );
    p.fails(
        &["build", "--locale", "ru", "--format", "html"],
        1,
        &["U+2800"],
    );
}
