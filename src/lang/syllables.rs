//! Word division by syllables for Kazakh (Cyrillic) and Uzbek (Latin), for which
//! neither `hyphenation` nor hyph-utf8 has TeX patterns. Without it, justified lines in
//! those editions had to stretch far (a third of the Kazakh lines beyond twice their
//! normal stretch); with it they set like Russian.
//!
//! Both languages are divided by syllables, and a native syllable starts with at most
//! one consonant (KK-L, UZ-1995 §§79–82 in `TYPOGRAPHY.md`):
//! - one consonant between vowels starts the next syllable: ба-ла, ki-tob;
//! - two consonants are split between them: мақ-сат, mak-tab, Tosh-kent;
//! - a single letter is never left on a line or carried to the next.
//!
//! Where the rules depend on morphology or on how the word sounds, no division is
//! offered rather than a wrong one:
//! - three or more consonants between vowels (Қазақ-стан but айт-ты);
//! - an obstruent followed by р/r: a borrowed word keeps the pair together
//!   (гео-графия), a native one splits it (Uzbek tab-rik);
//! - two vowels side by side (the Kazakh и and у are often glides), and just after
//!   them (геоэ-кономика would hide гео-экономика);
//! - next to the Uzbek digraph ng, which may be one sound or two.
//!
//! Letters that are one sound stay whole: the Uzbek oʻ, gʻ, sh, ch. The signs ь and ъ
//! and the Uzbek tutuq belgisi ʼ stay with the letter before them. An Uzbek or Kazakh
//! word borrowed from Russian is divided by the same rules, which Russian allows too
//! (consonant groups may be split anywhere, RU-ORF §§211–219).

/// The languages divided here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syllables {
    /// Kazakh in Cyrillic script.
    Kazakh,
    /// Uzbek in Latin script.
    Uzbek,
}

/// What a letter unit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Vowel,
    Consonant,
    /// The Uzbek ng.
    Ng,
}

/// A letter, or a digraph that is one letter, with the signs attached to it.
#[derive(Clone, Copy, Debug)]
struct Unit {
    /// Character index of its first character.
    start: usize,
    kind: Kind,
}

impl Syllables {
    /// Division points of a word, as character offsets, in order.
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
            let split = match b - a - 1 {
                1 => b - 1,
                2 if !self.muta_cum_liquida(
                    chars[units[a + 1].start],
                    chars[units[b - 1].start],
                ) =>
                {
                    b - 1
                }
                _ => continue,
            };
            if units[a + 1..b].iter().any(|u| u.kind == Kind::Ng) {
                continue;
            }
            // An iotated я, ю, е, ё after a vowel starts a syllable of its own (гия-лық).
            let iotated = "яюёе".contains(chars[units[a].start]);
            if a > 0 && units[a - 1].kind == Kind::Vowel && !iotated {
                continue;
            }
            let at = units[split].start;
            if at >= 2 && chars.len() - at >= 2 {
                out.push(at);
            }
        }
        out
    }

    /// The word's letter units.
    fn units(self, chars: &[char]) -> Vec<Unit> {
        let mut units: Vec<Unit> = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let next = chars.get(i + 1).copied();
            let after = chars.get(i + 2).copied();
            // Signs belong to the letter before them.
            if self.is_sign(c) && !units.is_empty() {
                i += 1;
                continue;
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
                Syllables::Kazakh => {
                    let kind = if "аәеёиіоөұүыэюяу".contains(c) {
                        Kind::Vowel
                    } else {
                        Kind::Consonant
                    };
                    (1, kind)
                }
            };
            units.push(Unit { start: i, kind });
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

    /// Whether consonants `a` and `b` are an obstruent and р/r (гр, tr, пр…). With л/l
    /// the split is kept: it is where the suffixes -лар, -lar, -lik begin.
    fn muta_cum_liquida(self, a: char, b: char) -> bool {
        let sonorant = "рлмнңйуrlmnyvw".contains(a);
        !sonorant && matches!(b, 'р' | 'r')
    }

    /// Whether `c` is a sign that stays with the letter before it.
    fn is_sign(self, c: char) -> bool {
        match self {
            Syllables::Kazakh => matches!(c, 'ь' | 'ъ'),
            Syllables::Uzbek => matches!(c, 'ʼ' | '’' | '\''),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Syllables::{self, Kazakh, Uzbek};

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
}
