//! Where a space must not break a line: one rule set for both editions. The PDF layout
//! drops these spaces from its break candidates; the HTML renderer turns them into
//! U+00A0, since there the browser breaks lines (`render::ties`).
//!
//! Sources: Russian — Kirsanov's non-breaking spaces and NABOR; Kazakh — KK-L §§105–107;
//! Uzbek — UZ-1995 §§79–82 (see `TYPOGRAPHY.md`). The word rules hold for the
//! Cyrillic and Central Asian locales ([`Rules::Slavic`](super::linebreak::Rules)); the
//! dash rule for every language.

/// Whether a line must not start with word `b`: a dash between spaces is mid-sentence,
/// so the space before it is fixed («Это — правда», "this — and that").
pub fn dash_starts(b: &[char]) -> bool {
    matches!(b, ['—'] | ['–'])
}

/// Whether the Russian/Kazakh/Uzbek rules keep word `a` on the line of the word `b`
/// that follows it:
/// - a one-letter word (preposition, conjunction), quotes or brackets aside: «в доме»,
///   «(и так»;
/// - an initial or one-letter abbreviation: «А. С. Пушкин», «т. е.»;
/// - № and § with their number;
/// - a number with its unit, a short word, `%` or the next digit group: «25 кг»,
///   «1998 г.», «50 %», «1 302 569».
pub fn keeps(a: &[char], b: &[char]) -> bool {
    if b.is_empty() {
        return false;
    }
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
    // A unit with a case ending after a hyphen is the unit ("1000 МВт-тан").
    let unit = b.split(|c| *c == '-').next().unwrap_or(b);
    let letters = |w: &[char]| w.iter().filter(|c| c.is_alphabetic()).count();
    let leading_letters = |w: &[char]| w.iter().take_while(|c| c.is_alphabetic()).count();
    let abbreviation = |w: &[char]| w.iter().skip(1).any(|c| c.is_uppercase());
    // The next digit group may end the clause ("1 302 569,").
    is_number(a)
        && (b[0].is_ascii_digit()
            || b[0] == '%'
            || (letters(unit) > 0
                && leading_letters(unit) == letters(unit)
                && (letters(unit) <= 3 || abbreviation(unit))))
}

/// Whether a word is a number: digits, with inner `,` or `.` ("1,5", "1.5"; "5," ends a
/// clause and is not one).
fn is_number(w: &[char]) -> bool {
    w.first().is_some_and(char::is_ascii_digit)
        && w.last().is_some_and(char::is_ascii_digit)
        && w.iter()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
}

/// Whether the hyphen between `a` and `b` (`a-b`, each read up to the nearest space or
/// other hyphen) must not end a line: a number, a percentage or an abbreviation
/// keeps its suffix (`2024-yil`, `31 %-ға`, `20-й`, `ШОС-тың`, `AQSh-ning`). Neither part
/// stands alone on a line: RU-ORF §§211–219 (no division of 20-й), KK-L §§105–107 and
/// UZ-1995 §§79–82 (numbers and abbreviations are never split, `Boing-767`).
pub fn hyphen_glued(a: &[char], b: &[char]) -> bool {
    let (Some(&last), Some(&next)) = (a.last(), b.first()) else {
        return false;
    };
    let letters: Vec<char> = a.iter().copied().filter(|c| c.is_alphabetic()).collect();
    let abbreviation =
        letters.len() >= 2 && letters[1..].iter().any(|c| c.is_uppercase());
    let number = last.is_ascii_digit() || last == '%';
    (number || abbreviation) && (next.is_alphabetic() || next.is_ascii_digit())
        || next.is_ascii_digit() && last.is_alphabetic()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keep(a: &str, b: &str) -> bool {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        keeps(&a, &b)
    }

    #[test]
    fn words_kept_with_the_next() {
        assert!(keep("в", "доме"));
        assert!(keep("«в", "кавычках»"));
        assert!(keep("(и", "так"));
        assert!(keep("А.", "С."));
        assert!(keep("т.", "е."));
        assert!(keep("№", "5"));
        assert!(keep("25", "кг,"));
        assert!(keep("1998", "г."));
        assert!(keep("50", "%"));
        assert!(keep("1", "302"));
        assert!(keep("302", "569,"));
        assert!(keep("1,5", "млн"));
        // A unit keeps its number with a case ending after a hyphen, or as an
        // abbreviation of any length.
        assert!(keep("1000", "МВт-тан"));
        assert!(keep("000", "МВт"));
        assert!(keep("31", "%-ға"));
    }

    #[test]
    fn suffixes_stay_with_numbers_and_abbreviations() {
        let glued = |a: &str, b: &str| {
            let (a, b): (Vec<char>, Vec<char>) =
                (a.chars().collect(), b.chars().collect());
            hyphen_glued(&a, &b)
        };
        assert!(glued("2024", "yil"));
        assert!(glued("%", "ға"));
        assert!(glued("20", "й"));
        assert!(glued("(ШОС", "тың"));
        assert!(glued("AQSh", "ning"));
        assert!(glued("Boing", "767"));
        assert!(!glued("военно", "морской"));
        assert!(!glued("Central", "Asian"));
        assert!(!glued("2024", ""));
    }

    #[test]
    fn ordinary_spaces_break() {
        assert!(!keep("большой", "дом"));
        assert!(!keep("2024", "году"));
        assert!(!keep("5,", "и"));
        assert!(!keep("25", "—"));
        assert!(!keep("25", "(см."));
        assert!(!keep("в", ""));
        assert!(dash_starts(&['—']) && dash_starts(&['–']) && !dash_starts(&['—', 'а']));
    }
}
