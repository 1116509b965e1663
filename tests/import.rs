//! `silkpress init`, `import` and `export`, end to end on temporary folders (issue 20):
//!
//! - the English report, exported as Markdown and imported into a new project, has every
//!   seed paragraph exactly once, and builds;
//! - a scripted revision (edits, insertions mid-section, a deletion, reformatting) keeps
//!   unchanged blocks' IDs, and a translated locale's `check` after `sync` reports
//!   exactly the edited blocks stale, the inserted ones missing and the deleted one
//!   obsolete;
//! - tables, images and the rest are refused with their line, and nothing is written;
//! - re-wrapping, emphasis markers and heading style are not edits.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::seed::{normalize, seed_paragraphs};
use common::{copy_dir, repo};
use silkpress::project::BlockKind;

/// Runs the binary in `cwd` with a scrubbed environment.
fn silkpress(cwd: &Path, args: &[&str]) -> Output {
    let o = Command::new(env!("CARGO_BIN_EXE_silkpress"))
        .args(args)
        .current_dir(cwd)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .output()
        .unwrap();
    assert!(
        !String::from_utf8_lossy(&o.stderr).contains("panicked"),
        "panic:\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A temporary folder holding a new project in `proj/`.
struct Work {
    dir: tempfile::TempDir,
}

impl Work {
    /// `silkpress init proj` in a new temporary folder.
    fn init() -> Work {
        let w = Work {
            dir: tempfile::tempdir().unwrap(),
        };
        let o = w.run_here(&["init", "proj"]);
        assert_eq!(o.status.code(), Some(0), "init: {}", err(&o));
        w
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn proj(&self) -> PathBuf {
        self.path("proj")
    }

    fn run_here(&self, args: &[&str]) -> Output {
        silkpress(self.dir.path(), args)
    }

    /// Runs a command on the project (`--root proj`).
    fn run(&self, args: &[&str]) -> Output {
        let mut all = vec!["--root", "proj", "--diagnostic-format", "short"];
        all.extend_from_slice(args);
        silkpress(self.dir.path(), &all)
    }

    /// Writes `md` to `name` beside the project and imports it.
    fn import(&self, name: &str, md: &str, extra: &[&str]) -> Output {
        std::fs::write(self.path(name), md).unwrap();
        let mut args = vec!["import", name];
        args.extend_from_slice(extra);
        self.run(&args)
    }

    /// Every file of the project but the fonts, with its bytes.
    fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                let rel = p.strip_prefix(base).unwrap().to_path_buf();
                if rel.starts_with("fonts") || rel.starts_with("out") {
                    continue;
                }
                if p.is_dir() {
                    walk(base, &p, out);
                } else {
                    out.insert(rel, std::fs::read(&p).unwrap());
                }
            }
        }
        let mut out = BTreeMap::new();
        walk(&self.proj(), &self.proj(), &mut out);
        out
    }

    /// The blocks of the project's structure resolved in `tag`: kind, ID, plain text.
    fn blocks(&self, tag: &str) -> Vec<(BlockKind, String, String)> {
        let project = silkpress::project::Project::load(&self.proj()).unwrap();
        let report = silkpress::l10n::resolve(&project, tag).unwrap().output;
        silkpress::import::export::flat(&report.doc)
            .into_iter()
            .map(|(kind, text, id)| (kind, id, text.to_plain()))
            .collect()
    }

    /// A translation of the source locale: every message prefixed with `(tag) `.
    fn translate(&self, tag: &str) {
        let src = self.proj().join("locales/en");
        let dst = self.proj().join("locales").join(tag);
        std::fs::create_dir_all(&dst).unwrap();
        for e in std::fs::read_dir(&src).unwrap() {
            let p = e.unwrap().path();
            let text = std::fs::read_to_string(&p).unwrap();
            let translated: Vec<String> = text
                .lines()
                .map(|l| match l.split_once(" = ") {
                    Some((id, v)) if !l.starts_with(['#', ' ']) => {
                        format!("{id} = ({tag}) {v}")
                    }
                    _ => l.to_string(),
                })
                .collect();
            std::fs::write(
                dst.join(p.file_name().unwrap()),
                translated.join("\n") + "\n",
            )
            .unwrap();
        }
    }

    /// `check --locale tag --format json`: IDs by diagnostic code.
    fn check(&self, tag: &str) -> BTreeMap<String, BTreeSet<String>> {
        let o = self.run(&["check", "--locale", tag, "--format", "json"]);
        let json: serde_json::Value = serde_json::from_slice(&o.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}\n{}", out(&o), err(&o)));
        let mut by_code: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for d in json["diagnostics"].as_array().unwrap() {
            if d["locale"] != tag {
                continue;
            }
            by_code
                .entry(d["code"].as_str().unwrap().to_string())
                .or_default()
                .insert(d["id"].as_str().unwrap_or("").to_string());
        }
        by_code
    }
}

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

/// The first version of the scripted document.
const V1: &str = "---
title: The Annual Report
subtitle: A test document
publisher: Test Institute
---

# Chapter One: Trade

> “Cooperation is rooted in friendship.”
>
> — A Speaker

## I. Economic Relations

Trade between the partners grew in volume and quality over the last year.

Investment flows rose as well, with *new funds* opened in three cities.

Customs procedures at border ports became faster and more efficient.

#### Agriculture

Farm exports doubled, and **new channels** were opened for fruit.

## II. Connectivity

Railways and highways link the region more densely than ever before.

- Roads
- Railways
- Air routes

# Chapter Two: Outlook

The outlook for the coming decade is bright, but risks remain.

Security is the foundation of development in the whole region.
";

/// The revision: the first paragraph and the second section's heading edited, a
/// paragraph and a list item inserted mid-section, the customs paragraph deleted, and
/// reformatting that is not an edit (re-wrapped lines, `_x_` for `*x*`, `__x__` for
/// `**x**`, a setext chapter heading, `*` list markers).
const V2: &str = "---
title: The Annual Report
subtitle: A test document
publisher: Test Institute
---

# Chapter One: Trade

> “Cooperation is rooted in friendship.”
>
> — A Speaker

## I. Economic Relations

Trade between the partners grew in volume and quality over the last two years.

Investment flows rose as well,
with _new funds_ opened
in three cities.

A new paragraph about digital services and online platforms appears here.

#### Agriculture

Farm exports doubled, and __new channels__ were opened for fruit.

## II. Connectivity and Transport

Railways and highways link the region
more densely than ever before.

* Roads
* Railways
* Pipelines
* Air routes

Chapter Two: Outlook
====================

The outlook for the coming decade is bright, but risks remain.

Security is the foundation of development in the whole region.
";

#[test]
fn init_makes_a_working_project_and_refuses_a_non_empty_folder() {
    let w = Work::init();
    for f in [
        "templates/report.toml",
        "templates/style.toml",
        "templates/report.html.j2",
        "locales/en/ui.ftl",
        "locales/en/front-matter.ftl",
        "fonts/NotoSerif-Regular.ttf",
        "fonts/NotoSerifSC-Regular.ttf",
        "README.md",
    ] {
        assert!(w.proj().join(f).is_file(), "init made no {f}");
    }
    let o = w.run(&["check"]);
    assert_eq!(o.status.code(), Some(0), "check: {}{}", out(&o), err(&o));
    let o = w.run(&["fmt", "--check"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "fmt --check: {}{}",
        out(&o),
        err(&o)
    );

    // A folder with anything in it is refused and left as it was.
    let before = w.snapshot();
    let o = w.run_here(&["init", "proj"]);
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    assert!(err(&o).contains("not empty"), "{}", err(&o));
    assert_eq!(w.snapshot(), before);

    // An empty folder is fine; an unknown script is a usage error.
    std::fs::create_dir(w.path("empty")).unwrap();
    let o = w.run_here(&["init", "empty", "--source-locale", "ru"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(w.path("empty/locales/ru/ui.ftl").is_file());
    let o = w.run_here(&["init", "other", "--source-locale", "qaa-Zzzz"]);
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    assert!(!w.path("other").exists());
}

/// The issue's first promise: the English report converted to Markdown (by `export`,
/// from `locales/en` and `templates/report.toml`) and imported into a new project
/// reproduces every seed paragraph exactly once — the seed test's check, on the
/// imported project.
#[test]
fn the_english_report_through_markdown_has_every_seed_paragraph_once() {
    let w = Work::init();
    let md = w.path("report.md");
    let o = silkpress(
        repo(),
        &[
            "export",
            "--locale",
            "en",
            "--format",
            "md",
            "-o",
            md.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "export: {}", err(&o));
    assert!(!err(&o).contains("export-lossy"), "{}", err(&o));

    let o = w.run(&["import", "report.md"]);
    assert_eq!(o.status.code(), Some(0), "import: {}{}", out(&o), err(&o));
    assert!(
        out(&o).contains("0 unchanged, 0 moved, 0 edited"),
        "{}",
        out(&o)
    );

    let project = silkpress::project::Project::load(&w.proj()).unwrap();
    let report = silkpress::l10n::resolve(&project, "en").unwrap().output;
    let mut built: Vec<String> = silkpress::import::export::flat(&report.doc)
        .into_iter()
        .filter(|(_, _, id)| !id.is_empty())
        .map(|(_, text, _)| normalize(&text.to_plain()))
        .collect();
    let mut seed = seed_paragraphs();
    seed.sort();
    built.sort();
    let missing: Vec<_> = seed.iter().filter(|p| !built.contains(p)).collect();
    let extra: Vec<_> = built.iter().filter(|p| !seed.contains(p)).collect();
    assert!(
        missing.is_empty(),
        "seed paragraphs not in the import:\n{missing:#?}"
    );
    assert!(
        extra.is_empty(),
        "imported text not in the seed:\n{extra:#?}"
    );
    assert_eq!(
        seed, built,
        "a paragraph appears a different number of times"
    );
    // The cover came from the front matter.
    assert_eq!(
        report.doc.cover.title.content.to_plain(),
        "Championing the China-Central Asia Spirit"
    );
    assert_eq!(
        report.doc.cover.publisher.content.to_plain(),
        "Xinhua Institute"
    );
    // The same structure as the hand-made one: kinds in order.
    let original = silkpress::project::Project::load(repo()).unwrap();
    let kinds = |p: &silkpress::project::Project| -> Vec<BlockKind> {
        p.structure.blocks.iter().map(|b| b.kind).collect()
    };
    assert_eq!(kinds(&project), kinds(&original));

    // It builds, and headings are anchored by their IDs.
    let o = w.run(&["build", "--locale", "en", "--format", "html"]);
    assert_eq!(o.status.code(), Some(0), "build: {}", err(&o));
    let html = std::fs::read_to_string(w.proj().join("out/report.en.html")).unwrap();
    // The foreword is the first chapter: Chapter One's first section is ch2-s1.
    assert!(html.contains(r#"<h2 id="ch2""#), "chapter anchor");
    assert!(html.contains(r#"id="ch2-s1""#), "section anchor");
    let o = w.run(&["check"]);
    assert_eq!(o.status.code(), Some(0), "check: {}{}", out(&o), err(&o));
    let o = w.run(&["fmt", "--check"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "fmt --check: {}{}",
        out(&o),
        err(&o)
    );

    // Importing the same document again changes nothing.
    let before = w.snapshot();
    let o = w.run(&["import", "report.md"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        out(&o).contains("0 moved, 0 edited, 0 inserted, 0 deleted"),
        "{}",
        out(&o)
    );
    assert!(out(&o).contains("nothing to write"), "{}", out(&o));
    assert_eq!(w.snapshot(), before);
}

/// The hand-made project's own export, imported back into it, is no change at all:
/// blocks are compared by their resolved text, so entries written with terms
/// (`{ -china }`) are kept as they are.
#[test]
fn importing_this_repository_export_into_it_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("templates"), &dir.path().join("templates"));
    copy_dir(&repo().join("locales/en"), &dir.path().join("locales/en"));
    let o = silkpress(
        dir.path(),
        &["export", "--locale", "en", "--format", "md", "-o", "r.md"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let o = silkpress(dir.path(), &["import", "r.md"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        out(&o).contains("0 moved, 0 edited, 0 inserted, 0 deleted"),
        "{}",
        out(&o)
    );
    assert!(out(&o).contains("nothing to write"), "{}", out(&o));
    assert!(!dir.path().join("templates/ids.toml").exists());
}

#[test]
fn a_revision_keeps_ids_and_translations_attached() {
    let w = Work::init();
    let o = w.import("doc.md", V1, &[]);
    assert_eq!(o.status.code(), Some(0), "{}{}", out(&o), err(&o));
    let v1 = w.blocks("en");
    let id_of = |blocks: &[(BlockKind, String, String)], text: &str| -> String {
        blocks
            .iter()
            .find(|b| b.2 == text)
            .unwrap_or_else(|| panic!("no block {text:?}"))
            .1
            .clone()
    };
    assert_eq!(id_of(&v1, "I. Economic Relations"), "ch1-s1-title");
    assert_eq!(
        id_of(
            &v1,
            "Customs procedures at border ports became faster and more efficient."
        ),
        "ch1-s1-p3"
    );
    assert_eq!(id_of(&v1, "— A Speaker"), "ch1-qa1");

    // A translator translates everything and syncs (the lock records what was translated).
    w.translate("ru");
    let o = w.run(&["sync", "ru"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let before = w.check("ru");
    assert!(
        !before.contains_key("missing-message")
            && !before.contains_key("stale-translation"),
        "{before:?}"
    );

    let o = w.import("doc.md", V2, &[]);
    assert_eq!(o.status.code(), Some(0), "{}{}", out(&o), err(&o));
    let summary = out(&o);
    assert!(
        summary.contains("2 edited, 2 inserted, 1 deleted"),
        "{summary}"
    );
    let v2 = w.blocks("en");

    // The structure follows the revised order, with the revised texts.
    let texts: Vec<&str> = v2.iter().map(|b| b.2.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Chapter One: Trade",
            "“Cooperation is rooted in friendship.”",
            "— A Speaker",
            "I. Economic Relations",
            "Trade between the partners grew in volume and quality over the last two years.",
            "Investment flows rose as well, with new funds opened in three cities.",
            "A new paragraph about digital services and online platforms appears here.",
            "Agriculture",
            "Farm exports doubled, and new channels were opened for fruit.",
            "II. Connectivity and Transport",
            "Railways and highways link the region more densely than ever before.",
            "Roads",
            "Railways",
            "Pipelines",
            "Air routes",
            "Chapter Two: Outlook",
            "The outlook for the coming decade is bright, but risks remain.",
            "Security is the foundation of development in the whole region.",
        ]
    );
    // Unchanged blocks (reformatted ones included) keep their IDs.
    for (kind, id, text) in &v1 {
        if let Some(b) = v2.iter().find(|b| b.2 == *text && b.0 == *kind) {
            assert_eq!(&b.1, id, "{text:?} changed ID");
        }
    }
    let v1_ids: BTreeSet<String> = v1.iter().map(|b| b.1.clone()).collect();
    let edited = set(&["ch1-s1-p1", "ch1-s2-title"]);
    for id in &edited {
        assert!(v2.iter().any(|b| &b.1 == id), "edited {id} lost its ID");
    }
    let inserted: BTreeSet<String> = v2
        .iter()
        .filter(|b| !v1_ids.contains(&b.1))
        .map(|b| b.1.clone())
        .collect();
    assert_eq!(inserted.len(), 2, "{inserted:?}");
    // The deleted paragraph's number is free, and still not reused.
    assert!(!inserted.contains("ch1-s1-p3"), "{inserted:?}");
    assert_eq!(
        id_of(
            &v2,
            "A new paragraph about digital services and online platforms appears here."
        ),
        "ch1-s1-p5"
    );
    assert_eq!(id_of(&v2, "Pipelines"), "ch1-s2-li4");
    let deleted = set(&["ch1-s1-p3"]);
    let record = std::fs::read_to_string(w.proj().join("templates/ids.toml")).unwrap();
    assert!(record.contains("\"ch1-s1-p3\""), "{record}");

    // What the translator sees after syncing: exactly what changed.
    let o = w.run(&["sync", "ru"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let after = w.check("ru");
    let empty = BTreeSet::new();
    assert_eq!(
        after.get("stale-translation").unwrap_or(&empty),
        &edited,
        "{after:?}"
    );
    assert_eq!(
        after.get("missing-message").unwrap_or(&empty),
        &inserted,
        "{after:?}"
    );
    assert_eq!(
        after.get("obsolete-message").unwrap_or(&empty),
        &deleted,
        "{after:?}"
    );

    // Anchors are IDs in every edition.
    for tag in ["en", "ru"] {
        let o = w.run(&["build", "--locale", tag, "--format", "html"]);
        assert_eq!(o.status.code(), Some(0), "build {tag}: {}", err(&o));
        let html =
            std::fs::read_to_string(w.proj().join(format!("out/report.{tag}.html")))
                .unwrap();
        assert!(html.contains(r#"id="ch1-s2""#), "{tag}: no anchor ch1-s2");
    }
}

#[test]
fn reformatting_is_not_an_edit() {
    let w = Work::init();
    let o = w.import("doc.md", V1, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    w.translate("ru");
    let o = w.run(&["sync", "ru"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let before = w.snapshot();
    // Every paragraph re-wrapped at three words, `_x_`/`__x__` emphasis, setext headings
    // for chapters and sections, `+` list markers.
    let mut reformatted = String::new();
    for line in V1.lines() {
        if let Some(h) = line.strip_prefix("# ") {
            reformatted.push_str(&format!("{h}\n{}\n", "=".repeat(h.len())));
        } else if let Some(h) = line.strip_prefix("## ") {
            reformatted.push_str(&format!("{h}\n---\n"));
        } else if let Some(item) = line.strip_prefix("- ") {
            reformatted.push_str(&format!("+   {item}\n"));
        } else if line.len() > 40 && !line.starts_with(['>', '#', '-']) {
            let line = line
                .replace("*new funds*", "_new funds_")
                .replace("**", "__");
            let words: Vec<&str> = line.split(' ').collect();
            for chunk in words.chunks(3) {
                reformatted.push_str(&chunk.join(" "));
                reformatted.push('\n');
            }
        } else {
            reformatted.push_str(line);
            reformatted.push('\n');
        }
    }
    assert_ne!(reformatted, V1);
    let o = w.import("doc.md", &reformatted, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        out(&o).contains("0 moved, 0 edited, 0 inserted, 0 deleted")
            && out(&o).contains("nothing to write"),
        "{}",
        out(&o)
    );
    assert_eq!(w.snapshot(), before);
    let o = w.run(&["sync", "ru"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let check = w.check("ru");
    assert!(!check.contains_key("stale-translation"), "{check:?}");
}

#[test]
fn a_table_and_an_image_are_refused_with_their_lines_and_nothing_changes() {
    let w = Work::init();
    let o = w.import("doc.md", V1, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let before = w.snapshot();

    let doc = "# Chapter\n\nA paragraph.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nText ![a chart](chart.png) here.\n";
    let o = w.import("bad.md", doc, &[]);
    assert_eq!(o.status.code(), Some(1), "{}{}", out(&o), err(&o));
    let e = err(&o);
    assert!(e.contains("bad.md:5:1: error[unsupported-markdown]"), "{e}");
    assert!(e.contains("(a table)"), "{e}");
    assert!(e.contains("bad.md:9:6: error[unsupported-markdown]"), "{e}");
    assert!(e.contains("(an image)"), "{e}");
    assert_eq!(w.snapshot(), before);

    // The rest of what the model cannot hold, each at its line.
    let doc = "# Chapter\n\n```\ncode\n```\n\n<div>raw</div>\n\n1. first\n2. second\n\nSee [a link](https://example.org).\n\nA note[^1].\n\n[^1]: The note.\n\nUse `code` here.\n\n##### Too deep\n";
    let o = w.import("bad.md", doc, &[]);
    assert_eq!(o.status.code(), Some(1), "{}{}", out(&o), err(&o));
    let e = err(&o);
    for (line, what) in [
        (3, "a code block"),
        (7, "raw HTML"),
        (9, "an ordered list"),
        (12, "a link"),
        (14, "a footnote"),
        (16, "a footnote"),
        (18, "inline code"),
        (20, "a level-5 heading"),
    ] {
        assert!(
            e.lines()
                .any(|l| l.starts_with(&format!("bad.md:{line}:")) && l.contains(what)),
            "no {what} at line {line}:\n{e}"
        );
    }
    assert_eq!(w.snapshot(), before);
}

#[test]
fn a_dry_run_prints_the_summary_and_writes_nothing() {
    let w = Work::init();
    let before = w.snapshot();
    let o = w.import("doc.md", V1, &["--dry-run"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let s = out(&o);
    assert!(
        s.contains("0 unchanged, 0 moved, 0 edited, 17 inserted, 0 deleted"),
        "{s}"
    );
    assert!(s.contains("would write templates/report.toml"), "{s}");
    assert!(s.contains("dry run: nothing written"), "{s}");
    assert_eq!(w.snapshot(), before);
}

#[test]
fn export_writes_the_document_back_as_markdown() {
    let w = Work::init();
    let o = w.import("doc.md", V1, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let o = w.run(&["export", "--locale", "en", "--format", "md"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(out(&o), V1);
    // A translation exports in the same structure.
    w.translate("ru");
    let o = w.run(&["export", "--locale", "ru", "--format", "md"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let md = out(&o);
    assert!(md.contains("title: (ru) The Annual Report\n"), "{md}");
    assert!(md.contains("\n## (ru) I. Economic Relations\n"), "{md}");
    assert!(md.contains("\n- (ru) Roads\n- (ru) Railways\n"), "{md}");
    // The attribution lost its leading dash in this translation: export adds one so
    // that it stays an attribution, and says the text will not come back as it was.
    assert!(md.contains("\n>\n> — (ru) — A Speaker\n"), "{md}");
    assert!(
        err(&o).contains("export-lossy") && err(&o).contains("ch1-qa1"),
        "{}",
        err(&o)
    );
}

/// Even with `templates/ids.toml` lost, an ID a translation still holds (the deleted
/// block's message, marked obsolete) is never issued again.
#[test]
fn an_id_a_translation_holds_is_never_reissued() {
    let w = Work::init();
    let o = w.import("doc.md", V1, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    w.translate("ru");
    let farm = "\nFarm exports doubled, and **new channels** were opened for fruit.\n";
    let without = V1.replace(farm, "");
    let o = w.import("doc.md", &without, &[]);
    assert!(out(&o).contains("1 deleted"), "{}", out(&o));
    std::fs::remove_file(w.proj().join("templates/ids.toml")).unwrap();
    let with_new = without.replace(
        "#### Agriculture\n",
        "#### Agriculture\n\nFisheries along the lakes are a sector of their own.\n",
    );
    let o = w.import("doc.md", &with_new, &[]);
    assert!(out(&o).contains("1 inserted"), "{}", out(&o));
    let v = w.blocks("en");
    let new = v
        .iter()
        .find(|b| b.2.starts_with("Fisheries"))
        .map(|b| b.1.clone());
    assert_eq!(
        new.as_deref(),
        Some("ch1-s1-p5"),
        "ch1-s1-p4 is still in ru"
    );
}

/// A project file kept as a symlink (to a shared folder inside the project) stays a
/// link after an import rewrites it: the new text is written through to the file it
/// names. And `init` never fills a folder reached through a symlink.
#[cfg(unix)]
#[test]
fn import_writes_through_a_symlinked_file_and_init_refuses_a_link() {
    let w = Work::init();
    let o = w.import("doc.md", "# Title\n\nOne paragraph.\n", &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let link = w.proj().join("locales/en/ch1.ftl");
    let shared = w.proj().join("shared");
    std::fs::create_dir(&shared).unwrap();
    std::fs::rename(&link, shared.join("ch1.ftl")).unwrap();
    std::os::unix::fs::symlink("../../shared/ch1.ftl", &link).unwrap();

    let o = w.import("doc.md", "# Title\n\nOne revised paragraph.\n", &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link was replaced by a regular file"
    );
    let text = std::fs::read_to_string(shared.join("ch1.ftl")).unwrap();
    assert!(text.contains("One revised paragraph."), "{text}");
    let strays: Vec<_> = std::fs::read_dir(w.proj().join("locales/en"))
        .unwrap()
        .chain(std::fs::read_dir(&shared).unwrap())
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(strays.is_empty(), "temporary files left: {strays:?}");

    let elsewhere = w.path("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, w.path("linked")).unwrap();
    let o = w.run_here(&["init", "linked"]);
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    assert!(err(&o).contains("symbolic link"), "{}", err(&o));
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
}

/// An edited paragraph keeps the term references its message made (before, every
/// `{ -china }` of it became the plain text "China"): here the whole entry is the old
/// one with the edit, references and all.
#[test]
fn an_edited_block_keeps_its_term_references() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("templates"), &dir.path().join("templates"));
    copy_dir(&repo().join("locales/en"), &dir.path().join("locales/en"));
    let o = silkpress(
        dir.path(),
        &["export", "--locale", "en", "--format", "md", "-o", "r.md"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let md = std::fs::read_to_string(dir.path().join("r.md")).unwrap();
    let from = "In recent years, economic and trade cooperation between China";
    assert_eq!(md.matches(from).count(), 1, "{md}");
    let md = md.replace(from, "In recent years, trade cooperation between China");
    std::fs::write(dir.path().join("r.md"), md).unwrap();
    let o = silkpress(dir.path(), &["import", "r.md"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(out(&o).contains("1 edited"), "{}", out(&o));
    let entry = |ftl: &str| -> String {
        ftl.lines()
            .find(|l| l.starts_with("ch1-s1-p1 = "))
            .unwrap()
            .to_string()
    };
    let old =
        entry(&std::fs::read_to_string(repo().join("locales/en/chapter-1.ftl")).unwrap());
    let new = entry(
        &std::fs::read_to_string(dir.path().join("locales/en/chapter-1.ftl")).unwrap(),
    );
    assert!(
        old.contains("{ -china }") && old.contains("{ -cca-summit }"),
        "{old}"
    );
    assert_eq!(
        new,
        old.replace(
            "economic and trade cooperation between { -china }",
            "trade cooperation between { -china }"
        )
    );
}

/// `export -o` writes as every `-o` does: through a symlink (the link stays), never
/// over a project input (before, a temporary file was renamed over the link, and over
/// a device or FIFO named as the output).
#[cfg(unix)]
#[test]
fn export_writes_through_a_symlink_and_never_into_the_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.md");
    std::fs::write(&real, "old").unwrap();
    let link = dir.path().join("link.md");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let link_arg = link.to_str().unwrap();
    let o = silkpress(
        repo(),
        &["export", "--locale", "en", "--format", "md", "-o", link_arg],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(std::fs::read_to_string(&real).unwrap().starts_with("---\n"));
    let inside = repo().join("locales/en/exported.md");
    let o = silkpress(
        repo(),
        &[
            "export",
            "--locale",
            "en",
            "--format",
            "md",
            "-o",
            inside.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    assert!(!inside.exists());
}
