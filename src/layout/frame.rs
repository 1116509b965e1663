//! Frames: what line breaking produces and pagination places — lines of glyphs in
//! visual order, each glyph with the text it stands for, ready to draw.

use std::ops::Range;

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
    /// How the line fits its measure, for the layout check (never drawn).
    pub fit: LineFit,
}

/// How a line of a paragraph fits its measure: what `check --layout` reports on.
/// Renderers ignore it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LineFit {
    /// How far a justified line is stretched, in units of its stretch (0 for a line
    /// not justified, negative when shrunk).
    pub ratio: f32,
    /// The word wider than the measure that was cut without a hyphen at this line's
    /// end (an emergency break), shared by the lines it was cut into.
    pub cut: Option<std::sync::Arc<str>>,
    /// For a line stretched beyond its normal stretch (`ratio > 1`), the first word of
    /// the next line: the word that would not fit or divide.
    pub next: Option<String>,
    /// Characters of a strong script drawn from a face outside the stack that sets
    /// them (a fallback face of another script), with that face.
    pub borrowed: Vec<(char, crate::fonts::FaceId)>,
}
