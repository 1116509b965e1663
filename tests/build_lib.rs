//! The library-level build (`silkpress::build::build`): editions as bytes with their
//! diagnostics, nothing printed or written; and the CLI around it writing to the
//! project's `out/`, whatever the current folder.

mod common;

use std::path::Path;
use std::process::Command;

use common::copy_dir;
use silkpress::build::{build, Options};
use silkpress::project::Project;
use silkpress::render::pdf::PdfStandard;
use silkpress::render::Format;

/// The repository's templates, fonts and the English and Russian locales.
fn project_dir(extra: &[&str]) -> tempfile::TempDir {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    for sub in ["templates", "fonts", "locales/en", "locales/ru"]
        .iter()
        .chain(extra)
    {
        copy_dir(&repo.join(sub), &dir.path().join(sub));
    }
    dir
}

fn options(formats: &[Format]) -> Options {
    Options {
        formats: formats.to_vec(),
        pdf_standard: PdfStandard::default(),
        created: silkpress::render::pdf::DEFAULT_EPOCH,
        index: true,
        switcher: true,
    }
}

#[test]
fn the_library_returns_artifacts_and_writes_nothing() {
    let dir = project_dir(&[]);
    let project = Project::load(dir.path()).unwrap();
    let tags = ["en".to_string(), "ru".to_string()];
    let outcome = build(&project, &tags, &options(&[Format::Html, Format::Pdf]));
    assert!(!outcome.has_errors(), "{:?}", outcome.diagnostics);
    assert!(outcome.not_built.is_empty());
    let names: Vec<&str> = outcome
        .artifacts
        .iter()
        .map(|a| a.file_name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "report.en.pdf",
            "report.en.html",
            "report.ru.pdf",
            "report.ru.html",
            "index.html"
        ]
    );
    for a in &outcome.artifacts {
        match a.format {
            Format::Pdf => assert!(a.bytes.to_vec().unwrap().starts_with(b"%PDF-")),
            Format::Html => {
                assert!(a.bytes.to_vec().unwrap().starts_with(b"<!DOCTYPE html>"))
            }
        }
    }
    // The index counts coverage as `check` does.
    let index = String::from_utf8(outcome.artifacts[4].bytes.to_vec().unwrap()).unwrap();
    assert!(
        index.contains("217/217") || index.contains("217 / 217"),
        "{index}"
    );
    assert!(!dir.path().join("out").exists(), "the library wrote files");
    // Deterministic: the same inputs give the same bytes.
    let again = build(&project, &tags, &options(&[Format::Html, Format::Pdf]));
    assert_eq!(outcome.artifacts, again.artifacts);
}

#[test]
fn a_locale_in_a_script_without_fonts_or_rules_is_refused_not_set_in_latin() {
    let dir = project_dir(&[]);
    // A Hindi locale (Devanagari): the English files under another tag.
    copy_dir(
        &dir.path().join("locales/en"),
        &dir.path().join("locales/hi"),
    );
    let project = Project::load(dir.path()).unwrap();
    let outcome = build(&project, &["hi".to_string()], &options(&[Format::Pdf]));
    assert!(outcome.artifacts.is_empty());
    let d = outcome
        .diagnostics
        .iter()
        .find(|d| d.code == silkpress::diag::Code::UnknownScript)
        .expect("an unknown-script error");
    assert!(d.message.contains("Deva"), "{}", d.message);
    // The CLI exits 2 (configuration), not 1.
    let o = Command::new(env!("CARGO_BIN_EXE_silkpress"))
        .args(["--root"])
        .arg(dir.path())
        .args(["build", "--locale", "hi", "--format", "html"])
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    // `check` refuses it too: a check that passes must mean a build that succeeds.
    let o = Command::new(env!("CARGO_BIN_EXE_silkpress"))
        .arg("--root")
        .arg(dir.path())
        .args(["check", "--locale", "hi", "--format", "json"])
        .output()
        .unwrap();
    assert_ne!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).contains("unknown-script"));
}

#[test]
fn the_default_output_folder_is_the_projects_out() {
    let dir = project_dir(&[]);
    let elsewhere = tempfile::tempdir().unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_silkpress"))
        .current_dir(elsewhere.path())
        .arg("--root")
        .arg(dir.path())
        .args(["build", "--locale", "ru", "--format", "html"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(dir.path().join("out/report.ru.html").is_file());
    assert!(!elsewhere.path().join("out").exists());
}
