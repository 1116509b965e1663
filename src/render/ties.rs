//! Non-breaking spaces for the HTML editions: where a locale's typography forbids a line
//! break at a space, the space becomes U+00A0, since in HTML the browser breaks lines.
//! (The PDF layout applies the same rules while breaking lines itself.)
//!
//! Rules (Russian: Kirsanov's non-breaking spaces, NABOR; Kazakh: KK-L §§105–107;
//! Uzbek: UZ-1995 §§79–82), for Cyrillic and Central Asian locales:
//! - a one-letter word (preposition, conjunction) stays with the next word: «в доме»;
//! - an initial or one-letter abbreviation stays with what follows: «А. С. Пушкин», «т. е.»;
//! - № and § stay with their number;
//! - a number stays with its unit, a short word, `%` or the next digit group: «25 кг»,
//!   «1998 г.», «50 %», «1 302 569»;
//! - a mid-sentence dash never starts a line: the space before « — » is fixed.

use crate::l10n::StyledText;

/// Whether the rules apply to a language (its primary subtag).
pub fn applies_to(lang: &str) -> bool {
    let primary = lang.split(['-', '_']).next().unwrap_or("");
    matches!(
        primary,
        "ru" | "kk" | "uz" | "ky" | "tg" | "tk" | "uk" | "be"
    )
}

/// Whether a word is a number (digits with inner `,` or `.`).
fn is_digits(w: &[char]) -> bool {
    // "1,5" and "1.5" are numbers; "5," ends a clause.
    w.first().is_some_and(char::is_ascii_digit)
        && w.last().is_some_and(char::is_ascii_digit)
        && w.iter()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
}

/// Whether the space between words `a` and `b` must not break.
fn keeps(a: &[char], b: &[char]) -> bool {
    let letters = |w: &[char]| w.iter().filter(|c| c.is_alphabetic()).count();
    let word_letters = |w: &[char]| w.iter().take_while(|c| c.is_alphabetic()).count();
    if b.is_empty() {
        return false;
    }
    // A dash between spaces: the space before it is fixed.
    if matches!(b, ['—'] | ['–']) {
        return true;
    }
    // One-letter words, wherever quotes or brackets put them: «в», (и.
    let core: Vec<char> = a
        .iter()
        .copied()
        .filter(|c| !matches!(c, '«' | '„' | '“' | '(' | '"'))
        .collect();
    if core.len() == 1 && core[0].is_alphabetic() {
        return true;
    }
    if core.len() == 2 && core[0].is_alphabetic() && core[1] == '.' {
        return true;
    }
    if matches!(a, ['№'] | ['§']) {
        return true;
    }
    if is_digits(a)
        && (is_digits(b)
            || b[0] == '%'
            || (letters(b) <= 3 && word_letters(b) == letters(b) && letters(b) > 0))
    {
        return true;
    }
    false
}

/// The text with the spaces that must not break made U+00A0. Styles are kept: only
/// spaces change, one character for one.
pub fn ties(text: &StyledText) -> StyledText {
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
        tie[i] = keeps(a, b);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::markup;

    fn tied(s: &str) -> String {
        ties(&markup::parse(s).unwrap())
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
        let t = ties(&markup::parse("в <i>доме</i> и").unwrap());
        assert_eq!(t.runs[0].text, "в\u{A0}");
        assert!(t.runs[1].style.italic);
        assert_eq!(t.runs[1].text, "доме");
    }

    #[test]
    fn ordinary_spaces_stay() {
        assert_eq!(tied("большой дом стоит"), "большой дом стоит");
        assert_eq!(tied("2024 году"), "2024 году");
        assert!(
            applies_to("kk")
                && applies_to("ru")
                && !applies_to("en")
                && !applies_to("zh-CN")
        );
    }
}
