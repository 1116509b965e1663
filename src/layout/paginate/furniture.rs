//! Furniture: what repeats on every page around the text — the page number under the
//! text area of every page after the cover, and on body pages that do not open a
//! chapter the running head: the report's running title on the start side, the
//! chapter's title on the end side.
//!
//! The chapter side shows the title's short form (the message's `.short` attribute)
//! when it has one, else the full title — never a title cut to fit. When that text is
//! wider than the room ([`running_head_room`], decided by
//! [`FontBook::running_head_fits`](crate::fonts::FontBook::running_head_fits), the rule
//! `check` applies too), the chapter side stays empty, the head shows the running
//! title alone, and a `running-head-too-long` warning names the message.

use std::collections::HashMap;

use crate::diag::{Code, DiagResult, Diagnostic};
use crate::doc::{Chapter, Style as TextStyle, StyledText};
use crate::fonts::running_head_room;
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

/// The furniture of a document, ready to add to each of its pages as it is finished.
pub(super) struct Furniture {
    /// The first page with a page number.
    first_numbered: usize,
    /// The first body page.
    first_body: usize,
    /// The body pages where chapters start, in order.
    starts: Vec<usize>,
    /// Each chapter's running head text, if it fits.
    heads: Vec<Option<String>>,
    /// The running title.
    running: String,
    /// Header lines set so far: they repeat from page to page.
    lines: HashMap<(String, bool), LineFrame>,
}

impl Furniture {
    /// The furniture of the pages `spans` describes; the warnings are the chapters
    /// whose running head shows no title.
    pub fn new(
        sheet: &Sheet,
        report: &Report,
        spans: &Spans,
    ) -> DiagResult<(Furniture, Vec<Diagnostic>)> {
        let ts = sheet.ts;
        let chapters = &report.doc.chapters;
        // The body starts one chapter per chapter of the document, in order.
        debug_assert_eq!(chapters.len(), spans.chapter_starts.len());
        let mut warnings = Vec::new();
        let mut heads = Vec::with_capacity(chapters.len());
        for (chapter, start) in chapters.iter().zip(spans.chapter_starts) {
            debug_assert_eq!(plain(&chapter.heading.text.content), start.title);
            let head = chapter_head(ts, chapter)?;
            if head.is_none() {
                warnings.push(too_long(ts, report, chapter));
            }
            heads.push(head);
        }
        let furniture = Furniture {
            first_numbered: spans.first_numbered,
            first_body: spans.first_body,
            starts: spans.chapter_starts.iter().map(|c| c.page).collect(),
            heads,
            running: plain(&StyledText::plain(report.ui.running_header.clone())),
            lines: HashMap::new(),
        };
        Ok((furniture, warnings))
    }

    /// A header line, set once.
    fn header_line(
        &mut self,
        sheet: &Sheet,
        text: &str,
        italic: bool,
    ) -> DiagResult<LineFrame> {
        let key = (text.to_string(), italic);
        if let Some(f) = self.lines.get(&key) {
            return Ok(f.clone());
        }
        let style = TextStyle {
            italic,
            bold: false,
        };
        let f = sheet
            .ts
            .set_line(text, sheet.ts.style.sizes.header, style)?;
        self.lines.insert(key, f.clone());
        Ok(f)
    }

    /// Adds the page number and running head of page `pi` (of the whole document).
    pub fn page(
        &mut self,
        sheet: &Sheet,
        report: &Report,
        pi: usize,
        page: &mut Page,
    ) -> DiagResult<()> {
        let (ts, sp) = (sheet.ts, sheet.spacing);
        if pi < self.first_numbered {
            return Ok(());
        }
        let size = ts.style.sizes.header;
        let label = plain(&StyledText::plain(report.formatter.page_label(pi + 1)));
        let f = ts.set_line(&label, size, TextStyle::default())?;
        page.items.push(Item {
            x: sheet.left + (ts.width - f.width) / 2.0,
            baseline: sheet.bottom + sp.page_number_drop,
            line: f,
            elem: None,
        });
        let Some(bi) = pi.checked_sub(self.first_body) else {
            return Ok(());
        };
        // The chapters that started on or before this page (the starts are in order).
        let started = self.starts.partition_point(|&p| p <= bi);
        if started > 0 && self.starts[started - 1] == bi {
            return Ok(());
        }
        let chapter = started.checked_sub(1);
        let running = self.running.clone();
        let rh = self.header_line(sheet, &running, true)?;
        let head = chapter.and_then(|k| self.heads.get(k)).cloned().flatten();
        let ch = match head {
            Some(text) => Some(self.header_line(sheet, &text, false)?),
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
        Ok(())
    }
}

/// The text of a chapter's running head: its short form, else its full title, when it
/// fits the room; `None` when it does not.
fn chapter_head(ts: &Typesetter, chapter: &Chapter) -> DiagResult<Option<String>> {
    let h = &chapter.heading;
    let text = plain(&h.short.as_ref().unwrap_or(&h.text).content);
    let fits = ts
        .book
        .running_head_fits(ts.style, ts.class, &text)
        .map_err(|d| vec![d])?;
    Ok(fits.then_some(text))
}

/// The warning for a chapter whose running head would not fit.
fn too_long(ts: &Typesetter, report: &Report, chapter: &Chapter) -> Diagnostic {
    let h = &chapter.heading;
    let which = if h.short.is_some() {
        "its `.short` form"
    } else {
        "the title, which has no `.short` form,"
    };
    let mut d = Diagnostic::warning(
        Code::RunningHeadTooLong,
        format!(
            "the running head of `{}` shows no chapter title: {which} is wider than the \
             {:.0} pt the head has room for",
            h.text.id,
            running_head_room(ts.style)
        ),
    )
    .locale(&report.doc.locale.tag)
    .id(&h.text.id);
    if let Some(span) = &h.text.span {
        d = d.at(span.clone());
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{Builder, Cover, Rank, Text};
    use crate::lang::Locale;
    use crate::layout::testing::typesetter;

    /// A document of one chapter titled `title`, with the short form `short`.
    fn chapter(title: &str, short: Option<&str>) -> Chapter {
        let mut b = Builder::new();
        let short = short.map(|s| Text::plain("ch1-title", s));
        b.heading_with(Rank::Chapter, Text::plain("ch1-title", title), short);
        let en = Locale::parse("en").unwrap();
        let cover = Cover {
            title: Text::plain("t", "t"),
            subtitle: Text::plain("s", "s"),
            publisher: Text::plain("p", "p"),
        };
        b.finish(en.clone(), en, cover).chapters.remove(0)
    }

    #[test]
    fn the_head_is_the_short_form_the_full_title_or_nothing_never_a_cut() {
        let ts = typesetter("en");
        let long =
            "Chapter One: China-Central Asia Cooperation Has Yielded Fruitful Results";
        // A title that fits is shown whole.
        let head = chapter_head(&ts, &chapter("Foreword", None)).unwrap();
        assert_eq!(head.as_deref(), Some("Foreword"));
        // A short form is used even when the full title would fit.
        let head = chapter_head(&ts, &chapter("Foreword", Some("Fore"))).unwrap();
        assert_eq!(head.as_deref(), Some("Fore"));
        let head =
            chapter_head(&ts, &chapter(long, Some("Chapter One: Fruitful Results")));
        assert_eq!(
            head.unwrap().as_deref(),
            Some("Chapter One: Fruitful Results")
        );
        // Too wide and no short form: no chapter title at all, not a truncated one.
        assert_eq!(chapter_head(&ts, &chapter(long, None)).unwrap(), None);
        // A short form that is itself too wide is not shown either.
        assert_eq!(chapter_head(&ts, &chapter(long, Some(long))).unwrap(), None);
    }

    #[test]
    fn the_rule_agrees_with_the_width_the_layout_sets() {
        let ts = typesetter("en");
        let room = running_head_room(ts.style);
        let long =
            "Chapter One: China-Central Asia Cooperation Has Yielded Fruitful Results";
        let set = ts.set_line(long, ts.style.sizes.header, TextStyle::default());
        assert!(set.unwrap().width > room);
        let short = "Chapter One: Fruitful Results";
        let set = ts.set_line(short, ts.style.sizes.header, TextStyle::default());
        assert!(set.unwrap().width <= room);
    }
}
