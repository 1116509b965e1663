//! Shape: each run through rustybuzz (kerning, ligatures, Arabic joining, marks, the
//! locale's `locl` forms), keeping glyph advances and offsets in points.

use rustc_hash::FxHashMap;
use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock};

use rustybuzz::{Direction, Feature, Language, Script, ShapePlan, UnicodeBuffer};

use super::itemize::Paragraph;
use crate::fonts::{FaceId, FontBook};
use crate::lang::ScriptClass;

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

/// Shaped words (font units) by plan and text, shared by the shapers of one build's
/// threads: each distinct word is shaped once (see [`Shaper::shape_text`]). Which thread
/// shapes a word first does not matter: shaping is a pure function of the key.
#[derive(Default)]
pub struct WordCache(Mutex<FxHashMap<PlanKey, Words>>);

/// The shaped words of one plan, by their text.
type Words = FxHashMap<Box<str>, Arc<[UnitGlyph]>>;

/// rustybuzz faces borrowed from a [`FontBook`], each parsed on first use, shared by
/// every thread that shapes with this shaper.
pub struct Shaper<'a> {
    book: &'a FontBook,
    faces: Vec<OnceLock<rustybuzz::Face<'a>>>,
    language: Option<Language>,
    /// Shape plans by face, direction and script: building a plan (collecting the
    /// lookups of every feature) costs more than shaping a paragraph with it.
    plans: Mutex<FxHashMap<PlanKey, Arc<ShapePlan>>>,
    /// Shaped words, shared with the build's other shapers.
    words: Arc<WordCache>,
}

impl<'a> Shaper<'a> {
    /// A shaper over `book` for text in the BCP 47 language `lang`, sharing `words`.
    pub fn new(book: &'a FontBook, lang: &str, words: Arc<WordCache>) -> Self {
        Shaper {
            book,
            faces: (0..book.faces().len()).map(|_| OnceLock::new()).collect(),
            language: lang.parse().ok(),
            plans: Mutex::default(),
            words,
        }
    }

    /// The rustybuzz face of a book face, parsed on this shaper's first use of it (by
    /// any thread).
    fn face(&self, id: FaceId) -> &rustybuzz::Face<'a> {
        let book = self.book;
        self.faces[id].get_or_init(|| {
            // Itemizing and `Typesetter::glyph` refuse a face whose bytes were not
            // loaded, so every face reaching the shaper has them.
            let data = book
                .face(id)
                .data()
                .expect("itemize checked the face is loaded");
            rustybuzz::Face::from_slice(data.as_slice(), 0)
                .expect("the font book parsed every face with ttf-parser when loading")
        })
    }

    /// The word cache, to share with another shaper.
    pub fn words(&self) -> Arc<WordCache> {
        self.words.clone()
    }

    /// The advance (pt) of `c` alone in `face` at `size`, for hyphens and leaders.
    pub fn advance_of(&self, face: FaceId, c: char, size: f32) -> (u16, f32) {
        let f = self.face(face);
        let gid = f.glyph_index(c).map_or(0, |g| g.0);
        let adv = f
            .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(gid))
            .unwrap_or(0);
        (
            gid,
            f32::from(adv) * size / f32::from(f.units_per_em() as u16),
        )
    }

    /// Shapes every run of a paragraph at `size` points.
    pub fn shape(&self, par: &Paragraph, size: f32) -> Vec<ShapedRun> {
        par.runs
            .iter()
            .map(|run| {
                let text = &par.text[run.range.clone()];
                let glyphs =
                    self.shape_text(text, run.face, run.level % 2 == 1, run.script, size);
                ShapedRun {
                    range: run.range.clone(),
                    level: run.level,
                    face: run.face,
                    size,
                    glyphs: glyphs
                        .into_iter()
                        .map(|g| Glyph {
                            cluster: run.range.start + g.cluster,
                            ..g
                        })
                        .collect(),
                }
            })
            .collect()
    }

    /// Shapes one run's text (clusters relative to it), glyphs in visual order.
    ///
    /// Text of spaced scripts is shaped word by word through a cache: a report repeats
    /// its words, and nothing a face does (ligatures, kerning, Arabic joining, marks)
    /// reaches across a space in the faces we ship (`tests` compare both ways on every
    /// locale's text). Han text has no spaces and `chws` spans its punctuation, so each
    /// run is shaped whole.
    fn shape_text(
        &self,
        text: &str,
        face_id: FaceId,
        rtl: bool,
        class: ScriptClass,
        size: f32,
    ) -> Vec<Glyph> {
        let face = self.face(face_id);
        let scale = size / f32::from(face.units_per_em() as u16);
        let han = class == ScriptClass::Han;
        if han {
            let buf = self.buffer(text, rtl, None);
            let plan = self.plan(face, (face_id, rtl, han, buf.script()));
            let out = rustybuzz::shape_with_plan(face, &plan, buf);
            return unit_glyphs(&out, face, text)
                .map(|g| g.scaled(0, scale))
                .collect();
        }
        // The script rustybuzz guesses for the whole run applies to each of its words.
        let script = self.guess_script(text, rtl);
        let plan = self.plan(face, (face_id, rtl, han, script));
        let mut glyphs = Vec::with_capacity(text.len());
        let key = (face_id, rtl, han, script);
        let mut segments = word_segments(text);
        // Right-to-left glyphs come in visual order: the last word first.
        if rtl {
            segments.reverse();
        }
        for (start, end) in segments {
            let word = &text[start..end];
            let cached = self.words.get(key, word);
            let unit = match cached {
                Some(unit) => unit,
                None => {
                    // Shaped outside the lock; another thread may do the same word at
                    // the same time, with the same result.
                    let buf = self.buffer(word, rtl, Some(script));
                    let out = rustybuzz::shape_with_plan(face, &plan, buf);
                    let unit = unit_glyphs(&out, face, word).collect();
                    self.words.insert(key, word, unit)
                }
            };
            glyphs.extend(unit.iter().map(|g| g.scaled(start, scale)));
        }
        glyphs
    }

    /// The script rustybuzz guesses for `text` (that of its first character of a script
    /// other than Common, Inherited and Unknown), guessed from the text up to and
    /// including the first such character as `unicode-script` (whose tables rustybuzz
    /// reads) sees it, rather than from a buffer of the whole run; from the whole run
    /// when that prefix leaves the script unknown. Either way it is the whole run's
    /// guess: the guess stops at the first character it knows.
    fn guess_script(&self, text: &str, rtl: bool) -> Script {
        use unicode_script::{Script as Us, UnicodeScript};
        let known = text
            .char_indices()
            .find(|(_, c)| {
                !matches!(c.script(), Us::Common | Us::Inherited | Us::Unknown)
            })
            .map(|(i, c)| i + c.len_utf8());
        if let Some(end) = known.filter(|&end| end < text.len()) {
            let script = self.buffer(&text[..end], rtl, None).script();
            if script != rustybuzz::script::UNKNOWN {
                return script;
            }
        }
        self.buffer(text, rtl, None).script()
    }

    /// A buffer holding `text` in the paragraph's language and the run's direction, its
    /// script given or guessed.
    fn buffer(&self, text: &str, rtl: bool, script: Option<Script>) -> UnicodeBuffer {
        let mut buf = UnicodeBuffer::new();
        buf.push_str(text);
        buf.set_direction(if rtl {
            Direction::RightToLeft
        } else {
            Direction::LeftToRight
        });
        if let Some(l) = &self.language {
            buf.set_language(l.clone());
        }
        match script {
            Some(s) => buf.set_script(s),
            None => buf.guess_segment_properties(),
        }
        buf
    }

    /// The shape plan for a face, direction, Han features and script (built once).
    fn plan(&self, face: &rustybuzz::Face<'a>, key: PlanKey) -> Arc<ShapePlan> {
        let (_, rtl, han, script) = key;
        // `chws` compresses adjacent full-width punctuation to 1.5 em (CLREQ
        // "adjustment of adjacent punctuation marks").
        let features: &[Feature] = if han {
            &[Feature::new(
                rustybuzz::ttf_parser::Tag::from_bytes(b"chws"),
                1,
                ..,
            )]
        } else {
            &[]
        };
        // A panic while holding the lock cannot leave a half-inserted plan.
        self.plans
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .entry(key)
            .or_insert_with(|| {
                Arc::new(ShapePlan::new(
                    face,
                    if rtl {
                        Direction::RightToLeft
                    } else {
                        Direction::LeftToRight
                    },
                    Some(script),
                    self.language.as_ref(),
                    features,
                ))
            })
            .clone()
    }
}

impl WordCache {
    fn lock(&self) -> std::sync::MutexGuard<'_, FxHashMap<PlanKey, Words>> {
        // A panic while holding the lock cannot leave a half-inserted entry.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn get(&self, key: PlanKey, word: &str) -> Option<Arc<[UnitGlyph]>> {
        self.lock().get(&key).and_then(|m| m.get(word)).cloned()
    }

    fn insert(
        &self,
        key: PlanKey,
        word: &str,
        glyphs: Arc<[UnitGlyph]>,
    ) -> Arc<[UnitGlyph]> {
        self.lock()
            .entry(key)
            .or_default()
            .entry(word.into())
            .or_insert(glyphs)
            .clone()
    }
}

/// A glyph in font units, its cluster relative to the text shaped.
#[derive(Clone, Copy, Debug)]
struct UnitGlyph {
    id: u16,
    cluster: u32,
    x_advance: i32,
    x_offset: i32,
    y_offset: i32,
}

impl UnitGlyph {
    /// In points at `scale` (points per unit), its cluster moved by `offset` bytes.
    fn scaled(&self, offset: usize, scale: f32) -> Glyph {
        Glyph {
            id: self.id,
            cluster: offset + self.cluster as usize,
            advance: self.x_advance as f32 * scale,
            x_offset: self.x_offset as f32 * scale,
            y_offset: self.y_offset as f32 * scale,
        }
    }
}

/// The glyphs of a shaped `text` in font units.
///
/// A joiner (ZWNJ, ZWJ) is drawn with the face's own glyph for it when it has one.
/// rustybuzz, like HarfBuzz, hides default-ignorable characters by drawing them with the
/// space glyph at zero advance; but the PDF's ToUnicode map gives each glyph one text, so
/// the space glyph would stand for U+0020 in one place and U+200C in another, and viewers
/// that read only ToUnicode (MuPDF) would join the words of a Persian line with ZWNJs.
/// The face's joiner glyph (Vazirmatn's is empty and zero-wide too) keeps the two apart.
fn unit_glyphs<'b>(
    out: &'b rustybuzz::GlyphBuffer,
    face: &'b rustybuzz::Face<'_>,
    text: &'b str,
) -> impl Iterator<Item = UnitGlyph> + 'b {
    out.glyph_infos()
        .iter()
        .zip(out.glyph_positions())
        .map(move |(info, pos)| {
            let mut id = info.glyph_id as u16;
            let c = text
                .get(info.cluster as usize..)
                .and_then(|t| t.chars().next());
            if let Some(c @ ('\u{200C}' | '\u{200D}')) = c {
                if let Some(own) = face.glyph_index(c).filter(|g| g.0 != 0) {
                    id = own.0;
                }
            }
            UnitGlyph {
                id,
                cluster: info.cluster,
                x_advance: pos.x_advance,
                x_offset: pos.x_offset,
                y_offset: pos.y_offset,
            }
        })
}

/// Byte ranges of `text` cut at the edges of each run of U+0020 spaces: words and the
/// spaces between them, in logical order.
fn word_segments(text: &str) -> Vec<(usize, usize)> {
    let mut segments = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in 1..bytes.len() {
        if (bytes[i] == b' ') != (bytes[i - 1] == b' ') {
            segments.push((start, i));
            start = i;
        }
    }
    if start < text.len() {
        segments.push((start, text.len()));
    }
    segments
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::path::Path;

    use super::*;
    use crate::doc::StyledText;
    use crate::layout::testing::typesetter;
    use crate::layout::{itemize, Origin};
    use crate::project::Project;

    /// Every run shaped whole, as rustybuzz sees it without the word cache.
    fn shape_whole(shaper: &Shaper<'_>, par: &Paragraph, size: f32) -> Vec<Vec<Glyph>> {
        par.runs
            .iter()
            .map(|run| {
                let face = shaper.face(run.face);
                let rtl = run.level % 2 == 1;
                let buf = shaper.buffer(&par.text[run.range.clone()], rtl, None);
                let han = run.script == ScriptClass::Han;
                let plan = shaper.plan(face, (run.face, rtl, han, buf.script()));
                let text = &par.text[run.range.clone()];
                let out = rustybuzz::shape_with_plan(face, &plan, buf);
                let scale = size / f32::from(face.units_per_em() as u16);
                unit_glyphs(&out, face, text)
                    .map(|g| g.scaled(run.range.start, scale))
                    .collect()
            })
            .collect()
    }

    /// The word cache must not change a single glyph: every block of every locale of the
    /// report, in each style, shapes the same word by word as run by run.
    #[test]
    fn word_cache_shapes_like_whole_runs_in_every_locale() {
        let project = Project::load(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
        let mut runs_compared = 0;
        for tag in &project.available {
            let report = crate::l10n::resolve(&project, tag).unwrap().output;
            let ts = typesetter(tag);
            let doc = &report.doc;
            let texts = doc.body_texts().into_iter().map(|(_, t)| t);
            for block in texts.chain(&doc.toc.title) {
                for (bold, italic) in [(false, false), (true, false), (false, true)] {
                    let mut text = block.content.clone();
                    for r in &mut text.runs {
                        r.style.bold |= bold;
                        r.style.italic |= italic;
                    }
                    let origin = Origin {
                        locale: tag,
                        id: Some(&block.id),
                    };
                    let par = itemize(&text, ts.rtl, ts.class, ts.book, origin).unwrap();
                    let shaper = ts.shaper_for_tests();
                    let cached = shaper.shape(&par, 10.0);
                    let whole = shape_whole(shaper, &par, 10.0);
                    for (c, w) in cached.iter().zip(&whole) {
                        assert_eq!(&c.glyphs, w, "{tag} {}: {}", block.id, par.text);
                        runs_compared += 1;
                    }
                }
            }
        }
        assert!(runs_compared > 3000, "only {runs_compared} runs compared");
    }

    /// Each glyph of a Persian line stands for one kind of character: the space glyph
    /// only for spaces, the joiner glyph only for ZWNJ (the PDF's ToUnicode map gives a
    /// glyph one text; a shared glyph made MuPDF read every space as ZWNJ).
    #[test]
    fn space_and_zwnj_are_distinct_glyphs_in_persian() {
        let ts = typesetter("fa");
        let text = StyledText::plain("خانه\u{200C}ها و کتاب\u{200C}ها");
        let origin = Origin {
            locale: "fa",
            id: None,
        };
        let par = itemize(&text, ts.rtl, ts.class, ts.book, origin).unwrap();
        let runs = ts.shaper_for_tests().shape(&par, 10.0);
        let mut by_glyph: HashMap<u16, Vec<char>> = HashMap::new();
        for run in &runs {
            for g in &run.glyphs {
                let c = par.text[g.cluster..].chars().next().unwrap();
                if matches!(c, ' ' | '\u{200C}') {
                    let seen = by_glyph.entry(g.id).or_default();
                    if !seen.contains(&c) {
                        seen.push(c);
                    }
                }
            }
        }
        assert_eq!(by_glyph.len(), 2, "{by_glyph:?}");
        assert!(by_glyph.values().all(|cs| cs.len() == 1), "{by_glyph:?}");
        // The joiner stays zero-wide.
        for run in &runs {
            for g in &run.glyphs {
                if par.text[g.cluster..].starts_with('\u{200C}') {
                    assert_eq!(g.advance, 0.0);
                }
            }
        }
    }

    /// The script guessed from a run's first known character is the one rustybuzz
    /// guesses from the whole run: after punctuation and digits, between two scripts,
    /// and with no known character at all.
    #[test]
    fn script_guessed_from_a_prefix_is_the_whole_runs() {
        let ts = typesetter("en");
        let shaper = ts.shaper_for_tests();
        let texts = [
            "Hello, world",
            "\u{201C}2024\u{201D} — the year",
            "١٢٣ سلام world",
            "(Қазақстан) and more",
            "2024 — 15 %",
            "",
            "\u{0301}a",
            "x",
        ];
        for text in texts {
            for rtl in [false, true] {
                assert_eq!(
                    shaper.guess_script(text, rtl),
                    shaper.buffer(text, rtl, None).script(),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn word_segments_split_at_space_runs() {
        let cut = |t: &str| -> Vec<String> {
            word_segments(t)
                .into_iter()
                .map(|(s, e)| t[s..e].to_string())
                .collect()
        };
        assert_eq!(cut("ab  c d"), ["ab", "  ", "c", " ", "d"]);
        assert_eq!(cut(" ä "), [" ", "ä", " "]);
        assert_eq!(cut("x"), ["x"]);
        assert!(cut("").is_empty());
    }
}
