//! Table of contents: the document's ToC entries with the pages where their headings
//! landed, dot leaders on a common grid, and links to the headings. An entry that wraps
//! hangs its runover lines one ToC indent in from its first line; its page number sits
//! at the end of the measure; its leader has at least [`MIN_LEADERS`] dots, the title
//! being set narrower (so that it wraps) when its last line would leave room for fewer.
//!
//! The numbers depend on how many pages the ToC itself takes, and that can depend on
//! the numbers (a wider number wraps an entry), so the ToC is set again with the count
//! the previous pass produced until the two agree ([`settle`]); when they never do, the
//! last pass is kept and a `toc-unstable` warning says by how much its numbers are off.

use crate::diag::{Code, DiagResult, Diagnostic, Warned};
use crate::doc::{Document, Rank, Role, Style as TextStyle, StyledText};
use crate::l10n::Report;
use crate::layout::frame::{LineFrame, PlacedGlyph, Segment};
use crate::layout::{Align, ParStyle};

use super::flow::{direction, Flow, Placed};
use super::{plain, Element, ElementKind, Item, Link, Part, Sheet};

/// Passes before giving up on a stable page count.
const MAX_PASSES: usize = 4;

/// The fewest dots a leader may have: an entry whose last line leaves room for fewer
/// is set again narrower, so that its title wraps instead of starving the leader.
const MIN_LEADERS: usize = 3;

/// The ToC's pages and elements (the ToC, its title, its entries). `headings` are the
/// body's placed headings; `pages_before` the pages before the ToC (the cover). Links
/// point at the final page indices.
pub(super) fn toc(
    sheet: &Sheet,
    report: &Report,
    headings: &[Placed],
    pages_before: usize,
) -> DiagResult<Warned<Part>> {
    let doc = &report.doc;
    let entries: Vec<&Placed> = doc
        .toc
        .flat()
        .iter()
        .filter_map(|e| headings.get(e.heading))
        .collect();
    debug_assert!(entries
        .iter()
        .zip(doc.toc.flat())
        .all(|(p, e)| p.index == e.heading));
    let settled = settle(1, MAX_PASSES, |count| {
        // Body page i is printed page pages_before + count + i + 1.
        let number = |i: usize| report.formatter.number(pages_before + count + i + 1);
        let part = toc_pages(sheet, doc, &entries, &number)?;
        let pages = part.output.pages.len();
        Ok((part, pages))
    })?;
    let Warned {
        output: mut part,
        mut warnings,
    } = settled.value;
    if !settled.converged {
        let (guess, count) = (settled.guess, settled.count);
        warnings.push(
            Diagnostic::warning(
                Code::TocUnstable,
                format!(
                    "the table of contents did not settle after {MAX_PASSES} passes: \
                     numbered for {guess} page(s), it takes {count}, so its page numbers \
                     are off by {}",
                    count.abs_diff(guess)
                ),
            )
            .locale(&doc.locale.tag)
            .hint("shorten a long ToC entry, or report this as a bug"),
        );
    }
    let first_body = pages_before + part.pages.len();
    for page in &mut part.pages {
        for l in &mut page.links {
            l.page += first_body;
        }
    }
    Ok(Warned {
        output: part,
        warnings,
    })
}

/// The outcome of [`settle`].
#[derive(Debug)]
struct Settled<T> {
    /// The last pass's result.
    value: T,
    /// The count it was made for.
    guess: usize,
    /// The count it produced.
    count: usize,
    /// Whether the two agree.
    converged: bool,
}

/// Runs `pass` with a guessed count (starting from `first`), then with the count each
/// pass produced, until a pass produces the count it was made for or `max` passes (at
/// least one) have run. Each pass's result is dropped before the next runs (a long
/// report's contents run to hundreds of pages: two sets of them were held at once).
fn settle<T>(
    first: usize,
    max: usize,
    mut pass: impl FnMut(usize) -> DiagResult<(T, usize)>,
) -> DiagResult<Settled<T>> {
    let mut guess = first;
    let (mut value, mut count) = pass(guess)?;
    for _ in 1..max {
        if count == guess {
            break;
        }
        guess = count;
        drop(value);
        (value, count) = pass(guess)?;
    }
    Ok(Settled {
        value,
        guess,
        count,
        converged: count == guess,
    })
}

/// The ToC set once, each entry numbered by `page_number` of its body page index (in
/// the locale's digits), links pointing at body page indices.
fn toc_pages(
    sheet: &Sheet,
    doc: &Document,
    entries: &[&Placed],
    page_number: &dyn Fn(usize) -> String,
) -> DiagResult<Warned<Part>> {
    let (ts, sp, body, line_h) = (sheet.ts, sheet.spacing, sheet.body, sheet.line_h);
    let left = sheet.left;
    let mut warnings = Vec::new();
    let mut elems = vec![Element::new(ElementKind::Toc, None)];
    let mut flow = Flow::new(sheet.top, sheet.bottom, left);
    if let Some(t) = &doc.toc.title {
        // Set like a chapter heading.
        let ps = ts.par_style(Role::Heading(Rank::Chapter), false);
        let set = ts.set_directed(&t.content, &ps, Some(&t.id), direction(ts, t))?;
        warnings.extend(set.warnings);
        elems.push(Element {
            lang: t.fallback.then(|| doc.source.tag.clone()),
            title: Some(plain(&t.content)),
            id: Some(t.id.clone()),
            ..Element::new(ElementKind::Heading(1), Some(0))
        });
        flow.y += line_h * sp.chapter_before;
        flow.paragraph(&set.output, Some(1));
        flow.y += line_h * sp.toc_title_after;
    }
    let num_col = body * sp.toc_number_width;
    let gap = body * sp.toc_gap;
    let step = body * sp.toc_leader_step;
    let (dot_face, dot_gid, dot_adv) = ts.glyph('.', body)?;
    for Placed {
        page,
        y,
        title: text,
        level,
        lang,
        id,
        ..
    } in entries.iter().copied()
    {
        let number = page_number(*page);
        let num = ts.set_line(&number, body, TextStyle::default())?;
        let indent = if *level == 1 {
            0.0
        } else {
            body * sp.toc_indent
        };
        // Where the leaders of a last line set `l` would run (page x), between the
        // title and the number with a gap on both sides.
        let span = |l: &LineFrame| {
            if ts.rtl {
                (left + num.width + gap, left + l.x - gap)
            } else {
                (left + l.x + l.width + gap, sheet.right() - num.width - gap)
            }
        };
        // Runover lines hang one ToC indent further in than the first, so an entry's
        // first word stands out; the title is set again narrower when its last line
        // would leave room for fewer than MIN_LEADERS dots.
        let hang = body * sp.toc_indent;
        let mut extra = 0.0;
        let set = loop {
            let ps = ParStyle {
                bold: *level == 1,
                start: indent + hang,
                indent: -hang,
                end: num_col + gap + extra,
                ..ParStyle::new(body, line_h, Align::Start)
            };
            let set = ts.set(&StyledText::plain(text.clone()), &ps, None)?;
            let dots = set.output.lines.last().map_or(0, |l| {
                let (from, to) = span(l);
                dot_count(left, from, to, step, dot_adv)
            });
            if dots >= MIN_LEADERS || extra > 0.0 {
                break set;
            }
            // Every line of the narrower setting, the last included, ends at least
            // this far from the number: room for the dots and one grid step of slack.
            extra = step * (MIN_LEADERS + 1) as f32;
        };
        warnings.extend(set.warnings);
        let set = set.output;
        if *level == 1 {
            flow.space(line_h * sp.toc_chapter_before);
        }
        if set.leading * set.lines.len() as f32 > flow.room() {
            flow.new_page();
        }
        elems.push(Element {
            lang: lang.clone(),
            id: id.clone(),
            ..Element::new(ElementKind::TocItem, Some(0))
        });
        let elem = elems.len() - 1;
        let y0 = flow.y;
        flow.paragraph(&set, Some(elem));
        let page_i = flow.pages.len() - 1;
        let last = flow.pages[page_i].items.last().cloned();
        let (Some(last), Some(last_set)) = (last, set.lines.last()) else {
            continue;
        };
        let (lead_from, lead_to) = span(last_set);
        let num_x = if ts.rtl {
            left
        } else {
            sheet.right() - num.width
        };
        let p = &mut flow.pages[page_i];
        p.items.push(Item {
            x: num_x,
            baseline: last.baseline,
            line: num,
            elem: Some(elem),
        });
        if let Some(line) = leaders(
            left,
            lead_from,
            lead_to,
            step,
            (dot_face, dot_gid, dot_adv),
            body,
        ) {
            p.items.push(Item {
                x: line.x,
                baseline: last.baseline,
                line: line.frame,
                elem: None,
            });
        }
        let top_y = if flow.pages.len() - 1 == page_i && y0 < flow.y {
            y0
        } else {
            flow.top
        };
        let p = &mut flow.pages[page_i];
        p.links.push(Link {
            rect: [left, top_y, sheet.right(), flow.y],
            elem,
            page: *page,
            y: *y,
        });
    }
    Ok(Warned {
        output: Part {
            pages: flow.pages,
            elements: elems,
        },
        warnings,
    })
}

/// How many dots [`leaders`] sets from `from` to `to` on the grid of `step` from
/// `left`, each `advance` wide.
fn dot_count(left: f32, from: f32, to: f32, step: f32, advance: f32) -> usize {
    let first = ((from - left) / step).ceil() * step + left;
    if to < first + advance {
        return 0;
    }
    ((to - first - advance) / step).floor() as usize + 1
}

/// A line of dot leaders and where it starts.
struct Leaders {
    /// Its left edge (pt from the page's left).
    x: f32,
    /// The dots.
    frame: LineFrame,
}

/// Dot leaders from `from` to `to` on a grid of `step` from `left`, so that the dots of
/// all entries line up; `dot` is the face, glyph and advance of the dot at `size`.
/// `None` when not one dot fits.
fn leaders(
    left: f32,
    from: f32,
    to: f32,
    step: f32,
    dot: (crate::fonts::FaceId, u16, f32),
    size: f32,
) -> Option<Leaders> {
    let (face, gid, advance) = dot;
    let first = ((from - left) / step).ceil() * step + left;
    let glyphs: Vec<PlacedGlyph> = (0..dot_count(left, from, to, step, advance))
        .map(|k| PlacedGlyph {
            id: gid,
            text: k..k + 1,
            advance: step,
            x_offset: 0.0,
            y_offset: 0.0,
        })
        .collect();
    if glyphs.is_empty() {
        return None;
    }
    let n = glyphs.len();
    let text = ".".repeat(n);
    Some(Leaders {
        x: first,
        frame: LineFrame {
            x: 0.0,
            width: step * n as f32,
            segments: vec![Segment {
                face,
                size,
                x: 0.0,
                text: text.clone(),
                glyphs,
                rtl: false,
            }],
            text,
            fit: Default::default(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_that_settles_stops_the_passes() {
        let mut calls = Vec::new();
        // 1 → 2 → 2: settles on the second pass with two pages.
        let s = settle(1, MAX_PASSES, |guess| {
            calls.push(guess);
            Ok((guess * 10, 2))
        })
        .unwrap();
        assert_eq!(calls, [1, 2]);
        assert!(s.converged);
        assert_eq!((s.value, s.guess, s.count), (20, 2, 2));
        let s = settle(1, MAX_PASSES, |guess| Ok((guess, 1))).unwrap();
        assert!(s.converged);
    }

    #[test]
    fn a_count_that_never_settles_is_reported_not_hidden() {
        let mut calls = Vec::new();
        // The pages alternate between 1 and 2 whatever the guess.
        let s = settle(1, MAX_PASSES, |guess| {
            calls.push(guess);
            Ok(((), if guess == 1 { 2 } else { 1 }))
        })
        .unwrap();
        assert_eq!(calls.len(), MAX_PASSES);
        assert!(!s.converged);
        assert_eq!((s.guess, s.count), (2, 1));
    }

    #[test]
    fn leaders_sit_on_the_grid_and_stop_before_the_number() {
        let l = leaders(10.0, 23.0, 40.0, 5.0, (0, 7, 2.0), 10.0).unwrap();
        // Grid points 25, 30, 35 (40 would end past 40).
        assert_eq!(l.x, 25.0);
        assert_eq!(l.frame.text, "...");
        assert_eq!(l.frame.width, 15.0);
        let texts: Vec<_> = l.frame.segments[0]
            .glyphs
            .iter()
            .map(|g| g.text.clone())
            .collect();
        assert_eq!(texts, [0..1, 1..2, 2..3]);
        assert!(leaders(10.0, 23.0, 26.0, 5.0, (0, 7, 2.0), 10.0).is_none());
        // The count the ToC decides by is the count set.
        assert_eq!(dot_count(10.0, 23.0, 40.0, 5.0, 2.0), 3);
        assert_eq!(dot_count(10.0, 23.0, 37.0, 5.0, 2.0), 3);
        assert_eq!(dot_count(10.0, 23.0, 36.9, 5.0, 2.0), 2);
        assert_eq!(dot_count(10.0, 23.0, 26.0, 5.0, 2.0), 0);
    }
}
