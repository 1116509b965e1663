//! `silkpress build --format html` end to end on a temporary copy of the fixture project
//! `tests/fixtures/html/mini` with the repository's templates and fonts: the index of
//! editions, the language switcher, and failures that must leave no output.

mod common;

use common::{copy_dir, repo};

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The fixture's structure and locales with the repository's templates and fonts.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("templates"), &dir.path().join("templates"));
    copy_dir(&repo().join("fonts"), &dir.path().join("fonts"));
    copy_dir(&repo().join("tests/fixtures/html/mini"), dir.path());
    dir
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_silkpress"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .output()
        .unwrap()
}

fn read(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn out(dir: &Path) -> PathBuf {
    dir.join("out")
}

#[test]
fn build_all_writes_every_edition_and_an_index_with_coverage() {
    let dir = project();
    let o = run(dir.path(), &["build", "--all", "--format", "html"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    let index = read(dir.path(), "out/index.html");
    assert!(index.starts_with("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"));
    // Exact numbers are `check`'s (tested below); here: the source is complete and the
    // half-translated Persian edition is not.
    let entry = |tag: &str| {
        let at = index.find(&format!("href=\"report.{tag}.html\"")).unwrap();
        let li = &index[at..];
        li[..li.find("</li>").unwrap()].to_string()
    };
    assert!(
        entry("en").contains("<span class=\"count\">100 % ("),
        "{}",
        entry("en")
    );
    let fa = entry("fa");
    assert!(
        fa.contains("<span class=\"count\">") && !fa.contains(">100 %"),
        "{fa}"
    );
    assert!(index.contains(
        "<a class=\"name\" href=\"report.fa.html\" hreflang=\"fa\" lang=\"fa\" dir=\"rtl\">فارسی</a>"
    ));
    assert!(index.contains("@font-face"));
    for tag in ["en", "fa"] {
        let page = read(dir.path(), &format!("out/report.{tag}.html"));
        assert!(
            page.contains("<nav class=\"languages\""),
            "{tag}: no switcher"
        );
        assert!(
            page.contains("href=\"report.en.html\"")
                && page.contains("href=\"report.fa.html\"")
        );
        assert!(page.contains("@font-face { font-family: \"silkpress Vazirmatn\""));
    }
}

#[test]
fn coverage_counts_come_from_check() {
    let dir = project();
    assert!(run(dir.path(), &["build", "--all", "--format", "html"])
        .status
        .success());
    let check = run(dir.path(), &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    let index = read(dir.path(), "out/index.html");
    for s in json["summary"].as_array().unwrap() {
        let (t, n) = (
            s["translated"].as_u64().unwrap(),
            s["total"].as_u64().unwrap(),
        );
        assert!(
            index.contains(&format!("({t}/{n})")),
            "{} {t}/{n} not in the index",
            s["locale"]
        );
    }
}

#[test]
fn a_single_edition_has_no_switcher_and_no_index() {
    let dir = project();
    let o = run(dir.path(), &["build", "--locale", "fa", "--format", "html"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let page = read(dir.path(), "out/report.fa.html");
    assert!(!page.contains("<nav class=\"languages\""));
    assert!(!out(dir.path()).join("index.html").exists());
}

#[test]
fn a_missing_font_fails_cleanly_before_writing_anything() {
    let dir = project();
    std::fs::remove_file(dir.path().join("fonts/NotoSerifSC-Bold.ttf")).unwrap();
    let o = run(dir.path(), &["build", "--all", "--format", "html"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("failed to read font file `fonts/NotoSerifSC-Bold.ttf`"),
        "{err}"
    );
    assert!(err.contains("templates/style.toml"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(!out(dir.path()).exists());
}

#[test]
fn a_font_that_is_not_a_font_is_a_clear_error() {
    let dir = project();
    std::fs::write(dir.path().join("fonts/Vazirmatn-Bold.ttf"), "not a font").unwrap();
    let o = run(dir.path(), &["build", "--locale", "en", "--format", "html"]);
    let err = String::from_utf8_lossy(&o.stderr);
    // A broken font is a problem of the environment, as a missing one is.
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("error[font-unreadable]"), "{err}");
    assert!(
        err.contains("`fonts/Vazirmatn-Bold.ttf` of face `arabic-bold`"),
        "{err}"
    );
    assert!(!out(dir.path()).exists());
}

#[test]
fn a_broken_template_fails_without_output() {
    let dir = project();
    std::fs::write(dir.path().join("templates/report.css"), "{% if %}").unwrap();
    let o = run(dir.path(), &["build", "--all", "--format", "html"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("templates/report.css"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(!out(dir.path()).exists());
}

#[test]
fn builds_are_byte_identical() {
    let dir = project();
    assert!(run(dir.path(), &["build", "--all", "--format", "html"])
        .status
        .success());
    let first = read(dir.path(), "out/report.fa.html");
    let first_index = read(dir.path(), "out/index.html");
    assert!(run(dir.path(), &["build", "--all", "--format", "html"])
        .status
        .success());
    assert!(first == read(dir.path(), "out/report.fa.html"));
    assert!(first_index == read(dir.path(), "out/index.html"));
}
