//! Markup: inline tags a translation drops or adds compared with its source.
//!
//! Balance and unknown tags are checked when files are loaded (`markup-error`); here
//! the *count of each tag* must match the source, except for tags the locale replaces
//! by its own convention (`dropped-markup` in `locale.toml`: Chinese sets titles in
//! 《》 instead of `<i>`), which it may omit.

use std::collections::BTreeMap;

use crate::diag::{Code, Diagnostic};
use crate::doc::markup::{self, PatternText};
use crate::l10n::index::{Index, Loc};

fn counts(text: &str) -> Option<BTreeMap<String, usize>> {
    let (tags, errors) = markup::tags(text);
    if !errors.is_empty() {
        // Already reported as `markup-error`; comparing broken markup adds only noise.
        return None;
    }
    let mut out = BTreeMap::new();
    for t in tags.iter().filter(|t| !t.closing) {
        *out.entry(t.name.clone()).or_insert(0) += 1;
    }
    Some(out)
}

/// Compares the tags of a translated pattern with its source (`markup-mismatch`).
pub fn compare(
    source: &PatternText,
    tgt: &Index,
    tloc: Loc,
    target: &PatternText,
    attr: Option<&str>,
    out: &mut Vec<Diagnostic>,
) {
    let (Some(want), Some(have)) = (counts(&source.text), counts(&target.text)) else {
        return;
    };
    let dropped = &tgt.data.settings.dropped_markup;
    let names: std::collections::BTreeSet<&String> =
        want.keys().chain(have.keys()).collect();
    let part = attr
        .map(|a| format!(" (attribute `.{a}`)"))
        .unwrap_or_default();
    for name in names {
        let w = want.get(name).copied().unwrap_or(0);
        let h = have.get(name).copied().unwrap_or(0);
        if w == h || (dropped.contains(name) && h <= w) {
            continue;
        }
        let what = if h < w { "drops" } else { "adds" };
        let mut d = tgt.diag(
            Diagnostic::error(
                Code::MarkupMismatch,
                format!(
                    "the translation {what} `<{name}>`: {w} in the source, {h} here{part}"
                ),
            ),
            tloc,
        );
        if h < w && !dropped.contains(name) {
            d = d.hint(format!(
                "keep the source's markup, or list \"{name}\" in `dropped-markup` of the \
                 locale's locale.toml if the language marks this differently"
            ));
        }
        out.push(d);
    }
}

/// An HTML element tag in the text of a bare tree's message: `<a data-l10n-name="x">`,
/// `</a>`, `<br/>`. Text that only looks like a tag (`<Ctrl+Shift+K>`, `a < b`) is not
/// one.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Element {
    /// The element's name, lower-cased.
    pub name: String,
    /// Its `data-l10n-name`, which Fluent's DOM overlays match with the source.
    pub l10n_name: Option<String>,
    /// `</a>` rather than `<a>`.
    pub closing: bool,
    /// `<br>`, `<img>`, `<x/>`: opens nothing.
    pub void: bool,
}

/// HTML's void elements: they have no closing tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
];

/// The element tags of a text, in order.
pub fn elements(text: &str) -> Vec<Element> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(off) = text[i..].find('<') {
        let start = i + off;
        i = start + 1;
        if let Some((el, end)) = element_at(text, bytes, start) {
            out.push(el);
            i = end;
        }
    }
    out
}

/// The element tag starting at `start` (a `<`) and the byte after it, if it is one.
fn element_at(text: &str, bytes: &[u8], start: usize) -> Option<(Element, usize)> {
    let mut j = start + 1;
    let closing = bytes.get(j) == Some(&b'/');
    if closing {
        j += 1;
    }
    let name_start = j;
    if !bytes.get(j)?.is_ascii_alphabetic() {
        return None;
    }
    while bytes
        .get(j)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-')
    {
        j += 1;
    }
    let name = text[name_start..j].to_ascii_lowercase();
    // After the name: whitespace and attributes, `/>` or `>`.
    if !matches!(bytes.get(j)?, b'>' | b'/' | b' ' | b'\t' | b'\n') {
        return None;
    }
    let close = j + text[j..].find('>')?;
    let inside = &text[j..close];
    if inside.contains('<') {
        return None;
    }
    let self_closing = inside.trim_end().ends_with('/');
    let attrs = inside.trim_end().trim_end_matches('/');
    let l10n_name = attribute(attrs, "data-l10n-name");
    if closing && !attrs.trim().is_empty() {
        return None;
    }
    let void = !closing && (self_closing || VOID.contains(&name.as_str()));
    Some((
        Element {
            name,
            l10n_name,
            closing,
            void,
        },
        close + 1,
    ))
}

/// The value of attribute `name` in the attribute text of a tag.
fn attribute(attrs: &str, name: &str) -> Option<String> {
    let mut rest = attrs;
    while let Some(pos) = rest.find(name) {
        let before = rest[..pos].chars().next_back();
        let after = rest[pos + name.len()..].trim_start();
        rest = &rest[pos + name.len()..];
        if before.is_some_and(|c| !c.is_whitespace()) {
            continue;
        }
        let Some(value) = after.strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        let quote = value.chars().next()?;
        return Some(if quote == '"' || quote == '\'' {
            value[1..].split(quote).next()?.to_string()
        } else {
            value.split(|c: char| c.is_whitespace()).next()?.to_string()
        });
    }
    None
}

/// Whether elements nest properly (every closing tag closes the innermost open one and
/// none stays open).
fn balanced(elements: &[Element]) -> bool {
    let mut open: Vec<&str> = Vec::new();
    for e in elements {
        if e.void {
            continue;
        }
        if e.closing {
            if open.pop() != Some(e.name.as_str()) {
                return false;
            }
        } else {
            open.push(&e.name);
        }
    }
    open.is_empty()
}

/// How an element is shown in a message: `<a data-l10n-name="link">`, `</a>`.
fn shown(e: &Element) -> String {
    match (&e.l10n_name, e.closing) {
        (_, true) => format!("</{}>", e.name),
        (Some(n), false) => format!("<{} data-l10n-name=\"{n}\">", e.name),
        (None, false) => format!("<{}>", e.name),
    }
}

/// In a bare tree, compares the HTML elements of a translated pattern with its source's
/// (`markup-differs`): the same elements with the same `data-l10n-name`s, in any order
/// (word order changes), and balanced when the source's are. Any element is allowed:
/// this is what Fluent's DOM overlays need, not this project's whitelist.
pub fn compare_elements(
    source: &PatternText,
    tgt: &Index,
    tloc: Loc,
    target: &PatternText,
    attr: Option<&str>,
    out: &mut Vec<Diagnostic>,
) {
    let dropped = &tgt.data.settings.dropped_markup;
    // Elements the locale marks its own way (`dropped-markup`) may be left out.
    let mut want = elements(&source.text);
    let have = elements(&target.text);
    want.retain(|e| !dropped.contains(&e.name) || have.iter().any(|h| h.name == e.name));
    let part = attr
        .map(|a| format!(" (attribute `.{a}`)"))
        .unwrap_or_default();
    let mut w: Vec<String> = want.iter().map(shown).collect();
    let mut h: Vec<String> = have.iter().map(shown).collect();
    w.sort();
    h.sort();
    if w != h {
        let (missing, extra) = difference(&w, &h);
        let mut what = Vec::new();
        if !missing.is_empty() {
            what.push(format!("lacks {}", missing.join(" ")));
        }
        if !extra.is_empty() {
            what.push(format!("adds {}", extra.join(" ")));
        }
        out.push(
            tgt.diag(
                Diagnostic::warning(
                    Code::MarkupDiffers,
                    format!(
                        "the translation {} compared with the source{part}",
                        what.join(" and ")
                    ),
                ),
                tloc,
            )
            .hint("keep the source's elements and their data-l10n-name attributes"),
        );
        return;
    }
    if balanced(&want) && !balanced(&have) {
        out.push(
            tgt.diag(
                Diagnostic::warning(
                    Code::MarkupDiffers,
                    format!(
                        "the translation's elements do not nest as the source's do{part}"
                    ),
                ),
                tloc,
            )
            .hint("close each element inside the one it opened in"),
        );
    }
}

/// What sorted list `want` has that `have` lacks, and the reverse.
fn difference(want: &[String], have: &[String]) -> (Vec<String>, Vec<String>) {
    let (mut i, mut j) = (0, 0);
    let (mut missing, mut extra) = (Vec::new(), Vec::new());
    while i < want.len() || j < have.len() {
        match (want.get(i), have.get(j)) {
            (Some(a), Some(b)) if a == b => {
                i += 1;
                j += 1;
            }
            (Some(a), Some(b)) if a < b => {
                missing.push(a.clone());
                i += 1;
            }
            (Some(a), None) => {
                missing.push(a.clone());
                i += 1;
            }
            (_, Some(b)) => {
                extra.push(b.clone());
                j += 1;
            }
            (None, None) => break,
        }
    }
    (missing, extra)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        elements(text).iter().map(shown).collect()
    }

    #[test]
    fn real_fluent_markup() {
        assert_eq!(
            names(r#"Read <a data-l10n-name="link">more</a> now<br/>"#),
            ["<a data-l10n-name=\"link\">", "</a>", "<br>"]
        );
        assert_eq!(
            names("Press <Ctrl+Shift+K> or a < b > c"),
            Vec::<String>::new()
        );
        assert_eq!(
            names("<strong>x</strong> <span class='a'>y</span>"),
            ["<strong>", "</strong>", "<span>", "</span>"]
        );
        assert!(balanced(&elements("<b><i>x</i></b><br>")));
        assert!(!balanced(&elements("<b><i>x</b></i>")));
        assert!(!balanced(&elements("<b>x")));
        assert_eq!(
            attribute(r#" class="x" data-l10n-name='y'"#, "data-l10n-name").as_deref(),
            Some("y")
        );
    }

    #[test]
    fn differences() {
        let w: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        let h: Vec<String> = ["b", "c", "d"].map(String::from).to_vec();
        assert_eq!(difference(&w, &h), (vec!["a".into()], vec!["d".into()]));
    }
}
