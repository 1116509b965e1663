//! Cover: the title and subtitle centred from a fraction of the page height down, the
//! publisher at the foot of the text area.
//!
//! The title and subtitle are balanced: of the settings in narrower measures, the one
//! with the fewest lines, none of which ends at a hyphen of the text ("China-" /
//! "Central Asia"), and of those the narrowest (lines of near equal length).

use crate::diag::{DiagResult, Warned};
use crate::doc::{Document, StyledText, Text, TextRun};
use crate::layout::{Align, ParStyle};
use crate::layout::{LineFrame, SetParagraph};

use super::flow::direction;
use super::{Element, ElementKind, Item, Page, Part, Sheet};

/// The cover page, with its elements: the title, the subtitle and the publisher.
pub(super) fn cover(sheet: &Sheet, doc: &Document) -> DiagResult<Warned<Part>> {
    let (ts, sp) = (sheet.ts, sheet.spacing);
    let sizes = &ts.style.sizes;
    let mut page = Page::default();
    let mut elements = Vec::new();
    let mut warnings = Vec::new();
    let element = |kind, text: &Text| Element {
        lang: text.fallback.then(|| doc.source.tag.clone()),
        id: Some(text.id.clone()),
        ..Element::new(kind, None)
    };
    let set = |text: &Text, ps: &ParStyle| {
        ts.set_directed(&text.content, ps, Some(&text.id), direction(ts, text))
    };
    // The title and subtitle never break at a hyphen of their own: a word joiner
    // (U+2060, never drawn) after a hyphen between letters holds the two words together.
    let joined = |text: &Text| Text {
        content: StyledText {
            runs: text
                .content
                .runs
                .iter()
                .map(|r| TextRun {
                    text: join_hyphens(&r.text),
                    ..r.clone()
                })
                .collect(),
        },
        ..text.clone()
    };

    let mut y = ts.style.page.height * sp.cover_top;
    let top_parts = [
        (
            &doc.cover.title,
            sizes.cover_title,
            true,
            ElementKind::Title,
        ),
        (
            &doc.cover.subtitle,
            sizes.cover_subtitle,
            false,
            ElementKind::CoverLine,
        ),
    ];
    for (text, size, bold, kind) in top_parts {
        let ps = ParStyle {
            bold,
            ..ParStyle::new(size, size * sp.cover_leading, Align::Center)
        };
        let text = &joined(text);
        let set = balanced(ts.width, size, &ps, |ps| set(text, ps))?;
        warnings.extend(set.warnings);
        elements.push(element(kind, text));
        for l in &set.output.lines {
            page.items.push(Item {
                x: sheet.left + l.x,
                baseline: y + set.output.ascent,
                line: without_joiners(l),
                elem: Some(elements.len() - 1),
            });
            y += set.output.leading;
        }
        y += size * sp.cover_gap;
    }

    // The publisher's last line sits on the foot of the text area.
    let size = sizes.cover_publisher;
    let ps = ParStyle::new(size, size * sp.publisher_leading, Align::Center);
    let text = &doc.cover.publisher;
    let publisher = set(text, &ps)?;
    warnings.extend(publisher.warnings);
    elements.push(element(ElementKind::CoverLine, text));
    let par = publisher.output;
    let mut y = sheet.bottom - par.leading * par.lines.len() as f32;
    for l in &par.lines {
        page.items.push(Item {
            x: sheet.left + l.x,
            baseline: y + par.ascent,
            line: l.clone(),
            elem: Some(elements.len() - 1),
        });
        y += par.leading;
    }
    Ok(Warned {
        output: Part {
            pages: vec![page],
            elements,
        },
        warnings,
    })
}

/// How much narrower each measure tried for a balanced setting is (× the type size).
const BALANCE_STEP: f32 = 0.25;

/// Sets a centred paragraph balanced (see the module docs): `set` sets it in a style,
/// tried in measures from `width` down in steps of [`BALANCE_STEP`] ems of `size`, each
/// centred (equal indents on both sides). Falls back to the full measure's setting when
/// every setting has a line ending at a hyphen.
fn balanced(
    width: f32,
    size: f32,
    ps: &ParStyle,
    mut set: impl FnMut(&ParStyle) -> DiagResult<Warned<SetParagraph>>,
) -> DiagResult<Warned<SetParagraph>> {
    let full = set(ps)?;
    // Ranks a setting: fewest lines first, then the narrowest longest line.
    let rank = |p: &SetParagraph| -> Option<(usize, f32)> {
        let n = p.lines.len();
        let at_hyphen = p.lines[..n.saturating_sub(1)]
            .iter()
            .any(|l| l.text.trim_end().ends_with(['-', '\u{2010}']));
        let widest = p.lines.iter().map(|l| l.width).fold(0.0, f32::max);
        (!at_hyphen).then_some((n, widest))
    };
    let mut best = rank(&full.output).map(|r| (r, 0.0));
    let step = size * BALANCE_STEP;
    let mut inset = step / 2.0;
    // No measure narrower than a third of the full one is tried.
    while inset * 2.0 < width * 2.0 / 3.0 {
        let narrower = ParStyle {
            start: ps.start + inset,
            end: ps.end + inset,
            ..*ps
        };
        let p = set(&narrower)?;
        if p.output
            .lines
            .iter()
            .any(|l| l.width > width - 2.0 * inset + 0.01)
        {
            // A word wider than this measure: narrower ones overflow too.
            break;
        }
        if let Some(r) = rank(&p.output) {
            let better = match best {
                None => true,
                Some((b, _)) => r.0 < b.0 || (r.0 == b.0 && r.1 < b.1),
            };
            if better {
                best = Some((r, inset));
            }
        }
        inset += step / 2.0;
    }
    match best {
        Some((_, inset)) if inset > 0.0 => set(&ParStyle {
            start: ps.start + inset,
            end: ps.end + inset,
            ..*ps
        }),
        _ => Ok(full),
    }
}

/// `text` with a word joiner after each hyphen that has a letter on both sides.
fn join_hyphens(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        out.push(c);
        let letters = i > 0
            && chars[i - 1].is_alphabetic()
            && chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
        if matches!(c, '-' | '\u{2010}') && letters {
            out.push('\u{2060}');
        }
    }
    out
}

/// A line with the word joiners [`join_hyphens`] added taken out again, so that the
/// PDF's text is the message's: each segment's text loses them, and each glyph's text
/// range moves with it (a glyph standing for a joiner alone is dropped, its advance, if
/// any, given to the glyph before it).
fn without_joiners(line: &LineFrame) -> LineFrame {
    const WJ: char = '\u{2060}';
    let mut out = line.clone();
    out.text.retain(|c| c != WJ);
    for seg in &mut out.segments {
        // New byte offset of each old one.
        let mut map = Vec::with_capacity(seg.text.len() + 1);
        let mut text = String::with_capacity(seg.text.len());
        for (i, c) in seg.text.char_indices() {
            while map.len() <= i {
                map.push(text.len());
            }
            if c != WJ {
                text.push(c);
            }
        }
        while map.len() <= seg.text.len() {
            map.push(text.len());
        }
        let mut glyphs: Vec<crate::layout::PlacedGlyph> = Vec::new();
        for g in &seg.glyphs {
            let range = map[g.text.start]..map[g.text.end];
            if range.is_empty() {
                if let Some(prev) = glyphs.last_mut() {
                    prev.advance += g.advance;
                }
                continue;
            }
            glyphs.push(crate::layout::PlacedGlyph {
                text: range,
                ..g.clone()
            });
        }
        seg.text = text;
        seg.glyphs = glyphs;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_hyphen_between_letters_is_joined() {
        assert_eq!(join_hyphens("China-Central"), "China-\u{2060}Central");
        assert_eq!(join_hyphens("2022-2026 a- b -c"), "2022-2026 a- b -c");
    }
}
