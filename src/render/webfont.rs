//! Web fonts for the HTML renderer: the faces of the [`FontBook`] (the PDF's, from
//! `templates/style.toml`), subset to the characters a page uses and encoded as WOFF2
//! for `@font-face` data URIs. The book knows the faces, their names and coverage and
//! the fallback order; this module only subsets, encodes and writes the CSS.
//!
//! Which face sets which character is the PDF's choice ([`FontBook::face_for`]: the
//! first face of the [fallback order](FontBook::fallback_order) that covers it; never a
//! face no stack lists), and the CSS is written so that a
//! browser picks the same face: one CSS family per font family, `font-family` lists in
//! stack order per language, and on every face a `unicode-range` naming exactly the
//! characters it was subset to. Faces a page does not use are left out.
//!
//! Subsetting is done by `skera` (fontations' port of hb-subset: it keeps `cmap` and
//! closes over `GSUB`, so Arabic joining forms and ligatures survive), WOFF2 encoding by
//! `ttf2woff2` (Brotli, single-threaded, so output is deterministic).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

use crate::diag::{Code, Diagnostic};
use crate::doc::Style;
use crate::fonts::{Face, FaceId, FontBook};
use crate::lang::script::never_drawn;
use crate::lang::ScriptClass;
use crate::project::style::{STYLES, STYLE_PATH};
use base64::Engine as _;
use read_fonts::collections::IntSet;
use read_fonts::types::{GlyphId, NameId, Tag};
use read_fonts::FontRef;

/// Brotli quality for WOFF2. Measured on the Chinese face (1 336 characters, 485 KB
/// subset): quality 5 gives 293 KB in 22 ms, 9 gives 288 KB in 86 ms, 11 gives 279 KB in
/// 720 ms. The 2–5 % saved is not worth blowing the build budget.
const WOFF2_QUALITY: u8 = 5;

/// The four styles, in [`style_index`] order.
const ALL_STYLES: [Style; 4] = [STYLES[0].0, STYLES[1].0, STYLES[2].0, STYLES[3].0];

/// Index of a style in [`Usage`]'s keys: regular, italic, bold, bold italic.
fn style_index(style: Style) -> usize {
    usize::from(style.italic) + 2 * usize::from(style.bold)
}

/// The CSS `font-family` value for `class`'s stack: the families of its regular faces in
/// order, then every other family of the book (the PDF's "then any face of the other
/// stacks"), then the generic `serif`.
///
/// The other families come in the order of the stacks' regular faces (Latin first, so its
/// families lead the fallback order), then those of their other styles' faces.
pub fn css_stack(book: &FontBook, class: ScriptClass) -> String {
    let family = |&f: &FaceId| book.face(f).family.as_str();
    let own = book.stack(class, Style::default()).iter().map(family);
    let regular = ScriptClass::ALL
        .iter()
        .flat_map(|&c| book.stack(c, Style::default()))
        .map(family);
    let all = ScriptClass::ALL
        .iter()
        .flat_map(|&c| ALL_STYLES.iter().flat_map(move |&s| book.stack(c, s)))
        .map(family);
    let mut order: Vec<&str> = Vec::new();
    for f in own.chain(regular).chain(all) {
        if !order.contains(&f) {
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
#[derive(Clone, Default, Debug)]
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
    book: &FontBook,
    usage: &Usage,
    cache: Option<&SubsetCache>,
) -> Result<Vec<WebFace>, Vec<Diagnostic>> {
    let mut per_face: BTreeMap<FaceId, BTreeSet<char>> = BTreeMap::new();
    let mut errors = Vec::new();
    for (&(class, si), chars) in &usage.chars {
        let style = ALL_STYLES[si];
        for (&c, id) in chars {
            match book.face_for(class, style, c) {
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
    // A face that would carry only characters never drawn (a word joiner in a bold
    // heading) is left out: the browser never loads it, and draws nothing without it.
    per_face.retain(|_, chars| chars.iter().any(|&c| !never_drawn(c)));
    per_face
        .into_iter()
        .map(|(i, chars)| {
            let face = book.face(i);
            let woff2 = match cache {
                Some(cache) => {
                    cache.get_or_make(i, &chars, || subset_woff2(face, &chars))
                }
                None => subset_woff2(face, &chars),
            }
            .map_err(|e| vec![e])?;
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

/// WOFF2 subsets already made, by face and characters, for builds that follow each
/// other with the same font book (a preview server rebuilding after each edit: most
/// edits draw no new character, and subsetting and Brotli-compressing the faces is most
/// of an HTML build's time). Valid for one book: make a new one with a new book.
#[derive(Default)]
pub struct SubsetCache {
    made: std::sync::Mutex<Subsets>,
}

/// WOFF2 subsets by face and (sorted) characters.
type Subsets = HashMap<(FaceId, Vec<char>), Vec<u8>>;

impl SubsetCache {
    /// At most this many subsets are kept; the cache starts afresh beyond it.
    const MAX: usize = 256;

    fn get_or_make(
        &self,
        face: FaceId,
        chars: &BTreeSet<char>,
        make: impl FnOnce() -> Result<Vec<u8>, Diagnostic>,
    ) -> Result<Vec<u8>, Diagnostic> {
        let key = (face, chars.iter().copied().collect::<Vec<char>>());
        let made = |m: &Subsets| m.get(&key).cloned();
        if let Some(bytes) = made(&self.lock()) {
            return Ok(bytes);
        }
        let bytes = make()?;
        let mut m = self.lock();
        if m.len() >= Self::MAX {
            m.clear();
        }
        m.insert(key, bytes.clone());
        Ok(bytes)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Subsets> {
        self.made
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
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
                "failed to encode a subset of font file `{}` of face `{}` as WOFF2 ({e})",
                face.path.display(),
                face.name
            ),
        )
        .in_file(&face.path)
    })
}

/// Subsets `face` to `chars` as an OpenType font (with `cmap`, `GSUB`/`GPOS` closed over
/// the kept glyphs, hinting dropped: browsers on every platform render these faces well
/// unhinted and it halves the size of some).
pub fn subset(face: &Face, chars: &BTreeSet<char>) -> Result<Vec<u8>, Diagnostic> {
    let failed = |cause: String| {
        Diagnostic::error(
            Code::FontUnreadable,
            format!(
                "failed to subset font file `{}` of face `{}` ({cause})",
                face.path.display(),
                face.name
            ),
        )
        .in_file(&face.path)
    };
    let font = FontRef::new(face.data()?).map_err(|e| failed(e.to_string()))?;
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
    skera::subset_font(&font, &plan).map_err(|e| failed(e.to_string()))
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
