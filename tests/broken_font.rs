//! A broken font is the same one diagnostic, whatever the command: `build --format pdf`,
//! `build --format html` and `check` each exit 2 with `font-unreadable`, naming the file,
//! printed once — for an empty file and for a file cut to half its size, in a face the
//! edition uses (the Latin serif) and in one it never draws from (Vazirmatn bold: the
//! font book reads every face when it loads).

mod common;

use std::path::Path;
use std::process::Output;

use common::{copy_dir, repo};

/// A temporary copy of the project (the English source only) with `font` replaced by
/// `bytes`.
fn project_with(font: &str, bytes: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["templates", "locales/en", "fonts"] {
        copy_dir(&repo().join(sub), &dir.path().join(sub));
    }
    std::fs::write(dir.path().join(font), bytes).unwrap();
    dir
}

fn run(dir: &Path, args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_silkpress"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .output()
        .unwrap()
}

#[test]
fn a_broken_font_is_one_font_unreadable_error_with_exit_2_in_every_command() {
    for font in ["fonts/NotoSerif-Regular.ttf", "fonts/Vazirmatn-Bold.ttf"] {
        let whole = std::fs::read(repo().join(font)).unwrap();
        let cases: [(&str, &[u8]); 2] =
            [("empty", b""), ("half", &whole[..whole.len() / 2])];
        for (case, bytes) in cases {
            let dir = project_with(font, bytes);
            for args in [
                &["build", "--locale", "en", "--format", "pdf"][..],
                &["build", "--locale", "en", "--format", "html"],
                &[
                    "build", "--locale", "en", "--format", "pdf", "--format", "html",
                ],
                &["check"],
            ] {
                let o = run(dir.path(), args);
                let err = String::from_utf8_lossy(&o.stderr);
                let what = format!("{font} {case}, `silkpress {}`", args.join(" "));
                assert_eq!(o.status.code(), Some(2), "{what}:\n{err}");
                assert_eq!(
                    err.matches("error[").count(),
                    1,
                    "{what}: one error only:\n{err}"
                );
                assert_eq!(
                    err.matches("error[font-unreadable]").count(),
                    1,
                    "{what}:\n{err}"
                );
                let line = err.lines().find(|l| l.contains("font-unreadable")).unwrap();
                assert!(line.starts_with(&format!("{font}: ")), "{what}: {line}");
                let cause = if case == "empty" {
                    "the file is empty"
                } else {
                    "the file is truncated"
                };
                assert!(line.contains(cause), "{what}: {line}");
                assert!(!err.contains("panicked"), "{what}:\n{err}");
                assert!(!dir.path().join("out").exists(), "{what}: output written");
            }
        }
    }
}
