//! The font book: every face `templates/style.toml` names, read and checked once when the
//! book is loaded, with its metrics, names and character coverage, and the stacks and the
//! one fallback order that pick a face for a character. Layout (itemize, shape), the PDF
//! writer, the HTML web fonts and the glyph check all ask this book; none reads a font
//! file of its own.
//!
//! Loading is the only IO: [`FontBook::load`] reads every face, so nothing reads a file
//! from a layout thread afterwards, and a broken font is found before any work starts,
//! as one [`Code::FontUnreadable`] error naming its file whatever the command.
//!
//! No system font is ever consulted, so the same inputs give the same output everywhere.

mod measure;

use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use read_fonts::tables::cmap::{CmapIterLimits, EncodingRecord, PlatformId};
use read_fonts::types::{GlyphId, NameId};
use read_fonts::{FontRef, TableProvider};

use crate::diag::{Code, DiagResult, Diagnostic};
use crate::doc::Style as TextStyle;
use crate::lang::ScriptClass;
use crate::project::input;
use crate::project::style::{Style, STYLES, STYLE_PATH};

pub use measure::running_head_room;

/// Index of a face in the [`FontBook`].
pub type FaceId = usize;

/// One face of the style, read and parsed.
#[derive(Clone)]
pub struct Face {
    /// Its name in the style's `[faces]` (`serif-italic`).
    pub name: String,
    /// Its file as the style writes it (relative to the project root).
    pub path: PathBuf,
    /// The font file's bytes (shared with the PDF writer and the subsetter), when this
    /// build loaded them ([`FontBook::load_faces`]); see [`Face::data`].
    data: Option<Arc<Vec<u8>>>,
    /// Design units per em.
    pub units_per_em: f32,
    /// Ascender, in em.
    pub ascender: f32,
    /// Descender (negative), in em.
    pub descender: f32,
    /// Family name from the `name` table (typographic family, else family), US English;
    /// the face's `[faces]` name when it has none.
    pub family: String,
    /// `usWeightClass` from `OS/2` (400 without one).
    pub weight: u16,
    /// Whether `OS/2` marks it italic.
    pub italic: bool,
    /// Code points the face maps to a glyph other than `.notdef`: computed from its
    /// `cmap` the first time it is asked for (a build asks about few of the faces a
    /// style names), shared by the faces of one file.
    coverage: Arc<Coverage>,
}

/// A face's character coverage, as a bitset computed once from the bytes holding its
/// `cmap` (the whole file, or the tables the index read).
struct Coverage {
    font: Arc<Vec<u8>>,
    bits: std::sync::OnceLock<Box<[u64]>>,
}

impl Coverage {
    fn bits(&self) -> &[u64] {
        self.bits.get_or_init(|| match FontRef::new(&self.font) {
            Ok(font) => coverage(&font).into(),
            // Parsed when the face was read; cannot fail here.
            Err(_) => Box::default(),
        })
    }
}

impl Face {
    /// The font file's bytes, for shaping, the PDF writer and the subsetter; an error
    /// when the build did not load this face (it computed that it never draws from it).
    pub fn data(&self) -> Result<&Arc<Vec<u8>>, Diagnostic> {
        self.data.as_ref().ok_or_else(|| {
            Diagnostic::error(
                Code::FontUnreadable,
                format!(
                    "font file `{}` of face `{}` was not loaded for this build",
                    self.path.display(),
                    self.name
                ),
            )
            .in_file(&self.path)
        })
    }

    /// Whether the face's bytes are loaded.
    pub fn is_loaded(&self) -> bool {
        self.data.is_some()
    }

    /// Whether the face has a glyph for `c`.
    pub fn covers(&self, c: char) -> bool {
        let i = c as usize;
        self.coverage
            .bits()
            .get(i / 64)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// Reads and checks a font file: it must be a whole TrueType/OpenType font that the
    /// shaper (ttf-parser) and the subsetter and PDF writer (read-fonts) both parse, with
    /// a Unicode character map. The face is still nameless (and familyless when the font
    /// names no family); the error is the cause, for [`unreadable`].
    ///
    /// With `whole` false, only the header, the table directory and the tables that
    /// coverage, metrics and names need are read (positioned reads), every table of the
    /// directory is checked to lie inside the file from its size, and the face's bytes
    /// are left unloaded.
    ///
    /// The file is read by the rules of [`input`]: a regular file inside the project
    /// `root` (an absolute path elsewhere, or a link out of it, is refused).
    fn read(
        path: &str,
        root: &Path,
        full_path: &Path,
        whole: bool,
    ) -> Result<Face, String> {
        let (data, size) = if whole {
            let data = input::read(root, full_path, input::FONT).map_err(|r| r.cause)?;
            let size = data.len() as u64;
            (data, size)
        } else {
            read_tables(root, full_path)?
        };
        if size == 0 {
            return Err("the file is empty".into());
        }
        let font = FontRef::new(&data).map_err(|e| format!("not a font: {e}"))?;
        // A truncated file keeps its table directory; its tables run past the end.
        for record in font.table_directory.table_records() {
            let end = u64::from(record.offset()) + u64::from(record.length());
            if end > size {
                return Err(format!(
                    "the file is truncated: its `{}` table ends at byte {end}, past the \
                     end of its {size} bytes",
                    record.tag(),
                ));
            }
        }
        let face = rustybuzz::ttf_parser::Face::parse(&data, 0)
            .map_err(|e| format!("not a font: {e}"))?;
        if !has_unicode_cmap(&font) {
            return Err("it has no Unicode character map".into());
        }
        let upem = f32::from(face.units_per_em());
        let (weight, italic) = match font.os2() {
            Ok(os2) => (os2.us_weight_class(), os2.fs_selection().bits() & 1 != 0),
            Err(_) => (400, false),
        };
        let ascender = f32::from(face.ascender()) / upem;
        let descender = f32::from(face.descender()) / upem;
        let family = read_family(&font).unwrap_or_default();
        let data = Arc::new(data);
        Ok(Face {
            name: String::new(),
            path: PathBuf::from(path),
            units_per_em: upem,
            ascender,
            descender,
            family,
            weight,
            italic,
            data: whole.then(|| Arc::clone(&data)),
            coverage: Arc::new(Coverage {
                font: data,
                bits: std::sync::OnceLock::new(),
            }),
        })
    }
}

/// Tables read from a face that is not loaded whole: what coverage, metrics and names
/// need, and what the parsers require.
const INDEX_TABLES: [&[u8; 4]; 6] =
    [b"cmap", b"head", b"hhea", b"maxp", b"OS/2", b"name"];

/// A font of the file's header, a table directory of only the [`INDEX_TABLES`] and
/// those tables, read with positioned reads; and the file's size. Every table of the
/// file's own directory must lie inside the file (checked from its size). A file too
/// short for its directory is read whole, for the parsers to refuse.
fn read_tables(root: &Path, full_path: &Path) -> Result<(Vec<u8>, u64), String> {
    use std::os::unix::fs::FileExt;
    let opened = input::open(root, full_path, input::FONT).map_err(|r| r.cause)?;
    let (file, size) = (opened.file, opened.size);
    let read_at = |at: u64, len: usize| -> Result<Vec<u8>, String> {
        let mut buf = vec![0; len];
        file.read_exact_at(&mut buf, at)
            .map_err(|e| e.to_string())?;
        Ok(buf)
    };
    let whole = || {
        let data = input::read(root, full_path, input::FONT).map_err(|r| r.cause)?;
        let size = data.len() as u64;
        Ok((data, size))
    };
    if size < 12 {
        return whole();
    }
    let header = read_at(0, 12)?;
    let count = u64::from(u16::from_be_bytes([header[4], header[5]]));
    let dir_end = 12 + 16 * count;
    if dir_end > size {
        return whole();
    }
    let directory = read_at(12, 16 * count as usize)?;
    let mut kept: Vec<(&[u8], u64, u64)> = Vec::new();
    for r in directory.chunks_exact(16) {
        let offset = u64::from(u32::from_be_bytes([r[8], r[9], r[10], r[11]]));
        let length = u64::from(u32::from_be_bytes([r[12], r[13], r[14], r[15]]));
        let end = offset + length;
        if end > size {
            return Err(format!(
                "the file is truncated: its `{}` table ends at byte {end}, past the end \
                 of its {size} bytes",
                String::from_utf8_lossy(&r[..4])
            ));
        }
        if INDEX_TABLES.iter().any(|t| t[..] == r[..4]) {
            kept.push((r, offset, length));
        }
    }
    let mut data = header;
    data[4..6].copy_from_slice(&(kept.len() as u16).to_be_bytes());
    let mut at = 12 + 16 * kept.len();
    let mut tables = Vec::new();
    for (r, offset, length) in &kept {
        data.extend_from_slice(&r[..8]);
        data.extend_from_slice(&(at as u32).to_be_bytes());
        data.extend_from_slice(&r[12..16]);
        let mut t = read_at(*offset, *length as usize)?;
        t.resize(t.len().next_multiple_of(4), 0);
        at += t.len();
        tables.push(t);
    }
    for t in tables {
        data.extend_from_slice(&t);
    }
    Ok((data, size))
}

/// Whether a `cmap` record names a Unicode subtable (platform Unicode, or Windows BMP
/// and full repertoire).
fn is_unicode(record: &EncodingRecord) -> bool {
    match record.platform_id() {
        PlatformId::Unicode => true,
        PlatformId::Windows => matches!(record.encoding_id(), 1 | 10),
        _ => false,
    }
}

/// Whether `font`'s `cmap` has a Unicode subtable ([`coverage`] reads those).
fn has_unicode_cmap(font: &FontRef) -> bool {
    font.cmap().is_ok_and(|cmap| {
        cmap.encoding_records().iter().any(|record| {
            is_unicode(record) && record.subtable(cmap.offset_data()).is_ok()
        })
    })
}

/// The code points `font` maps to a glyph other than `.notdef` in any of its Unicode
/// `cmap` subtables (platform Unicode, or Windows BMP and full repertoire), as a bitset;
/// empty when there is none.
///
/// Each subtable is walked once, pair by pair (records often share a subtable), rather
/// than looking each code point up: the Chinese faces map 30 000 characters.
fn coverage(font: &FontRef) -> Vec<u64> {
    let mut coverage = Vec::new();
    let Ok(cmap) = font.cmap() else {
        return coverage;
    };
    // Bounded to Unicode; every glyph ID counts, as the shaper reads the table.
    let limits = CmapIterLimits {
        max_char: char::MAX as u32,
        glyph_count: u32::MAX,
    };
    let mut seen = Vec::new();
    for record in cmap.encoding_records() {
        let unicode = is_unicode(record);
        let offset = record.subtable_offset();
        if !unicode || seen.contains(&offset) {
            continue;
        }
        seen.push(offset);
        let Ok(subtable) = record.subtable(cmap.offset_data()) else {
            continue;
        };
        for (c, glyph) in subtable.iter_with_limits(limits) {
            let i = c as usize;
            if glyph != GlyphId::NOTDEF && i < 0x11_0000 {
                if coverage.len() <= i / 64 {
                    coverage.resize(i / 64 + 1, 0u64);
                }
                coverage[i / 64] |= 1 << (i % 64);
            }
        }
    }
    coverage
}

/// The font's family name (typographic family, else family), in US English.
fn read_family(font: &FontRef) -> Option<String> {
    let name = font.name().ok()?;
    let data = name.string_data();
    for id in [NameId::TYPOGRAPHIC_FAMILY_NAME, NameId::FAMILY_NAME] {
        let found = name.name_record().iter().find(|r| {
            r.name_id() == id
                && r.platform_id() == 3
                && r.encoding_id() == 1
                && r.language_id() == 0x409
        });
        if let Some(s) = found.and_then(|r| r.string(data).ok()) {
            return Some(s.chars().collect());
        }
    }
    None
}

/// The one diagnostic of a font file that cannot be used: the file, the faces the style
/// names it for, the cause.
fn unreadable(names: &[&str], path: &str, cause: &str) -> Diagnostic {
    let faces = names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let what = if names.len() == 1 { "face" } else { "faces" };
    Diagnostic::error(
        Code::FontUnreadable,
        format!("failed to read font file `{path}` of {what} {faces} ({cause})"),
    )
    .in_file(path)
    .hint(format!(
        "{STYLE_PATH} names it under [faces]: restore fonts/ from git, or point it to a \
         TrueType or OpenType font"
    ))
}

/// Index of a script class in per-class arrays, in [`ScriptClass::ALL`] order.
fn class_index(class: ScriptClass) -> usize {
    ScriptClass::ALL
        .iter()
        .position(|c| *c == class)
        .unwrap_or(0)
}

/// Index of a style in per-style arrays: regular, italic, bold, bold italic (the order
/// of [`STYLES`]).
fn style_index(style: TextStyle) -> usize {
    usize::from(style.italic) + 2 * usize::from(style.bold)
}

/// Every face of the style, and the stacks and fallback orders over them.
pub struct FontBook {
    /// The faces, in the style's `[faces]` (sorted) order.
    faces: Vec<Face>,
    /// Per script class and style, the stack's faces in order.
    stacks: [[Vec<FaceId>; 4]; 3],
    /// Per script class and style, every face tried in order
    /// ([`FontBook::fallback_order`]).
    fallback: [[Vec<FaceId>; 4]; 3],
    /// Per script class, whether its stack sets the Latin inside its text
    /// ([`FontBook::setting_class`]).
    own_latin: [bool; 3],
}

impl FontBook {
    /// Reads every font file the style declares, each once (on all cores: the Chinese
    /// faces are 15 MB each), and builds the stacks. A file that cannot be used is one
    /// [`Code::FontUnreadable`] error naming it, however many faces use it; the style
    /// has already checked that every stack names declared faces.
    pub fn load(root: &Path, style: &Style) -> DiagResult<FontBook> {
        let mut book = FontBook::index(root, style)?;
        let all: Vec<FaceId> = (0..book.faces.len()).collect();
        book.load_faces(root, &all)?;
        Ok(book)
    }

    /// Reads and checks every font file the style declares without reading it whole:
    /// its header, table directory (every table inside the file) and the tables of its
    /// coverage, metrics and names. No face's bytes are loaded ([`FontBook::load_faces`]
    /// loads those a build draws from); enough for coverage ([`FontBook::covers`]).
    pub fn index(root: &Path, style: &Style) -> DiagResult<FontBook> {
        // Each distinct file with the faces that use it, in `[faces]` order, and the file
        // of each face.
        let mut files: Vec<(&str, Vec<&str>)> = Vec::new();
        let mut file_of = Vec::with_capacity(style.faces.len());
        for (name, path) in &style.faces {
            match files.iter().position(|(p, _)| p == path) {
                Some(i) => {
                    files[i].1.push(name);
                    file_of.push(i);
                }
                None => {
                    file_of.push(files.len());
                    files.push((path, vec![name]));
                }
            }
        }
        let read: Vec<_> = files
            .par_iter()
            .map(|(path, names)| {
                Face::read(path, root, &root.join(path), false)
                    .map_err(|cause| unreadable(names, path, &cause))
            })
            .collect();
        let mut errors = Vec::new();
        let mut loaded = Vec::with_capacity(read.len());
        for r in read {
            match r {
                Ok(face) => loaded.push(face),
                Err(d) => errors.push(d),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        // One face per `[faces]` entry, sharing its file's bytes and coverage.
        let faces = style
            .faces
            .keys()
            .zip(file_of)
            .map(|(name, i)| {
                let file = &loaded[i];
                Face {
                    name: name.clone(),
                    family: if file.family.is_empty() {
                        name.clone()
                    } else {
                        file.family.clone()
                    },
                    ..file.clone()
                }
            })
            .collect();
        Ok(FontBook::from_faces(faces, style))
    }

    /// Reads whole, on all cores, the files of `ids` not loaded yet (each file once),
    /// and checks them as [`FontBook::load`] does; the faces of those files get their
    /// bytes. A file that cannot be used is one [`Code::FontUnreadable`] error.
    pub fn load_faces(&mut self, root: &Path, ids: &[FaceId]) -> DiagResult<()> {
        let mut files: Vec<&Path> = Vec::new();
        for &id in ids {
            let face = &self.faces[id];
            if !face.is_loaded() && !files.contains(&face.path.as_path()) {
                files.push(&face.path);
            }
        }
        let read: Vec<_> = files
            .par_iter()
            .map(|path| {
                let shown = path.to_string_lossy();
                Face::read(&shown, root, &root.join(path), true)
                    .map(|f| (path.to_path_buf(), f.data))
                    .map_err(|cause| {
                        let names: Vec<&str> = self
                            .faces
                            .iter()
                            .filter(|f| f.path == *path)
                            .map(|f| f.name.as_str())
                            .collect();
                        unreadable(&names, &shown, &cause)
                    })
            })
            .collect();
        let mut errors = Vec::new();
        let mut loaded = Vec::new();
        for r in read {
            match r {
                Ok(l) => loaded.push(l),
                Err(d) => errors.push(d),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        for (path, data) in loaded {
            for face in self.faces.iter_mut().filter(|f| f.path == path) {
                face.data = data.clone();
            }
        }
        Ok(())
    }

    /// The faces a build can draw from when it sets `chars` in text whose script
    /// classes are among `classes` (the locales' own and those of its characters):
    /// for each class and style, the first face of the stack (the face of leaders and
    /// of characters no face covers) and the face that sets each character.
    pub fn faces_for(
        &self,
        classes: &[ScriptClass],
        chars: &std::collections::BTreeSet<char>,
    ) -> Vec<FaceId> {
        let mut out: Vec<FaceId> = Vec::new();
        for &class in classes {
            for (style, _) in STYLES {
                out.extend(self.stack(class, style).first());
                out.extend(chars.iter().filter_map(|&c| self.face_for(class, style, c)));
                out.sort_unstable();
                out.dedup();
            }
        }
        out
    }

    /// The book over loaded faces: the style's stacks as face indices (names the style
    /// validated), and from them the fallback orders.
    fn from_faces(faces: Vec<Face>, style: &Style) -> FontBook {
        let id = |n: &String| faces.iter().position(|f| &f.name == n);
        let stacks: [[Vec<FaceId>; 4]; 3] = ScriptClass::ALL.map(|class| {
            let stack = style.stacks.of(class);
            STYLES.map(|(s, _)| stack.for_style(s).iter().filter_map(id).collect())
        });
        // The stack itself, then for each class in `ScriptClass::ALL` order its stack in
        // the same style and in regular: a face no stack lists is never used.
        let fallback = ScriptClass::ALL.map(|class| {
            STYLES.map(|(style, _)| {
                let own = &stacks[class_index(class)][style_index(style)];
                let others = ScriptClass::ALL.iter().flat_map(|&c| {
                    [style, TextStyle::default()]
                        .map(|s| &stacks[class_index(c)][style_index(s)])
                });
                let mut order: Vec<FaceId> = Vec::new();
                for &f in own.iter().chain(others.flatten()) {
                    if !order.contains(&f) {
                        order.push(f);
                    }
                }
                order
            })
        });
        FontBook {
            faces,
            stacks,
            fallback,
            own_latin: ScriptClass::ALL.map(|c| style.stacks.of(c).own_latin),
        }
    }

    /// Every face, by [`FaceId`].
    pub fn faces(&self) -> &[Face] {
        &self.faces
    }

    /// One face.
    pub fn face(&self, id: FaceId) -> &Face {
        &self.faces[id]
    }

    /// The faces of `script`'s stack for `style`, in order.
    pub fn stack(&self, script: ScriptClass, style: TextStyle) -> &[FaceId] {
        &self.stacks[class_index(script)][style_index(style)]
    }

    /// Whose stack sets a character of script class `class` inside text of class `text`:
    /// its own, except Latin inside text whose stack has `own-latin` (Persian: Vazirmatn's
    /// Latin, not the serif). Layout picks faces by it; the HTML's web fonts take every
    /// character of an element from the fallback order of the element's own class, which
    /// agrees for `own-latin` stacks (a Persian page's Latin is Vazirmatn in both).
    pub fn setting_class(&self, text: ScriptClass, class: ScriptClass) -> ScriptClass {
        if class == ScriptClass::Latin && self.own_latin[class_index(text)] {
            text
        } else {
            class
        }
    }

    /// Every face tried for text of `script` in `style`, in order: that stack, then for
    /// each script class its stack in `style` and in regular. The one fallback order of
    /// the PDF and the HTML editions.
    pub fn fallback_order(&self, script: ScriptClass, style: TextStyle) -> &[FaceId] {
        &self.fallback[class_index(script)][style_index(style)]
    }

    /// The face that sets `c` in text of `script` and `style`: the first face of the
    /// [fallback order](FontBook::fallback_order) that covers it.
    pub fn face_for(
        &self,
        script: ScriptClass,
        style: TextStyle,
        c: char,
    ) -> Option<FaceId> {
        self.fallback_order(script, style)
            .iter()
            .copied()
            .find(|&f| self.faces[f].covers(c))
    }

    /// Whether any face a stack lists covers `c` (in some style).
    pub fn covers(&self, c: char) -> bool {
        self.stacks
            .iter()
            .flatten()
            .flatten()
            .any(|&f| self.faces[f].covers(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR"))
    }

    /// A file of `fonts/`, read and checked.
    fn face(file: &str) -> Result<Face, String> {
        Face::read(file, repo(), &repo().join(file), true)
    }

    #[test]
    fn a_face_knows_its_names_metrics_and_coverage() {
        let f = face("fonts/NotoSerif-Italic.ttf").unwrap();
        assert_eq!(f.family, "Noto Serif");
        assert_eq!((f.weight, f.italic), (400, true));
        assert!(
            f.ascender > 0.5 && f.descender < 0.0,
            "{} {}",
            f.ascender,
            f.descender
        );
        assert!(
            f.covers('й') && f.covers('A') && !f.covers('中') && !f.covers('\u{FFFF}')
        );
    }

    /// The coverage is what the shaper finds: ttf-parser's `cmap` lookup gives a glyph
    /// other than `.notdef` for exactly the covered code points, in every face we ship.
    #[test]
    fn coverage_is_what_the_shaper_maps() {
        let style = Style::load(repo()).unwrap();
        for path in style.faces.values() {
            let f = face(path).unwrap();
            let data = f.data().unwrap().clone();
            let shaper = rustybuzz::ttf_parser::Face::parse(&data, 0).unwrap();
            let indexed = Face::read(path, repo(), &repo().join(path), false).unwrap();
            assert!(!indexed.is_loaded());
            assert_eq!(indexed.coverage.bits(), f.coverage.bits(), "{path}");
            assert_eq!(
                (
                    indexed.ascender,
                    indexed.descender,
                    indexed.weight,
                    indexed.italic
                ),
                (f.ascender, f.descender, f.weight, f.italic)
            );
            assert_eq!(indexed.family, f.family);
            for c in (0..=0x10FFFF).filter_map(char::from_u32) {
                let mapped = shaper.glyph_index(c).is_some_and(|g| g.0 != 0);
                assert_eq!(f.covers(c), mapped, "{path} U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn broken_files_are_refused_with_their_cause() {
        let dir =
            std::env::temp_dir().join(format!("silkpress-fonts-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let whole = std::fs::read(repo().join("fonts/Vazirmatn-Regular.ttf")).unwrap();
        let cases: [(&str, &[u8], &str); 3] = [
            ("empty.ttf", b"", "the file is empty"),
            ("text.ttf", b"this is not a font", "not a font"),
            (
                "half.ttf",
                &whole[..whole.len() / 2],
                "the file is truncated",
            ),
        ];
        for (name, bytes, cause) in cases {
            let path = dir.join(name);
            std::fs::write(&path, bytes).unwrap();
            for whole in [true, false] {
                let err = Face::read(name, &dir, &path, whole).err().expect(name);
                assert!(err.contains(cause), "{name}: {err}");
            }
        }
        for whole in [true, false] {
            let err = Face::read("gone.ttf", &dir, &dir.join("gone.ttf"), whole)
                .err()
                .unwrap();
            assert_eq!(err, "the file does not exist");
        }
        // A folder or a FIFO is not "missing"; a font outside the project is not read.
        std::fs::create_dir_all(dir.join("folder.ttf")).unwrap();
        let fifo = dir.join("fifo.ttf");
        let _ = std::process::Command::new("mkfifo").arg(&fifo).status();
        for whole in [true, false] {
            let err = Face::read("folder.ttf", &dir, &dir.join("folder.ttf"), whole)
                .err()
                .unwrap();
            assert!(err.contains("a folder, not a regular file"), "{err}");
            if fifo.exists() {
                let err = Face::read("fifo.ttf", &dir, &fifo, whole).err().unwrap();
                assert!(err.contains("a FIFO"), "{err}");
            }
            let outside = repo().join("fonts/Vazirmatn-Regular.ttf");
            let err = Face::read("x.ttf", &dir, &outside, whole).err().unwrap();
            assert!(err.contains("outside the project"), "{err}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn fallback_is_the_own_stack_then_every_stack_in_the_style_and_in_regular() {
        let style = Style::load(repo()).unwrap();
        let book = FontBook::load(repo(), &style).unwrap();
        let names = |ids: &[FaceId]| -> Vec<&str> {
            ids.iter().map(|&i| book.face(i).name.as_str()).collect()
        };
        let bold = TextStyle {
            bold: true,
            italic: false,
        };
        assert_eq!(
            names(book.fallback_order(ScriptClass::Han, bold)),
            [
                "han-bold",
                "serif-bold",
                "serif",
                "han",
                "arabic-bold",
                "arabic"
            ]
        );
        assert_eq!(
            book.face_for(ScriptClass::Latin, bold, '中')
                .map(|f| book.face(f).name.as_str()),
            Some("han-bold")
        );
        assert_eq!(book.face_for(ScriptClass::Latin, bold, '\u{0915}'), None);
        assert!(book.covers('س') && !book.covers('\u{0915}'));
    }
}
