//! Latin-script words in the running text of a locale written in another script
//! (`latin-word`): Persian, Russian and the other Cyrillic languages spell names and
//! abbreviations in their own letters (TYPOGRAPHY.md; the Persian review dropped bare
//! `BRI`, `SCO`, `TEU`).
//!
//! Not reported: text with no letter of the locale's own script (a name, an access
//! key); single letters (line A, B, C); Roman numerals (`XXI`); a word in
//! parentheses right after the locale's text, as an acronym after the full name
//! (`… رادیویی (RFID)`); a capitalised name that comes from a term or message
//! reference (a brand: `{ -brand-short-name }`), though an all-capitals acronym does
//! count wherever it comes from; and the words of `[lints] latin-allowed`.

use super::{Setup, Sink, Text};
use crate::diag::Code;

/// Whether `c` is a letter of the Latin script.
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (('\u{00C0}'..='\u{024F}').contains(&c) && c != '×' && c != '÷')
        || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// Whether `c` is a letter of another script than Latin.
fn is_other_letter(c: char) -> bool {
    c.is_alphabetic() && !is_latin(c)
}

/// Reports each Latin word of a text that is not allowed.
pub fn latin(setup: &Setup, text: &Text, sink: &mut Sink) {
    let t = &text.target.text;
    if !t.chars().any(is_latin) || !t.chars().any(is_other_letter) {
        return;
    }
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in t.char_indices().chain(std::iter::once((t.len(), ' '))) {
        let part = is_latin(c) || c.is_ascii_digit();
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    for range in words {
        let word = &t[range.clone()];
        let letters = word.chars().filter(|&c| is_latin(c)).count();
        if letters < 2 || word.chars().all(|c| "IVXLCDM".contains(c)) {
            continue;
        }
        if setup.latin_allowed.iter().any(|w| w == word) {
            continue;
        }
        let acronym = word
            .chars()
            .filter(|&c| is_latin(c))
            .all(char::is_uppercase);
        if !acronym && !text.target.is_own(range.start) {
            continue;
        }
        if after_full_name(t, range.clone()) {
            continue;
        }
        sink.report(
            text.target,
            range,
            Code::LatinWord,
            format!("`{word}` is written in Latin letters in running text"),
            "write it in the locale's script (an acronym may follow the full name in \
             parentheses), or list it in `[lints] latin-allowed` of locale.toml",
        );
    }
}

/// Whether the word at `range` stands in parentheses holding no letter of the
/// locale's script, right after text that has one: an acronym after the full name.
fn after_full_name(t: &str, range: std::ops::Range<usize>) -> bool {
    let before = &t[..range.start];
    let after = &t[range.end..];
    let (Some(open), Some(close)) = (before.rfind('('), after.find(')')) else {
        return false;
    };
    let inside = &t[open + 1..range.end + close];
    !inside.contains(['(', ')'])
        && !inside.chars().any(is_other_letter)
        && before[..open]
            .chars()
            .rev()
            .find(|c| c.is_alphabetic())
            .is_some_and(is_other_letter)
}
