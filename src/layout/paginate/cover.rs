//! Cover: the title and subtitle centred from a fraction of the page height down, the
//! publisher at the foot of the text area.

use crate::diag::{DiagResult, Warned};
use crate::doc::{Document, Text};
use crate::layout::{Align, ParStyle};

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
        ..Element::new(kind, None)
    };
    let set = |text: &Text, ps: &ParStyle| {
        ts.set_directed(&text.content, ps, Some(&text.id), direction(ts, text))
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
        let set = set(text, &ps)?;
        warnings.extend(set.warnings);
        elements.push(element(kind, text));
        for l in &set.output.lines {
            page.items.push(Item {
                x: sheet.left + l.x,
                baseline: y + set.output.ascent,
                line: l.clone(),
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
