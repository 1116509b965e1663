//! `check` on a Firefox-shaped tree (`tests/fixtures/firefox`: nested paths,
//! `data-l10n-name` markup, IDs repeated across files, a locale that owns only some
//! paths): as a bare tree, and with compare-locales' project configuration
//! (`--l10n-toml`), whose missing and obsolete counts must equal compare-locales'.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

mod common;

use common::copy_dir;

const BIN: &str = env!("CARGO_BIN_EXE_silkpress");

fn tree() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/firefox")
}

fn run(args: &[&str]) -> Output {
    run_in(&tree(), args)
}

/// Runs silkpress with `--root root`.
fn run_in(root: &Path, args: &[&str]) -> Output {
    std::process::Command::new(BIN)
        .arg("--root")
        .arg(root)
        .args(args)
        .env_clear()
        .output()
        .expect("run silkpress")
}

/// `check --source en-US --format json` with `extra` arguments.
fn check_json(extra: &[&str]) -> (Option<i32>, Value) {
    let mut args = vec!["check", "--source", "en-US", "--format", "json"];
    args.extend_from_slice(extra);
    let o = run(&args);
    let text = String::from_utf8_lossy(&o.stdout);
    let value = serde_json::from_str(&text).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {text}\n{}",
            String::from_utf8_lossy(&o.stderr)
        )
    });
    (o.status.code(), value)
}

/// `(code, file, id)` of every diagnostic of `locale`.
fn findings(v: &Value, locale: &str) -> Vec<(String, String, String)> {
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["locale"] == locale)
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["file"].as_str().unwrap_or("").to_string(),
                d["id"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn has(f: &[(String, String, String)], code: &str, file: &str, id: &str) -> bool {
    f.iter()
        .any(|(c, fl, i)| c == code && fl == file && i == id)
}

#[test]
fn bare_tree_matches_ids_per_file_and_compares_markup_with_the_source() {
    let (_, v) = check_json(&[]);
    let all: Vec<String> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect();
    // `command-ban` is in two files of the source and of ja: no duplicate, and de's
    // `chat/irc.ftl` does not translate `chat/matrix-properties.ftl`'s.
    assert!(!all.iter().any(|c| c == "duplicate-id"), "{all:?}");
    let de = findings(&v, "de");
    assert!(
        has(
            &de,
            "missing-message",
            "de/chat/matrix-properties.ftl",
            "command-ban"
        ),
        "{de:?}"
    );
    // Any HTML is allowed, and `<Ctrl+Shift+K>` is text: no markup error anywhere.
    assert!(!all.iter().any(|c| c == "markup-error"), "{all:?}");
    // A dropped data-l10n-name and an unclosed <span> are found.
    assert!(
        has(
            &de,
            "markup-differs",
            "de/browser/browser/preferences/preferences.ftl",
            "pref-learn-more"
        ),
        "{de:?}"
    );
    let fr = findings(&v, "fr");
    assert!(
        has(
            &fr,
            "markup-differs",
            "fr/toolkit/toolkit/about/aboutSupport.ftl",
            "support-apz"
        ),
        "{fr:?}"
    );
    // ja's `<a data-l10n-name>` moved within the sentence: still the same elements.
    let ja = findings(&v, "ja");
    assert!(!ja.iter().any(|(c, _, _)| c == "markup-differs"), "{ja:?}");
    // A file of the locale the source does not have is one obsolete file, its
    // entries not counted again.
    assert!(
        has(
            &de,
            "obsolete-file",
            "de/toolkit/toolkit/about/aboutOld.ftl",
            ""
        ),
        "{de:?}"
    );
    let summary = |l: &str| {
        v["summary"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["locale"] == l)
            .cloned()
            .unwrap()
    };
    // de lacks pref-experimental, support-debug-level and matrix's command-ban; its
    // obsolete message is menu-old-entry (aboutOld.ftl's entry counts as its file).
    assert_eq!(summary("de")["missing"], 3);
    assert_eq!(summary("de")["obsolete"], 1);
}

/// The summary of `locale` in a check's JSON.
fn summary(v: &Value, locale: &str) -> Value {
    v["summary"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["locale"] == locale)
        .cloned()
        .unwrap_or_else(|| panic!("no summary for {locale}: {v}"))
}

#[test]
fn l10n_toml_counts_equal_compare_locales() {
    // What compare-locales 9.0.5 prints for the fixture (written by
    // scripts/compare_locales_counts.py --write-expected; .ci/run re-runs compare-locales
    // and fails if it prints anything else).
    let text = std::fs::read_to_string(tree().join("compare-locales.json")).unwrap();
    let expected: Value = serde_json::from_str(&text).unwrap();
    let (status, v) =
        check_json(&["--l10n-toml", tree().join("l10n.toml").to_str().unwrap()]);
    let expected = expected.as_object().unwrap();
    let checked: Vec<&str> = v["summary"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["locale"].as_str().unwrap())
        .collect();
    assert_eq!(
        checked,
        expected.keys().map(String::as_str).collect::<Vec<_>>(),
        "the configuration's locales are checked"
    );
    for (locale, counts) in expected {
        let s = summary(&v, locale);
        assert_eq!(s["missing"], counts["missing"], "{locale} missing");
        assert_eq!(s["obsolete"], counts["obsolete"], "{locale} obsolete");
    }
    // A brand written out instead of referenced (compare-locales warns too).
    let de = findings(&v, "de");
    assert!(
        has(
            &de,
            "dropped-reference",
            "de/browser/browser/menubar.ftl",
            "menu-help-about"
        ),
        "{de:?}"
    );
    // Errors remain that compare-locales does not see: de's invented `$host`.
    assert_eq!(status, Some(1));
    let de = findings(&v, "de");
    assert!(
        has(
            &de,
            "unknown-variable",
            "de/chat/irc.ftl",
            "connection-error"
        ),
        "{de:?}"
    );
}

#[test]
fn l10n_toml_paths_locales_filters_and_includes() {
    let (_, v) = check_json(&["--l10n-toml", tree().join("l10n.toml").to_str().unwrap()]);
    let (de, fr, ja) = (findings(&v, "de"), findings(&v, "fr"), findings(&v, "ja"));
    // ja does not own devtools/; fr owns no chat/ (the included configuration's locales).
    assert!(!ja.iter().any(|(_, f, _)| f.contains("devtools")), "{ja:?}");
    assert!(!fr.iter().any(|(_, f, _)| f.contains("chat")), "{fr:?}");
    // A file outside every path pattern is nobody's: not obsolete, not checked.
    assert!(!fr.iter().any(|(_, f, _)| f.contains("extra")), "{fr:?}");
    // `ignore`: not reported; `warning`: reported as a warning, not counted.
    assert!(
        !de.iter().any(|(_, _, id)| id == "pref-experimental"),
        "{de:?}"
    );
    let warned: Vec<&Value> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["locale"] == "de" && d["id"] == "support-debug-level")
        .collect();
    assert_eq!(warned.len(), 1, "{warned:?}");
    assert_eq!(warned[0]["severity"], "warning");
    // Per-file matching: de's chat/irc.ftl does not translate matrix's command-ban.
    assert!(has(
        &de,
        "missing-message",
        "de/chat/matrix-properties.ftl",
        "command-ban"
    ));
    // --locale narrows the configuration's locales.
    let (_, only) = check_json(&[
        "--l10n-toml",
        tree().join("l10n.toml").to_str().unwrap(),
        "--locale",
        "ja",
    ]);
    assert_eq!(only["summary"].as_array().unwrap().len(), 1);
}

#[test]
fn l10n_toml_errors_are_clear() {
    // The configuration is read only from inside the tree (--root): a copy of it.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&tree(), dir.path());
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[[paths]]\nl10n = \"{l10n_base}/{locale}/**\"\n").unwrap();
    let o = run_in(
        dir.path(),
        &[
            "check",
            "--source",
            "en-US",
            "--l10n-toml",
            bad.to_str().unwrap(),
        ],
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("no `reference`"), "{err}");
    let o = run(&[
        "check",
        "--source",
        "en-US",
        "--l10n-toml",
        "/nonexistent/l10n.toml",
    ]);
    assert_eq!(o.status.code(), Some(2));
    // Without --source there is no tree to apply it to.
    let o = run(&["check", "--l10n-toml", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
}
