//! Word division at a line end, decided once for the PDF's line breaker and for
//! `silkpress hyphenate`: which words of a text may be divided (eligibility), and where
//! (the language's TeX patterns or syllable rules, [`Division`]). The line breaker
//! offers exactly these points, less any that would fall inside a ligature; the command
//! prints them, so what a translator inspects is what the PDF may do.
//!
//! A word is divided only when it has at least [`MIN_WORD`] characters, is not an
//! abbreviation (no capital after its first letter: NATO, ҚазҰУ, ToshDU, БУУнун — KY-R
//! §84, UZ-1995 §79, KK-C1), and is not glued to a digit or an apostrophe (`COVID-19`,
//! `o‘zbek` typed with U+2018, `ta’lim` typed with U+2019: the parts of such words are
//! not words). Patterns keep their own minimum fragment lengths (`hyphenation`'s
//! `minima`, two or three characters), and Turkmen's are narrowed to its syllables
//! ([`super::syllables::turkmen_allows`]); syllable rules keep two letters on each side.

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
    cache: Mutex<HashMap<String, Arc<[usize]>>>,
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
            cache: Default::default(),
        }
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
    !glued(text.get(range.end)) && !glued(before)
}

/// The divider of a language, shared by every caller in the process (one per language,
/// patterns loaded once), or `None` when the language's words are not divided.
pub fn divider(profile: &Profile) -> Option<Arc<Divider>> {
    static DIVIDERS: OnceLock<Mutex<HashMap<&'static str, Option<Arc<Divider>>>>> =
        OnceLock::new();
    let map = DIVIDERS.get_or_init(Default::default);
    let mut map = map.lock().unwrap_or_else(|p| p.into_inner());
    map.entry(profile.language)
        .or_insert_with(|| Divider::of(profile.division).map(Arc::new))
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
    for (i, c) in text.chars().enumerate() {
        if points.contains(&i) {
            out.push('-');
        }
        out.push(c);
    }
    out
}
