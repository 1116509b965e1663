//! The locale's quotation marks (`quote-marks`) and same-style nesting
//! (`nested-quotes`), on the text with references expanded.
//!
//! The text is read once with a stack of open quotations: the outer opening mark opens
//! an outer quotation (inside another outer one directly: `nested-quotes`), the inner
//! opening mark an inner one (with nothing open: the inner pair outermost,
//! `quote-marks`), and each closing mark must close the innermost quotation of its
//! pair. A quotation mark of another convention (`“` in Russian, `"` anywhere) is
//! `quote-marks`; `’` and `'` between two letters of a cased script are apostrophes, not marks.

use super::{Setup, Sink, Text};
use crate::diag::Code;
use crate::lang::registry::Profile;

/// Whether some convention uses `c` as a quotation mark.
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '«' | '»'
            | '„'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '‚'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
            | '"'
            | '\''
    )
}

/// Which pair a quotation was opened with.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    Outer,
    Inner,
}

/// Reports the quotation-mark problems of one text.
pub fn quotes(setup: &Setup, profile: &Profile, text: &Text, sink: &mut Sink) {
    let (outer, inner) = (profile.quotes, profile.inner_quotes);
    let marks_on = setup.on(Code::QuoteMarks);
    let nesting_on = setup.on(Code::NestedQuotes);
    if !(marks_on || nesting_on) {
        return;
    }
    let t = &text.target.text;
    if !t.chars().any(is_mark) {
        return;
    }
    let mut stack: Vec<(Level, usize)> = Vec::new();
    // One `quote-marks` per text: after a wrong mark the nesting is a guess.
    let mut wrong: Option<(usize, String)> = None;
    let mut prev: Option<char> = None;
    let mut chars = t.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let before = prev;
        prev = Some(c);
        if !is_mark(c) {
            continue;
        }
        // Between letters of a cased script (Latin, Cyrillic): `Xi’an`, `90’s`. Han
        // and Arabic letters have no case, and there `’` is a closing mark.
        let cased = |c: char| c.is_lowercase() || c.is_uppercase();
        let apostrophe = matches!(c, '\'' | '’')
            && before.is_some_and(|b| cased(b) || b.is_ascii_digit())
            && next.is_some_and(cased);
        if apostrophe {
            continue;
        }
        let mut note = |what: String| {
            if wrong.is_none() {
                wrong = Some((i, what));
            }
        };
        // Open before close: where a pair's marks are equal, the first one opens.
        if c == outer.open && stack.last().map(|s| s.0) != Some(Level::Outer) {
            stack.push((Level::Outer, i));
        } else if c == outer.open && outer.open != outer.close {
            if nesting_on {
                let range = i..i + c.len_utf8();
                sink.report(
                    text.target,
                    range,
                    Code::NestedQuotes,
                    format!(
                        "`{c}` opens a quotation inside a quotation in the same marks; \
                         inside {}…{} the locale uses {}…{}",
                        outer.open, outer.close, inner.open, inner.close
                    ),
                    "use the inner marks (a term with quotes has an inner-quote variant)",
                );
            }
            stack.push((Level::Outer, i));
        } else if c == outer.close {
            match stack.last() {
                Some((Level::Outer, _)) => {
                    stack.pop();
                }
                _ => note(format!("`{c}` closes a quotation that is not open")),
            }
        } else if c == inner.open
            && (inner.open != inner.close
                || stack.last().map(|s| s.0) != Some(Level::Inner))
        {
            if stack.is_empty() {
                note(format!(
                    "`{c}` is the locale's inner mark, used outside any quotation \
                     (outer marks: {}…{})",
                    outer.open, outer.close
                ));
            }
            stack.push((Level::Inner, i));
        } else if c == inner.close {
            match stack.last() {
                Some((Level::Inner, _)) => {
                    stack.pop();
                }
                _ => note(format!("`{c}` closes a quotation that is not open")),
            }
        } else {
            note(format!(
                "`{c}` is not a quotation mark of this locale ({}…{}, inside {}…{})",
                outer.open, outer.close, inner.open, inner.close
            ));
        }
    }
    if let Some(&(_, i)) = stack.first() {
        if wrong.is_none() {
            let c = t[i..].chars().next().unwrap_or(' ');
            wrong = Some((i, format!("the quotation opened by `{c}` is not closed")));
        }
    }
    if let (true, Some((i, what))) = (marks_on, wrong) {
        let len = t[i..].chars().next().map_or(1, char::len_utf8);
        sink.report(
            text.target,
            i..i + len,
            Code::QuoteMarks,
            what,
            "use the locale's quotation marks: the outer pair, and the inner pair only \
             inside a quotation",
        );
    }
}
