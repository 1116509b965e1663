//! Flow: the body's paragraphs typeset (in parallel, a batch of chapters at a time:
//! they are independent, and page numbers never change their lines) and placed page
//! after page — chapters on new pages, headings and quotations kept with what follows,
//! no widows or orphans, bullets beside list items, a page a heading left short filled
//! by setting paragraphs before it a line tighter or looser — with where each heading
//! landed.
//!
//! A long body is never held whole: the contents need every heading's page before the
//! first page can be written, so placing runs twice. The first pass ([`flow`]) keeps
//! the headings, the chapter starts, the first [`KEEP_PAGES`] or so pages and the
//! placer as it stood at the start of the chapter where those end (a [`Mark`]), and
//! drops every other page and each chapter's lines once the chapter is placed. The
//! second ([`Body::pages`]) typesets and places the rest again from that mark, handing
//! each page over as it is finished; each paragraph is set with the looseness the first
//! pass settled on (it does not search again), so it places the same lines in the same
//! places. A placement kept for the next ([`Placement`]) holds every page, in one pass.
//!
//! Placing can resume where an earlier placement of the same body stood ([`Placement`],
//! kept by a preview server between edits): from the start of the last chapter (or page
//! break) before the first paragraph that changed. Nothing before a chapter's start
//! depends on what comes after it — a chapter always begins a page, the decisions that
//! look ahead (a heading or quotation kept with the next paragraph) look one paragraph
//! ahead, and those that reach back over earlier pages (a short chapter end balanced
//! over the page before it, [`balance_end`]) stay within their chapter — so the pages
//! before it are the earlier placement's, and the body is the one a placement from the
//! first page gives.

use crate::diag::{Code, DiagResult, Diagnostic, Warned};
use crate::doc::{Block, BlockRef, Document, Heading, Rank, Role, StyledText, Text};
use crate::fonts::FaceId;
use crate::layout::frame::{LineFrame, PlacedGlyph, Segment};
use crate::layout::{Align, ParStyle, SetParagraph, Typesetter};
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

/// The body laid out (the first pass): where each heading and chapter landed, how many
/// pages it takes, its structure elements, and its pages — the first [`KEEP_PAGES`] or
/// so of a long body, with what [`Body::pages`] needs to set the others again.
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
    /// Its first pages (all of them when `rest` is none): those before the page the
    /// rest's mark stood on.
    kept: Vec<Page>,
    /// How to place the pages after those again.
    rest: Option<Rest<'d>>,
}

/// What placing the body's pages after the kept ones again needs: placing as it stood
/// at the start of the chapter (or page break) the first of them belongs to, and every
/// paragraph with what it was set from (its lines dropped), the looseness it was
/// finally set with included.
struct Rest<'d> {
    /// The placer at the mark, the pages before the mark's own page emptied.
    placer: Placer,
    mark: Mark,
    sets: Vec<Set<'d>>,
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
/// up to about this many pages is typeset once.
const KEEP_PAGES: usize = 128;

/// Lays out the document's body: its paragraphs in reading order, typeset a batch of
/// chapters at a time, then placed — resuming `memory`'s earlier placement of it where
/// the paragraphs start to differ, and leaving this one there for the next (all its
/// pages then held). `lines` sees every line of every page. Without a memory, only the
/// first [`KEEP_PAGES`] or so pages are kept: [`Body::pages`] sets the others again.
pub(super) fn flow<'d>(
    sheet: &Sheet,
    doc: &'d Document,
    memory: Option<&mut Placement>,
    lines: &mut dyn FnMut(&LineFrame),
) -> DiagResult<Warned<Body<'d>>> {
    let pieces = pieces(doc);
    let (sets, elements, keys) = prepare(sheet, doc, &pieces, memory.is_some());
    let mut typeset = Typeset {
        sets,
        elements: &elements,
        keys,
    };
    let placed = place(sheet, &mut typeset, memory, lines)?;
    let Typeset { sets, .. } = typeset;
    let rest = placed
        .output
        .rest
        .map(|(placer, mark)| Rest { placer, mark, sets });
    let body = placed.output.placer;
    let pages = body.flow.pages.len();
    let mut kept = body.flow.pages;
    if let Some(rest) = &rest {
        kept.truncate(rest.mark.pages - 1);
    }
    Ok(Warned {
        output: Body {
            elements,
            headings: body.headings,
            chapter_starts: body.chapter_starts,
            pages,
            kept,
            rest,
        },
        warnings: placed.warnings,
    })
}

impl Body<'_> {
    /// The body's pages in order, each handed to `page` as it is finished: those kept
    /// from the first pass, then the others typeset and placed again from where the
    /// first of them was begun (the same lines in the same places: typesetting and
    /// placing are deterministic, and each paragraph is set with the looseness the
    /// first pass kept). `elements` are the body's (taken out of it for the
    /// document's).
    pub fn pages(
        self,
        sheet: &Sheet,
        elements: &[Element],
        page: &mut dyn FnMut(Page) -> DiagResult<()>,
    ) -> DiagResult<()> {
        let first = self.kept.len();
        self.kept.into_iter().try_for_each(&mut *page)?;
        let Some(rest) = self.rest else {
            return Ok(());
        };
        let mut typeset = Typeset {
            sets: rest.sets,
            elements,
            keys: Vec::new(),
        };
        let mut st = rest.placer;
        let mut emitted = first;
        let mut finished = |st: &mut Placer, mark: Option<&Mark>| -> DiagResult<()> {
            let to = mark.map_or(st.flow.pages.len(), |m| m.pages - 1);
            flush_bottoms(st, sheet.line_h, emitted..to);
            for p in &mut st.flow.pages[emitted..to] {
                page(std::mem::take(p))?;
            }
            emitted = to;
            Ok(())
        };
        let pass = Pass {
            fill: false,
            finished: &mut finished,
        };
        let start = rest.mark.piece;
        let batches = batches(&typeset.sets, start..typeset.sets.len(), BATCH);
        let mut marks = vec![rest.mark];
        placing(sheet, &mut typeset, &mut st, &mut marks, &batches, pass)?;
        // The contents, the outline and the links were numbered from the first pass:
        // a second that placed a heading elsewhere would make them lie, so it fails the
        // build (it never should: both passes are the same computation).
        let agree = st.flow.pages.len() == self.pages
            && placed_alike(&st.headings, &self.headings, first);
        if !agree {
            return Err(vec![Diagnostic::error(
                Code::InternalError,
                format!(
                    "the body placed again ({} pages) is not as first placed ({} pages, \
                     its headings where the contents and the outline say they are)",
                    st.flow.pages.len(),
                    self.pages
                ),
            )
            .hint("this is a bug in silkpress: please report it with the project")]);
        }
        Ok(())
    }
}

/// Whether the headings a second pass placed (`again`) are those of the first (`was`):
/// each the same heading, and on a page placed again (from page `first` on) on the same
/// page at the same height. The headings of the pages kept from the first pass are its
/// own; the second pass's placer holds them as they were before those pages' spaces
/// were stretched.
fn placed_alike(again: &[Placed], was: &[Placed], first: usize) -> bool {
    again.len() == was.len()
        && again.iter().zip(was).all(|(a, b)| {
            a.index == b.index && (b.page < first || a.page == b.page && a.y == b.y)
        })
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
struct Set<'d> {
    kind: Kind,
    par: SetParagraph,
    /// What it was set from, to set it again in another number of lines.
    job: Option<Job<'d>>,
    /// Its structure element (none for page breaks).
    elem: Option<usize>,
    /// The heading's number in the document, for headings.
    heading: Option<usize>,
}

/// The body's paragraphs as placing reads them, with their structure elements; a
/// paragraph's lines are there while its batch is placed ([`set_lines`]).
struct Typeset<'d, 'e> {
    sets: Vec<Set<'d>>,
    elements: &'e [Element],
    /// What each set was placed from, one for one (when a placement is kept).
    keys: Vec<PieceKey>,
}

/// A paragraph's lines and the looseness they were set with.
type Lines = (SetParagraph, i8);

impl Set<'_> {
    /// Gives it the lines `par`, set with `looseness`; returns the lines and looseness
    /// it had.
    fn reset(&mut self, par: SetParagraph, looseness: i8) -> Lines {
        let par = std::mem::replace(&mut self.par, par);
        let was = match &mut self.job {
            Some((_, ps, _)) => std::mem::replace(&mut ps.looseness, looseness),
            None => 0,
        };
        (par, was)
    }
}

/// Everything [`Placer::place_one`] reads of a piece, for telling whether a piece is the
/// one an earlier placement placed: its kind, its structure element and heading numbers
/// and the element itself, and what its lines were set from (for one typesetter, the
/// lines are a function of the text, message ID, paragraph style and direction). The
/// text itself, not a hash of it: two pieces are never taken for each other.
#[derive(Clone, Debug, PartialEq)]
struct PieceKey {
    kind: Kind,
    elem: Option<usize>,
    heading: Option<usize>,
    element: Option<Element>,
    /// The text, its message ID, its paragraph style and direction (none for page
    /// breaks).
    source: Option<(StyledText, String, ParStyle, bool)>,
}

/// Each piece with what it is set from and its structure element — lists enclose their
/// items, text that fell back is marked with the source's language — but no lines yet
/// ([`set_lines`] sets them), and, when `keyed`, its [`PieceKey`].
fn prepare<'d>(
    sheet: &Sheet,
    doc: &'d Document,
    pieces: &[Piece<'d>],
    keyed: bool,
) -> (Vec<Set<'d>>, Vec<Element>, Vec<PieceKey>) {
    let ts = sheet.ts;
    let mut sets: Vec<Set<'d>> = Vec::with_capacity(pieces.len());
    let mut elements: Vec<Element> = Vec::new();
    let mut keys: Vec<PieceKey> = Vec::new();
    let no_lines = || SetParagraph {
        lines: Vec::new(),
        leading: 0.0,
        ascent: 0.0,
    };
    // A paragraph right after a heading has no indent.
    let mut after_heading = false;
    // The current list's number and element.
    let mut list: Option<(usize, usize)> = None;
    for p in pieces {
        let Some(text) = p.text else {
            sets.push(Set {
                kind: p.kind,
                par: no_lines(),
                job: None,
                elem: None,
                heading: None,
            });
            if keyed {
                keys.push(PieceKey {
                    kind: p.kind,
                    elem: None,
                    heading: None,
                    element: None,
                    source: None,
                });
            }
            continue;
        };
        let ps = ts.par_style(p.kind.role(), after_heading);
        after_heading = p.kind.is_heading();
        let job = (text, ps, direction(ts, text));
        let parent = match (p.list, list) {
            (Some(n), Some((m, e))) if n == m => Some(e),
            (Some(n), _) => {
                elements.push(Element::new(ElementKind::List, None));
                list = Some((n, elements.len() - 1));
                Some(elements.len() - 1)
            }
            (None, _) => None,
        };
        elements.push(Element {
            lang: text.fallback.then(|| doc.source.tag.clone()),
            title: p.heading.map(|_| plain(&text.content)),
            id: Some(text.id.clone()),
            ..Element::new(p.kind.element(), parent)
        });
        let set = Set {
            kind: p.kind,
            par: no_lines(),
            job: Some(job),
            elem: Some(elements.len() - 1),
            heading: p.heading.map(|h| h.index),
        };
        if keyed {
            keys.push(PieceKey {
                kind: set.kind,
                elem: set.elem,
                heading: set.heading,
                element: elements.last().cloned(),
                source: Some((text.content.clone(), text.id.clone(), job.1, job.2)),
            });
        }
        sets.push(set);
    }
    (sets, elements, keys)
}

/// Typesets the paragraphs of `range` (in parallel), each with the looseness its job
/// holds, and the one after it (a heading or quotation at its end keeps with it; its
/// warnings and errors are its own batch's); returns their warnings, or their errors.
fn set_lines(
    ts: &Typesetter,
    sets: &mut [Set],
    range: Range<usize>,
) -> DiagResult<Vec<Diagnostic>> {
    let end = (range.end + 1).min(sets.len());
    let jobs: Vec<Job<'_>> = sets[range.start..end]
        .iter()
        .filter_map(|s| s.job)
        .collect();
    let mut results = set_all(ts, &jobs).into_iter();
    let (mut warnings, mut errors) = (Vec::new(), Vec::new());
    for (k, set) in sets[range.start..end].iter_mut().enumerate() {
        if set.job.is_none() {
            continue;
        }
        let Some(result) = results.next() else { break };
        let own = range.start + k < range.end;
        match result {
            Ok(w) => {
                set.par = w.output;
                if own {
                    warnings.extend(w.warnings);
                }
            }
            Err(e) if own => errors.extend(e),
            Err(_) => {}
        }
    }
    if errors.is_empty() {
        Ok(warnings)
    } else {
        Err(errors)
    }
}

/// Drops the lines of the paragraphs of `range`, placed.
fn drop_lines(sets: &mut [Set], range: Range<usize>) {
    for set in &mut sets[range] {
        set.par.lines = Vec::new();
    }
}

/// The pieces of `range` in batches of whole runs of at least `size` (a run starts at
/// each chapter and page break; the last batch may be smaller).
fn batches(sets: &[Set], range: Range<usize>, size: usize) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for i in range.clone() {
        match out.last_mut() {
            Some(b) if b.len() < size || !starts_chapter(sets[i].kind) => b.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}

/// Where a chapter ending on a nearly empty page gets its lines from: a chapter never
/// ends on a page holding fewer than this many lines (the previous page gives some).
const MIN_CHAPTER_END_LINES: usize = 5;

/// The state of placing: the pages so far, and where headings and chapters landed. A
/// chapter is placed again from its start ([`Mark`]) when its last page came out too
/// short.
struct Placer {
    flow: Flow,
    headings: Vec<Placed>,
    chapter_starts: Vec<ChapterStart>,
    /// A page (by index) the last paragraph placed left early: a heading or quotation
    /// and the lines kept with it did not fit at its foot.
    pushed: Option<usize>,
}

/// Where placing stood before a piece that starts a chapter or follows a page break
/// (or the first piece), the chapter before balanced. Placing never changes anything
/// placed before such a point (lines and bullets go on the current page or later ones,
/// spaces and page ends are appended, only the last space can shrink), so a [`Placer`]
/// is taken back there by cutting its lists to these lengths ([`Placer::rewind`]).
#[derive(Clone, Debug)]
struct Mark {
    /// The piece placed next.
    piece: usize,
    /// Pages begun, and the lines (and bullets) on the last of them.
    pages: usize,
    items: usize,
    /// [`Flow::y`] and [`Flow::line_end`].
    y: f32,
    line_end: f32,
    /// Spaces recorded, and the last of them as it was.
    gaps: usize,
    last_gap: Option<(usize, f32, f32)>,
    /// Pages closed.
    ends: usize,
    headings: usize,
    chapter_starts: usize,
}

impl Placer {
    /// Nothing placed yet.
    fn new(sheet: &Sheet) -> Placer {
        Placer {
            flow: Flow::new(sheet.top, sheet.bottom, sheet.left),
            headings: Vec::new(),
            chapter_starts: Vec::new(),
            pushed: None,
        }
    }

    /// Where placing stands, before piece `piece`.
    fn mark(&self, piece: usize) -> Mark {
        let flow = &self.flow;
        debug_assert!(flow.short.is_none(), "marks are taken between chapters");
        Mark {
            piece,
            pages: flow.pages.len(),
            items: flow.pages.last().map_or(0, |p| p.items.len()),
            y: flow.y,
            line_end: flow.line_end,
            gaps: flow.gaps.len(),
            last_gap: flow.gaps.last().copied(),
            ends: flow.ends.len(),
            headings: self.headings.len(),
            chapter_starts: self.chapter_starts.len(),
        }
    }

    /// A copy of it for placing on from where it stands, at a mark: the pages before
    /// the last emptied (placing never reads them again).
    fn resumable(&self) -> Placer {
        let flow = &self.flow;
        let mut pages = vec![Page::default(); flow.pages.len().saturating_sub(1)];
        pages.extend(flow.pages.last().cloned());
        Placer {
            flow: Flow {
                pages,
                gaps: flow.gaps.clone(),
                ends: flow.ends.clone(),
                ..*flow
            },
            headings: self.headings.clone(),
            chapter_starts: self.chapter_starts.clone(),
            pushed: self.pushed,
        }
    }

    /// Takes placing back to `mark`, taken earlier of this placement (or of the one
    /// whose lists this placer holds).
    fn rewind(&mut self, mark: &Mark) {
        let flow = &mut self.flow;
        flow.pages.truncate(mark.pages);
        if let Some(p) = flow.pages.last_mut() {
            p.items.truncate(mark.items);
        }
        flow.y = mark.y;
        flow.line_end = mark.line_end;
        flow.short = None;
        flow.gaps.truncate(mark.gaps);
        if let (Some(g), Some(was)) = (flow.gaps.last_mut(), mark.last_gap) {
            *g = was;
        }
        flow.ends.truncate(mark.ends);
        self.headings.truncate(mark.headings);
        self.chapter_starts.truncate(mark.chapter_starts);
    }
}

/// Whether a piece of this kind begins a new page (a chapter) or follows one (a page
/// break): where placing is marked, chapters balanced, and a later placement resumed.
fn starts_chapter(kind: Kind) -> bool {
    matches!(kind, Kind::Heading(Rank::Chapter, _) | Kind::PageBreak)
}

/// What one placement of a locale's body keeps for the next (a preview server placing
/// it again after each edit), so that placing resumes from the start of the chapter
/// holding the first paragraph that changed instead of from the first page: each
/// piece's [`PieceKey`], a [`Mark`] at each chapter's start, and the body as placed.
/// Valid for one style and font book, like [`crate::layout::LayoutCache`], which holds
/// it.
#[derive(Default)]
pub struct Placement {
    /// The last placement, if any and it succeeded.
    last: Option<Last>,
    /// How many pages it placed.
    stats: PlacementStats,
}

/// How much of the body the last placement placed (the rest it took from the one
/// before).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct PlacementStats {
    /// The body's pages.
    pub pages: usize,
    /// The pages it placed: from the first one an edit could change to the end (all of
    /// them when there was no earlier placement to resume).
    pub placed: usize,
}

impl Placement {
    /// How the last placement went.
    pub fn stats(&self) -> PlacementStats {
        self.stats
    }
}

/// A placement kept: what [`Placement`] describes.
struct Last {
    keys: Vec<PieceKey>,
    /// In the order of their pieces; the first is at piece 0.
    marks: Vec<Mark>,
    /// The body's pages, headings and chapter starts as [`place`] gave them (pages
    /// stretched by [`flush_bottoms`]; the pages before a mark never change after it, and
    /// a mark's own page was either empty there or closed by a forced break, which is
    /// never stretched).
    pages: Vec<Page>,
    headings: Vec<Placed>,
    chapter_starts: Vec<ChapterStart>,
    /// The flow's spaces and page ends.
    gaps: Vec<(usize, f32, f32)>,
    ends: Vec<(f32, bool)>,
}

impl Last {
    /// A placer standing where this placement stood at the start of the last chapter
    /// before the first piece of `keys` that differs from this placement's (the piece
    /// that starts the chapter included: the paragraph before it may be kept with it),
    /// with the marks up to there; none when the first chapter changed.
    fn resume(self, sheet: &Sheet, keys: &[PieceKey]) -> Option<(Placer, Vec<Mark>)> {
        let same = self
            .keys
            .iter()
            .zip(keys)
            .position(|(a, b)| a != b)
            .unwrap_or(self.keys.len().min(keys.len()));
        let at = self.marks.iter().rposition(|m| m.piece < same)?;
        let mut marks = self.marks;
        marks.truncate(at + 1);
        let mut st = Placer::new(sheet);
        st.flow.pages = self.pages;
        st.flow.gaps = self.gaps;
        st.flow.ends = self.ends;
        st.headings = self.headings;
        st.chapter_starts = self.chapter_starts;
        st.rewind(&marks[at]);
        Some((st, marks))
    }
}

/// The body placed by the first pass: the placer as it ended (its pages from the mark,
/// if any, on emptied), and the placer as it stood at the mark, where the second pass
/// places from.
struct FirstPass {
    placer: Placer,
    rest: Option<(Placer, Mark)>,
}

/// Typesets and places the paragraphs on pages (the first pass), from where `memory`'s
/// last placement of the same body first differs (see [`Last::resume`]), and keeps this
/// placement in it. Each page finished is stretched ([`flush_bottoms`]) and its lines go
/// to `lines`; without a memory, those after the first [`KEEP_PAGES`] or so (from the
/// start of a chapter on) are then emptied.
fn place(
    sheet: &Sheet,
    typeset: &mut Typeset,
    mut memory: Option<&mut Placement>,
    lines: &mut dyn FnMut(&LineFrame),
) -> DiagResult<Warned<FirstPass>> {
    let keep_all = memory.is_some();
    let last = memory.as_mut().and_then(|m| m.last.take());
    let (mut st, mut marks) = last
        .and_then(|l| l.resume(sheet, &typeset.keys))
        .unwrap_or_else(|| (Placer::new(sheet), vec![Placer::new(sheet).mark(0)]));
    let chapter = marks.last().cloned().unwrap_or_else(|| st.mark(0));
    // Pages before this one are the last placement's, as it left them: the page the
    // mark stood on, unless lines were on it (the chapter or page break placed next
    // closes it).
    let first_page = chapter.pages - usize::from(chapter.items == 0);
    let n = typeset.sets.len();
    // A memory's placement is resumed with every paragraph typeset (the warnings are
    // all of theirs); else a batch at a time.
    let size = if keep_all { usize::MAX } else { BATCH };
    let batches = batches(&typeset.sets, 0..n, size);
    let mut flushed = first_page;
    let mut rest: Option<(Placer, Mark)> = None;
    let mut finished = |st: &mut Placer, mark: Option<&Mark>| {
        let to = mark.map_or(st.flow.pages.len(), |m| m.pages - 1);
        if let Some(m) = mark.filter(|_| !keep_all && rest.is_none() && to >= KEEP_PAGES)
        {
            rest = Some((st.resumable(), m.clone()));
        }
        flush_bottoms(st, sheet.line_h, flushed..to);
        if let Some((_, m)) = &rest {
            let from = flushed.max(m.pages - 1);
            for p in &mut st.flow.pages[from..to] {
                for it in &p.items {
                    lines(&it.line);
                }
                *p = Page::default();
            }
        }
        flushed = to;
        Ok(())
    };
    let pass = Pass {
        fill: true,
        finished: &mut finished,
    };
    let warnings = placing(sheet, typeset, &mut st, &mut marks, &batches, pass)?;
    // The lines of the pages kept.
    for it in st.flow.pages.iter().flat_map(|p| &p.items) {
        lines(&it.line);
    }
    if let Some(memory) = memory {
        let flow = &st.flow;
        memory.stats = PlacementStats {
            pages: flow.pages.len(),
            placed: flow.pages.len() - first_page,
        };
        memory.last = Some(Last {
            keys: std::mem::take(&mut typeset.keys),
            marks,
            pages: flow.pages.clone(),
            headings: st.headings.clone(),
            chapter_starts: st.chapter_starts.clone(),
            gaps: flow.gaps.clone(),
            ends: flow.ends.clone(),
        });
    }
    Ok(Warned {
        output: FirstPass { placer: st, rest },
        warnings,
    })
}

/// What a pass of placing does besides placing.
struct Pass<'f> {
    /// Whether a page a heading left short is filled ([`fill`]): the first pass decides
    /// it, the second sets the paragraphs as it decided.
    fill: bool,
    /// Called with the placer at each chapter's start ([`Mark`]: the pages before the
    /// mark's page are finished) and at the end (none: every page is).
    finished: &'f mut dyn FnMut(&mut Placer, Option<&Mark>) -> DiagResult<()>,
}

/// Places the body's paragraphs from the last of `marks` on, typesetting them a batch
/// (of `batches`) at a time and dropping each chapter's lines once it is placed;
/// returns the typesetting's warnings (of every batch), or its errors (of every batch:
/// nothing is placed after the first).
fn placing(
    sheet: &Sheet,
    typeset: &mut Typeset,
    st: &mut Placer,
    marks: &mut Vec<Mark>,
    batches: &[Range<usize>],
    pass: Pass,
) -> DiagResult<Vec<Diagnostic>> {
    // The chapter being placed: where it began (marks are never empty).
    let mut chapter = marks.last().cloned().unwrap_or_else(|| st.mark(0));
    let start = chapter.piece;
    let (mut warnings, mut errors) = (Vec::new(), Vec::new());
    for batch in batches {
        match set_lines(sheet.ts, &mut typeset.sets, batch.clone()) {
            Ok(w) => warnings.extend(w),
            Err(e) => errors.extend(e),
        }
        if !errors.is_empty() {
            continue;
        }
        for i in batch.start.max(start)..batch.end {
            if i > start && starts_chapter(typeset.sets[i].kind) {
                balance_end(sheet, typeset, &chapter, i, st)?;
                drop_lines(&mut typeset.sets, chapter.piece..i);
                chapter = st.mark(i);
                marks.push(chapter.clone());
                (pass.finished)(st, Some(&chapter))?;
            }
            st.place_one(sheet, typeset, i)?;
            if let Some(page) = st.pushed.take() {
                if pass.fill {
                    fill(sheet, typeset, &chapter, i, page, st)?;
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let end = typeset.sets.len();
    balance_end(sheet, typeset, &chapter, end, st)?;
    (pass.finished)(st, None)?;
    Ok(warnings)
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
/// outline point at where they end up). Only the pages of `pages` are stretched (each
/// page is stretched by what is on it alone, once it is finished).
fn flush_bottoms(st: &mut Placer, line_h: f32, pages: Range<usize>) {
    let flow = &mut st.flow;
    for page in pages {
        let Some(&(end, forced)) = flow.ends.get(page) else {
            continue;
        };
        let deficit = flow.bottom - end;
        if forced || deficit < line_h * 0.5 {
            continue;
        }
        let Some(p) = flow.pages.get(page) else {
            continue;
        };
        let last = p
            .items
            .iter()
            .filter(|it| it.elem.is_some())
            .map(|it| it.baseline)
            .fold(f32::MIN, f32::max);
        // The spaces with a line below them on the page, in order.
        let gaps: Vec<(f32, f32)> = flow.stretchable(page, last).collect();
        let room: f32 = gaps.iter().map(|g| g.1).sum();
        if room <= EPSILON {
            continue;
        }
        let p = &mut flow.pages[page];
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

/// How many of the chapter's paragraphs before a page left short (nearest first) may be
/// set again in a line fewer or more to fill it.
const FILL_PARAGRAPHS: usize = 12;

/// A page (`page`) that paragraph `to` left early — it and the lines kept with it did
/// not fit at the foot — and that would still end short after its spaces stretch
/// ([`flush_bottoms`]) is filled by setting the chapter's paragraphs before it (nearest
/// first, at most [`FILL_PARAGRAPHS`]) in another number of lines (TeX's `\looseness`:
/// every line within the language's tolerance, or the paragraph is left as it is): first
/// a line fewer, so that the heading comes back to the page with its lines; else a line
/// more, so that the page's own text reaches its foot. The chapter is placed again from
/// its start (`chapter`) with each try; a paragraph's change is carried into the next
/// tries only when it moved the page's end the way the pass needs by half a line and no
/// earlier page of the chapter ends shorter than it did (else it is undone). The first
/// try that fills the page is kept, else the one that leaves it least short if that is
/// at least a line better; else `st` and the paragraphs are as they were. The
/// paragraphs keep the lines the kept try gave them.
fn fill(
    sheet: &Sheet,
    typeset: &mut Typeset,
    chapter: &Mark,
    to: usize,
    page: usize,
    st: &mut Placer,
) -> DiagResult<()> {
    let line_h = sheet.line_h;
    // How far page `q` ends short of its foot, after its spaces stretch.
    let short_at = |st: &Placer, q: usize| -> f32 {
        let flow = &st.flow;
        match flow.ends.get(q) {
            Some(&(end, false)) => {
                let stretch: f32 = flow.stretchable(q, end).map(|(_, grow)| grow).sum();
                flow.bottom - end - stretch
            }
            _ => 0.0,
        }
    };
    let was = short_at(st, page);
    if was < line_h {
        return Ok(());
    }
    // The chapter's pages before this one, and how short each ended.
    let first = chapter.pages.saturating_sub(1);
    let before: Vec<f32> = (first..page).map(|q| short_at(st, q)).collect();
    // The chapter's justified body paragraphs, nearest the page first: a line fewer
    // or more in any of them moves the lines after it up or down, down to this page.
    let justified = |s: &Set| {
        s.kind == Kind::Paragraph
            && s.job.is_some_and(|(_, ps, _)| ps.align == Align::Justify)
    };
    let from = chapter.piece;
    let earlier: Vec<usize> = (from..to)
        .rev()
        .filter(|&j| justified(&typeset.sets[j]))
        .take(FILL_PARAGRAPHS)
        .collect();
    // A line fewer may also come from the paragraph kept with the heading.
    let kept = Some(to + 1).filter(|&k| typeset.sets.get(k).is_some_and(justified));
    let replay = |st: &mut Placer, typeset: &Typeset| -> DiagResult<()> {
        st.rewind(chapter);
        for k in from..=to {
            st.place_one(sheet, typeset, k)?;
        }
        st.pushed = None;
        Ok(())
    };
    // No earlier page of the chapter may end shorter (each still ends less than a line
    // short, or no shorter than before).
    let none_shorter = |st: &Placer| {
        st.flow.pages.len() > page
            && (first..page).zip(&before).all(|(q, &was)| {
                let now = short_at(st, q);
                now < line_h || now <= was + EPSILON
            })
    };
    let tries = [
        (
            -1i8,
            kept.iter().chain(&earlier).copied().collect::<Vec<_>>(),
        ),
        (1, earlier.clone()),
    ];
    // The paragraphs as set again by the try that left the page least short, if none
    // fills it, and how short.
    let mut best: Option<(f32, Vec<(usize, Lines)>)> = None;
    for (looseness, paragraphs) in tries {
        let mut changed: Vec<(usize, Lines)> = Vec::new();
        // How short the page ends with the changes kept so far.
        let mut now = was;
        for j in paragraphs {
            let Some((text, ps, rtl)) = typeset.sets[j].job else {
                continue;
            };
            let ps = ParStyle { looseness, ..ps };
            let again = sheet
                .ts
                .set_directed(&text.content, &ps, Some(&text.id), rtl)?
                .output;
            let lines = typeset.sets[j].par.lines.len();
            if again.lines.len() as isize != lines as isize + isize::from(looseness) {
                continue;
            }
            let old = typeset.sets[j].reset(again, looseness);
            replay(st, typeset)?;
            let landed = st.flow.pages.len() - 1;
            let left = short_at(st, page);
            if none_shorter(st)
                && (looseness < 0 && landed == page
                    || landed == page + 1 && left < line_h)
            {
                // The heading came back to the page, or the page's text reaches its foot.
                return Ok(());
            }
            // A change is kept for the next tries only when it moved the page's end the
            // way this pass needs (up for a line fewer, making room for the heading;
            // down for a line more) by half a line, and no earlier page ends shorter.
            let moved = if looseness < 0 {
                left - now
            } else {
                now - left
            };
            if !none_shorter(st) || landed != page + 1 || moved < line_h / 2.0 {
                typeset.sets[j].reset(old.0, old.1);
                continue;
            }
            now = left;
            changed.push((j, old));
            let better = best.as_ref().map_or(was - line_h, |b| b.0);
            if landed == page + 1 && left <= better + EPSILON {
                let pars = changed
                    .iter()
                    .map(|(j, _)| (*j, (typeset.sets[*j].par.clone(), looseness)))
                    .collect();
                best = Some((left, pars));
            }
        }
        // The paragraphs as they were.
        for (j, (par, was)) in changed.into_iter().rev() {
            typeset.sets[j].reset(par, was);
        }
    }
    if let Some((_, pars)) = best {
        for (j, (par, looseness)) in pars {
            typeset.sets[j].reset(par, looseness);
        }
    }
    replay(st, typeset)
}

/// The lines on a page (bullets aside).
fn lines_on(page: &Page) -> usize {
    page.items.iter().filter(|it| it.elem.is_some()).count()
}

/// A chapter (paragraphs from `before`'s to `to`, placed in `st`) whose last page holds
/// fewer than [`MIN_CHAPTER_END_LINES`] lines is placed again from `before` with the page
/// before the last ending that many lines earlier, so that the lines move over; it is
/// placed as it was when that does not help (a page that cannot give lines, a chapter of
/// one page). Only the chapter's last two pages can change: it never reaches back over
/// the chapter's start, which is what lets a later placement resume there.
fn balance_end(
    sheet: &Sheet,
    typeset: &Typeset,
    before: &Mark,
    to: usize,
    st: &mut Placer,
) -> DiagResult<()> {
    let pages = st.flow.pages.len();
    let short = |p: &Placer| p.flow.pages.last().map_or(0, lines_on);
    let have = short(st);
    if have == 0 || have >= MIN_CHAPTER_END_LINES || pages < before.pages + 2 {
        return Ok(());
    }
    let from = before.piece;
    let Some(leading) = typeset.sets[from..to]
        .iter()
        .find(|s| s.kind == Kind::Paragraph)
        .map(|s| s.par.leading)
    else {
        return Ok(());
    };
    let page = pages - 2;
    let again = |st: &mut Placer, short: Option<(usize, f32)>| -> DiagResult<()> {
        st.rewind(before);
        st.flow.short = short;
        for i in from..to {
            st.place_one(sheet, typeset, i)?;
        }
        st.flow.short = None;
        // A heading pushed here is the chapter's own business, seen when it was placed.
        st.pushed = None;
        Ok(())
    };
    for more in MIN_CHAPTER_END_LINES - have..MIN_CHAPTER_END_LINES + 2 {
        again(st, Some((page, sheet.bottom - leading * more as f32)))?;
        if st.flow.pages.len() == pages && short(st) >= MIN_CHAPTER_END_LINES {
            return Ok(());
        }
    }
    // Placed as it was.
    again(st, None)
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
        let (flow, headings, chapter_starts, pushed) = (
            &mut self.flow,
            &mut self.headings,
            &mut self.chapter_starts,
            &mut self.pushed,
        );
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
                *pushed = Some(flow.pages.len() - 1);
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
            debug_assert_eq!(index, headings.len(), "headings are placed in order");
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

/// Typesets paragraphs on every core with the one typesetter (its parsed faces, shape
/// plans, shaped words and hyphenation shared by the threads), and returns the results
/// in the paragraphs' order. The result does not depend on the number of threads.
fn set_all(ts: &Typesetter, jobs: &[Job<'_>]) -> Vec<DiagResult<Warned<SetParagraph>>> {
    jobs.par_iter()
        .map(|(text, ps, rtl)| ts.set_directed(&text.content, ps, Some(&text.id), *rtl))
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

    /// The spaces on page `page` that begin above `y` (top, and how much each may grow,
    /// [`GAP_STRETCH`] of itself), in order: what [`flush_bottoms`] stretches.
    fn stretchable(&self, page: usize, y: f32) -> impl Iterator<Item = (f32, f32)> + '_ {
        self.gaps
            .iter()
            .filter(move |g| g.0 == page && g.1 < y)
            .map(|g| (g.1, g.2 * GAP_STRETCH))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn heading(index: usize, page: usize, y: f32) -> Placed {
        Placed {
            index,
            page,
            y,
            title: String::new(),
            level: 1,
            lang: None,
            id: None,
        }
    }

    #[test]
    fn a_heading_placed_again_elsewhere_is_a_disagreement() {
        let was = [
            heading(0, 3, 100.0),
            heading(1, 5, 240.5),
            heading(2, 6, 80.0),
        ];
        assert!(placed_alike(&was, &was, 5));
        // On a kept page (before 5) the placer's height may be the unstretched one.
        let kept_unstretched = [heading(0, 3, 91.0), was[1].clone(), was[2].clone()];
        assert!(placed_alike(&kept_unstretched, &was, 5));
        // On a page placed again, a height, a page or a heading that differs does not.
        let lower = [was[0].clone(), heading(1, 5, 231.5), was[2].clone()];
        assert!(!placed_alike(&lower, &was, 5));
        let later = [was[0].clone(), was[1].clone(), heading(2, 7, 80.0)];
        assert!(!placed_alike(&later, &was, 5));
        assert!(!placed_alike(&was[..2], &was, 5));
        let other = [was[0].clone(), heading(4, 5, 240.5), was[2].clone()];
        assert!(!placed_alike(&other, &was, 5));
    }
}
