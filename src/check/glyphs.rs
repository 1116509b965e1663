//! Glyph coverage: a character no font of the edition can draw (the PDF would show a
//! box, the browser a system font).
//!
//! The fonts are the [`FontBook`] of `templates/style.toml`, the renderers' own. The
//! renderers set a character in the first face of its fallback order that covers it
//! (the text's stack, then the other stacks), so a character is reported when no face
//! of any stack has it in its `cmap`. Characters that are never drawn
//! ([`never_drawn`]: controls, bidi controls, joiners, variation selectors, soft hyphen)
//! are skipped.

use std::collections::{BTreeMap, BTreeSet};

use crate::doc::Style;
use crate::fonts::FontBook;
use crate::lang::script::never_drawn;
use crate::lang::ScriptClass;
use crate::project::style::STYLE_PATH;

use crate::diag::{Code, Diagnostic};
use crate::l10n::index::{patterns, walk, Index, Loc, Node};

/// Reports characters of the locale no font can draw (`missing-glyph`), once per
/// character and message.
pub fn glyphs(book: &FontBook, index: &Index, out: &mut Vec<Diagnostic>) {
    let mut uses: BTreeMap<char, Vec<Loc>> = BTreeMap::new();
    for loc in index.firsts() {
        let Some(ast) = index.ast(loc) else { continue };
        for (_, p) in patterns(ast) {
            walk(p, &mut |n| {
                let (Node::Text(t) | Node::Literal(t)) = n else {
                    return;
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
    let missing: BTreeSet<char> =
        uses.keys().copied().filter(|&c| !book.covers(c)).collect();
    if missing.is_empty() {
        return;
    }
    let class = ScriptClass::of_script(&index.data.locale.script);
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
    for c in missing {
        for &loc in &uses[&c] {
            out.push(
                index
                    .diag(
                        Diagnostic::error(
                            Code::MissingGlyph,
                            format!(
                                "no font can draw `{c}` (U+{:04X}) in `{}`: neither {stack} covers it",
                                c as u32,
                                index.entry(loc).id
                            ),
                        ),
                        loc,
                    )
                    .hint("replace the character, or add a font that covers it to the style"),
            );
        }
    }
}
