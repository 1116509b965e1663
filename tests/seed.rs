//! The English source is the seed report, complete and word for word.
//!
//! The seed (`tests/fixtures/seed/report-en.txt`, a copy of the text the report was
//! converted from) is split into paragraphs independently of the converter, with the
//! repairs the foundation issue allows: paragraphs split by a page break (a body line
//! ending mid-sentence, then a continuation) joined; `\$` unescaped; markdown emphasis
//! dropped (it is inline markup in the FTL); the two corrected typos and the closed-up em
//! dash after "(ADAS)"; typographic quotes, apostrophes and en dashes folded to ASCII on
//! both sides (the FTL is copy-edited, the seed is not); a quotation and its
//! attribution written on one line split into two blocks; leading dash and list markers
//! dropped (they are block kinds). Then the multiset of seed paragraphs must equal the
//! multiset of the built English report's block texts: every paragraph exactly once,
//! nothing added.

mod common;

use std::path::Path;

use common::seed::{normalize, seed_paragraphs};

use silkpress::l10n;
use silkpress::project::Project;

#[test]
fn every_seed_paragraph_is_in_the_english_source_exactly_once() {
    let project = Project::load(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let report = l10n::resolve(&project, "en").unwrap().output;
    let texts = report.doc.body_texts();
    assert!(texts.iter().all(|(_, t)| !t.fallback));
    let mut built: Vec<String> = texts
        .iter()
        .map(|(_, t)| normalize(&t.content.to_plain()))
        .collect();
    let mut seed = seed_paragraphs();
    assert!(
        seed.len() > 180,
        "seed split into {} paragraphs",
        seed.len()
    );
    seed.sort();
    built.sort();
    let missing: Vec<_> = seed.iter().filter(|p| !built.contains(p)).collect();
    let extra: Vec<_> = built.iter().filter(|p| !seed.contains(p)).collect();
    assert!(
        missing.is_empty(),
        "seed paragraphs not in the build:\n{missing:#?}"
    );
    assert!(extra.is_empty(), "built text not in the seed:\n{extra:#?}");
    assert_eq!(
        seed, built,
        "a paragraph appears a different number of times"
    );
}

#[test]
fn the_cover_matches_the_seed_title() {
    let project = Project::load(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let report = l10n::resolve(&project, "en").unwrap().output;
    let title = format!(
        "{}: {}",
        report.doc.cover.title.content.to_plain(),
        report.doc.cover.subtitle.content.to_plain()
    );
    assert_eq!(
        title,
        "Championing the China-Central Asia Spirit: Achievements, Opportunities and Prospects for Regional Cooperation"
    );
    assert_eq!(
        report.doc.cover.publisher.content.to_plain(),
        "Xinhua Institute"
    );
}
