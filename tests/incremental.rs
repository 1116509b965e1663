//! Incremental rebuilds (`build::build_cached`, what `silkpress serve` runs after each
//! edit) give exactly the editions a fresh build gives, before and after an edit, and
//! keep only the paragraphs of the current text.

mod common;

use silkpress::build::{self, Cache, Options};
use silkpress::doc::{Block, Document, Style, StyledText, TextRun};
use silkpress::l10n::Report;
use silkpress::layout::{self, LayoutCache};
use silkpress::project::Project;
use silkpress::render::pdf::PdfStandard;
use silkpress::render::Format;

use common::{copy_dir, repo};

fn options() -> Options {
    Options {
        formats: vec![Format::Html, Format::Pdf],
        pdf_standard: PdfStandard::default(),
        created: 0,
        index: false,
        switcher: false,
    }
}

fn bytes(out: &build::Outcome) -> Vec<Vec<u8>> {
    assert!(!out.has_errors(), "{:?}", out.diagnostics);
    out.artifacts
        .iter()
        .map(|a| a.bytes.to_vec().unwrap())
        .collect()
}

#[test]
fn a_cached_rebuild_after_an_edit_equals_a_fresh_build() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("templates"), &dir.path().join("templates"));
    copy_dir(&repo().join("tests/fixtures/html/mini"), dir.path());
    copy_dir(&repo().join("fonts"), &dir.path().join("fonts"));
    let tags = ["ru".to_string()];
    let mut cache = Cache::default();

    let project = Project::load(dir.path()).unwrap();
    let first = bytes(&build::build_cached(
        &project,
        &tags,
        &options(),
        &mut cache,
    ));
    assert_eq!(first, bytes(&build::build(&project, &tags, &options())));
    let held = cache.paragraphs("ru");
    assert!(held > 0, "nothing cached");
    assert!(
        !cache.pages("ru").is_empty(),
        "no message located in the PDF"
    );

    // One paragraph edited on disk.
    let file = dir.path().join("locales/ru/body.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let edited = text.replace("Живу в <i>доме</i>", "Живу теперь в другом <i>доме</i>");
    assert_ne!(text, edited);
    std::fs::write(&file, edited).unwrap();
    let project = Project::load(dir.path()).unwrap();
    let second = bytes(&build::build_cached(
        &project,
        &tags,
        &options(),
        &mut cache,
    ));
    let fresh = bytes(&build::build(&project, &tags, &options()));
    assert_eq!(
        second, fresh,
        "the cached rebuild differs from a fresh build"
    );
    assert_ne!(second, first, "the edit did not change the editions");
    // The old text of the edited paragraph is dropped, the new one kept.
    assert_eq!(cache.paragraphs("ru"), held);
}

/// Text twice as long: the text, a space, the text again (runs of one style merged).
fn lengthened(t: &StyledText) -> StyledText {
    let mut out = t.clone();
    let space = TextRun {
        text: " ".into(),
        style: Style::default(),
    };
    for run in std::iter::once(&space).chain(&t.runs) {
        match out.runs.last_mut() {
            Some(last) if last.style == run.style => last.text.push_str(&run.text),
            _ => out.runs.push(run.clone()),
        }
    }
    out
}

/// The first third of a text's first run (at least one character).
fn shortened(t: &StyledText) -> StyledText {
    let first = &t.runs[0];
    let n = (first.text.chars().count() / 3).max(1);
    StyledText {
        runs: vec![TextRun {
            text: first.text.chars().take(n).collect(),
            style: first.style,
        }],
    }
}

/// Edits of chapter `c` of `doc`, each of the original document: every paragraph
/// lengthened and shortened, the chapter's heading and its first section heading
/// changed, a paragraph added and one removed.
fn edits(doc: &Document, c: usize) -> Vec<(String, Document)> {
    let mut out = Vec::new();
    let blocks = &doc.chapters[c].blocks;
    let paragraphs: Vec<usize> = (0..blocks.len())
        .filter(|&k| matches!(blocks[k], Block::Paragraph(_)))
        .collect();
    assert!(!paragraphs.is_empty(), "chapter {c} has no paragraph");
    for &k in &paragraphs {
        for (what, edit) in [
            ("lengthened", lengthened as fn(&_) -> _),
            ("shortened", shortened),
        ] {
            let mut d = doc.clone();
            if let Block::Paragraph(t) = &mut d.chapters[c].blocks[k] {
                t.content = edit(&t.content);
            }
            out.push((format!("paragraph {k} of chapter {c} {what}"), d));
        }
    }
    let mut d = doc.clone();
    let h = &mut d.chapters[c].heading.text.content;
    *h = lengthened(h);
    out.push((format!("heading of chapter {c} changed"), d));
    let mut d = doc.clone();
    if let Some(Block::Heading(h)) = d.chapters[c]
        .blocks
        .iter_mut()
        .find(|b| matches!(b, Block::Heading(_)))
    {
        h.text.content = shortened(&h.text.content);
        out.push((format!("a section heading of chapter {c} changed"), d));
    }
    let mut d = doc.clone();
    let k = paragraphs[paragraphs.len() / 2];
    let Block::Paragraph(mut added) = d.chapters[c].blocks[k].clone() else {
        unreachable!()
    };
    added.id.push_str("-added");
    d.chapters[c].blocks.insert(k + 1, Block::Paragraph(added));
    out.push((format!("a paragraph added to chapter {c}"), d));
    let mut d = doc.clone();
    d.chapters[c].blocks.remove(paragraphs[0]);
    out.push((format!("a paragraph removed from chapter {c}"), d));
    out
}

/// A layout that resumes the last placement of the body gives the document a layout
/// from the first page gives, after edits of every kind in a long chapter in the middle
/// and in the last chapter, in four scripts; an edit in the last chapter places only
/// the pages from its start.
#[test]
fn placing_from_the_chapter_an_edit_is_in_equals_placing_from_the_first_page() {
    let project = Project::load(repo()).unwrap();
    let style = layout::Style::load(repo()).unwrap();
    let book = layout::FontBook::load(repo(), &style).unwrap();
    for tag in ["en", "ru", "zh-CN", "fa"] {
        let report = silkpress::l10n::resolve(&project, tag).unwrap().output;
        let locale = &report.doc.locale;
        let resuming = LayoutCache::new(locale).keeping_placement();
        // The reference: typeset paragraphs cached (as every build does), placed from
        // the first page each time.
        let reference = LayoutCache::new(locale);
        let original = layout::layout(&report, &style, &book).unwrap();
        let first = layout::layout_cached(&report, &style, &book, &resuming).unwrap();
        assert_eq!(first.output, original.output, "{tag}: first layout");
        let stats = resuming.placement().unwrap();
        assert_eq!(stats.placed, stats.pages, "{tag}: nothing to resume from");
        let chapters = report.doc.chapters.len();
        let mut resumed_short = 0;
        for c in [chapters / 2, chapters - 1] {
            for (what, doc) in edits(&report.doc, c) {
                let edited = Report {
                    doc,
                    ui: report.ui.clone(),
                    formatter: report.formatter.clone(),
                };
                let fresh = layout::layout_cached(&edited, &style, &book, &reference);
                let resumed = layout::layout_cached(&edited, &style, &book, &resuming);
                let (fresh, resumed) = (fresh.unwrap(), resumed.unwrap());
                assert!(
                    fresh.output == resumed.output,
                    "{tag}, {what}: the resumed layout differs"
                );
                assert_eq!(
                    format!("{:?}", fresh.warnings),
                    format!("{:?}", resumed.warnings),
                    "{tag}, {what}: warnings"
                );
                let stats = resuming.placement().unwrap();
                assert_eq!(
                    stats.pages,
                    fresh.output.pages.len() - body_start(&fresh.output)
                );
                if c == chapters - 1 {
                    assert!(
                        stats.placed < stats.pages,
                        "{tag}, {what}: all {} pages placed again",
                        stats.pages
                    );
                    resumed_short += 1;
                }
            }
        }
        assert!(resumed_short > 0);
    }
}

/// The index of a document's first body page: the page after the last page the
/// contents link from.
fn body_start(doc: &layout::Document) -> usize {
    1 + doc
        .pages
        .iter()
        .rposition(|p| !p.links.is_empty())
        .expect("the contents link to the body")
}
