//! Break lines: UAX #14 opportunities (`unicode-linebreak`) narrowed by the locale's
//! rules (CLREQ kinsoku, Russian/Kazakh/Uzbek non-breaking rules), hyphenation points
//! (`hyphenation`'s Knuth–Liang patterns, or [`super::syllables`] for Kazakh and Uzbek),
//! and total-fit (Knuth–Plass) choice of breaks
//! with justification: inter-word for spaced scripts, inter-character for Chinese.
//!
//! The model is Knuth and Plass's boxes, glue and penalties, computed over break
//! candidates rather than materialised: a line from candidate `i` to `j` has a natural
//! width, a stretch and a shrink taken from prefix sums, so trying a line costs O(1).

use std::ops::Range;

use super::itemize::Paragraph;
use super::shape::ShapedRun;
use crate::lang::script::is_bidi_control;
use crate::lang::ScriptClass;

/// How a language divides words (patterns or syllable rules, with a word cache).
pub use crate::lang::division::Divider as Hyphenation;

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
    /// Width of the hyphen glyph (pt).
    pub hyphen_width: f32,
    /// The em (pt): the paragraph's font size.
    pub em: f32,
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
    /// The paragraph's measurements, for [`finalize`].
    pub measure: Measure,
}

/// Characters that never begin a line (CLREQ basic level, plus the Persian list of
/// R12A-FA and closing punctuation in general).
pub const NO_START: &str = "、，；：。！？）》」』〉】〕〗〙〛］｝”’·・…‥—–～々〻ヽヾゝゞ゛゜ー％‰℃)]}.,;:!?»،؛؟";
/// Characters that never end a line.
pub const NO_END: &str = "（《「『〈【〔〖〘〚［｛“‘([{«";
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
            for g in &run.glyphs {
                let i = index(g.cluster);
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

/// Whether `c` is a letter or digit of a spaced script (for Han–Latin spacing).
fn is_western(c: char, class: ScriptClass) -> bool {
    class != ScriptClass::Han && c.is_alphanumeric()
}

/// A break candidate: where the next line starts and where this one's text ends.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    /// Character index where the next line starts.
    next: usize,
    /// Character index where this line's visible text ends.
    end: usize,
    hyphen: bool,
    penalty: f32,
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

/// Break candidates of a paragraph, in order; the last is the paragraph end.
fn candidates(par: &Paragraph, m: &Measure, opts: &BreakOptions) -> Vec<Candidate> {
    let n = m.chars.len();
    let index = |b: usize| m.bytes.partition_point(|&x| x < b);
    let mut out = Vec::new();
    for (byte, _) in unicode_linebreak::linebreaks(&par.text) {
        let next = index(byte);
        if next >= n {
            break;
        }
        if !m.boundary[next] {
            continue;
        }
        let mut end = next;
        while end > 0 && is_space(m.chars[end - 1]) {
            end -= 1;
        }
        if end == 0 {
            continue;
        }
        let first = m.chars[next];
        let last = m.chars[end - 1];
        // Kinsoku for every language: closing punctuation never starts a line,
        // opening punctuation never ends one.
        if NO_START.contains(first) || NO_END.contains(last) {
            continue;
        }
        // ZWNJ never gives a break (R12A-FA), whatever the class tables say.
        if is_joiner(last) || is_joiner(first) {
            continue;
        }
        let spaced = end < next;
        let b = word_after(m, next);
        // A mid-sentence dash never starts a line, in any language.
        if spaced && super::nobreak::dash_starts(b) {
            continue;
        }
        let mut penalty = 0.0;
        if spaced && opts.rules == Rules::Slavic {
            let a = word_before(m, end);
            if super::nobreak::keeps(a, b) {
                continue;
            }
            // Two-letter words at a line end are avoided where possible (BYL).
            if a.len() == 2 && a.iter().all(|c| c.is_alphabetic()) {
                penalty = 100.0;
            }
        }
        out.push(Candidate {
            next,
            end,
            hyphen: false,
            penalty,
        });
    }
    let mut end = n;
    while end > 0 && is_space(m.chars[end - 1]) {
        end -= 1;
    }
    out.push(Candidate {
        next: n,
        end,
        hyphen: false,
        penalty: 0.0,
    });
    out
}

/// Adds hyphenation points inside words (sorted into `out`): the points
/// [`crate::lang::division`] gives for the paragraph (the same `silkpress hyphenate`
/// prints), less any inside a ligature.
fn add_hyphenation(m: &Measure, h: &Hyphenation, out: &mut Vec<Candidate>) {
    for k in h.points(&m.chars) {
        if m.boundary[k] {
            out.push(Candidate {
                next: k,
                end: k,
                hyphen: true,
                penalty: 50.0,
            });
        }
    }
    out.sort_by_key(|c| c.next);
    out.dedup_by_key(|c| c.next);
}

/// Penalty of an emergency break inside a word too wide for the measure.
const EMERGENCY: f32 = 5000.0;

/// Prefix sums over the characters, so that a line's measures cost O(1).
struct Sums {
    /// Σ advances (+ Han–Latin gaps) before each character.
    width: Vec<f32>,
    /// Number of spaces before each character.
    spaces: Vec<u32>,
    /// Number of inter-character (CJK) justification gaps before each character; the
    /// gap counted at `k` lies between `k - 1` and `k`.
    gaps: Vec<u32>,
    /// Number of Han–Latin gaps, counted the same way.
    mixed: Vec<u32>,
    /// Han–Latin gap before each character (pt): ¼ em, dropped at line edges.
    mixed_gap: f32,
    /// Whether there is a Han–Latin gap before each character.
    mixed_at: Vec<bool>,
}

impl Sums {
    fn new(m: &Measure, em: f32) -> Sums {
        let n = m.chars.len();
        let mixed_gap = em * adjust::MIXED_GAP;
        let mut s = Sums {
            width: vec![0.0; n + 1],
            spaces: vec![0; n + 1],
            gaps: vec![0; n + 1],
            mixed: vec![0; n + 1],
            mixed_gap,
            mixed_at: vec![false; n + 1],
        };
        for k in 0..n {
            let c = m.chars[k];
            let (gap, mixed) = if k == 0 {
                (false, false)
            } else {
                gap_kinds(m, k)
            };
            s.width[k + 1] = s.width[k] + m.adv[k] + if mixed { mixed_gap } else { 0.0 };
            s.spaces[k + 1] = s.spaces[k] + u32::from(is_space(c));
            s.gaps[k + 1] = s.gaps[k] + u32::from(gap);
            s.mixed[k + 1] = s.mixed[k] + u32::from(mixed);
            s.mixed_at[k] = mixed;
        }
        s
    }
}

/// Whether there is a CJK justification gap and a Han–Latin gap before character `k`.
fn gap_kinds(m: &Measure, k: usize) -> (bool, bool) {
    let (a, b) = (m.chars[k - 1], m.chars[k]);
    let (ka, kb) = (m.class[k - 1], m.class[k]);
    let cjk = (is_cjk_grid(a, ka) || is_cjk_grid(b, kb)) && !is_space(a) && !is_space(b);
    let mixed = (is_cjk_grid(a, ka) && is_western(b, kb))
        || (is_western(a, ka) && is_cjk_grid(b, kb));
    // Punctuation already carries its own space; no extra gap next to it.
    let punct = |c: char| !c.is_alphanumeric();
    (cjk && m.boundary[k], mixed && !punct(a) && !punct(b))
}

/// What one line from candidate start `s` to candidate `c` measures.
struct LineFit {
    natural: f32,
    stretch: f32,
    shrink: f32,
    compress_end: bool,
}

struct Breaker<'a> {
    m: &'a Measure,
    sums: Sums,
    opts: &'a BreakOptions<'a>,
    space: f32,
}

impl Breaker<'_> {
    fn fit(&self, start: usize, c: &Candidate) -> LineFit {
        let (m, s, e) = (self.m, &self.sums, c.end);
        let mut natural = s.width[e] - s.width[start];
        if start > 0 && s.mixed_at[start] {
            natural -= s.mixed_gap;
        }
        if start == 0 {
            natural += self.opts.indent;
        }
        if c.hyphen {
            natural += self.opts.hyphen_width;
        }
        let em = self.opts.em;
        let compress_end = e > start && m.half_end[e - 1] && m.adv[e - 1] > em * 0.75;
        if compress_end {
            natural -= em / 2.0;
        }
        let inner = |v: &Vec<u32>| v[e].saturating_sub(v[(start + 1).min(e)]) as f32;
        let spaces = (s.spaces[e] - s.spaces[start]) as f32;
        let gaps = inner(&s.gaps);
        let mixed = inner(&s.mixed);
        let stretch = spaces * self.space * adjust::SPACE_STRETCH
            + gaps * em * adjust::HAN_STRETCH
            + mixed * em * adjust::MIXED_STRETCH;
        let shrink = spaces * self.space * adjust::SPACE_SHRINK
            + mixed * em * adjust::MIXED_SHRINK;
        LineFit {
            natural,
            stretch,
            shrink,
            compress_end,
        }
    }

    /// Demerits of a line, or `None` when it cannot be set (overfull).
    fn demerits(&self, fit: &LineFit, c: &Candidate, last: bool) -> Option<(f32, f32)> {
        let w = self.opts.width;
        let diff = w - fit.natural;
        if diff < -fit.shrink - 1e-3 {
            return None;
        }
        let ragged = last || !self.opts.justify;
        let ratio = if diff >= 0.0 {
            if ragged {
                // Ragged lines: stretchable by a generous amount, so that breaking
                // still evens out line lengths instead of filling greedily.
                // Ragged text (headings, ToC entries) counts its last line too, which
                // balances the lines instead of leaving one word alone at the end.
                if last && self.opts.justify {
                    0.0
                } else {
                    diff / (w * 0.25)
                }
            } else if fit.stretch > 0.0 {
                diff / fit.stretch
            } else if diff < 1e-3 {
                0.0
            } else {
                // Nothing can stretch (one long word): very bad but possible.
                10.0
            }
        } else if fit.shrink > 0.0 {
            diff / fit.shrink
        } else {
            0.0
        };
        // Knuth's badness 100·|r|³ up to r = 3; beyond, lines are far too loose and
        // get steeply worse instead of saturating, so that one gappy line is never
        // traded for slightly better ones elsewhere.
        let r = ratio.abs();
        let badness = if r <= 3.0 {
            100.0 * r.powi(3)
        } else {
            2700.0 + 50_000.0 * (r - 3.0)
        };
        let d = (10.0 + badness).powi(2) + c.penalty * c.penalty;
        Some((d, if ragged && diff >= 0.0 { 0.0 } else { ratio }))
    }
}

/// Breaks a shaped paragraph into lines by total fit.
pub fn linebreak(par: &Paragraph, runs: &[ShapedRun], opts: &BreakOptions) -> Broken {
    let m = Measure::new(par, runs);
    if m.chars.is_empty() {
        return Broken {
            lines: Vec::new(),
            overfull: Vec::new(),
            measure: m,
        };
    }
    let b = Breaker {
        sums: Sums::new(&m, opts.em),
        m: &m,
        opts,
        space: m.space(opts.em),
    };
    // First pass without hyphenation, as TeX does (\pretolerance): when every line
    // is already within its normal stretch and shrink, hyphens would only add cost.
    let mut cands = candidates(par, &m, opts);
    let mut first = total_fit(&b, &cands);
    if let Some(h) = opts.hyphenator {
        let good = first.as_ref().is_some_and(|p| {
            let lines = lines_of(&b, &cands, p);
            let n = lines.len();
            lines
                .iter()
                .take(n.saturating_sub(1))
                .all(|l| l.ratio.abs() <= 1.0)
        });
        if !good {
            add_hyphenation(&m, h, &mut cands);
            first = total_fit(&b, &cands);
        }
    }
    let mut overfull = Vec::new();
    let broken = match first {
        Some(p) => (cands, p),
        None => {
            // Some word is wider than the measure: allow a break at every cluster
            // boundary, heavily penalised, and report the word.
            let mut all = cands.clone();
            for k in 1..m.chars.len() {
                // Not even an emergency break goes beside a joiner.
                if m.boundary[k]
                    && !is_space(m.chars[k])
                    && !is_space(m.chars[k - 1])
                    && !is_joiner(m.chars[k])
                    && !is_joiner(m.chars[k - 1])
                {
                    all.push(Candidate {
                        next: k,
                        end: k,
                        hyphen: false,
                        penalty: EMERGENCY,
                    });
                }
            }
            all.sort_by_key(|c| c.next);
            all.dedup_by_key(|c| c.next);
            let path = total_fit(&b, &all).unwrap_or_default();
            // Report each word that had to be cut (the emergency breaks taken).
            for &j in &path {
                let c = &all[j];
                if c.penalty >= EMERGENCY && c.next < m.chars.len() {
                    let word: String = word_before(&m, c.next)
                        .iter()
                        .chain(word_after(&m, c.next))
                        .collect();
                    if !overfull.contains(&word) {
                        overfull.push(word);
                    }
                }
            }
            (all, path)
        }
    };
    let (cands, path) = broken;
    let lines = lines_of(&b, &cands, &path);
    Broken {
        lines,
        overfull,
        measure: m,
    }
}

/// The chosen candidates (indices), by dynamic programming over all feasible lines.
fn total_fit(b: &Breaker, cands: &[Candidate]) -> Option<Vec<usize>> {
    total_fit_within(b, cands, Some(LOOSEST))
}

/// Where the search starts walking back from each break: the loosest justified line
/// (adjustment ratio) it reaches first. Two thirds of all (start, end) pairs make lines
/// looser than this, each costing more than 10¹¹ demerits; they are only looked at, the
/// least loose first, while one could still beat the best line found (see
/// [`total_fit_within`]), which is almost never.
const LOOSEST: f32 = 10.0;

/// Knuth–Plass total fit. With `loosest`, the lines of each justified (not last) end
/// are tried from the latest start that is no looser than that ratio back to where they
/// become too tight, and then the looser starts in order of looseness for as long as a
/// line's own demerits stay below the best total found for that end: demerits grow
/// with looseness and totals never fall below a line's own, so the result is the full
/// search's (`None`), at a third of the cost.
fn total_fit_within(
    b: &Breaker,
    cands: &[Candidate],
    loosest: Option<f32>,
) -> Option<Vec<usize>> {
    let n = cands.len();
    // best[j]: least demerits of a paragraph prefix ending at candidate j; index n is
    // the paragraph start (a virtual candidate).
    let mut best = vec![f32::INFINITY; n];
    let mut prev = vec![usize::MAX; n];
    let chinese = b.opts.rules == Rules::Chinese;
    let start_of = |i: usize| if i == 0 { 0 } else { cands[i - 1].next };
    // The latest start whose line to the current end is not too loose: it only moves
    // forward as the end does, so finding it costs O(1) per end, amortised.
    let mut latest = 0;
    for j in 0..n {
        let last = j == n - 1;
        let c = &cands[j];
        let mut from = j;
        let windowed = loosest.filter(|_| b.opts.justify && !last);
        if let Some(loosest) = windowed {
            let loose_enough = |i: usize| {
                let start = start_of(i);
                c.end > start && {
                    let fit = b.fit(start, c);
                    fit.natural + loosest * fit.stretch >= b.opts.width
                }
            };
            while latest < j && loose_enough(latest + 1) {
                latest += 1;
            }
            from = latest;
        }
        // The line from start i to this end: its start, whether it is too tight,
        // whether nothing in it can stretch, and its own demerits if it can be set.
        let line = |i: usize| {
            let start = start_of(i);
            if c.end <= start {
                return None;
            }
            let fit = b.fit(start, c);
            let too_tight = fit.natural - fit.shrink > b.opts.width + 1e-3;
            let rigid = fit.stretch <= 0.0;
            let d = b.demerits(&fit, c, last).map(|(d, _)| d);
            Some((start, too_tight, rigid, d))
        };
        // The total of a paragraph prefix ending with line i..j of demerits d, if the
        // prefix before it can be set.
        let total = |best: &[f32], i: usize, start: usize, mut d: f32| {
            let (base, hy_prev) = if i == 0 {
                (0.0, false)
            } else if best[i - 1].is_finite() {
                (best[i - 1], cands[i - 1].hyphen)
            } else {
                return None;
            };
            if hy_prev && c.hyphen {
                // TeX's \doublehyphendemerits: two hyphenated lines in a row.
                d += 10_000.0;
            }
            if last && chinese && lone_last(b.m, start, c.end) {
                d += 1e8;
            }
            Some(base + d)
        };
        let consider = |best: &mut [f32], prev: &mut [usize], i, start, d| {
            if let Some(t) = total(best, i, start, d).filter(|t| *t < best[j]) {
                best[j] = t;
                prev[j] = i;
            }
        };
        // Walk back over earlier starts until lines get too wide.
        for i in (0..=from).rev() {
            let Some((start, too_tight, _, d)) = line(i) else {
                continue;
            };
            if too_tight {
                break;
            }
            if let Some(d) = d {
                consider(&mut best, &mut prev, i, start, d);
            }
        }
        if windowed.is_none() {
            continue;
        }
        // Then on to looser lines while one's own demerits could still win.
        let mut i = from + 1;
        while i <= j {
            let Some((start, _, _, Some(d))) = line(i) else {
                i += 1;
                continue;
            };
            if d >= best[j] {
                break;
            }
            consider(&mut best, &mut prev, i, start, d);
            i += 1;
        }
        // Lines with nothing to stretch (a long word alone, or its hyphenated pieces)
        // get a fixed ratio however short they are, so they escape that bound: they
        // are the latest starts, tried last.
        for k in (i + 1..=j).rev() {
            match line(k) {
                Some((start, _, true, Some(d))) => {
                    consider(&mut best, &mut prev, k, start, d)
                }
                Some((_, _, true, None)) | None => {}
                Some((_, _, false, _)) => break,
            }
        }
    }
    if !best[n - 1].is_finite() {
        return None;
    }
    let mut path = Vec::new();
    let mut j = n - 1;
    loop {
        path.push(j);
        let i = prev[j];
        if i == 0 {
            break;
        }
        j = i - 1;
    }
    path.reverse();
    Some(path)
}

/// Whether a last line holds a single character (punctuation aside): CLREQ and every
/// Chinese compositor avoid it.
fn lone_last(m: &Measure, start: usize, end: usize) -> bool {
    m.chars[start..end]
        .iter()
        .filter(|c| c.is_alphanumeric())
        .count()
        < 2
}

fn lines_of(b: &Breaker, cands: &[Candidate], path: &[usize]) -> Vec<Line> {
    let mut lines = Vec::with_capacity(path.len());
    let mut start = 0;
    let skip = |k: usize| {
        let mut k = k;
        while k < b.m.chars.len() && is_space(b.m.chars[k]) {
            k += 1;
        }
        k
    };
    for (li, &j) in path.iter().enumerate() {
        let c = &cands[j];
        let s = skip(start);
        let fit = b.fit(start, c);
        let last = li == path.len() - 1;
        let ratio = b.demerits(&fit, c, last).map_or(-1.0, |(_, r)| r);
        lines.push(Line {
            range: b.m.bytes[s]..b.m.bytes[c.end.max(s)],
            hyphen: c.hyphen,
            ratio: ratio.clamp(-1.0, 10.0),
            // A line that must shrink is justified even when it is the last.
            justified: (b.opts.justify && !last) || ratio < 0.0,
            first: li == 0,
            compress_end: fit.compress_end,
        });
        start = c.next;
    }
    lines
}

/// First fit, for comparison in tests: each line takes as much as fits.
#[cfg(test)]
pub(crate) fn first_fit(
    par: &Paragraph,
    runs: &[ShapedRun],
    opts: &BreakOptions,
) -> Vec<Line> {
    let m = Measure::new(par, runs);
    let space = m.space(opts.em);
    let b = Breaker {
        sums: Sums::new(&m, opts.em),
        m: &m,
        opts,
        space,
    };
    let mut cands = candidates(par, &m, opts);
    if let Some(h) = opts.hyphenator {
        add_hyphenation(&m, h, &mut cands);
    }
    let mut path = Vec::new();
    let mut start = 0;
    let mut j = 0;
    while j < cands.len() {
        let mut k = j;
        while k + 1 < cands.len() {
            let fit = b.fit(start, &cands[k + 1]);
            if fit.natural - fit.shrink > opts.width {
                break;
            }
            k += 1;
        }
        path.push(k);
        start = cands[k].next;
        j = k + 1;
    }
    lines_of(&b, &cands, &path)
}

/// Sum of squared adjustment ratios of the justified lines: the measure of evenness
/// by which total fit should beat first fit.
#[cfg(test)]
pub(crate) fn looseness(lines: &[Line]) -> f32 {
    lines
        .iter()
        .filter(|l| l.justified)
        .map(|l| l.ratio * l.ratio)
        .sum()
}

/// A glyph placed in a [`Segment`], in points.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedGlyph {
    /// Glyph ID.
    pub id: u16,
    /// The characters it stands for, as a byte range of [`Segment::text`].
    pub text: Range<usize>,
    /// Advance, justification included.
    pub advance: f32,
    /// Horizontal offset.
    pub x_offset: f32,
    /// Vertical offset (up is positive).
    pub y_offset: f32,
}

/// Glyphs of one face and size on a line, in visual order.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    /// The face.
    pub face: crate::fonts::FaceId,
    /// Font size (pt).
    pub size: f32,
    /// Start of the pen, from the line's left edge (pt).
    pub x: f32,
    /// The text the glyphs stand for, in logical order.
    pub text: String,
    /// The glyphs.
    pub glyphs: Vec<PlacedGlyph>,
    /// Right to left.
    pub rtl: bool,
}

impl Segment {
    /// Total advance.
    pub fn width(&self) -> f32 {
        self.glyphs.iter().map(|g| g.advance).sum()
    }
}

/// A line ready to draw: segments in visual order.
#[derive(Clone, Debug, PartialEq)]
pub struct LineFrame {
    /// Offset of the line's left edge from the text box's left (pt).
    pub x: f32,
    /// Width of the drawn line (pt).
    pub width: f32,
    /// The segments, left to right.
    pub segments: Vec<Segment>,
    /// The text of the line in logical order (for tests and tagging).
    pub text: String,
}

/// Turns chosen lines into frames: glyphs cut to each line, justification distributed,
/// runs reordered visually (UAX #9 L2), hyphens added, lines aligned to the paragraph's
/// start side. `hyphen` gives a face's hyphen glyph and advance at a size.
pub fn finalize(
    par: &Paragraph,
    runs: &[ShapedRun],
    m: &Measure,
    lines: &[Line],
    opts: &BreakOptions,
    hyphen: &dyn Fn(crate::fonts::FaceId, f32) -> (u16, f32),
) -> Vec<LineFrame> {
    let index = |b: usize| m.bytes.partition_point(|&x| x < b);
    let em = opts.em;
    let space = m.space(em);
    // Cluster ends: for each run, the sorted distinct cluster starts.
    let cluster_ends: Vec<Vec<usize>> = runs
        .iter()
        .map(|r| {
            let mut v: Vec<usize> = r.glyphs.iter().map(|g| g.cluster).collect();
            v.sort_unstable();
            v.dedup();
            v.push(r.range.end);
            v
        })
        .collect();
    let mut frames = Vec::with_capacity(lines.len());
    for line in lines {
        let (ls, le) = (line.range.start, line.range.end);
        let ke = index(le);
        let stretch = line.justified && line.ratio > 0.0;
        let r = if line.justified { line.ratio } else { 0.0 };
        // Extra advance after each character of the line.
        let extra = |k: usize| -> f32 {
            let mut x = 0.0;
            let c = m.chars[k];
            if is_space(c) && line.justified {
                x += r
                    * space
                    * if stretch {
                        adjust::SPACE_STRETCH
                    } else {
                        adjust::SPACE_SHRINK
                    };
            }
            if k + 1 < ke {
                let (gap, mixed) = gap_kinds(m, k + 1);
                if gap && stretch {
                    x += r * em * adjust::HAN_STRETCH;
                }
                if mixed {
                    x += em * adjust::MIXED_GAP
                        + if stretch {
                            r * em * adjust::MIXED_STRETCH
                        } else {
                            r.min(0.0) * em * adjust::MIXED_SHRINK
                        };
                }
            }
            if k + 1 == ke && line.compress_end {
                x -= em / 2.0;
            }
            x
        };
        let mut segs: Vec<(u8, Segment)> = Vec::new();
        for (ri, run) in runs.iter().enumerate() {
            let s = run.range.start.max(ls);
            let e = run.range.end.min(le);
            if s >= e {
                continue;
            }
            let ends = &cluster_ends[ri];
            let mut glyphs = Vec::new();
            let mut seen_cluster = usize::MAX;
            // In visual order; the extra space of a cluster goes on its first glyph in
            // logical terms, which for a right-to-left run is the last one drawn. We
            // simply put it on the first glyph met; inter-word spaces are single glyphs.
            for g in &run.glyphs {
                if g.cluster < s || g.cluster >= e {
                    continue;
                }
                let end = ends[ends.partition_point(|&x| x <= g.cluster)].min(e);
                let mut advance = g.advance;
                if g.cluster != seen_cluster {
                    seen_cluster = g.cluster;
                    advance += extra(index(g.cluster));
                }
                glyphs.push(PlacedGlyph {
                    id: g.id,
                    text: g.cluster - s..end - s,
                    advance,
                    x_offset: g.x_offset,
                    y_offset: g.y_offset,
                });
            }
            let mut text = par.text[s..e].to_string();
            if line.hyphen && e == le {
                let (id, adv) = hyphen(run.face, run.size);
                let at = text.len();
                text.push('-');
                let hg = PlacedGlyph {
                    id,
                    text: at..at + 1,
                    advance: adv,
                    x_offset: 0.0,
                    y_offset: 0.0,
                };
                if run.rtl() {
                    glyphs.insert(0, hg);
                } else {
                    glyphs.push(hg);
                }
            }
            segs.push((
                run.level,
                Segment {
                    face: run.face,
                    size: run.size,
                    x: 0.0,
                    text,
                    glyphs,
                    rtl: run.rtl(),
                },
            ));
        }
        reorder(&mut segs);
        let mut x = 0.0;
        let mut segments = Vec::with_capacity(segs.len());
        for (_, mut seg) in segs {
            seg.x = x;
            x += seg.width();
            segments.push(seg);
        }
        let indent = if line.first { opts.indent } else { 0.0 };
        let lx = if par.rtl {
            opts.width - indent - x
        } else {
            indent
        };
        frames.push(LineFrame {
            x: lx,
            width: x,
            segments,
            text: par.text[ls..le].to_string(),
        });
    }
    frames
}

/// UAX #9 rule L2: from the highest level down to the lowest odd one, reverse every
/// maximal sequence of segments at that level or higher.
fn reorder<T>(segs: &mut [(u8, T)]) {
    let Some(max) = segs.iter().map(|s| s.0).max() else {
        return;
    };
    let min_odd = segs
        .iter()
        .map(|s| s.0)
        .filter(|l| l % 2 == 1)
        .min()
        .unwrap_or(max + 1);
    let mut level = max;
    while level >= min_odd && level > 0 {
        let mut i = 0;
        while i < segs.len() {
            if segs[i].0 >= level {
                let start = i;
                while i < segs.len() && segs[i].0 >= level {
                    i += 1;
                }
                segs[start..i].reverse();
            } else {
                i += 1;
            }
        }
        level -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::StyledText;
    use crate::layout::testing::typesetter;
    use crate::layout::{Align, ParStyle, Typesetter};

    fn style(ts: &Typesetter, align: Align) -> ParStyle {
        let (size, lead) = ts.body();
        ParStyle::new(size, size * lead, align)
    }

    /// The windowed search must find the very breaks the full one does: on every block
    /// of every locale of the report, in its own style and options, with and without
    /// hyphenation points.
    #[test]
    fn skipping_very_loose_lines_never_changes_the_breaks() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let project = crate::project::Project::load(root).unwrap();
        let mut compared = 0;
        for tag in &project.available {
            let report = crate::l10n::resolve(&project, tag).unwrap().output;
            let ts = typesetter(tag);
            for block in report.blocks.iter().filter(|b| !b.text.runs.is_empty()) {
                // The paragraph's own style, as the build sets it.
                let ps = ts.par_style(block.kind, false);
                let origin = crate::layout::Origin {
                    locale: tag,
                    id: block.id.as_deref(),
                };
                let par = crate::layout::itemize(
                    &block.text,
                    ts.rtl,
                    ts.class,
                    ts.book,
                    origin,
                )
                .unwrap();
                let runs = ts.shaper_for_tests().shape(&par, ps.size).unwrap();
                let opts = ts.break_options(&par, &ps);
                let m = Measure::new(&par, &runs);
                if m.chars.is_empty() {
                    continue;
                }
                let b = Breaker {
                    sums: Sums::new(&m, opts.em),
                    m: &m,
                    opts: &opts,
                    space: m.space(opts.em),
                };
                let mut cands = candidates(&par, &m, &opts);
                for hyphenate in [false, true] {
                    if hyphenate {
                        let Some(h) = opts.hyphenator else { break };
                        add_hyphenation(&m, h, &mut cands);
                    }
                    let full = total_fit_within(&b, &cands, None);
                    assert_eq!(total_fit(&b, &cands), full, "{tag} {:?}", block.id);
                    compared += 1;
                }
            }
        }
        assert!(compared > 1500, "only {compared} paragraphs compared");
    }

    /// Sets `text` at the measure `width` and returns the lines' logical text.
    fn lines(tag: &str, text: &str, width: f32) -> Vec<String> {
        let mut ts = typesetter(tag);
        ts.width = width;
        let ps = style(&ts, Align::Justify);
        let set = ts.set(&StyledText::plain(text), &ps, None).unwrap().output;
        for l in &set.lines {
            assert!(
                l.width <= width + 0.01,
                "line wider than the measure: {l:?}"
            );
        }
        set.lines
            .iter()
            .map(|l| {
                let hy = l
                    .segments
                    .iter()
                    .any(|s| s.text.ends_with('-') && !l.text.ends_with('-'));
                format!("{}{}", l.text, if hy { "-" } else { "" })
            })
            .collect()
    }

    const ZH: &str = "古丝绸之路的历史起点陕西省，正在建设面向中亚、以粮食和果蔬为重点的大宗商品交易中心，\
        并与中亚国家携手共建国际物流枢纽和园区。目前已建成10个海外仓。2024年，陕西与中亚贸易额增长48.1%。\
        “中国—中亚精神”是（双方）共同的《宝贵财富》；我们说：“好！”";

    #[test]
    fn kinsoku_no_forbidden_line_starts_or_ends() {
        // At every width from 8 to 30 em, no line starts with closing punctuation or
        // ends with opening punctuation (CLREQ basic level).
        for ems in 8..30 {
            let ls = lines("zh-CN", ZH, ems as f32 * 10.5);
            for l in &ls {
                let first = l.chars().next().unwrap();
                let last = l.chars().last().unwrap();
                assert!(
                    !"。，、；：）》」！？”".contains(first),
                    "line starts with {first}: {l}"
                );
                assert!(!"（《「“".contains(last), "line ends with {last}: {l}");
            }
        }
    }

    #[test]
    fn chinese_has_no_lone_last_character() {
        for ems in 8..30 {
            let ls = lines("zh-CN", ZH, ems as f32 * 10.5);
            let last = ls.last().unwrap();
            let n = last.chars().filter(|c| c.is_alphanumeric()).count();
            assert!(n >= 2, "lone last line {last:?} at {ems} em");
        }
    }

    #[test]
    fn chinese_line_end_punctuation_is_half_width() {
        let mut ts = typesetter("zh-CN");
        ts.width = 10.0 * 10.5;
        let ps = style(&ts, Align::Justify);
        // Nine ideographs then a comma: the comma ends the first line at ½ em.
        let text = "中国中亚合作成果丰，硕国家合作";
        let set = ts.set(&StyledText::plain(text), &ps, None).unwrap().output;
        let first = &set.lines[0];
        assert!(first.text.ends_with('，'), "{:?}", first.text);
        let seg = first.segments.last().unwrap();
        let comma = seg.glyphs.last().unwrap();
        assert!(
            (comma.advance - 10.5 / 2.0).abs() < 0.6,
            "comma advance {}",
            comma.advance
        );
    }

    #[test]
    fn han_latin_spacing_is_at_most_a_quarter_em() {
        let mut ts = typesetter("zh-CN");
        ts.width = 400.0;
        let ps = style(&ts, Align::Start);
        let set = ts
            .set(&StyledText::plain("采用RFID技术"), &ps, None)
            .unwrap()
            .output;
        let line = &set.lines[0];
        // Segments: Han, Latin, Han. The Latin face is used for the acronym.
        assert_eq!(line.segments.len(), 3, "{line:?}");
        let han = &line.segments[0];
        let last_han = han.glyphs.last().unwrap();
        let natural = 10.5; // ideographs are 1 em wide
        let gap = last_han.advance - natural;
        assert!(gap > 0.0 && gap <= 10.5 / 4.0 + 0.01, "gap {gap}");
    }

    #[test]
    fn adjacent_chinese_punctuation_is_compressed_to_one_and_a_half_em() {
        let mut ts = typesetter("zh-CN");
        ts.width = 400.0;
        let ps = style(&ts, Align::Start);
        let set = ts
            .set(&StyledText::plain("他说：“好。”然后"), &ps, None)
            .unwrap()
            .output;
        let seg = &set.lines[0].segments[0];
        let adv = |c: &str| {
            let at = seg.text.find(c).unwrap();
            seg.glyphs
                .iter()
                .find(|g| g.text.start == at)
                .unwrap()
                .advance
        };
        // CLREQ: two adjacent full-width marks take 1.5 em, not 2 (OpenType `chws`).
        let pair = adv("。") + adv("”");
        assert!((pair - 1.5 * ps.size).abs() < 0.3, "。” take {pair} pt");
        let pair = adv("：") + adv("“");
        assert!((pair - 1.5 * ps.size).abs() < 0.3, "：“ take {pair} pt");
    }

    #[test]
    fn a_word_wider_than_the_measure_is_cut_and_reported() {
        let mut ts = typesetter("en");
        ts.width = 60.0;
        let ps = style(&ts, Align::Justify);
        let word = "4829104829104829104829104829";
        let w = ts
            .set(&StyledText::plain(format!("A {word} here")), &ps, Some("x"))
            .unwrap();
        assert!(w.output.lines.iter().all(|l| l.width <= 60.01));
        assert_eq!(w.warnings.len(), 1, "{:?}", w.warnings);
        assert_eq!(w.warnings[0].code, "overfull-line");
        assert!(
            w.warnings[0].message.contains(word),
            "{}",
            w.warnings[0].message
        );
    }

    const EN: &str = "In recent years, economic and trade cooperation between China and the \
        Central Asian countries has grown in volume and quality. China has become Central \
        Asia's largest trading partner and a significant source of investment. Since the \
        inaugural China-Central Asia Summit in 2023, China has introduced a series of trade \
        facilitation measures to ensure smooth trade flows with Central Asian countries, \
        expand the supply of their products, and diversify the bilateral trade structure.";

    #[test]
    fn knuth_plass_beats_first_fit() {
        let mut ts = typesetter("en");
        ts.width = 250.0;
        let ps = style(&ts, Align::Justify);
        let text = StyledText::plain(EN);
        let origin = crate::layout::Origin {
            locale: "en",
            id: None,
        };
        let par =
            crate::layout::itemize(&text, false, ScriptClass::Latin, ts.book, origin)
                .unwrap();
        let runs = ts.shaper_for_tests().shape(&par, ps.size).unwrap();
        let opts = BreakOptions {
            width: 250.0,
            indent: 0.0,
            justify: true,
            rules: Rules::Plain,
            hyphenator: None,
            hyphen_width: 3.0,
            em: ps.size,
        };
        let kp = linebreak(&par, &runs, &opts).lines;
        let ff = first_fit(&par, &runs, &opts);
        assert!(
            looseness(&kp) < looseness(&ff),
            "total fit {} vs first fit {}",
            looseness(&kp),
            looseness(&ff)
        );
        for l in kp.iter().chain(&ff) {
            assert!(l.ratio >= -1.0);
        }
    }

    #[test]
    fn words_are_hyphenated_correctly() {
        for (tag, text) in [
            (
                "en",
                "internationalization telecommunications infrastructure interoperability",
            ),
            (
                "ru",
                "государственный внешнеэкономический сотрудничество взаимовыгодного",
            ),
            // Syllable rules, not patterns (layout::syllables).
            (
                "kk",
                "ынтымақтастығы мемлекетаралық стратегиялық қауіпсіздігінің",
            ),
            (
                "uz",
                "hamkorligining oʻzbekistonliklar mamlakatlarining barqarorlikni",
            ),
        ] {
            let mut hyphenated = 0;
            for w in [60.0, 70.0, 80.0, 90.0] {
                let ls = lines(tag, text, w);
                // Rejoining the lines (hyphens removed) gives back the text, and every
                // piece of a divided word has at least two letters (RU-ORF §§211–219).
                let mut joined = String::new();
                for l in &ls {
                    match l.strip_suffix('-') {
                        Some(head) => {
                            hyphenated += 1;
                            assert!(
                                head.rsplit(' ').next().unwrap().chars().count() >= 2
                            );
                            joined.push_str(head);
                        }
                        None => {
                            joined.push_str(l);
                            joined.push(' ');
                        }
                    }
                    assert!(l.split(' ').next().unwrap().chars().count() >= 2, "{ls:?}");
                }
                assert_eq!(joined.trim_end(), text, "{ls:?}");
            }
            assert!(hyphenated > 0, "{tag}: nothing hyphenated");
        }
    }

    #[test]
    fn russian_non_breaking_rules() {
        let text =
            "Он сказал, что в 1998 г. в городе было 25 кг груза, а А. С. Пушкин — поэт, \
            и т. д. и т. п.; в доме № 5 к нам пришли с работы и о нас говорили у входа.";
        for w in (70..260).step_by(7) {
            let ls = lines("ru", text, w as f32);
            for l in &ls {
                let last = l.rsplit(' ').next().unwrap();
                let one_letter =
                    last.chars().count() == 1 && last.chars().all(char::is_alphabetic);
                assert!(
                    !one_letter,
                    "one-letter word at line end: {l:?} (width {w})"
                );
                assert!(
                    !(last.len() <= 3
                        && last.ends_with('.')
                        && last.chars().count() == 2),
                    "initial or abbreviation at line end: {l:?}"
                );
                assert!(
                    !last.chars().all(|c| c.is_ascii_digit()) || last.is_empty(),
                    "number split from its unit: {l:?}"
                );
                assert!(last != "№", "№ at line end: {l:?}");
                assert!(!l.starts_with('—'), "line starts with a dash: {l:?}");
            }
        }
    }

    #[test]
    fn uzbek_apostrophe_letters_stay_in_their_words() {
        let text = "Oʻzbekiston va Xitoy oʻrtasidagi hamkorlik gʻoyat muhim; taʼlim sohasida ham.";
        for w in (50..200).step_by(5) {
            for l in lines("uz", text, w as f32) {
                assert!(
                    !l.starts_with(['ʻ', 'ʼ']) && !l.ends_with(['ʻ', 'ʼ']),
                    "{l:?}"
                );
            }
        }
    }

    #[test]
    fn persian_zwnj_is_never_a_break_and_nothing_is_hyphenated() {
        let text = "کتاب‌ها و خانه‌ها در شهرهای آسیای مرکزی می‌توانند همکاری‌های بیشتری داشته باشند.";
        for w in (40..200).step_by(5) {
            for l in lines("fa", text, w as f32) {
                assert!(
                    !l.starts_with('\u{200C}') && !l.ends_with('\u{200C}'),
                    "{l:?}"
                );
                assert!(!l.ends_with('-'), "{l:?}");
            }
        }
    }

    #[test]
    fn bidi_order_of_a_mixed_persian_latin_number_line() {
        let mut ts = typesetter("fa");
        ts.width = 400.0;
        let ps = style(&ts, Align::Start);
        let set = ts
            .set(&StyledText::plain("سلام ABC 123 دنیا"), &ps, None)
            .unwrap()
            .output;
        let line = &set.lines[0];
        let visual: Vec<&str> = line.segments.iter().map(|s| s.text.as_str()).collect();
        // Right to left paragraph: the last word in logical order is drawn leftmost,
        // and the Latin + number run keeps its own left-to-right order.
        assert!(visual.first().unwrap().contains("دنیا"), "{visual:?}");
        assert!(visual.last().unwrap().contains("سلام"), "{visual:?}");
        let latin = line
            .segments
            .iter()
            .find(|s| s.text.contains("ABC"))
            .unwrap();
        assert!(!latin.rtl && latin.text.contains("ABC 123"), "{latin:?}");
        let persian = line
            .segments
            .iter()
            .find(|s| s.text.contains("سلام"))
            .unwrap();
        assert!(persian.rtl);
        // Right-aligned: the line ends at the right edge of the measure.
        assert!(
            (line.x + line.width - 400.0).abs() < 0.01,
            "{} + {}",
            line.x,
            line.width
        );
    }
}
#[cfg(test)]
mod justification_tests {
    use crate::doc::StyledText;
    use crate::layout::testing::typesetter;
    use crate::layout::{Align, ParStyle};

    #[test]
    fn justified_lines_fill_the_measure_in_every_script() {
        for (tag, text) in [
            ("fa", "چین با هر پنج کشور آسیای مرکزی موافقت‌نامه‌های بین‌دولتی حمل‌ونقل هوایی امضا کرده و آزادسازی بازار حمل‌ونقل هوایی را به‌طور پیوسته پیش برده است. اتصال هوایی میان شی‌آن و آسیای مرکزی از صفر به پوشش کامل پنج کشور و هفت شهر رسیده است. اکنون هشت مسیر پرواز مسافری که چین را به این شهرهای آسیای مرکزی پیوند می‌دهند به‌طور پایدار فعال‌اند؛ این مسیرها مناطق اقتصادی چین و آسیای مرکزی را یکپارچه می‌کنند."),
            ("en", "In recent years, economic and trade cooperation between China and the Central Asian countries has grown in volume and quality. China has become Central Asia's largest trading partner and a significant source of investment."),
        ] {
            let mut ts = typesetter(tag);
            ts.width = 300.0;
            let (size, lead) = ts.body();
            let ps = ParStyle::new(size, size * lead, Align::Justify);
            let set = ts.set(&StyledText::plain(text), &ps, None).unwrap().output;
            let n = set.lines.len();
            for l in &set.lines[..n - 1] {
                assert!((l.width - 300.0).abs() < 0.05, "{tag}: width {} x {}: {:?}", l.width, l.x, l.text);
                assert!(l.x.abs() < 0.05, "{tag}: x {}", l.x);
            }
        }
    }
}
