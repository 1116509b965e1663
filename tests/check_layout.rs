//! `check --layout` (issue 22) on a copy of the project with planted problems in the
//! Russian edition: an unbreakable 150-character token in a paragraph, a chapter title
//! too long for its running head and without `.short`, an overlong cover title and a
//! chapter whose translation is three times the source's. Each is flagged with the
//! right locale, message ID, `file:line:col` and page, and nothing else is flagged;
//! the pages are checked against where the build finds each message's letters on the
//! laid-out pages (`build::Cache::pages`), an independent route.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// The codes of problems of the typeset page.
const LAYOUT_CODES: &[&str] = &[
    "overfull-line",
    "loose-line",
    "title-too-long",
    "running-head-too-long",
    "heading-at-page-foot",
    "widow-or-orphan",
    "chapter-grew",
    "fallback-face",
    "toc-unstable",
];

/// `silkpress --root ROOT check --layout ARGS… --format json`, parsed; with its exit
/// status.
fn check_layout(root: &Path, args: &[&str]) -> (Value, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_silkpress"))
        .arg("--root")
        .arg(root)
        .args(["check", "--layout", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let json: Value = serde_json::from_str(&text).unwrap_or_else(|e| {
        panic!("{e}: {text}\n{}", String::from_utf8_lossy(&out.stderr))
    });
    (json, out.status.code().unwrap())
}

/// The layout diagnostics of a check's JSON.
fn layout_diagnostics(json: &Value) -> Vec<&Value> {
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| LAYOUT_CODES.contains(&d["code"].as_str().unwrap()))
        .collect()
}

/// A copy of the repository's project (fonts hard-linked).
fn project_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let repo = common::repo();
    for d in ["templates", "locales"] {
        common::copy_dir(&repo.join(d), &dir.path().join(d));
    }
    common::link_fonts(&repo.join("fonts"), &dir.path().join("fonts"));
    dir
}

/// Rewrites the messages of an FTL file that `pick` selects with `edit` (through
/// fluent-syntax, so multi-line values stay whole).
fn edit_messages(
    path: &Path,
    pick: &dyn Fn(&str) -> bool,
    edit: &dyn Fn(&mut fluent_syntax::ast::Message<String>),
) {
    let text = std::fs::read_to_string(path).unwrap();
    let mut res = fluent_syntax::parser::parse(text).unwrap();
    for e in &mut res.body {
        if let fluent_syntax::ast::Entry::Message(m) = e {
            if pick(&m.id.name) {
                edit(m);
            }
        }
    }
    std::fs::write(path, fluent_syntax::serializer::serialize(&res)).unwrap();
}

/// `line:col` (one-based) of the line starting `ID =` in a file.
fn position_of(path: &Path, id: &str) -> (u64, u64) {
    let text = std::fs::read_to_string(path).unwrap();
    let n = text
        .lines()
        .position(|l| l.starts_with(&format!("{id} =")))
        .unwrap_or_else(|| panic!("{id} not in {}", path.display()));
    (n as u64 + 1, 1)
}

/// The pages (1-based, first and last) where the build finds each message of `tag`.
fn pages_of(root: &Path, tag: &str) -> Vec<silkpress::build::MessagePages> {
    let only = [tag.to_string()];
    let Ok(project) = silkpress::project::Project::load_only(root, Some(&only)) else {
        panic!("the project loads");
    };
    let options = silkpress::build::Options {
        formats: vec![silkpress::render::Format::Pdf],
        pdf_standard: Default::default(),
        created: 0,
        index: false,
        switcher: false,
    };
    let mut cache = silkpress::build::Cache::default();
    let out = silkpress::build::build_cached(
        &project,
        &[tag.to_string()],
        &options,
        &mut cache,
    );
    assert!(out.not_built.is_empty(), "{:?}", out.diagnostics);
    cache.pages(tag).to_vec()
}

#[test]
fn planted_problems_are_flagged_at_their_message_file_position_and_page() {
    let dir = project_copy();
    let root = dir.path();
    let ru = root.join("locales/ru");
    // 1. An unbreakable 150-character token (digits: no division, no break) at the
    //    start of a paragraph.
    let token: String = "1234567890".repeat(15);
    edit_messages(
        &ru.join("conclusion.ftl"),
        &|id| id == "conclusion-p1",
        &|m| {
            if let Some(p) = &mut m.value {
                p.elements.insert(
                    0,
                    fluent_syntax::ast::PatternElement::TextElement {
                        value: format!("{token} "),
                    },
                );
            }
        },
    );
    // 2. Chapter one's title without its `.short` form (the title is too wide), in the
    //    source too (else the translation would lack an attribute of the source).
    for file in [
        root.join("locales/en/chapter-1.ftl"),
        ru.join("chapter-1.ftl"),
    ] {
        edit_messages(&file, &|id| id == "ch1-title", &|m| {
            m.attributes.retain(|a| a.id.name != "short");
        });
    }
    // 3. A cover title four times as long.
    edit_messages(
        &ru.join("front-matter.ftl"),
        &|id| id == "report-title",
        &|m| {
            if let Some(p) = &mut m.value {
                let els = p.elements.clone();
                for _ in 0..3 {
                    p.elements
                        .push(fluent_syntax::ast::PatternElement::TextElement {
                            value: " ".into(),
                        });
                    p.elements.extend(els.clone());
                }
            }
        },
    );
    // 4. Chapter two's paragraphs three times over.
    let is_ch2_paragraph = |id: &str| {
        id.starts_with("ch2-")
            && id.rsplit('-').next().is_some_and(|l| l.starts_with('p'))
    };
    edit_messages(&ru.join("chapter-2.ftl"), &is_ch2_paragraph, &|m| {
        if let Some(p) = &mut m.value {
            let els = p.elements.clone();
            for _ in 0..2 {
                p.elements
                    .push(fluent_syntax::ast::PatternElement::TextElement {
                        value: " ".into(),
                    });
                p.elements.extend(els.clone());
            }
        }
    });

    let (json, status) = check_layout(root, &["--locale", "ru"]);
    assert_eq!(status, 0, "warnings do not fail the check: {json:#}");
    let found = layout_diagnostics(&json);
    let keys: BTreeSet<(String, String)> = found
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["id"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let expected: BTreeSet<(String, String)> = [
        ("overfull-line", "conclusion-p1"),
        ("running-head-too-long", "ch1-title"),
        ("title-too-long", "report-title"),
        ("chapter-grew", "ch2-title"),
    ]
    .iter()
    .map(|(c, i)| (c.to_string(), i.to_string()))
    .collect();
    assert_eq!(keys, expected, "exactly the planted problems: {found:#?}");

    let pages = pages_of(root, "ru");
    let page_of = |id: &str| {
        pages
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("{id} not found on the pages"))
    };
    for d in &found {
        let (code, id) = (d["code"].as_str().unwrap(), d["id"].as_str().unwrap());
        assert_eq!(d["locale"], "ru", "{d}");
        let page = d["page"].as_u64().unwrap_or_else(|| panic!("no page: {d}")) as usize;
        let file = d["file"].as_str().unwrap();
        let (line, col) = position_of(&root.join(file), id);
        assert_eq!(
            (d["line"].as_u64(), d["column"].as_u64()),
            (Some(line), Some(col)),
            "{d}"
        );
        let m = page_of(id);
        let (first, last) = (m.first + 1, m.last + 1);
        match code {
            "overfull-line" => {
                assert_eq!(file, "locales/ru/conclusion.ftl");
                assert!(
                    d["message"].as_str().unwrap().contains("150 characters"),
                    "{d}"
                );
                assert!(
                    (first..=last).contains(&page),
                    "{d} not on {first}..={last}"
                );
            }
            "running-head-too-long" => {
                assert_eq!(file, "locales/ru/chapter-1.ftl");
                // The chapter opens without a running head; its next page has the
                // running title alone.
                assert_eq!(page, first + 1, "{d}");
            }
            "title-too-long" => {
                assert_eq!(file, "locales/ru/front-matter.ftl");
                assert_eq!((page, first), (1, 1), "{d}");
            }
            "chapter-grew" => {
                assert_eq!(file, "locales/ru/chapter-2.ftl");
                assert_eq!(page, first, "{d}");
                let hints = d["hints"].to_string();
                assert!(hints.contains("ch2-"), "names the messages that grew: {d}");
            }
            _ => unreachable!(),
        }
    }
    // The page counts: chapter two about three times the source's.
    let ru_pages = json["layout"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["locale"] == "ru")
        .unwrap();
    let ch2 = ru_pages["chapters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "ch2-title")
        .unwrap();
    let (ours, theirs) = (
        ch2["pages"].as_u64().unwrap(),
        ch2["source_pages"].as_u64().unwrap(),
    );
    assert!(ours >= 2 * theirs, "{ch2}");

    // The same in SARIF, with the page in the message.
    let out = Command::new(env!("CARGO_BIN_EXE_silkpress"))
        .arg("--root")
        .arg(root)
        .args(["check", "--layout", "--locale", "ru", "--format", "sarif"])
        .output()
        .unwrap();
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let grew = results
        .iter()
        .find(|r| r["ruleId"] == "chapter-grew")
        .expect("chapter-grew in SARIF");
    assert!(grew["message"]["text"]
        .as_str()
        .unwrap()
        .contains("(PDF page "));
    assert!(grew["properties"]["page"].as_u64().is_some());
}

#[test]
fn the_committed_editions_have_no_layout_warnings() {
    let (json, status) = check_layout(common::repo(), &[]);
    assert_eq!(status, 0);
    let found = layout_diagnostics(&json);
    assert!(found.is_empty(), "{found:#?}");
    // Every edition has its page counts, against the source's.
    let editions = json["layout"].as_array().unwrap();
    assert_eq!(editions.len(), json["summary"].as_array().unwrap().len());
}

#[test]
fn a_letter_drawn_from_another_scripts_face_is_flagged() {
    let dir = project_copy();
    let root = dir.path();
    // Cyrillic inside Persian text: the Persian stack's face has no Cyrillic, so the
    // letters come from the Latin stack's serif.
    edit_messages(
        &root.join("locales/fa/conclusion.ftl"),
        &|id| id == "conclusion-p2",
        &|m| {
            if let Some(p) = &mut m.value {
                p.elements
                    .push(fluent_syntax::ast::PatternElement::TextElement {
                        value: " Жж".into(),
                    });
            }
        },
    );
    let (json, status) = check_layout(root, &["--locale", "fa"]);
    assert_eq!(status, 0);
    let found = layout_diagnostics(&json);
    assert_eq!(found.len(), 1, "{found:#?}");
    let d = found[0];
    assert_eq!(
        (d["code"].as_str(), d["id"].as_str(), d["locale"].as_str()),
        (Some("fallback-face"), Some("conclusion-p2"), Some("fa"))
    );
    let message = d["message"].as_str().unwrap();
    assert!(
        message.contains("Жж") && message.contains("U+0416"),
        "{message}"
    );
    let m = pages_of(root, "fa")
        .into_iter()
        .find(|p| p.id == "conclusion-p2")
        .unwrap();
    let page = d["page"].as_u64().unwrap() as usize;
    assert!((m.first + 1..=m.last + 1).contains(&page), "{d}");
}
