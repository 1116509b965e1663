//! Non-breaking spaces for the HTML editions: where typography forbids a line break at
//! a space, the space becomes U+00A0, since in HTML the browser breaks lines. The rules
//! are the PDF layout's own ([`crate::layout::nobreak`]), so a space the PDF never breaks
//! at does not break in HTML either.

use crate::doc::StyledText;
use crate::lang::{self, LineRules, Locale};
use crate::layout::nobreak;

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
