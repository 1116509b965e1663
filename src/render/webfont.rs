//! Web fonts for the HTML renderer: the PDF's faces and font stacks
//! (`templates/style.toml`), subset to the characters a page uses and encoded as WOFF2
//! for `@font-face` data URIs.
//!
//! Which face sets which character follows the PDF's fallback order
//! ([`FontSet::fallback_order`]: the text's stack in its style, then every stack in that
//! style and in regular; never a face no stack lists), and the CSS is written so that a
//! browser picks the same face: one CSS family per font family, `font-family` lists in
//! stack order per language, and on every face a `unicode-range` naming exactly the
//! characters it was subset to. Faces a page does not use are left out.
//!
//! Subsetting is done by `skera` (fontations' port of hb-subset: it keeps `cmap` and
//! closes over `GSUB`, so Arabic joining forms and ligatures survive), WOFF2 encoding by
//! `ttf2woff2` (Brotli, single-threaded, so output is deterministic).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use crate::diag::{Code, DiagResult, Diagnostic};
use crate::doc::Style;
use crate::lang::script::never_drawn;
use crate::lang::ScriptClass;
use crate::project::style::{Style as PdfStyle, STYLES, STYLE_PATH};
use base64::Engine as _;
use read_fonts::collections::IntSet;
use read_fonts::tables::cmap::CmapIterLimits;
use read_fonts::types::{GlyphId, NameId, Tag};
use read_fonts::{FontRef, TableProvider};

/// Brotli quality for WOFF2. Measured on the Chinese face (1 336 characters, 485 KB
/// subset): quality 5 gives 293 KB in 22 ms, 9 gives 288 KB in 86 ms, 11 gives 279 KB in
/// 720 ms. The 2–5 % saved is not worth blowing the build budget.
const WOFF2_QUALITY: u8 = 5;

/// The four styles, in [`style_index`] order.
const ALL_STYLES: [Style; 4] = [STYLES[0].0, STYLES[1].0, STYLES[2].0, STYLES[3].0];

/// One loaded face.
pub struct Face {
    /// Its name in `[faces]`.
    pub name: String,
    /// Its file, relative to the project root.
    pub path: String,
    /// The font file.
    data: Vec<u8>,
    /// Family name from the `name` table (ID 16, else 1).
    pub family: String,
    /// `usWeightClass` from `OS/2`.
    pub weight: u16,
    /// Whether `OS/2` marks it italic.
    pub italic: bool,
    /// The characters it maps to a glyph, read from its `cmap` once.
    coverage: IntSet<u32>,
}

impl Face {
    fn font(&self) -> FontRef<'_> {
        // Checked in `FontSet::read`.
        FontRef::new(&self.data).expect("font was parsed at load time")
    }

    /// Whether the face maps `c` to a glyph.
    pub fn covers(&self, c: char) -> bool {
        self.coverage.contains(c as u32)
    }
}

/// The characters `font` maps to a glyph other than `.notdef`, each as
/// `Cmap::map_codepoint` resolves it (first subtable that maps it).
fn coverage(font: &FontRef) -> IntSet<u32> {
    let mut set = IntSet::empty();
    let Ok(cmap) = font.cmap() else {
        return set;
    };
    let limits = CmapIterLimits::default_for_font(font);
    for record in cmap.encoding_records() {
        let Ok(subtable) = record.subtable(cmap.offset_data()) else {
            continue;
        };
        for (c, _) in subtable.iter_with_limits(limits) {
            if !set.contains(c)
                && cmap.map_codepoint(c).is_some_and(|g| g != GlyphId::NOTDEF)
            {
                set.insert(c);
            }
        }
    }
    set
}

/// The faces and stacks, loaded once and shared by every page.
pub struct FontSet {
    /// The faces, in `[faces]` order.
    pub faces: Vec<Face>,
    /// The stacks as face indices per style, by script class ([`class_index`]).
    stacks: [[Vec<usize>; 4]; 3],
    /// Per stack and style, the faces tried in order ([`FontSet::fallback_order`]).
    fallback: [[Vec<usize>; 4]; 3],
    /// Font families in first-use order over all stacks (CSS fallback order).
    families: Vec<String>,
}

/// Index of a script class in per-class arrays, in [`ScriptClass::ALL`] order.
fn class_index(class: ScriptClass) -> usize {
    ScriptClass::ALL
        .iter()
        .position(|c| *c == class)
        .unwrap_or(0)
}

/// Index of a style in per-style arrays: regular, italic, bold, bold italic.
fn style_index(style: Style) -> usize {
    usize::from(style.italic) + 2 * usize::from(style.bold)
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

impl FontSet {
    /// Reads the faces of the style (the PDF's `templates/style.toml`) from their files
    /// under `root`.
    pub fn read(root: &Path, style: &PdfStyle) -> DiagResult<FontSet> {
        let mut faces = Vec::new();
        let mut errors = Vec::new();
        for (name, path) in &style.faces {
            let data = std::fs::read(root.join(path)).map_err(|e| {
                vec![Diagnostic::error(
                    Code::IoError,
                    format!("failed to read font {path} ({e})"),
                )
                .in_file(path.as_str())
                .hint(format!("{STYLE_PATH} names it in [faces]"))]
            })?;
            let font = match FontRef::new(&data) {
                Ok(f) => f,
                Err(e) => {
                    errors.push(
                        Diagnostic::error(
                            Code::FontUnreadable,
                            format!("failed to read font `{name}` ({e})"),
                        )
                        .in_file(path.as_str())
                        .hint("fonts/ must hold TrueType/OpenType files (.ttf, .otf)"),
                    );
                    continue;
                }
            };
            let (weight, italic) = match font.os2() {
                Ok(os2) => (os2.us_weight_class(), os2.fs_selection().bits() & 1 != 0),
                Err(_) => (400, false),
            };
            let family = read_family(&font).unwrap_or_else(|| name.clone());
            let coverage = coverage(&font);
            faces.push(Face {
                name: name.clone(),
                path: path.clone(),
                data,
                family,
                weight,
                italic,
                coverage,
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let index = |n: &String| faces.iter().position(|f| &f.name == n);
        let stacks: [[Vec<usize>; 4]; 3] = ScriptClass::ALL.map(|class| {
            let stack = style.stacks.of(class);
            ALL_STYLES.map(|s| stack.for_style(s).iter().filter_map(index).collect())
        });
        // As `FontBook::fallback_order`: the own stack, then every class's stack in the
        // same style and in regular.
        let fallback = ScriptClass::ALL.map(|class| {
            ALL_STYLES.map(|style| {
                let own = &stacks[class_index(class)][style_index(style)];
                let others = ScriptClass::ALL.iter().flat_map(|&c| {
                    [style, Style::default()]
                        .map(|s| &stacks[class_index(c)][style_index(s)])
                });
                let mut order: Vec<usize> = Vec::new();
                for &f in own.iter().chain(others.flatten()) {
                    if !order.contains(&f) {
                        order.push(f);
                    }
                }
                order
            })
        });
        // Font families in the order of the stacks' regular faces (Latin first, so its
        // families lead the fallback order), then those of their other styles' faces.
        let mut families: Vec<String> = Vec::new();
        let regular = stacks.iter().flat_map(|s| &s[0]);
        let others = stacks.iter().flat_map(|s| s.iter().flatten());
        for family in regular.chain(others).map(|&i| &faces[i].family) {
            if !families.contains(family) {
                families.push(family.clone());
            }
        }
        Ok(FontSet {
            faces,
            stacks,
            fallback,
            families,
        })
    }

    /// The CSS `font-family` value for a stack: its families in order, then every other
    /// family (the PDF's "then any face of the other stacks"), then the generic `serif`.
    pub fn css_stack(&self, class: ScriptClass) -> String {
        let mut order: Vec<&str> = Vec::new();
        for &i in &self.stacks[class_index(class)][0] {
            if !order.contains(&self.faces[i].family.as_str()) {
                order.push(&self.faces[i].family);
            }
        }
        for f in &self.families {
            if !order.contains(&f.as_str()) {
                order.push(f);
            }
        }
        let mut out = String::new();
        for f in order {
            let _ = write!(out, "\"{}\", ", css_family(f));
        }
        out.push_str("serif");
        out
    }

    /// The faces (indices into [`FontSet::faces`]) tried for text of `class`'s stack in
    /// `style`, in order: that stack, then for each class in [`ScriptClass::ALL`] order
    /// its stack in `style` and in regular. This is the PDF's
    /// [`FontBook::fallback_order`](crate::layout::FontBook::fallback_order), so a face
    /// no stack lists is never used.
    pub fn fallback_order(&self, class: ScriptClass, style: Style) -> &[usize] {
        &self.fallback[class_index(class)][style_index(style)]
    }

    /// The face that sets `c` in `style` within `class`'s stack: the first face of
    /// [`FontSet::fallback_order`] that covers it.
    fn face_for(&self, class: ScriptClass, style: Style, c: char) -> Option<usize> {
        self.fallback_order(class, style)
            .iter()
            .copied()
            .find(|&i| self.faces[i].covers(c))
    }
}

/// The family name used in CSS: the font's own, prefixed so that an installed copy of
/// the same family can never stand in, and limited to characters safe in a CSS string.
pub fn css_family(family: &str) -> String {
    let clean: String = family
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == ' ' || *c == '-')
        .collect();
    format!("silkpress {clean}")
}

/// Characters a page shows, by stack and style, with the message that shows them (for
/// diagnostics).
#[derive(Default, Debug)]
pub struct Usage {
    chars: BTreeMap<(ScriptClass, usize), BTreeMap<char, Option<String>>>,
}

impl Usage {
    /// Records `text` shown in `style` by an element whose language uses `class`'s stack.
    pub fn add(
        &mut self,
        class: ScriptClass,
        style: Style,
        text: &str,
        id: Option<&str>,
    ) {
        let set = self.chars.entry((class, style_index(style))).or_default();
        for c in text.chars() {
            // A browser collapses only ASCII whitespace (tab, LF, FF, CR, space) to a
            // space; any other space (U+00A0, U+3000 …) is drawn as written, from a face.
            let c = if c.is_ascii_whitespace() { ' ' } else { c };
            set.entry(c).or_insert_with(|| id.map(str::to_string));
        }
    }
}

/// One face as embedded in a page.
pub struct WebFace {
    /// The CSS family.
    pub family: String,
    /// CSS `font-weight`.
    pub weight: u16,
    /// CSS `font-style: italic`.
    pub italic: bool,
    /// The characters it was subset to.
    pub chars: BTreeSet<char>,
    /// The subset font, WOFF2.
    pub woff2: Vec<u8>,
}

/// Assigns every used character to its face, subsets those faces and encodes them.
///
/// A visible character that no face of its fallback order covers is an error naming the
/// message that holds it, as in the PDF: the browser would otherwise draw it with
/// whatever system font it finds.
pub fn subset_page(
    fonts: &FontSet,
    usage: &Usage,
) -> Result<Vec<WebFace>, Vec<Diagnostic>> {
    let mut per_face: BTreeMap<usize, BTreeSet<char>> = BTreeMap::new();
    let mut errors = Vec::new();
    for (&(class, si), chars) in &usage.chars {
        let style = ALL_STYLES[si];
        for (&c, id) in chars {
            match fonts.face_for(class, style, c) {
                Some(f) => {
                    per_face.entry(f).or_default().insert(c);
                }
                None if never_drawn(c) => {}
                None => {
                    let mut d = Diagnostic::error(
                        Code::MissingGlyph,
                        format!(
                            "no font in {STYLE_PATH} covers U+{:04X} `{c}`",
                            c as u32
                        ),
                    )
                    .hint("add a face that covers it to [faces] and the script's stack");
                    if let Some(id) = id {
                        d = d.id(id.as_str());
                    }
                    errors.push(d);
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    per_face
        .into_iter()
        .map(|(i, chars)| {
            let face = &fonts.faces[i];
            let woff2 = subset_woff2(face, &chars).map_err(|e| vec![e])?;
            Ok(WebFace {
                family: css_family(&face.family),
                weight: face.weight,
                italic: face.italic,
                chars,
                woff2,
            })
        })
        .collect()
}

/// The subset of `face` holding `chars` (and whatever its layout rules reach from them),
/// as WOFF2.
fn subset_woff2(face: &Face, chars: &BTreeSet<char>) -> Result<Vec<u8>, Diagnostic> {
    let sfnt = subset(face, chars)?;
    let options = ttf2woff2::EncodeOptions {
        quality: ttf2woff2::BrotliQuality::from(WOFF2_QUALITY),
        ..Default::default()
    };
    ttf2woff2::encode_with_options(&sfnt, options).map_err(|e| {
        Diagnostic::error(
            Code::FontUnreadable,
            format!(
                "failed to encode a subset of `{}` as WOFF2 ({e})",
                face.name
            ),
        )
        .in_file(face.path.as_str())
    })
}

/// Subsets `face` to `chars` as an OpenType font (with `cmap`, `GSUB`/`GPOS` closed over
/// the kept glyphs, hinting dropped: browsers on every platform render these faces well
/// unhinted and it halves the size of some).
pub fn subset(face: &Face, chars: &BTreeSet<char>) -> Result<Vec<u8>, Diagnostic> {
    let font = face.font();
    let mut unicodes = IntSet::<u32>::empty();
    unicodes.extend(chars.iter().map(|&c| c as u32));
    let mut drop_tables = IntSet::<Tag>::empty();
    // What hb-subset drops by default, less what these fonts never have.
    for t in [
        b"morx", b"mort", b"kerx", b"kern", b"JSTF", b"DSIG", b"EBDT", b"EBLC",
    ] {
        drop_tables.insert(Tag::new(t));
    }
    let mut scripts = IntSet::<Tag>::empty();
    scripts.invert();
    let mut features = IntSet::<Tag>::empty();
    features.extend(skera::DEFAULT_LAYOUT_FEATURES.iter().copied());
    let mut name_ids = IntSet::<NameId>::empty();
    name_ids.insert_range(NameId::from(0)..=NameId::from(6));
    let mut name_languages = IntSet::<u16>::empty();
    name_languages.insert(0x0409);
    let plan = skera::Plan::new(
        &IntSet::<GlyphId>::empty(),
        &unicodes,
        &font,
        skera::SubsetFlags::SUBSET_FLAGS_NO_HINTING,
        &drop_tables,
        &scripts,
        &features,
        &name_ids,
        &name_languages,
    );
    skera::subset_font(&font, &plan).map_err(|e| {
        Diagnostic::error(
            Code::FontUnreadable,
            format!("failed to subset `{}` ({e})", face.name),
        )
        .in_file(face.path.as_str())
    })
}

/// The `unicode-range` value for a set of characters: maximal runs of consecutive code
/// points, `U+41-5A, U+4E2D`.
pub fn unicode_range(chars: &BTreeSet<char>) -> String {
    let mut out = String::new();
    let mut iter = chars.iter().map(|&c| c as u32).peekable();
    while let Some(start) = iter.next() {
        let mut end = start;
        while iter.peek() == Some(&(end + 1)) {
            end = iter.next().unwrap_or(end);
        }
        if !out.is_empty() {
            out.push_str(", ");
        }
        if start == end {
            let _ = write!(out, "U+{start:X}");
        } else {
            let _ = write!(out, "U+{start:X}-{end:X}");
        }
    }
    out
}

/// The `@font-face` rules embedding `faces` as data URIs.
pub fn font_face_css(faces: &[WebFace]) -> String {
    let b64 = base64::engine::general_purpose::STANDARD;
    let mut out = String::new();
    for f in faces {
        let _ = writeln!(
            out,
            "@font-face {{ font-family: \"{}\"; font-style: {}; font-weight: {}; \
             font-display: block; unicode-range: {}; \
             src: url(data:font/woff2;base64,{}) format(\"woff2\"); }}",
            f.family,
            if f.italic { "italic" } else { "normal" },
            f.weight,
            unicode_range(&f.chars),
            b64.encode(&f.woff2),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unicode_ranges_merge_runs() {
        let chars: BTreeSet<char> = "abcxz中".chars().collect();
        assert_eq!(unicode_range(&chars), "U+61-63, U+78, U+7A, U+4E2D");
    }

    #[test]
    fn family_names_are_css_safe() {
        assert_eq!(css_family("Noto \"Serif\"; }"), "silkpress Noto Serif ");
    }
}
