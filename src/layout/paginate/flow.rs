//! Flow: the body's paragraphs typeset once (in parallel: they are independent, and
//! page numbers never change their lines) and placed page after page — chapters on new
//! pages, headings and quotations kept with what follows, no widows or orphans, bullets
//! beside list items — with where each heading landed.

use crate::diag::{DiagResult, Warned};
use crate::doc::{Block, BlockRef, Document, Heading, Rank, Role, Text};
use crate::fonts::FaceId;
use crate::layout::frame::{LineFrame, PlacedGlyph, Segment};
use crate::layout::{ParStyle, SetParagraph, Typesetter};
use rayon::prelude::*;
use std::ops::Range;

use super::{plain, Element, ElementKind, Item, Page, Sheet};

/// The fewest lines of a paragraph left at the foot of a page or carried to the next
/// (no orphans, no widows).
const MIN_LINES: usize = 2;
/// Lines of the next paragraph a heading (or a quotation) keeps on its page.
const KEEP_LINES: usize = 2;
/// Slack for comparisons of positions (pt): rounding never forces a new page.
const EPSILON: f32 = 0.01;

/// The body laid out once (the first pass): where each heading and chapter landed, how
/// many pages it takes, its structure elements, and what [`Body::pages`] needs to set
/// its pages again, chapter by chapter.
pub(super) struct Body<'d> {
    /// The structure elements, in reading order; `parent`s and items' `elem`s index
    /// them.
    pub elements: Vec<Element>,
    /// Every heading where it landed, in reading order: the heading numbered `i`
    /// ([`Heading::index`]) is at `i`.
    pub headings: Vec<Placed>,
    /// The body pages where chapters start, with their titles (for the running heads).
    pub chapter_starts: Vec<ChapterStart>,
    /// How many pages it takes.
    pub pages: usize,
    /// Its paragraphs in reading order.
    pieces: Vec<Piece<'d>>,
    /// Its paragraphs in the groups they are typeset in.
    batches: Vec<Batch>,
}

/// A heading as placed in the body: where it landed, for the outline and the ToC.
#[derive(Clone, Debug)]
pub(super) struct Placed {
    /// Its number in the document.
    pub index: usize,
    /// Body page index.
    pub page: usize,
    /// Top of its first line (pt from the page's top).
    pub y: f32,
    /// Its text.
    pub title: String,
    /// Its outline level.
    pub level: u8,
    /// Its language when it fell back to the source locale.
    pub lang: Option<String>,
    /// Its message ID.
    pub id: Option<String>,
}

/// A body page where a chapter starts.
#[derive(Clone, Debug)]
pub(super) struct ChapterStart {
    /// Body page index.
    pub page: usize,
    /// The chapter's title.
    pub title: String,
}

/// Paragraphs typeset at a time (on every core): whole chapters up to at least this
/// many, so that a long report's lines are never all held at once.
const BATCH: usize = 256;

/// Body pages kept from the first pass rather than set again for the second: a report of
/// up to this many pages is typeset once.
const KEEP_PAGES: usize = 128;

/// Paragraphs typeset together, and the runs among them placed one after the other.
struct Batch {
    /// Its pieces.
    pieces: Range<usize>,
    /// The state setting them starts from.
    carry: Carry,
    /// Its runs, in order.
    runs: Vec<Run>,
}

/// A run of pieces that starts on a new page — a chapter, or what follows a page break
/// — and so is placed on its own: nothing of the pages before it moves it.
struct Run {
    /// Its pieces, within its batch.
    pieces: Range<usize>,
    /// The flow it starts from: a new page, or the empty page the run before it left
    /// (a page break followed by a chapter).
    start: Flow,
    /// Whether it starts on that page.
    carried: bool,
    /// Its pages, kept from the first pass (see [`KEEP_PAGES`]).
    kept: Option<Vec<Page>>,
}

/// What setting a paragraph depends on of the paragraphs before it.
#[derive(Clone, Copy, Default)]
struct Carry {
    /// The piece before was a heading (no first-line indent).
    after_heading: bool,
    /// The current list's number and element.
    list: Option<(usize, usize)>,
    /// The elements before.
    elements: usize,
}

/// Lays out the document's body: its paragraphs in reading order, typeset a batch at a
/// time, each run of them that starts a page placed on its own. `lines` sees every line
/// of every page. Only the pages of the first [`KEEP_PAGES`] are kept; [`Body::pages`]
/// sets the others again.
pub(super) fn flow<'d>(
    sheet: &Sheet,
    doc: &'d Document,
    lines: &mut dyn FnMut(&LineFrame),
) -> DiagResult<Warned<Body<'d>>> {
    let pieces = pieces(doc);
    let mut body = Body {
        elements: Vec::new(),
        headings: Vec::new(),
        chapter_starts: Vec::new(),
        pages: 0,
        pieces: Vec::new(),
        batches: Vec::new(),
    };
    let (mut warnings, mut errors) = (Vec::new(), Vec::new());
    let mut carry = Carry::default();
    // The flow the next run starts from, and whether it carries a page over.
    let mut start = (Flow::new(sheet.top, sheet.bottom, sheet.left), true);
    let mut kept = 0;
    for (range, runs) in batches(&pieces) {
        let before = carry;
        let set = match set(sheet, doc, &pieces, range.clone(), &mut carry) {
            Ok(set) => set,
            Err(e) => {
                errors.extend(e);
                continue;
            }
        };
        if !errors.is_empty() {
            continue;
        }
        warnings.extend(set.warnings);
        let (sets, elements) = set.output;
        body.elements.extend(elements);
        let typeset = Typeset {
            sets: &sets,
            elements: &body.elements,
        };
        let mut batch = Batch {
            pieces: range.clone(),
            carry: before,
            runs: Vec::new(),
        };
        for run in runs {
            let local = run.start - range.start..run.end - range.start;
            let (flow, carried) = start;
            let placed = place(sheet, &typeset, local.clone(), flow.clone(), carried)?;
            let first = body.pages;
            let Placer {
                flow: end,
                headings,
                chapter_starts,
            } = placed;
            body.headings.extend(headings.into_iter().map(|h| Placed {
                page: h.page + first,
                ..h
            }));
            body.chapter_starts
                .extend(chapter_starts.into_iter().map(|c| ChapterStart {
                    page: c.page + first,
                    ..c
                }));
            let (pages, next) = end.finish(run.end < pieces.len());
            for it in pages.iter().flat_map(|p| &p.items) {
                lines(&it.line);
            }
            body.pages += pages.len();
            let keep = kept + pages.len() <= KEEP_PAGES;
            if keep {
                kept += pages.len();
            }
            batch.runs.push(Run {
                pieces: local,
                start: flow,
                carried,
                kept: keep.then_some(pages),
            });
            start = next;
        }
        body.batches.push(batch);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    body.pieces = pieces;
    debug_assert!(
        body.headings.iter().enumerate().all(|(i, h)| h.index == i),
        "headings are placed in order"
    );
    Ok(Warned {
        output: body,
        warnings,
    })
}

impl Body<'_> {
    /// The body's pages in order, each handed to `page` as it is finished: those kept
    /// from the first pass, the others set and placed again (the same lines on the same
    /// places: typesetting and placing are deterministic). `elements` are the body's
    /// (taken out of it for the document's).
    pub fn pages(
        self,
        sheet: &Sheet,
        doc: &Document,
        elements: &[Element],
        page: &mut dyn FnMut(Page) -> DiagResult<()>,
    ) -> DiagResult<()> {
        let mut count = 0;
        for batch in self.batches {
            let sets = if batch.runs.iter().all(|r| r.kept.is_some()) {
                Vec::new()
            } else {
                let mut carry = batch.carry;
                set(sheet, doc, &self.pieces, batch.pieces.clone(), &mut carry)?
                    .output
                    .0
            };
            let typeset = Typeset {
                sets: &sets,
                elements,
            };
            for run in batch.runs {
                let pages = match run.kept {
                    Some(pages) => pages,
                    None => {
                        let more =
                            batch.pieces.start + run.pieces.end < self.pieces.len();
                        place(sheet, &typeset, run.pieces, run.start, run.carried)?
                            .flow
                            .finish(more)
                            .0
                    }
                };
                for p in pages {
                    count += 1;
                    page(p)?;
                }
            }
        }
        debug_assert_eq!(count, self.pages, "the second pass sets the first's pages");
        Ok(())
    }
}

/// The body's pieces in batches of whole runs, each batch with its runs: a run starts at
/// each chapter heading and page break.
fn batches(pieces: &[Piece]) -> Vec<(Range<usize>, Vec<Range<usize>>)> {
    let mut starts: Vec<usize> = (1..pieces.len())
        .filter(|&i| {
            matches!(
                pieces[i].kind,
                Kind::Heading(Rank::Chapter, _) | Kind::PageBreak
            )
        })
        .collect();
    starts.insert(0, 0);
    starts.push(pieces.len());
    let mut out: Vec<(Range<usize>, Vec<Range<usize>>)> = Vec::new();
    for w in starts.windows(2) {
        let run = w[0]..w[1];
        match out.last_mut() {
            Some((range, runs)) if range.len() < BATCH => {
                range.end = run.end;
                runs.push(run);
            }
            _ => out.push((run.clone(), vec![run])),
        }
    }
    out
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

    /// How its text is set.
    fn role(self) -> Role {
        match self {
            Kind::Heading(rank, _) => Role::Heading(rank),
            Kind::Quote => Role::Quote,
            Kind::Attribution => Role::Attribution,
            Kind::Item => Role::ListItem,
            Kind::Paragraph | Kind::PageBreak => Role::Paragraph,
        }
    }

    /// The structure element of a paragraph of this kind.
    fn element(self) -> ElementKind {
        match self {
            Kind::Quote => ElementKind::BlockQuote,
            Kind::Attribution => ElementKind::Attribution,
            Kind::Item => ElementKind::ListItem,
            Kind::Heading(_, level) => ElementKind::Heading(level),
            Kind::Paragraph | Kind::PageBreak => ElementKind::Paragraph,
        }
    }
}

/// One paragraph of the body in reading order: the tree's blocks taken apart into what
/// the flow places one after the other.
struct Piece<'d> {
    kind: Kind,
    /// Its text (none for page breaks).
    text: Option<&'d Text>,
    /// The heading it is.
    heading: Option<&'d Heading>,
    /// The list it is an item of (its number in the document).
    list: Option<usize>,
}

/// The body's paragraphs in reading order.
fn pieces(doc: &Document) -> Vec<Piece<'_>> {
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

/// A body paragraph, typeset (a page break: no lines).
struct Set {
    kind: Kind,
    par: SetParagraph,
    /// Its structure element (none for page breaks).
    elem: Option<usize>,
    /// The heading's number in the document, for headings.
    heading: Option<usize>,
}

/// Typeset paragraphs as placing reads them: the sets of a run and what follows it,
/// and every structure element.
struct Typeset<'s> {
    sets: &'s [Set],
    elements: &'s [Element],
}

/// Typesets the pieces of `range` (in parallel) and gives each its structure element,
/// numbered on from `carry`: lists enclose their items, text that fell back is marked
/// with the source's language. The piece after the range is set too, without an element
/// (a heading keeps with it), as the last set.
fn set(
    sheet: &Sheet,
    doc: &Document,
    pieces: &[Piece],
    range: Range<usize>,
    carry: &mut Carry,
) -> DiagResult<Warned<(Vec<Set>, Vec<Element>)>> {
    let ts = sheet.ts;
    let next = pieces.get(range.end);
    let pieces = &pieces[range];
    // Paragraph styles and directions first (a paragraph right after a heading has no
    // indent), then every paragraph typeset, then assembled in order.
    let mut jobs: Vec<Job<'_>> = Vec::new();
    let mut after_heading = carry.after_heading;
    for p in pieces.iter().chain(next) {
        let Some(text) = p.text else { continue };
        let ps = ts.par_style(p.kind.role(), after_heading);
        after_heading = p.kind.is_heading();
        jobs.push((text, ps, direction(ts, text)));
    }
    let mut results = set_all(ts, &jobs).into_iter();
    let (mut warnings, mut errors) = (Vec::new(), Vec::new());
    let mut sets: Vec<Set> = Vec::new();
    let mut elements: Vec<Element> = Vec::new();
    let base = carry.elements;
    let empty = |kind| Set {
        kind,
        par: SetParagraph {
            lines: Vec::new(),
            leading: 0.0,
            ascent: 0.0,
        },
        elem: None,
        heading: None,
    };
    for p in pieces {
        let Some(text) = p.text else {
            sets.push(empty(p.kind));
            continue;
        };
        carry.after_heading = p.kind.is_heading();
        let Some(result) = results.next() else { break };
        let w = match result {
            Ok(w) => w,
            Err(e) => {
                errors.extend(e);
                continue;
            }
        };
        warnings.extend(w.warnings);
        let parent = match (p.list, carry.list) {
            (Some(n), Some((m, e))) if n == m => Some(e),
            (Some(n), _) => {
                elements.push(Element::new(ElementKind::List, None));
                carry.list = Some((n, base + elements.len() - 1));
                Some(base + elements.len() - 1)
            }
            (None, _) => None,
        };
        elements.push(Element {
            lang: text.fallback.then(|| doc.source.tag.clone()),
            title: p.heading.map(|_| plain(&text.content)),
            id: Some(text.id.clone()),
            ..Element::new(p.kind.element(), parent)
        });
        sets.push(Set {
            kind: p.kind,
            par: w.output,
            elem: Some(base + elements.len() - 1),
            heading: p.heading.map(|h| h.index),
        });
    }
    // The next piece: its errors and warnings are its own run's.
    if let Some(p) = next {
        let par = match (p.text, results.next()) {
            (Some(_), Some(Ok(w))) => w.output,
            _ => empty(p.kind).par,
        };
        sets.push(Set {
            par,
            ..empty(p.kind)
        });
    }
    carry.elements = base + elements.len();
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Warned {
        output: (sets, elements),
        warnings,
    })
}

/// Where a chapter ending on a nearly empty page gets its lines from: a chapter never
/// ends on a page holding fewer than this many lines (the previous page gives some).
const MIN_CHAPTER_END_LINES: usize = 5;

/// The state of placing: the pages so far, and where headings and chapters landed. A
/// chapter is placed again from a copy when its last page came out too short.
#[derive(Clone)]
struct Placer {
    flow: Flow,
    headings: Vec<Placed>,
    chapter_starts: Vec<ChapterStart>,
}

/// Places the pieces of a run (`run`, indices of `typeset`'s sets) on pages from
/// `start`, which the run's first page continues when `carried`.
fn place(
    sheet: &Sheet,
    typeset: &Typeset,
    run: Range<usize>,
    start: Flow,
    carried: bool,
) -> DiagResult<Placer> {
    let typeset = Typeset {
        sets: &typeset.sets[run.start..],
        elements: typeset.elements,
    };
    let mut st = Placer {
        flow: start,
        headings: Vec::new(),
        chapter_starts: Vec::new(),
    };
    let before = st.clone();
    for i in 0..run.len() {
        st.place_one(sheet, &typeset, i)?;
    }
    st = balance_end(sheet, &typeset, (0, before), run.len(), st, carried)?;
    flush_bottoms(&mut st, sheet.line_h);
    Ok(st)
}

/// How much of the space before a heading may give way, as a share of it, to keep the
/// heading (with the lines kept with it) on its page.
const HEADING_SHRINK: f32 = 0.5;

/// How much a space between paragraphs may grow, as a share of its own height, when
/// its page is stretched to the bottom.
const GAP_STRETCH: f32 = 1.0;

/// Vertical justification: a page that ends short of the bottom — its next heading and
/// the lines kept with it did not fit, or a chapter's last lines moved over — and does
/// not end a chapter has the spaces between its paragraphs (before headings, around
/// quotations and lists) stretched, each by at most [`GAP_STRETCH`] of itself, so its
/// last line comes down to the bottom (or as far as they allow); the lines of a
/// paragraph keep their leading. Headings move with their lines (the contents and the
/// outline point at where they end up).
fn flush_bottoms(st: &mut Placer, line_h: f32) {
    let flow = &mut st.flow;
    for (page, &(end, forced)) in flow.ends.iter().enumerate() {
        let deficit = flow.bottom - end;
        if forced || deficit < line_h * 0.5 {
            continue;
        }
        let Some(p) = flow.pages.get_mut(page) else {
            continue;
        };
        let last = p
            .items
            .iter()
            .filter(|it| it.elem.is_some())
            .map(|it| it.baseline)
            .fold(f32::MIN, f32::max);
        // The spaces with a line below them on the page, in order.
        let gaps: Vec<(f32, f32)> = flow
            .gaps
            .iter()
            .filter(|g| g.0 == page && g.1 < last)
            .map(|g| (g.1, g.2 * GAP_STRETCH))
            .collect();
        let room: f32 = gaps.iter().map(|g| g.1).sum();
        if room <= EPSILON {
            continue;
        }
        let share = (deficit / room).min(1.0);
        // How far down a position moves: the growth of every space above it.
        let shift = |y: f32| -> f32 {
            gaps.iter()
                .filter(|g| g.0 < y - EPSILON)
                .map(|g| g.1 * share)
                .sum()
        };
        for it in &mut p.items {
            it.baseline += shift(it.baseline);
        }
        for h in st.headings.iter_mut().filter(|h| h.page == page) {
            h.y += shift(h.y + EPSILON);
        }
    }
}

/// The lines on a page (bullets aside).
fn lines_on(page: &Page) -> usize {
    page.items.iter().filter(|it| it.elem.is_some()).count()
}

/// A chapter (paragraphs `from..to`, placed from state `before`, which its first page
/// continues when `carried`) whose last page holds
/// fewer than [`MIN_CHAPTER_END_LINES`] lines is placed again with the page before the
/// last ending that many lines earlier, so that the lines move over; `placed` is kept
/// when that does not help (a page that cannot give lines, a chapter of one page).
fn balance_end(
    sheet: &Sheet,
    typeset: &Typeset,
    (from, before): (usize, Placer),
    to: usize,
    placed: Placer,
    carried: bool,
) -> DiagResult<Placer> {
    let pages = placed.flow.pages.len();
    let short = |p: &Placer| p.flow.pages.last().map_or(0, lines_on);
    let have = short(&placed);
    // A chapter placed on its own starts on a new page, or on the page before it left
    // empty: it needs two pages of its own to move lines, or three when it did not open
    // its first (as when the body's pages were placed in one flow).
    let opened = usize::from(!carried);
    if have == 0
        || have >= MIN_CHAPTER_END_LINES
        || pages + opened < before.flow.pages.len() + 2
    {
        return Ok(placed);
    }
    let Some(leading) = typeset.sets[from..to]
        .iter()
        .find(|s| s.kind == Kind::Paragraph)
        .map(|s| s.par.leading)
    else {
        return Ok(placed);
    };
    let page = pages - 2;
    for more in MIN_CHAPTER_END_LINES - have..MIN_CHAPTER_END_LINES + 2 {
        let mut st = before.clone();
        st.flow.short = Some((page, sheet.bottom - leading * more as f32));
        for i in from..to {
            st.place_one(sheet, typeset, i)?;
        }
        st.flow.short = None;
        if st.flow.pages.len() == pages && short(&st) >= MIN_CHAPTER_END_LINES {
            return Ok(st);
        }
    }
    Ok(placed)
}

impl Placer {
    /// Places paragraph `i` of the body.
    fn place_one(
        &mut self,
        sheet: &Sheet,
        typeset: &Typeset,
        i: usize,
    ) -> DiagResult<()> {
        let (ts, sp, line_h) = (sheet.ts, sheet.spacing, sheet.line_h);
        let sizes = &ts.style.sizes;
        let sets = &typeset.sets;
        let s = &sets[i];
        let (flow, headings, chapter_starts) =
            (&mut self.flow, &mut self.headings, &mut self.chapter_starts);
        let (bullet_face, bullet_gid, _) = ts.glyph('•', sheet.body)?;
        // The space set before a heading: it may shrink to keep the heading on its page.
        let mut space_before = 0.0;
        match s.kind {
            Kind::PageBreak => {
                if !flow.page_empty() {
                    flow.forced_page();
                }
                return Ok(());
            }
            Kind::Heading(Rank::Chapter, _) => {
                if !flow.page_empty() {
                    flow.forced_page();
                }
                flow.y += line_h * sp.chapter_before;
            }
            Kind::Heading(..) => {
                let y = flow.y;
                flow.space(line_h * sizes.heading_before);
                space_before = flow.y - y;
            }
            _ if i > 0 && sets[i - 1].kind == Kind::Item && s.kind != Kind::Item => {
                // A list is set apart from the paragraph after it.
                flow.space(line_h * sp.list_after);
            }
            Kind::Quote | Kind::Item => {
                let prev = i.checked_sub(1).map(|p| sets[p].kind);
                if prev != Some(s.kind) && !prev.is_some_and(Kind::is_heading) {
                    let before = if s.kind == Kind::Quote {
                        sp.quote_before
                    } else {
                        sp.list_before
                    };
                    flow.space(line_h * before);
                }
            }
            _ => {}
        }
        let Some(elem) = s.elem else { return Ok(()) };
        let level = match s.kind {
            Kind::Heading(_, level) => Some(level),
            _ => None,
        };
        if level.is_some() || s.kind == Kind::Quote {
            // Keep with the next paragraph: the heading plus two lines of what follows
            // (a quotation keeps with its attribution).
            let mut need = s.par.leading * s.par.lines.len() as f32;
            if let Some(next) = sets.get(i + 1) {
                let after = if level.is_some() {
                    line_h * sizes.heading_after
                } else {
                    0.0
                };
                // The lines kept never end the page on a hyphen, and a paragraph too
                // short to leave MIN_LINES on each side of a page turn after them is
                // kept whole (a heading kept with two lines of a three-line paragraph
                // was left at the page foot: the paragraph cannot split 2 + 1).
                let lines = &next.par.lines;
                let mut keep = lines.len().min(KEEP_LINES);
                while keep < lines.len() && keep > 0 && ends_in_hyphen(&lines[keep - 1]) {
                    keep += 1;
                }
                if lines.len() - keep < MIN_LINES {
                    keep = lines.len();
                }
                need += after + next.par.leading * keep as f32;
            }
            let over = need - flow.room();
            if over > 0.0 && over <= space_before * HEADING_SHRINK {
                // Near the foot of a page the space before a heading gives a little,
                // rather than the page ending visibly short.
                flow.shrink_gap(over);
            } else if over > 0.0 && !flow.page_empty() && need < flow.bottom - flow.top {
                flow.new_page();
            }
        }
        if let (Some(level), Some(index)) = (level, s.heading) {
            // A heading's lines stay together.
            if s.par.leading * s.par.lines.len() as f32 > flow.room() {
                flow.new_page();
            }
            let element = &typeset.elements[elem];
            let title = element.title.clone().unwrap_or_default();
            let page = flow.pages.len() - 1;
            if matches!(s.kind, Kind::Heading(Rank::Chapter, _)) {
                chapter_starts.push(ChapterStart {
                    page,
                    title: title.clone(),
                });
            }
            headings.push(Placed {
                index,
                page,
                y: flow.y,
                title,
                level,
                lang: element.lang.clone(),
                id: element.id.clone(),
            });
        }
        let start_page = flow.pages.len();
        flow.paragraph(&s.par, Some(elem));
        if s.kind == Kind::Item {
            // The bullet hangs in the list indent, on the first line, which may be on
            // the next page when the item did not fit.
            let first = flow.pages[start_page - 1..].iter_mut().find_map(|p| {
                let i = p.items.iter().position(|it| it.elem == Some(elem))?;
                Some((p, i))
            });
            if let Some((p, i)) = first {
                let indent = sizes.list_indent;
                let bx = if ts.rtl {
                    sheet.right() - indent * (1.0 - sp.bullet_position)
                } else {
                    sheet.left + indent * sp.bullet_position
                };
                let baseline = p.items[i].baseline;
                p.items.push(Item {
                    x: bx,
                    baseline,
                    line: glyph_line(bullet_face, bullet_gid, sheet.body, "•", 0.0),
                    elem: None,
                });
            }
        }
        if level.is_some() {
            flow.y += line_h * sizes.heading_after;
        } else if s.kind == Kind::Quote {
            flow.gap(line_h * sp.quote_after);
            flow.y += line_h * sp.quote_after;
        } else if s.kind == Kind::Attribution {
            flow.gap(line_h * sp.attribution_after);
            flow.y += line_h * sp.attribution_after;
        }
        Ok(())
    }
}

/// A paragraph to typeset: its text, paragraph style and direction (right to left?).
type Job<'r> = (&'r Text, ParStyle, bool);

/// The direction of a paragraph (right to left?): a text that fell back to the source
/// locale keeps the source text's own direction (an English paragraph inside a Persian
/// edition reads left to right).
pub(super) fn direction(ts: &Typesetter, text: &Text) -> bool {
    if text.fallback {
        crate::layout::first_strong_rtl(&text.content.to_plain()).unwrap_or(ts.rtl)
    } else {
        ts.rtl
    }
}

/// Typesets paragraphs on every core, each thread with its own typesetter (faces and
/// shape plans are per thread; fonts, shaped words and hyphenation are shared), and
/// returns the results in the paragraphs' order. The result does not depend on the
/// number of threads.
fn set_all(ts: &Typesetter, jobs: &[Job<'_>]) -> Vec<DiagResult<Warned<SetParagraph>>> {
    let (style, book, locale, shared) = (ts.style, ts.book, &ts.locale, ts.shared());
    jobs.par_iter()
        .map_init(
            || Typesetter::sharing(style, book, locale, shared.clone()),
            |t, (text, ps, rtl)| t.set_directed(&text.content, ps, Some(&text.id), *rtl),
        )
        .collect()
}

/// Whether a line ends in a hyphen (a divided word, or a word's own hyphen): such a
/// line never ends a page.
pub(super) fn ends_in_hyphen(line: &LineFrame) -> bool {
    let hyphen = |t: &str| t.ends_with(['-', '\u{2010}', '\u{00AD}']);
    hyphen(&line.text) || line.segments.last().is_some_and(|s| hyphen(&s.text))
}

/// A one-glyph line (bullets).
fn glyph_line(face: FaceId, id: u16, size: f32, text: &str, advance: f32) -> LineFrame {
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
        fit: Default::default(),
    }
}

/// Lines flowing onto pages.
#[derive(Clone)]
pub(super) struct Flow {
    /// The pages so far; the last is being filled.
    pub pages: Vec<Page>,
    /// Top of the next line (pt from the page's top).
    pub y: f32,
    /// Top of the text area.
    pub top: f32,
    /// Bottom of the text area.
    pub bottom: f32,
    /// Left of the text area.
    left: f32,
    /// A page (by index) that ends higher than the others, at that bottom: a chapter's
    /// last lines moved over to its last page.
    short: Option<(usize, f32)>,
    /// The vertical spaces set between paragraphs (before a heading, around quotations
    /// and lists): page index, top of the space, its height. A page that ends short
    /// stretches them ([`flush_bottoms`]).
    gaps: Vec<(usize, f32, f32)>,
    /// Where each page closed by [`Flow::new_page`] ended (the foot of its last line,
    /// not counting a space set after it), and whether a forced break (a chapter, a page
    /// break) closed it.
    ends: Vec<(f32, bool)>,
    /// The foot of the last line placed on the current page.
    line_end: f32,
}

impl Flow {
    /// An empty first page.
    pub fn new(top: f32, bottom: f32, left: f32) -> Flow {
        Flow {
            pages: vec![Page::default()],
            y: top,
            top,
            bottom,
            left,
            short: None,
            gaps: Vec::new(),
            ends: Vec::new(),
            line_end: top,
        }
    }

    /// The pages of a run placed, and the flow the next run starts from with whether
    /// it carries a page over: this run's last page when it is empty and `more` runs
    /// follow (a page break and then a chapter: the chapter goes on that page), else a
    /// new page.
    fn finish(mut self, more: bool) -> (Vec<Page>, (Flow, bool)) {
        let fresh = Flow::new(self.top, self.bottom, self.left);
        if !(more && self.page_empty()) {
            return (self.pages, (fresh, false));
        }
        let last = self.pages.len() - 1;
        let page = self.pages.pop().unwrap_or_default();
        let carried = Flow {
            pages: vec![page],
            y: self.y,
            gaps: self
                .gaps
                .iter()
                .filter(|g| g.0 == last)
                .map(|g| (0, g.1, g.2))
                .collect(),
            line_end: self.line_end,
            ..fresh
        };
        (self.pages, (carried, true))
    }

    /// Whether nothing is on the current page yet.
    pub fn page_empty(&self) -> bool {
        self.pages.last().is_none_or(|p| p.items.is_empty())
    }

    /// Starts a new page.
    pub fn new_page(&mut self) {
        self.ends.push((self.line_end, false));
        self.pages.push(Page::default());
        self.y = self.top;
        self.line_end = self.top;
    }

    /// Starts a new page where the text must break (a chapter, a page break): the page
    /// left ends a part and is not stretched to the bottom.
    fn forced_page(&mut self) {
        self.new_page();
        if let Some(end) = self.ends.last_mut() {
            end.1 = true;
        }
    }

    /// The bottom of the current page's text.
    fn page_bottom(&self) -> f32 {
        match self.short {
            Some((page, bottom)) if page + 1 == self.pages.len() => bottom,
            _ => self.bottom,
        }
    }

    /// Room left on the current page.
    pub fn room(&self) -> f32 {
        self.page_bottom() - self.y
    }

    /// Vertical space, dropped at the top of a page.
    pub fn space(&mut self, h: f32) {
        if self.y > self.top + EPSILON {
            let y = (self.y + h).min(self.page_bottom());
            self.gap(y - self.y);
            self.y = y;
        }
    }

    /// Takes `h` back from the space just set.
    fn shrink_gap(&mut self, h: f32) {
        self.y -= h;
        if let Some(g) = self.gaps.last_mut() {
            g.2 -= h;
        }
    }

    /// Records a space of `h` about to be added at the current position.
    fn gap(&mut self, h: f32) {
        if h > EPSILON {
            self.gaps.push((self.pages.len() - 1, self.y, h));
        }
    }

    /// Places line `line` of `par` at the current position.
    fn put(&mut self, par: &SetParagraph, line: usize, elem: Option<usize>) {
        let l = &par.lines[line];
        let item = Item {
            x: self.left + l.x,
            baseline: self.y + par.ascent,
            line: l.clone(),
            elem,
        };
        self.y += par.leading;
        self.line_end = self.y;
        if let Some(p) = self.pages.last_mut() {
            p.items.push(item);
        }
    }

    /// Places a paragraph, splitting it across pages with at least [`MIN_LINES`] lines
    /// on each side (no orphans, no widows).
    pub fn paragraph(&mut self, par: &SetParagraph, elem: Option<usize>) {
        let n = par.lines.len();
        let mut i = 0;
        while i < n {
            let fit = ((self.room() + EPSILON) / par.leading).floor().max(0.0) as usize;
            let rest = n - i;
            let take = if rest <= fit {
                rest
            } else {
                let mut k = fit;
                if rest - k < MIN_LINES {
                    k = rest.saturating_sub(MIN_LINES);
                }
                // No word divided across the page turn (TeX's \brokenpenalty, as a
                // rule): the page ends a line earlier (two at most) rather than on a
                // hyphen.
                let mut back = 0;
                while k > MIN_LINES && back < 2 && ends_in_hyphen(&par.lines[i + k - 1]) {
                    k -= 1;
                    back += 1;
                }
                if k > 0 && ends_in_hyphen(&par.lines[i + k - 1]) {
                    // Nothing to move back: the paragraph goes to the next page, unless
                    // the page holds nothing else.
                    k = if self.page_empty() {
                        fit.min(rest.saturating_sub(MIN_LINES))
                    } else {
                        0
                    };
                }
                if k < MIN_LINES {
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
