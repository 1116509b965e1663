//! `check --layout`: the PDF edition of each checked locale typeset in memory, and what
//! its pages show reported against the message that causes it, with the `.ftl`
//! position of that message and the page:
//!
//! - a word cut without a hyphen because it is wider than the measure
//!   (`overfull-line`, the build's own code) and a justified line stretched beyond
//!   `[layout-check] max-stretch` (`loose-line`), each naming the word;
//! - a heading, cover line or contents entry wrapping to more lines than its limit, or
//!   a cover title running into the publisher line (`title-too-long`); a chapter title
//!   whose running head does not fit is `running-head-too-long`, which `check` already
//!   reports: the layout adds the page where the head goes without its title;
//! - a heading left at the foot of a page (`heading-at-page-foot`) and a paragraph's
//!   single line alone at a page's foot or head (`widow-or-orphan`), which pagination
//!   avoids when it can;
//! - a chapter taking many more pages than in the source edition (`chapter-grew`);
//! - strong-script characters drawn from the first face of another script's stack
//!   (`fallback-face`).
//!
//! The engine records, while it typesets, which message each structure element sets
//! ([`crate::layout::paginate::Element::id`]) and how each line fits its measure
//! ([`crate::layout::LineFit`]): an [`Analysis`] reads them off the pages as they are
//! finished, so a warning points at the message even where several messages meet on one
//! line box or one page. The build runs the same [`Analysis`] on every PDF it makes.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;
use serde::Serialize;

use crate::diag::{Code, Diagnostic, Span};
use crate::fonts::FontBook;
use crate::l10n;
use crate::layout;
use crate::layout::paginate::{ElementKind, Head, Page};
use crate::project::style::{LayoutCheck, Style};
use crate::project::Project;

/// The codes of problems of the typeset page: those [`Analysis::finish`] and [`growth`] report,
/// and the layout's own `running-head-too-long` and `toc-unstable` (the count per
/// edition in the index).
pub const CODES: &[Code] = &[
    Code::OverfullLine,
    Code::LooseLine,
    Code::TitleTooLong,
    Code::RunningHeadTooLong,
    Code::HeadingAtPageFoot,
    Code::WidowOrOrphan,
    Code::ChapterGrew,
    Code::FallbackFace,
    Code::TocUnstable,
];

/// The pages of one chapter of an edition.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct ChapterPages {
    /// The chapter title's message ID.
    pub id: String,
    /// The page it starts on (1-based).
    pub first_page: usize,
    /// How many pages it takes (to the next chapter, or the end).
    pub pages: usize,
    /// How many it takes in the source edition, when the source has it.
    pub source_pages: Option<usize>,
}

/// The page counts of one edition, against the source edition's.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct EditionPages {
    /// The locale.
    pub locale: String,
    /// Its pages.
    pub pages: usize,
    /// The source edition's pages.
    pub source_pages: usize,
    /// Per chapter, in order.
    pub chapters: Vec<ChapterPages>,
}

/// What `check --layout` found: diagnostics (positions not yet filled in: see
/// [`locate`]) and the page counts of every checked edition.
#[derive(Debug, Default)]
pub struct LayoutReport {
    /// The diagnostics, by locale in the order asked.
    pub diagnostics: Vec<Diagnostic>,
    /// The page counts, by locale in the order asked.
    pub pages: Vec<EditionPages>,
}

/// One edition laid out: its document and the layout's own warnings.
struct Laid {
    analysed: Analysed,
    warnings: Vec<Diagnostic>,
}

/// Where an edition's layout goes for the check: each page read by an [`Analysis`] as
/// it is finished and dropped (a long report is never held whole, as in the build).
struct Analysing {
    max_stretch: f32,
    /// From the head on.
    analysis: Option<Analysis>,
}

impl layout::Output for Analysing {
    fn line(&mut self, _: &layout::LineFrame) {}

    fn head(&mut self, head: &Head) -> crate::diag::DiagResult<()> {
        self.analysis = Some(Analysis::new(head, self.max_stretch));
        Ok(())
    }

    fn page(&mut self, page: Page) -> crate::diag::DiagResult<()> {
        if let Some(a) = &mut self.analysis {
            a.page(&page);
        }
        Ok(())
    }
}

/// Typesets the PDF edition of each locale of `tags` (and of the source locale, which
/// the page counts compare with) in memory, on every core, and analyses each page as it
/// is finished (as the build does: no edition's pages are held whole).
/// Errors that stop a layout (a missing glyph, a message that does not format) are
/// returned as the build would report them; `check` reports most of them itself.
pub fn check_layout(
    project: &Project,
    style: &Style,
    book: &FontBook,
    tags: &[String],
) -> LayoutReport {
    let source = project.source_locale().locale.tag.clone();
    let mut all: Vec<&String> = tags.iter().collect();
    if !all.contains(&&source) {
        all.push(&source);
    }
    let laid: Vec<Result<Laid, Vec<Diagnostic>>> = all
        .par_iter()
        .map(|tag| {
            let report = l10n::resolve(project, tag)?.output;
            let mut out = Analysing {
                max_stretch: style.layout_check.max_stretch,
                analysis: None,
            };
            let w = layout::layout_into(&report, style, book, None, &mut out)?;
            let Some(analysis) = out.analysis else {
                unreachable!("the layout hands its head over before returning it")
            };
            Ok(Laid {
                analysed: analysis.finish(&w.output, style, book, tag),
                warnings: w.warnings,
            })
        })
        .collect();
    let limits = &style.layout_check;
    let source_summary = all
        .iter()
        .position(|t| **t == source)
        .and_then(|i| laid[i].as_ref().ok())
        .map(|l| l.analysed.summary.clone());
    let mut out = LayoutReport::default();
    for (tag, result) in all.iter().zip(&laid) {
        if !tags.contains(tag) {
            continue;
        }
        let laid = match result {
            Ok(l) => l,
            Err(errors) => {
                out.diagnostics.extend(errors.iter().cloned());
                continue;
            }
        };
        let analysed = &laid.analysed;
        let mut diags = analysed.diagnostics.clone();
        // The layout's own warnings: `overfull-line` again, with its page, from
        // the analysis; the running heads get their page where `check` reports them.
        diags.extend(
            laid.warnings
                .iter()
                .filter(|d| d.code != Code::OverfullLine)
                .cloned()
                .map(|d| running_head_page(&analysed.summary.chapters, d)),
        );
        if let Some(src) = &source_summary {
            let (pages, grew) = growth(src, &analysed.summary, limits, tag);
            diags.extend(grew);
            out.pages.push(pages);
        }
        for d in diags {
            out.diagnostics.push(locate(project, d));
        }
    }
    out
}

/// Gives a diagnostic that names a message but has no position the message's position
/// in its `.ftl` file (the locale's, else the source's: a message that fell back).
pub fn locate(project: &Project, mut d: Diagnostic) -> Diagnostic {
    if d.span.is_some() {
        return d;
    }
    let (Some(id), Some(tag)) = (&d.id, &d.locale) else {
        return d;
    };
    let found = project
        .locale(tag)
        .and_then(|l| l.find(id, false))
        .or_else(|| project.source_locale().find(id, false));
    if let Some((f, e)) = found {
        d.span = Some(Span::new(f.file, e.span.clone()));
    }
    d
}

/// A `running-head-too-long` warning given the first page whose running head goes
/// without the chapter's title (the chapter's second page, of the edition's
/// `chapters`; its first when it has one).
pub fn running_head_page(chapters: &[ChapterPages], d: Diagnostic) -> Diagnostic {
    if d.code != Code::RunningHeadTooLong || d.page.is_some() {
        return d;
    }
    let Some(id) = d.id.clone() else { return d };
    match chapters.iter().find(|c| c.id == id) {
        Some(c) => {
            let page = if c.pages > 1 {
                c.first_page + 1
            } else {
                c.first_page
            };
            d.on_page(page)
        }
        None => d,
    }
}

/// What the analysis keeps of a structure element's lines (a line is one baseline of
/// the element on a page: a contents entry's page number sits on its last line's
/// baseline).
#[derive(Clone, Debug, Default)]
struct Lines {
    /// How many.
    count: usize,
    /// The page of the first, its baseline, and how many are on that page.
    first: Option<(usize, f32, usize)>,
    /// The page of the last, and the baselines on that page in order.
    last: Option<(usize, Vec<f32>)>,
}

impl Lines {
    /// Adds an item of the element on page `pi`, at `baseline`.
    fn add(&mut self, pi: usize, baseline: f32) {
        if let Some((p, seen)) = &self.last {
            if *p == pi && seen.iter().any(|b| (b - baseline).abs() < 0.01) {
                return;
            }
        }
        self.count += 1;
        let first = self.first.get_or_insert((pi, baseline, 0));
        if first.0 == pi {
            first.2 += 1;
        }
        match &mut self.last {
            Some((p, seen)) if *p == pi => seen.push(baseline),
            last => *last = Some((pi, vec![baseline])),
        }
    }

    /// The first line's page and baseline.
    fn first(&self) -> Option<(usize, f32)> {
        self.first.map(|(p, b, _)| (p, b))
    }

    /// The last line's page and baseline.
    fn last(&self) -> Option<(usize, f32)> {
        let (p, seen) = self.last.as_ref()?;
        Some((*p, *seen.last()?))
    }

    /// How many lines are on page `pi` (the first or the last).
    fn on(&self, pi: usize) -> usize {
        match (&self.first, &self.last) {
            (_, Some((p, seen))) if *p == pi => seen.len(),
            (Some((p, _, n)), _) if *p == pi => *n,
            _ => 0,
        }
    }
}

/// A line that does not fit well, as met.
#[derive(Clone, Debug)]
enum Fit {
    /// A word cut without a hyphen (element, page, word).
    Cut(usize, usize, std::sync::Arc<str>),
    /// A line stretched too far (element, page, its excerpt, its stretch, the next
    /// line's first word).
    Loose(usize, usize, String, f32, String),
}

/// An edition's pages read one by one as they are finished, for what they show:
/// [`Analysis::finish`] gives their problems that need no other edition, their page
/// counts and the pages of each element, without the pages ever being held together.
pub struct Analysis {
    /// The largest stretch allowed.
    max_stretch: f32,
    /// The chapter headings' elements (level 1 outside the contents) with their IDs.
    chapter_heads: HashMap<usize, String>,
    /// Each element's lines.
    lines: Vec<Lines>,
    /// Lines cut and loose, in order.
    fits: Vec<Fit>,
    /// Strong-script characters drawn from another script's face: element, page,
    /// character, face.
    borrowed: Vec<(usize, usize, char, crate::fonts::FaceId)>,
    /// The element of each page's last line, by page.
    feet: Vec<Option<usize>>,
    /// The chapters started, with their first page (0-based).
    starts: Vec<(String, usize)>,
    /// Per chapter started, the lines of each element on its pages.
    chapter_lines: Vec<BTreeMap<usize, usize>>,
}

/// What [`Analysis::finish`] finds.
pub struct Analysed {
    /// The problems of the pages that need no other edition: lines (cut, loose, drawn
    /// from another script's face), titles that wrap too far, headings at a page foot,
    /// widows and orphans. Positions are filled in by [`locate`].
    pub diagnostics: Vec<Diagnostic>,
    /// The page counts.
    pub summary: Summary,
    /// The first and last page (0-based) of each element's lines, by element.
    pub element_pages: Vec<Option<(usize, usize)>>,
}

impl Analysis {
    /// An analysis of the document `head` describes, a line stretched beyond
    /// `max_stretch` being loose.
    pub fn new(head: &Head, max_stretch: f32) -> Analysis {
        let chapter_heads = head
            .elements
            .iter()
            .enumerate()
            .filter(|(_, el)| el.kind == ElementKind::Heading(1) && el.parent.is_none())
            .filter_map(|(e, el)| Some((e, el.id.clone()?)))
            .collect();
        Analysis {
            max_stretch,
            chapter_heads,
            lines: vec![Lines::default(); head.elements.len()],
            fits: Vec::new(),
            borrowed: Vec::new(),
            feet: Vec::new(),
            starts: Vec::new(),
            chapter_lines: Vec::new(),
        }
    }

    /// Reads the next page.
    pub fn page(&mut self, page: &Page) {
        let pi = self.feet.len();
        self.feet.push(page.items.iter().rev().find_map(|i| i.elem));
        for item in &page.items {
            let Some(e) = item.elem else { continue };
            if let Some(id) = self.chapter_heads.get(&e) {
                if !self.starts.iter().any(|(i, _)| i == id) {
                    self.starts.push((id.clone(), pi));
                    self.chapter_lines.push(BTreeMap::new());
                }
            }
        }
        for item in &page.items {
            let Some(e) = item.elem else { continue };
            if let Some(l) = self.lines.get_mut(e) {
                l.add(pi, item.baseline);
            }
            if let Some(counts) = self.chapter_lines.last_mut() {
                *counts.entry(e).or_default() += 1;
            }
            let fit = &item.line.fit;
            if let Some(word) = &fit.cut {
                self.fits.push(Fit::Cut(e, pi, word.clone()));
            }
            if fit.ratio > self.max_stretch {
                let next = fit.next.clone().unwrap_or_default();
                let text = excerpt(&item.line.text);
                self.fits.push(Fit::Loose(e, pi, text, fit.ratio, next));
            }
            for &(c, face) in &fit.borrowed {
                self.borrowed.push((e, pi, c, face));
            }
        }
    }

    /// What the pages read show: `head` is the document's, `tag` its locale.
    pub fn finish(
        self,
        head: &Head,
        style: &Style,
        book: &FontBook,
        tag: &str,
    ) -> Analysed {
        let mut out = Vec::new();
        self.lines_fit(head, &style.layout_check, book, tag, &mut out);
        titles(head, &self.lines, style, tag, &mut out);
        breaks(head, &self.lines, &self.feet, tag, &mut out);
        let element_pages = self
            .lines
            .iter()
            .map(|l| Some((l.first()?.0, l.last()?.0)))
            .collect();
        Analysed {
            diagnostics: out,
            summary: self.summary(head),
            element_pages,
        }
    }

    /// The page counts of the pages read.
    pub fn summary(&self, head: &Head) -> Summary {
        let total = self.feet.len();
        let chapters: Vec<ChapterPages> = (0..self.starts.len())
            .map(|k| {
                let end = self.starts.get(k + 1).map_or(total, |s| s.1);
                ChapterPages {
                    id: self.starts[k].0.clone(),
                    first_page: self.starts[k].1 + 1,
                    pages: end - self.starts[k].1,
                    source_pages: None,
                }
            })
            .collect();
        let lines = self
            .chapter_lines
            .iter()
            .map(|counts| {
                let mut out: BTreeMap<String, usize> = BTreeMap::new();
                for (&e, &n) in counts {
                    if let Some(id) = id_of(head, e) {
                        *out.entry(id.to_string()).or_default() += n;
                    }
                }
                out
            })
            .collect();
        Summary {
            pages: total,
            chapters,
            lines,
        }
    }

    /// Cut, loose and borrowed-face lines, each once per message and word.
    fn lines_fit(
        &self,
        head: &Head,
        limits: &LayoutCheck,
        book: &FontBook,
        tag: &str,
        out: &mut Vec<Diagnostic>,
    ) {
        let mut cut_seen: Vec<(Option<&str>, &str)> = Vec::new();
        for fit in &self.fits {
            match fit {
                Fit::Cut(e, pi, word) => {
                    let id = id_of(head, *e);
                    // The lines of one cut word share it: compared by address first, a
                    // word of a million characters is not read again for each of its
                    // lines.
                    let seen = cut_seen.iter().any(|&(i, w)| {
                        i == id && (std::ptr::eq(w, &**word) || w == &**word)
                    });
                    if seen {
                        continue;
                    }
                    cut_seen.push((id, word));
                    out.push(
                        warn(
                            Code::OverfullLine,
                            tag,
                            id,
                            *pi,
                            format!(
                                "`{}` ({} characters) is wider than the measure and was \
                                 broken without a hyphen",
                                excerpt(word),
                                word.chars().count()
                            ),
                        )
                        .hint(
                            "give the token a place to break (a space, or a hyphen between \
                             its parts) or shorten it; a URL breaks after its slashes",
                        ),
                    );
                }
                Fit::Loose(e, pi, text, ratio, next) => {
                    out.push(
                        warn(
                            Code::LooseLine,
                            tag,
                            id_of(head, *e),
                            *pi,
                            format!(
                                "the line `{text}` is stretched to {ratio:.1} times its \
                                 normal stretch (at most {}): `{next}`, the next line's \
                                 first word, would not fit or divide on it",
                                limits.max_stretch
                            ),
                        )
                        .hint(format!(
                            "reword so that `{next}` fits or divides, or raise `max-stretch` \
                             in templates/style.toml [layout-check]"
                        )),
                    );
                }
            }
        }
        // Per message: the characters drawn from another script's face, the face, the
        // page.
        let mut borrowed: BTreeMap<Option<&str>, (String, Vec<String>, usize)> =
            BTreeMap::new();
        for &(e, pi, c, face) in &self.borrowed {
            let name = &book.face(face).name;
            let entry = borrowed
                .entry(id_of(head, e))
                .or_insert_with(|| (String::new(), Vec::new(), pi));
            if !entry.0.contains(c) {
                entry.0.push(c);
            }
            if !entry.1.contains(name) {
                entry.1.push(name.clone());
            }
        }
        for (id, (chars, faces, pi)) in borrowed {
            let codes: Vec<String> = chars
                .chars()
                .map(|c| format!("U+{:04X}", c as u32))
                .collect();
            out.push(warn(
                Code::FallbackFace,
                tag,
                id,
                pi,
                format!(
                    "`{chars}` ({}) is drawn from the face `{}` of another script's stack, \
                     not from its own stack's face",
                    codes.join(", "),
                    faces.join("`, `")
                ),
            ));
        }
    }
}

/// The message ID of element `e`.
fn id_of(head: &Head, e: usize) -> Option<&str> {
    head.elements.get(e)?.id.as_deref()
}

/// A diagnostic of the layout of edition `tag`, about message `id`, on page index
/// `page` (0-based).
fn warn(
    code: Code,
    tag: &str,
    id: Option<&str>,
    page: usize,
    message: String,
) -> Diagnostic {
    let mut d = Diagnostic::warning(code, message)
        .locale(tag)
        .on_page(page + 1);
    if let Some(id) = id {
        d = d.id(id);
    }
    d
}

/// A short excerpt of a line's text, for messages.
fn excerpt(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= 40 {
        return text.to_string();
    }
    let head: String = chars[..37].iter().collect();
    format!("{head}…")
}

/// Headings, cover lines and contents entries wrapping beyond their limits; a cover
/// title and subtitle running into the publisher line (their last baseline less than
/// a publisher line above its first).
fn titles(
    doc: &Head,
    lines: &[Lines],
    style: &Style,
    tag: &str,
    out: &mut Vec<Diagnostic>,
) {
    let limits = &style.layout_check;
    for (e, element) in doc.elements.iter().enumerate() {
        let l = &lines[e];
        let Some((first_page, _)) = l.first() else {
            continue;
        };
        let id = element.id.as_deref();
        let (what, limit) = match element.kind {
            ElementKind::Title => ("the cover title", limits.cover_title_lines),
            ElementKind::CoverLine => ("the cover line", limits.cover_lines),
            ElementKind::Heading(_) => ("the heading", limits.heading_lines),
            ElementKind::TocItem => ("the contents entry", limits.toc_entry_lines),
            _ => continue,
        };
        let n = l.count;
        if n as u32 > limit {
            out.push(
                warn(
                    Code::TitleTooLong,
                    tag,
                    id,
                    first_page,
                    format!(
                        "{what} `{}` wraps to {n} lines (at most {limit})",
                        id.unwrap_or("?")
                    ),
                )
                .hint("shorten it, or raise the limit in templates/style.toml [layout-check]"),
            );
        }
    }
    // The cover: the title and subtitle, then the publisher line at the foot.
    let cover: Vec<usize> = (0..doc.elements.len())
        .filter(|&e| {
            matches!(
                doc.elements[e].kind,
                ElementKind::Title | ElementKind::CoverLine
            ) && lines[e].first().is_some_and(|l| l.0 == 0)
        })
        .collect();
    if let Some((&publisher, above)) = cover.split_last() {
        let top = lines[publisher].first().map(|l| l.1);
        let bottom = above
            .iter()
            .filter_map(|&e| lines[e].last().map(|l| (e, l.1)))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        let room = style.sizes.cover_publisher * style.spacing.publisher_leading;
        if let (Some(top), Some((e, bottom))) = (top, bottom) {
            if top - bottom < room {
                out.push(
                    warn(
                        Code::TitleTooLong,
                        tag,
                        id_of(doc, e),
                        0,
                        format!(
                            "the cover's `{}` runs into the publisher line at the foot of \
                             the cover",
                            id_of(doc, e).unwrap_or("?")
                        ),
                    )
                    .hint("shorten the cover title or subtitle"),
                );
            }
        }
    }
}

/// Headings left at a page foot (`feet`: the element of each page's last line);
/// single lines of a paragraph alone at a page's foot (orphans) or head (widows).
fn breaks(
    doc: &Head,
    lines: &[Lines],
    feet: &[Option<usize>],
    tag: &str,
    out: &mut Vec<Diagnostic>,
) {
    let last_page = feet.len().saturating_sub(1);
    for (pi, foot) in feet.iter().enumerate() {
        if pi == last_page {
            continue;
        }
        let Some(last) = *foot else {
            continue;
        };
        let element = &doc.elements[last];
        // Body headings only: the contents' title is followed by its entries.
        if matches!(element.kind, ElementKind::Heading(_)) && element.parent.is_none() {
            out.push(warn(
                Code::HeadingAtPageFoot,
                tag,
                element.id.as_deref(),
                pi,
                format!(
                    "the heading `{}` is left at the foot of the page, its text on the next",
                    element.id.as_deref().unwrap_or("?")
                ),
            ));
        }
    }
    for (e, element) in doc.elements.iter().enumerate() {
        if !matches!(
            element.kind,
            ElementKind::Paragraph
                | ElementKind::BlockQuote
                | ElementKind::ListItem
                | ElementKind::Attribution
        ) {
            continue;
        }
        let l = &lines[e];
        let (Some(first), Some(last)) = (l.first(), l.last()) else {
            continue;
        };
        if first.0 == last.0 {
            continue;
        }
        let id = element.id.as_deref();
        let name = id.unwrap_or("?");
        if l.on(first.0) == 1 {
            out.push(warn(
                Code::WidowOrOrphan,
                tag,
                id,
                first.0,
                format!("the first line of `{name}` is alone at the foot of the page (orphan)"),
            ));
        }
        if l.on(last.0) == 1 {
            out.push(warn(
                Code::WidowOrOrphan,
                tag,
                id,
                last.0,
                format!(
                    "the last line of `{name}` is alone at the head of the page (widow)"
                ),
            ));
        }
    }
}

/// What the page counts need of an edition: its pages, its chapters and, per
/// chapter, how many lines each message sets in it.
#[derive(Clone, Debug)]
pub struct Summary {
    /// The number of pages.
    pub pages: usize,
    /// The chapters.
    pub chapters: Vec<ChapterPages>,
    /// Per chapter, the lines of each message in it.
    lines: Vec<BTreeMap<String, usize>>,
}

/// The page counts of edition `ours` against the source's, and a `chapter-grew`
/// warning for each chapter past the limits, naming the messages that grew most.
pub fn growth(
    source: &Summary,
    ours: &Summary,
    limits: &LayoutCheck,
    tag: &str,
) -> (EditionPages, Vec<Diagnostic>) {
    let mut chapters = ours.chapters.clone();
    let mut out = Vec::new();
    for (k, c) in chapters.iter_mut().enumerate() {
        let Some(si) = source.chapters.iter().position(|s| s.id == c.id) else {
            continue;
        };
        let s = &source.chapters[si];
        c.source_pages = Some(s.pages);
        let grown = c.pages as f32 > s.pages as f32 * (1.0 + limits.chapter_growth)
            && c.pages >= s.pages + limits.chapter_growth_pages as usize;
        if !grown {
            continue;
        }
        let theirs = &source.lines[si];
        let mut grew: Vec<(&str, usize, usize)> = ours.lines[k]
            .iter()
            .map(|(id, &n)| (id.as_str(), n, theirs.get(id).copied().unwrap_or(0)))
            .filter(|(_, n, m)| n > m)
            .collect();
        grew.sort_by(|a, b| (b.1 - b.2).cmp(&(a.1 - a.2)).then(a.0.cmp(b.0)));
        let named: Vec<String> = grew
            .iter()
            .take(3)
            .map(|(id, n, m)| format!("`{id}` {n} lines (source {m})"))
            .collect();
        let mut d = warn(
            Code::ChapterGrew,
            tag,
            Some(&c.id),
            c.first_page - 1,
            format!(
                "the chapter `{}` takes {} pages against the source edition's {} (more \
                 than {:.0} % and at least {} pages more)",
                c.id,
                c.pages,
                s.pages,
                limits.chapter_growth * 100.0,
                limits.chapter_growth_pages
            ),
        );
        if !named.is_empty() {
            d = d.hint(format!("grew most: {}", named.join(", ")));
        }
        out.push(d);
    }
    let pages = EditionPages {
        locale: tag.to_string(),
        pages: ours.pages,
        source_pages: source.pages,
        chapters,
    };
    (pages, out)
}
