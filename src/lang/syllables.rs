//! Word division by syllables for Kazakh (Cyrillic), Uzbek (Latin), Kyrgyz (Cyrillic) and
//! Tajik (Cyrillic), for which neither `hyphenation` nor hyph-utf8 has TeX patterns.
//! Without it, justified lines in those editions had to stretch far (a third of the
//! Kazakh lines beyond twice their normal stretch); with it they set like Russian.
//!
//! All four orthographies divide by syllables, and a native syllable starts with at
//! most one consonant (sources as named in `TYPOGRAPHY.md`):
//! - one consonant between vowels starts the next syllable: ба-ла, ki-tob, ки-теп,
//!   ба-ро-дар;
//! - two consonants are split between them: мақ-сат, mak-tab, так-кан, бод-бон
//!   (a doubled consonant too: KY-R §83 кас-са, TG-R та-бас-сум);
//! - a single letter is never left on a line or carried to the next (KK-C1 ала-қан,
//!   not а-лақан; UZ-1995 aba-diy, mudo-faa; KY-R §§80, 82 а-та, акаци-я; TG-R
//!   аро-ба, оро-мӣ), and a word of one syllable is never divided.
//!
//! What each language adds:
//! - **Kazakh** (KK-L, KK-C1–C4): у and й between vowels begin the next syllable
//!   (да-уыс, са-уат, да-йындық).
//! - **Uzbek** (UZ-1995 §§77–82): oʻ, gʻ, sh, ch are one letter each (pe-shona,
//!   pi-choq); the tutuq belgisi ʼ stays in the syllable before it (vaʼ-da, maʼ-rifat,
//!   mashʼ-al, inʼ-om), so neither `ʼ` nor `shʼ` is ever carried.
//! - **Kyrgyz** (KY-R §§78–84, KY-S): a long vowel, written double (аа, ээ, оо, өө, уу,
//!   үү; ёо and юу after й), is one vowel and never split (тоо-лор-до, not то-олордо),
//!   and a word whose first syllable is a lone long vowel is not divided either
//!   (аалам); е, ё, ю, я after a vowel begin a syllable of their own (бо-ек, то-ют), but
//!   never alone (та-я, чи-е); ь and ъ stay with the letter before (баталь-он,
//!   консуль-тация, подъ-езд).
//! - **Tajik** (TG-R): ъ (сакта) is a letter that ends the syllable before it and stays
//!   there (лаъ-лӣ, аъ-ло, эъ-лон); ё, ю, я are й + vowel, so the consonant before them
//!   stays on the line (дун-ёи).
//!
//! Where the rules depend on morphology, on where a word comes from or on how it is
//! said, no division is offered rather than a wrong one:
//! - three or more consonants between vowels (Қазақ-стан but айт-ты; UZ-1995 divides
//!   native doʻst-lik but borrowed silin-drik);
//! - an obstruent followed by р/r: a borrowed word keeps the pair together
//!   (гео-графия, UZ-1995 dia-gramma, mono-grafiya), a native one splits it (tab-rik);
//! - two vowels side by side (the Kazakh и and у are often glides; Tajik -и is a
//!   suffix), and just after them (геоэ-кономика would hide гео-экономика);
//! - next to the Uzbek digraph ng, which may be one sound (de-ngiz) or two (-lan-gan).
//!
//! **Turkmen** keeps its TeX patterns (`hyph-tk`), which split consonant groups anywhere
//! as Russian does (teat-rlar, güý-çlen, kazak-hstan); [`turkmen_allows`] keeps only the
//! points the Turkmen syllable rule allows (TK-R, TK-B).
//!
//! The signs ь and ъ (and the Uzbek ʼ) are not letters when counting what is left on a
//! line: Uzbek aʼ-zolar is not divided. An Uzbek, Kazakh, Kyrgyz or Tajik word borrowed
//! from Russian is divided by the same rules, which Russian allows too (consonant groups
//! may be split anywhere, RU-ORF §§211–219).

/// The languages divided here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syllables {
    /// Kazakh in Cyrillic script.
    Kazakh,
    /// Uzbek in Latin script.
    Uzbek,
    /// Kyrgyz in Cyrillic script.
    Kyrgyz,
    /// Tajik in Cyrillic script.
    Tajik,
}

/// What a letter unit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Vowel,
    Consonant,
    /// The Uzbek ng.
    Ng,
    /// A sign that ends the syllable it follows and stays with it: the Uzbek ʼ, the
    /// Tajik ъ, and ь or ъ before a vowel.
    Closer,
}

/// A letter, or a digraph that is one letter, with the signs attached to it.
#[derive(Clone, Copy, Debug)]
struct Unit {
    /// Character index of its first character.
    start: usize,
    kind: Kind,
    /// A vowel letter that brings its own й onset (Kyrgyz е ё ю я after a vowel; Tajik
    /// ё ю я, and е after a vowel).
    onset: bool,
    /// How many letters it counts as when a fragment must keep two: 0 for a sign.
    letters: usize,
}

impl Syllables {
    /// Division points of a word, as character offsets, in order.
    ///
    /// ```
    /// use silkpress::lang::syllables::Syllables;
    /// assert_eq!(Syllables::Kyrgyz.breaks("тоолордо"), [3, 6]); // тоо-лор-до
    /// assert_eq!(Syllables::Uzbek.breaks("mashʼal"), [5]); // mashʼ-al
    /// ```
    pub fn breaks(self, word: &str) -> Vec<usize> {
        let chars: Vec<char> = word
            .chars()
            .map(|c| c.to_lowercase().next().unwrap_or(c))
            .collect();
        let units = self.units(&chars);
        let vowels: Vec<usize> = (0..units.len())
            .filter(|&u| units[u].kind == Kind::Vowel)
            .collect();
        let mut out = Vec::new();
        for pair in vowels.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let Some(split) = self.split(&chars, &units, a, b) else {
                continue;
            };
            // Just after two vowels the syllables are doubtful (a glide, a suffix), unless
            // the second is an iotated letter, which begins its own (гия-лық, сая-сат).
            let iotated = units[a].onset || "яюёе".contains(chars[units[a].start]);
            if a > 0 && units[a - 1].kind == Kind::Vowel && !iotated {
                continue;
            }
            // Never a single letter on either side.
            let letters = |us: &[Unit]| us.iter().map(|u| u.letters).sum::<usize>();
            if letters(&units[..split]) >= 2 && letters(&units[split..]) >= 2 {
                out.push(units[split].start);
            }
        }
        debug_assert!(out.windows(2).all(|w| w[0] < w[1]));
        out
    }

    /// Where the syllable of vowel unit `b` begins after vowel unit `a`, as a unit index,
    /// if the letters between them say so without morphology.
    fn split(self, chars: &[char], units: &[Unit], a: usize, b: usize) -> Option<usize> {
        let between = &units[a + 1..b];
        if between.iter().any(|u| u.kind == Kind::Ng) {
            return None;
        }
        let onset = usize::from(units[b].onset);
        if let Some(j) = between.iter().position(|u| u.kind == Kind::Closer) {
            // The sign ends its syllable: divide right after it, when at most one
            // consonant follows it and at most one letter precedes it (sanʼ-at, maʼ-no,
            // mashʼ-al, ҷамъ-ият).
            let after = &between[j + 1..];
            let clear = j <= 1 && after.len() + onset <= 1;
            return (clear && after.iter().all(|u| u.kind != Kind::Closer))
                .then_some(a + 1 + j + 1);
        }
        match (between.len(), onset) {
            // бо-ек: the iotated letter's й begins the syllable.
            (0, 1) => Some(b),
            // Two vowels side by side.
            (0, _) => None,
            // ба-ла.
            (1, 0) => Some(a + 1),
            // дун-ё: the consonant ends the syllable, the iotated letter brings its й.
            (1, _) => Some(b),
            // мақ-сат, unless it is a borrowed obstruent + р (гео-графия).
            (2, 0) => {
                let (x, y) = (chars[between[0].start], chars[between[1].start]);
                (!self.muta_cum_liquida(x, y)).then_some(a + 2)
            }
            // Three consonants (two and an iotated letter's й): morphology decides.
            _ => None,
        }
    }

    /// The word's letter units.
    fn units(self, chars: &[char]) -> Vec<Unit> {
        use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};
        let mut units: Vec<Unit> = Vec::new();
        let mut i = 0;
        let unit = |start, kind, letters| Unit {
            start,
            kind,
            onset: false,
            letters,
        };
        while i < chars.len() {
            let c = chars[i];
            let next = chars.get(i + 1).copied();
            let after = chars.get(i + 2).copied();
            // A combining mark belongs to its base letter.
            if !units.is_empty()
                && c.general_category_group() == GeneralCategoryGroup::Mark
            {
                i += 1;
                continue;
            }
            if let Some(kind) = self.sign(c, next) {
                if !units.is_empty() {
                    match kind {
                        // A sign before a consonant (or at the end) is part of its letter.
                        None => {}
                        Some(letters) => units.push(unit(i, Kind::Closer, letters)),
                    }
                    i += 1;
                    continue;
                }
            }
            let (len, kind) = match self {
                Syllables::Uzbek => {
                    let turned = |n: Option<char>| matches!(n, Some('ʻ' | '‘'));
                    match (c, next) {
                        ('o', n) if turned(n) => (2, Kind::Vowel),
                        ('g', n) if turned(n) => (2, Kind::Consonant),
                        ('s' | 'c', Some('h')) => (2, Kind::Consonant),
                        // "ngʻ" is n + gʻ.
                        ('n', Some('g')) if !turned(after) => (2, Kind::Ng),
                        _ if "aeiou".contains(c) => (1, Kind::Vowel),
                        _ => (1, Kind::Consonant),
                    }
                }
                Syllables::Kyrgyz if self.is_vowel(c) => {
                    // A long vowel is written double, or as ёо/юу after й (KY-S).
                    let long = next == Some(c)
                        || matches!((c, next), ('ё', Some('о')) | ('ю', Some('у')));
                    (if long { 2 } else { 1 }, Kind::Vowel)
                }
                _ if self.is_vowel(c) => (1, Kind::Vowel),
                _ => (1, Kind::Consonant),
            };
            let after_vowel = units.last().is_some_and(|u| u.kind == Kind::Vowel);
            let onset = kind == Kind::Vowel
                && match self {
                    Syllables::Kyrgyz => after_vowel && "еёюя".contains(c),
                    Syllables::Tajik => "ёюя".contains(c) || (after_vowel && c == 'е'),
                    Syllables::Kazakh | Syllables::Uzbek => false,
                };
            units.push(Unit {
                onset,
                ..unit(i, kind, 1)
            });
            i += len;
        }
        if self == Syllables::Kazakh {
            // у next to a vowel is the glide /w/ (та-уы, а-уыл), a consonant here.
            let vowel = |u: Option<&Unit>, chars: &[char]| {
                u.is_some_and(|u| u.kind == Kind::Vowel && chars[u.start] != 'у')
            };
            for k in 0..units.len() {
                if chars[units[k].start] == 'у'
                    && (vowel(k.checked_sub(1).and_then(|p| units.get(p)), chars)
                        || vowel(units.get(k + 1), chars))
                {
                    units[k].kind = Kind::Consonant;
                }
            }
        }
        units
    }

    /// Whether lowercase `c` is a vowel letter (Cyrillic languages; Uzbek is handled
    /// with its digraphs).
    fn is_vowel(self, c: char) -> bool {
        match self {
            Syllables::Kazakh => "аәеёиіоөұүыэюяу".contains(c),
            Syllables::Kyrgyz => "аеёиоөуүыэюя".contains(c),
            // ы appears only in Russian words.
            Syllables::Tajik => "аеёиоуӯӣэюяы".contains(c),
            Syllables::Uzbek => "aeiou".contains(c),
        }
    }

    /// Whether consonants `a` and `b` are an obstruent and р/r (гр, tr, пр…). With л/l
    /// the split is kept: it is where the suffixes -лар, -lar, -lik begin.
    fn muta_cum_liquida(self, a: char, b: char) -> bool {
        let sonorant = "рлмнңйуrlmnyvw".contains(a);
        !sonorant && matches!(b, 'р' | 'r')
    }

    /// Whether `c` (followed by `next`) is a sign that stays with the letter before it:
    /// `Some(None)` when it is part of that letter, `Some(Some(letters))` when it ends
    /// the syllable as a unit of its own counting as `letters` letters.
    fn sign(self, c: char, next: Option<char>) -> Option<Option<usize>> {
        let before_vowel = next.is_some_and(|n| self.is_vowel(n));
        match (self, c) {
            // The tutuq belgisi, however it is typed.
            (Syllables::Uzbek, 'ʼ' | '’' | '\'') => Some(Some(0)),
            // The Tajik сакта is a letter (a glottal stop) of its own.
            (Syllables::Tajik, 'ъ') => Some(Some(1)),
            (Syllables::Kazakh | Syllables::Kyrgyz | Syllables::Tajik, 'ь' | 'ъ') => {
                Some(before_vowel.then_some(0))
            }
            _ => None,
        }
    }
}

/// Whether a Turkmen word (lowercase or not) may be divided before character `at`, a
/// point its patterns offer. Turkmen is divided by syllables (TK-R: baý-dak,
/// pa-ra-hat-çy-lyk), and inside a word a syllable begins with one consonant, never
/// with a vowel: of a group of consonants only the last begins the next syllable
/// (TK-B: bag-tyň, hal-ky-myz, ka-ky-myz), and a syllable ends with at most two.
/// So the next line must begin with a consonant and a vowel (teatr-lar, not teat-rlar;
/// güýç-len, not güý-çlen), and, as for the other languages, an obstruent and r are
/// kept together (elek-trik or elekt-rik is for the dictionary to say, neither is
/// offered).
///
/// ```
/// use silkpress::lang::syllables::turkmen_allows;
/// let w: Vec<char> = "teatrlar".chars().collect();
/// assert!(turkmen_allows(&w, 5) && !turkmen_allows(&w, 4));
/// ```
pub fn turkmen_allows(word: &[char], at: usize) -> bool {
    let lower = |k: usize| word.get(k).map(|c| c.to_lowercase().next().unwrap_or(*c));
    let vowel = |c: Option<char>| c.is_some_and(|c| "aeäioöuüy".contains(c));
    let consonant = |c: Option<char>| c.is_some_and(|c| c.is_alphabetic()) && !vowel(c);
    if at < 1 || !consonant(lower(at)) || !vowel(lower(at + 1)) {
        return false;
    }
    let coda = (0..at).rev().take_while(|&k| consonant(lower(k))).count();
    let obstruent =
        consonant(lower(at - 1)) && !"lmnňrýw".contains(lower(at - 1).unwrap());
    coda <= 2 && !(obstruent && lower(at) == Some('r'))
}

#[cfg(test)]
mod tests {
    use super::Syllables::{self, Kazakh, Kyrgyz, Tajik, Uzbek};

    fn divide(s: Syllables, word: &str) -> String {
        let chars: Vec<char> = word.chars().collect();
        let mut out = String::new();
        let breaks = s.breaks(word);
        for (i, c) in chars.iter().enumerate() {
            if breaks.contains(&i) {
                out.push('-');
            }
            out.push(*c);
        }
        out
    }

    #[test]
    fn kazakh_words_divide_by_syllables() {
        for (word, want) in [
            ("ынтымақтастығы", "ын-ты-мақ-тас-ты-ғы"),
            ("Орталық", "Ор-та-лық"),
            ("балалар", "ба-ла-лар"),
            ("мақсаттары", "мақ-сат-та-ры"),
            ("стратегиялық", "стра-те-гия-лық"),
            ("университет", "уни-вер-си-тет"),
            ("альбомы", "аль-бо-мы"),
            ("тауы", "та-уы"),
            ("Қытай", "Қы-тай"),
        ] {
            assert_eq!(divide(Kazakh, word), want);
        }
    }

    #[test]
    fn kazakh_doubtful_places_are_left_whole() {
        // Three consonants (Қазақ-стан vs айт-ты), a lone letter, a glide.
        assert_eq!(divide(Kazakh, "Қазақстан"), "Қа-зақстан");
        assert_eq!(divide(Kazakh, "айтты"), "айтты");
        assert_eq!(divide(Kazakh, "ауыл"), "ауыл");
        assert_eq!(divide(Kazakh, "сиыр"), "сиыр");
        assert_eq!(divide(Kazakh, "география"), "геогра-фия");
        assert_eq!(divide(Kazakh, "геоэкономикалық"), "геоэко-но-ми-ка-лық");
    }

    #[test]
    fn uzbek_words_divide_by_syllables() {
        for (word, want) in [
            ("Oʻzbekiston", "Oʻz-be-kis-ton"),
            ("hamkorlik", "ham-kor-lik"),
            ("mamlakatlar", "mam-la-kat-lar"),
            ("shaharlari", "sha-har-la-ri"),
            ("taʼlim", "taʼ-lim"),
            ("mashhur", "mash-hur"),
            ("ogʻirlik", "ogʻir-lik"),
            ("kontrabandasi", "kontra-ban-da-si"),
            ("tabriklash", "tabrik-lash"),
            ("manbaidir", "man-baidir"),
        ] {
            assert_eq!(divide(Uzbek, word), want);
        }
    }

    #[test]
    fn uzbek_ng_is_left_whole() {
        assert_eq!(divide(Uzbek, "dengiz"), "dengiz");
        assert_eq!(divide(Uzbek, "yangilik"), "yangi-lik");
        // Here n and g are two sounds (-lan-gan), but that takes morphology to see.
        assert_eq!(divide(Uzbek, "bogʻlangan"), "bogʻ-langan");
    }

    #[test]
    fn the_tutuq_belgisi_stays_on_the_line() {
        for (word, want) in [
            ("maʼno", "maʼ-no"),
            ("sanʼat", "sanʼ-at"),
            ("mashʼal", "mashʼ-al"),
            ("inʼomlar", "inʼ-om-lar"),
            // However it is typed.
            ("san’at", "san’-at"),
        ] {
            assert_eq!(divide(Uzbek, word), want);
        }
        // A letter and the sign are still one letter: not left alone.
        assert_eq!(divide(Uzbek, "aʼzolar"), "aʼzo-lar");
    }

    #[test]
    fn oʻ_and_gʻ_are_one_letter() {
        assert_eq!(divide(Uzbek, "oʻrin"), "oʻrin");
        assert_eq!(divide(Uzbek, "o‘rin"), "o‘rin");
        assert_eq!(divide(Uzbek, "oʻrinlar"), "oʻrin-lar");
        assert_eq!(divide(Uzbek, "gʻoyat"), "gʻo-yat");
    }

    #[test]
    fn kyrgyz_words_divide_by_syllables() {
        for (word, want) in [
            ("Кыргызстан", "Кыр-гызстан"),
            ("кызматташтык", "кыз-мат-таш-тык"),
            ("тоолордо", "тоо-лор-до"),
            ("бекинүүчү", "бе-ки-нүү-чү"),
            ("саясат", "са-я-сат"),
            ("батальон", "ба-таль-он"),
            ("боюнча", "бо-юн-ча"),
            ("Өзбекстан", "Өз-бекстан"),
            ("мамлекеттер", "мам-ле-кет-тер"),
        ] {
            assert_eq!(divide(Kyrgyz, word), want);
        }
    }

    #[test]
    fn tajik_words_divide_by_syllables() {
        for (word, want) in [
            ("Тоҷикистон", "То-ҷи-кис-тон"),
            ("маълумот", "маъ-лу-мот"),
            ("ҷамъият", "ҷамъ-и-ят"),
            ("Ҷумҳурии", "Ҷум-ҳу-рии"),
            ("сиёсат", "си-ё-сат"),
            ("дунёи", "дун-ёи"),
            ("ҳамкорӣ", "ҳам-ко-рӣ"),
            ("Душанбе", "Ду-шан-бе"),
        ] {
            assert_eq!(divide(Tajik, word), want);
        }
    }
}
