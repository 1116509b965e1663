//! Block text in canonical form, and its two spellings: an FTL message value (with the
//! inline markup of [`crate::doc::markup`]) and CommonMark inline text.
//!
//! Canonical means that two texts a reader cannot tell apart compare equal: ASCII
//! whitespace (space, tab, line ends: what CommonMark treats as whitespace) collapsed to
//! one space and trimmed, and a space between differently styled words given only the
//! styles both neighbours share (`<i>a </i>b` is `<i>a</i> b`). Other spaces (no-break,
//! thin) are characters of the text and are kept. Emphasis markers (`*x*` or `_x_`) and
//! line wrapping are gone before this point: they are how Markdown spells a style, not
//! the text.

use crate::doc::markup::{Style, StyledText, TextRun};

/// Whether `c` is whitespace in CommonMark's sense (collapsed), not a no-break space.
fn is_md_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{000B}' | '\u{000C}')
}

/// The canonical form of a styled text (see the module documentation).
///
/// ```
/// use silkpress::doc::markup::parse;
/// use silkpress::import::text::{canonical, ftl_value};
/// let t = canonical(&parse("  A <i>title </i>\n  here ").unwrap());
/// assert_eq!(ftl_value(&t), "A <i>title</i> here");
/// ```
pub fn canonical(text: &StyledText) -> StyledText {
    // Characters with their styles, whitespace collapsed to one space.
    let mut chars: Vec<(char, Style)> = Vec::new();
    for run in &text.runs {
        for c in run.text.chars() {
            if is_md_space(c) {
                if chars.last().is_some_and(|(p, _)| *p != ' ') {
                    chars.push((' ', run.style));
                }
            } else {
                chars.push((c, run.style));
            }
        }
    }
    while chars.last().is_some_and(|(c, _)| *c == ' ') {
        chars.pop();
    }
    // A space takes the styles its two neighbours share (it is never first or last now).
    for i in 0..chars.len() {
        if chars[i].0 == ' ' && i > 0 && i + 1 < chars.len() {
            let (a, b) = (chars[i - 1].1, chars[i + 1].1);
            chars[i].1 = Style {
                italic: a.italic && b.italic,
                bold: a.bold && b.bold,
            };
        }
    }
    let mut out = StyledText::default();
    for (c, style) in chars {
        match out.runs.last_mut() {
            Some(last) if last.style == style => last.text.push(c),
            _ => out.runs.push(TextRun {
                text: c.to_string(),
                style,
            }),
        }
    }
    out
}

/// The tags to open for a style, outermost first: bold outside italic.
fn tags(style: Style) -> Vec<&'static str> {
    let mut t = Vec::new();
    if style.bold {
        t.push("b");
    }
    if style.italic {
        t.push("i");
    }
    t
}

/// Walks the runs, calling `open`/`close` with tag names as styles change (tags nest:
/// a tag is closed before one opened after it) and `text` with each run's characters.
fn walk(
    text: &StyledText,
    mut open: impl FnMut(&str, &mut String),
    mut close: impl FnMut(&str, &mut String),
    mut chars: impl FnMut(&str, &mut String),
) -> String {
    let mut out = String::new();
    let mut stack: Vec<&'static str> = Vec::new();
    for run in &text.runs {
        let want = tags(run.style);
        // Close from the top down to the deepest tag still wanted in place.
        let keep = stack.iter().zip(&want).take_while(|(a, b)| a == b).count();
        while stack.len() > keep {
            close(stack.pop().unwrap_or_default(), &mut out);
        }
        for t in &want[keep..] {
            open(t, &mut out);
            stack.push(t);
        }
        chars(&run.text, &mut out);
    }
    while let Some(t) = stack.pop() {
        close(t, &mut out);
    }
    out
}

/// The text as silkpress inline markup (`<i>`, `<b>`, `&lt;` …), what a message value
/// holds before FTL's own escaping: [`crate::doc::markup::parse`] gives the text back.
pub fn markup(text: &StyledText) -> String {
    walk(
        text,
        |t, out| {
            out.push('<');
            out.push_str(t);
            out.push('>');
        },
        |t, out| {
            out.push_str("</");
            out.push_str(t);
            out.push('>');
        },
        |s, out| {
            for (i, c) in s.char_indices() {
                let rest = &s[i + c.len_utf8()..];
                match c {
                    // `&lt;`, `&gt;`, `&amp;` are entities in markup; other `&` are literal.
                    '&' if ["lt;", "gt;", "amp;"].iter().any(|e| rest.starts_with(e)) => {
                        out.push_str("&amp;")
                    }
                    // A `<` followed by a letter or `/` would read as a tag.
                    '<' if rest
                        .starts_with(|n: char| n.is_ascii_alphabetic() || n == '/') =>
                    {
                        out.push_str("&lt;")
                    }
                    _ => out.push(c),
                }
            }
        },
    )
}

/// The text as the value of an FTL message on one line: [`markup`] with `{` and `}`
/// written as string literals (they open and close placeables in FTL).
///
/// ```
/// use silkpress::doc::markup::parse;
/// use silkpress::import::text::ftl_value;
/// assert_eq!(ftl_value(&parse("a {b} &amp; <i>c</i>").unwrap()), r#"a {"{"}b{"}"} & <i>c</i>"#);
/// ```
pub fn ftl_value(text: &StyledText) -> String {
    let m = markup(text);
    let mut out = String::with_capacity(m.len());
    for c in m.chars() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            _ => out.push(c),
        }
    }
    out
}

/// The text as CommonMark inline content: `*italic*`, `**bold**`, and a backslash
/// before every character that would otherwise start markup. Block-level hazards at the
/// start of a line (`#`, `-`, `1.`) are the caller's: see [`escape_line_start`].
pub fn markdown_inline(text: &StyledText) -> String {
    let delim = |t: &str| if t == "b" { "**" } else { "*" };
    walk(
        text,
        |t, out| out.push_str(delim(t)),
        |t, out| out.push_str(delim(t)),
        |s, out| {
            for (i, c) in s.char_indices() {
                let next = s[i + c.len_utf8()..].chars().next();
                let escape = match c {
                    // `~` opens strikethrough (refused on import) or a code fence.
                    '\\' | '*' | '_' | '`' | '[' | ']' | '~' => true,
                    // An entity (`&amp;`, `&#38;`) or raw HTML / an autolink (`<a`, `</`).
                    '&' => next.is_some_and(|n| n == '#' || n.is_ascii_alphanumeric()),
                    '<' => {
                        next.is_some_and(|n| n.is_ascii_alphabetic() || "/!?".contains(n))
                    }
                    _ => false,
                };
                if escape {
                    out.push('\\');
                }
                out.push(c);
            }
        },
    )
}

/// Escapes what would make a line of inline text start a block: a heading (`#`), a
/// list item or thematic break (`-`, `+`), a setext underline (`=`), a quote (`>`) or
/// an ordered list item (`1.`, `1)`).
pub fn escape_line_start(line: &str) -> String {
    if line.starts_with(['#', '-', '+', '=', '>']) {
        return format!("\\{line}");
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) && line[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    line.to_string()
}

/// Normalised words of a text, for similarity: lower-cased runs of letters and digits,
/// and each ideograph or kana as a word of its own (those scripts do not space words).
pub fn words(plain: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in plain.chars() {
        if is_unspaced(c) {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            out.push(c.to_string());
        } else if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Han, kana, Hangul syllables and Thai: scripts whose words are not separated by spaces.
fn is_unspaced(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0x20000..=0x3FFFF | 0xAC00..=0xD7AF | 0x0E00..=0x0E7F)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::markup::parse;

    fn canon(s: &str) -> String {
        markup(&canonical(&parse(s).unwrap()))
    }

    #[test]
    fn whitespace_collapses_but_no_break_spaces_stay() {
        assert_eq!(canon("  a \n\t b  "), "a b");
        assert_eq!(canon("10\u{a0}%  x"), "10\u{a0}% x");
    }

    #[test]
    fn spaces_take_the_shared_style() {
        assert_eq!(canon("a<i> b </i>c"), "a <i>b</i> c");
        assert_eq!(canon("<i>a b</i>"), "<i>a b</i>");
        assert_eq!(canon("<b>a <i>b</i></b>"), "<b>a <i>b</i></b>");
        assert_eq!(canon("<i>a </i><b>b</b>"), "<i>a</i> <b>b</b>");
    }

    #[test]
    fn markup_round_trips_through_the_markup_parser() {
        let mut texts: Vec<StyledText> = [
            "a &amp;lt; b",
            "<b>bold <i>both</i></b><i> italic</i>",
            "A&F &lt;tag&gt;",
            "{ braces }",
        ]
        .iter()
        .map(|s| parse(s).unwrap())
        .collect();
        // Literal text that looks like markup.
        texts.push(StyledText::plain("x <y and </z> &lt; &amp;amp; & <"));
        for t in texts {
            let t = canonical(&t);
            assert_eq!(parse(&markup(&t)).unwrap(), t, "{}", markup(&t));
        }
    }

    #[test]
    fn ftl_values_parse_back_to_the_same_text() {
        let t = canonical(&parse("a {b} &lt;c&gt; <i>d</i> [e] *f").unwrap());
        let src = format!("m = {}\n", ftl_value(&t));
        let res = fluent_bundle::FluentResource::try_new(src).unwrap();
        let mut bundle = fluent_bundle::FluentBundle::<_>::default();
        bundle.add_resource(&res).unwrap();
        let msg = bundle.get_message("m").unwrap();
        let mut errors = Vec::new();
        let value = bundle.format_pattern(msg.value().unwrap(), None, &mut errors);
        assert!(errors.is_empty());
        assert_eq!(parse(&value).unwrap(), t);
    }

    #[test]
    fn markdown_escapes() {
        let t = parse("<i>a</i> *b* [c] &amp; x&y <b>d <i>e</i></b>").unwrap();
        assert_eq!(markdown_inline(&t), r"*a* \*b\* \[c\] & x\&y **d *e***");
        assert_eq!(escape_line_start("# x"), r"\# x");
        assert_eq!(escape_line_start("2024. A year"), r"2024\. A year");
        assert_eq!(escape_line_start("In 2024."), "In 2024.");
        assert_eq!(markdown_inline(&StyledText::plain("~~x~~")), r"\~\~x\~\~");
    }

    #[test]
    fn words_for_similarity() {
        assert_eq!(
            words("The CKU-Railway, 2024!"),
            ["the", "cku", "railway", "2024"]
        );
        assert_eq!(words("中国 and 中亚"), ["中", "国", "and", "中", "亚"]);
    }
}
