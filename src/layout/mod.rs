//! The PDF layout engine: a resolved [`Report`] to positioned glyphs on pages.
//!
//! Each paragraph goes through four stages, each in the module of that name:
//!
//! 1. [`itemize()`]: runs of one bidi level, script and face, with font fallback;
//! 2. [`shape()`](shape::Shaper::shape): glyphs with advances (rustybuzz);
//! 3. [`linebreak()`]: break opportunities and total-fit line breaks, then
//!    [`linebreak::finalize`] cuts, justifies and reorders each line into a
//!    [`LineFrame`] ([`frame`]: the types lines are drawn from);
//! 4. [`paginate()`]: the document tree onto pages — the body's flow, the cover, the
//!    table of contents (real page numbers), running heads and page numbers, the
//!    outline — into a [`Document`] (one file per part in `paginate/`).
//!
//! No IO: the style ([`Style::load`]) and every face of the [`FontBook`] are read before
//! layout starts.

pub mod frame;
pub mod itemize;
pub mod linebreak;
pub mod nobreak;
pub mod paginate;
pub mod shape;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use crate::diag::{Code, DiagResult, Diagnostic, Warned};
use crate::doc::{Rank, Role, Style as TextStyle, StyledText};
use crate::l10n::Report;
use crate::lang::{self, LineRules, Locale};

pub use crate::fonts::{FaceId, FontBook};
pub use crate::lang::ScriptClass;
pub use crate::project::style::Style;
pub use frame::{LineFit, LineFrame, PlacedGlyph, Segment};
pub use itemize::{itemize, Origin, Paragraph};
pub use linebreak::{linebreak, BreakOptions, Rules};
pub use paginate::{
    paginate, Document, Head, Item, Output, Page, Placement, PlacementStats,
};

/// Horizontal alignment of a block's lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// Justified (last line at the start side).
    Justify,
    /// At the start side (left in LTR, right in RTL).
    Start,
    /// Centred.
    Center,
    /// At the end side.
    End,
}

/// How to set one paragraph.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParStyle {
    /// Font size (pt).
    pub size: f32,
    /// Leading (pt, baseline to baseline).
    pub leading: f32,
    /// Bold (headings).
    pub bold: bool,
    /// Italic (block quotes).
    pub italic: bool,
    /// Alignment.
    pub align: Align,
    /// First-line indent (pt).
    pub indent: f32,
    /// Indent on the start side (pt).
    pub start: f32,
    /// Indent on the end side (pt).
    pub end: f32,
    /// Lines more or fewer than the best breaking ([`BreakOptions::looseness`]): zero
    /// but where pagination fills a page.
    pub looseness: i8,
}

impl ParStyle {
    /// Upright, regular text without indents.
    pub fn new(size: f32, leading: f32, align: Align) -> ParStyle {
        ParStyle {
            size,
            leading,
            bold: false,
            italic: false,
            align,
            indent: 0.0,
            start: 0.0,
            end: 0.0,
            looseness: 0,
        }
    }
}

/// A typeset paragraph: its lines, ready to place.
#[derive(Clone, Debug)]
pub struct SetParagraph {
    /// The lines, each with its frame already aligned within the measure.
    pub lines: Vec<LineFrame>,
    /// Leading (pt).
    pub leading: f32,
    /// Distance from the top of a line box to the baseline (pt).
    pub ascent: f32,
}

/// Caches and patterns the typesetters of one locale share across threads.
#[derive(Clone)]
pub struct Shared {
    words: Arc<shape::WordCache>,
    hyphenator: Option<Arc<linebreak::Hyphenation>>,
    paragraphs: Option<Arc<Paragraphs>>,
}

/// Typeset paragraphs by everything [`Typesetter::set_directed`] reads that can change
/// between two layouts of one locale with the same style and fonts ([`paragraph_key`]):
/// the styled text, the paragraph style, the direction, the message ID (it labels
/// warnings) and the measure. The key is the full text, not a hash of it, so two
/// paragraphs can never be taken for each other.
#[derive(Default)]
struct Paragraphs {
    map: Mutex<HashMap<String, Kept>>,
    generation: std::sync::atomic::AtomicU64,
}

/// A typeset paragraph with its warnings, and the generation of the layout that last
/// used it.
type Kept = (u64, SetParagraph, Vec<Diagnostic>);

/// What the layouts of one locale keep for the next (a preview server relaying out
/// after each edit): shaped words, the hyphenation patterns and every typeset
/// paragraph, so that only the paragraphs whose text changed are itemized, shaped and
/// broken again, and, when asked for ([`LayoutCache::keeping_placement`]), the last
/// placement of the body on pages, so that placing resumes from the first page an edit
/// can change. Valid for one style and font book: make a new one when either changes.
#[derive(Clone)]
pub struct LayoutCache {
    shared: Shared,
    placement: Option<Arc<Mutex<Placement>>>,
}

impl LayoutCache {
    /// An empty cache for `locale`.
    pub fn new(locale: &Locale) -> LayoutCache {
        let hyphenator = lang::profile(locale)
            .ok()
            .and_then(|t| lang::division::divider(t.profile));
        LayoutCache {
            shared: Shared {
                words: Arc::default(),
                hyphenator,
                paragraphs: Some(Arc::default()),
            },
            placement: None,
        }
    }

    /// This cache, keeping each layout's placement of the body for the next (a copy of
    /// the body's pages: for a server laying out again and again, not for one build).
    pub fn keeping_placement(mut self) -> LayoutCache {
        self.placement = Some(Arc::default());
        self
    }

    /// How much of the body the last layout placed, when placements are kept.
    pub fn placement(&self) -> Option<PlacementStats> {
        let p = self.placement.as_ref()?;
        Some(p.lock().unwrap_or_else(PoisonError::into_inner).stats())
    }

    /// How many typeset paragraphs it holds.
    pub fn paragraphs(&self) -> usize {
        self.shared.paragraphs.as_ref().map_or(0, |p| {
            p.map.lock().unwrap_or_else(PoisonError::into_inner).len()
        })
    }

    /// Starts a layout: paragraphs it does not use are dropped by [`LayoutCache::sweep`].
    fn begin(&self) {
        if let Some(p) = &self.shared.paragraphs {
            p.generation
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
    }

    /// Drops the paragraphs the last layout did not use (an edited paragraph's old
    /// text), so the cache holds one document's paragraphs, not every version's.
    fn sweep(&self) {
        if let Some(p) = &self.shared.paragraphs {
            let now = p.generation.load(std::sync::atomic::Ordering::Relaxed);
            p.map
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .retain(|_, (used, _, _)| *used == now);
        }
    }
}

/// The key of a typeset paragraph in [`Paragraphs`]: each run's style and byte length,
/// then its text as it is (the lengths keep any two texts apart), then the paragraph
/// style, direction, message ID and measure. Not the styled text's `Debug`, which
/// escapes it character by character: for the ~100 kB of a Chinese edition that took
/// several milliseconds of every rebuild, this a copy.
fn paragraph_key(
    text: &StyledText,
    ps: &ParStyle,
    rtl: bool,
    id: Option<&str>,
    width: f32,
) -> String {
    use std::fmt::Write;
    let len: usize = text.runs.iter().map(|r| r.text.len() + 8).sum();
    let mut key = String::with_capacity(len + 160);
    for run in &text.runs {
        // Named field by field: a new field of a run is a compile error here.
        let crate::doc::TextRun {
            text,
            style: TextStyle { italic, bold },
        } = run;
        let _ = write!(
            key,
            "{}{}{}:",
            u8::from(*italic),
            u8::from(*bold),
            text.len()
        );
        key.push_str(text);
    }
    let _ = write!(key, "|{ps:?}|{rtl}|{id:?}|{width}");
    key
}

/// Everything the engine needs for one locale: fonts, shaper, style, rules.
pub struct Typesetter<'a> {
    /// The style.
    pub style: &'a Style,
    /// The fonts.
    pub book: &'a FontBook,
    shaper: shape::Shaper<'a>,
    hyphenator: Option<Arc<linebreak::Hyphenation>>,
    paragraphs: Option<Arc<Paragraphs>>,
    /// The locale.
    pub locale: Locale,
    /// Right-to-left paragraphs.
    pub rtl: bool,
    /// Line-breaking rules.
    pub rules: Rules,
    /// How lines are broken: division against spacing.
    pub breaking: lang::Breaking,
    /// The locale's script class.
    pub class: ScriptClass,
    /// The measure (pt).
    pub width: f32,
}

impl<'a> Typesetter<'a> {
    /// A typesetter for `locale`.
    pub fn new(style: &'a Style, book: &'a FontBook, locale: &Locale) -> Typesetter<'a> {
        // The registry says how the language divides: TeX patterns where they exist,
        // syllable rules where they do not (Kazakh, Uzbek), or not at all.
        let hyphenator = lang::profile(locale)
            .ok()
            .and_then(|t| lang::division::divider(t.profile));
        let shared = Shared {
            words: Arc::default(),
            hyphenator,
            paragraphs: None,
        };
        Typesetter::sharing(style, book, locale, shared)
    }

    /// What this typesetter shares with typesetters of the same locale on other
    /// threads: shaped words, the hyphenation patterns and divided words.
    pub fn shared(&self) -> Shared {
        Shared {
            words: self.shaper.words(),
            hyphenator: self.hyphenator.clone(),
            paragraphs: self.paragraphs.clone(),
        }
    }

    /// A typesetter for `locale` sharing caches and patterns with another one.
    pub fn sharing(
        style: &'a Style,
        book: &'a FontBook,
        locale: &Locale,
        shared: Shared,
    ) -> Typesetter<'a> {
        let class = ScriptClass::of_script(&locale.script);
        let g = style.page;
        let mut width = g.width - g.inner - g.outer;
        if class == ScriptClass::Han {
            // Chinese text sits on a grid: a whole number of ems per line, so that
            // justified lines need no inter-character stretching at all.
            let em = style.sizes.han_body;
            width = (width / em).floor() * em;
        }
        Typesetter {
            style,
            book,
            shaper: shape::Shaper::new(book, &locale.tag, shared.words),
            hyphenator: shared.hyphenator,
            paragraphs: shared.paragraphs,
            locale: locale.clone(),
            rtl: locale.direction == crate::lang::Direction::Rtl,
            rules: lang::profile(locale)
                .map_or(LineRules::Plain, |t| t.profile.line_rules),
            breaking: lang::profile(locale)
                .map_or(lang::registry::UNDIVIDED, |t| t.profile.breaking),
            class,
            width,
        }
    }

    /// Body size and leading factor for this locale.
    pub fn body(&self) -> (f32, f32) {
        let s = &self.style.sizes;
        if self.class == ScriptClass::Han {
            (s.han_body, s.han_leading)
        } else {
            (s.body, s.leading)
        }
    }

    /// Sets styled text as a paragraph in the locale's direction.
    pub fn set(
        &self,
        text: &StyledText,
        ps: &ParStyle,
        id: Option<&str>,
    ) -> DiagResult<Warned<SetParagraph>> {
        self.set_directed(text, ps, id, self.rtl)
    }

    /// Sets styled text as a paragraph of the given direction (a paragraph that fell
    /// back to the source locale keeps the source's direction).
    pub fn set_directed(
        &self,
        text: &StyledText,
        ps: &ParStyle,
        id: Option<&str>,
        rtl: bool,
    ) -> DiagResult<Warned<SetParagraph>> {
        let Some(cache) = &self.paragraphs else {
            return self.set_uncached(text, ps, id, rtl);
        };
        let key = paragraph_key(text, ps, rtl, id, self.width);
        let now = cache.generation.load(std::sync::atomic::Ordering::Relaxed);
        if let Some((used, set, warnings)) = cache
            .map
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get_mut(&key)
        {
            *used = now;
            return Ok(Warned {
                output: set.clone(),
                warnings: warnings.clone(),
            });
        }
        // Errors are not kept: the next layout reports them again.
        let set = self.set_uncached(text, ps, id, rtl)?;
        cache
            .map
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(key, (now, set.output.clone(), set.warnings.clone()));
        Ok(set)
    }

    /// [`Typesetter::set_directed`] without the paragraph cache.
    fn set_uncached(
        &self,
        text: &StyledText,
        ps: &ParStyle,
        id: Option<&str>,
        rtl: bool,
    ) -> DiagResult<Warned<SetParagraph>> {
        // The paragraph's weight and slant on every run (a copy only when they add
        // to the runs' own).
        let text = if ps.bold || ps.italic {
            let mut text = text.clone();
            for r in &mut text.runs {
                r.style.bold |= ps.bold;
                r.style.italic |= ps.italic;
            }
            std::borrow::Cow::Owned(text)
        } else {
            std::borrow::Cow::Borrowed(text)
        };
        let origin = Origin {
            locale: &self.locale.tag,
            id,
        };
        let par = itemize(&text, rtl, self.class, self.book, origin)?;
        let runs = self.shaper.shape(&par, ps.size);
        let width = self.width - ps.start - ps.end;
        let opts = self.break_options(&par, ps);
        let broken = linebreak(&par, &runs, &opts);
        let hyphen = |face: FaceId, size: f32| self.shaper.advance_of(face, '-', size);
        let mut lines = linebreak::finalize(
            &par,
            &runs,
            &broken.measure,
            &broken.lines,
            &opts,
            &hyphen,
        );
        fits(&par, &broken, &mut lines);
        for l in &mut lines {
            let start_side = if rtl { ps.end } else { ps.start };
            let free = width - l.width;
            l.x = start_side
                + match ps.align {
                    Align::Justify | Align::Start => l.x,
                    Align::Center => free / 2.0,
                    Align::End => {
                        if rtl {
                            0.0
                        } else {
                            free
                        }
                    }
                };
        }
        // The line box must hold every face's ascender and descender, so that no glyph
        // leaves the text area (Arabic-script marks reach far below the baseline).
        let (mut asc, mut desc) = (0.0f32, 0.0f32);
        for r in &par.runs {
            let f = self.book.face(r.face);
            asc = asc.max(f.ascender);
            desc = desc.max(-f.descender);
        }
        if asc == 0.0 {
            (asc, desc) = (0.8, 0.2);
        }
        let leading = ps.leading.max((asc + desc) * ps.size);
        let ascent = (leading - (asc + desc) * ps.size) / 2.0 + asc * ps.size;
        let warnings = broken
            .overfull
            .iter()
            .map(|w| {
                let mut d = Diagnostic::warning(
                    Code::OverfullLine,
                    format!(
                        "`{w}` is wider than the measure and was broken without a hyphen"
                    ),
                )
                .locale(&self.locale.tag);
                if let Some(id) = id {
                    d = d.id(id);
                }
                d
            })
            .collect();
        Ok(Warned {
            output: SetParagraph {
                lines,
                leading,
                ascent,
            },
            warnings,
        })
    }

    /// How to break a paragraph of style `ps`: the measure less its indents, hyphenation
    /// only when justified, the hyphen of the paragraph's first face.
    pub(crate) fn break_options(
        &self,
        par: &Paragraph,
        ps: &ParStyle,
    ) -> BreakOptions<'_> {
        // An empty paragraph has no face (face 0 may not be loaded for this build) and
        // nothing to hyphenate.
        let hyphen_width = par
            .runs
            .first()
            .map_or(0.0, |r| self.shaper.advance_of(r.face, '-', ps.size).1);
        let justify = ps.align == Align::Justify;
        BreakOptions {
            width: self.width - ps.start - ps.end,
            indent: ps.indent,
            justify,
            rules: self.rules,
            hyphenator: self.hyphenator.as_deref().filter(|_| justify),
            breaking: self.breaking,
            hyphen_width,
            em: ps.size,
            looseness: ps.looseness,
        }
    }

    /// Sets plain text on one line (running headers, page numbers), never broken.
    pub fn set_line(
        &self,
        text: &str,
        size: f32,
        style: TextStyle,
    ) -> DiagResult<LineFrame> {
        let mut t = StyledText::plain(text);
        for r in &mut t.runs {
            r.style = style;
        }
        let origin = Origin {
            locale: &self.locale.tag,
            id: None,
        };
        let par = itemize(&t, self.rtl, self.class, self.book, origin)?;
        let runs = self.shaper.shape(&par, size);
        let opts = BreakOptions {
            width: f32::MAX / 4.0,
            indent: 0.0,
            justify: false,
            rules: self.rules,
            hyphenator: None,
            breaking: lang::registry::UNDIVIDED,
            hyphen_width: 0.0,
            em: size,
            looseness: 0,
        };
        let n = par.text.len();
        let line = linebreak::Line {
            range: 0..n,
            hyphen: false,
            ratio: 0.0,
            justified: false,
            first: true,
            compress_end: false,
        };
        let hyphen = |_: FaceId, s: f32| (0u16, s / 3.0);
        let m = linebreak::Measure::new(&par, &runs);
        let mut frames = linebreak::finalize(&par, &runs, &m, &[line], &opts, &hyphen);
        let mut f = frames.pop().unwrap_or(LineFrame {
            x: 0.0,
            width: 0.0,
            segments: Vec::new(),
            text: String::new(),
            fit: Default::default(),
        });
        f.x = 0.0;
        Ok(f)
    }

    /// The shaper, for tests that drive the stages one by one.
    #[cfg(test)]
    pub(crate) fn shaper_for_tests(&self) -> &shape::Shaper<'a> {
        &self.shaper
    }

    /// The glyph and advance of `c` in the first face of the locale's stack.
    pub fn glyph(&self, c: char, size: f32) -> DiagResult<(FaceId, u16, f32)> {
        let face = self.book.stack(self.class, TextStyle::default())[0];
        self.book.face(face).data().map_err(|d| vec![d])?;
        let (g, a) = self.shaper.advance_of(face, c, size);
        Ok((face, g, a))
    }

    /// The paragraph style of a text of `role`; a paragraph right after a heading has no
    /// first-line indent.
    pub fn par_style(&self, role: Role, after_heading: bool) -> ParStyle {
        let s = &self.style.sizes;
        let (body, lead) = self.body();
        let han = self.class == ScriptClass::Han;
        let heading = |size: f32| ParStyle {
            bold: true,
            ..ParStyle::new(size, size * 1.3, Align::Start)
        };
        let body_style = ParStyle {
            size: body,
            leading: body * lead,
            bold: false,
            italic: false,
            align: Align::Justify,
            indent: if han {
                s.han_indent * body
            } else if after_heading {
                0.0
            } else {
                s.indent * body
            },
            start: 0.0,
            end: 0.0,
            looseness: 0,
        };
        match role {
            Role::Heading(Rank::Chapter) => heading(s.chapter),
            Role::Heading(Rank::Section) => heading(s.section),
            Role::Heading(Rank::Subsection) => heading(s.subsection),
            Role::Heading(Rank::Subheading) => ParStyle {
                italic: !han,
                ..heading(s.subheading)
            },
            Role::Quote => ParStyle {
                size: s.quote,
                leading: s.quote * lead,
                indent: 0.0,
                start: s.quote_indent,
                end: s.quote_indent,
                ..body_style
            },
            Role::Attribution => ParStyle {
                size: s.quote,
                leading: s.quote * lead,
                indent: 0.0,
                align: Align::End,
                start: s.quote_indent,
                end: s.quote_indent,
                ..body_style
            },
            Role::ListItem => ParStyle {
                indent: 0.0,
                start: s.list_indent,
                ..body_style
            },
            Role::Paragraph => body_style,
        }
    }
}

/// Records in each frame how its line fits ([`LineFit`]): the stretch of a justified
/// line (and, when it is beyond the normal stretch, the first word of the next line),
/// the word an emergency break cut at its end, and the characters set from a face of
/// another script's stack. `frames` are `broken.lines` finalized, one for one.
fn fits(par: &Paragraph, broken: &linebreak::Broken, frames: &mut [LineFrame]) {
    debug_assert_eq!(frames.len(), broken.lines.len());
    let lines = &broken.lines;
    for (k, (line, frame)) in lines.iter().zip(frames.iter_mut()).enumerate() {
        let fit = &mut frame.fit;
        fit.ratio = if line.justified { line.ratio } else { 0.0 };
        if fit.ratio > 1.0 {
            fit.next = lines.get(k + 1).map(|n| {
                par.text[n.range.clone()]
                    .split(' ')
                    .next()
                    .unwrap_or_default()
                    .to_string()
            });
        }
        // The cut after this line: the next line starts at it. Cuts and borrowed
        // characters are in text order, so each line finds its own by binary search
        // (a scan of all of them per line would cost lines × cuts).
        let next_start = lines.get(k + 1).map_or(usize::MAX, |n| n.range.start);
        let cuts = &broken.cuts;
        fit.cut = cuts[cuts.partition_point(|(at, _)| *at < line.range.end)..]
            .first()
            .filter(|(at, _)| *at <= next_start)
            .map(|(_, w)| w.clone());
        let borrowed = &par.borrowed;
        let from = borrowed.partition_point(|(at, _, _)| *at < line.range.start);
        fit.borrowed = borrowed[from..]
            .iter()
            .take_while(|(at, _, _)| *at < line.range.end)
            .map(|&(_, c, f)| (c, f))
            .collect();
    }
}

/// Whether text reads right to left, by its first strong character (UAX #9 P2–P3).
pub fn first_strong_rtl(text: &str) -> Option<bool> {
    use unicode_bidi::BidiClass::{AL, L, R};
    text.chars()
        .find_map(|c| match unicode_bidi::bidi_class(c) {
            L => Some(false),
            R | AL => Some(true),
            _ => None,
        })
}

/// Lays out the whole report.
pub fn layout(
    report: &Report,
    style: &Style,
    book: &FontBook,
) -> DiagResult<Warned<Document>> {
    let ts = Typesetter::new(style, book, &report.doc.locale);
    paginate(&ts, report)
}

/// Lays out the whole report reusing what `cache` holds from earlier layouts of the
/// same locale, style and fonts; the result is the one [`layout`] gives.
pub fn layout_cached(
    report: &Report,
    style: &Style,
    book: &FontBook,
    cache: &LayoutCache,
) -> DiagResult<Warned<Document>> {
    let mut pages = paginate::Collect::default();
    let head = layout_into(report, style, book, Some(cache), &mut pages)?;
    Ok(Warned {
        output: Document::new(head.output, pages.0),
        warnings: head.warnings,
    })
}

/// Lays out the whole report and hands its pages to `out` as they are finished (see
/// [`Output`]), reusing what `cache` holds when given (and resuming its placement of
/// the body when it keeps one): the pages are [`layout`]'s, but a long report's are
/// never all held at once, unless the cache keeps the placement. Returns the head.
pub fn layout_into(
    report: &Report,
    style: &Style,
    book: &FontBook,
    cache: Option<&LayoutCache>,
    out: &mut dyn Output,
) -> DiagResult<Warned<Head>> {
    let Some(cache) = cache else {
        let ts = Typesetter::new(style, book, &report.doc.locale);
        return paginate::paginate_into(&ts, report, None, out);
    };
    cache.begin();
    let ts = Typesetter::sharing(style, book, &report.doc.locale, cache.shared.clone());
    let mut placement = cache
        .placement
        .as_ref()
        .map(|p| p.lock().unwrap_or_else(PoisonError::into_inner));
    let head = paginate::paginate_into(&ts, report, placement.as_deref_mut(), out);
    if head.is_ok() {
        cache.sweep();
    }
    head
}

/// Shared fixtures for the layout unit tests: the repository's style and fonts.
#[cfg(test)]
pub(crate) mod testing {
    use std::path::Path;
    use std::sync::OnceLock;

    use super::{FontBook, Style, Typesetter};
    use crate::lang::Locale;

    /// The repository's style and font book, loaded once.
    pub fn setup() -> &'static (Style, FontBook) {
        static SETUP: OnceLock<(Style, FontBook)> = OnceLock::new();
        SETUP.get_or_init(|| {
            let root = Path::new(env!("CARGO_MANIFEST_DIR"));
            let style = Style::load(root).expect("style loads");
            let book = FontBook::load(root, &style).expect("fonts load");
            (style, book)
        })
    }

    /// A typesetter for a locale tag.
    pub fn typesetter(tag: &str) -> Typesetter<'static> {
        let (style, book) = setup();
        Typesetter::new(style, book, &Locale::parse(tag).expect("valid tag"))
    }
}
