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

/// How the line breaker weighs dividing a word against uneven word spaces, in one
/// language: TeX's parameters of the same names, tuned on this report so that division
/// is a last resort (the figures are in the README's "Word division" section, measured
/// by `scripts/typo_figures.py`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Breaking {
    /// Fewest characters a division leaves at the end of a line (`\lefthyphenmin`).
    pub left_min: usize,
    /// Fewest characters a division carries to the next line (`\righthyphenmin`).
    pub right_min: usize,
    /// Penalty of a line ending in a divided word (`\hyphenpenalty`): its square is
    /// added to the line's demerits.
    pub hyphen_penalty: f32,
    /// Demerits of two lines in a row ending in a divided word
    /// (`\doublehyphendemerits`); a third in a row costs ten thousand times as much.
    pub double_hyphen: f32,
    /// Demerits of a paragraph whose last full line ends in a divided word, so that the
    /// last line never holds the end of one (`\finalhyphendemerits`).
    pub final_hyphen: f32,
    /// The loosest adjustment ratio (in units of a line's stretch) at which a paragraph
    /// set without any division is kept as it is (`\pretolerance`).
    pub pretolerance: f32,
    /// The loosest ratio a line takes before its badness rises steeply (`\tolerance`):
    /// beyond it a line is only chosen when nothing else can be.
    pub tolerance: f32,
    /// How much the gap between two letters of a word may widen at a ratio of one (in
    /// ems; InDesign's letter spacing, a few percent of a space): it spreads a line's
    /// looseness over its letters, so that fewer words are divided and word spaces stay
    /// even. Zero for scripts whose letters join (Arabic) or sit on a grid (Han).
    pub letter_stretch: f32,
    /// How much it may narrow at a ratio of minus one (ems).
    pub letter_shrink: f32,
}

/// The breaking of a language whose words are never divided: the hyphen parameters do
/// not apply, and lines may stretch to three times their stretch before that is steep.
pub const UNDIVIDED: Breaking = Breaking {
    left_min: 2,
    right_min: 2,
    hyphen_penalty: 0.0,
    double_hyphen: 0.0,
    final_hyphen: 0.0,
    pretolerance: 1.0,
    tolerance: 3.0,
    letter_stretch: 0.0,
    letter_shrink: 0.0,
};

/// The breaking of a language whose words are divided (RU-ORF §§211–219: no single
/// letter on either line): a division costs as much as a line stretched to about 1.7
/// times its stretch, two in a row far more, none on a paragraph's last full line; lines
/// grow steeply worse beyond 1.4 times their stretch (a word space of about ½ em in
/// Noto Serif), and letters may be spaced by up to 1.5 % of an em at a ratio of one.
/// Tuned on this report: with 300 and 1 % letter spacing, 26 % of the Russian lines
/// ended in a hyphen; with no letter spacing, 36 % and 5 % of lines loose.
pub const DIVIDED: Breaking = Breaking {
    left_min: 2,
    right_min: 2,
    hyphen_penalty: 500.0,
    double_hyphen: 1_000_000.0,
    final_hyphen: 10_000_000_000.0,
    pretolerance: 1.2,
    tolerance: 1.4,
    letter_stretch: 0.015,
    letter_shrink: 0.004,
};

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
    /// How its lines are broken.
    pub breaking: Breaking,
    /// The typographic conventions `check`'s lints hold its translations to.
    pub conventions: Conventions,
}

impl Profile {
    /// The row with other breaking parameters.
    const fn breaking(self, breaking: Breaking) -> Profile {
        Profile { breaking, ..self }
    }

    /// The row with its typographic conventions.
    const fn conventions(self, conventions: Conventions) -> Profile {
        Profile {
            conventions,
            ..self
        }
    }

    /// Whether this is a language's own row, not the defaults of a language without
    /// one (whose quotation marks and conventions silkpress does not know).
    pub fn is_known(&self) -> bool {
        self.language != GENERIC.language
    }
}

/// Typographic conventions of a language that a translation can be checked against
/// (`check`'s typography lints), beyond its quotation marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conventions {
    /// The words a number is tied to by a no-break space (U+00A0 or U+202F), never a
    /// plain space: units, scale words and `%` where the language spaces it. Each is
    /// the beginning of a word, as case suffixes attach to it (`foizga`, `ГВт-ты`).
    pub tied_after_number: &'static [&'static str],
    /// Whether a full stop or comma closing a quoted sentence stands after the closing
    /// quotation mark («…».), not inside it as in American English (“….”).
    pub stop_after_quote: bool,
    /// Whether a Latin-script word in running text is foreign to the language (a
    /// language written in another script, whose typography spells names and
    /// abbreviations in its own letters); acronyms may follow the full name in
    /// parentheses.
    pub latin_is_foreign: bool,
}

/// No conventions known: the lints that need them do not run.
pub const NO_CONVENTIONS: Conventions = Conventions {
    tied_after_number: &[],
    stop_after_quote: false,
    latin_is_foreign: false,
};

/// The conventions of a language whose full stop follows the closing quotation mark,
/// tying `units` to numbers, and whose running text may carry Latin names (Russian
/// and its neighbours keep `Huawei`, `RFID` as they are).
const fn after_quote(units: &'static [&'static str]) -> Conventions {
    Conventions {
        tied_after_number: units,
        stop_after_quote: true,
        latin_is_foreign: false,
    }
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
        breaking: match division {
            Division::None => UNDIVIDED,
            _ => DIVIDED,
        },
        conventions: NO_CONVENTIONS,
    }
}

// The words tied to a number by a no-break space (TYPOGRAPHY.md: KIRS and NABOR for
// Russian, KK-L §§105–107 for Kazakh, UZ-1995 §§79–82 for Uzbek; Kyrgyz, Tajik and
// Turkmen follow the same rule in their editions): `%`, scale words, units of power,
// and for Russian, Kazakh, Uzbek and Kyrgyz the year word (1998 г., 2023 жылы).
// Only abbreviations and words no other word begins with, as each is matched as the
// beginning of a word.
const RU_TIED: &[&str] = &[
    "%", "млн", "млрд", "трлн", "тыс.", "ГВт", "МВт", "кВт", "кв.", "год",
];
const KK_TIED: &[&str] = &[
    "%",
    "млн",
    "млрд",
    "трлн",
    "миллион",
    "миллиард",
    "ГВт",
    "МВт",
    "кВт",
    "мегаватт",
    "жыл",
];
const UZ_TIED: &[&str] = &[
    "%", "mln", "mlrd", "trln", "million", "milliard", "foiz", "GVt", "MVt", "kVt",
    "megavatt", "yil",
];
/// Kyrgyz writes the same scale words, units and year word as Kazakh.
const KY_TIED: &[&str] = KK_TIED;
const TG_TIED: &[&str] = &["%", "миллион", "миллиард", "триллион", "ГВт", "МВт", "кВт"];
const TK_TIED: &[&str] = &[
    "%", "million", "milliard", "trillion", "GW", "MW", "kW", "megawat",
];

/// The languages silkpress knows by name. Sources for each rule: `TYPOGRAPHY.md`.
pub const PROFILES: &[Profile] = &[
    row(
        "en",
        "English",
        "Latn",
        P(Patterns::EnglishUS),
        LineRules::Plain,
        EN_QUOTES,
    )
    // English carries at least three letters (TeX's and Chicago's 2/3).
    .breaking(Breaking {
        right_min: 3,
        ..DIVIDED
    }),
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
    )
    .conventions(after_quote(RU_TIED)),
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
    )
    .conventions(after_quote(KK_TIED)),
    row(
        "uz",
        "Uzbek",
        "Latn",
        S(Syllables::Uzbek),
        LineRules::Slavic,
        // CLDR's outer “ ”; inside them the Uzbek edition (and Uzbek presses) use «».
        (q('“', '”'), q('«', '»')),
    )
    .conventions(after_quote(UZ_TIED)),
    row(
        "ky",
        "Kyrgyz",
        "Cyrl",
        S(Syllables::Kyrgyz),
        LineRules::Slavic,
        GUILLEMETS_LOW,
    )
    .conventions(after_quote(KY_TIED)),
    row(
        "tg",
        "Tajik",
        "Cyrl",
        S(Syllables::Tajik),
        LineRules::Slavic,
        GUILLEMETS_LOW,
    )
    .conventions(after_quote(TG_TIED)),
    row(
        "tk",
        "Turkmen",
        "Latn",
        P(Patterns::Turkmen),
        LineRules::Slavic,
        (q('«', '»'), q('“', '”')),
    )
    .conventions(after_quote(TK_TIED)),
    row(
        "fa",
        "Persian",
        "Arab",
        Undivided,
        LineRules::Plain,
        (q('«', '»'), q('“', '”')),
    )
    // Persian keeps a quoted sentence's full stop inside «…» (as the Persian edition
    // does), spells names and abbreviations in its own letters (the review dropped bare
    // BRI, SCO, TEU) and writes درصد and scale words with a plain space.
    .conventions(Conventions {
        tied_after_number: &[],
        stop_after_quote: false,
        latin_is_foreign: true,
    }),
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
        // Typography conventions: the lints' rows.
        let ru = t("ru").unwrap().profile;
        assert!(ru.conventions.tied_after_number.contains(&"млрд"));
        assert!(ru.conventions.stop_after_quote && !ru.conventions.latin_is_foreign);
        let fa = t("fa").unwrap().profile;
        assert!(fa.conventions.latin_is_foreign && !fa.conventions.stop_after_quote);
        assert_eq!(t("uz").unwrap().profile.quotes, q('“', '”'));
        assert_eq!(t("uz").unwrap().profile.inner_quotes, q('«', '»'));
        assert!(
            t("ru").unwrap().profile.is_known() && !t("de").unwrap().profile.is_known()
        );
        // Devanagari has no stack: an error, not a silent Latin fallback.
        let err = t("hi").unwrap_err();
        assert_eq!(err.script, "Deva");
        assert!(err.to_string().contains("no fonts or rules"));
    }
}
