//! Break opportunities: UAX #14 (`unicode-linebreak`) narrowed by the rules every
//! language shares (kinsoku, joiners, a dash never starting a line) and by the
//! locale's own (Russian/Kazakh/Uzbek non-breaking rules); hyphenation points inside
//! words (Knuth–Liang patterns, or syllable rules); and, when some word is wider than
//! the measure, emergency breaks inside it.

use super::{is_joiner, is_space, word_after, word_before, BreakOptions, Measure, Rules};
use crate::layout::itemize::Paragraph;

/// How a language divides words (patterns or syllable rules, with a word cache).
pub use crate::lang::division::Divider as Hyphenation;

/// Characters that never begin a line (CLREQ basic level, plus the Persian list of
/// R12A-FA and closing punctuation in general).
pub const NO_START: &str = "、，；：。！？）》」』〉】〕〗〙〛］｝”’·・…‥—–～々〻ヽヾゝゞ゛゜ー％‰℃)]}.,;:!?»،؛؟";
/// Characters that never end a line.
pub const NO_END: &str = "（《「『〈【〔〖〘〚［｛“‘([{«";

/// A break candidate: where the next line starts and where this one's text ends.
#[derive(Clone, Copy, Debug)]
pub(super) struct Candidate {
    /// Character index where the next line starts.
    pub next: usize,
    /// Character index where this line's visible text ends.
    pub end: usize,
    /// A hyphen is added at the break.
    pub hyphen: bool,
    /// The line ends in a hyphen, added or the word's own (TeX's flagged penalty):
    /// what the consecutive-hyphen and final-hyphen demerits count.
    pub flagged: bool,
    /// The cost of breaking here (Knuth–Plass penalty).
    pub penalty: f32,
}

/// Break candidates of a paragraph, in order; the last is the paragraph end.
pub(super) fn candidates(
    par: &Paragraph,
    m: &Measure,
    opts: &BreakOptions,
) -> Vec<Candidate> {
    let n = m.chars.len();
    let mut at = super::Walk::default();
    // No ASCII letter or digit is in either set: most characters need no look at them.
    let among = |set: &str, c: char| !c.is_ascii_alphanumeric() && set.contains(c);
    let mut out = Vec::new();
    for (byte, _) in unicode_linebreak::linebreaks(&par.text) {
        let next = at.point(&m.bytes, |x| x < byte);
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
        if among(NO_START, first) || among(NO_END, last) {
            continue;
        }
        // ZWNJ never gives a break (R12A-FA), whatever the class tables say.
        if is_joiner(last) || is_joiner(first) {
            continue;
        }
        let spaced = end < next;
        // A word's own hyphen is a break only between two words: never after a number
        // or sign (`3000-м`, `31 %-ға`, `COVID-19`), an abbreviation (`МВт-тан`,
        // `ШОС-тың`), or before a suffix of one letter.
        if !spaced && matches!(last, '-' | '\u{2010}') && !hyphen_joins_words(m, end) {
            continue;
        }
        // The word after a space, read only there: each space's word ends at the next
        // space, so reading them all costs one pass over the paragraph (reading one
        // after every break of unspaced Chinese text would cost a pass per break).
        let b = if spaced { word_after(m, next) } else { &[] };
        // A mid-sentence dash never starts a line, in any language.
        if spaced && crate::layout::nobreak::dash_starts(b) {
            continue;
        }
        // A line ending in a word's own hyphen looks like a divided one.
        let flagged = !spaced && matches!(last, '-' | '\u{2010}');
        let mut penalty = if flagged {
            opts.breaking.hyphen_penalty
        } else {
            0.0
        };
        if spaced && opts.rules == Rules::Slavic {
            let a = word_before(m, end);
            if crate::layout::nobreak::keeps(a, b) {
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
            flagged,
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
        flagged: false,
        penalty: 0.0,
    });
    out
}

/// Whether the explicit hyphen ending at character `end` (exclusive) joins two words,
/// so that a line may end with it: two letters or more on each side, the part before
/// it not an abbreviation (a capital after its first letter), nothing but letters
/// around it.
pub(super) fn hyphen_joins_words(m: &Measure, end: usize) -> bool {
    // The parts of the word on each side of this hyphen, up to the nearest space or
    // other hyphen: read no further, so that a paragraph of hyphens without spaces
    // costs one pass, not one per hyphen.
    let stop = |c: char| is_space(c) || matches!(c, '-' | '\u{2010}');
    let mut s = end - 1;
    while s > 0 && !stop(m.chars[s - 1]) {
        s -= 1;
    }
    let part = &m.chars[s..end - 1];
    let mut e = end;
    while e < m.chars.len() && !stop(m.chars[e]) {
        e += 1;
    }
    let next_part = &m.chars[end..e];
    let letters = |w: &[char]| w.iter().take_while(|c| c.is_alphabetic()).count();
    let core = |w: &[char]| {
        w.iter()
            .copied()
            .filter(|c| !matches!(c, '«' | '„' | '“' | '(' | '"' | '\u{2018}'))
            .collect::<Vec<char>>()
    };
    let part = core(part);
    part.len() >= 2
        && part.iter().all(|c| c.is_alphabetic())
        && !part[1..].iter().any(|c| c.is_uppercase())
        && letters(next_part) >= 2
}

/// Adds hyphenation points inside words (sorted into `out`): the points
/// [`crate::lang::division`] gives for the paragraph (the same `silkpress hyphenate`
/// prints), less any inside a ligature.
pub(super) fn add_hyphenation(m: &Measure, h: &Hyphenation, out: &mut Vec<Candidate>) {
    for k in h.points(&m.chars) {
        if m.boundary[k] {
            out.push(Candidate {
                next: k,
                end: k,
                hyphen: true,
                flagged: true,
                penalty: 50.0,
            });
        }
    }
    out.sort_by_key(|c| c.next);
    out.dedup_by_key(|c| c.next);
}

/// Penalty of an emergency break inside a word too wide for the measure.
pub(super) const EMERGENCY: f32 = 5000.0;

/// `cands` with an emergency break at every cluster boundary inside words, heavily
/// penalised: for paragraphs with a word wider than the measure.
pub(super) fn with_emergency_breaks(m: &Measure, cands: &[Candidate]) -> Vec<Candidate> {
    let mut all = cands.to_vec();
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
                flagged: false,
                penalty: EMERGENCY,
            });
        }
    }
    all.sort_by_key(|c| c.next);
    all.dedup_by_key(|c| c.next);
    all
}
