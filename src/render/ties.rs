//! Line-break control for the HTML editions, where the browser breaks lines: the PDF
//! layout's rules written into the text as characters.
//!
//! - [`ties`]: where typography forbids a line break at a space, the space becomes
//!   U+00A0 (the rules of [`crate::layout::nobreak`], so a space the PDF never breaks at
//!   does not break in HTML either).
//! - [`glue`]: U+2060 WORD JOINER where the browser would break beside a dash or hyphen
//!   and typography forbids it: before a connecting dash (CLREQ: 中国—中亚 never puts
//!   the dash at a line start), and after the hyphen of a number's or abbreviation's
//!   suffix (`2024-yil`, [`nobreak::hyphen_glued`]).
//! - [`soft_hyphens`]: U+00AD at points where the PDF may divide a word
//!   ([`crate::lang::division`], the same divider and the same eligibility and minimum
//!   fragments as the PDF's line breaker and `silkpress hyphenate`), in long words only,
//!   so that the browser divides words where the PDF could and nowhere else.
//!
//! All three characters are invisible where no break happens; the page's copy handler
//! drops U+00AD and U+2060 from copied text (`templates/report.html.j2`).

use crate::doc::StyledText;
use crate::lang::division::Divider;
use crate::lang::script::in_word;
use crate::lang::{self, LineRules, Locale};
use crate::layout::nobreak;

/// SOFT HYPHEN: the browser may divide the word here, drawing a hyphen.
pub const SOFT_HYPHEN: char = '\u{AD}';
/// WORD JOINER: no line break on either side; draws nothing.
pub const WORD_JOINER: char = '\u{2060}';

/// Whether a locale's language has the Russian/Kazakh/Uzbek word rules (from the
/// language registry, as the PDF layout takes its line-breaking rules).
pub fn word_rules(locale: &Locale) -> bool {
    lang::profile(locale).is_ok_and(|t| t.profile.line_rules == LineRules::Slavic)
}

/// The text with the spaces that must not break made U+00A0: before a mid-sentence
/// dash always, and with `words` (see [`word_rules`]) after one-letter words, initials,
/// numbers before their units. Styles are kept: only spaces change, one for one.
pub fn ties(text: &StyledText, words: bool) -> StyledText {
    let chars: Vec<char> = text.to_plain().chars().collect();
    let mut tie = vec![false; chars.len()];
    let word_start = |mut i: usize| {
        while i > 0 && !chars[i - 1].is_whitespace() {
            i -= 1;
        }
        i
    };
    for i in 0..chars.len() {
        if chars[i] != ' ' || i == 0 || chars[i - 1].is_whitespace() {
            continue;
        }
        let a = &chars[word_start(i)..i];
        let end = (i + 1..chars.len())
            .find(|&j| chars[j].is_whitespace())
            .unwrap_or(chars.len());
        let b = &chars[i + 1..end];
        tie[i] = nobreak::dash_starts(b) || (words && nobreak::keeps(a, b));
    }
    let mut out = text.clone();
    let mut at = 0;
    for run in &mut out.runs {
        run.text = run
            .text
            .chars()
            .map(|c| {
                let t = tie[at];
                at += 1;
                if t {
                    '\u{A0}'
                } else {
                    c
                }
            })
            .collect();
    }
    out
}

/// Whether `c` is a dash that the browser may break before (UAX #14 class B2 or BA).
fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

/// Whether `c` is a hyphen the browser may break after.
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐')
}

/// The text with U+2060 before each dash that follows a character other than a space or
/// another dash (the dash stays with what precedes it), and after each hyphen that
/// joins a suffix to a number or an abbreviation ([`nobreak::hyphen_glued`]).
pub fn glue(text: &StyledText) -> StyledText {
    let chars: Vec<char> = text.to_plain().chars().collect();
    let mut at = Vec::new();
    let part_end = |c: char| c.is_whitespace() || is_hyphen(c);
    for (i, &c) in chars.iter().enumerate() {
        let Some(&prev) = i.checked_sub(1).and_then(|p| chars.get(p)) else {
            continue;
        };
        if is_dash(c) && !prev.is_whitespace() && !is_dash(prev) && prev != WORD_JOINER {
            at.push(i);
        } else if is_hyphen(c) {
            let start = (0..i)
                .rev()
                .find(|&k| part_end(chars[k]))
                .map_or(0, |k| k + 1);
            let end = (i + 1..chars.len())
                .find(|&k| part_end(chars[k]))
                .unwrap_or(chars.len());
            if nobreak::hyphen_glued(&chars[start..i], &chars[i + 1..end]) {
                at.push(i + 1);
            }
        }
    }
    insert(text, &at, WORD_JOINER)
}

/// Words shorter than this (in characters) get no soft hyphen in HTML.
///
/// The browser breaks lines first-fit and divides a word whenever a part of it fits, so
/// with every point the PDF may use it divided half the Russian lines (50 % at 375 px,
/// runs of 11) where the PDF's Knuth–Plass divides few. Ragged-right lines need division
/// only for long words: measured in Chromium on the ru edition at 375 px, long words
/// alone (this and [`HTML_MIN_FRAGMENT`]) give 22 % divided lines (kk 15 %, en 11 %)
/// and leave 12 % of the lines more than a fifth of the measure short, against 33 %
/// with no hyphenation.
pub const HTML_MIN_WORD: usize = 10;
/// Fewest characters a soft hyphen leaves on either side in HTML (the PDF's own minimum
/// fragments, two or three, are met a fortiori).
pub const HTML_MIN_FRAGMENT: usize = 4;

/// The text with U+00AD at the points where `divider` lets the PDF divide a word, in
/// words of [`HTML_MIN_WORD`] characters or more, at least [`HTML_MIN_FRAGMENT`] from
/// either end; none in a paragraph's last word (a fragment alone on the last line) or in
/// a suffix glued to a number or abbreviation by [`glue`] (`2024-yilda` stays whole).
pub fn soft_hyphens(text: &StyledText, divider: &Divider) -> StyledText {
    let chars: Vec<char> = text.to_plain().chars().collect();
    let last_word = chars.iter().rposition(|&c| in_word(c)).map(|end| {
        (0..end)
            .rev()
            .find(|&k| !in_word(chars[k]))
            .map_or(0, |k| k + 1)
    });
    let points: Vec<usize> = divider
        .points(&chars)
        .into_iter()
        .filter(|&p| {
            let start = (0..p)
                .rev()
                .find(|&k| !in_word(chars[k]))
                .map_or(0, |k| k + 1);
            let end = (p..chars.len())
                .find(|&k| !in_word(chars[k]))
                .unwrap_or(chars.len());
            let glued = start >= 1 && chars[start - 1] == WORD_JOINER;
            let long = end - start >= HTML_MIN_WORD
                && p - start >= HTML_MIN_FRAGMENT
                && end - p >= HTML_MIN_FRAGMENT;
            long && last_word.is_none_or(|w| start < w) && !glued
        })
        .collect();
    insert(text, &points, SOFT_HYPHEN)
}

/// `text` with `c` inserted before each character index of `at` (ascending), styles
/// kept: an insertion goes into the run of the character it precedes.
fn insert(text: &StyledText, at: &[usize], c: char) -> StyledText {
    debug_assert!(at.windows(2).all(|w| w[0] < w[1]));
    if at.is_empty() {
        return text.clone();
    }
    let mut out = text.clone();
    let mut next = at.iter().peekable();
    let mut i = 0;
    for run in &mut out.runs {
        let mut s = String::with_capacity(run.text.len() + 3 * at.len());
        for ch in run.text.chars() {
            if next.peek() == Some(&&i) {
                s.push(c);
                next.next();
            }
            s.push(ch);
            i += 1;
        }
        run.text = s;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::markup;

    fn tied(s: &str) -> String {
        ties(&markup::parse(s).unwrap(), true)
            .to_plain()
            .replace('\u{A0}', "~")
    }

    #[test]
    fn russian_rules() {
        assert_eq!(tied("живу в доме и саду"), "живу в~доме и~саду");
        assert_eq!(tied("А. С. Пушкин, т. е. поэт"), "А.~С.~Пушкин, т.~е.~поэт");
        assert_eq!(tied("№ 5, и § 3"), "№~5, и~§~3");
        assert_eq!(
            tied("в 1998 г. было 25 кг, 50 % и 1 302 569"),
            "в~1998~г.~было 25~кг, 50~% и~1~302~569"
        );
        assert_eq!(tied("Это — правда"), "Это~— правда");
        assert_eq!(tied("слово «в кавычках»"), "слово «в~кавычках»");
    }

    #[test]
    fn styles_survive_across_runs() {
        let t = ties(&markup::parse("в <i>доме</i> и").unwrap(), true);
        assert_eq!(t.runs[0].text, "в\u{A0}");
        assert!(t.runs[1].style.italic);
        assert_eq!(t.runs[1].text, "доме");
    }

    fn glued(s: &str) -> String {
        glue(&markup::parse(s).unwrap())
            .to_plain()
            .replace(WORD_JOINER, "^")
    }

    #[test]
    fn dashes_stay_with_what_precedes_them() {
        assert_eq!(glued("中国—中亚峰会"), "中国^—中亚峰会");
        assert_eq!(glued("2022—2024年"), "2022^—2024年");
        assert_eq!(glued("隧道——安格连"), "隧道^——安格连");
        // A spaced dash is tied by `ties`; a dash opening the text has nothing before it.
        assert_eq!(glued("a — b"), "a — b");
        assert_eq!(glued("— a"), "— a");
    }

    #[test]
    fn suffixes_stay_with_numbers() {
        assert_eq!(glued("2024-yilda va 31 %-ға"), "2024-^yilda va 31 %-^ға");
        assert_eq!(
            glued("ШОС-тың, China-Central-Asian"),
            "ШОС-^тың, China-Central-Asian"
        );
        assert_eq!(glued("военно-морской"), "военно-морской");
    }

    #[test]
    fn soft_hyphens_where_the_pdf_divides() {
        let ru = crate::lang::registry::language("ru").unwrap();
        let divider = crate::lang::division::divider(ru).unwrap();
        let t =
            markup::parse("электростанции <i>электростанции</i> 2024-электростанции дом")
                .unwrap();
        let out = soft_hyphens(&glue(&t), &divider);
        let shown = out
            .to_plain()
            .replace(SOFT_HYPHEN, "~")
            .replace(WORD_JOINER, "^");
        // The PDF's points, at least four letters from either end of the 14.
        let points: Vec<usize> = crate::lang::division::points(ru, "электростанции")
            .into_iter()
            .filter(|&p| (4..=10).contains(&p))
            .collect();
        let word =
            crate::lang::division::mark("электростанции", &points).replace('-', "~");
        assert!(word.contains('~'), "{word}");
        assert_eq!(shown, format!("{word} {word} 2024-^электростанции дом"));
        assert!(out.runs[1].style.italic);
        // Short words and the last word of a paragraph are never divided.
        let short = soft_hyphens(&markup::parse("правда правда").unwrap(), &divider);
        assert!(!short.to_plain().contains(SOFT_HYPHEN));
        let last = soft_hyphens(&markup::parse("дом электростанции").unwrap(), &divider);
        assert!(!last.to_plain().contains(SOFT_HYPHEN));
    }

    #[test]
    fn ordinary_spaces_stay() {
        assert_eq!(tied("большой дом стоит"), "большой дом стоит");
        assert_eq!(tied("2024 году"), "2024 году");
        let rules = |tag: &str| word_rules(&Locale::parse(tag).unwrap());
        assert!(
            rules("kk")
                && rules("ru")
                && rules("uz-Latn")
                && !rules("en")
                && !rules("zh-CN")
        );
        // English keeps only the dash rule.
        let en = ties(&markup::parse("in 1998 a — b").unwrap(), rules("en"));
        assert_eq!(en.to_plain().replace('\u{A0}', "~"), "in 1998 a~— b");
    }
}
