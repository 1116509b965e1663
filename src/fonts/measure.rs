//! Measuring a line of text with the book's faces: the width a running head takes, so
//! that the layout (which sets the head) and `check` (which warns before any build)
//! decide whether a chapter title fits by one rule, [`FontBook::running_head_fits`].
//!
//! The width is rustybuzz's: each character set in the first face of the fallback
//! order that covers it, runs of one face shaped with kerning and ligatures, the
//! advances summed. Bidi reordering does not change a line's width, so it is skipped;
//! bidi controls are dropped as the layout drops them before shaping.

use crate::diag::Diagnostic;
use crate::doc::Style as TextStyle;
use crate::lang::script::{is_bidi_control, never_drawn};
use crate::lang::ScriptClass;
use crate::project::style::Style;

use super::{FaceId, FontBook};

impl FontBook {
    /// The width (pt) of `text` on one line at `size` in `style`, for text of `script`.
    /// An error when a face the text needs was not loaded ([`FontBook::load_faces`]).
    pub fn measure(
        &self,
        text: &str,
        script: ScriptClass,
        style: TextStyle,
        size: f32,
    ) -> Result<f32, Diagnostic> {
        let mut runs: Vec<(FaceId, String)> = Vec::new();
        for c in text.chars().filter(|c| !is_bidi_control(*c)) {
            // A character that is never drawn (a joiner) stays in the run it sits in.
            // A build loads the face that sets each character; `check` loads only the
            // stacks of its locales' scripts, so a character of another script is
            // measured in the first loaded face that has it.
            let face = match runs.last() {
                Some((f, _)) if never_drawn(c) => Some(*f),
                _ => {
                    self.face_for(script, style, c)
                        .filter(|&f| self.face(f).is_loaded())
                        .or_else(|| {
                            self.fallback_order(script, style).iter().copied().find(
                                |&f| self.face(f).is_loaded() && self.face(f).covers(c),
                            )
                        })
                }
            };
            // No face covers it: the layout draws the stack's first face's .notdef;
            // `missing-glyph` reports it.
            let Some(face) = face.or_else(|| self.stack(script, style).first().copied())
            else {
                continue;
            };
            match runs.last_mut() {
                Some((f, s)) if *f == face => s.push(c),
                _ => runs.push((face, c.to_string())),
            }
        }
        let mut width = 0.0;
        for (id, run) in runs {
            let face = self.face(id);
            let data = face.data()?;
            let Some(rb) = rustybuzz::Face::from_slice(data.as_slice(), 0) else {
                continue;
            };
            let mut buf = rustybuzz::UnicodeBuffer::new();
            buf.push_str(&run);
            buf.guess_segment_properties();
            let shaped = rustybuzz::shape(&rb, &[], buf);
            let units: i64 = shaped
                .glyph_positions()
                .iter()
                .map(|p| i64::from(p.x_advance))
                .sum();
            width += units as f32 / face.units_per_em * size;
        }
        Ok(width)
    }

    /// Whether `text` fits the chapter side of a running head: set upright at the
    /// style's header size, no wider than [`running_head_room`].
    pub fn running_head_fits(
        &self,
        style: &Style,
        script: ScriptClass,
        text: &str,
    ) -> Result<bool, Diagnostic> {
        let w = self.measure(text, script, TextStyle::default(), style.sizes.header)?;
        Ok(w <= running_head_room(style))
    }
}

/// The widest (pt) a chapter title in a running head may be: the style's
/// `running-head-width` fraction of the measure (the other side holds the report's
/// running title).
pub fn running_head_room(style: &Style) -> f32 {
    let g = style.page;
    (g.width - g.inner - g.outer) * style.spacing.running_head_width
}
