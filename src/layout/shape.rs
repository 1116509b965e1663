//! Shape: each run through rustybuzz (kerning, ligatures, Arabic joining, marks, the
//! locale's `locl` forms), keeping glyph advances and offsets in points.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::ops::Range;

use rustybuzz::{Direction, Feature, Language, Script, ShapePlan, UnicodeBuffer};

use crate::diag::Diagnostic;

use super::fonts::{FaceId, FontBook, ScriptClass};
use super::itemize::Paragraph;

/// A positioned glyph, in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Glyph {
    /// Glyph ID in the face.
    pub id: u16,
    /// Byte offset in the paragraph text of the cluster it belongs to.
    pub cluster: usize,
    /// Horizontal advance.
    pub advance: f32,
    /// Horizontal offset from the pen position.
    pub x_offset: f32,
    /// Vertical offset (up is positive, as in the font).
    pub y_offset: f32,
}

/// A shaped run: its glyphs in visual order (right to left runs come reversed, as
/// rustybuzz gives them).
#[derive(Clone, Debug)]
pub struct ShapedRun {
    /// Byte range in the paragraph text.
    pub range: Range<usize>,
    /// Bidi level.
    pub level: u8,
    /// Script class.
    pub script: ScriptClass,
    /// The face.
    pub face: FaceId,
    /// Font size (pt).
    pub size: f32,
    /// The glyphs, in visual order.
    pub glyphs: Vec<Glyph>,
}

impl ShapedRun {
    /// Whether the run is right to left.
    pub fn rtl(&self) -> bool {
        self.level % 2 == 1
    }
}

/// What a shape plan depends on: face, right to left, Han features, script.
type PlanKey = (FaceId, bool, bool, Script);

/// rustybuzz faces borrowed from a [`FontBook`], parsed once per build.
pub struct Shaper<'a> {
    book: &'a FontBook,
    faces: Vec<OnceCell<Option<rustybuzz::Face<'a>>>>,
    language: Option<Language>,
    /// Shape plans by face, direction and script: building a plan (collecting the
    /// lookups of every feature) costs more than shaping a paragraph with it.
    plans: RefCell<HashMap<PlanKey, std::rc::Rc<ShapePlan>>>,
}

impl<'a> Shaper<'a> {
    /// A shaper over `book` for text in the BCP 47 language `lang`.
    pub fn new(book: &'a FontBook, lang: &str) -> Self {
        Shaper {
            book,
            faces: (0..book.faces.len()).map(|_| OnceCell::new()).collect(),
            language: lang.parse().ok(),
            plans: RefCell::new(HashMap::new()),
        }
    }

    fn face(&self, id: FaceId) -> Result<&rustybuzz::Face<'a>, Diagnostic> {
        let book = self.book;
        let loaded = book.face(id)?;
        self.faces[id]
            .get_or_init(|| rustybuzz::Face::from_slice(loaded.data.as_slice(), 0))
            .as_ref()
            .ok_or_else(|| {
                Diagnostic::error(
                    "font-unreadable",
                    format!(
                        "failed to parse font file `{}`",
                        book.faces[id].path.display()
                    ),
                )
            })
    }

    /// Units per em of a face.
    pub fn units_per_em(&self, id: FaceId) -> f32 {
        self.book.loaded(id).map_or(1000.0, |f| f.units_per_em)
    }

    /// The advance (pt) of `c` alone in `face` at `size`, for hyphens and leaders.
    pub fn advance_of(
        &self,
        face: FaceId,
        c: char,
        size: f32,
    ) -> Result<(u16, f32), Diagnostic> {
        let f = self.face(face)?;
        let gid = f.glyph_index(c).map_or(0, |g| g.0);
        let adv = f
            .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(gid))
            .unwrap_or(0);
        Ok((
            gid,
            f32::from(adv) * size / f32::from(f.units_per_em() as u16),
        ))
    }

    /// Shapes every run of a paragraph at `size` points.
    pub fn shape(
        &self,
        par: &Paragraph,
        size: f32,
    ) -> Result<Vec<ShapedRun>, Diagnostic> {
        par.runs
            .iter()
            .map(|run| {
                let face = self.face(run.face)?;
                let mut buf = UnicodeBuffer::new();
                buf.push_str(&par.text[run.range.clone()]);
                buf.set_direction(if run.level % 2 == 1 {
                    Direction::RightToLeft
                } else {
                    Direction::LeftToRight
                });
                if let Some(l) = &self.language {
                    buf.set_language(l.clone());
                }
                buf.guess_segment_properties();
                // `chws` compresses adjacent full-width punctuation to 1.5 em (CLREQ
                // "adjustment of adjacent punctuation marks").
                let features: &[Feature] = if run.script == ScriptClass::Han {
                    &[Feature::new(
                        rustybuzz::ttf_parser::Tag::from_bytes(b"chws"),
                        1,
                        ..,
                    )]
                } else {
                    &[]
                };
                let rtl = buf.direction() == Direction::RightToLeft;
                let key = (run.face, rtl, run.script == ScriptClass::Han, buf.script());
                let plan = self
                    .plans
                    .borrow_mut()
                    .entry(key)
                    .or_insert_with(|| {
                        std::rc::Rc::new(ShapePlan::new(
                            face,
                            buf.direction(),
                            Some(buf.script()),
                            self.language.as_ref(),
                            features,
                        ))
                    })
                    .clone();
                let out = rustybuzz::shape_with_plan(face, &plan, buf);
                let scale = size / f32::from(face.units_per_em() as u16);
                let glyphs = out
                    .glyph_infos()
                    .iter()
                    .zip(out.glyph_positions())
                    .map(|(info, pos)| Glyph {
                        id: info.glyph_id as u16,
                        cluster: run.range.start + info.cluster as usize,
                        advance: pos.x_advance as f32 * scale,
                        x_offset: pos.x_offset as f32 * scale,
                        y_offset: pos.y_offset as f32 * scale,
                    })
                    .collect();
                Ok(ShapedRun {
                    range: run.range.clone(),
                    level: run.level,
                    script: run.script,
                    face: run.face,
                    size,
                    glyphs,
                })
            })
            .collect()
    }
}
