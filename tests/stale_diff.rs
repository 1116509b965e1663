//! Issue 17 point 6, end to end: the lock file keeps the source text each translation
//! was made from, so `stale-translation` shows the old → new source difference (human,
//! JSON, SARIF), `sync` writes it beside the stale message as a comment (once, replaced
//! when the source changes again, removed once the translation is updated), and a lock
//! written before (fingerprints only) keeps working.

mod common;

use common::{copy_dir, repo};

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// A temporary tree to run commands in.
struct Dir(tempfile::TempDir);

impl Dir {
    /// A copy of the `clean` check fixture: `en` (source) and a complete `de`.
    fn clean() -> Dir {
        let d = tempfile::tempdir().unwrap();
        copy_dir(&repo().join("tests/fixtures/check/clean"), d.path());
        Dir(d)
    }

    fn empty() -> Dir {
        Dir(tempfile::tempdir().unwrap())
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

    /// Replaces `from` by `to` in a file, which must hold `from`.
    fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} lacks {from:?}:\n{text}");
        self.write(rel, &text.replace(from, to));
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_silkpress"))
            .args(args)
            .current_dir(self.0.path())
            .env_clear()
            .output()
            .unwrap()
    }

    /// `sync <tag> --source <source>`, which must succeed; the files it wrote.
    fn sync(&self, tag: &str, source: &str) -> Vec<String> {
        let o = self.run(&["sync", tag, "--source", source]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8_lossy(&o.stdout)
            .lines()
            .filter_map(|l| l.strip_prefix("wrote "))
            .map(String::from)
            .collect()
    }

    /// `check --source <source> --format <format>`: its standard output.
    fn check(&self, source: &str, format: &str) -> String {
        let o = self.run(&["check", "--source", source, "--format", format]);
        String::from_utf8(o.stdout).unwrap()
    }

    /// `check --format json`, validated against the schema.
    fn check_json(&self, source: &str) -> Value {
        let v: Value = serde_json::from_str(&self.check(source, "json")).unwrap();
        validate(&v, "docs/check.schema.json");
        v
    }
}

fn validate(value: &Value, schema: &str) {
    // The published SARIF 2.1.0 schema's erratum, repaired as `tests/check.rs` does.
    let text = std::fs::read_to_string(repo().join(schema))
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

/// The stale-translation diagnostics of a JSON check result.
fn stale(v: &Value) -> Vec<&Value> {
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "stale-translation")
        .collect()
}

/// A `diff` array as `(op, text)` pairs.
fn ops(diff: &Value) -> Vec<(String, String)> {
    diff.as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["op"].as_str().unwrap().to_string(),
                e["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The lock file as fingerprints only, as silkpress wrote it before version 2.
fn as_version_1(lock: &str) -> String {
    let mut out = String::new();
    let mut in_text = false;
    for line in lock.lines() {
        if in_text {
            in_text = !line.ends_with("\"\"\"");
            continue;
        }
        if let Some(rest) = line.strip_prefix("source-text = ") {
            in_text = rest == "\"\"\"";
            continue;
        }
        out.push_str(&line.replace("version = 2", "version = 1"));
        out.push('\n');
    }
    assert!(
        !out.contains("source-text") && out.contains("version = 1"),
        "{out}"
    );
    out
}

const OLD: &str = "The report of { -brand } covers <i>2024</i>: USD 94.8 billion.";
const NEW: &str =
    "The report of { -brand } covers <i>2025</i>: USD 102 billion in trade.";

#[test]
fn check_shows_the_word_difference_in_every_format() {
    let d = Dir::clean();
    d.sync("de", "en");
    let lock = d.read("de/l10n.lock");
    assert!(lock.contains("version = 2"), "{lock}");
    assert!(
        lock.contains(&format!("source-text = \"report = {OLD}\"")),
        "{lock}"
    );
    assert!(stale(&d.check_json("en")).is_empty());

    d.edit("en/main.ftl", OLD, NEW);
    let v = d.check_json("en");
    let found = stale(&v);
    assert_eq!(found.len(), 1, "{v:#}");
    let change = &found[0]["source_change"];
    assert_eq!(change["old"], OLD);
    assert_eq!(change["new"], NEW);
    let diff = ops(&change["diff"]);
    let pair = |op: &str, text: &str| (op.to_string(), text.to_string());
    assert_eq!(
        diff,
        [
            pair("equal", "The report of { -brand } covers <i>"),
            pair("delete", "2024"),
            pair("insert", "2025"),
            pair("equal", "</i>: USD "),
            pair("delete", "94.8"),
            pair("insert", "102"),
            pair("equal", " billion"),
            pair("insert", " in trade"),
            pair("equal", "."),
        ]
    );
    // Only stale-translation carries the field.
    for d in v["diagnostics"].as_array().unwrap() {
        assert_eq!(
            d.get("source_change").is_some(),
            d["code"] == "stale-translation"
        );
    }

    let human = d.check("en", "human");
    assert!(
        human.contains(
            "= source changed: The report of { -brand } covers <i>[-2024-]{+2025+}</i>: \
             USD [-94.8-]{+102+} billion{+ in trade+}."
        ),
        "{human}"
    );

    let sarif: Value = serde_json::from_str(&d.check("en", "sarif")).unwrap();
    validate(&sarif, "tests/schemas/sarif-2.1.0.json");
    let result = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "stale-translation")
        .unwrap();
    assert!(
        result["message"]["text"]
            .as_str()
            .unwrap()
            .contains("<i>[-2024-]{+2025+}</i>"),
        "{result:#}"
    );
    assert_eq!(result["properties"]["sourceChange"], *change);
}

#[test]
fn sync_writes_the_difference_once_replaces_it_and_removes_it() {
    let d = Dir::clean();
    d.edit(
        "de/main.ftl",
        "report =",
        "# Translator: keep the currency after the number.\nreport =",
    );
    d.sync("de", "en");
    d.edit("en/main.ftl", OLD, NEW);
    assert_eq!(d.sync("de", "en"), ["./de/main.ftl"]);
    let ftl = d.read("de/main.ftl");
    let comment = "# silkpress-sync: stale; its source changed since it was translated \
                   ([-removed-] {+added+}):\n\
                   # silkpress-sync> The report of { -brand } covers <i>[-2024-]{+2025+}</i>: \
                   USD [-94.8-]{+102+} billion{+ in trade+}.\n\
                   # Translator: keep the currency after the number.\n\
                   report = Der Bericht";
    assert!(ftl.contains(comment), "{ftl}");
    // The comment does not make the translation look changed: still stale, and a
    // second sync writes nothing.
    assert_eq!(stale(&d.check_json("en")).len(), 1);
    assert!(d.sync("de", "en").is_empty());
    assert_eq!(d.read("de/main.ftl"), ftl);

    // The source changes again: the comment is replaced, still against the text the
    // translation was made from.
    d.edit("en/main.ftl", "102 billion", "103 billion");
    assert_eq!(d.sync("de", "en"), ["./de/main.ftl"]);
    let ftl = d.read("de/main.ftl");
    assert_eq!(ftl.matches("silkpress-sync").count(), 2, "{ftl}");
    assert!(ftl.contains("USD [-94.8-]{+103+} billion"), "{ftl}");
    assert!(!ftl.contains("{+102+}"), "{ftl}");

    // The translator updates the translation: the comment goes, their own stays, and
    // the lock records the new source; nothing is stale.
    d.edit(
        "de/main.ftl",
        "umfasst <i>2024</i>: 94,8 Mrd. USD.",
        "umfasst <i>2025</i>: 103 Mrd. USD im Handel.",
    );
    let wrote = d.sync("de", "en");
    assert_eq!(wrote, ["./de/main.ftl", "./de/l10n.lock"]);
    let ftl = d.read("de/main.ftl");
    assert!(!ftl.contains("silkpress-sync"), "{ftl}");
    assert!(
        ftl.contains("# Translator: keep the currency after the number.\nreport = Der"),
        "{ftl}"
    );
    assert!(d.read("de/l10n.lock").contains("USD 103 billion in trade."));
    let v = d.check_json("en");
    assert!(stale(&v).is_empty(), "{v:#}");
    assert!(d.sync("de", "en").is_empty());
}

#[test]
fn a_version_1_lock_still_reports_stale_and_sync_upgrades_it() {
    let d = Dir::clean();
    d.sync("de", "en");
    let v1 = as_version_1(&d.read("de/l10n.lock"));
    d.write("de/l10n.lock", &v1);
    // Nothing changed: a version-1 lock is read as it is, nothing stale.
    assert!(stale(&d.check_json("en")).is_empty());

    d.edit(
        "en/ui.ftl",
        "ui-title = Contents",
        "ui-title = Table of contents",
    );
    let v = d.check_json("en");
    let found = stale(&v);
    assert_eq!(found.len(), 1, "{v:#}");
    assert_eq!(found[0]["id"], "ui-title");
    let change = &found[0]["source_change"];
    assert!(change["old"].is_null(), "{change}");
    assert_eq!(change["new"], "Table of contents");
    assert_eq!(change["diff"], serde_json::json!([]));
    assert!(
        d.check("en", "human")
            .contains("the old source text is unknown"),
        "{}",
        d.check("en", "human")
    );

    // Sync upgrades the lock: texts for every entry, the stale one still stale from
    // its old fingerprint (whose text nobody knows) and marked so in its file.
    d.sync("de", "en");
    let lock = d.read("de/l10n.lock");
    assert!(lock.contains("version = 2"), "{lock}");
    assert!(
        lock.contains("source-text = \"ui-page = Page { $page }\""),
        "{lock}"
    );
    assert!(!lock.contains("Table of contents"), "{lock}");
    let ui = d.read("de/ui.ftl");
    assert!(
        ui.contains(
            "# silkpress-sync: stale; its source changed since it was translated \
             (the old source text is unknown: compare with the source)\nui-title = Inhalt"
        ),
        "{ui}"
    );
    assert_eq!(stale(&d.check_json("en")).len(), 1);
    assert!(d.sync("de", "en").is_empty());

    // Translated again: up to date, the mark gone.
    d.edit(
        "de/ui.ftl",
        "ui-title = Inhalt",
        "ui-title = Inhaltsverzeichnis",
    );
    d.sync("de", "en");
    assert!(!d.read("de/ui.ftl").contains("silkpress-sync"));
    assert!(d
        .read("de/l10n.lock")
        .contains("ui-title = Table of contents"));
    assert!(stale(&d.check_json("en")).is_empty());
}

#[test]
fn a_text_that_does_not_match_its_fingerprint_is_not_shown() {
    let d = Dir::clean();
    d.sync("de", "en");
    d.edit(
        "de/l10n.lock",
        "source-text = \"ui-title = Contents\"",
        "source-text = \"ui-title = Forged\"",
    );
    d.edit(
        "en/ui.ftl",
        "ui-title = Contents",
        "ui-title = Table of contents",
    );
    let v = d.check_json("en");
    let found = stale(&v);
    assert_eq!(found.len(), 1, "{v:#}");
    assert!(found[0]["source_change"]["old"].is_null(), "{v:#}");
}

#[test]
fn control_characters_of_an_old_text_never_reach_the_terminal_or_the_file() {
    let d = Dir::clean();
    d.edit(
        "en/ui.ftl",
        "ui-title = Contents",
        "ui-title = Con\u{1b}[2Jtents",
    );
    d.edit(
        "de/ui.ftl",
        "ui-title = Inhalt",
        "ui-title = In\u{1b}[2Jhalt",
    );
    d.sync("de", "en");
    assert!(d.read("de/l10n.lock").contains("\\u001B[2J"));
    d.edit(
        "en/ui.ftl",
        "ui-title = Con\u{1b}[2Jtents",
        "ui-title = Contents",
    );
    let human = d.check("en", "human");
    assert!(
        human.contains("[-Con\\u{1b}[2Jtents-]{+Contents+}"),
        "{human}"
    );
    assert!(!human.contains('\u{1b}'), "{human}");
    d.sync("de", "en");
    let ui = d.read("de/ui.ftl");
    assert!(
        ui.contains("# silkpress-sync> [-Con\\u{1b}[2Jtents-]{+Contents+}"),
        "{ui}"
    );
    let comment: String = ui.lines().filter(|l| l.starts_with('#')).collect();
    assert!(!comment.contains('\u{1b}'), "{ui}");
}

#[test]
fn a_chinese_source_changes_by_character() {
    let d = Dir::empty();
    d.write("zh-CN/main.ftl", "trade = 中国与欧洲的贸易增长了。\n");
    d.write(
        "en/main.ftl",
        "trade = Trade between China and Europe grew.\n",
    );
    d.sync("en", "zh-CN");
    d.edit("zh-CN/main.ftl", "欧洲", "中亚");
    let v = d.check_json("zh-CN");
    let found = stale(&v);
    assert_eq!(found.len(), 1, "{v:#}");
    let diff = ops(&found[0]["source_change"]["diff"]);
    assert_eq!(
        diff,
        [
            ("equal".to_string(), "中国与".to_string()),
            ("delete".to_string(), "欧洲".to_string()),
            ("insert".to_string(), "中亚".to_string()),
            ("equal".to_string(), "的贸易增长了。".to_string()),
        ]
    );
}

#[test]
fn sync_keeps_the_lock_of_a_locale_it_cannot_read_untouched() {
    // A lock file that does not parse stops sync before it writes anything.
    let d = Dir::clean();
    d.sync("de", "en");
    d.edit(
        "en/ui.ftl",
        "ui-title = Contents",
        "ui-title = Table of contents",
    );
    d.write(
        "de/l10n.lock",
        "version = 2\nsource-locale = \"en\"\n[fingerprints\n",
    );
    let before = d.read("de/ui.ftl");
    let o = d.run(&["sync", "de", "--source", "en"]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(d.read("de/ui.ftl"), before);
    assert!(Path::new(&d.path("de/l10n.lock")).exists());
}
