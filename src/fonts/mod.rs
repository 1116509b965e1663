//! The font book: the faces the style names, read from `fonts/` on first use, with
//! their character coverage, and the stacks that pick a face per script and style.
//!
//! No system font is ever consulted, so the same inputs give the same PDF everywhere.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::diag::{Code, DiagResult, Diagnostic};
use crate::doc::Style as TextStyle;

use crate::lang::ScriptClass;
use crate::project::style::{Stack, Style, STYLE_PATH};

/// Index of a face in the [`FontBook`].
pub type FaceId = usize;

/// A face whose file has been read and parsed.
pub struct LoadedFace {
    /// The font file's bytes (shared with the PDF writer).
    pub data: Arc<Vec<u8>>,
    /// Design units per em.
    pub units_per_em: f32,
    /// Ascender, in em.
    pub ascender: f32,
    /// Descender (negative), in em.
    pub descender: f32,
    /// Code points the face maps to a glyph, as a bitset.
    coverage: Vec<u64>,
}

impl LoadedFace {
    /// Whether the face has a glyph for `c`.
    pub fn covers(&self, c: char) -> bool {
        let i = c as usize;
        self.coverage
            .get(i / 64)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// Parses a font file's bytes.
    fn parse(data: Vec<u8>) -> Result<LoadedFace, String> {
        let face =
            rustybuzz::ttf_parser::Face::parse(&data, 0).map_err(|e| e.to_string())?;
        let mut coverage = Vec::new();
        if let Some(cmap) = face.tables().cmap {
            for sub in cmap.subtables.into_iter().filter(|s| s.is_unicode()) {
                sub.codepoints(|cp| {
                    let i = cp as usize;
                    if i < 0x11_0000 && sub.glyph_index(cp).is_some_and(|g| g.0 != 0) {
                        if coverage.len() <= i / 64 {
                            coverage.resize(i / 64 + 1, 0u64);
                        }
                        coverage[i / 64] |= 1 << (i % 64);
                    }
                });
            }
        }
        if coverage.is_empty() {
            return Err("it has no Unicode character map".into());
        }
        let upem = f32::from(face.units_per_em());
        let (ascender, descender) = (
            f32::from(face.ascender()) / upem,
            f32::from(face.descender()) / upem,
        );
        Ok(LoadedFace {
            units_per_em: upem,
            ascender,
            descender,
            coverage,
            data: Arc::new(data),
        })
    }
}

/// One face the style declares.
pub struct FaceEntry {
    /// Its name in the style (`serif-italic`).
    pub name: String,
    /// Its path as written in the style (relative to the root).
    pub path: PathBuf,
    /// The absolute path read.
    full_path: PathBuf,
    /// The loaded face, once read (or why it could not be).
    loaded: OnceLock<Result<LoadedFace, String>>,
}

/// Every face of the style and the stacks over them.
pub struct FontBook {
    /// The faces, in the style's (sorted) order.
    pub faces: Vec<FaceEntry>,
    /// Stacks: `[script][style]` → faces in order; style index is `italic + 2 * bold`.
    stacks: [[Vec<FaceId>; 4]; 3],
}

fn style_index(s: TextStyle) -> usize {
    usize::from(s.italic) + 2 * usize::from(s.bold)
}

fn script_index(s: ScriptClass) -> usize {
    match s {
        ScriptClass::Latin => 0,
        ScriptClass::Han => 1,
        ScriptClass::Arabic => 2,
    }
}

impl FontBook {
    /// Builds the book from the style. Every font file must exist; files are read and
    /// parsed only when a face is first needed, so an English build never reads the
    /// Chinese faces.
    pub fn new(root: &Path, style: &Style) -> DiagResult<FontBook> {
        let mut errors = Vec::new();
        let faces: Vec<FaceEntry> = style
            .faces
            .iter()
            .map(|(name, path)| {
                let full_path = root.join(path);
                if !full_path.is_file() {
                    errors.push(
                        Diagnostic::error(
                            Code::FontUnreadable,
                            format!("font file `{path}` of face `{name}` does not exist"),
                        )
                        .in_file(STYLE_PATH)
                        .hint("restore fonts/ from git, or fix the path under [faces]"),
                    );
                }
                FaceEntry {
                    name: name.clone(),
                    path: PathBuf::from(path),
                    full_path,
                    loaded: OnceLock::new(),
                }
            })
            .collect();
        if !errors.is_empty() {
            return Err(errors);
        }
        let id = |n: &String| faces.iter().position(|f| &f.name == n).unwrap_or(0);
        let ids = |stack: &Stack| {
            [
                stack.regular.iter().map(id).collect(),
                stack.italic.iter().map(id).collect(),
                stack.bold.iter().map(id).collect(),
                stack.bold_italic.iter().map(id).collect(),
            ]
        };
        let stacks = ScriptClass::ALL.map(|class| ids(style.stacks.of(class)));
        Ok(FontBook { faces, stacks })
    }

    /// The faces tried for a script and style, in order.
    pub fn stack(&self, script: ScriptClass, style: TextStyle) -> &[FaceId] {
        &self.stacks[script_index(script)][style_index(style)]
    }

    /// Every face of every stack for `style`, primary script first, for fallback.
    pub fn fallback_order(&self, script: ScriptClass, style: TextStyle) -> Vec<FaceId> {
        let mut order: Vec<FaceId> = self.stack(script, style).to_vec();
        for s in [ScriptClass::Latin, ScriptClass::Han, ScriptClass::Arabic] {
            for st in [style, TextStyle::default()] {
                for &f in self.stack(s, st) {
                    if !order.contains(&f) {
                        order.push(f);
                    }
                }
            }
        }
        order
    }

    /// The face, read and parsed on first use.
    pub fn face(&self, id: FaceId) -> Result<&LoadedFace, Diagnostic> {
        let entry = &self.faces[id];
        let loaded = entry.loaded.get_or_init(|| {
            let data = std::fs::read(&entry.full_path).map_err(|e| e.to_string())?;
            LoadedFace::parse(data)
        });
        loaded.as_ref().map_err(|cause| {
            Diagnostic::error(
                Code::FontUnreadable,
                format!(
                    "failed to load font file `{}` of face `{}` ({cause})",
                    entry.path.display(),
                    entry.name
                ),
            )
            .in_file(&entry.path)
            .hint("the file must be a TrueType or OpenType font; restore it from git")
        })
    }

    /// The face if it was loaded successfully (after layout, every used face is).
    pub fn loaded(&self, id: FaceId) -> Option<&LoadedFace> {
        self.faces[id].loaded.get().and_then(|r| r.as_ref().ok())
    }
}
