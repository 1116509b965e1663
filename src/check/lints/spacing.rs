//! Spaces: a no-break space the locale requires between a number and a word
//! (`missing-nbsp`), two spaces in a row (`double-space`) and leading or trailing
//! whitespace unlike the source's (`edge-whitespace`).

use super::{Sink, Text};
use crate::diag::Code;
use crate::lang::registry::Conventions;

/// Spaces that separate words on a line (not line breaks).
fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{00A0}' | '\u{2009}' | '\u{202F}' | '\u{2002}' | '\u{2003}' | '\u{3000}'
    )
}

/// Reports each plain space (U+0020) between a digit and a word the locale ties to
/// numbers (`Conventions::tied_after_number`), matched as the beginning of the word.
pub fn nbsp(conventions: &Conventions, text: &Text, sink: &mut Sink) {
    let tied = conventions.tied_after_number;
    if tied.is_empty() {
        return;
    }
    let t = &text.target.text;
    for (i, _) in t.match_indices(' ') {
        let after_digit = t[..i].chars().next_back().is_some_and(char::is_numeric);
        if !after_digit {
            continue;
        }
        let rest = &t[i + 1..];
        let Some(word) = tied.iter().find(|w| rest.starts_with(**w)) else {
            continue;
        };
        sink.report(
            text.target,
            i..i + 1,
            Code::MissingNbsp,
            format!("a plain space between a number and `{word}`: the locale ties them"),
            "write U+00A0 (no-break space) there, so the line never breaks between them",
        );
    }
}

/// Reports two or more spaces in a row, unless the source has them too.
pub fn double_space(text: &Text, sink: &mut Sink) {
    let doubled = |t: &str| {
        // ASCII text can only double U+0020: a fast substring search.
        if t.is_ascii() {
            return t.find("  ").map(|i| i + 1);
        }
        let mut prev = false;
        t.char_indices().find_map(|(i, c)| {
            let space = is_space(c);
            let hit = space && prev;
            prev = space;
            hit.then_some(i)
        })
    };
    let Some(at) = doubled(&text.target.text) else {
        return;
    };
    if doubled(&text.source.text).is_some() {
        return;
    }
    // Point at the pair: the space before `at` and the one at it.
    let start = text.target.text[..at]
        .char_indices()
        .next_back()
        .map_or(at, |(j, _)| j);
    let end = at
        + text.target.text[at..]
            .chars()
            .next()
            .map_or(1, char::len_utf8);
    sink.report(
        text.target,
        start..end,
        Code::DoubleSpace,
        "two spaces in a row".to_string(),
        "delete the extra space",
    );
}

/// Reports leading or trailing whitespace the source does not have, or the source's
/// that the translation lacks (Fluent trims plain spaces and line breaks; the rest —
/// `{ " " }`, a no-break space — is shown).
pub fn edges(text: &Text, sink: &mut Sink) {
    let (s, t) = (&text.source.text, &text.target.text);
    if t.is_empty() || t.chars().all(char::is_whitespace) {
        return;
    }
    let lead = |x: &str| x.chars().next().is_some_and(char::is_whitespace);
    let trail = |x: &str| x.chars().next_back().is_some_and(char::is_whitespace);
    if lead(s) != lead(t) {
        let what = if lead(t) {
            "the translation starts with whitespace; the source does not"
        } else {
            "the source starts with whitespace; the translation does not"
        };
        let len = t.chars().next().map_or(0, char::len_utf8);
        sink.report(
            text.target,
            0..len,
            Code::EdgeWhitespace,
            what.to_string(),
            "keep the source's leading whitespace",
        );
    }
    if trail(s) != trail(t) {
        let what = if trail(t) {
            "the translation ends with whitespace; the source does not"
        } else {
            "the source ends with whitespace; the translation does not"
        };
        let last = t.char_indices().next_back().map_or(0, |(i, _)| i);
        sink.report(
            text.target,
            last..t.len(),
            Code::EdgeWhitespace,
            what.to_string(),
            "keep the source's trailing whitespace",
        );
    }
}
