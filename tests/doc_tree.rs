//! The document tree of the real report (`templates/report.toml`), as resolving builds it
//! for every renderer: chapters, quotations with their attributions, lists grouped,
//! heading levels that never skip, the ToC, and every text pointing at its message.

mod common;

use silkpress::doc::{Block, Document, Rank, TOC_DEPTH};
use silkpress::l10n;
use silkpress::project::Project;

fn english() -> (Project, Document) {
    let project = Project::load(common::repo()).unwrap_or_else(|d| panic!("{d:?}"));
    let doc = l10n::resolve(&project, "en")
        .unwrap_or_else(|d| panic!("{d:?}"))
        .output
        .doc;
    (project, doc)
}

#[test]
fn the_report_is_six_chapters_after_the_cover_and_toc() {
    let (_, doc) = english();
    assert!(doc.front.is_empty(), "{:?}", doc.front);
    let chapters: Vec<&str> = doc
        .chapters
        .iter()
        .map(|c| c.heading.anchor.as_str())
        .collect();
    assert_eq!(
        chapters,
        ["foreword", "ch1", "ch2", "ch3", "conclusion", "editorial"]
    );
    for c in &doc.chapters {
        assert_eq!((c.heading.rank, c.heading.level), (Rank::Chapter, 1));
    }
    assert_eq!(doc.cover.title.id, "report-title");
    assert_eq!(doc.cover.publisher.id, "report-publisher");
    assert_eq!(doc.toc.title.as_ref().unwrap().id, "ui-toc-title");
}

#[test]
fn every_quote_carries_its_attribution_and_the_list_is_one_list() {
    let (_, doc) = english();
    let blocks: Vec<&Block> = doc.chapters.iter().flat_map(|c| &c.blocks).collect();
    let quotes: Vec<(Vec<&str>, Option<&str>)> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Quote(q) => Some((
                q.paragraphs.iter().map(|t| t.id.as_str()).collect(),
                q.attribution.as_ref().map(|t| t.id.as_str()),
            )),
            _ => None,
        })
        .collect();
    assert_eq!(
        quotes,
        [
            (vec!["ch1-q1"], Some("ch1-qa1")),
            (vec!["ch1-s5-q1"], Some("ch1-s5-qa1")),
            (vec!["ch2-q1"], Some("ch2-qa1")),
            (vec!["ch3-q1"], Some("ch3-qa1")),
        ]
    );
    // No attribution is left standing alone.
    assert!(!blocks.iter().any(|b| matches!(b, Block::Attribution(_))));
    // Each chapter with a motto opens with it.
    for c in &doc.chapters[1..4] {
        assert!(
            matches!(c.blocks[0], Block::Quote(_)),
            "{}",
            c.heading.anchor
        );
    }
    let lists: Vec<Vec<&str>> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::List(l) => Some(l.items.iter().map(|t| t.id.as_str()).collect()),
            _ => None,
        })
        .collect();
    assert_eq!(lists, [["ch3-li1", "ch3-li2", "ch3-li3", "ch3-li4"]]);
}

#[test]
fn heading_levels_never_skip_and_subheadings_sit_one_below_their_heading() {
    let (_, doc) = english();
    let headings = doc.headings();
    for w in headings.windows(2) {
        assert!(
            w[1].level <= w[0].level + 1,
            "{} (level {}) follows {} (level {})",
            w[1].anchor,
            w[1].level,
            w[0].anchor,
            w[0].level
        );
    }
    let level =
        |anchor: &str| headings.iter().find(|h| h.anchor == anchor).unwrap().level;
    assert_eq!(level("ch1-s1"), 2);
    // Directly under a section: level 3 (the structure's rank 4 would skip one).
    assert_eq!(level("ch1-s1-h1"), 3);
    assert_eq!(level("ch2-s4-ss1"), 3);
    assert_eq!(level("ch2-s4-ss1-h1"), 4);
    let mut anchors: Vec<&str> = headings.iter().map(|h| h.anchor.as_str()).collect();
    anchors.sort_unstable();
    let n = anchors.len();
    anchors.dedup();
    assert_eq!(anchors.len(), n, "anchors are unique");
}

#[test]
fn the_toc_lists_chapters_with_their_sections() {
    let (_, doc) = english();
    let headings = doc.headings();
    let ch2 = &doc.toc.entries[2];
    assert_eq!(headings[ch2.heading].anchor, "ch2");
    let sections: Vec<&str> = ch2
        .children
        .iter()
        .map(|e| headings[e.heading].anchor.as_str())
        .collect();
    assert_eq!(sections, ["ch2-s1", "ch2-s2", "ch2-s3", "ch2-s4"]);
    assert!(ch2.children.iter().all(|e| e.children.is_empty()));
    // Exactly the headings of levels up to the ToC depth, in reading order.
    let listed: Vec<usize> = doc.toc.flat().iter().map(|e| e.heading).collect();
    let expected: Vec<usize> = headings
        .iter()
        .filter(|h| h.level <= TOC_DEPTH)
        .map(|h| h.index)
        .collect();
    assert_eq!(listed, expected);
    assert_eq!(doc.toc.entries.len(), doc.chapters.len());
}

#[test]
fn every_text_points_at_its_message_in_the_locale_files() {
    let (project, doc) = english();
    let mut texts: Vec<_> = doc.body_texts().into_iter().map(|(_, t)| t).collect();
    texts.extend([&doc.cover.title, &doc.cover.subtitle, &doc.cover.publisher]);
    texts.extend(&doc.toc.title);
    assert!(texts.len() > 190, "{} texts", texts.len());
    for t in texts {
        assert!(!t.fallback, "{}", t.id);
        let span = t
            .span
            .as_ref()
            .unwrap_or_else(|| panic!("{} has no span", t.id));
        let source = &project.sources.text(span.file)[span.range.clone()];
        // The span is the message's identifier where it is defined.
        assert_eq!(source, t.id);
        assert!(
            project.sources.path(span.file).starts_with("locales/en"),
            "{}",
            t.id
        );
    }
}
