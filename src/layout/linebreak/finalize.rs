//! Finalize: chosen lines into frames — glyphs cut to each line, justification
//! distributed by the same amounts the breaker chose the lines by, runs reordered
//! visually (UAX #9 L2), hyphens added, lines aligned to the paragraph's start side.

use super::knuth_plass::{gap_kinds, letter_gap};
use super::{adjust, is_space, BreakOptions, Line, Measure, Walk};
use crate::layout::frame::{LineFrame, PlacedGlyph, Segment};
use crate::layout::itemize::Paragraph;
use crate::layout::shape::{Glyph, ShapedRun};
use std::ops::Range;

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
    finalize_with(par, runs, m, lines, opts, hyphen, Scan::Search)
}

/// How [`finalize_with`] finds each line's glyphs in a run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Scan {
    /// By binary search over the run's clusters, when they are in order.
    Search,
    /// By reading every glyph of the run (the reference the tests compare with).
    #[cfg_attr(not(test), allow(dead_code, reason = "the tests' reference"))]
    All,
}

/// [`finalize`], finding each line's glyphs as `scan` says.
pub(super) fn finalize_with(
    par: &Paragraph,
    runs: &[ShapedRun],
    m: &Measure,
    lines: &[Line],
    opts: &BreakOptions,
    hyphen: &dyn Fn(crate::fonts::FaceId, f32) -> (u16, f32),
    scan: Scan,
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
    // Which way each run's clusters go along its glyphs, so that a line finds its
    // glyphs by binary search instead of reading the whole run (a paragraph of one run
    // would be read once per line).
    let order: Vec<Order> = runs
        .iter()
        .map(|r| match scan {
            Scan::Search => Order::of(&r.glyphs),
            Scan::All => Order::Mixed,
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
            // The letter gap after this cluster: before the next cluster start (a
            // ligature is one cluster of several characters, as the breaker counts).
            let mut next = k + 1;
            while next < ke && !m.boundary[next] {
                next += 1;
            }
            if next < ke && line.justified && letter_gap(m, next) {
                let b = &opts.breaking;
                x += r
                    * em
                    * if stretch {
                        b.letter_stretch
                    } else {
                        b.letter_shrink
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
        // Runs are in logical order: the line's are those from the first that ends
        // after its start to the last that starts before its end.
        let first_run = match scan {
            Scan::Search => runs.partition_point(|r| r.range.end <= ls),
            Scan::All => 0,
        };
        for (ri, run) in runs.iter().enumerate().skip(first_run) {
            if scan == Scan::Search && run.range.start >= le {
                break;
            }
            let s = run.range.start.max(ls);
            let e = run.range.end.min(le);
            if s >= e {
                continue;
            }
            let ends = &cluster_ends[ri];
            let mut glyphs = Vec::new();
            let mut seen_cluster = usize::MAX;
            // Where each glyph's cluster ends and which character starts it.
            let (mut end_at, mut char_at) = (Walk::default(), Walk::default());
            // In visual order; the extra space of a cluster goes on its first glyph in
            // logical terms, which for a right-to-left run is the last one drawn. We
            // simply put it on the first glyph met; inter-word spaces are single glyphs.
            for g in &run.glyphs[order[ri].within(&run.glyphs, s..e)] {
                if g.cluster < s || g.cluster >= e {
                    continue;
                }
                let c = g.cluster;
                let end = ends[end_at.point(ends, |x| x <= c)].min(e);
                let mut advance = g.advance;
                if g.cluster != seen_cluster {
                    seen_cluster = g.cluster;
                    advance += extra(char_at.point(&m.bytes, |x| x < c));
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
            fit: Default::default(),
        });
    }
    frames
}

/// How the clusters of a run's glyphs are ordered: rising (left to right), falling
/// (right to left, in visual order), or neither.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Order {
    Rising,
    Falling,
    Mixed,
}

impl Order {
    fn of(glyphs: &[Glyph]) -> Order {
        let pairs = || glyphs.windows(2).map(|w| (w[0].cluster, w[1].cluster));
        if pairs().all(|(a, b)| a <= b) {
            Order::Rising
        } else if pairs().all(|(a, b)| a >= b) {
            Order::Falling
        } else {
            Order::Mixed
        }
    }

    /// The indices of `glyphs` that may have a cluster in `bytes`: exactly those when
    /// the clusters are ordered, all of them otherwise (the caller still checks each).
    fn within(self, glyphs: &[Glyph], bytes: Range<usize>) -> Range<usize> {
        let (s, e) = (bytes.start, bytes.end);
        match self {
            Order::Rising => {
                glyphs.partition_point(|g| g.cluster < s)
                    ..glyphs.partition_point(|g| g.cluster < e)
            }
            Order::Falling => {
                glyphs.partition_point(|g| g.cluster >= e)
                    ..glyphs.partition_point(|g| g.cluster >= s)
            }
            Order::Mixed => 0..glyphs.len(),
        }
    }
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
