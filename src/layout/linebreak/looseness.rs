//! Looseness (TeX's `\looseness`): a paragraph set in a given number of lines — one
//! fewer or one more than its best breaking — when every line can still be set well.
//! Pagination asks for it to fill a page that a heading would otherwise leave short.
//!
//! The search is Knuth–Plass total fit with the line count as part of the state: the
//! least demerits of a paragraph prefix ending at each candidate, for each number of
//! lines, over the lines no looser than [`MAX_RATIO`] and no tighter than the shrink
//! allows. It costs the line count times the plain search, and runs only on the few
//! paragraphs pagination asks about.

use super::knuth_plass::{lone_last, Breaker};
use super::opportunities::Candidate;
use super::Rules;

/// The loosest adjustment ratio a line of a paragraph set to a line count may take.
/// Beyond the language's tolerance (1.4 for the divided languages, about half an em
/// of word space in Noto Serif) a line's demerits rise so steeply that [`FORBIDDEN`]
/// admits only lines a little past it (a ratio about 0.2 above): filling a page never
/// makes a visibly gappy line (the loose-line figures of the README stay within 1 %).
pub(super) const MAX_RATIO: f32 = 2.0;

/// Totals at or above this are paths the plain search only takes when it must (a third
/// hyphen in a row, the end of a divided word on the last line, a lone Chinese last
/// character): a paragraph set to a line count never takes them.
const FORBIDDEN: f32 = 1e8;

/// The candidates (indices) of the best breaking into exactly `lines` lines, each line
/// within [`MAX_RATIO`] and its shrink; `None` when there is none.
pub(super) fn fit_lines(
    b: &Breaker,
    cands: &[Candidate],
    lines: usize,
) -> Option<Vec<usize>> {
    let n = cands.len();
    if lines == 0 || n == 0 {
        return None;
    }
    let opts = b.opts();
    let chinese = opts.rules == Rules::Chinese;
    let start_of = |i: usize| if i == 0 { 0 } else { cands[i - 1].next };
    // best[k][j]: least demerits of a prefix of k + 1 lines ending at candidate j.
    let mut best = vec![vec![f32::INFINITY; n]; lines];
    let mut prev = vec![vec![usize::MAX; n]; lines];
    for j in 0..n {
        let last = j == n - 1;
        let c = &cands[j];
        // Earlier starts make longer lines: walk back until a line is too tight.
        for i in (0..=j).rev() {
            let start = start_of(i);
            if c.end <= start {
                continue;
            }
            let fit = b.fit(start, c);
            if fit.natural - fit.shrink > opts.width + 1e-3 {
                break;
            }
            let Some((d, ratio)) = b.demerits(&fit, c, last) else {
                continue;
            };
            if ratio > MAX_RATIO {
                continue;
            }
            for k in 0..lines {
                // Line i..=j is line k + 1 of the paragraph.
                let (base, hy_prev, before) = match (i, k) {
                    (0, 0) => (0.0, false, usize::MAX),
                    (0, _) | (_, 0) => continue,
                    _ => {
                        let base = best[k - 1][i - 1];
                        if !base.is_finite() {
                            continue;
                        }
                        (base, cands[i - 1].flagged, prev[k - 1][i - 1])
                    }
                };
                let mut d = d;
                if hy_prev && c.flagged {
                    let third =
                        before != usize::MAX && before > 0 && cands[before - 1].flagged;
                    d += opts.breaking.double_hyphen * if third { 10_000.0 } else { 1.0 };
                }
                if hy_prev && last {
                    d += opts.breaking.final_hyphen;
                }
                if last && chinese && lone_last(b.measure(), start, c.end) {
                    d += FORBIDDEN;
                }
                let total = base + d;
                if total < best[k][j] {
                    best[k][j] = total;
                    prev[k][j] = i;
                }
            }
        }
    }
    if best[lines - 1][n - 1] >= FORBIDDEN || best[lines - 1][n - 1].is_nan() {
        return None;
    }
    let mut path = Vec::with_capacity(lines);
    let (mut k, mut j) = (lines - 1, n - 1);
    loop {
        path.push(j);
        let i = prev[k][j];
        if i == 0 {
            break;
        }
        (k, j) = (k - 1, i - 1);
    }
    path.reverse();
    (path.len() == lines).then_some(path)
}
