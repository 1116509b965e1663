//! The language registry: one row per language with everything the stages need to
//! know about it — script, direction, font stack, how its words divide, its line-break
//! rules and its quotation marks. Adding a language is adding a row to [`PROFILES`];
//! adding a script is adding a row to [`SCRIPTS`] (with a `[stacks.*]` in
//! `templates/style.toml` if it needs faces of its own).
//!
//! A locale whose language has no row gets its script's defaults (no word division,
//! no extra line-break rules), so a bare Fluent tree of any language can be checked. A
//! locale written in a script with no row cannot be typeset: [`profile`] says so rather
//! than setting it in the Latin faces.

use super::locale::{Direction, Locale};
use super::script::ScriptClass;
use super::syllables::Syllables;

/// Line-breaking rules that depend on the language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineRules {
    /// English and other languages without extra rules.
    Plain,
    /// Russian, Kazakh, Uzbek, Kyrgyz, Tajik, Turkmen: one-letter words, numbers with
    /// units, initials and abbreviations are kept with what follows (and in HTML the
    /// same spaces become no-break spaces).
    Slavic,
    /// Chinese: no single character alone on a paragraph's last line. (Kinsoku holds
    /// for every language, and inter-character spacing for all Han text.)
    Chinese,
}

/// How a language's words may be divided at a line end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Division {
    /// Never divided (Chinese, Persian, and languages we have no rules for).
    None,
    /// Knuth–Liang patterns from hyph-utf8, embedded by the `hyphenation` crate.
    Patterns(hyphenation::Language),
    /// Syllable rules of the orthography ([`Syllables`]), where no patterns exist.
    Syllables(Syllables),
}

/// A pair of quotation marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quotes {
    /// Opening mark.
    pub open: char,
    /// Closing mark.
    pub close: char,
}

const fn q(open: char, close: char) -> Quotes {
    Quotes { open, close }
}

/// Everything silkpress knows about a language.
#[derive(Clone, Copy, Debug)]
pub struct Profile {
    /// ISO 639 language subtag (`kk`), the registry's key.
    pub language: &'static str,
    /// The language's English name.
    pub name: &'static str,
    /// ISO 15924 code of the script the language is written in by default.
    pub script: &'static str,
    /// How its words divide.
    pub division: Division,
    /// Its line-break rules.
    pub line_rules: LineRules,
    /// Outer quotation marks.
    pub quotes: Quotes,
    /// Inner quotation marks (a quotation inside a quotation).
    pub inner_quotes: Quotes,
}

/// What a script implies for layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScriptInfo {
    /// ISO 15924 code.
    pub code: &'static str,
    /// The font stack its text is set in.
    pub class: ScriptClass,
    /// Its writing direction.
    pub direction: Direction,
}

/// The scripts silkpress can typeset.
pub const SCRIPTS: &[ScriptInfo] = &[
    script("Latn", ScriptClass::Latin, Direction::Ltr),
    script("Cyrl", ScriptClass::Latin, Direction::Ltr),
    script("Grek", ScriptClass::Latin, Direction::Ltr),
    script("Hans", ScriptClass::Han, Direction::Ltr),
    script("Hant", ScriptClass::Han, Direction::Ltr),
    script("Hani", ScriptClass::Han, Direction::Ltr),
    script("Jpan", ScriptClass::Han, Direction::Ltr),
    script("Arab", ScriptClass::Arabic, Direction::Rtl),
];

const fn script(
    code: &'static str,
    class: ScriptClass,
    direction: Direction,
) -> ScriptInfo {
    ScriptInfo {
        code,
        class,
        direction,
    }
}

use hyphenation::Language as Patterns;
use Division::{None as Undivided, Patterns as P, Syllables as S};

const EN_QUOTES: (Quotes, Quotes) = (q('“', '”'), q('‘', '’'));
const GUILLEMETS_LOW: (Quotes, Quotes) = (q('«', '»'), q('„', '“'));

const fn row(
    language: &'static str,
    name: &'static str,
    script: &'static str,
    division: Division,
    line_rules: LineRules,
    quotes: (Quotes, Quotes),
) -> Profile {
    Profile {
        language,
        name,
        script,
        division,
        line_rules,
        quotes: quotes.0,
        inner_quotes: quotes.1,
    }
}

/// The languages silkpress knows by name. Sources for each rule: `TYPOGRAPHY.md`.
pub const PROFILES: &[Profile] = &[
    row(
        "en",
        "English",
        "Latn",
        P(Patterns::EnglishUS),
        LineRules::Plain,
        EN_QUOTES,
    ),
    row(
        "zh",
        "Chinese",
        "Hans",
        Undivided,
        LineRules::Chinese,
        (q('“', '”'), q('‘', '’')),
    ),
    row(
        "ja",
        "Japanese",
        "Jpan",
        Undivided,
        LineRules::Chinese,
        (q('「', '」'), q('『', '』')),
    ),
    row(
        "ru",
        "Russian",
        "Cyrl",
        P(Patterns::Russian),
        LineRules::Slavic,
        GUILLEMETS_LOW,
    ),
    row(
        "uk",
        "Ukrainian",
        "Cyrl",
        P(Patterns::Ukrainian),
        LineRules::Slavic,
        GUILLEMETS_LOW,
    ),
    row(
        "be",
        "Belarusian",
        "Cyrl",
        Undivided,
        LineRules::Slavic,
        GUILLEMETS_LOW,
    ),
    row(
        "bg",
        "Bulgarian",
        "Cyrl",
        P(Patterns::Bulgarian),
        LineRules::Slavic,
        GUILLEMETS_LOW,
    ),
    row(
        "kk",
        "Kazakh",
        "Cyrl",
        S(Syllables::Kazakh),
        LineRules::Slavic,
        GUILLEMETS_LOW,
    ),
    row(
        "uz",
        "Uzbek",
        "Latn",
        S(Syllables::Uzbek),
        LineRules::Slavic,
        GUILLEMETS_LOW,
    ),
    row(
        "ky",
        "Kyrgyz",
        "Cyrl",
        S(Syllables::Kyrgyz),
        LineRules::Slavic,
        GUILLEMETS_LOW,
    ),
    row(
        "tg",
        "Tajik",
        "Cyrl",
        S(Syllables::Tajik),
        LineRules::Slavic,
        GUILLEMETS_LOW,
    ),
    row(
        "tk",
        "Turkmen",
        "Latn",
        P(Patterns::Turkmen),
        LineRules::Slavic,
        (q('«', '»'), q('“', '”')),
    ),
    row(
        "fa",
        "Persian",
        "Arab",
        Undivided,
        LineRules::Plain,
        (q('«', '»'), q('“', '”')),
    ),
    row(
        "ar",
        "Arabic",
        "Arab",
        Undivided,
        LineRules::Plain,
        (q('«', '»'), q('“', '”')),
    ),
];

/// A script with no row: the locale cannot be typeset until one is added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownScript {
    /// The locale's tag.
    pub tag: String,
    /// Its script (ISO 15924).
    pub script: String,
}

impl std::fmt::Display for UnknownScript {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "locale `{}` is written in the script {}, which silkpress has no fonts or rules \
             for (known: {})",
            self.tag,
            self.script,
            SCRIPTS.iter().map(|s| s.code).collect::<Vec<_>>().join(", ")
        )
    }
}

/// What a locale is typeset with: its language's row (or its script's defaults) and
/// its script's layout.
#[derive(Clone, Copy, Debug)]
pub struct Typography {
    /// The language's profile.
    pub profile: &'static Profile,
    /// The locale's script.
    pub script: &'static ScriptInfo,
}

/// The language row of a language subtag, if there is one.
pub fn language(lang: &str) -> Option<&'static Profile> {
    PROFILES.iter().find(|p| p.language == lang)
}

/// The layout row of an ISO 15924 script code, if silkpress can typeset it.
pub fn script_info(code: &str) -> Option<&'static ScriptInfo> {
    SCRIPTS.iter().find(|s| s.code == code)
}

/// The default profile of a language without a row: no division, no extra rules,
/// English quotes as a neutral choice for lints that need some.
const GENERIC: Profile = row("und", "", "Zyyy", Undivided, LineRules::Plain, EN_QUOTES);

/// How a locale is typeset, or why it cannot be.
///
/// ```
/// use silkpress::lang::{registry, Locale, ScriptClass};
/// let kk = registry::profile(&Locale::parse("kk").unwrap()).unwrap();
/// assert_eq!(kk.script.class, ScriptClass::Latin);
/// assert!(registry::profile(&Locale::parse("hi").unwrap()).is_err());
/// ```
pub fn profile(locale: &Locale) -> Result<Typography, UnknownScript> {
    let script = script_info(&locale.script).ok_or_else(|| UnknownScript {
        tag: locale.tag.clone(),
        script: locale.script.clone(),
    })?;
    let profile = language(locale.langid.language.as_str())
        .filter(|p| p.script == locale.script || p.language == "zh")
        .unwrap_or(&GENERIC);
    Ok(Typography { profile, script })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_names_a_known_script_and_is_unique() {
        for (i, p) in PROFILES.iter().enumerate() {
            assert!(
                script_info(p.script).is_some(),
                "{}: {}",
                p.language,
                p.script
            );
            assert!(
                PROFILES[..i].iter().all(|o| o.language != p.language),
                "{} twice",
                p.language
            );
        }
    }

    #[test]
    fn locales_get_their_rows_and_unknown_scripts_are_errors() {
        let t = |tag: &str| profile(&Locale::parse(tag).unwrap());
        assert_eq!(t("kk").unwrap().profile.division, S(Syllables::Kazakh));
        assert_eq!(t("zh-CN").unwrap().script.class, ScriptClass::Han);
        assert_eq!(t("fa").unwrap().script.direction, Direction::Rtl);
        assert_eq!(t("ky").unwrap().profile.line_rules, LineRules::Slavic);
        assert_eq!(t("ky").unwrap().profile.division, S(Syllables::Kyrgyz));
        assert_eq!(t("tg").unwrap().profile.division, S(Syllables::Tajik));
        assert_eq!(t("tk").unwrap().profile.division, P(Patterns::Turkmen));
        // A language without a row takes its script's defaults.
        assert_eq!(t("de").unwrap().profile.division, Undivided);
        // Written in another script than its row's: the row does not apply.
        assert_eq!(t("uz-Cyrl").unwrap().profile.division, Undivided);
        // Devanagari has no stack: an error, not a silent Latin fallback.
        let err = t("hi").unwrap_err();
        assert_eq!(err.script, "Deva");
        assert!(err.to_string().contains("no fonts or rules"));
    }
}
