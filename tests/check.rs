//! `silkpress check` end to end: one fixture tree per check under
//! `tests/fixtures/check/<case>/<locale>/*.ftl` (one defect each, and a clean tree),
//! JSON and SARIF output validated against their schemas, exit codes, and files with a
//! BOM, CRLF line endings, invalid UTF-8 or no content.

mod common;

use common::copy_dir;

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_silkpress");

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check")
}

fn run(root: &Path, args: &[&str]) -> Output {
    std::process::Command::new(BIN)
        .arg("--root")
        .arg(root)
        .args(args)
        .env_clear()
        .output()
        .expect("run silkpress")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// `check --format json` on a tree, validated against the schema.
fn check_json(root: &Path, source: &str, extra: &[&str]) -> (Option<i32>, Value) {
    let mut args = vec!["check", "--source", source, "--format", "json"];
    args.extend_from_slice(extra);
    let o = run(root, &args);
    let text = stdout(&o);
    let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {text}\n{}",
            String::from_utf8_lossy(&o.stderr)
        )
    });
    validate(&value, "docs/check.schema.json");
    (o.status.code(), value)
}

fn validate(value: &Value, schema: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(schema);
    // The published SARIF 2.1.0 schema has a stray `]` in the pattern of
    // `run.language` (an erratum), which a strict validator refuses to compile; it
    // concerns a property we never write, so the pattern is repaired here.
    let text = std::fs::read_to_string(path)
        .unwrap()
        .replace("[a-zA-Z]{2}]?$", "[a-zA-Z]{2}$");
    let schema: Value = serde_json::from_str(&text).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}\n{value:#}");
}

/// `(code, file:line)` of every diagnostic, `file` alone when there is no line.
fn findings(value: &Value) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let file = d["file"].as_str().unwrap_or("-").to_string();
            let at = match d["line"].as_u64() {
                Some(l) => format!("{file}:{l}"),
                None => file,
            };
            (d["code"].as_str().unwrap().to_string(), at)
        })
        .collect();
    out.sort();
    out
}

/// A fixture case: its name, exit code, and exactly the `(code, file:line)` it reports.
type Case = (&'static str, i32, &'static [(&'static str, &'static str)]);

/// Every fixture case.
const CASES: &[Case] = &[
    ("clean", 0, &[]),
    ("dropped-markup", 0, &[]),
    (
        "syntax-error",
        1,
        &[
            // The broken entry is skipped, so it is also missing.
            ("missing-message", "de/main.ftl"),
            ("syntax-error", "de/main.ftl:13"),
        ],
    ),
    ("missing-message", 1, &[("missing-message", "de/ui.ftl")]),
    (
        "missing-term",
        1,
        &[
            ("missing-term", "de/main.ftl"),
            // The message that uses it cannot be formatted either.
            ("unknown-reference", "de/main.ftl:5"),
        ],
    ),
    (
        "missing-file",
        1,
        &[
            ("missing-file", "de/ui.ftl"),
            ("missing-message", "de/ui.ftl"),
            ("missing-message", "de/ui.ftl"),
        ],
    ),
    ("missing-value", 1, &[("missing-value", "de/main.ftl:4")]),
    ("extra-value", 1, &[("extra-value", "de/main.ftl:12")]),
    (
        "missing-attribute",
        1,
        &[("missing-attribute", "de/main.ftl:4")],
    ),
    (
        "obsolete-attribute",
        0,
        &[("obsolete-attribute", "de/main.ftl:12")],
    ),
    ("duplicate-id", 1, &[("duplicate-id", "de/ui.ftl:3")]),
    (
        "id-collision",
        1,
        &[
            ("id-collision", "de/main.ftl:14"),
            ("obsolete-message", "de/main.ftl:14"),
        ],
    ),
    (
        "unknown-variable",
        1,
        &[
            ("dropped-variable", "de/ui.ftl:2"),
            ("unknown-variable", "de/ui.ftl:2"),
        ],
    ),
    (
        "dropped-variable",
        0,
        &[("dropped-variable", "de/main.ftl:4")],
    ),
    (
        "unknown-reference",
        1,
        &[("unknown-reference", "de/main.ftl:6")],
    ),
    (
        "cyclic-reference",
        1,
        &[("cyclic-reference", "de/ui.ftl:1")],
    ),
    // A bare tree compares markup with the source (any element; this project's
    // whitelist and its `markup-error`/`markup-mismatch` are tested in tests/cli.rs).
    ("markup-mismatch", 0, &[("markup-differs", "de/main.ftl:6")]),
    ("markup-error", 0, &[("markup-differs", "de/main.ftl:6")]),
    (
        "obsolete-message",
        0,
        &[("obsolete-message", "de/ui.ftl:3")],
    ),
    (
        "number-mismatch",
        0,
        &[("number-mismatch", "de/main.ftl:6")],
    ),
    (
        "identical-to-source",
        0,
        &[("identical-to-source", "de/ui.ftl:1")],
    ),
    (
        "missing-plural-category",
        0,
        &[("missing-plural-category", "ru/main.ftl:5")],
    ),
    (
        "stale-translation",
        0,
        &[("stale-translation", "de/ui.ftl:1")],
    ),
];

#[test]
fn every_fixture_reports_exactly_its_defect() {
    let mut listed: Vec<&str> = CASES.iter().map(|c| c.0).collect();
    listed.sort();
    let mut on_disk: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    assert_eq!(listed, on_disk, "every fixture case is listed in CASES");
    let mut failures = Vec::new();
    for (case, code, want) in CASES {
        let (status, value) = check_json(&fixtures().join(case), "en", &[]);
        let mut want: Vec<(String, String)> = want
            .iter()
            .map(|(c, f)| (c.to_string(), f.to_string()))
            .collect();
        want.sort();
        let got = findings(&value);
        if got != want || status != Some(*code) {
            failures.push(format!(
                "{case}: exit {status:?} (want {code})\n  got  {got:?}\n  want {want:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn summary_counts() {
    let (_, v) = check_json(&fixtures().join("missing-file"), "en", &[]);
    let de = &v["summary"][0];
    assert_eq!(de["locale"], "de");
    assert_eq!(
        (
            de["total"].as_u64(),
            de["translated"].as_u64(),
            de["missing"].as_u64()
        ),
        (Some(7), Some(5), Some(2))
    );
    let missing = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "missing-message" || d["code"] == "missing-term")
        .count();
    assert_eq!(missing as u64, de["missing"].as_u64().unwrap());
    assert_eq!(v["summary"][1]["locale"], "en");
    assert_eq!(v["summary"][1]["missing"], 0);

    let (_, v) = check_json(
        &fixtures().join("obsolete-message"),
        "en",
        &["--locale", "de"],
    );
    assert_eq!(v["summary"].as_array().unwrap().len(), 1);
    assert_eq!(v["summary"][0]["obsolete"], 1);
    assert_eq!(v["summary"][0]["warnings"], 1);
}

#[test]
fn strict_fails_on_warnings_and_locale_filters() {
    let root = fixtures().join("obsolete-message");
    assert_eq!(
        run(&root, &["check", "--source", "en"]).status.code(),
        Some(0)
    );
    assert_eq!(
        run(&root, &["check", "--source", "en", "--strict"])
            .status
            .code(),
        Some(1)
    );
    // Only the source locale: nothing to warn about.
    assert_eq!(
        run(
            &root,
            &["check", "--source", "en", "--strict", "--locale", "en"]
        )
        .status
        .code(),
        Some(0)
    );
    // Usage errors exit 2.
    for args in [
        &["check", "--source", "en", "--locale", "xx"][..],
        &["check", "--source", "xx"],
        &["check", "--source", "../en"],
        &["check", "--format", "yaml"],
    ] {
        let o = run(&root, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stdout(&o));
    }
    // Not a silkpress project and no --source: a usage error that says what to do.
    let o = run(&root, &["check"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--source"));
}

#[test]
fn sarif_output_is_valid_sarif_2_1_0() {
    let o = run(
        &fixtures().join("unknown-variable"),
        &["check", "--source", "en", "--format", "sarif"],
    );
    assert_eq!(o.status.code(), Some(1));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    validate(&v, "tests/schemas/sarif-2.1.0.json");
    assert_eq!(v["version"], "2.1.0");
    let results = v["runs"][0]["results"].as_array().unwrap();
    let unknown = results
        .iter()
        .find(|r| r["ruleId"] == "unknown-variable")
        .expect("the error is a result");
    assert_eq!(unknown["level"], "error");
    let loc = &unknown["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "de/ui.ftl");
    assert_eq!(loc["region"]["startLine"], 2);
    // `ui-page = Seite { $pages }`: the `$` is column 19.
    assert_eq!(loc["region"]["startColumn"], 19);
    let rules = v["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
    let index = unknown["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(rules[index]["id"], "unknown-variable");
}

#[test]
fn human_output_groups_by_locale_and_file_with_a_table() {
    let o = run(
        &fixtures().join("missing-file"),
        &["check", "--source", "en"],
    );
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1));
    let de = out.find("== de: 3 error(s), 0 warning(s)").expect(&out);
    let file = out.find("-- de/ui.ftl").expect(&out);
    let table = out.find("locale ").expect(&out);
    assert!(de < file && file < table, "{out}");
    let row = out.lines().find(|l| l.starts_with("de ")).expect(&out);
    assert!(row.contains("5/7") && row.contains("71.4%"), "{row}");
}

/// A copy of a fixture in a temporary directory, to damage.
fn scratch(case: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join(case), dir.path());
    dir
}

#[test]
fn encodings_and_empty_files_are_diagnosed_not_panicked_on() {
    let dir = scratch("clean");
    let ui = dir.path().join("de/ui.ftl");
    let text = std::fs::read_to_string(&ui).unwrap();

    // A byte-order mark: a warning; the file is still read.
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(text.as_bytes());
    std::fs::write(&ui, &bom).unwrap();
    let (code, v) = check_json(dir.path(), "en", &[]);
    assert_eq!(code, Some(0));
    assert_eq!(findings(&v), [("utf8-bom".into(), "de/ui.ftl".into())]);

    // CRLF line endings: a warning; messages are read as with LF.
    std::fs::write(&ui, text.replace('\n', "\r\n")).unwrap();
    let (code, v) = check_json(dir.path(), "en", &[]);
    assert_eq!(code, Some(0));
    assert_eq!(
        findings(&v),
        [("crlf-line-endings".into(), "de/ui.ftl".into())]
    );

    // An empty file: a warning, and its messages are missing.
    std::fs::write(&ui, "").unwrap();
    let (code, v) = check_json(dir.path(), "en", &[]);
    assert_eq!(code, Some(1));
    let f = findings(&v);
    assert!(
        f.contains(&("empty-file".into(), "de/ui.ftl".into())),
        "{f:?}"
    );
    assert_eq!(f.iter().filter(|x| x.0 == "missing-message").count(), 2);

    // Invalid UTF-8: an error naming line and column of the bad byte, never a panic.
    std::fs::write(&ui, b"ui-title = Inhalt\nui-page = Seite \xff{ $page }\n").unwrap();
    let (code, v) = check_json(dir.path(), "en", &[]);
    assert_eq!(code, Some(1));
    let bad = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "invalid-utf8")
        .expect("invalid-utf8 reported");
    assert_eq!(bad["file"], "de/ui.ftl", "{bad}");
    assert_eq!(
        (&bad["line"], &bad["column"]),
        (&2.into(), &17.into()),
        "{bad}"
    );
}

#[test]
fn firefox_layout_with_nested_directories() {
    let dir = tempfile::tempdir().unwrap();
    let w = |rel: &str, text: &str| {
        let p = dir.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    w(
        "en-US/browser/menu.ftl",
        "menu-file = File\nmenu-edit = Edit\n",
    );
    w(
        "en-US/toolkit/about.ftl",
        "about = About { -brand-name }\n-brand-name = Firefox\n",
    );
    w(
        "fr/browser/menu.ftl",
        "menu-file = Fichier\nmenu-old = Ancien\n",
    );
    w(
        "fr/toolkit/about.ftl",
        "about = À propos de { -brand-name }\n-brand-name = Firefox\n",
    );
    // Repositories have hidden directories and some that are not locale tags.
    w(".hg/store/x.ftl", "x = y\n");
    w("ja-JP-mac/browser/menu.ftl", "menu-file = ファイル\n");
    let (code, v) = check_json(dir.path(), "en-US", &["--locale", "fr"]);
    assert_eq!(code, Some(1));
    let fr = &v["summary"][0];
    assert_eq!(
        (fr["total"].as_u64(), fr["translated"].as_u64()),
        (Some(4), Some(3))
    );
    assert_eq!(fr["obsolete"], 1);
    let f = findings(&v);
    assert!(
        f.contains(&("missing-message".into(), "fr/browser/menu.ftl".into())),
        "{f:?}"
    );
    assert!(
        f.contains(&("obsolete-message".into(), "fr/browser/menu.ftl:2".into())),
        "{f:?}"
    );
}

#[test]
fn syntax_errors_name_the_skipped_entry_and_quote_the_source() {
    let root = fixtures().join("syntax-error");
    let (_, v) = check_json(&root, "en", &[]);
    let d = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "syntax-error")
        .unwrap();
    assert_eq!(d["id"], "only-attrs");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(13), Some(5))
    );
    // The human form quotes the offending line under the parser's message.
    let out = stdout(&run(&root, &["check", "--source", "en"]));
    assert!(
        out.contains("failed to parse FTL (Expected an inline expression)"),
        "{out}"
    );
    assert!(out.contains("13 │     .label = Beschriftung"), "{out}");
}

/// Mozilla's Russian plural convention (`[one] [few] *[many]`) is complete under
/// Gecko's rules and misses `other` under CLDR's; repeated attributes and variant keys
/// are reported either way.
#[test]
fn plural_rules_and_duplicate_attributes_and_variants() {
    let dir = tempfile::tempdir().unwrap();
    let w = |rel: &str, text: &str| {
        let p = dir.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    w(
        "en-US/a.ftl",
        "tabs = { $n ->\n    [one] { $n } tab\n   *[other] { $n } tabs\n}\nbtn =\n    .label = Go\n",
    );
    w(
        "ru/a.ftl",
        "tabs = { $n ->\n    [one] { $n } вкладка\n    [few] { $n } вкладки\n   *[many] { $n } вкладок\n}\n\
         btn =\n    .label = Вперёд\n    .label = Дальше\n",
    );
    let codes = |v: &Value| -> Vec<String> {
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["code"].as_str().unwrap().to_string())
            .collect()
    };
    let (_, cldr) = check_json(dir.path(), "en-US", &[]);
    let (_, gecko) = check_json(dir.path(), "en-US", &["--plural-rules", "gecko"]);
    assert!(
        codes(&cldr).contains(&"missing-plural-category".to_string()),
        "{cldr}"
    );
    assert!(
        !codes(&gecko).contains(&"missing-plural-category".to_string()),
        "{gecko}"
    );
    assert!(
        codes(&gecko).contains(&"duplicate-attribute".to_string()),
        "{gecko}"
    );
    // Gecko still catches a missing category: `few` dropped.
    w(
        "ru/a.ftl",
        "tabs = { $n ->\n    [one] { $n } вкладка\n    [one] { $n } вкладки\n   *[many] { $n } вкладок\n}\nbtn =\n    .label = Вперёд\n",
    );
    let (_, gecko) = check_json(dir.path(), "en-US", &["--plural-rules", "gecko"]);
    let c = codes(&gecko);
    assert!(
        c.contains(&"missing-plural-category".to_string()),
        "{gecko}"
    );
    assert!(c.contains(&"duplicate-variant".to_string()), "{gecko}");
    let dup = gecko["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "duplicate-variant")
        .unwrap();
    assert_eq!(
        (&dup["line"], &dup["column"]),
        (&3.into(), &6.into()),
        "{dup}"
    );
    // Chinese has only `other`: a `[one]` variant is never shown.
    w(
        "zh-CN/a.ftl",
        "tabs = { $n ->\n    [one] 一个标签页\n   *[other] { $n } 个标签页\n}\nbtn =\n    .label = 前往\n",
    );
    let (_, v) = check_json(dir.path(), "en-US", &["--locale", "zh-CN"]);
    let un: Vec<&Value> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "unreachable-plural-category")
        .collect();
    assert_eq!(un.len(), 1, "{v}");
    assert_eq!(
        (&un[0]["line"], &un[0]["column"]),
        (&2.into(), &6.into()),
        "{v}"
    );
}

/// `[[suppress]]` in a locale's locale.toml drops diagnostics by code, ID or both, and
/// needs a reason; `identical-allowed` keeps working.
#[test]
fn suppression_list_needs_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let w = |rel: &str, text: &str| {
        let p = dir.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    w(
        "en/a.ftl",
        "-brand = Silkpress\nabout = About { -brand }\nhelp = Help\n",
    );
    w(
        "de/a.ftl",
        "-brand = Silkpress\nabout = Über Silkpress\nhelp = Help\n",
    );
    let codes = |v: &Value| -> Vec<(String, String)> {
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["code"].as_str().unwrap().to_string(),
                    d["id"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect()
    };
    let (_, v) = check_json(dir.path(), "en", &[]);
    let c = codes(&v);
    assert!(
        c.contains(&("dropped-reference".into(), "about".into())),
        "{c:?}"
    );
    assert!(
        c.contains(&("identical-to-source".into(), "help".into())),
        "{c:?}"
    );
    w(
        "de/locale.toml",
        "identical-allowed = [\"help\"]\n\n[[suppress]]\ncode = \"dropped-reference\"\nid = \"about\"\nreason = \"the product name is not declined\"\n",
    );
    let (status, v) = check_json(dir.path(), "en", &[]);
    assert_eq!(status, Some(0), "{v}");
    assert!(codes(&v).is_empty(), "{v}");
    w(
        "de/locale.toml",
        "[[suppress]]\ncode = \"dropped-reference\"\nreason = \"\"\n\n[[suppress]]\ncode = \"no-such-code\"\nreason = \"x\"\n",
    );
    let (status, v) = check_json(dir.path(), "en", &[]);
    assert_eq!(status, Some(2), "{v}");
    let errors: Vec<&Value> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "config-error")
        .collect();
    assert_eq!(errors.len(), 2, "{v}");
    assert_eq!(errors[0]["file"], "de/locale.toml");
    // An invalid entry suppresses nothing.
    assert!(
        codes(&v).contains(&("dropped-reference".into(), "about".into())),
        "{v}"
    );
}
