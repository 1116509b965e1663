//! The typography targets of every edition, on the laid-out document (the same
//! figures measured from outside on the built PDFs: `scripts/typo_figures.py`):
//! hyphenated lines at most 9 % in English and 22 % elsewhere, never more than two in a
//! row, never on a paragraph's last full line, never at the foot of a page, and no
//! chapter ending on a page of fewer than five lines.

use std::collections::BTreeMap;
use std::path::PathBuf;

use silkpress::l10n;
use silkpress::layout::{self, FontBook, LineFrame, Style};
use silkpress::project::Project;

const EDITIONS: [&str; 9] = ["en", "zh-CN", "ru", "kk", "uz", "fa", "ky", "tg", "tk"];

/// Whether a line ends in a hyphen, added by the typesetter or the word's own.
fn ends_in_hyphen(l: &LineFrame) -> bool {
    let hyphen = |t: &str| t.ends_with(['-', '\u{2010}']);
    hyphen(&l.text) || l.segments.last().is_some_and(|s| hyphen(&s.text))
}

#[test]
fn every_edition_meets_the_typography_targets() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let project = Project::load(&root).expect("project loads");
    let style = Style::load(&root).expect("style loads");
    let book = FontBook::load(&root, &style).expect("fonts exist");
    let mut failures = Vec::new();
    for tag in EDITIONS {
        let report = l10n::resolve(&project, tag).unwrap().output;
        let doc = layout::layout(&report, &style, &book).unwrap().output;
        // Lines of each structure element (paragraph, heading, item), in order, with
        // their page; the last text line of each page.
        let mut lines_of: BTreeMap<usize, Vec<(usize, &LineFrame)>> = BTreeMap::new();
        let mut page_ends = Vec::new();
        let mut body_lines = 0;
        for (pi, p) in doc.pages.iter().enumerate() {
            let mut last: Option<(f32, &LineFrame)> = None;
            for it in &p.items {
                let Some(e) = it.elem else { continue };
                lines_of.entry(e).or_default().push((pi, &it.line));
                if last.is_none_or(|(b, _)| it.baseline > b) {
                    last = Some((it.baseline, &it.line));
                }
            }
            if let Some((_, l)) = last {
                page_ends.push((pi + 1, l));
            }
        }
        let (mut flagged, mut longest, mut final_hyphens) = (0, 0, Vec::new());
        // The cover's title is set by its own rules (balanced lines), not the breaker's.
        for lines in lines_of.values().filter(|l| l[0].0 > 0) {
            let mut run = 0;
            body_lines += lines.len();
            for (k, (_, l)) in lines.iter().enumerate() {
                if ends_in_hyphen(l) {
                    flagged += 1;
                    run += 1;
                    longest = longest.max(run);
                    if lines.len() >= 2 && k + 2 == lines.len() {
                        final_hyphens.push(l.text.clone());
                    }
                } else {
                    run = 0;
                }
            }
            assert!(
                lines.last().is_none_or(|(_, l)| !ends_in_hyphen(l)),
                "{tag}: a paragraph ends in a hyphen"
            );
        }
        let share = 100.0 * flagged as f64 / body_lines.max(1) as f64;
        let limit = if tag == "en" { 9.0 } else { 22.0 };
        if share > limit {
            failures.push(format!("{tag}: {share:.1} % of lines end in a hyphen"));
        }
        if longest > 2 {
            failures.push(format!("{tag}: {longest} hyphenated lines in a row"));
        }
        if !final_hyphens.is_empty() {
            failures.push(format!(
                "{tag}: last full line of a paragraph divided: {final_hyphens:?}"
            ));
        }
        let n = page_ends.len();
        for (page, l) in &page_ends[..n.saturating_sub(1)] {
            if ends_in_hyphen(l) {
                failures.push(format!("{tag}: page {page} ends in a hyphen: {}", l.text));
            }
        }
        // A chapter's last page: the page before a chapter title's page (a chapter
        // title is a level-1 heading's first line), and the last page.
        let pages_with_lines: Vec<usize> = doc
            .pages
            .iter()
            .map(|p| p.items.iter().filter(|it| it.elem.is_some()).count())
            .collect();
        let outline_pages: Vec<usize> = doc
            .outline
            .iter()
            .filter(|o| o.level == 1)
            .map(|o| o.page)
            .collect();
        for &start in &outline_pages {
            if start >= 1 && !outline_pages.contains(&(start - 1)) {
                let lines = pages_with_lines[start - 1];
                if lines > 0 && lines < 5 {
                    failures.push(format!(
                        "{tag}: the chapter before page {} ends on a page of {lines} lines",
                        start + 1
                    ));
                }
            }
        }
        eprintln!(
            "{tag}: {body_lines} lines, {share:.1} % hyphenated, longest run {longest}"
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
