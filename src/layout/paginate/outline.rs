//! Outline: the PDF's bookmarks, one per heading at its outline level, pointing at where
//! the heading landed.

use super::flow::Placed;
use super::OutlineEntry;

/// The outline entries of the body's headings; the body starts at page `first_body`.
pub(super) fn outline(headings: &[Placed], first_body: usize) -> Vec<OutlineEntry> {
    headings
        .iter()
        .map(|h| OutlineEntry {
            level: h.level,
            title: h.title.clone(),
            page: h.page + first_body,
            y: h.y,
        })
        .collect()
}
