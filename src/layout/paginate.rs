//! Paginate: typeset blocks onto A4 pages — cover, table of contents with the real page
//! numbers and dot leaders, chapters on new pages, headings kept with what follows,
//! no widows or orphans, running headers and page numbers — into a [`Document`].

use crate::diag::{DiagResult, Warned};
use crate::doc::{
    Block, BlockRef, Document as Tree, Heading as TreeHeading, Rank, Role,
    Style as TextStyle, StyledText, Text,
};
use crate::l10n::Report;

use super::linebreak::{LineFrame, PlacedGlyph, Segment};
use super::{Align, ParStyle, SetParagraph, Typesetter};

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
}

impl Element {
    /// An element in the document's language, without a title.
    fn new(kind: ElementKind, parent: Option<usize>) -> Element {
        Element {
            kind,
            parent,
            lang: None,
            title: None,
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
#[derive(Clone, Debug)]
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

/// What a body paragraph is, as the flow places it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A forced page break.
    PageBreak,
    /// A heading of that rank and outline level.
    Heading(Rank, u8),
    /// A body paragraph.
    Paragraph,
    /// A paragraph of a quotation.
    Quote,
    /// An attribution.
    Attribution,
    /// A list item.
    Item,
}

impl Kind {
    /// Whether it is a heading.
    fn is_heading(self) -> bool {
        matches!(self, Kind::Heading(..))
    }
}

/// One paragraph of the body in reading order: the tree's blocks taken apart into what
/// the flow places one after the other.
struct Piece<'d> {
    kind: Kind,
    /// Its text (none for page breaks).
    text: Option<&'d Text>,
    /// The heading it is.
    heading: Option<&'d TreeHeading>,
    /// The list it is an item of (its number in the document).
    list: Option<usize>,
}

/// The body's paragraphs in reading order.
fn pieces(doc: &Tree) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut lists = 0;
    let piece = |kind, text| Piece {
        kind,
        text: Some(text),
        heading: None,
        list: None,
    };
    for b in doc.blocks() {
        let block = match b {
            BlockRef::Chapter(h) | BlockRef::Block(Block::Heading(h)) => {
                out.push(Piece {
                    heading: Some(h),
                    ..piece(Kind::Heading(h.rank, h.level), &h.text)
                });
                continue;
            }
            BlockRef::Block(b) => b,
        };
        match block {
            Block::Heading(_) => {}
            Block::Paragraph(t) => out.push(piece(Kind::Paragraph, t)),
            Block::Quote(q) => {
                out.extend(q.paragraphs.iter().map(|t| piece(Kind::Quote, t)));
                out.extend(q.attribution.iter().map(|t| piece(Kind::Attribution, t)));
            }
            Block::Attribution(t) => out.push(piece(Kind::Attribution, t)),
            Block::List(l) => {
                out.extend(l.items.iter().map(|t| Piece {
                    list: Some(lists),
                    ..piece(Kind::Item, t)
                }));
                lists += 1;
            }
            Block::PageBreak => out.push(Piece {
                kind: Kind::PageBreak,
                text: None,
                heading: None,
                list: None,
            }),
        }
    }
    out
}

/// The paragraph role of a piece of text.
fn role(kind: Kind) -> Role {
    match kind {
        Kind::Heading(rank, _) => Role::Heading(rank),
        Kind::Quote => Role::Quote,
        Kind::Attribution => Role::Attribution,
        Kind::Item => Role::ListItem,
        Kind::Paragraph | Kind::PageBreak => Role::Paragraph,
    }
}

/// A body paragraph, typeset.
struct Set {
    kind: Kind,
    par: SetParagraph,
    elem: usize,
    /// The heading's number in the document, for headings.
    heading: Option<usize>,
}

/// Lines flowing onto pages.
struct Flow {
    pages: Vec<Page>,
    y: f32,
    top: f32,
    bottom: f32,
    left: f32,
}

impl Flow {
    fn new(top: f32, bottom: f32, left: f32) -> Flow {
        Flow {
            pages: vec![Page::default()],
            y: top,
            top,
            bottom,
            left,
        }
    }

    fn page_empty(&self) -> bool {
        self.pages.last().is_none_or(|p| p.items.is_empty())
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.top;
    }

    fn room(&self) -> f32 {
        self.bottom - self.y
    }

    /// Vertical space, dropped at the top of a page.
    fn space(&mut self, h: f32) {
        if self.y > self.top + 0.01 {
            self.y = (self.y + h).min(self.bottom);
        }
    }

    fn put(&mut self, par: &SetParagraph, line: usize, elem: Option<usize>) {
        let l = &par.lines[line];
        let item = Item {
            x: self.left + l.x,
            baseline: self.y + par.ascent,
            line: l.clone(),
            elem,
        };
        self.y += par.leading;
        if let Some(p) = self.pages.last_mut() {
            p.items.push(item);
        }
    }

    /// Places a paragraph, splitting it across pages with at least two lines on each
    /// side (no orphans, no widows).
    fn paragraph(&mut self, par: &SetParagraph, elem: Option<usize>) {
        let n = par.lines.len();
        let mut i = 0;
        while i < n {
            let fit = ((self.room() + 0.01) / par.leading).floor().max(0.0) as usize;
            let rest = n - i;
            let take = if rest <= fit {
                rest
            } else {
                let mut k = fit;
                if rest - k < 2 {
                    k = rest.saturating_sub(2);
                }
                if k < 2 {
                    k = 0;
                }
                k
            };
            if take == 0 {
                if self.page_empty() {
                    // Not even two lines fit on an empty page: place what fits.
                    let k = fit.max(1).min(rest);
                    for _ in 0..k {
                        self.put(par, i, elem);
                        i += 1;
                    }
                }
                if i < n {
                    self.new_page();
                }
                continue;
            }
            for _ in 0..take {
                self.put(par, i, elem);
                i += 1;
            }
            if i < n {
                self.new_page();
            }
        }
    }
}

/// Plain text of styled text.
fn plain(t: &StyledText) -> String {
    t.to_plain()
        .chars()
        .filter(|c| !crate::lang::script::is_bidi_control(*c))
        .collect()
}

/// Lays the report out on pages.
pub fn paginate(ts: &Typesetter, report: &Report) -> DiagResult<Warned<Document>> {
    let doc = &report.doc;
    let g = ts.style.page;
    let left = g.inner;
    let (top, bottom) = (g.top, g.height - g.bottom);
    let mut warnings = Vec::new();
    let mut errors = Vec::new();
    let mut elements: Vec<Element> = Vec::new();
    let (body, lead) = ts.body();
    let line_h = body * lead;
    let sizes = &ts.style.sizes;

    // Typeset every body paragraph once; page numbers never change their lines.
    // Paragraph styles and directions first, then every paragraph typeset (in parallel:
    // they are independent), then assembled in order.
    let pieces = pieces(doc);
    let mut jobs: Vec<Job<'_>> = Vec::new();
    let mut after_heading = false;
    for p in &pieces {
        let Some(text) = p.text else { continue };
        let ps = ts.par_style(role(p.kind), after_heading);
        after_heading = p.kind.is_heading();
        jobs.push((text, ps, direction(ts, text)));
    }
    let mut results = set_all(ts, &jobs).into_iter();
    let mut sets: Vec<Set> = Vec::new();
    // The current list's element and number.
    let mut list: Option<(usize, usize)> = None;
    for p in &pieces {
        let Some(text) = p.text else {
            sets.push(Set {
                kind: p.kind,
                par: SetParagraph {
                    lines: Vec::new(),
                    leading: 0.0,
                    ascent: 0.0,
                },
                elem: usize::MAX,
                heading: None,
            });
            continue;
        };
        let Some(result) = results.next() else { break };
        match result {
            Ok(w) => {
                warnings.extend(w.warnings);
                let kind = match p.kind {
                    Kind::Quote => ElementKind::BlockQuote,
                    Kind::Attribution => ElementKind::Attribution,
                    Kind::Item => ElementKind::ListItem,
                    Kind::Heading(_, level) => ElementKind::Heading(level),
                    Kind::Paragraph | Kind::PageBreak => ElementKind::Paragraph,
                };
                let parent = match p.list {
                    Some(n) => match list {
                        Some((e, m)) if m == n => Some(e),
                        _ => {
                            elements.push(Element::new(ElementKind::List, None));
                            list = Some((elements.len() - 1, n));
                            Some(elements.len() - 1)
                        }
                    },
                    None => None,
                };
                elements.push(Element {
                    lang: text.fallback.then(|| doc.source.tag.clone()),
                    title: p.heading.map(|_| plain(&text.content)),
                    ..Element::new(kind, parent)
                });
                sets.push(Set {
                    kind: p.kind,
                    par: w.output,
                    elem: elements.len() - 1,
                    heading: p.heading.map(|h| h.index),
                });
            }
            Err(e) => errors.extend(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    // Body pages.
    let mut flow = Flow::new(top, bottom, left);
    // Where each heading landed, by its number in the document.
    let mut placed: Vec<Option<Placed>> = vec![None; pieces.len()];
    let mut headings: Vec<Placed> = Vec::new();
    let mut chapter_starts: Vec<(usize, String)> = Vec::new();
    let (bullet_face, bullet_gid, _) = ts.glyph('•', body)?;
    for (i, s) in sets.iter().enumerate() {
        match s.kind {
            Kind::PageBreak => {
                if !flow.page_empty() {
                    flow.new_page();
                }
                continue;
            }
            Kind::Heading(Rank::Chapter, _) => {
                if !flow.page_empty() {
                    flow.new_page();
                }
                flow.y += line_h * 2.0;
            }
            Kind::Heading(..) => {
                flow.space(line_h * sizes.heading_before);
            }
            _ if i > 0 && sets[i - 1].kind == Kind::Item && s.kind != Kind::Item => {
                // A list is set apart from the paragraph after it.
                flow.space(line_h * 0.5);
            }
            Kind::Quote | Kind::Item => {
                let prev = i.checked_sub(1).map(|p| sets[p].kind);
                if prev != Some(s.kind) && !prev.is_some_and(Kind::is_heading) {
                    flow.space(line_h * 0.5);
                }
            }
            _ => {}
        }
        let level = match s.kind {
            Kind::Heading(_, level) => Some(level),
            _ => None,
        };
        if level.is_some() || s.kind == Kind::Quote {
            // Keep with the next block: the heading plus two lines of what follows
            // (a quote keeps with its attribution).
            let mut need = s.par.leading * s.par.lines.len() as f32;
            if let Some(next) = sets.get(i + 1) {
                let after = if level.is_some() {
                    line_h * sizes.heading_after
                } else {
                    0.0
                };
                need += after + next.par.leading * next.par.lines.len().min(2) as f32;
            }
            if need > flow.room() && !flow.page_empty() && need < bottom - top {
                flow.new_page();
            }
        }
        if let Some(l) = level {
            let page = flow.pages.len() - 1;
            let title = elements[s.elem].title.clone().unwrap_or_default();
            if matches!(s.kind, Kind::Heading(Rank::Chapter, _)) {
                chapter_starts.push((page, title.clone()));
            }
            headings.push(Placed {
                page,
                y: flow.y,
                title,
                level: l,
                lang: elements[s.elem].lang.clone(),
            });
            // A heading's lines stay together.
            if s.par.leading * s.par.lines.len() as f32 > flow.room() {
                flow.new_page();
                if let Some(h) = headings.last_mut() {
                    h.page = flow.pages.len() - 1;
                    h.y = flow.y;
                }
            }
        }
        if let (Some(n), Some(h)) = (s.heading, headings.last()) {
            placed[n] = Some(h.clone());
        }
        let start_page = flow.pages.len();
        flow.paragraph(&s.par, Some(s.elem));
        if s.kind == Kind::Item {
            // The bullet hangs in the list indent, on the first line, which may be on
            // the next page when the item did not fit.
            let first = flow.pages[start_page - 1..].iter_mut().find_map(|p| {
                let i = p.items.iter().position(|it| it.elem == Some(s.elem))?;
                Some((p, i))
            });
            if let Some((p, i)) = first {
                let bx = if ts.rtl {
                    left + ts.width - sizes.list_indent * 0.6
                } else {
                    left + sizes.list_indent * 0.4
                };
                let baseline = p.items[i].baseline;
                p.items.push(Item {
                    x: bx,
                    baseline,
                    line: glyph_line(bullet_face, bullet_gid, body, "•", 0.0),
                    elem: None,
                });
            }
        }
        if level.is_some() {
            flow.y += line_h * sizes.heading_after;
        } else if s.kind == Kind::Quote {
            flow.y += line_h * 0.2;
        } else if s.kind == Kind::Attribution {
            flow.y += line_h * 0.5;
        }
    }
    let body_pages = flow.pages;

    // The table of contents, until its page count is stable (numbers depend on it).
    let toc_entries: Vec<&Placed> = doc
        .toc
        .flat()
        .iter()
        .filter_map(|e| placed.get(e.heading)?.as_ref())
        .collect();
    let mut toc_count = 1;
    let mut toc = (Vec::new(), Vec::new());
    for _ in 0..4 {
        // Body page i is printed page i + 1 (cover) + toc_count + 1.
        let page_number = |i: usize| report.formatter.number(i + toc_count + 2);
        toc = toc_pages(ts, doc, &toc_entries, &page_number, top, bottom, left)?;
        if toc.0.len() == toc_count {
            break;
        }
        toc_count = toc.0.len();
    }
    let (mut toc_pages_v, toc_elems) = toc;
    let offset = 1 + toc_pages_v.len();
    let toc_base = elements.len();
    for p in &mut toc_pages_v {
        for it in &mut p.items {
            it.elem = it.elem.map(|e| e + toc_base);
        }
        for l in &mut p.links {
            l.elem += toc_base;
        }
    }
    for mut e in toc_elems {
        e.parent = e.parent.map(|p| p + toc_base);
        elements.push(e);
    }

    // Cover.
    let mut cover = Page::default();
    let mut y = g.height * 0.30;
    let cover_parts = [
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
    let cover_elem_base = elements.len();
    for (k, (text, size, bold, kind)) in cover_parts.into_iter().enumerate() {
        let ps = ParStyle {
            bold,
            ..ParStyle::new(size, size * 1.3, Align::Center)
        };
        let set =
            ts.set_directed(&text.content, &ps, Some(&text.id), direction(ts, text))?;
        warnings.extend(set.warnings);
        elements.push(Element {
            lang: text.fallback.then(|| doc.source.tag.clone()),
            ..Element::new(kind, None)
        });
        for l in &set.output.lines {
            cover.items.push(Item {
                x: left + l.x,
                baseline: y + set.output.ascent,
                line: l.clone(),
                elem: Some(cover_elem_base + k),
            });
            y += set.output.leading;
        }
        y += size;
    }
    let size = sizes.cover_publisher;
    let ps = ParStyle::new(size, size * 1.4, Align::Center);
    let text = &doc.cover.publisher;
    let publisher =
        ts.set_directed(&text.content, &ps, Some(&text.id), direction(ts, text))?;
    warnings.extend(publisher.warnings);
    elements.push(Element {
        lang: text.fallback.then(|| doc.source.tag.clone()),
        ..Element::new(ElementKind::CoverLine, None)
    });
    let pub_elem = elements.len() - 1;
    let mut py = bottom - publisher.output.leading * publisher.output.lines.len() as f32;
    for l in &publisher.output.lines {
        cover.items.push(Item {
            x: left + l.x,
            baseline: py + publisher.output.ascent,
            line: l.clone(),
            elem: Some(pub_elem),
        });
        py += publisher.output.leading;
    }

    // Reading order of elements: cover, ToC, body. Renumber to make it so.
    let toc_n = cover_elem_base - toc_base;
    let cover_n = elements.len() - cover_elem_base;
    let remap = |e: usize| -> usize {
        if e >= cover_elem_base {
            e - cover_elem_base
        } else if e >= toc_base {
            e - toc_base + cover_n
        } else {
            e + cover_n + toc_n
        }
    };
    let mut ordered = vec![Element::new(ElementKind::Paragraph, None); elements.len()];
    for (i, e) in elements.iter().enumerate() {
        ordered[remap(i)] = Element {
            parent: e.parent.map(remap),
            ..e.clone()
        };
    }
    let mut pages = vec![cover];
    pages.extend(toc_pages_v);
    pages.extend(body_pages);
    for p in &mut pages {
        for it in &mut p.items {
            it.elem = it.elem.map(remap);
        }
        for l in &mut p.links {
            l.page += offset;
            l.elem = remap(l.elem);
        }
    }

    // Running headers and page numbers. Header lines repeat from page to page: set
    // each distinct one once.
    let header_size = sizes.header;
    let mut header_cache: std::collections::HashMap<(String, bool), LineFrame> =
        std::collections::HashMap::new();
    let mut header_line = |text: &str, italic: bool| -> DiagResult<LineFrame> {
        let key = (text.to_string(), italic);
        if let Some(f) = header_cache.get(&key) {
            return Ok(f.clone());
        }
        let style = TextStyle {
            italic,
            bold: false,
        };
        let f = if italic {
            ts.set_line(text, header_size, style)?
        } else {
            ts.set_line(&fit_text(ts, text, header_size)?, header_size, style)?
        };
        header_cache.insert(key, f.clone());
        Ok(f)
    };
    for (pi, page) in pages.iter_mut().enumerate().skip(1) {
        let number = pi + 1;
        let label = plain(&StyledText::plain(report.formatter.page_label(number)));
        let f = ts.set_line(&label, header_size, TextStyle::default())?;
        page.items.push(Item {
            x: left + (ts.width - f.width) / 2.0,
            baseline: bottom + 30.0,
            line: f,
            elem: None,
        });
        let body_index = pi.checked_sub(offset);
        let Some(bi) = body_index else { continue };
        if chapter_starts.iter().any(|(p, _)| *p == bi) {
            continue;
        }
        let chapter = chapter_starts
            .iter()
            .rev()
            .find(|(p, _)| *p <= bi)
            .map(|(_, t)| t.clone());
        let running = plain(&StyledText::plain(report.ui.running_header.clone()));
        let rh = header_line(&running, true)?;
        let ch = match chapter {
            Some(c) => Some(header_line(&c, false)?),
            None => None,
        };
        let hy = top - 22.0;
        let (start_x, end_x) = (left, left + ts.width);
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

    let outline = headings
        .iter()
        .map(|h| OutlineEntry {
            level: h.level,
            title: h.title.clone(),
            page: h.page + offset,
            y: h.y,
        })
        .collect();
    Ok(Warned {
        output: Document {
            width: g.width,
            height: g.height,
            text_area: [left, top, left + ts.width, bottom],
            pages,
            outline,
            elements: ordered,
            title: plain(&doc.cover.title.content),
            author: plain(&doc.cover.publisher.content),
            lang: doc.locale.tag.clone(),
            rtl: ts.rtl,
        },
        warnings,
    })
}

/// A heading as placed in the body: where it landed, for the outline and the ToC.
#[derive(Clone, Debug)]
struct Placed {
    /// Body page index.
    page: usize,
    /// Top of its first line (pt from the page's top).
    y: f32,
    /// Its text.
    title: String,
    /// 1 for chapters, 2 for sections, …
    level: u8,
    /// Its language when it fell back to the source locale.
    lang: Option<String>,
}

/// A paragraph to typeset: its text, paragraph style and direction.
type Job<'r> = (&'r Text, ParStyle, bool);

/// The direction of a paragraph (right to left?): a text that fell back to the source
/// locale keeps the source text's own direction (an English paragraph inside a Persian
/// edition reads left to right).
fn direction(ts: &Typesetter, text: &Text) -> bool {
    if text.fallback {
        super::first_strong_rtl(&text.content.to_plain()).unwrap_or(ts.rtl)
    } else {
        ts.rtl
    }
}

/// Typesets blocks on every core, each thread with its own typesetter (faces and shape
/// plans are per thread; fonts, shaped words and hyphenation are shared), and returns the results in the blocks' order. The
/// result does not depend on the number of threads.
fn set_all(ts: &Typesetter, jobs: &[Job<'_>]) -> Vec<DiagResult<Warned<SetParagraph>>> {
    let (style, book, locale, shared) = (ts.style, ts.book, &ts.locale, ts.shared());
    crate::par::map_init(
        jobs,
        || Typesetter::sharing(style, book, locale, shared.clone()),
        |t, (text, ps, rtl)| t.set_directed(&text.content, ps, Some(&text.id), *rtl),
    )
}

/// Shortens a running-header title to 55 % of the measure (the other half holds the
/// report's title), with an ellipsis.
fn fit_text(ts: &Typesetter, text: &str, size: f32) -> DiagResult<String> {
    let max = ts.width * 0.55;
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

/// A one-glyph line (bullets).
fn glyph_line(face: usize, id: u16, size: f32, text: &str, advance: f32) -> LineFrame {
    LineFrame {
        x: 0.0,
        width: advance,
        segments: vec![Segment {
            face,
            size,
            x: 0.0,
            text: text.to_string(),
            glyphs: vec![PlacedGlyph {
                id,
                text: 0..text.len(),
                advance,
                x_offset: 0.0,
                y_offset: 0.0,
            }],
            rtl: false,
        }],
        text: text.to_string(),
    }
}

/// The ToC pages, each entry numbered by `page_number` of its body page index (in the
/// locale's digits), with their structure elements (indices local: 0 = the ToC,
/// entries after it).
fn toc_pages(
    ts: &Typesetter,
    doc: &Tree,
    entries: &[&Placed],
    page_number: &dyn Fn(usize) -> String,
    top: f32,
    bottom: f32,
    left: f32,
) -> DiagResult<(Vec<Page>, Vec<Element>)> {
    let mut elems = vec![Element::new(ElementKind::Toc, None)];
    let mut flow = Flow::new(top, bottom, left);
    let (body, lead) = ts.body();
    let line_h = body * lead;
    if let Some(t) = &doc.toc.title {
        let ps = ts.par_style(Role::Heading(Rank::Chapter), false);
        let set = ts.set_directed(&t.content, &ps, Some(&t.id), direction(ts, t))?;
        elems.push(Element {
            lang: t.fallback.then(|| doc.source.tag.clone()),
            title: Some(plain(&t.content)),
            ..Element::new(ElementKind::Heading(1), Some(0))
        });
        flow.y += line_h * 2.0;
        flow.paragraph(&set.output, Some(1));
        flow.y += line_h;
    }
    let num_col = body * 3.0;
    let gap = body * 0.6;
    let step = body * 0.55;
    let (dot_face, dot_gid, dot_adv) = ts.glyph('.', body)?;
    for Placed {
        page,
        y,
        title: text,
        level,
        lang,
    } in entries.iter().copied()
    {
        let number = page_number(*page);
        let indent = if *level == 1 { 0.0 } else { body * 1.5 };
        let ps = ParStyle {
            bold: *level == 1,
            start: indent,
            end: num_col + gap,
            ..ParStyle::new(body, line_h, Align::Start)
        };
        let set = ts.set(&StyledText::plain(text.clone()), &ps, None)?.output;
        if *level == 1 {
            flow.space(line_h * 0.5);
        }
        if set.leading * set.lines.len() as f32 > flow.room() {
            flow.new_page();
        }
        elems.push(Element {
            lang: lang.clone(),
            ..Element::new(ElementKind::TocItem, Some(0))
        });
        let elem = elems.len() - 1;
        let y0 = flow.y;
        flow.paragraph(&set, Some(elem));
        let page_i = flow.pages.len() - 1;
        let num = ts.set_line(&number, body, TextStyle::default())?;
        let last = flow.pages[page_i].items.last().cloned();
        let Some(last) = last else { continue };
        let (num_x, lead_from, lead_to) = if ts.rtl {
            (left, left + num.width + gap, last.x - gap)
        } else {
            (
                left + ts.width - num.width,
                last.x + last.line.width + gap,
                left + ts.width - num.width - gap,
            )
        };
        let p = &mut flow.pages[page_i];
        p.items.push(Item {
            x: num_x,
            baseline: last.baseline,
            line: num,
            elem: Some(elem),
        });
        // Dot leaders on a fixed grid, so that the dots of all entries line up.
        let first_dot = ((lead_from - left) / step).ceil() * step + left;
        let mut glyphs = Vec::new();
        let mut x = first_dot;
        while x + dot_adv <= lead_to {
            glyphs.push(PlacedGlyph {
                id: dot_gid,
                text: 0..1,
                advance: step,
                x_offset: 0.0,
                y_offset: 0.0,
            });
            x += step;
        }
        if !glyphs.is_empty() {
            let n = glyphs.len();
            let text = ".".repeat(n);
            for (k, g) in glyphs.iter_mut().enumerate() {
                g.text = k..k + 1;
            }
            p.items.push(Item {
                x: first_dot,
                baseline: last.baseline,
                line: LineFrame {
                    x: 0.0,
                    width: step * n as f32,
                    segments: vec![Segment {
                        face: dot_face,
                        size: body,
                        x: 0.0,
                        text: text.clone(),
                        glyphs,
                        rtl: false,
                    }],
                    text,
                },
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
            rect: [left, top_y, left + ts.width, flow.y],
            elem,
            page: *page,
            y: *y,
        });
    }
    Ok((flow.pages, elems))
}
