//! The inline markup allowed inside messages, parsed into styled text runs.
//!
//! Messages may contain `<i>…</i>` (italic: titles of documents, books, films) and
//! `<b>…</b>` (bold). Tags must be balanced and may nest. `&lt;`, `&gt;` and `&amp;` stand
//! for `<`, `>` and `&` when a translation needs the literal characters; any other `&` is
//! literal. A `<` that does not begin something tag-shaped (`<` then a letter or `/`) is
//! literal too, so "a < b" needs no escaping. Anything tag-shaped but unknown
//! (`<script>`, `<img …>`) is an error: markup never passes through as raw characters,
//! and no renderer ever receives a tag it did not ask for.

use std::ops::Range;

use fluent_syntax::ast;
use serde::Serialize;

/// Text style carried by a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Style {
    /// Set in italic (`<i>`).
    pub italic: bool,
    /// Set in bold (`<b>`).
    pub bold: bool,
}

/// A stretch of text in one style.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TextRun {
    /// The characters, markup removed.
    pub text: String,
    /// Their style.
    pub style: Style,
}

/// Text in styled runs: the resolved form of a message.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct StyledText {
    /// The runs in logical order; adjacent runs differ in style.
    pub runs: Vec<TextRun>,
}

impl StyledText {
    /// Unstyled text.
    pub fn plain(text: impl Into<String>) -> Self {
        let text = text.into();
        let mut s = StyledText::default();
        s.push(&text, Style::default());
        s
    }

    /// The text without styles.
    pub fn to_plain(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }

    /// Whether there is no text.
    pub fn is_empty(&self) -> bool {
        self.runs.iter().all(|r| r.text.is_empty())
    }

    fn push(&mut self, text: &str, style: Style) {
        if text.is_empty() {
            return;
        }
        match self.runs.last_mut() {
            Some(last) if last.style == style => last.text.push_str(text),
            _ => self.runs.push(TextRun {
                text: text.to_string(),
                style,
            }),
        }
    }
}

/// A markup error at a byte range of the parsed text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkupError {
    /// Where in the parsed text.
    pub range: Range<usize>,
    /// What is wrong, lower-case.
    pub message: String,
}

/// A tag found in text: its name and whether it closes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tag {
    /// `i` or `b`.
    pub name: String,
    /// `</i>` rather than `<i>`.
    pub closing: bool,
    /// Byte range of the tag.
    pub range: Range<usize>,
}

const KNOWN: &[&str] = &["i", "b"];

/// Finds the tag-shaped pieces of `text`: `<name>` or `</name>` (or anything that starts
/// like a tag, reported as an error).
fn scan(text: &str) -> (Vec<Tag>, Vec<MarkupError>) {
    let mut tags = Vec::new();
    let mut errors = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(off) = text[i..].find('<') {
        let start = i + off;
        let next = bytes.get(start + 1).copied();
        let tag_shaped = matches!(next, Some(c) if c.is_ascii_alphabetic() || c == b'/');
        if !tag_shaped {
            i = start + 1;
            continue;
        }
        let end = text[start..].find('>').map(|e| start + e + 1);
        let Some(end) = end else {
            errors.push(MarkupError {
                range: start..text.len(),
                message: "unclosed tag: `<` without a matching `>`".into(),
            });
            break;
        };
        let inner = &text[start + 1..end - 1];
        let (closing, name) = match inner.strip_prefix('/') {
            Some(n) => (true, n),
            None => (false, inner),
        };
        if KNOWN.contains(&name) {
            tags.push(Tag {
                name: name.to_string(),
                closing,
                range: start..end,
            });
        } else {
            errors.push(MarkupError {
                range: start..end,
                message: format!(
                    "unknown markup `{}` (allowed: <i>…</i>, <b>…</b>; write `&lt;` for a literal `<`)",
                    &text[start..end]
                ),
            });
        }
        i = end;
    }
    (tags, errors)
}

/// Checks that tags are known and balanced.
fn balance(tags: &[Tag], text_len: usize) -> Vec<MarkupError> {
    let mut errors = Vec::new();
    let mut open: Vec<&Tag> = Vec::new();
    // How many of each known tag are open: a text nested 100,000 deep stays linear.
    let mut open_count = [0usize; KNOWN.len()];
    let index = |name: &str| KNOWN.iter().position(|k| *k == name).unwrap_or(0);
    for tag in tags {
        if !tag.closing {
            open_count[index(&tag.name)] += 1;
            if open_count[index(&tag.name)] > 1 {
                errors.push(MarkupError {
                    range: tag.range.clone(),
                    message: format!("`<{}>` opened again inside itself", tag.name),
                });
            }
            open.push(tag);
        } else if open.last().map(|t| &t.name) == Some(&tag.name) {
            open.pop();
            open_count[index(&tag.name)] -= 1;
        } else {
            let message = match open.last() {
                Some(t) => {
                    format!("`</{}>` closes `<{}>` (tags must nest)", tag.name, t.name)
                }
                None => format!("`</{}>` has no matching `<{}>`", tag.name, tag.name),
            };
            errors.push(MarkupError {
                range: tag.range.clone(),
                message,
            });
        }
    }
    for t in open {
        errors.push(MarkupError {
            range: t.range.start..t.range.end.max(text_len.min(t.range.end)),
            message: format!("`<{}>` is never closed (add `</{}>`)", t.name, t.name),
        });
    }
    errors
}

/// The most markup errors reported for one text; the rest are counted in one more.
/// A text of 100,000 nested tags would otherwise give 100,000 errors, each quoting
/// the same line.
pub const MAX_ERRORS: usize = 10;

/// The tags of a text, in order, and its markup errors (at most [`MAX_ERRORS`] and
/// one that counts the others).
pub fn tags(text: &str) -> (Vec<Tag>, Vec<MarkupError>) {
    let (tags, mut errors) = scan(text);
    errors.extend(balance(&tags, text.len()));
    if errors.len() > MAX_ERRORS {
        let more = errors.len() - MAX_ERRORS;
        errors.sort_by_key(|e| e.range.start);
        errors.truncate(MAX_ERRORS);
        let at = errors[MAX_ERRORS - 1].range.clone();
        errors.push(MarkupError {
            range: at,
            message: format!("… and {more} more markup error(s) in this text"),
        });
    }
    (tags, errors)
}

fn decode_entities(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('&') {
        return text.into();
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .into()
}

/// Parses text with inline markup into styled runs.
///
/// ```
/// use silkpress::doc::markup::parse;
/// let t = parse("See <i>Xi'an Declaration</i> &lt;2023&gt;").unwrap();
/// assert_eq!(t.runs.len(), 3);
/// assert!(t.runs[1].style.italic);
/// assert_eq!(t.to_plain(), "See Xi'an Declaration <2023>");
/// assert!(parse("<i>open").is_err());
/// assert!(parse("<script>x</script>").is_err());
/// ```
pub fn parse(text: &str) -> Result<StyledText, Vec<MarkupError>> {
    let (tags, errors) = tags(text);
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut out = StyledText::default();
    let mut style = Style::default();
    let mut pos = 0;
    for tag in &tags {
        out.push(&decode_entities(&text[pos..tag.range.start]), style);
        let on = !tag.closing;
        match tag.name.as_str() {
            "i" => style.italic = on,
            _ => style.bold = on,
        }
        pos = tag.range.end;
    }
    out.push(&decode_entities(&text[pos..]), style);
    Ok(out)
}

/// The text of a pattern as written in its file, with every placeable replaced by U+FFFC,
/// and a map from offsets in that text back to byte offsets in the file.
pub struct PatternText {
    /// The joined text.
    pub text: String,
    /// `(offset in text, offset in file)` at the start of each text element.
    map: Vec<(usize, usize)>,
}

impl PatternText {
    /// Joins the text elements of `pattern`, a pattern parsed out of `source`.
    pub fn new(pattern: &ast::Pattern<&str>, source: &str) -> Self {
        let mut text = String::new();
        let mut map = Vec::new();
        for el in &pattern.elements {
            match el {
                ast::PatternElement::TextElement { value } => {
                    map.push((text.len(), offset_in(source, value)));
                    text.push_str(value);
                }
                ast::PatternElement::Placeable { .. } => text.push('\u{FFFC}'),
            }
        }
        PatternText { text, map }
    }

    /// The file byte offset of an offset in the joined text.
    pub fn to_source(&self, offset: usize) -> usize {
        match self.map.iter().rev().find(|(t, _)| *t <= offset) {
            Some((t, s)) => s + (offset - t),
            None => self.map.first().map(|(_, s)| *s).unwrap_or(0),
        }
    }
}

/// Byte offset of `slice` within `source`, which it must borrow from.
///
/// fluent-syntax's AST has no spans, but every `&str` in it is a slice of the parsed
/// source, so its address gives its position.
pub fn offset_in(source: &str, slice: &str) -> usize {
    let start = source.as_ptr() as usize;
    let at = slice.as_ptr() as usize;
    debug_assert!(at >= start && at + slice.len() <= start + source.len());
    at.saturating_sub(start).min(source.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_styles() {
        let t = parse("a<b>b<i>c</i></b>d").unwrap();
        let styles: Vec<_> = t.runs.iter().map(|r| (r.text.as_str(), r.style)).collect();
        assert_eq!(styles[0], ("a", Style::default()));
        assert_eq!(
            styles[1],
            (
                "b",
                Style {
                    italic: false,
                    bold: true
                }
            )
        );
        assert_eq!(
            styles[2],
            (
                "c",
                Style {
                    italic: true,
                    bold: true
                }
            )
        );
        assert_eq!(styles[3], ("d", Style::default()));
    }

    #[test]
    fn literal_angle_brackets_and_ampersands() {
        assert_eq!(parse("a < b & A&F").unwrap().to_plain(), "a < b & A&F");
        assert_eq!(parse("&lt;script&gt;").unwrap().to_plain(), "<script>");
    }

    #[test]
    fn errors_point_at_the_tag() {
        let e = parse("ok </i> x").unwrap_err();
        assert_eq!(e[0].range, 3..7);
        let e = parse("x <i>y").unwrap_err();
        assert!(e[0].message.contains("never closed"));
        let e = parse("<i><b>x</i></b>").unwrap_err();
        assert!(e[0].message.contains("nest"));
        let e = parse("\"><img onerror=alert(1)>").unwrap_err();
        assert!(e[0].message.contains("unknown markup"));
    }
}
