//! Scripts: the script classes that have their own font stack, and character
//! properties every stage agrees on (what is never drawn, what steers bidi).

/// The script classes with their own font stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ScriptClass {
    /// Latin, Cyrillic, Greek and everything else not below.
    Latin,
    /// Han ideographs, kana, bopomofo and CJK punctuation.
    Han,
    /// Arabic script.
    Arabic,
}

impl ScriptClass {
    /// Every class, in the order of fallback between stacks.
    pub const ALL: [ScriptClass; 3] =
        [ScriptClass::Latin, ScriptClass::Han, ScriptClass::Arabic];

    /// The class of an ISO 15924 script code (a locale's script), from the registry's
    /// [`SCRIPTS`](super::registry::SCRIPTS). A script with no row is refused before any
    /// stage runs ([`super::registry::profile`], checked by `build` and `check`), so the
    /// Latin stack here is only ever the answer for scripts that have it.
    pub fn of_script(script: &str) -> ScriptClass {
        super::registry::script_info(script).map_or(ScriptClass::Latin, |s| s.class)
    }

    /// Its name in the style (`[stacks.latin]`).
    pub fn name(self) -> &'static str {
        match self {
            ScriptClass::Latin => "latin",
            ScriptClass::Han => "han",
            ScriptClass::Arabic => "arabic",
        }
    }
}

/// Bidi formatting characters: they steer UAX #9 but are never drawn.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Characters no renderer draws, so a face that lacks them needs none: the controls
/// (Cc) and UAX #44's Default_Ignorable_Code_Point (format characters such as the bidi
/// controls, joiners, variation selectors, the soft hyphen and Hangul fillers; see
/// DerivedCoreProperties.txt). `check`'s glyph coverage and the HTML editions' fonts
/// both use it, so that the two skip the same characters.
///
/// ```
/// use silkpress::lang::script::never_drawn;
/// assert!(never_drawn('\u{2068}') && never_drawn('\u{200C}') && never_drawn('\u{00AD}'));
/// assert!(never_drawn('\n') && never_drawn('\u{E0100}') && never_drawn('\u{3164}'));
/// assert!(!never_drawn('a') && !never_drawn(' ') && !never_drawn('\u{3000}'));
/// ```
pub fn never_drawn(c: char) -> bool {
    c.is_control()
        || matches!(c as u32,
            0x00AD | 0x034F | 0x061C | 0x115F..=0x1160 | 0x17B4..=0x17B5 | 0x180B..=0x180F
            | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164
            | 0xFE00..=0xFE0F | 0xFEFF | 0xFFA0 | 0xFFF0..=0xFFF8 | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A | 0xE0000..=0xE0FFF)
}

/// Whether a character continues a word for word division: a letter, or a combining
/// mark (a virama, a vowel sign, an accent), which `char::is_alphabetic` is not.
///
/// ```
/// use silkpress::lang::script::in_word;
/// assert!(in_word('к') && in_word('\u{094D}') && in_word('\u{0301}'));
/// assert!(!in_word('-') && !in_word(' ') && !in_word('4'));
/// ```
pub fn in_word(c: char) -> bool {
    use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};
    c.is_alphabetic() || c.general_category_group() == GeneralCategoryGroup::Mark
}
