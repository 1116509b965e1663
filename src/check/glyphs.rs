//! Glyph coverage: a character no font of the edition can draw (the PDF would show a
//! box).
//!
//! The fonts are those `templates/style.toml` declares (`[faces]`, and a stack per
//! script under `[stacks]`), parsed as the renderers parse them ([`layout::Style`]). The
//! layout sets a character in the first face of the locale's script stack that covers
//! it, then in any other face, so a character is reported when no declared face has it
//! in its `cmap`. Characters that are never drawn
//! ([`never_drawn`]: controls, bidi controls, joiners, variation selectors, soft hyphen)
//! are skipped.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use read_fonts::{FontRef, TableProvider};

use crate::lang::script::never_drawn;
use crate::lang::ScriptClass;
use crate::project::style::{Style, STYLE_PATH};

use crate::diag::{Code, Diagnostic};
use crate::l10n::index::{patterns, walk, Index, Loc, Node};

/// The fonts of the editions, read from their files.
pub struct Fonts {
    /// Face name, path as declared, and the file's bytes.
    faces: Vec<(String, PathBuf, Vec<u8>)>,
    /// The style.
    style: Style,
}

impl Fonts {
    /// Reads `templates/style.toml` (as the renderers do) and every face it declares;
    /// none when the project has no style (a bare FTL tree), errors when the style is
    /// wrong or names a font that cannot be read.
    pub fn load(root: &Path) -> Result<Option<Fonts>, Vec<Diagnostic>> {
        let path = root.join(STYLE_PATH);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(vec![Diagnostic::error(
                    Code::IoError,
                    format!("failed to read {STYLE_PATH} ({e})"),
                )
                .in_file(STYLE_PATH)])
            }
        };
        let style = Style::parse(&text, Path::new(STYLE_PATH))?;
        let mut faces = Vec::new();
        for (name, file) in &style.faces {
            let bytes = std::fs::read(root.join(file)).map_err(|e| {
                vec![Diagnostic::error(
                    Code::IoError,
                    format!("failed to read font `{name}` from {file} ({e})"),
                )
                .in_file(STYLE_PATH)]
            })?;
            if FontRef::new(&bytes).and_then(|f| f.cmap()).is_err() {
                return Err(vec![Diagnostic::error(
                    Code::ConfigError,
                    format!("{file} (face `{name}`) is not a font with a character map"),
                )
                .in_file(STYLE_PATH)]);
            }
            faces.push((name.clone(), PathBuf::from(file), bytes));
        }
        Ok(Some(Fonts { faces, style }))
    }

    /// The stack a script is set with, as the renderers choose it, and its regular faces.
    pub fn stack_of(&self, script: &str) -> (&'static str, &[String]) {
        let class = ScriptClass::of_script(script);
        (class.name(), &self.style.stacks.of(class).regular)
    }

    /// The characters of `chars` that no face covers.
    pub fn uncovered(&self, chars: &BTreeSet<char>) -> BTreeSet<char> {
        let mut left = chars.clone();
        for (_, _, bytes) in &self.faces {
            if left.is_empty() {
                break;
            }
            if let Ok(cmap) = FontRef::new(bytes).and_then(|f| f.cmap()) {
                left.retain(|c| cmap.map_codepoint(*c).is_none());
            }
        }
        left
    }

    /// The files of a stack's faces, for messages.
    fn files(&self, stack: &[String]) -> Vec<String> {
        stack
            .iter()
            .filter_map(|n| self.faces.iter().find(|(name, _, _)| name == n))
            .map(|(_, p, _)| p.display().to_string())
            .collect()
    }
}

/// Reports characters of the locale no font can draw (`missing-glyph`), once per
/// character and message.
pub fn glyphs(fonts: &Fonts, index: &Index, out: &mut Vec<Diagnostic>) {
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
    let chars: BTreeSet<char> = uses.keys().copied().collect();
    let missing = fonts.uncovered(&chars);
    if missing.is_empty() {
        return;
    }
    let script = &index.data.locale.script;
    let (name, faces) = fonts.stack_of(script);
    let stack = format!(
        "the `{name}` stack ({}) nor any other face in {STYLE_PATH}",
        fonts.files(faces).join(", ")
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
