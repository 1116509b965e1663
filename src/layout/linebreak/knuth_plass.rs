//! Knuth–Plass total fit: the breaks of least total demerits over every feasible line,
//! each line's natural width, stretch and shrink read from prefix sums in O(1); the
//! search skips lines far too loose to win (proven equivalent by a test over every
//! paragraph of the report).

use super::opportunities::Candidate;
use super::{
    adjust, is_cjk_grid, is_space, is_western, BreakOptions, Line, Measure, Rules,
};
use crate::lang::script::is_bidi_control;
use crate::lang::ScriptClass;

/// Prefix sums over the characters, so that a line's measures cost O(1).
pub(super) struct Sums {
    /// Σ advances (+ Han–Latin gaps) before each character.
    width: Vec<f32>,
    /// Number of spaces before each character.
    spaces: Vec<u32>,
    /// Number of inter-character (CJK) justification gaps before each character; the
    /// gap counted at `k` lies between `k - 1` and `k`.
    gaps: Vec<u32>,
    /// Number of Han–Latin gaps, counted the same way.
    mixed: Vec<u32>,
    /// Number of letter-spacing gaps (between two characters of a word in a spaced,
    /// unjoined script), counted the same way.
    letters: Vec<u32>,
    /// Han–Latin gap before each character (pt): ¼ em, dropped at line edges.
    mixed_gap: f32,
    /// Whether there is a Han–Latin gap before each character.
    mixed_at: Vec<bool>,
}

impl Sums {
    /// The sums of a paragraph at the em `em`.
    pub(super) fn new(m: &Measure, em: f32) -> Sums {
        let n = m.chars.len();
        let mixed_gap = em * adjust::MIXED_GAP;
        let mut s = Sums {
            width: vec![0.0; n + 1],
            spaces: vec![0; n + 1],
            gaps: vec![0; n + 1],
            mixed: vec![0; n + 1],
            letters: vec![0; n + 1],
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
            s.letters[k + 1] = s.letters[k] + u32::from(k > 0 && letter_gap(m, k));
            s.mixed_at[k] = mixed;
        }
        s
    }
}

/// Whether there is a CJK justification gap and a Han–Latin gap before character `k`.
pub(super) fn gap_kinds(m: &Measure, k: usize) -> (bool, bool) {
    let (ka, kb) = (m.class[k - 1], m.class[k]);
    // Both gaps have a Han character on one side (`is_cjk_grid`).
    if ka != ScriptClass::Han && kb != ScriptClass::Han {
        return (false, false);
    }
    let (a, b) = (m.chars[k - 1], m.chars[k]);
    let cjk = (is_cjk_grid(a, ka) || is_cjk_grid(b, kb)) && !is_space(a) && !is_space(b);
    let mixed = (is_cjk_grid(a, ka) && is_western(b, kb))
        || (is_western(a, ka) && is_cjk_grid(b, kb));
    // Punctuation already carries its own space; no extra gap next to it. A number's
    // sign is not punctuation: 10%和 is spaced like 10和 (CLREQ mixed text).
    let punct = |c: char| !c.is_alphanumeric() && !super::is_number_sign(c);
    (cjk && m.boundary[k], mixed && !punct(a) && !punct(b))
}

/// Whether there is a letter-spacing gap before character `k`: between two characters
/// of a word (cluster starts, neither a space nor a format character) of the Latin
/// class (Latin, Cyrillic; never Arabic, whose letters join, nor Han).
pub(super) fn letter_gap(m: &Measure, k: usize) -> bool {
    let (a, b) = (m.chars[k - 1], m.chars[k]);
    let plain = |c: char| !is_space(c) && !c.is_control() && !is_bidi_control(c);
    m.boundary[k]
        && m.class[k - 1] == ScriptClass::Latin
        && m.class[k] == ScriptClass::Latin
        && plain(a)
        && plain(b)
        && !super::is_joiner(a)
        && !super::is_joiner(b)
}

/// What one line from candidate start `s` to candidate `c` measures.
pub(super) struct LineFit {
    /// Natural width (pt), indent and hyphen included.
    pub natural: f32,
    /// How much it may stretch (pt).
    pub stretch: f32,
    /// How much it may shrink (pt).
    pub shrink: f32,
    /// Whether its last character is punctuation set at ½ em.
    pub compress_end: bool,
}

/// A paragraph's measurements and options, for trying lines.
pub(super) struct Breaker<'a> {
    m: &'a Measure,
    sums: Sums,
    opts: &'a BreakOptions<'a>,
    /// The paragraph's space width.
    space: f32,
}

impl<'a> Breaker<'a> {
    /// A breaker for the measured paragraph `m`.
    pub(super) fn new(m: &'a Measure, opts: &'a BreakOptions<'a>) -> Breaker<'a> {
        Breaker {
            sums: Sums::new(m, opts.em),
            m,
            opts,
            space: m.space(opts.em),
        }
    }

    /// What the line from character `start` to candidate `c` measures.
    pub(super) fn fit(&self, start: usize, c: &Candidate) -> LineFit {
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
        let letters = inner(&s.letters);
        let tracking = &self.opts.breaking;
        let stretch = spaces * self.space * adjust::SPACE_STRETCH
            + gaps * em * adjust::HAN_STRETCH
            + mixed * em * adjust::MIXED_STRETCH
            + letters * em * tracking.letter_stretch;
        let shrink = spaces * self.space * adjust::SPACE_SHRINK
            + mixed * em * adjust::MIXED_SHRINK
            + letters * em * tracking.letter_shrink;
        LineFit {
            natural,
            stretch,
            shrink,
            compress_end,
        }
    }

    /// The options it breaks with.
    pub(super) fn opts(&self) -> &BreakOptions<'a> {
        self.opts
    }

    /// The paragraph it measures.
    pub(super) fn measure(&self) -> &Measure {
        self.m
    }

    /// Demerits of a line, or `None` when it cannot be set (overfull).
    pub(super) fn demerits(
        &self,
        fit: &LineFit,
        c: &Candidate,
        last: bool,
    ) -> Option<(f32, f32)> {
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
        // Knuth's badness 100·|r|³ up to the language's tolerance; beyond, lines are
        // far too loose and get steeply worse instead of saturating, so that one gappy
        // line is never traded for slightly better ones elsewhere.
        let r = ratio.abs();
        let tol = self.opts.breaking.tolerance;
        let badness = if r <= tol {
            100.0 * r.powi(3)
        } else {
            100.0 * r.powi(3) + 50_000.0 * (r - tol)
        };
        let penalty = if c.hyphen {
            c.penalty.max(self.opts.breaking.hyphen_penalty)
        } else {
            c.penalty
        };
        let d = (10.0 + badness).powi(2) + penalty * penalty;
        Some((d, if ragged && diff >= 0.0 { 0.0 } else { ratio }))
    }
}

/// The chosen candidates (indices), by dynamic programming over all feasible lines.
pub(super) fn total_fit(b: &Breaker, cands: &[Candidate]) -> Option<Vec<usize>> {
    total_fit_within(b, cands, Some(LOOSEST))
}

/// Where the search starts walking back from each break: the loosest justified line
/// (adjustment ratio) it reaches first. Lines looser than this (shorter: a later start)
/// are only looked at, the least loose first, while one could still beat the best line
/// found (see [`total_fit_within`]), which is rarely more than one or two. At 0 the walk
/// back starts at the line that just fills the measure, so each break tries the few
/// lines that shrink or stretch a little, not every line up to ten times its stretch
/// (a dozen in English, twenty in Chinese, whose every character is a break).
const LOOSEST: f32 = 0.0;

/// Knuth–Plass total fit. With `loosest`, the lines of each justified (not last) end
/// are tried from the latest start that is no looser than that ratio back to where they
/// become too tight, and then the looser starts in order of looseness for as long as a
/// line's own demerits, plus the least total of the prefixes those starts follow, do
/// not exceed the best total found for that end: demerits grow with looseness, so the
/// result is the full search's (`None`).
pub(super) fn total_fit_within(
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
        let breaking = &b.opts.breaking;
        let total = |best: &[f32], prev: &[usize], i: usize, start: usize, mut d: f32| {
            let (base, hy_prev) = if i == 0 {
                (0.0, false)
            } else if best[i - 1].is_finite() {
                (best[i - 1], cands[i - 1].flagged)
            } else {
                return None;
            };
            if hy_prev && c.flagged {
                // TeX's \doublehyphendemerits: two hyphenated lines in a row; a third
                // (the best line before ends in one too) ten thousand times more.
                let third = prev[i - 1] > 0 && cands[prev[i - 1] - 1].flagged;
                d += breaking.double_hyphen * if third { 10_000.0 } else { 1.0 };
            }
            if hy_prev && last {
                // \finalhyphendemerits: the last line holds the end of a divided word.
                d += breaking.final_hyphen;
            }
            if last && chinese && lone_last(b.m, start, c.end) {
                d += 1e8;
            }
            Some(base + d)
        };
        // Of two starts with the same total the later wins, whatever the order they are
        // tried in: the full search (which tries them latest first, keeping the first
        // of equals) and the windowed one then agree even on ties, which the totals of
        // a long paragraph (large numbers in f32) often are.
        let consider = |best: &mut [f32], prev: &mut [usize], i: usize, start, d| {
            let better = |t: &f32| *t < best[j] || (*t == best[j] && i > prev[j]);
            if let Some(t) = total(best, prev, i, start, d).filter(better) {
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
        // Then on to looser lines while one could still win: no looser line's total
        // falls below its own demerits plus the least total of the prefixes these
        // lines follow (deep in a long paragraph, the demerits alone never exceed a
        // total, and would let every shorter line be tried).
        let floor = best[from..j].iter().copied().fold(f32::INFINITY, f32::min);
        let mut i = from + 1;
        while i <= j {
            let Some((start, _, _, Some(d))) = line(i) else {
                i += 1;
                continue;
            };
            // Its total would be greater still, and so would every looser line's.
            if floor + d > best[j] {
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
pub(super) fn lone_last(m: &Measure, start: usize, end: usize) -> bool {
    m.chars[start..end]
        .iter()
        .filter(|c| c.is_alphanumeric())
        .count()
        < 2
}

/// The lines of a chosen path of candidates.
pub(super) fn lines_of(b: &Breaker, cands: &[Candidate], path: &[usize]) -> Vec<Line> {
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
