//! Paginate: the document tree set on A4 pages — the cover, the table of contents with
//! the real page numbers and dot leaders, the body (chapters on new pages, headings kept
//! with what follows, no widows or orphans), running heads and page numbers, and the
//! outline — into a [`Document`].
//!
//! Each part is a stage in its own file, with typed inputs and outputs:
//!
//! 1. [`flow`](flow::flow): the body's paragraphs typeset (in parallel, a batch of
//!    chapters at a time) and placed on pages, with where each heading landed; only the
//!    first pages are kept (all of them when the placement is kept for the next);
//! 2. [`cover`](cover::cover): the cover page;
//! 3. [`toc`](toc::toc): the ToC, set again until its page count settles (the page
//!    numbers it prints depend on it), with a warning when it does not;
//! 4. [`assemble`]: the parts in reading order (cover, ToC, body), their structure
//!    elements numbered through;
//! 5. [`Furniture`](furniture::Furniture): running heads and page numbers;
//! 6. [`outline`](outline::outline): the bookmarks;
//! 7. the pages handed to an [`Output`] one by one as they are finished — the body's set
//!    again where they were not kept — so that a long report is never held whole
//!    ([`paginate`] collects them into a [`Document`]).
//!
//! Spacing factors come from the style's `[spacing]` table
//! ([`Spacing`](crate::project::style::Spacing)).

mod cover;
mod flow;
mod furniture;
mod outline;
mod toc;

use crate::diag::{DiagResult, Warned};
use crate::doc::StyledText;
use crate::l10n::Report;
use crate::project::style::Spacing;

use super::{LineFrame, Typesetter};

pub use flow::{Placement, PlacementStats};

/// What a structure element is (for tagged PDF).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElementKind {
    /// The report's title on the cover.
    Title,
    /// Cover subtitle or publisher line.
    CoverLine,
    /// A heading of level 1–4.
    Heading(u8),
    /// A body paragraph.
    Paragraph,
    /// A block quotation.
    BlockQuote,
    /// The attribution of a quotation.
    Attribution,
    /// A list.
    List,
    /// A list item.
    ListItem,
    /// The table of contents.
    Toc,
    /// One entry of it.
    TocItem,
}

/// A structure element: what a group of placed lines is.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    /// Its kind.
    pub kind: ElementKind,
    /// The enclosing element (list items in their list, ToC entries in the ToC).
    pub parent: Option<usize>,
    /// Its language when it differs from the document's (text that fell back to the
    /// source locale), so that screen readers switch voices.
    pub lang: Option<String>,
    /// A heading's text (the structure tree names headings by it).
    pub title: Option<String>,
    /// The message whose text it sets (a contents entry: its heading's), so that a
    /// problem found on the page can be reported against the message.
    pub id: Option<String>,
}

impl Element {
    /// An element in the document's language, without a title.
    fn new(kind: ElementKind, parent: Option<usize>) -> Element {
        Element {
            kind,
            parent,
            lang: None,
            title: None,
            id: None,
        }
    }
}

/// A line placed on a page.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Left edge of the line on the page (pt from the page's left).
    pub x: f32,
    /// Baseline (pt from the page's top).
    pub baseline: f32,
    /// The line.
    pub line: LineFrame,
    /// The structure element it belongs to; `None` for artifacts (running headers,
    /// page numbers, dot leaders).
    pub elem: Option<usize>,
}

/// An internal link: a rectangle that jumps to a position.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    /// Left, top, right, bottom (pt, from the page's top left).
    pub rect: [f32; 4],
    /// The structure element the link belongs to (its ToC entry).
    pub elem: usize,
    /// Target page index (0-based).
    pub page: usize,
    /// Target y (pt from the top).
    pub y: f32,
}

/// One page.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Page {
    /// Its lines.
    pub items: Vec<Item>,
    /// Its links.
    pub links: Vec<Link>,
}

/// An outline (bookmark) entry.
#[derive(Clone, Debug, PartialEq)]
pub struct OutlineEntry {
    /// 1 = chapter.
    pub level: u8,
    /// The heading text.
    pub title: String,
    /// Page index (0-based).
    pub page: usize,
    /// Top of the heading (pt from the page's top).
    pub y: f32,
}

/// The laid-out report.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// Page width (pt).
    pub width: f32,
    /// Page height (pt).
    pub height: f32,
    /// The text area: left, top, right, bottom (pt from the top left).
    pub text_area: [f32; 4],
    /// The pages.
    pub pages: Vec<Page>,
    /// Headings in order, for the PDF outline.
    pub outline: Vec<OutlineEntry>,
    /// Structure elements, in reading order.
    pub elements: Vec<Element>,
    /// Document title (plain).
    pub title: String,
    /// Author (the publisher).
    pub author: String,
    /// BCP 47 language tag.
    pub lang: String,
    /// Right-to-left document.
    pub rtl: bool,
}

/// The laid-out report without its pages: what a writer needs before the first page
/// and after the last.
#[derive(Clone, Debug)]
pub struct Head {
    /// Page width (pt).
    pub width: f32,
    /// Page height (pt).
    pub height: f32,
    /// The text area: left, top, right, bottom (pt from the top left).
    pub text_area: [f32; 4],
    /// The number of pages.
    pub pages: usize,
    /// Headings in order, for the PDF outline.
    pub outline: Vec<OutlineEntry>,
    /// Structure elements, in reading order.
    pub elements: Vec<Element>,
    /// Document title (plain).
    pub title: String,
    /// Author (the publisher).
    pub author: String,
    /// BCP 47 language tag.
    pub lang: String,
    /// Right-to-left document.
    pub rtl: bool,
}

impl Document {
    /// Its head (a copy).
    pub fn head(&self) -> Head {
        Head {
            width: self.width,
            height: self.height,
            text_area: self.text_area,
            pages: self.pages.len(),
            outline: self.outline.clone(),
            elements: self.elements.clone(),
            title: self.title.clone(),
            author: self.author.clone(),
            lang: self.lang.clone(),
            rtl: self.rtl,
        }
    }

    /// The document of a head and its pages.
    pub fn new(head: Head, pages: Vec<Page>) -> Document {
        debug_assert_eq!(head.pages, pages.len());
        Document {
            width: head.width,
            height: head.height,
            text_area: head.text_area,
            pages,
            outline: head.outline,
            elements: head.elements,
            title: head.title,
            author: head.author,
            lang: head.lang,
            rtl: head.rtl,
        }
    }
}

/// Where a layout goes as it is made: first every line the document draws (so that a
/// writer knows every glyph before the first page: the PDF's widened faces), then the
/// head, then each page in order, as soon as it is finished.
pub trait Output {
    /// A line the document draws (each at least once, in no particular order).
    fn line(&mut self, line: &LineFrame);
    /// The document's head, before its first page.
    fn head(&mut self, head: &Head) -> DiagResult<()>;
    /// The next page, finished.
    fn page(&mut self, page: Page) -> DiagResult<()>;
}

/// Pages with the structure elements their lines belong to, numbered from 0 within
/// the part.
#[derive(Clone, Debug, Default)]
struct Part {
    /// The pages.
    pages: Vec<Page>,
    /// The elements, in reading order; `parent`s and items' `elem`s index them.
    elements: Vec<Element>,
}

/// Joins parts in reading order: each part's element numbers move past the elements of
/// the parts before it. Link targets (page indices) are kept as they are.
fn assemble(parts: Vec<Part>) -> (Vec<Page>, Vec<Element>) {
    let mut pages = Vec::new();
    let mut elements: Vec<Element> = Vec::new();
    for part in parts {
        let base = elements.len();
        elements.extend(shifted(part.elements, base));
        for mut page in part.pages {
            shift(&mut page, base);
            pages.push(page);
        }
    }
    (pages, elements)
}

/// Elements of a part numbered from `base`.
fn shifted(elements: Vec<Element>, base: usize) -> impl Iterator<Item = Element> {
    elements.into_iter().map(move |e| Element {
        parent: e.parent.map(|p| p + base),
        ..e
    })
}

/// A page of a part whose elements are numbered from `base`.
fn shift(page: &mut Page, base: usize) {
    for it in &mut page.items {
        it.elem = it.elem.map(|e| e + base);
    }
    for l in &mut page.links {
        l.elem += base;
    }
}

/// What every part is set with: the typesetter, the text area and the spacing.
struct Sheet<'a, 't> {
    /// The locale's typesetter.
    ts: &'a Typesetter<'t>,
    /// Left edge of the text area (pt from the page's left).
    left: f32,
    /// Top of the text area (pt from the page's top).
    top: f32,
    /// Bottom of the text area (pt from the page's top).
    bottom: f32,
    /// The spacing factors.
    spacing: &'a Spacing,
    /// Body size (pt).
    body: f32,
    /// Body leading (pt).
    line_h: f32,
}

impl<'a, 't> Sheet<'a, 't> {
    /// The sheet of `ts`'s style.
    fn new(ts: &'a Typesetter<'t>) -> Sheet<'a, 't> {
        let g = ts.style.page;
        let (body, lead) = ts.body();
        Sheet {
            ts,
            left: g.inner,
            top: g.top,
            bottom: g.height - g.bottom,
            spacing: &ts.style.spacing,
            body,
            line_h: body * lead,
        }
    }

    /// Right edge of the text area.
    fn right(&self) -> f32 {
        self.left + self.ts.width
    }
}

/// Plain text of styled text, without bidi controls (structure titles, running heads).
fn plain(t: &StyledText) -> String {
    t.to_plain()
        .chars()
        .filter(|c| !crate::lang::script::is_bidi_control(*c))
        .collect()
}

/// Lays the report out on pages.
pub fn paginate(ts: &Typesetter, report: &Report) -> DiagResult<Warned<Document>> {
    let mut pages = Collect::default();
    let head = paginate_into(ts, report, None, &mut pages)?;
    Ok(Warned {
        output: Document::new(head.output, pages.0),
        warnings: head.warnings,
    })
}

/// An [`Output`] that keeps the pages, for a [`Document`].
#[derive(Default)]
pub(crate) struct Collect(pub Vec<Page>);

impl Output for Collect {
    fn line(&mut self, _: &LineFrame) {}
    fn head(&mut self, _: &Head) -> DiagResult<()> {
        Ok(())
    }
    fn page(&mut self, page: Page) -> DiagResult<()> {
        self.0.push(page);
        Ok(())
    }
}

/// Lays the report out on pages and hands them to `out` as they are finished (see
/// [`Output`]); returns the head. With a `placement`, the body is placed from where its
/// last placement of the same locale's body first differs, and this one is kept there
/// (its pages are all held then); the pages are [`paginate`]'s either way.
pub fn paginate_into(
    ts: &Typesetter,
    report: &Report,
    placement: Option<&mut Placement>,
    out: &mut dyn Output,
) -> DiagResult<Warned<Head>> {
    let doc = &report.doc;
    let sheet = Sheet::new(ts);
    let mut warnings = Vec::new();
    // 1. The body, placed page after page (from the first page that can have changed;
    // the pages of a long one set again in 7); 2. the cover, set meanwhile on another
    // core (it depends on nothing of the body's).
    let mut cover = None;
    let body = rayon::in_place_scope(|s| {
        s.spawn(|_| cover = Some(cover::cover(&sheet, doc)));
        flow::flow(&sheet, doc, placement, &mut |l| out.line(l))
    })?;
    warnings.extend(body.warnings);
    let body = body.output;
    let Some(cover) = cover else {
        unreachable!("the scope ends once the cover is set")
    };
    let cover = cover?;
    warnings.extend(cover.warnings);
    let cover = cover.output;
    // 3. The ToC, numbered with the pages where the headings landed.
    let toc = toc::toc(&sheet, report, &body.headings, cover.pages.len())?;
    warnings.extend(toc.warnings);
    let toc = toc.output;
    // 4. Reading order: cover, ToC, body.
    let first_body = cover.pages.len() + toc.pages.len();
    let numbered = cover.pages.len();
    let (front, mut elements) = assemble(vec![cover, toc]);
    let base = elements.len();
    let total = first_body + body.pages;
    // 5. Running heads and page numbers.
    let spans = furniture::Spans {
        first_numbered: numbered,
        first_body,
        chapter_starts: &body.chapter_starts,
    };
    let (mut furniture, w) = furniture::Furniture::new(&sheet, report, &spans)?;
    warnings.extend(w);
    // 6. The outline.
    let outline = outline::outline(&body.headings, first_body);
    let mut body = body;
    elements.extend(shifted(std::mem::take(&mut body.elements), base));
    // Every line drawn: the body's were seen as it was placed; the front matter's and
    // the furniture's now.
    for it in front.iter().flat_map(|p| &p.items) {
        out.line(&it.line);
    }
    for pi in 0..total {
        let mut page = Page::default();
        furniture.page(&sheet, report, pi, &mut page)?;
        for it in &page.items {
            out.line(&it.line);
        }
    }
    let g = ts.style.page;
    let head = Head {
        width: g.width,
        height: g.height,
        text_area: [sheet.left, sheet.top, sheet.right(), sheet.bottom],
        pages: total,
        outline,
        elements,
        title: plain(&doc.cover.title.content),
        author: plain(&doc.cover.publisher.content),
        lang: doc.locale.tag.clone(),
        rtl: ts.rtl,
    };
    out.head(&head)?;
    // 7. The pages, finished one by one.
    let mut pi = 0;
    let mut finish = |mut page: Page, base: usize| -> DiagResult<()> {
        shift(&mut page, base);
        furniture.page(&sheet, report, pi, &mut page)?;
        pi += 1;
        out.page(page)
    };
    for page in front {
        finish(page, 0)?;
    }
    body.pages(&sheet, &head.elements[base..], &mut |page| {
        finish(page, base)
    })?;
    Ok(Warned {
        output: head,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(elems: &[Option<usize>], link: Option<usize>) -> Page {
        let line = crate::layout::LineFrame {
            x: 0.0,
            width: 0.0,
            segments: Vec::new(),
            text: String::new(),
            fit: Default::default(),
        };
        Page {
            items: elems
                .iter()
                .map(|&elem| Item {
                    x: 0.0,
                    baseline: 0.0,
                    line: line.clone(),
                    elem,
                })
                .collect(),
            links: link
                .map(|elem| Link {
                    rect: [0.0; 4],
                    elem,
                    page: 7,
                    y: 0.0,
                })
                .into_iter()
                .collect(),
        }
    }

    #[test]
    fn assembling_numbers_elements_through_in_reading_order() {
        let cover = Part {
            pages: vec![page(&[Some(0), Some(1)], None)],
            elements: vec![
                Element::new(ElementKind::Title, None),
                Element::new(ElementKind::CoverLine, None),
            ],
        };
        let toc = Part {
            pages: vec![page(&[Some(1), None], Some(1))],
            elements: vec![
                Element::new(ElementKind::Toc, None),
                Element::new(ElementKind::TocItem, Some(0)),
            ],
        };
        let body = Part {
            pages: vec![page(&[Some(1)], None), page(&[Some(2)], None)],
            elements: vec![
                Element::new(ElementKind::List, None),
                Element::new(ElementKind::ListItem, Some(0)),
                Element::new(ElementKind::ListItem, Some(0)),
            ],
        };
        let (pages, elements) = assemble(vec![cover, toc, body]);
        let elems: Vec<Vec<Option<usize>>> = pages
            .iter()
            .map(|p| p.items.iter().map(|it| it.elem).collect())
            .collect();
        assert_eq!(
            elems,
            [
                vec![Some(0), Some(1)],
                vec![Some(3), None],
                vec![Some(5)],
                vec![Some(6)]
            ]
        );
        let parents: Vec<Option<usize>> = elements.iter().map(|e| e.parent).collect();
        assert_eq!(parents, [None, None, None, Some(2), None, Some(4), Some(4)]);
        // The link belongs to the ToC entry; its target page is left alone.
        assert_eq!((pages[1].links[0].elem, pages[1].links[0].page), (3, 7));
    }
}
