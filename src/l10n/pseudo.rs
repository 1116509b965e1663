//! `silkpress pseudo`: pseudo-locales made from the source locale with `fluent-pseudo`,
//! to test layout without a translator.
//!
//! - `accented` → `en-XA`: every Latin letter accented and vowels doubled (text ~30 %
//!   longer), each message bracketed `[…]` to show truncation and concatenation.
//! - `bidi` → `ar-XB`: letters mirrored and each text run wrapped in RIGHT-TO-LEFT
//!   OVERRIDE … POP DIRECTIONAL FORMATTING, in a locale whose tag makes the edition
//!   right to left (`ar` → Arabic script), to test right-to-left handling.
//!
//! Placeables, markup tags and entities are kept, so the pseudo-locale passes `check`
//! and builds like any locale. The files are generated (the caller writes them under
//! `locales/<tag>/`); regenerate them rather than edit them.

use fluent_syntax::{ast, parser, serializer};

use crate::diag::{Code, DiagResult, Diagnostic, Sources};
use crate::project::locales::LocaleData;

/// A pseudo-localisation strategy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strategy {
    /// Accented Latin, longer text: `en-XA`.
    Accented,
    /// Mirrored letters, right to left: `ar-XB`.
    Bidi,
}

impl Strategy {
    /// The locale tag the strategy writes.
    pub fn tag(self) -> &'static str {
        match self {
            Strategy::Accented => "en-XA",
            Strategy::Bidi => "ar-XB",
        }
    }
}

/// The first words of the comment heading every generated file.
const GENERATED: &str = "Pseudo-locale ";

/// Whether an FTL text is a file `pseudo` generated (its first line is the heading
/// comment it writes), so that it may be replaced or removed.
pub fn is_generated(text: &str) -> bool {
    text.trim_start_matches('\u{FEFF}')
        .lines()
        .next()
        .is_some_and(|l| l.starts_with(&format!("### {GENERATED}")))
}

/// Transforms one text run.
fn transform(text: &str, strategy: Strategy) -> String {
    if text.trim().is_empty() {
        return text.to_string();
    }
    match strategy {
        Strategy::Accented => {
            fluent_pseudo::transform_dom(text, false, true, false).into_owned()
        }
        Strategy::Bidi => {
            // Only lower-case mirrored letters: fluent-pseudo's mirrored capitals
            // (ᗡ, ⅁, Ↄ…) are in no font of a normal edition.
            let lower = text.to_lowercase();
            let flipped = fluent_pseudo::transform_dom(&lower, true, false, false);
            format!("\u{202E}{flipped}\u{202C}")
        }
    }
}

fn pattern(p: &mut ast::Pattern<String>, strategy: Strategy) {
    for el in &mut p.elements {
        match el {
            ast::PatternElement::TextElement { value } => {
                *value = transform(value, strategy)
            }
            ast::PatternElement::Placeable { expression } => {
                expression_(expression, strategy)
            }
        }
    }
}

fn expression_(e: &mut ast::Expression<String>, strategy: Strategy) {
    match e {
        ast::Expression::Select { variants, .. } => {
            for v in variants {
                pattern(&mut v.value, strategy);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expression_(expression, strategy)
        }
        ast::Expression::Inline(_) => {}
    }
}

/// Brackets a message's pattern: `[…]`.
fn bracket(p: &mut ast::Pattern<String>) {
    p.elements
        .insert(0, ast::PatternElement::TextElement { value: "[".into() });
    p.elements
        .push(ast::PatternElement::TextElement { value: "]".into() });
}

/// The pseudo-locale's files (path relative to the locale directory, text), one per
/// file of the source.
pub fn pseudo(
    sources: &Sources,
    source: &LocaleData,
    strategy: Strategy,
) -> DiagResult<Vec<(String, String)>> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for file in &source.files {
        let text = sources.text(file.file).to_string();
        let mut res = match parser::parse(text) {
            Ok(r) => r,
            Err(_) => {
                errors.push(
                    Diagnostic::error(
                        Code::SyntaxError,
                        format!(
                            "{} has syntax errors; fix them before making pseudo-locales",
                            sources.path(file.file).display()
                        ),
                    )
                    .in_file(sources.path(file.file))
                    .locale(&source.locale.tag),
                );
                continue;
            }
        };
        let mut body = vec![ast::Entry::ResourceComment(ast::Comment {
            content: vec![
                format!(
                    "{GENERATED}{}, generated from `{}` by `silkpress pseudo`.",
                    strategy.tag(),
                    source.locale.tag
                ),
                "Do not edit: regenerate it.".to_string(),
            ],
        })];
        for entry in res.body.drain(..) {
            match entry {
                ast::Entry::Message(mut m) => {
                    m.comment = None;
                    if let Some(v) = &mut m.value {
                        pattern(v, strategy);
                        bracket(v);
                    }
                    for a in &mut m.attributes {
                        pattern(&mut a.value, strategy);
                        bracket(&mut a.value);
                    }
                    body.push(ast::Entry::Message(m));
                }
                ast::Entry::Term(mut t) => {
                    t.comment = None;
                    pattern(&mut t.value, strategy);
                    for a in &mut t.attributes {
                        pattern(&mut a.value, strategy);
                    }
                    body.push(ast::Entry::Term(t));
                }
                _ => {}
            }
        }
        out.push((
            file.rel.clone(),
            serializer::serialize(&ast::Resource { body }),
        ));
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}
