//! Punctuation: a full stop or comma inside a closing quotation mark where the locale
//! puts it after (`stop-inside-quote`), and sentence-final punctuation unlike the
//! source's (`end-punctuation`, as Weblate's end-stop checks).

use super::{Sink, Text};
use crate::diag::Code;
use crate::lang::registry::Profile;

/// Reports `.` or `,` directly before a closing quotation mark of the locale (`».`
/// not `.»`). A full stop ending an abbreviation of one or two lowercase letters
/// (`т. д.»`, `2023 г.»`) is the abbreviation's, and stays.
pub fn stop_inside_quote(profile: &Profile, text: &Text, sink: &mut Sink) {
    let closes = [profile.quotes.close, profile.inner_quotes.close];
    let t = &text.target.text;
    let chars: Vec<(usize, char)> = t.char_indices().collect();
    for w in 1..chars.len() {
        let (i, stop) = chars[w - 1];
        let (_, close) = chars[w];
        if !matches!(stop, '.' | ',') || !closes.contains(&close) {
            continue;
        }
        // An opening and closing mark that are the same character cannot be told
        // apart here; only distinct closing marks are checked.
        if close == profile.quotes.open || close == profile.inner_quotes.open {
            continue;
        }
        if stop == '.' && abbreviation(&chars[..w - 1]) {
            continue;
        }
        sink.report(
            text.target,
            i..i + 1,
            Code::StopInsideQuote,
            format!("`{stop}` inside the closing `{close}`: the locale puts it after (`{close}{stop}`)"),
            "move the punctuation after the closing quotation mark",
        );
    }
}

/// Whether the text before a full stop ends with a short lowercase abbreviation (one or
/// two letters after a space or a dot: `г`, `д`, `вв`).
fn abbreviation(before: &[(usize, char)]) -> bool {
    let letters = before
        .iter()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .count();
    let lower = before
        .iter()
        .rev()
        .take(letters)
        .all(|(_, c)| c.is_lowercase());
    let start = before.len() - letters;
    (1..=2).contains(&letters)
        && lower
        && (start == 0 || matches!(before[start - 1].1, ' ' | '\u{00A0}' | '.'))
}

/// The kind of mark a text ends with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum End {
    Stop,
    Question,
    Exclamation,
    Colon,
    Semicolon,
    Ellipsis,
    None,
}

impl End {
    fn name(self) -> &'static str {
        match self {
            End::Stop => "a full stop",
            End::Question => "a question mark",
            End::Exclamation => "an exclamation mark",
            End::Colon => "a colon",
            End::Semicolon => "a semicolon",
            End::Ellipsis => "an ellipsis",
            End::None => "no final punctuation",
        }
    }
}

/// Closing marks and brackets that may follow the final punctuation (`.”`, `».`, `)`).
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '»' | '“'
            | '”'
            | '’'
            | '"'
            | '\''
            | '›'
            | '」'
            | '』'
            | '》'
            | '〉'
            | ')'
            | '）'
            | ']'
    ) || c.is_whitespace()
        || matches!(c, '\u{2068}' | '\u{2069}' | '\u{200F}' | '\u{200E}')
}

/// The final mark of a text and its byte range, closing marks skipped. CJK and Arabic
/// marks count as their Latin kin (。 . ， ؟ ? ؛ ; ： :).
fn end_of(t: &str) -> (End, std::ops::Range<usize>) {
    let trimmed = t.trim_end_matches(is_closer);
    let Some((i, c)) = trimmed.char_indices().next_back() else {
        return (End::None, 0..0);
    };
    let range = i..i + c.len_utf8();
    let end = match c {
        '…' => End::Ellipsis,
        '.' if trimmed.ends_with("...") => End::Ellipsis,
        '.' | '。' | '۔' | '।' | '．' => End::Stop,
        '?' | '？' | '؟' => End::Question,
        '!' | '！' => End::Exclamation,
        ':' | '：' => End::Colon,
        ';' | '；' | '؛' => End::Semicolon,
        _ => End::None,
    };
    (end, range)
}

/// Reports a translation whose final punctuation differs from the source's. Short
/// sources (four characters or fewer: labels, access keys) are skipped, as Weblate
/// does, and so is a translation that ends with a short abbreviation's full stop where
/// the source has no mark (`… в 2025 г.` for `… in 2025`). A `title` (a heading, an
/// attribution) may drop or add a full stop: Russian and Chinese headings never end
/// with one where English ones sometimes do.
pub fn end(text: &Text, title: bool, sink: &mut Sink) {
    let (s, t) = (&text.source.text, &text.target.text);
    if s.trim().chars().nth(4).is_none() || t.trim().is_empty() {
        return;
    }
    let (se, _) = end_of(s);
    let (te, range) = end_of(t);
    if se == te
        || (title && matches!((se, te), (End::Stop, End::None) | (End::None, End::Stop)))
    {
        return;
    }
    // A placeable at the end (a variable, a function) may carry the mark.
    let last = |x: &str| x.trim_end_matches(is_closer).chars().next_back();
    if last(s) == Some(super::expand::OPAQUE) || last(t) == Some(super::expand::OPAQUE) {
        return;
    }
    if se == End::None && te == End::Stop {
        let chars: Vec<(usize, char)> = t[..range.start].char_indices().collect();
        if abbreviation(&chars) {
            return;
        }
    }
    let at = if range.is_empty() {
        let i = t
            .trim_end()
            .char_indices()
            .next_back()
            .map_or(0, |(i, _)| i);
        i..i + t[i..].chars().next().map_or(0, char::len_utf8)
    } else {
        range
    };
    sink.report(
        text.target,
        at,
        Code::EndPunctuation,
        format!(
            "the source ends with {}, the translation with {}",
            se.name(),
            te.name()
        ),
        "end the translation as the source ends, in the locale's own marks",
    );
}
