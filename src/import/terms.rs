//! Term references kept through an edit. The Markdown a person edits holds a term's
//! text, not its reference (`China` for `{ -china }`); an edited block's new value gets
//! back each reference its old entry made, wherever the term's text stands in it, so
//! that a revision does not turn the source's terms into plain text (translators' terms
//! and a later change of the term's value still reach it).
//!
//! Only what is unambiguous is restored: a term referenced plainly (`{ -china }`, no
//! attribute or arguments) whose value is one line of plain text, and only when the old
//! entry never spelt that text out itself (else which occurrences were references is
//! unknown, and the text is left as typed). A longer term's text is matched first, so
//! `China-Central Asia Summit` is `{ -cca-summit }`, not `{ -china }-Central Asia
//! Summit`. A match stands between word boundaries, outside markup tags and escapes.

use fluent_syntax::ast;

/// The terms `pattern` references (in its top-level placeables), each once, with
/// whether every reference to it is plain (`{ -china }`: no attribute, no arguments).
pub fn referenced<'s>(pattern: &ast::Pattern<&'s str>) -> Vec<(&'s str, bool)> {
    let mut names: Vec<(&str, bool)> = Vec::new();
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable {
            expression:
                ast::Expression::Inline(ast::InlineExpression::TermReference {
                    id,
                    attribute,
                    arguments,
                }),
        } = el
        {
            let plain = attribute.is_none() && arguments.is_none();
            match names.iter_mut().find(|(n, _)| *n == id.name) {
                Some((_, p)) => *p &= plain,
                None => names.push((id.name, plain)),
            }
        }
    }
    names
}

/// A term's value as plain text: one line of text only, else `None`.
pub fn plain_value(term: &ast::Term<&str>) -> Option<String> {
    let mut text = String::new();
    for el in &term.value.elements {
        match el {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { .. } => return None,
        }
    }
    (!text.is_empty() && !text.contains('\n')).then_some(text)
}

/// A piece of an FTL value: text, or what a term is never matched in (a tag, an escape
/// `{"{"}`, a reference already restored).
enum Piece {
    Text(String),
    Opaque(String),
}

/// Cuts an FTL value as [`super::text::ftl_value`] writes it into pieces.
fn pieces(value: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut rest = value;
    while let Some(c) = rest.chars().next() {
        let opaque = match c {
            '{' if rest.starts_with("{\"{\"}") || rest.starts_with("{\"}\"}") => Some(5),
            '{' => rest.find('}').map(|e| e + 1),
            '<' => rest.find('>').map(|e| e + 1),
            _ => None,
        };
        match opaque {
            Some(end) => {
                if !text.is_empty() {
                    out.push(Piece::Text(std::mem::take(&mut text)));
                }
                out.push(Piece::Opaque(rest[..end].to_string()));
                rest = &rest[end..];
            }
            None => {
                text.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    if !text.is_empty() {
        out.push(Piece::Text(text));
    }
    out
}

/// Byte offsets of `word` in `text` standing between word boundaries (no letter or
/// digit on either side), without overlaps.
fn occurrences(text: &str, word: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(word).map(|i| i + from) {
        let end = i + word.len();
        let before = text[..i].chars().next_back();
        let after = text[end..].chars().next();
        let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        if edge(before) && edge(after) {
            found.push(i);
            from = end;
        } else {
            from = i + word.chars().next().map_or(1, char::len_utf8);
        }
    }
    found
}

/// `value` (a new FTL value) with each of `terms` (name, plain text, and whether the old
/// entry referenced it only plainly) restored as a reference wherever its text stands,
/// except the terms whose text `old` (the old entry's value) spells out in its own text.
/// A term the old entry referenced otherwise too (`{ -china(case: "gen") }`) is not
/// restored (its arguments would be lost), but its text is kept whole: no shorter term
/// is matched inside it.
pub fn restore(
    value: &str,
    old: &ast::Pattern<&str>,
    terms: &[(&str, String, bool)],
) -> String {
    let old_text: Vec<&str> = old
        .elements
        .iter()
        .filter_map(|el| match el {
            ast::PatternElement::TextElement { value } => Some(*value),
            ast::PatternElement::Placeable { .. } => None,
        })
        .collect();
    let mut terms: Vec<&(&str, String, bool)> = terms
        .iter()
        .filter(|(_, text, _)| old_text.iter().all(|t| occurrences(t, text).is_empty()))
        .collect();
    terms.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
    let mut ps = pieces(value);
    for (name, text, plain) in terms {
        let mut next = Vec::with_capacity(ps.len());
        for p in ps {
            let Piece::Text(t) = p else {
                next.push(p);
                continue;
            };
            let mut at = 0;
            for i in occurrences(&t, text) {
                if i > at {
                    next.push(Piece::Text(t[at..i].to_string()));
                }
                next.push(Piece::Opaque(if *plain {
                    format!("{{ -{name} }}")
                } else {
                    text.clone()
                }));
                at = i + text.len();
            }
            if at < t.len() {
                next.push(Piece::Text(t[at..].to_string()));
            }
        }
        ps = next;
    }
    ps.into_iter()
        .map(|p| match p {
            Piece::Text(t) | Piece::Opaque(t) => t,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::parser;

    fn restored(old: &str, new_value: &str) -> String {
        let ftl = format!(
            "-china = China\n-cca-summit = China-Central Asia Summit\n-sco = SCO\n\
             -long = {{ $x }}\nold = {old}\n"
        );
        let res = parser::parse(ftl.as_str()).unwrap();
        let mut terms = Vec::new();
        let mut old_pattern = None;
        for e in &res.body {
            match e {
                ast::Entry::Message(m) => old_pattern = m.value.clone(),
                ast::Entry::Term(_) => {}
                _ => {}
            }
        }
        let old_pattern = old_pattern.unwrap();
        for (name, plain) in referenced(&old_pattern) {
            let term = res.body.iter().find_map(|e| match e {
                ast::Entry::Term(t) if t.id.name == name => Some(t),
                _ => None,
            });
            if let Some(text) = term.and_then(plain_value) {
                terms.push((name, text, plain));
            }
        }
        restore(new_value, &old_pattern, &terms)
    }

    #[test]
    fn references_come_back_where_their_text_stands() {
        assert_eq!(
            restored(
                "{ -china } and the { -cca-summit } met.",
                "<i>China</i> and the China-Central Asia Summit, with China, met again."
            ),
            "<i>{ -china }</i> and the { -cca-summit }, with { -china }, met again."
        );
    }

    #[test]
    fn only_whole_words_and_never_inside_tags_or_escapes() {
        assert_eq!(
            restored(
                "{ -sco } members",
                "SCOs and {\"{\"}SCO{\"}\"} and <b>SCO</b> and SCO."
            ),
            "SCOs and {\"{\"}{ -sco }{\"}\"} and <b>{ -sco }</b> and { -sco }."
        );
    }

    #[test]
    fn a_term_the_old_text_also_spelt_out_is_left_as_typed() {
        // Which "China" was the reference is unknown: none is guessed.
        assert_eq!(
            restored("{ -china } and China", "China, China and more"),
            "China, China and more"
        );
    }

    #[test]
    fn only_plain_references_to_plain_terms_are_restored() {
        // A term with a placeable in its value, or a text no old reference named, stays.
        assert_eq!(
            restored("{ -long } and { -china(case: \"gen\") }", "China and SCO"),
            "China and SCO"
        );
        // A term also referenced with arguments is left as text (its arguments would be
        // lost), and whole: the shorter term is not matched inside it.
        assert_eq!(
            restored(
                "{ -china } and { -cca-summit(case: \"gen\") } and { -cca-summit }",
                "China at the China-Central Asia Summit"
            ),
            "{ -china } at the China-Central Asia Summit"
        );
    }
}
