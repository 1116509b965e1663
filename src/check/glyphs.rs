//! Glyph coverage: a character no font of the edition can draw (the PDF would show a
//! box, the browser a system font).
//!
//! The fonts are the [`FontBook`] of `templates/style.toml`, the renderers' own. The
//! renderers set a character in the first face of its fallback order that covers it
//! (the text's stack, then the other stacks, in the text's style), so a character is
//! reported when, in some style, no face of any stack has it in its `cmap`. Every style
//! counts: a message may be a heading (bold; bold italic as a run-in sub-heading), a
//! body text (regular), its contents entry or running head (regular) or hold `<i>` and
//! `<b>`, and `check` passing must mean the build can set it (before, a character any
//! face of any style covered passed, and a style whose faces lacked it failed the
//! build). Characters that are never drawn
//! ([`never_drawn`]: controls, bidi controls, joiners, variation selectors, soft hyphen)
//! are skipped.

use std::collections::BTreeMap;

use crate::doc::Style;
use crate::fonts::FontBook;
use crate::lang::script::never_drawn;
use crate::lang::ScriptClass;
use crate::project::style::{STYLES, STYLE_PATH};

use crate::diag::{Code, Diagnostic};
use crate::l10n::index::{patterns, walk, Index, Loc, Node};

/// The styles (by name) in which no face of the book draws `c`, for text whose script
/// uses `class`'s stack: the fallback order of a style holds every stack's faces of
/// that style, so the class only orders them.
pub fn lacking_styles(book: &FontBook, class: ScriptClass, c: char) -> Vec<&'static str> {
    STYLES
        .iter()
        .filter(|(style, _)| book.face_for(class, *style, c).is_none())
        .map(|&(_, name)| name)
        .collect()
}

/// Reports characters of the locale no font can draw (`missing-glyph`), once per
/// character and message.
pub fn glyphs(book: &FontBook, index: &Index, out: &mut Vec<Diagnostic>) {
    let mut uses: BTreeMap<char, Vec<Loc>> = BTreeMap::new();
    for loc in index.firsts() {
        let Some(ast) = index.ast(loc) else { continue };
        for (_, p) in patterns(ast) {
            walk(p, &mut |n| {
                // A string literal as the build gets it: its escapes (`\U01F600`)
                // decoded (before, the check looked at the escape's letters).
                let t = match n {
                    Node::Text(t) => std::borrow::Cow::Borrowed(t),
                    Node::Literal(t) => {
                        fluent_syntax::unicode::unescape_unicode_to_string(t)
                    }
                    _ => return,
                };
                for c in t.chars().filter(|c| !never_drawn(*c)) {
                    let locs = uses.entry(c).or_default();
                    if locs.last() != Some(&loc) {
                        locs.push(loc);
                    }
                }
            });
        }
    }
    let class = ScriptClass::of_script(&index.data.locale.script);
    // The styles in which no face covers each character (the fallback order of a style
    // holds every stack's faces of that style, so the class only orders them).
    let missing: BTreeMap<char, Vec<&str>> = uses
        .keys()
        .filter_map(|&c| {
            let lacking = lacking_styles(book, class, c);
            (!lacking.is_empty()).then_some((c, lacking))
        })
        .collect();
    if missing.is_empty() {
        return;
    }
    let files: Vec<String> = book
        .stack(class, Style::default())
        .iter()
        .map(|&f| book.face(f).path.display().to_string())
        .collect();
    let stack = format!(
        "the `{}` stack ({}) nor any other face in {STYLE_PATH}",
        class.name(),
        files.join(", ")
    );
    for (c, lacking) in missing {
        let (message, hint) = if lacking.len() == STYLES.len() {
            (
                format!("neither {stack} covers it"),
                "replace the character, or add a font that covers it to the style",
            )
        } else {
            (
                format!(
                    "no {} face of {STYLE_PATH} covers it (headings are set in bold, \
                     run-in sub-headings in bold italic, `<i>` and `<b>` in their style)",
                    lacking.join(", no ")
                ),
                "add a face of that style that covers it to the stacks of the style",
            )
        };
        for &loc in &uses[&c] {
            out.push(
                index
                    .diag(
                        Diagnostic::error(
                            Code::MissingGlyph,
                            format!(
                                "no font can draw `{c}` (U+{:04X}) in `{}`: {message}",
                                c as u32,
                                index.entry(loc).id
                            ),
                        ),
                        loc,
                    )
                    .hint(hint),
            );
        }
    }
}
