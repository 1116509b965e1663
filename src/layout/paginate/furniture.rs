//! Furniture: what repeats on every page around the text — the page number under the
//! text area of every page after the cover, and on body pages that do not open a
//! chapter the running head: the report's running title on the start side, the
//! chapter's title (shortened to fit) on the end side.

use std::collections::HashMap;

use crate::diag::DiagResult;
use crate::doc::{Style as TextStyle, StyledText};
use crate::l10n::Report;
use crate::layout::{LineFrame, Typesetter};

use super::flow::ChapterStart;
use super::{plain, Item, Page, Sheet};

/// Which pages get what.
pub(super) struct Spans<'a> {
    /// The first page with a page number (the one after the cover).
    pub first_numbered: usize,
    /// The first body page.
    pub first_body: usize,
    /// Body pages where chapters start (by body page index), in order.
    pub chapter_starts: &'a [ChapterStart],
}

/// Adds page numbers and running heads to `pages` (every page of the document).
pub(super) fn furniture(
    sheet: &Sheet,
    report: &Report,
    spans: &Spans,
    pages: &mut [Page],
) -> DiagResult<()> {
    let (ts, sp) = (sheet.ts, sheet.spacing);
    let size = ts.style.sizes.header;
    // Header lines repeat from page to page: set each distinct one once.
    let mut cache: HashMap<(String, bool), LineFrame> = HashMap::new();
    let mut header_line = |text: &str, italic: bool| -> DiagResult<LineFrame> {
        let key = (text.to_string(), italic);
        if let Some(f) = cache.get(&key) {
            return Ok(f.clone());
        }
        let style = TextStyle {
            italic,
            bold: false,
        };
        let f = if italic {
            ts.set_line(text, size, style)?
        } else {
            let max = ts.width * sp.running_head_width;
            ts.set_line(&fit_text(ts, text, size, max)?, size, style)?
        };
        cache.insert(key, f.clone());
        Ok(f)
    };
    let running = plain(&StyledText::plain(report.ui.running_header.clone()));
    for (pi, page) in pages.iter_mut().enumerate().skip(spans.first_numbered) {
        let label = plain(&StyledText::plain(report.formatter.page_label(pi + 1)));
        let f = ts.set_line(&label, size, TextStyle::default())?;
        page.items.push(Item {
            x: sheet.left + (ts.width - f.width) / 2.0,
            baseline: sheet.bottom + sp.page_number_drop,
            line: f,
            elem: None,
        });
        let Some(bi) = pi.checked_sub(spans.first_body) else {
            continue;
        };
        let starts = spans.chapter_starts;
        if starts.iter().any(|c| c.page == bi) {
            continue;
        }
        let chapter = starts.iter().rev().find(|c| c.page <= bi);
        let rh = header_line(&running, true)?;
        let ch = match chapter {
            Some(c) => Some(header_line(&c.title, false)?),
            None => None,
        };
        let hy = sheet.top - sp.running_head_raise;
        let (start_x, end_x) = (sheet.left, sheet.right());
        let (rh_x, ch_x) = if ts.rtl {
            (end_x - rh.width, ch.as_ref().map(|_| start_x))
        } else {
            (start_x, ch.as_ref().map(|c| end_x - c.width))
        };
        page.items.push(Item {
            x: rh_x,
            baseline: hy,
            line: rh,
            elem: None,
        });
        if let (Some(c), Some(x)) = (ch, ch_x) {
            page.items.push(Item {
                x,
                baseline: hy,
                line: c,
                elem: None,
            });
        }
    }
    Ok(())
}

/// Shortens a running head's title to `max` points (the other side of the head holds
/// the report's title), with an ellipsis.
fn fit_text(ts: &Typesetter, text: &str, size: f32, max: f32) -> DiagResult<String> {
    let fits = |t: &str| -> DiagResult<bool> {
        Ok(ts.set_line(t, size, TextStyle::default())?.width <= max)
    };
    if fits(text)? {
        return Ok(text.to_string());
    }
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= 4 {
        return Ok(text.to_string());
    }
    let cut =
        |n: usize| chars[..n].iter().collect::<String>().trim_end().to_string() + "…";
    // The longest prefix (of at least 4 characters) that fits with its ellipsis: widths
    // grow with the prefix, so search for it rather than trying every length.
    let (mut lo, mut hi) = (4, chars.len() - 1);
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if fits(&cut(mid))? {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    Ok(cut(lo))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testing::typesetter;

    #[test]
    fn a_long_title_is_cut_to_the_width_with_an_ellipsis() {
        let ts = typesetter("en");
        let title = "Deepening Practical Cooperation Across Every Field of Regional Life";
        let full = ts.set_line(title, 8.5, TextStyle::default()).unwrap().width;
        let short = fit_text(&ts, title, 8.5, full / 2.0).unwrap();
        assert!(short.ends_with('…') && short.len() < title.len(), "{short}");
        let w = ts
            .set_line(&short, 8.5, TextStyle::default())
            .unwrap()
            .width;
        assert!(w <= full / 2.0, "{short}: {w} > {}", full / 2.0);
        // One more character would not fit.
        let n = short.chars().count() - 1;
        let longer: String = title.chars().take(n + 1).collect::<String>() + "…";
        let wl = ts
            .set_line(&longer, 8.5, TextStyle::default())
            .unwrap()
            .width;
        assert!(wl > full / 2.0 || longer.trim_end() != longer, "{longer}");
        assert_eq!(fit_text(&ts, "Short", 8.5, full).unwrap(), "Short");
    }
}
