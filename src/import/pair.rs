//! Pairing the blocks of two versions of a document, as a diff of the two would show
//! them, so that a block keeps its message ID across revisions.
//!
//! 1. **Unchanged**: the longest common subsequence of the two block lists, two blocks
//!    being equal when they have the same kind and the same canonical text
//!    ([`super::text::canonical`]: whitespace and emphasis markers never count). Common
//!    leading and trailing blocks are matched first, and the rest by dynamic
//!    programming, O(n·m) in the blocks between them; where that table would pass
//!    [`TABLE_CELLS`] (a long document edited near both ends: 60,000 blocks needed 14 GB),
//!    by Myers' algorithm (`similar`, in linear space) over the blocks both sides have.
//! 2. **Moved**: a block left unmatched whose kind and text equal those of an
//!    unmatched block of the other version elsewhere (taken in order): moving a
//!    paragraph is not an edit.
//! 3. **Edited**: between two consecutive unchanged pairs, the old and new blocks still
//!    unmatched are aligned in order (no crossing, as a diff pairs a deleted and an
//!    inserted line into a change), maximising the summed similarity of the pairs. Two
//!    blocks may pair only if they have the same kind and a similarity of at least
//!    [`THRESHOLD`]: the Dice coefficient of their word multisets
//!    ([`super::text::words`]), so an edited sentence keeps its paragraph, and a new
//!    paragraph written where an old one was deleted does not inherit its ID. A gap of
//!    more than a million pairs is aligned in windows ([`align_bounded`]).
//! 4. Everything else is inserted (new) or deleted (old).

use rustc_hash::FxHashMap;

use crate::project::BlockKind;

/// The lowest similarity at which two blocks are one block edited.
pub const THRESHOLD: f64 = 0.5;

/// A block as the pairing sees it.
#[derive(Clone, Debug)]
pub struct Key {
    /// Its kind: blocks of different kinds never pair.
    pub kind: BlockKind,
    /// Its canonical text as markup: equal texts are the same text.
    pub text: String,
    /// Its words, for similarity ([`super::text::words`] of the plain text).
    pub words: Vec<String>,
}

/// How a new block relates to the old version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pairing {
    /// The same kind and text as this old block, in the same order.
    Unchanged(usize),
    /// The same kind and text as this old block, elsewhere.
    Moved(usize),
    /// This old block, edited.
    Edited(usize),
    /// New.
    Inserted,
}

impl Pairing {
    /// The old block this one continues, if any.
    pub fn old(self) -> Option<usize> {
        match self {
            Pairing::Unchanged(i) | Pairing::Moved(i) | Pairing::Edited(i) => Some(i),
            Pairing::Inserted => None,
        }
    }
}

/// Two blocks are equal: same kind, same canonical text.
fn same(a: &Key, b: &Key) -> bool {
    a.kind == b.kind && a.text == b.text
}

/// Each key as a number, equal numbers for equal kinds and texts.
fn intern<'k>(ids: &mut FxHashMap<(u8, &'k str), u32>, keys: &'k [Key]) -> Vec<u32> {
    keys.iter()
        .map(|k| {
            let next = ids.len() as u32;
            *ids.entry((k.kind as u8, k.text.as_str())).or_insert(next)
        })
        .collect()
}

/// A longest common subsequence of two sequences by dynamic programming, O(n·m).
fn table_lcs(a: &[u32], b: &[u32]) -> Vec<(usize, usize)> {
    // table[i][j]: the LCS length of a[i..] and b[j..].
    let w = b.len() + 1;
    let mut table = vec![0u32; (a.len() + 1) * w];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            table[i * w + j] = if a[i] == b[j] {
                table[(i + 1) * w + j + 1] + 1
            } else {
                table[(i + 1) * w + j].max(table[i * w + j + 1])
            };
        }
    }
    let mut pairs = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if table[(i + 1) * w + j] >= table[i * w + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

/// The largest dynamic-programming table [`lcs`] makes (16 MiB of `u32`).
const TABLE_CELLS: usize = 1 << 22;

/// A longest common subsequence of two sequences by Myers' algorithm, in linear space
/// and O((n+m)·d) time for d differences; a block only one side has can be in no common
/// subsequence, so only the blocks both sides have are compared (a document rewritten
/// whole costs nothing).
fn myers(a: &[u32], b: &[u32]) -> Vec<(usize, usize)> {
    use rustc_hash::FxHashSet;
    let in_a: FxHashSet<u32> = a.iter().copied().collect();
    let in_b: FxHashSet<u32> = b.iter().copied().collect();
    let (ia, fa): (Vec<usize>, Vec<u32>) = a
        .iter()
        .enumerate()
        .filter(|(_, x)| in_b.contains(x))
        .map(|(i, &x)| (i, x))
        .unzip();
    let (ib, fb): (Vec<usize>, Vec<u32>) = b
        .iter()
        .enumerate()
        .filter(|(_, x)| in_a.contains(x))
        .map(|(j, &x)| (j, x))
        .unzip();
    let mut pairs = Vec::new();
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, &fa, &fb) {
        if let similar::DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            pairs.extend((0..len).map(|k| (ia[old_index + k], ib[new_index + k])));
        }
    }
    pairs
}

/// The longest common subsequence of `old` and `new` by [`same`], as index pairs in
/// order.
fn lcs(old: &[Key], new: &[Key]) -> Vec<(usize, usize)> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| same(a, b)).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| same(a, b))
        .count();
    let (o, n) = (
        &old[prefix..old.len() - suffix],
        &new[prefix..new.len() - suffix],
    );
    let mut pairs: Vec<(usize, usize)> = (0..prefix).map(|i| (i, i)).collect();
    if !o.is_empty() && !n.is_empty() {
        // Interned texts, not strings, are compared.
        let mut ids: FxHashMap<(u8, &str), u32> = FxHashMap::default();
        let a = intern(&mut ids, o);
        let b = intern(&mut ids, n);
        let middle = if (a.len() + 1).saturating_mul(b.len() + 1) > TABLE_CELLS {
            myers(&a, &b)
        } else {
            table_lcs(&a, &b)
        };
        pairs.extend(middle.into_iter().map(|(i, j)| (prefix + i, prefix + j)));
    }
    let (os, ns) = (old.len() - suffix, new.len() - suffix);
    pairs.extend((0..suffix).map(|k| (os + k, ns + k)));
    pairs
}

/// The Dice coefficient of two word multisets given sorted: 2·|A∩B| / (|A|+|B|).
fn dice(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// The similarity of two blocks (0 to 1): the Dice coefficient of their words.
///
/// ```
/// use silkpress::import::pair::similarity;
/// assert!(similarity("Trade grew by 7.2 percent in 2024.", "Trade grew by 7.3 percent in 2024.") > 0.8);
/// assert!(similarity("Trade grew fast.", "The railway opened in June.") < 0.2);
/// ```
pub fn similarity(a: &str, b: &str) -> f64 {
    let bag = |s: &str| hashed(&super::text::words(s));
    dice(&bag(a), &bag(b))
}

/// Words as sorted hashes, for [`dice`].
fn hashed(words: &[String]) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    let mut out: Vec<u64> = words
        .iter()
        .map(|w| {
            let mut h = rustc_hash::FxHasher::default();
            w.hash(&mut h);
            h.finish()
        })
        .collect();
    out.sort_unstable();
    out
}

/// Pairs every new block with the old block it continues (see the module documentation).
/// The result has one entry per new block; old blocks no entry names are deleted.
///
/// ```
/// use silkpress::import::pair::{pair, Key, Pairing};
/// use silkpress::project::BlockKind;
/// let key = |t: &str| Key { kind: BlockKind::Paragraph, text: t.into(),
///     words: silkpress::import::text::words(t) };
/// let old = [key("One."), key("Two is a number."), key("Three.")];
/// let new = [key("One."), key("Two is a small number."), key("Four."), key("Three.")];
/// assert_eq!(pair(&old, &new), [Pairing::Unchanged(0), Pairing::Edited(1),
///     Pairing::Inserted, Pairing::Unchanged(2)]);
/// ```
pub fn pair(old: &[Key], new: &[Key]) -> Vec<Pairing> {
    let mut out = vec![Pairing::Inserted; new.len()];
    let mut taken = vec![false; old.len()];
    let anchors = lcs(old, new);
    for &(o, n) in &anchors {
        out[n] = Pairing::Unchanged(o);
        taken[o] = true;
    }

    // Moves: equal blocks out of order, taken in order of the new version.
    let mut free: FxHashMap<(u8, &str), Vec<usize>> = FxHashMap::default();
    for (i, k) in old.iter().enumerate().rev() {
        if !taken[i] {
            free.entry((k.kind as u8, k.text.as_str()))
                .or_default()
                .push(i);
        }
    }
    for (n, k) in new.iter().enumerate() {
        if out[n] != Pairing::Inserted {
            continue;
        }
        if let Some(o) = free
            .get_mut(&(k.kind as u8, k.text.as_str()))
            .and_then(Vec::pop)
        {
            out[n] = Pairing::Moved(o);
            taken[o] = true;
        }
    }

    // Edits: within each gap between anchors, the best order-keeping alignment.
    let old_bags: Vec<Vec<u64>> = old.iter().map(|k| hashed(&k.words)).collect();
    let new_bags: Vec<Vec<u64>> = new.iter().map(|k| hashed(&k.words)).collect();
    let mut bounds = vec![(0usize, 0usize)];
    bounds.extend(anchors.iter().map(|&(o, n)| (o + 1, n + 1)));
    let mut ends: Vec<(usize, usize)> = anchors.clone();
    ends.push((old.len(), new.len()));
    for (&(o0, n0), &(o1, n1)) in bounds.iter().zip(&ends) {
        let os: Vec<usize> = (o0..o1).filter(|&i| !taken[i]).collect();
        let ns: Vec<usize> = (n0..n1).filter(|&j| out[j] == Pairing::Inserted).collect();
        for (i, j) in align_bounded(&os, &ns, |i, j| {
            if old[i].kind != new[j].kind {
                return None;
            }
            let (a, b) = (&old_bags[i], &new_bags[j]);
            // Dice cannot reach the threshold when one bag is far smaller.
            let bound =
                2.0 * a.len().min(b.len()) as f64 / (a.len() + b.len()).max(1) as f64;
            if bound < THRESHOLD {
                return None;
            }
            let s = dice(a, b);
            (s >= THRESHOLD).then_some(s)
        }) {
            out[j] = Pairing::Edited(i);
            taken[i] = true;
        }
    }
    out
}

/// The most cells [`align`] is given at once (its tables take 24 bytes a cell).
const ALIGN_CELLS: usize = 1 << 20;

/// The blocks a side of one window of [`align_bounded`].
const WINDOW: usize = 1024;

/// [`align`], in bounded memory and time: a gap larger than [`ALIGN_CELLS`] (a document
/// edited throughout, no block left unchanged to anchor it) is aligned a window of at
/// most [`WINDOW`] blocks a side at a time. Each window starts after the last pair the
/// one before made, so the windows follow the alignment however many blocks were
/// deleted or inserted on the way (cutting both sides in proportion lost the edits
/// that a deletion moved across a cut). Each window moves on by at least a quarter of
/// a window on one side, so there are at most about 4·(n+m)/[`WINDOW`] of them. A
/// block may pair only within a window of the blocks around it; a run of blocks with
/// no partner (deleted or inserted) is passed on the side with more blocks left.
fn align_bounded(
    os: &[usize],
    ns: &[usize],
    score: impl Fn(usize, usize) -> Option<f64>,
) -> Vec<(usize, usize)> {
    if os.len().saturating_mul(ns.len()) <= ALIGN_CELLS {
        return align(os, ns, score);
    }
    // Positions in `os` and `ns` of each pair made (they are in both in order).
    let pos_o: FxHashMap<usize, usize> =
        os.iter().enumerate().map(|(p, &i)| (i, p)).collect();
    let pos_n: FxHashMap<usize, usize> =
        ns.iter().enumerate().map(|(p, &j)| (j, p)).collect();
    let mut out = Vec::new();
    let (mut a, mut b) = (0, 0);
    while a < os.len() && b < ns.len() {
        let (ea, eb) = ((a + WINDOW).min(os.len()), (b + WINDOW).min(ns.len()));
        let last_window = ea == os.len() && eb == ns.len();
        let pairs = align(&os[a..ea], &ns[b..eb], &score);
        if last_window {
            out.extend(pairs);
            break;
        }
        // Keep the pairs of the window's first half (on either side), then start the
        // next window after the last of them; the rest is aligned again there, with
        // the blocks after the window in view.
        let half = |p: &(usize, usize)| {
            pos_o[&p.0] < a + WINDOW / 2 || pos_n[&p.1] < b + WINDOW / 2
        };
        let kept: Vec<(usize, usize)> = pairs.into_iter().take_while(half).collect();
        let (na, nb) = kept
            .last()
            .map_or((a, b), |&(i, j)| (pos_o[&i] + 1, pos_n[&j] + 1));
        out.extend(kept);
        // At least a quarter of a window on one side. A window that pairs little in its
        // first half is past a run of deleted or inserted blocks: the next window starts
        // where pairing resumes ([`resume`]), on the side that has the run (moving both
        // sides alike keeps the offset, and nothing after 1,024 deleted blocks paired);
        // failing that, past a quarter window on the side with more blocks left.
        (a, b) = if na >= a + WINDOW / 4 || nb >= b + WINDOW / 4 {
            (na, nb)
        } else if let Some(next) = resume(os, ns, na, nb, &score) {
            next
        } else if os.len() - na >= ns.len() - nb {
            (na.max(a + WINDOW / 4), nb)
        } else {
            (na, nb.max(b + WINDOW / 4))
        };
    }
    out
}

/// Where pairing resumes after (`a`, `b`) in `os` and `ns`: the nearest pair that
/// `score` accepts between one of the next 16 blocks of one side and one of the next
/// 8 windows of the other (nearest by the blocks skipped on both sides), if any.
fn resume(
    os: &[usize],
    ns: &[usize],
    a: usize,
    b: usize,
    score: &impl Fn(usize, usize) -> Option<f64>,
) -> Option<(usize, usize)> {
    const PROBES: usize = 16;
    const REACH: usize = 8 * WINDOW;
    let mut best: Option<(usize, usize)> = None;
    let mut take = |i: usize, j: usize| {
        if best.is_none_or(|(bi, bj)| i + j < bi + bj) {
            best = Some((i, j));
        }
    };
    for t in 0..PROBES {
        if let Some(&n) = ns.get(b + t) {
            let found =
                (a..(a + REACH).min(os.len())).find(|&i| score(os[i], n).is_some());
            if let Some(i) = found {
                take(i, b + t);
            }
        }
        if let Some(&o) = os.get(a + t) {
            let found =
                (b..(b + REACH).min(ns.len())).find(|&j| score(o, ns[j]).is_some());
            if let Some(j) = found {
                take(a + t, j);
            }
        }
    }
    best
}

/// The order-keeping pairs of `os` and `ns` with the greatest summed score (pairs that
/// `score` refuses are never made): a small Needleman–Wunsch with free gaps.
fn align(
    os: &[usize],
    ns: &[usize],
    score: impl Fn(usize, usize) -> Option<f64>,
) -> Vec<(usize, usize)> {
    if os.is_empty() || ns.is_empty() {
        return Vec::new();
    }
    let w = ns.len() + 1;
    let mut best = vec![0.0f64; (os.len() + 1) * w];
    let mut scores = vec![None; os.len() * ns.len()];
    for i in (0..os.len()).rev() {
        for j in (0..ns.len()).rev() {
            let s = score(os[i], ns[j]);
            scores[i * ns.len() + j] = s;
            let take = s.map_or(f64::NEG_INFINITY, |s| s + best[(i + 1) * w + j + 1]);
            best[i * w + j] = take.max(best[(i + 1) * w + j]).max(best[i * w + j + 1]);
        }
    }
    let mut pairs = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < os.len() && j < ns.len() {
        let here = best[i * w + j];
        if let Some(s) = scores[i * ns.len() + j] {
            if here == s + best[(i + 1) * w + j + 1] {
                pairs.push((os[i], ns[j]));
                i += 1;
                j += 1;
                continue;
            }
        }
        if here == best[(i + 1) * w + j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(kind: BlockKind, t: &str) -> Key {
        Key {
            kind,
            text: t.into(),
            words: super::super::text::words(t),
        }
    }

    fn p(t: &str) -> Key {
        key(BlockKind::Paragraph, t)
    }

    #[test]
    fn unchanged_documents_pair_in_place() {
        let a = [p("a b"), p("c d"), p("e f")];
        assert_eq!(
            pair(&a, &a),
            [
                Pairing::Unchanged(0),
                Pairing::Unchanged(1),
                Pairing::Unchanged(2)
            ]
        );
    }

    #[test]
    fn a_moved_block_is_not_an_edit() {
        let old = [p("alpha one"), p("beta two"), p("gamma three")];
        let new = [p("beta two"), p("gamma three"), p("alpha one")];
        assert_eq!(
            pair(&old, &new),
            [
                Pairing::Unchanged(1),
                Pairing::Unchanged(2),
                Pairing::Moved(0)
            ]
        );
    }

    #[test]
    fn an_unrelated_block_in_a_deleted_ones_place_is_new() {
        let old = [p("start"), p("the railway opened in june"), p("end")];
        let new = [p("start"), p("trade grew by seven percent"), p("end")];
        assert_eq!(
            pair(&old, &new),
            [
                Pairing::Unchanged(0),
                Pairing::Inserted,
                Pairing::Unchanged(2)
            ]
        );
    }

    #[test]
    fn edits_pair_in_order_with_the_most_similar() {
        let old = [
            p("x"),
            p("the first paragraph speaks of trade and growth"),
            p("the second paragraph speaks of railways and roads"),
            p("y"),
        ];
        let new = [
            p("x"),
            p("an inserted paragraph about something else entirely"),
            p("the second paragraph speaks of railways and new roads"),
            p("y"),
        ];
        assert_eq!(
            pair(&old, &new),
            [
                Pairing::Unchanged(0),
                Pairing::Inserted,
                Pairing::Edited(2),
                Pairing::Unchanged(3)
            ]
        );
    }

    #[test]
    fn kinds_never_pair() {
        let old = [key(BlockKind::Section, "Trade and growth")];
        let new = [key(BlockKind::Subsection, "Trade and growth")];
        assert_eq!(pair(&old, &new), [Pairing::Inserted]);
    }

    /// A long document edited at its start and end: the middle, too long for the table,
    /// is matched by Myers' algorithm, and every block keeps its place.
    #[test]
    fn a_long_document_edited_at_both_ends_keeps_its_middle() {
        let text = |i: usize| format!("paragraph {i} of the long document");
        let old: Vec<Key> = (0..3000).map(|i| p(&text(i))).collect();
        let mut new = old.clone();
        new[0] = p("paragraph 0 of the long document, edited");
        new[2999] = p("paragraph 2999 of the long document, edited");
        const { assert!(3000 * 3000 > TABLE_CELLS) };
        let got = pair(&old, &new);
        assert_eq!(got[0], Pairing::Edited(0));
        assert_eq!(got[2999], Pairing::Edited(2999));
        for (i, g) in got.iter().enumerate().take(2999).skip(1) {
            assert_eq!(*g, Pairing::Unchanged(i));
        }
    }

    /// Myers' algorithm finds common subsequences as long as the table's, and valid.
    #[test]
    fn myers_finds_as_long_a_common_subsequence_as_the_table() {
        let mut state = 11u64;
        let mut next = |m: u64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 33) % m) as u32
        };
        for round in 0..200u64 {
            let alphabet = 2 + round % 7;
            let a: Vec<u32> = (0..next(40)).map(|_| next(alphabet)).collect();
            let b: Vec<u32> = (0..next(40)).map(|_| next(alphabet + 3)).collect();
            let (m, t) = (myers(&a, &b), table_lcs(&a, &b));
            assert_eq!(m.len(), t.len(), "{a:?} {b:?}");
            assert!(m.iter().all(|&(i, j)| a[i] == b[j]));
            assert!(m.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1));
        }
    }

    /// A document edited throughout (no block unchanged) is aligned in pieces: every
    /// block is still its old one edited.
    #[test]
    fn a_document_edited_throughout_is_aligned_in_bounded_pieces() {
        let old: Vec<Key> = (0..2500)
            .map(|i| p(&format!("the {i} block says one two three four")))
            .collect();
        let new: Vec<Key> = (0..2500)
            .map(|i| p(&format!("the {i} block says one two three five")))
            .collect();
        const { assert!(2500 * 2500 > ALIGN_CELLS) };
        let got = pair(&old, &new);
        for (i, g) in got.iter().enumerate() {
            assert_eq!(*g, Pairing::Edited(i));
        }
    }

    /// Blocks deleted near the start of a long stretch edited throughout: the windows
    /// follow the alignment past them, so every edit still pairs with its old block
    /// (cutting both sides in proportion paired 150 of these 1,200 as new).
    #[test]
    fn edits_after_a_deletion_in_a_long_edited_stretch_keep_their_blocks() {
        // Distinct blocks, as a document's paragraphs are (each edit changes one word).
        let old: Vec<Key> = (0..1500)
            .map(|i| p(&format!("w{i}a w{i}b w{i}c w{i}d and so")))
            .collect();
        let new: Vec<Key> = (300..1500)
            .map(|i| p(&format!("w{i}a w{i}b w{i}c w{i}e and so")))
            .collect();
        const { assert!(1500 * 1200 > ALIGN_CELLS) };
        let got = pair(&old, &new);
        for (k, g) in got.iter().enumerate() {
            assert_eq!(*g, Pairing::Edited(k + 300), "new block {k}");
        }
    }

    /// Runs of more than a window of deleted or inserted blocks in a long edited stretch
    /// are passed on their own side: every edit after them still pairs (moving both
    /// sides alike paired none after 1,024 deleted blocks).
    #[test]
    fn long_runs_of_deleted_or_inserted_blocks_are_passed() {
        let block =
            |i: usize, last: &str| p(&format!("w{i}a w{i}b w{i}c w{i}{last} and so"));
        let old: Vec<Key> = (0..3000).map(|i| block(i, "d")).collect();
        // The first 1,100 deleted; 1,100 new blocks inserted after the next 500.
        let mut new: Vec<Key> = (1100..1600).map(|i| block(i, "e")).collect();
        new.extend((5000..6100).map(|i| block(i, "d")));
        new.extend((1600..3000).map(|i| block(i, "e")));
        let got = pair(&old, &new);
        let edited = got
            .iter()
            .filter(|g| matches!(g, Pairing::Edited(_)))
            .count();
        assert_eq!(edited, 1900);
        for (k, g) in got.iter().enumerate() {
            match k {
                0..500 => assert_eq!(*g, Pairing::Edited(k + 1100), "new block {k}"),
                500..1600 => assert_eq!(*g, Pairing::Inserted, "new block {k}"),
                _ => assert_eq!(*g, Pairing::Edited(k), "new block {k}"),
            }
        }
    }
}
