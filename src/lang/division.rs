//! Word division at a line end, decided once for the PDF's line breaker and for
//! `silkpress hyphenate`: which words of a text may be divided (eligibility), and where
//! (the language's TeX patterns or syllable rules, [`Division`]). The line breaker
//! offers exactly these points, less any that would fall inside a ligature; the command
//! prints them, so what a translator inspects is what the PDF may do.
//!
//! A word is divided only when it has at least [`MIN_WORD`] characters, is not an
//! abbreviation (no capital after its first letter: NATO, ҚазҰУ, ToshDU, БУУнун — KY-R
//! §84, UZ-1995 §79, KK-C1), is not glued to a digit or an apostrophe (`COVID-19`,
//! `o‘zbek` typed with U+2018, `ta’lim` typed with U+2019: the parts of such words are
//! not words), and has no hyphen of its own (`военно-морской` is divided only at its
//! hyphen, by the line breaker). Every division leaves and carries at least the
//! language's minimum fragments ([`super::registry::Breaking`]: two characters, three
//! carried in English), beside the patterns' own minima; Turkmen's patterns are narrowed
//! to its syllables ([`super::syllables::turkmen_allows`]); syllable rules keep two
//! letters on each side.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use hyphenation::{Hyphenator as _, Load, Standard};

use super::registry::{Division, Profile};
use super::script::in_word;
use super::syllables::Syllables;

/// Words shorter than this (in characters) are never divided.
pub const MIN_WORD: usize = 5;

/// How a language divides words, with a cache of the words already divided (a report
/// repeats its vocabulary; the pattern trie walk is the costly part). Shared by the
/// threads of a build, like the shaper's word cache.
pub struct Divider {
    method: Method,
    /// Fewest characters left on the line and carried over
    /// ([`super::registry::Breaking`]).
    minima: (usize, usize),
    cache: Mutex<rustc_hash::FxHashMap<String, Arc<[usize]>>>,
}

enum Method {
    Patterns(Standard),
    Syllables(Syllables),
}

impl Divider {
    /// Divides by loaded patterns.
    pub fn new(dict: Standard) -> Self {
        Divider::with(Method::Patterns(dict))
    }

    /// Divides by syllable rules.
    pub fn syllables(rules: Syllables) -> Self {
        Divider::with(Method::Syllables(rules))
    }

    /// The divider for a language's [`Division`], if its words are divided at all.
    pub fn of(division: Division) -> Option<Self> {
        match division {
            Division::Patterns(language) => {
                Standard::from_embedded(language).ok().map(Divider::new)
            }
            Division::Syllables(rules) => Some(Divider::syllables(rules)),
            Division::None => None,
        }
    }

    fn with(method: Method) -> Self {
        Divider {
            method,
            minima: (2, 2),
            // A report's vocabulary: a few thousand words a language (no regrowth).
            cache: Mutex::new(rustc_hash::FxHashMap::with_capacity_and_hasher(
                4096,
                Default::default(),
            )),
        }
    }

    /// The divider of a language's row: its division with its fragment minima.
    pub fn of_profile(profile: &Profile) -> Option<Self> {
        let b = profile.breaking;
        Divider::of(profile.division).map(|d| Divider {
            minima: (b.left_min, b.right_min),
            ..d
        })
    }

    /// Division points of one word (all of it letters), as character offsets, before
    /// eligibility is considered.
    pub fn breaks(&self, word: &str) -> Arc<[usize]> {
        let cache = || self.cache.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(b) = cache().get(word) {
            return b.clone();
        }
        // Divided outside the lock; another thread may divide the same word meanwhile.
        let b: Arc<[usize]> = match &self.method {
            Method::Patterns(dict) => {
                let chars: Vec<char> = word.chars().collect();
                let turkmen = dict.language() == hyphenation::Language::Turkmen;
                dict.hyphenate(word)
                    .breaks
                    .iter()
                    .map(|&b| word[..b].chars().count())
                    .filter(|&b| !turkmen || super::syllables::turkmen_allows(&chars, b))
                    .collect()
            }
            Method::Syllables(rules) => rules.breaks(word).into(),
        };
        let (left, right) = self.minima;
        let len = word.chars().count();
        let b: Arc<[usize]> = b
            .iter()
            .copied()
            .filter(|&k| k >= left && len - k.min(len) >= right)
            .collect();
        cache().insert(word.to_string(), b.clone());
        b
    }

    /// The points at which `text` (a paragraph, or a single word) may be divided at a
    /// line end, as indices into `text`, ascending: the division points of each eligible
    /// word. The line breaker and `silkpress hyphenate` both call this.
    ///
    /// ```
    /// use silkpress::lang::division::Divider;
    /// use silkpress::lang::syllables::Syllables;
    /// let kk = Divider::syllables(Syllables::Kazakh);
    /// let text: Vec<char> = "Орталық Азия, ҚазҰУ".chars().collect();
    /// assert_eq!(kk.points(&text), [2, 4]); // Ор-та-лық; Азия is short, ҚазҰУ an abbreviation
    /// ```
    pub fn points(&self, text: &[char]) -> Vec<usize> {
        let mut out = Vec::new();
        let mut word = String::new();
        for range in words(text) {
            if !eligible(text, range.clone()) {
                continue;
            }
            word.clear();
            word.extend(&text[range.clone()]);
            out.extend(self.breaks(&word).iter().map(|&b| range.start + b));
        }
        debug_assert!(out.windows(2).all(|w| w[0] < w[1]));
        out
    }
}

/// The words of a text as the line breaker sees them: a letter, then letters and
/// combining marks.
fn words(text: &[char]) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < text.len() && !text[i].is_alphabetic() {
            i += 1;
        }
        if i == text.len() {
            return None;
        }
        let start = i;
        while i < text.len() && in_word(text[i]) {
            i += 1;
        }
        Some(start..i)
    })
}

/// Whether the word at `range` of `text` may be divided at all.
fn eligible(text: &[char], range: std::ops::Range<usize>) -> bool {
    let word = &text[range.clone()];
    if word.len() < MIN_WORD {
        return false;
    }
    // An abbreviation, alone or with a suffix: a capital after the first letter.
    if word[1..].iter().any(|c| c.is_uppercase()) {
        return false;
    }
    // A word glued to digits or apostrophes is left alone.
    let glued = |k: Option<&char>| {
        k.is_some_and(|c| {
            c.is_ascii_digit() || matches!(c, '\'' | '’' | '‘' | '`' | 'ʻ' | 'ʼ')
        })
    };
    let before = range.start.checked_sub(1).and_then(|k| text.get(k));
    // A word with a hyphen of its own (военно-морской, China-Central) is divided only
    // at that hyphen (a break UAX #14 offers), never inside its parts.
    let hyphen = |k: Option<&char>| k.is_some_and(|c| matches!(c, '-' | '\u{2010}'));
    !glued(text.get(range.end))
        && !glued(before)
        && !hyphen(text.get(range.end))
        && !hyphen(before)
}

/// The divider of a language, shared by every caller in the process (one per language,
/// patterns loaded once), or `None` when the language's words are not divided.
pub fn divider(profile: &Profile) -> Option<Arc<Divider>> {
    /// Each language's divider, by language subtag.
    type Dividers = Mutex<HashMap<&'static str, Option<Arc<Divider>>>>;
    static DIVIDERS: OnceLock<Dividers> = OnceLock::new();
    let map = DIVIDERS.get_or_init(Default::default);
    let mut map = map.lock().unwrap_or_else(|p| p.into_inner());
    map.entry(profile.language)
        .or_insert_with(|| Divider::of_profile(profile).map(Arc::new))
        .clone()
}

/// The points at which a language may divide `text` at a line end, as character
/// offsets: what the PDF offers its line breaker.
///
/// ```
/// use silkpress::lang::{division, registry};
/// let uz = registry::language("uz").unwrap();
/// assert_eq!(division::points(uz, "sanʼatkorlar"), [4, 6, 9]); // sanʼ-at-kor-lar
/// ```
pub fn points(profile: &Profile, text: &str) -> Vec<usize> {
    let chars: Vec<char> = text.chars().collect();
    divider(profile).map_or_else(Vec::new, |d| d.points(&chars))
}

/// `text` with a `-` inserted at each point (character offsets).
///
/// ```
/// assert_eq!(silkpress::lang::division::mark("балалар", &[2, 4]), "ба-ла-лар");
/// ```
pub fn mark(text: &str, points: &[usize]) -> String {
    let mut out = String::with_capacity(text.len() + points.len());
    // In order, so that each character looks at the next point only.
    let mut sorted = points.to_vec();
    sorted.sort_unstable();
    let mut next = sorted.into_iter().peekable();
    for (i, c) in text.chars().enumerate() {
        if next.next_if(|&p| p <= i).is_some() {
            while next.next_if(|&p| p <= i).is_some() {}
            out.push('-');
        }
        out.push(c);
    }
    out
}

/// The rule examples of each orthography (`TYPOGRAPHY.md` sources), through the same
/// function the PDF uses: the divisions they show are offered (for words long enough to
/// be divided at all) and the ones they forbid never are.
#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::registry;

    /// `mark` reads its points in order: it marks what a look-up of every point per
    /// character marks, for points unsorted, repeated or past the end.
    #[test]
    fn mark_marks_each_point_once_in_any_order() {
        let by_lookup = |text: &str, points: &[usize]| -> String {
            let mut out = String::new();
            for (i, c) in text.chars().enumerate() {
                if points.contains(&i) {
                    out.push('-');
                }
                out.push(c);
            }
            out
        };
        let text = "электростанции";
        for points in [
            &[][..],
            &[2, 4],
            &[4, 2, 4],
            &[0, 13, 14, 40],
            &[7, 1, 3, 3, 9, 5],
        ] {
            assert_eq!(mark(text, points), by_lookup(text, points), "{points:?}");
        }
        assert_eq!(mark(text, &[4, 2, 4]), "эл-ек-тростанции");
    }

    /// A word as the rules write it, `ала-қан`: the word and its division points.
    fn parse(example: &str) -> (String, Vec<usize>) {
        let mut word = String::new();
        let mut at = Vec::new();
        for c in example.chars() {
            if c == '-' {
                at.push(word.chars().count());
            } else {
                word.push(c);
            }
        }
        (word, at)
    }

    /// Checks a language against its rule examples: every division in `allowed` is
    /// offered (rule level for any word, the PDF's level for words of [`MIN_WORD`]
    /// letters or more); no division in `forbidden` is offered, and a word in `whole` is
    /// not divided at all.
    fn check(lang: &str, allowed: &[&str], forbidden: &[&str], whole: &[&str]) {
        let profile = registry::language(lang).unwrap();
        let divider = divider(profile).unwrap();
        for ex in allowed {
            let (word, at) = parse(ex);
            let rule = divider.breaks(&word);
            let pdf = points(profile, &word);
            for p in at {
                assert!(
                    rule.contains(&p),
                    "{lang}: {ex} not allowed: {}",
                    mark(&word, &rule)
                );
                if word.chars().count() >= MIN_WORD {
                    assert!(
                        pdf.contains(&p),
                        "{lang}: {ex} not offered: {}",
                        mark(&word, &pdf)
                    );
                }
            }
        }
        for ex in forbidden {
            let (word, at) = parse(ex);
            assert!(!at.is_empty(), "{ex}");
            let rule = divider.breaks(&word);
            let pdf = points(profile, &word);
            for p in at {
                assert!(!rule.contains(&p), "{lang}: forbidden {ex} allowed");
                assert!(!pdf.contains(&p), "{lang}: forbidden {ex} offered");
            }
        }
        for word in whole {
            // An abbreviation is left whole by eligibility, not by the rules.
            let abbreviation = word.chars().skip(1).any(char::is_uppercase);
            assert!(
                abbreviation || divider.breaks(word).is_empty(),
                "{lang}: {word} divided"
            );
            assert!(points(profile, word).is_empty(), "{lang}: {word} offered");
        }
    }

    /// KK-C1 (tarbie.kz), KK-C2 (the Ajipbaeva rules, p. 46), KK-C3 (365info.kz).
    #[test]
    fn kazakh_official_examples() {
        check(
            "kk",
            &[
                "ала-қан",
                "ор-на-лас-ты-ру",
                "да-уыс",
                "са-уат",
                "да-йындық",
                "құ-йын",
                "кі-тап",
                "кітап-тың",
                "кі-таптарға",
                "ар-мия",
                "еле-уіш",
                "ро-лінде",
                "съез-дің",
            ],
            &[
                "дау-ыс",
                "сау-ат",
                "дай-ындық",
                "құй-ын",
                "а-лақан",
                "е-леуіш",
                "арми-я",
                "рол-інде",
                "съезд-ің",
                "құмыр-сқа",
                "күңгір-ттеу",
                "жаңғы-ртты",
                "а-на",
                "ә-ке",
                "а-уа",
            ],
            &[
                // One syllable; two with a lone vowel first; ending in я, ю;
                // abbreviations.
                "төрт",
                "жалт",
                "пункт",
                "взвод",
                "атом",
                "ақыр",
                "ақыл",
                "отын",
                "отыр",
                "сия",
                "қию",
                "аю",
                "ҚазҰУ",
                "БҰҰ",
                "ҚБТУ",
            ],
        );
    }

    /// UZ-1995 §§77–82 (Resolution 339 of 1995, via diktant.uz).
    #[test]
    fn uzbek_official_examples() {
        check(
            "uz",
            &[
                "toʻq-son",
                "si-fatli",
                "sifat-li",
                "pax-ta-kor",
                "vaʼ-da",
                "maʼ-rifat",
                "mashʼ-al",
                "inʼ-om",
                "aba-diy",
                "eshik-dan",
                "mudo-faa",
                "mat-baa",
                "pe-shona",
                "pi-choq",
                "bi-chiq-chi",
                "pe-shayvon",
                // The issue's words.
                "maʼ-no",
                "sanʼ-at",
                "taʼ-lim",
            ],
            &[
                "a-badiy",
                "e-shikdan",
                "mudofa-a",
                "matba-a",
                "diag-ramma",
                "monog-rafiya",
                // Digraphs split, ʼ or shʼ carried.
                "pes-hona",
                "pic-hoq",
                "sin-gil",
                "den-giz",
                "va-ʼda",
                "ma-shʼal",
                "mas-hʼal",
                "ma-ʼno",
                "san-ʼat",
                "sa-nʼat",
                "ta-ʼlim",
                "in-ʼom",
                // A lone oʻ, or oʻ and gʻ split.
                "oʻ-rin",
                "o-ʻrin",
                "bog-ʻlangan",
            ],
            &["AQSH", "BMT", "ToshDU", "OʻzLiDeP", "XIX", "oʻrin", "aʼzo"],
        );
    }

    /// KY-R §§78–84 (tamgasoft.kg, orfo.el-sozduk.kg), KY-S (the short grammar).
    #[test]
    fn kyrgyz_official_examples() {
        check(
            "ky",
            &[
                "ки-теп",
                "бо-ек",
                "то-ют",
                "айтылган-дар",
                "ай-тылгандар",
                "тоо-лордо",
                "бекинүү-чү",
                "заар-кануу-чу",
                "баталь-он",
                "консуль-тация",
                "разъ-езд",
                "подъ-езд",
                "так-кан",
                "канат-туу",
                "чап-па",
                "кас-са",
                "хим-фак",
                "мээ-рим",
                "маа-лымат",
                "сулуу-лук",
                "кызмат-таш-тык",
                "бала-луу-лар-да",
            ],
            &[
                "то-олордо",
                "бекинү-үчү",
                "за-аркануучу",
                "зааркану-учу",
                "мэ-эрим",
                "ма-алымат",
                "сулу-улук",
                "батал-ьон",
                "консул-ьтация",
                "раз-ъезд",
                "под-ъезд",
                "та-ккан",
                "кана-ттуу",
                "ча-ппа",
                "ка-сса",
                "ю-билей",
                "акаци-я",
                "оку-я",
                "а-рыз",
                "а-кыл",
                "а-га",
                "а-та",
                "а-так",
                "аа-лам",
                "аа-ры",
                "а-раа",
                "э-не",
                "э-шик",
                "ээ-ле",
                "ө-мүр",
                "ө-түк",
                "ы-сык",
                "оо-на",
                "уу-ла",
                "у-наа",
                "и-шен",
                "та-я",
                "бо-е",
                "чи-е",
            ],
            &[
                "жол",
                "тоо",
                "ээр",
                "суук",
                "тарс",
                "акт",
                "калк",
                "Кремль",
                "план",
                "БУУ",
                "КУУ",
                "УАК",
                "МАИ",
                "БУУнун",
                "аалам",
                "унаа",
            ],
        );
    }

    /// TG-R (the school rules, donishju.net; the 2021 official rules were not found).
    #[test]
    fn tajik_official_examples() {
        check(
            "tg",
            &[
                "бод-бон",
                "ба-ро-дар",
                "дӯс-тӣ",
                "та-бас-сум",
                "лаъ-лӣ",
                "аро-ба",
                "оро-мӣ",
                "аъ-ло",
                "эъ-лон",
            ],
            &["а-роба", "о-ромӣ", "ароб-а", "ла-ълӣ", "э-ълон", "а-ъло"],
            &["дӯст", "Осиё", "ЕАИ"],
        );
    }

    /// TK-R (enedilim.com, "Täze setire geçirmek düzgüni"), TK-B ("Bogun").
    #[test]
    fn turkmen_official_examples() {
        check(
            "tk",
            &[
                "baý-dak",
                "pa-ra-hat-çy-lyk",
                "de-mir-çi",
                "te-kiz-le-mek",
                "bag-tyň",
                "hal-ky-myz",
                "ka-ky-myz",
                "şe-ke-re",
            ],
            &[
                "a-dam",
                "A-şyr",
                "A-man",
                "i-şek",
                "ba-gtyň",
                "bagt-yň",
                "halk-ymyz",
                "kak-ymyz",
            ],
            &[
                "stol", "klas", "metr", "wagt", "şrift", "punkt", "tekst", "sprint",
                "sport", "adam", "Aman",
            ],
        );
    }

    /// What the PDF is offered for a paragraph is what each of its words is offered
    /// alone: eligibility looks only at a word and the characters touching it.
    #[test]
    fn a_paragraph_divides_as_its_words_do() {
        let text =
            "Oʻzbekiston va Qozogʻiston hamkorligi: COVID-19, AQSHning taʼlim dasturi.";
        let uz = registry::language("uz").unwrap();
        let chars: Vec<char> = text.chars().collect();
        let whole = divider(uz).unwrap().points(&chars);
        let mut by_word = Vec::new();
        let mut offset = 0;
        for token in text.split(' ') {
            by_word.extend(points(uz, token).iter().map(|p| offset + p));
            offset += token.chars().count() + 1;
        }
        assert_eq!(whole, by_word);
        assert_eq!(
            mark(text, &whole),
            "Oʻz-be-kis-ton va Qo-zo-gʻis-ton ham-kor-li-gi: COVID-19, AQSHning taʼ-lim \
             das-tu-ri."
        );
    }

    /// The registry's fragment minima hold for every division offered (English carries
    /// three letters, every language leaves two), and a word with its own hyphen is not
    /// divided inside its parts.
    #[test]
    fn fragment_minima_and_hyphenated_compounds() {
        let en = registry::language("en").unwrap();
        let ru = registry::language("ru").unwrap();
        for word in [
            "accelerated",
            "infrastructure",
            "cooperation",
            "sustainability",
        ] {
            let len = word.chars().count();
            let pts = points(en, word);
            assert!(!pts.is_empty(), "{word} not divided");
            assert!(
                pts.iter().all(|&p| p >= 2 && len - p >= 3),
                "{word}: {pts:?}"
            );
        }
        for word in ["сотрудничества", "государственный"] {
            let len = word.chars().count();
            let pts = points(ru, word);
            assert!(!pts.is_empty(), "{word} not divided");
            assert!(
                pts.iter().all(|&p| p >= 2 && len - p >= 2),
                "{word}: {pts:?}"
            );
        }
        assert!(points(ru, "военно-морской").is_empty());
        assert!(points(en, "China-Central").is_empty());
        assert!(!points(ru, "военно морской").is_empty());
    }
}
