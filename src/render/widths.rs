//! Glyph widths as the PDF declares them: a glyph drawn wider than its font's advance (the
//! ¼ em between Han and Latin or digits, Chinese inter-character justification) is drawn
//! with a copy of itself whose advance includes the extra, in a copy of the face.
//!
//! Why: text extractors (poppler's `pdftotext`, MuPDF, pdf.js) know nothing of the layout;
//! they see each glyph's box as its declared width (the font's `/W`) and read a gap of
//! more than about 0.1 em between two boxes as a word space. Written as a positioning
//! adjustment (`TJ`), the Han–Latin gap made "2024年" extract as "2024 年". With the
//! extra inside the glyph's own width there is no gap to read, and the text extracts
//! exactly as the message; the page looks the same (the same glyph at the same place).
//!
//! The copy of a face is the face with one composite glyph appended per distinct
//! (glyph, advance): the composite draws the original glyph at its origin, and only its
//! `hmtx` advance differs. The copy keeps only the outlines the document draws, and
//! replaces the face in the PDF. Only `glyf` faces are copied (every face we ship); a face
//! with CFF outlines keeps the adjustments. Deterministic: variants are numbered in
//! (glyph, advance) order.

use std::collections::BTreeMap;
use std::sync::Arc;

use read_fonts::types::Tag;
use read_fonts::FontRef;

use crate::fonts::{FaceId, FontBook};
use crate::layout::paginate::Document;
use crate::layout::LineFrame;

/// Extra advance (em) from which a glyph gets a widened copy: below every extractor's
/// word-space threshold (poppler 0.1 em, MuPDF 0.15 em), above any kerning we apply.
const WIDEN_FROM: f32 = 0.05;

/// A face's widened copy: its font bytes and the glyph that draws each (glyph, advance).
pub struct Widened {
    /// The copy's font file.
    pub data: Arc<Vec<u8>>,
    /// (original glyph, advance in font units) → the copy's glyph.
    map: BTreeMap<(u16, i32), u16>,
    /// Whether a glyph (by ID) has a widened copy at all: most do not, and are drawn
    /// without a look in `map`.
    has_copy: Vec<bool>,
    /// Font units per point at size 1.
    units_per_em: f32,
}

impl Widened {
    /// The glyph to draw for `id` set with `advance` (pt) at `size`: its widened copy
    /// when there is one.
    pub fn glyph(&self, id: u16, advance: f32, size: f32) -> u16 {
        if !self.has_copy.get(usize::from(id)).is_some_and(|&c| c) {
            return id;
        }
        let units = (advance * self.units_per_em / size).round() as i32;
        self.map.get(&(id, units)).copied().unwrap_or(id)
    }
}

/// A face's metrics, read from its tables.
struct Metrics<'a> {
    /// `hmtx` with `hhea.numberOfHMetrics`.
    hmtx: &'a [u8],
    long: usize,
    /// `loca`, long or short, and `glyf`.
    loca: &'a [u8],
    long_loca: bool,
    glyf: &'a [u8],
    glyphs: usize,
    units_per_em: f32,
}

fn u16_at(d: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(d.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(d: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(d.get(at..at + 4)?.try_into().ok()?))
}

fn table<'a>(font: &FontRef<'a>, tag: &[u8; 4]) -> Option<&'a [u8]> {
    font.table_data(Tag::new(tag)).map(|d| d.as_bytes())
}

impl<'a> Metrics<'a> {
    /// The metrics of a `glyf` font; `None` for any other (or a table too short).
    fn read(font: &FontRef<'a>) -> Option<Metrics<'a>> {
        let head = table(font, b"head")?;
        let hhea = table(font, b"hhea")?;
        let maxp = table(font, b"maxp")?;
        let m = Metrics {
            hmtx: table(font, b"hmtx")?,
            long: usize::from(u16_at(hhea, 34)?),
            loca: table(font, b"loca")?,
            long_loca: u16_at(head, 50)? == 1,
            glyf: table(font, b"glyf")?,
            glyphs: usize::from(u16_at(maxp, 4)?),
            units_per_em: f32::from(u16_at(head, 18)?),
        };
        // Every glyph's metrics and outline range must be readable.
        let last = m.glyphs.checked_sub(1)?;
        m.advance(last)?;
        m.lsb(last)?;
        m.outline(last)?;
        (m.long > 0).then_some(m)
    }

    fn advance(&self, g: usize) -> Option<u16> {
        u16_at(self.hmtx, 4 * g.min(self.long - 1))
    }

    fn lsb(&self, g: usize) -> Option<u16> {
        if g < self.long {
            u16_at(self.hmtx, 4 * g + 2)
        } else {
            u16_at(self.hmtx, 4 * self.long + 2 * (g - self.long))
        }
    }

    /// The byte range of glyph `g` in `glyf`.
    fn outline(&self, g: usize) -> Option<std::ops::Range<usize>> {
        let at = |i: usize| -> Option<usize> {
            if self.long_loca {
                u32_at(self.loca, 4 * i).map(|v| v as usize)
            } else {
                u16_at(self.loca, 2 * i).map(|v| 2 * v as usize)
            }
        };
        let (s, e) = (at(g)?, at(g + 1)?);
        (s <= e && e <= self.glyf.len()).then_some(s..e)
    }
}

/// The widened copies of the faces `doc` needs, by face (`None` for a face drawn as it
/// is).
pub fn widen(doc: &Document, book: &FontBook) -> Vec<Option<Widened>> {
    let mut census = Census::new(book);
    for item in doc.pages.iter().flat_map(|p| &p.items) {
        census.line(&item.line);
    }
    census.widen()
}

/// The glyphs a document draws, line by line (in any order, a line seen twice counting
/// once): what [`Census::widen`] makes the widened copies from.
pub struct Census<'b> {
    /// Each face parsed once, with its metrics, for the natural advances.
    fonts: Vec<Option<(FontRef<'b>, Metrics<'b>)>>,
    /// Per face, the (glyph, advance in font units) drawn wider than natural.
    wanted: Vec<BTreeMap<(u16, i32), u16>>,
    /// Every glyph drawn from each face, by glyph ID (a glyph the face does not have
    /// is left out, as the copy would leave it): the copy keeps only their outlines.
    used: Vec<Vec<bool>>,
}

impl<'b> Census<'b> {
    /// No glyph seen yet, of `book`'s faces.
    pub fn new(book: &'b FontBook) -> Census<'b> {
        let n = book.faces().len();
        let fonts: Vec<Option<(FontRef, Metrics)>> = (0..n)
            .map(|id: FaceId| {
                let data = book.face(id).data().ok()?;
                let font = FontRef::new(data.as_slice()).ok()?;
                let m = Metrics::read(&font)?;
                Some((font, m))
            })
            .collect();
        let used = fonts
            .iter()
            .map(|f| vec![false; f.as_ref().map_or(0, |(_, m)| m.glyphs)])
            .collect();
        Census {
            fonts,
            wanted: vec![BTreeMap::new(); n],
            used,
        }
    }

    /// Counts the glyphs of a line drawn.
    pub fn line(&mut self, line: &LineFrame) {
        for seg in &line.segments {
            let Some((_, m)) = &self.fonts[seg.face] else {
                continue;
            };
            let per_pt = m.units_per_em / seg.size;
            let used = &mut self.used[seg.face];
            for g in &seg.glyphs {
                if let Some(u) = used.get_mut(usize::from(g.id)) {
                    *u = true;
                }
            }
            // Below this many font units a glyph is not widened whatever it rounds to
            // (a unit under the exact bound, far more than the float error).
            let narrow = WIDEN_FROM * m.units_per_em - 1.0;
            for g in &seg.glyphs {
                let Some(natural) = m.advance(usize::from(g.id)) else {
                    continue;
                };
                let advance = g.advance * per_pt;
                if advance < f32::from(natural) + narrow {
                    continue;
                }
                let units = advance.round() as i32;
                let extra = (units - i32::from(natural)) as f32 / m.units_per_em;
                // A space is a space: its extra is a word space, which extractors
                // should read as one.
                let text = &seg.text[g.text.clone()];
                if extra > WIDEN_FROM && !text.chars().all(char::is_whitespace) {
                    self.wanted[seg.face].insert((g.id, units), 0);
                }
            }
        }
    }

    /// The widened copies of the faces the lines seen need, by face (`None` for a face
    /// drawn as it is).
    pub fn widen(self) -> Vec<Option<Widened>> {
        self.fonts
            .into_iter()
            .zip(self.wanted.into_iter().zip(self.used))
            .map(|(font, (mut map, used))| {
                let (font, m) = font?;
                if map.is_empty() || m.glyphs + map.len() > usize::from(u16::MAX) {
                    return None;
                }
                let used: Vec<u16> = (0..=u16::MAX)
                    .zip(&used)
                    .filter_map(|(g, &u)| u.then_some(g))
                    .collect();
                let data = copy_with_variants(&font, &m, &mut map, &used)?;
                let ids = map.keys().map(|&(g, _)| usize::from(g));
                let mut has_copy = vec![false; ids.clone().max().map_or(0, |g| g + 1)];
                for g in ids {
                    has_copy[g] = true;
                }
                Some(Widened {
                    data: Arc::new(data),
                    map,
                    has_copy,
                    units_per_em: m.units_per_em,
                })
            })
            .collect()
    }
}

/// The glyphs `glyph`'s outline is built from (its components, if composite).
fn components(outline: &[u8]) -> Vec<u16> {
    let mut out = Vec::new();
    if outline.len() < 10 || i16::from_be_bytes([outline[0], outline[1]]) >= 0 {
        return out;
    }
    let mut at = 10;
    while let (Some(flags), Some(glyph)) = (u16_at(outline, at), u16_at(outline, at + 2))
    {
        out.push(glyph);
        at += 4 + if flags & 0x0001 != 0 { 4 } else { 2 };
        at += match flags {
            f if f & 0x0008 != 0 => 2,
            f if f & 0x0040 != 0 => 4,
            f if f & 0x0080 != 0 => 8,
            _ => 0,
        };
        if flags & 0x0020 == 0 {
            break;
        }
    }
    out
}

/// The font with a composite glyph appended for each key of `map` (original glyph,
/// advance), numbered in key order; fills in `map` with the new glyph IDs. Only the
/// outlines of the glyphs of `used`, of the widened ones and of their components are
/// kept (the others are left empty, their advances kept): the copy replaces the face
/// in the PDF, which embeds a subset of it anyway, and copying all 15 MB of outlines
/// of a Chinese face would double the build's memory.
fn copy_with_variants(
    font: &FontRef,
    m: &Metrics,
    map: &mut BTreeMap<(u16, i32), u16>,
    used: &[u16],
) -> Option<Vec<u8>> {
    let total = m.glyphs + map.len();
    // The glyphs whose outlines are kept: used, widened, and their components.
    let mut keep = vec![false; m.glyphs];
    let mut todo: Vec<u16> = used
        .iter()
        .chain(map.keys().map(|(g, _)| g))
        .copied()
        .collect();
    while let Some(g) = todo.pop() {
        let Some(k) = keep.get_mut(usize::from(g)) else {
            continue;
        };
        if !*k {
            *k = true;
            todo.extend(components(&m.glyf[m.outline(usize::from(g))?]));
        }
    }
    // glyf and loca (long offsets), hmtx with a full metric for every glyph.
    let mut glyf: Vec<u8> = Vec::new();
    let mut loca: Vec<u8> = Vec::with_capacity(4 * (total + 1));
    let mut hmtx: Vec<u8> = Vec::with_capacity(4 * total);
    let mut max_advance = 0u16;
    for (g, &kept) in keep.iter().enumerate() {
        loca.extend_from_slice(&(glyf.len() as u32).to_be_bytes());
        if kept {
            glyf.extend_from_slice(&m.glyf[m.outline(g)?]);
            glyf.resize(glyf.len().next_multiple_of(4), 0);
        }
        let adv = m.advance(g)?;
        max_advance = max_advance.max(adv);
        hmtx.extend_from_slice(&adv.to_be_bytes());
        hmtx.extend_from_slice(&m.lsb(g)?.to_be_bytes());
    }
    for (i, (&(orig, advance), new)) in map.iter_mut().enumerate() {
        *new = (m.glyphs + i) as u16;
        let advance = u16::try_from(advance).ok()?;
        max_advance = max_advance.max(advance);
        hmtx.extend_from_slice(&advance.to_be_bytes());
        hmtx.extend_from_slice(&m.lsb(usize::from(orig))?.to_be_bytes());
        loca.extend_from_slice(&(glyf.len() as u32).to_be_bytes());
        let outline = &m.glyf[m.outline(usize::from(orig))?];
        if outline.len() >= 10 {
            // numberOfContours −1 (composite), the original's bounding box, then one
            // component: ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES, the glyph, at (0, 0);
            // two bytes of padding keep the next glyph 4-aligned.
            glyf.extend_from_slice(&(-1i16).to_be_bytes());
            glyf.extend_from_slice(&outline[2..10]);
            glyf.extend_from_slice(&0x0003u16.to_be_bytes());
            glyf.extend_from_slice(&orig.to_be_bytes());
            glyf.extend_from_slice(&[0, 0, 0, 0]);
            glyf.extend_from_slice(&[0, 0]);
        }
        // An empty glyph (no outline) stays empty: only its advance differs.
    }
    // The loca's final entry: the end of glyf.
    loca.extend_from_slice(&(glyf.len() as u32).to_be_bytes());

    let head = {
        let mut t = table(font, b"head")?.to_vec();
        t.get_mut(8..12)?.copy_from_slice(&[0; 4]);
        t.get_mut(50..52)?.copy_from_slice(&1u16.to_be_bytes());
        t
    };
    let hhea = {
        let mut t = table(font, b"hhea")?.to_vec();
        t.get_mut(10..12)?
            .copy_from_slice(&max_advance.to_be_bytes());
        t.get_mut(34..36)?
            .copy_from_slice(&(total as u16).to_be_bytes());
        t
    };
    let maxp = {
        let mut t = table(font, b"maxp")?.to_vec();
        t.get_mut(4..6)?
            .copy_from_slice(&(total as u16).to_be_bytes());
        if t.len() >= 32 {
            // Version 1.0: the composites hold one component, one level deeper.
            let get = |t: &[u8], at| u16_at(t, at).unwrap_or(0);
            let points = get(&t, 6).max(get(&t, 10));
            let contours = get(&t, 8).max(get(&t, 12));
            let elements = get(&t, 28).max(1);
            let depth = get(&t, 30).saturating_add(1);
            t[10..12].copy_from_slice(&points.to_be_bytes());
            t[12..14].copy_from_slice(&contours.to_be_bytes());
            t[28..30].copy_from_slice(&elements.to_be_bytes());
            t[30..32].copy_from_slice(&depth.to_be_bytes());
        }
        t
    };
    // post 3.0: no glyph names (version 2.0 names every glyph by index).
    let post = {
        let mut t = table(font, b"post")?.get(..32)?.to_vec();
        t[0..4].copy_from_slice(&0x0003_0000u32.to_be_bytes());
        t
    };

    // Tables whose size follows the glyph count, and the layout tables: drawing needs
    // none of them (the text is shaped already).
    const DROPPED: [&[u8; 4]; 14] = [
        b"vhea", b"vmtx", b"hdmx", b"LTSH", b"VDMX", b"DSIG", b"gvar", b"HVAR", b"VVAR",
        b"GSUB", b"GPOS", b"GDEF", b"BASE", b"JSTF",
    ];
    let mut tables: Vec<([u8; 4], Vec<u8>)> = Vec::new();
    for record in font.table_directory.table_records() {
        let tag = record.tag().to_be_bytes();
        if DROPPED.contains(&&tag) {
            continue;
        }
        let data = match &tag {
            b"glyf" => std::mem::take(&mut glyf),
            b"loca" => std::mem::take(&mut loca),
            b"hmtx" => std::mem::take(&mut hmtx),
            b"head" => head.clone(),
            b"hhea" => hhea.clone(),
            b"maxp" => maxp.clone(),
            b"post" => post.clone(),
            _ => table(font, &tag)?.to_vec(),
        };
        tables.push((tag, data));
    }
    tables.sort_by_key(|t| t.0);
    Some(sfnt(font.table_directory.sfnt_version(), &tables))
}

/// An OpenType file of `tables` (sorted by tag), with checksums and the head's
/// `checkSumAdjustment`.
fn sfnt(version: u32, tables: &[([u8; 4], Vec<u8>)]) -> Vec<u8> {
    fn checksum(data: &[u8]) -> u32 {
        data.chunks(4).fold(0u32, |sum, c| {
            let mut w = [0u8; 4];
            w[..c.len()].copy_from_slice(c);
            sum.wrapping_add(u32::from_be_bytes(w))
        })
    }
    let n = tables.len() as u16;
    let pow = if n == 0 {
        0
    } else {
        15 - n.leading_zeros() as u16
    };
    let search = 16u16 << pow;
    let mut out = Vec::new();
    out.extend_from_slice(&version.to_be_bytes());
    out.extend_from_slice(&n.to_be_bytes());
    out.extend_from_slice(&search.to_be_bytes());
    out.extend_from_slice(&pow.to_be_bytes());
    out.extend_from_slice(&(n * 16 - search).to_be_bytes());
    let mut offset = 12 + 16 * tables.len();
    let mut head_at = None;
    for (tag, data) in tables {
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(data).to_be_bytes());
        out.extend_from_slice(&(offset as u32).to_be_bytes());
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        if tag == b"head" {
            head_at = Some(offset);
        }
        offset += data.len().next_multiple_of(4);
    }
    for (_, data) in tables {
        out.extend_from_slice(data);
        out.resize(out.len().next_multiple_of(4), 0);
    }
    if let Some(at) = head_at {
        let adjust = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
        out[at + 8..at + 12].copy_from_slice(&adjust.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustybuzz::ttf_parser;

    fn font_file(name: &str) -> Vec<u8> {
        std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(name))
            .unwrap()
    }

    /// A widened copy keeps every glyph as it was and adds composites that draw the
    /// original's outline with the wider advance; every parser we use reads it.
    #[test]
    fn a_widened_copy_draws_the_same_glyph_with_its_new_advance() {
        let data = font_file("fonts/NotoSerif-Regular.ttf");
        let font = FontRef::new(&data).unwrap();
        let m = Metrics::read(&font).unwrap();
        let orig = ttf_parser::Face::parse(&data, 0).unwrap();
        let four = orig.glyph_index('4').unwrap();
        let space = orig.glyph_index(' ').unwrap();
        let natural = orig.glyph_hor_advance(four).unwrap();
        let mut map = BTreeMap::new();
        map.insert((four.0, i32::from(natural) + 250), 0);
        map.insert((space.0, 900), 0);
        let e_acute = orig.glyph_index('é').unwrap();
        let used = [four.0, space.0, e_acute.0, orig.number_of_glyphs() - 1];
        let copy = copy_with_variants(&font, &m, &mut map, &used).unwrap();

        let face = ttf_parser::Face::parse(&copy, 0).unwrap();
        let n = orig.number_of_glyphs();
        assert_eq!(face.number_of_glyphs(), n + 2);
        let wide = ttf_parser::GlyphId(map[&(four.0, i32::from(natural) + 250)]);
        let blank_id = map[&(space.0, 900)];
        // Numbered after the original glyphs, in (glyph, advance) order.
        assert_eq!((blank_id, wide.0), (n, n + 1));
        assert_eq!(face.glyph_hor_advance(wide), Some(natural + 250));
        assert_eq!(
            face.glyph_bounding_box(wide),
            orig.glyph_bounding_box(four),
            "the composite draws the original outline in place"
        );
        let blank = ttf_parser::GlyphId(blank_id);
        assert_eq!(face.glyph_hor_advance(blank), Some(900));
        assert_eq!(face.glyph_bounding_box(blank), None);
        // The original glyphs are untouched.
        for g in [four, space, ttf_parser::GlyphId(n - 1)] {
            assert_eq!(face.glyph_hor_advance(g), orig.glyph_hor_advance(g));
            assert_eq!(face.glyph_bounding_box(g), orig.glyph_bounding_box(g));
        }
        assert_eq!(face.glyph_index('4'), Some(four));
        // A used composite keeps its components; an unused glyph keeps only its advance.
        assert!(components(glyph_data(&data, e_acute.0)).len() >= 2);
        assert_eq!(
            face.glyph_bounding_box(e_acute),
            orig.glyph_bounding_box(e_acute)
        );
        let a = orig.glyph_index('A').unwrap();
        assert!(orig.glyph_bounding_box(a).is_some());
        assert_eq!(face.glyph_bounding_box(a), None);
        assert_eq!(face.glyph_hor_advance(a), orig.glyph_hor_advance(a));
        // read-fonts (the PDF writer's parser) and the PDF writer itself accept it.
        assert!(FontRef::new(&copy).is_ok_and(|f| Metrics::read(&f).is_some()));
        assert!(krilla::text::Font::new(Arc::new(copy).into(), 0).is_some());
    }

    /// Every Han–Latin gap and stretched Han glyph of the Chinese edition is drawn with a
    /// copy whose advance is the glyph's whole set width: no gap is left for an extractor
    /// to read as a space.
    #[test]
    fn every_gap_of_the_chinese_edition_is_inside_a_glyph_width() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let project = crate::project::Project::load(root).unwrap();
        let report = crate::l10n::resolve(&project, "zh-CN").unwrap().output;
        let (style, book) = crate::layout::testing::setup();
        let doc = crate::layout::layout(&report, style, book).unwrap().output;
        let widened = widen(&doc, book);
        let mut covered = 0;
        for seg in doc
            .pages
            .iter()
            .flat_map(|p| &p.items)
            .flat_map(|i| &i.line.segments)
        {
            let data = book.face(seg.face).data().unwrap();
            let orig = ttf_parser::Face::parse(data, 0).unwrap();
            let upem = f32::from(orig.units_per_em());
            for g in &seg.glyphs {
                let natural = orig.glyph_hor_advance(ttf_parser::GlyphId(g.id)).unwrap();
                let extra = g.advance / seg.size - f32::from(natural) / upem;
                if extra <= 0.06 || seg.text[g.text.clone()].trim().is_empty() {
                    continue;
                }
                let w = widened[seg.face].as_ref().expect("a widened copy");
                let id = w.glyph(g.id, g.advance, seg.size);
                assert_ne!(
                    id,
                    g.id,
                    "{:?} in {:?}",
                    &seg.text[g.text.clone()],
                    seg.text
                );
                let copy = ttf_parser::Face::parse(&w.data, 0).unwrap();
                let adv = copy.glyph_hor_advance(ttf_parser::GlyphId(id)).unwrap();
                let drawn = f32::from(adv) / upem * seg.size;
                assert!((drawn - g.advance).abs() < 0.01, "{drawn} vs {}", g.advance);
                covered += 1;
            }
        }
        assert!(covered > 300, "only {covered} gaps");
    }

    /// The `glyf` bytes of glyph `g` of a font file.
    fn glyph_data(data: &[u8], g: u16) -> &[u8] {
        let font = FontRef::new(data).unwrap();
        let m = Metrics::read(&font).unwrap();
        let range = m.outline(usize::from(g)).unwrap();
        &table(&font, b"glyf").unwrap()[range]
    }

    #[test]
    fn an_sfnt_has_a_valid_directory_and_checksum() {
        let tables = vec![(*b"head", vec![0u8; 54]), (*b"name", vec![1, 2, 3])];
        let out = sfnt(0x0001_0000, &tables);
        assert_eq!(&out[4..6], &[0, 2]);
        // The whole file sums to the magic number once the adjustment is in.
        let sum = out.chunks(4).fold(0u32, |s, c| {
            let mut w = [0u8; 4];
            w[..c.len()].copy_from_slice(c);
            s.wrapping_add(u32::from_be_bytes(w))
        });
        assert_eq!(sum, 0xB1B0_AFBA);
    }
}
