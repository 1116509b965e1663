//! Break lines, in three stages, one per file:
//!
//! 1. [`opportunities`]: UAX #14 opportunities (`unicode-linebreak`) narrowed by the
//!    locale's rules (CLREQ kinsoku, Russian/Kazakh/Uzbek non-breaking rules), and
//!    hyphenation points (`hyphenation`'s Knuth–Liang patterns, or
//!    [`crate::lang::syllables`] for Kazakh and Uzbek);
//! 2. [`knuth_plass`]: the total-fit (Knuth–Plass) choice of breaks, with
//!    justification: inter-word for spaced scripts, inter-character for Chinese;
//! 3. [`finalize()`]: the chosen lines as [`LineFrame`]s (defined in
//!    [`super::frame`]).
//!
//! The model is Knuth and Plass's boxes, glue and penalties, computed over break
//! candidates rather than materialised: a line from candidate `i` to `j` has a natural
//! width, a stretch and a shrink taken from prefix sums, so trying a line costs O(1).
//!
//! Nothing reads the whole paragraph per line or per break: total fit tries a few
//! lines per break, words are read from a break to their end only, and [`finalize()`]
//! finds each line's runs and glyphs by binary search, so the time to set a paragraph
//! grows with its length, not its square (`bench_paragraph` measures it).

mod finalize;
mod knuth_plass;
mod looseness;
mod opportunities;
#[cfg(test)]
mod tests;

use std::ops::Range;
use std::sync::Arc;

use super::itemize::Paragraph;
use super::shape::ShapedRun;
use crate::lang::script::is_bidi_control;
use crate::lang::ScriptClass;

pub use super::frame::{LineFrame, PlacedGlyph, Segment};
pub use finalize::finalize;
pub use opportunities::{Hyphenation, NO_END, NO_START};

use knuth_plass::{lines_of, total_fit, Breaker};
use opportunities::{add_hyphenation, candidates, with_emergency_breaks, EMERGENCY};

pub use crate::lang::LineRules as Rules;

/// Options for breaking one paragraph.
pub struct BreakOptions<'a> {
    /// The measure (pt).
    pub width: f32,
    /// First-line indent (pt).
    pub indent: f32,
    /// Justify all lines but the last; otherwise set ragged.
    pub justify: bool,
    /// The language's rules.
    pub rules: Rules,
    /// How the language divides words, when it can (only justified text is divided).
    pub hyphenator: Option<&'a Hyphenation>,
    /// How division is weighed against spacing (the language's row).
    pub breaking: crate::lang::Breaking,
    /// Width of the hyphen glyph (pt).
    pub hyphen_width: f32,
    /// The em (pt): the paragraph's font size.
    pub em: f32,
    /// Lines more (positive) or fewer (negative) than the best breaking has, when every
    /// line can still be set within [`looseness::MAX_RATIO`] (TeX's `\looseness`);
    /// otherwise the best breaking. Zero for the best breaking.
    pub looseness: i8,
}

/// A line chosen by the breaker.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Byte range of the visible text (leading and trailing spaces excluded).
    pub range: Range<usize>,
    /// A hyphen is added at the end.
    pub hyphen: bool,
    /// How far the line is stretched (>0, in units of its stretch) or shrunk (<0).
    pub ratio: f32,
    /// The line's space is distributed (false for the last line and ragged text).
    pub justified: bool,
    /// First line of the paragraph (carries the indent).
    pub first: bool,
    /// The last character is full-width punctuation set at half an em.
    pub compress_end: bool,
}

/// What the breaker found worth reporting.
#[derive(Clone, Debug, PartialEq)]
pub struct Broken {
    /// The lines.
    pub lines: Vec<Line>,
    /// Words wider than the measure, broken without a hyphen.
    pub overfull: Vec<String>,
    /// Where each such word was cut: the byte offset the next line starts at, and the
    /// word (shared by its cuts: a word of a million digits is cut thousands of times).
    pub cuts: Vec<(usize, Arc<str>)>,
    /// The paragraph's measurements, for [`finalize`].
    pub measure: Measure,
}

/// Full-width punctuation whose ink sits on the left half of the em (Simplified
/// Chinese): set at ½ em at a line end (GB/T 15834 §5.1.10).
const HALF_AT_END: &str = "、，；：。！？）》」』〉】〕〗］｝”’";

/// How much each kind of gap may stretch and shrink, shared by the breaker (which
/// chooses lines by these amounts) and [`finalize`] (which applies them), so that a line
/// always comes out at the width it was chosen for. Spaces are in units of the
/// paragraph's space, CJK gaps in ems.
mod adjust {
    /// A space stretches by 0.6 of itself…
    pub const SPACE_STRETCH: f32 = 0.6;
    /// …and shrinks by a third (TeX's defaults for a text face).
    pub const SPACE_SHRINK: f32 = 1.0 / 3.0;
    /// Between two Han characters: stretch only, 0.15 em.
    pub const HAN_STRETCH: f32 = 0.15;
    /// Between Han and Latin or digits: a ¼ em gap (CLREQ)…
    pub const MIXED_GAP: f32 = 0.25;
    /// …which stretches by 0.1 em…
    pub const MIXED_STRETCH: f32 = 0.1;
    /// …and shrinks by ⅛ em.
    pub const MIXED_SHRINK: f32 = 0.125;
}

/// Per-character measurements of a shaped paragraph, made once by [`linebreak`] for both
/// choosing the breaks and [`finalize`].
#[derive(Clone, Debug, PartialEq)]
pub struct Measure {
    /// Byte offset of each character (plus the text length at the end).
    bytes: Vec<usize>,
    chars: Vec<char>,
    /// Advance attributed to each character: a cluster's advance goes to its first.
    adv: Vec<f32>,
    /// Whether a line may start at the character (it begins a glyph cluster).
    boundary: Vec<bool>,
    /// Script class per character.
    class: Vec<ScriptClass>,
    /// Whether the character is full-width punctuation that a line end sets at ½ em.
    half_end: Vec<bool>,
}

/// `partition_point` over a sorted slice for a run of queries: a binary search for the
/// first query, and for each next one a walk on from the last point when the query has
/// not fallen (every element before that point still satisfies it), else a search
/// again. Glyphs of a left-to-right run come with rising clusters: each is found a step
/// or two after the one before, not by a search of the whole paragraph.
#[derive(Default)]
pub(super) struct Walk(Option<usize>);

impl Walk {
    /// `v.partition_point(pred)`, for `pred` true on a prefix of `v`.
    pub(super) fn point(&mut self, v: &[usize], pred: impl Fn(usize) -> bool) -> usize {
        let i = match self.0 {
            Some(mut i) if i == 0 || pred(v[i - 1]) => {
                while i < v.len() && pred(v[i]) {
                    i += 1;
                }
                i
            }
            _ => v.partition_point(|&x| pred(x)),
        };
        self.0 = Some(i);
        i
    }
}

impl Measure {
    /// Measures a shaped paragraph.
    pub fn new(par: &Paragraph, runs: &[ShapedRun]) -> Measure {
        let mut bytes: Vec<usize> = Vec::with_capacity(par.text.len());
        let mut chars = Vec::with_capacity(par.text.len());
        for (b, c) in par.text.char_indices() {
            bytes.push(b);
            chars.push(c);
        }
        let n = chars.len();
        bytes.push(par.text.len());
        let mut adv = vec![0.0f32; n];
        let mut boundary = vec![false; n + 1];
        boundary[n] = true;
        let index = |b: usize| bytes.partition_point(|&x| x < b);
        for run in runs {
            boundary[index(run.range.start)] = true;
            let mut at = Walk::default();
            for g in &run.glyphs {
                let i = at.point(&bytes, |x| x < g.cluster);
                adv[i] += g.advance;
                boundary[i] = true;
            }
        }
        for (i, c) in chars.iter().enumerate() {
            if is_bidi_control(*c) {
                boundary[i] = true;
            }
        }
        let class = par.classes.clone();
        let half_end = chars
            .iter()
            .zip(&class)
            .map(|(c, k)| *k == ScriptClass::Han && HALF_AT_END.contains(*c))
            .collect();
        Measure {
            half_end,
            bytes,
            chars,
            adv,
            boundary,
            class,
        }
    }
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{00A0}'
}

/// Whether `c` is a character of a CJK grid: ideographs, kana and full-width
/// punctuation (CLREQ's inter-character justification applies between them).
fn is_cjk_grid(c: char, class: ScriptClass) -> bool {
    class == ScriptClass::Han && !is_space(c) && !c.is_ascii()
}

/// Signs that belong to a number (10%, 5‰, 30℃, $5): half-width, part of the Western
/// run beside them, so the Han–Latin gap goes on their far side ("10%和" as "10和").
pub(super) fn is_number_sign(c: char) -> bool {
    matches!(c, '%' | '‰' | '‱' | '°' | '℃' | '℉' | '$' | '€' | '£')
}

/// Whether `c` is a letter, digit or number sign of a spaced script (for Han–Latin
/// spacing).
fn is_western(c: char, class: ScriptClass) -> bool {
    class != ScriptClass::Han && (c.is_alphanumeric() || is_number_sign(c))
}

/// A word of the paragraph (between spaces), by character index.
fn word_before(m: &Measure, end: usize) -> &[char] {
    let mut s = end;
    while s > 0 && !is_space(m.chars[s - 1]) {
        s -= 1;
    }
    &m.chars[s..end]
}

fn word_after(m: &Measure, start: usize) -> &[char] {
    let mut e = start;
    while e < m.chars.len() && !is_space(m.chars[e]) {
        e += 1;
    }
    &m.chars[start..e]
}

impl Measure {
    /// The width of the paragraph's space (¼ em when it has none): the unit of
    /// inter-word stretch and shrink.
    fn space(&self, em: f32) -> f32 {
        self.chars
            .iter()
            .zip(&self.adv)
            .find(|(c, _)| **c == ' ')
            .map_or(em / 4.0, |(_, a)| *a)
    }
}

/// ZWNJ and ZWJ: Persian spelling joins morphemes with them, so no line may start or
/// end with one.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// Breaks a shaped paragraph into lines by total fit.
pub fn linebreak(par: &Paragraph, runs: &[ShapedRun], opts: &BreakOptions) -> Broken {
    let m = Measure::new(par, runs);
    if m.chars.is_empty() {
        return Broken {
            lines: Vec::new(),
            overfull: Vec::new(),
            cuts: Vec::new(),
            measure: m,
        };
    }
    let b = Breaker::new(&m, opts);
    // First pass without hyphenation, as TeX does (\pretolerance): when every line
    // is already within the language's pretolerance, hyphens would only add cost.
    let mut cands = candidates(par, &m, opts);
    let mut first = total_fit(&b, &cands);
    if let Some(h) = opts.hyphenator {
        let good = first.as_ref().is_some_and(|p| {
            let lines = lines_of(&b, &cands, p);
            let n = lines.len();
            lines
                .iter()
                .take(n.saturating_sub(1))
                .all(|l| l.ratio.abs() <= opts.breaking.pretolerance)
        });
        if !good {
            add_hyphenation(&m, h, &mut cands);
            first = total_fit(&b, &cands);
        }
    }
    let mut overfull = Vec::new();
    let mut cuts = Vec::new();
    let broken = match first {
        Some(p) => (cands, p),
        None => {
            // Some word is wider than the measure: allow a break at every cluster
            // boundary, heavily penalised, and report the word.
            let all = with_emergency_breaks(&m, &cands);
            let path = total_fit(&b, &all).unwrap_or_default();
            // Report each word that had to be cut (the emergency breaks taken). The
            // cuts of one word follow each other: its bounds are found once, not read
            // again from each cut (a word of a million letters has thousands).
            let mut word_at: Option<(Range<usize>, Arc<str>)> = None;
            for &j in &path {
                let c = &all[j];
                if c.penalty >= EMERGENCY && c.next < m.chars.len() {
                    let k = c.next;
                    let same = word_at
                        .as_ref()
                        .is_some_and(|(r, _)| r.start < k && k < r.end);
                    if !same {
                        let before = word_before(&m, k);
                        let after = word_after(&m, k);
                        let range = k - before.len()..k + after.len();
                        let word: String = before.iter().chain(after).collect();
                        if !overfull.contains(&word) {
                            overfull.push(word.clone());
                        }
                        word_at = Some((range, word.into()));
                    }
                    if let Some((_, word)) = &word_at {
                        cuts.push((m.bytes[k], word.clone()));
                    }
                }
            }
            (all, path)
        }
    };
    let (mut cands, mut path) = broken;
    if opts.looseness != 0 && overfull.is_empty() && path.len() <= looseness::MAX_LINES {
        // Another line count, with every division point (which may help a paragraph
        // take a line fewer); kept only when every line sets well.
        let mut more = cands.clone();
        if let Some(h) = opts.hyphenator {
            if !more.iter().any(|c| c.hyphen) {
                add_hyphenation(&m, h, &mut more);
            }
        }
        let want = path.len() as isize + isize::from(opts.looseness);
        if let Some(p) = usize::try_from(want)
            .ok()
            .and_then(|want| looseness::fit_lines(&b, &more, want))
        {
            (cands, path) = (more, p);
        }
    }
    let lines = lines_of(&b, &cands, &path);
    Broken {
        lines,
        overfull,
        cuts,
        measure: m,
    }
}
