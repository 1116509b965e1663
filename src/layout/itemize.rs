//! Itemize: a paragraph's styled text into runs of one bidi level, script class and
//! font face.
//!
//! The text is normalised first (source line breaks become spaces, or vanish between
//! Chinese characters). Bidi levels come from UAX #9 (`unicode-bidi`) with the
//! paragraph direction of the locale; Fluent's isolation marks take part in the
//! algorithm and are then left out of every run (they are never drawn). Each character
//! takes the first face of its script's stack that covers it (Latin inside Persian: the
//! Persian stack, [`FontBook::setting_class`]), then any other face; a character no face
//! covers is an error naming it.

use std::ops::Range;

use unicode_bidi::{BidiInfo, Level};
use unicode_script::{Script, UnicodeScript};

use crate::diag::{Code, DiagResult, Diagnostic};
use crate::doc::{Style as TextStyle, StyledText};

use crate::fonts::{FaceId, FontBook};
use crate::lang::script::{is_bidi_control, never_drawn};
use crate::lang::ScriptClass;

/// One run: a stretch of the paragraph text set with one face at one bidi level.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    /// Byte range in [`Paragraph::text`].
    pub range: Range<usize>,
    /// Bidi embedding level (odd = right to left).
    pub level: u8,
    /// Script class (picks the stack; Han runs get CJK spacing).
    pub script: ScriptClass,
    /// The face.
    pub face: FaceId,
    /// Italic/bold from the markup.
    pub style: TextStyle,
}

/// A paragraph, itemized.
#[derive(Clone, Debug)]
pub struct Paragraph {
    /// The normalised text (bidi controls still in, but outside every run).
    pub text: String,
    /// Whether the paragraph direction is right to left.
    pub rtl: bool,
    /// The runs in logical order; gaps between them are bidi controls.
    pub runs: Vec<Run>,
    /// Script class of each character of `text`, in order.
    pub classes: Vec<ScriptClass>,
    /// Characters of a strong script set in a face outside the stack that sets them
    /// (found only in the book's fallback order: a face of another script), by byte
    /// offset in `text`, with that face.
    pub borrowed: Vec<(usize, char, FaceId)>,
}

/// Where a paragraph comes from, for error messages.
#[derive(Clone, Copy, Debug)]
pub struct Origin<'a> {
    /// The locale tag.
    pub locale: &'a str,
    /// The message ID, when the text is a message.
    pub id: Option<&'a str>,
}

/// Characters that take the face of their neighbour (joiners, variation selectors).
fn is_attached(c: char) -> bool {
    matches!(
        c,
        '\u{200C}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}' | '\u{034F}'
    )
}

/// The Hangul fillers and the shorthand format controls: never drawn in our sense, but
/// not hidden by shapers (HarfBuzz, and rustybuzz after it, draw them with the font's
/// glyph, as Uniscribe did).
fn is_hangul_filler(c: char) -> bool {
    matches!(
        c,
        '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' | '\u{1BCA0}'..='\u{1BCA3}'
    )
}

/// The script class of a character, `None` when it takes its neighbours' (punctuation,
/// spaces, most symbols).
pub fn class_of(c: char) -> Option<ScriptClass> {
    // CJK symbols and punctuation and the full-width forms are "Common" in Unicode,
    // but must be set in the Chinese face: they are full-width and their ink sits where
    // CLREQ expects it.
    if matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FF60}' | '\u{FE30}'..='\u{FE4F}')
    {
        return Some(ScriptClass::Han);
    }
    // Latin letters and digits keep the Latin face inside Chinese text (an acronym or
    // a year is set in the text face, with Han–Latin spacing around it).
    if c.is_ascii_alphanumeric() {
        return Some(ScriptClass::Latin);
    }
    match c.script() {
        Script::Han | Script::Hiragana | Script::Katakana | Script::Bopomofo => {
            Some(ScriptClass::Han)
        }
        Script::Arabic => Some(ScriptClass::Arabic),
        Script::Common | Script::Inherited | Script::Unknown => None,
        _ => Some(ScriptClass::Latin),
    }
}

/// Joins styled runs into one string with whitespace normalised: source line breaks and
/// tabs become a single space (none at all between two Chinese characters, where a
/// space would show), runs of spaces collapse, and both ends are trimmed.
fn normalise(text: &StyledText) -> (String, Vec<(Range<usize>, TextStyle)>) {
    let chars: Vec<(char, TextStyle)> = text
        .runs
        .iter()
        .flat_map(|r| r.text.chars().map(move |c| (c, r.style)))
        .filter(|(c, _)| *c != '\u{00AD}' && *c != '\r')
        .collect();
    let mut out = String::with_capacity(chars.len());
    let mut styles: Vec<(Range<usize>, TextStyle)> = Vec::new();
    let mut i = 0;
    let push = |out: &mut String, styles: &mut Vec<(Range<usize>, TextStyle)>, c, st| {
        let start = out.len();
        out.push(c);
        match styles.last_mut() {
            Some((r, s)) if *s == st && r.end == start => r.end = out.len(),
            _ => styles.push((start..out.len(), st)),
        }
    };
    while i < chars.len() {
        let (c, st) = chars[i];
        if matches!(c, ' ' | '\n' | '\t') {
            let mut j = i;
            let mut newline = false;
            while j < chars.len() && matches!(chars[j].0, ' ' | '\n' | '\t') {
                newline |= chars[j].0 == '\n';
                j += 1;
            }
            let prev = out.chars().last();
            let next = chars.get(j).map(|x| x.0);
            let han = |c: Option<char>| c.and_then(class_of) == Some(ScriptClass::Han);
            let drop =
                prev.is_none() || next.is_none() || (newline && han(prev) && han(next));
            if !drop {
                push(&mut out, &mut styles, ' ', st);
            }
            i = j;
        } else {
            push(&mut out, &mut styles, c, st);
            i += 1;
        }
    }
    (out, styles)
}

/// Splits a paragraph into runs. `default` is the locale's script class, used for
/// text with no strong script at all (a line of digits).
pub fn itemize(
    text: &StyledText,
    rtl: bool,
    default: ScriptClass,
    book: &FontBook,
    origin: Origin<'_>,
) -> DiagResult<Paragraph> {
    let (text, styles) = normalise(text);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let levels = levels(&text, &chars, rtl);

    // Script class per character: strong classes as they are, the rest inherit from the
    // previous strong character, else the next, else the locale's.
    let strong: Vec<Option<ScriptClass>> =
        chars.iter().map(|&(_, c)| class_of(c)).collect();
    let mut classes = vec![default; chars.len()];
    let mut last = None;
    for (i, s) in strong.iter().enumerate() {
        if s.is_some() {
            last = *s;
        }
        classes[i] = last.unwrap_or(default);
    }
    if let Some(first) = strong.iter().position(Option::is_some) {
        for c in &mut classes[..first] {
            *c = strong[first].unwrap_or(default);
        }
    }

    // The class of the text as a whole, whose stack may set the Latin inside it
    // (`FontBook::setting_class`): the locale's when the paragraph has any of its
    // script, else its first strong script (a paragraph that fell back to the source).
    let text_class = if strong.contains(&Some(default)) {
        default
    } else {
        strong.iter().flatten().next().copied().unwrap_or(default)
    };
    let mut errors = Vec::new();
    let mut missing: Vec<char> = Vec::new();
    let mut runs: Vec<Run> = Vec::new();
    let mut style_i = 0;
    let mut prev_face: Option<FaceId> = None;
    let mut borrowed = Vec::new();
    for (i, &(at, c)) in chars.iter().enumerate() {
        if is_bidi_control(c) {
            continue;
        }
        while styles[style_i].0.end <= at {
            style_i += 1;
        }
        let style = styles[style_i].1;
        let class = classes[i];
        let stack = book.setting_class(text_class, class);
        let face = if is_attached(c) {
            prev_face.unwrap_or(book.stack(stack, style)[0])
        } else {
            match pick(book, stack, style, c, prev_face, strong[i].is_none()) {
                Some(f) => f,
                // A character never drawn that no face has: nothing to show (the HTML
                // and `check` skip it alike). One the shaper hides (a default
                // ignorable: a Mongolian separator, a tag, a variation selector) stays
                // in its neighbour's run and face, so a Persian word it stands in still
                // joins (it is a format character, transparent to joining); the Hangul
                // fillers, which shapers draw as spacing glyphs (HarfBuzz does not
                // hide them), are left out of every run, as a bidi control.
                None if never_drawn(c) && !is_hangul_filler(c) => {
                    prev_face.unwrap_or(book.stack(stack, style)[0])
                }
                None if never_drawn(c) => continue,
                None => {
                    if !missing.contains(&c) {
                        missing.push(c);
                    }
                    book.stack(stack, style)[0]
                }
            }
        };
        prev_face = Some(face);
        if strong[i].is_some()
            && !is_attached(c)
            && borrowed_face(book, stack, style, face)
        {
            borrowed.push((at, c, face));
        }
        let level = levels[i];
        let end = at + c.len_utf8();
        match runs.last_mut() {
            Some(r)
                if r.range.end == at
                    && r.face == face
                    && r.level == level
                    && r.script == class
                    && r.style == style =>
            {
                r.range.end = end;
            }
            _ => runs.push(Run {
                range: at..end,
                level,
                script: class,
                face,
                style,
            }),
        }
    }
    for c in missing {
        let what = match origin.id {
            Some(id) => format!("message `{id}`"),
            None => "generated text".to_string(),
        };
        let mut d = Diagnostic::error(
            Code::MissingGlyph,
            format!(
                "no font covers `{c}` (U+{:04X}) in {what} of locale `{}`",
                c as u32, origin.locale
            ),
        )
        .locale(origin.locale)
        .hint(
            "replace the character, or add a face that covers it to a stack in \
             templates/style.toml",
        );
        if let Some(id) = origin.id {
            d = d.id(id);
        }
        errors.push(d);
    }
    // A face the build did not load (it computed it never draws from it) is an error,
    // never a panic in the shaper.
    let mut unloaded: Vec<FaceId> = Vec::new();
    for r in &runs {
        if let Err(d) = book.face(r.face).data() {
            if !unloaded.contains(&r.face) {
                unloaded.push(r.face);
                errors.push(d);
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Paragraph {
        text,
        rtl,
        runs,
        classes,
        borrowed,
    })
}

/// The bidi embedding level of each of `chars` (those of `text`) by UAX #9 with the
/// paragraph direction given, as `unicode-bidi` resolves them. A left-to-right
/// paragraph whose characters are all left-to-right or neutral — no R, AL or AN, no
/// embedding, override or pop, nothing rule X9 removes, no paragraph separator — and
/// whose only explicit marks are isolates (Fluent's FSI and PDI around each placeable)
/// is not run through the algorithm: every character resolves to L, so each stands at
/// the level of the isolates it is inside (two per isolate; an initiator and its PDI at
/// the level outside). That is most paragraphs of the English edition (those with a
/// tie's word joiner, a BN character, still go through it).
fn levels(text: &str, chars: &[(usize, char)], rtl: bool) -> Vec<u8> {
    if !rtl {
        if let Some(levels) = ltr_levels(chars) {
            return levels;
        }
    }
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    let bidi = BidiInfo::new(text, Some(base));
    chars
        .iter()
        .map(|&(at, _)| bidi.levels[at].number())
        .collect()
}

/// Isolates nested deeper than this are left to `unicode-bidi` (UAX #9 stops raising
/// levels at 125).
const MAX_ISOLATES: u8 = 60;

/// [`levels`] of a left-to-right paragraph of left-to-right and neutral characters and
/// isolates; `None` for any other paragraph.
fn ltr_levels(chars: &[(usize, char)]) -> Option<Vec<u8>> {
    use unicode_bidi::BidiClass::{CS, EN, ES, ET, FSI, L, LRI, NSM, ON, PDI, S, WS};
    let mut depth = 0u8;
    let mut levels = Vec::with_capacity(chars.len());
    for &(_, c) in chars {
        // Below U+0590 (Hebrew) every printable character is L, EN, ES, ET, CS, NSM,
        // WS or ON: only the controls (B, S, BN) and the soft hyphen (BN) need a look.
        let quick = matches!(c, ' '..='~' | '\u{A0}'..='\u{AC}' | '\u{AE}'..='\u{058F}');
        let class = if quick {
            L
        } else {
            unicode_bidi::bidi_class(c)
        };
        match class {
            L | EN | ES | ET | CS | NSM | S | WS | ON => levels.push(2 * depth),
            LRI | FSI if depth < MAX_ISOLATES => {
                levels.push(2 * depth);
                depth += 1;
            }
            PDI => {
                depth = depth.saturating_sub(1);
                levels.push(2 * depth);
            }
            _ => return None,
        }
    }
    Some(levels)
}

/// Whether `face`, setting a character of the stack of `class` in `style`, is another
/// script's face: not the first face of that stack, but the first face of another
/// class's stack (in `style` or regular). A stack's further faces of its own script
/// (say, one with rarer letters) are not another script's.
fn borrowed_face(
    book: &FontBook,
    class: ScriptClass,
    style: TextStyle,
    face: FaceId,
) -> bool {
    if book.stack(class, style).first() == Some(&face) {
        return false;
    }
    ScriptClass::ALL.iter().filter(|&&k| k != class).any(|&k| {
        [style, TextStyle::default()]
            .iter()
            .any(|&s| book.stack(k, s).first() == Some(&face))
    })
}

/// The face for `c`: the previous character's face when `c` is neutral and that face
/// covers it (keeps "word, word" in one run), else the first face of the book's
/// fallback order that covers it (the stack first). `class` names the stack that sets
/// the character ([`FontBook::setting_class`]).
fn pick(
    book: &FontBook,
    class: ScriptClass,
    style: TextStyle,
    c: char,
    prev: Option<FaceId>,
    neutral: bool,
) -> Option<FaceId> {
    if neutral {
        if let Some(p) = prev {
            if book.stack(class, style).contains(&p) && book.face(p).covers(c) {
                return Some(p);
            }
        }
    }
    book.face_for(class, style, c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testing::typesetter;

    /// The face names of the runs holding `word`.
    fn faces_of(tag: &str, text: &str, word: &str) -> Vec<String> {
        let ts = typesetter(tag);
        let origin = Origin {
            locale: tag,
            id: None,
        };
        let styled = StyledText::plain(text);
        let par = itemize(&styled, ts.rtl, ts.class, ts.book, origin).unwrap();
        let at = par.text.find(word).unwrap();
        let range = at..at + word.len();
        par.runs
            .iter()
            .filter(|r| r.range.start < range.end && range.start < r.range.end)
            .map(|r| ts.book.face(r.face).name.clone())
            .collect()
    }

    /// The levels of a left-to-right paragraph without right-to-left characters are
    /// those `unicode-bidi` resolves, with isolates (nested, unmatched, marks and digits
    /// after them) and without: for every paragraph of every locale's report, and for
    /// texts made up of a mix of the characters that matter.
    #[test]
    fn ltr_levels_are_unicode_bidis() {
        let reference = |text: &str| -> Vec<u8> {
            let bidi = BidiInfo::new(text, Some(Level::ltr()));
            text.char_indices()
                .map(|(at, _)| bidi.levels[at].number())
                .collect()
        };
        let mut texts: Vec<String> = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let project = crate::project::Project::load(root).unwrap();
        for tag in &project.available {
            let report = crate::l10n::resolve(&project, tag).unwrap().output;
            for (_, t) in report.doc.body_texts() {
                texts.push(normalise(&t.content).0);
            }
        }
        // Characters of every kind the quick path decides on or leaves alone.
        let alphabet = [
            "a", "Ж", " ", "1", "٣", "+", ",", "%", "\u{2068}", "\u{2066}", "\u{2069}",
            "\u{2067}", "\u{202A}", "\u{202C}", "\u{0301}", "\u{200D}", "\u{00AD}", "\t",
            "\u{2029}", "\u{201C}", "—", "א", "ب", "\u{200E}", "\u{200F}", "中", "\u{1}",
        ];
        let mut seed = 0x2545_f491_u32;
        for _ in 0..4000 {
            let mut t = String::new();
            for _ in 0..(seed % 12) {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                t.push_str(alphabet[(seed >> 16) as usize % alphabet.len()]);
            }
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            texts.push(t);
        }
        let mut quick = 0;
        for text in &texts {
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            if let Some(quick_levels) = ltr_levels(&chars) {
                quick += 1;
                assert_eq!(quick_levels, reference(text), "{text:?}");
            }
            assert_eq!(levels(text, &chars, false), reference(text), "{text:?}");
        }
        assert!(quick > 1000, "only {quick} texts took the quick path");
    }

    /// Latin inside Persian text is set in the Persian face (the arabic stack has
    /// `own-latin`); an English paragraph in the Persian edition and Latin inside
    /// Chinese keep the Latin stack's serif.
    #[test]
    fn latin_takes_the_stack_of_the_text_that_holds_it() {
        assert_eq!(
            faces_of("fa", "همکاری در چارچوب BRI و SCO ادامه دارد", "BRI"),
            ["arabic"]
        );
        assert_eq!(faces_of("fa", "The BRI and the SCO", "BRI"), ["serif"]);
        assert_eq!(faces_of("zh-CN", "共建BRI合作", "BRI"), ["serif"]);
    }
}
