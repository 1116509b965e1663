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

use std::path::Path;

use silkpress::l10n;
use silkpress::project::Project;

fn is_heading(p: &str) -> bool {
    let roman = ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII."];
    p.starts_with('—')
        || p.starts_with("Chapter ")
        || roman.iter().any(|r| p.starts_with(&format!("{r} ")))
        || [
            "Foreword",
            "Conclusion",
            "Editorial Note and Acknowledgments",
        ]
        .contains(&p)
}

fn normalize(p: &str) -> String {
    let p = p.trim_start_matches(['—', '-', ' ']);
    let p = p.replace("\\$", "$").replace('*', "");
    let p = p
        .replace("China-Kakhstan", "China-Kazakhstan")
        .replace("Chinese—made", "Chinese-made")
        // The seed's one spaced em dash, closed up like all the others (a source note in
        // chapter-1.ftl says so).
        .replace("(ADAS)” —and", "(ADAS)”—and");
    // The seed mixes straight and typographic quotes and writes ranges with a hyphen; the
    // FTL is copy-edited to typographic quotes, apostrophes and en-dash ranges. Fold both
    // sides to the ASCII forms so the comparison is about the words, not the typography.
    // Only these five characters are folded: em dashes, hyphens and every other character
    // must still match exactly.
    let p = p
        .replace(['“', '”'], "\"")
        .replace(['‘', '’'], "'")
        .replace('–', "-");
    p.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn seed_paragraphs() -> Vec<String> {
    let text = include_str!("fixtures/seed/report-en.txt");
    let paras: Vec<&str> = text
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    // Skip the cover and the typed-out table of contents: up to the second "Foreword".
    let start = paras
        .iter()
        .enumerate()
        .filter(|(_, p)| **p == "Foreword")
        .nth(1)
        .unwrap()
        .0;
    let mut joined: Vec<String> = Vec::new();
    for p in &paras[start..] {
        if let Some(prev) = joined.last_mut() {
            let ends_sentence = prev.ends_with(['.', '”', ':', '!', '?', ')']);
            if !is_heading(prev) && !ends_sentence && !p.starts_with("-- ") {
                if !prev.ends_with('—') {
                    prev.push(' ');
                }
                prev.push_str(p);
                continue;
            }
        }
        joined.push(p.to_string());
    }
    let mut out = Vec::new();
    for p in joined {
        match p.split_once("” —") {
            Some((quote, attribution)) if p.starts_with('“') => {
                out.push(normalize(&format!("{quote}”")));
                out.push(normalize(attribution));
            }
            _ => out.push(normalize(&p)),
        }
    }
    out
}

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
