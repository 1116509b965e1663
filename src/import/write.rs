//! The texts an import writes: the source locale's `.ftl` files and the structure
//! (`templates/report.toml`). Nothing is written here; the caller gets texts.
//!
//! **FTL files.** Each file of the source locale is re-made from its own syntax tree
//! (comments included), as `silkpress fmt` would lay it out: the entries that are not
//! block messages (terms, the cover's and the interface's messages, file comments) stay
//! where they are, and the block messages of the file's part follow in document order.
//! A block message travels with the comments just before it (`## Section II`), from
//! whichever file it was in; an unchanged one keeps its entry exactly (with the terms
//! and references a person may have written into it), an edited one gets the new value
//! and keeps its comment, a new one is `id = value`. A file whose text does not change
//! is not written; a file left with no message or term is deleted.

use std::collections::{HashMap, HashSet};

use fluent_syntax::{ast, parser, serializer};

use crate::diag::{DiagResult, Diagnostic};
use crate::project::{BlockKind, Structure};

/// What a block message holds after the import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Content {
    /// The old entry, unchanged.
    Keep,
    /// A new value (FTL, one line).
    Value(String),
}

/// One file of the source locale after the import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileText {
    /// Path relative to the locale directory (`ch1.ftl`).
    pub rel: String,
    /// The new text, or `None` when the file is to be deleted.
    pub text: Option<String>,
}

/// An old file of the source locale: its path relative to the locale directory and its
/// text.
pub struct OldFile<'a> {
    /// `chapter-1.ftl`.
    pub rel: &'a str,
    /// Its text.
    pub text: &'a str,
}

/// A block message and the comments that precede it.
struct Unit<'s> {
    leading: Vec<ast::Entry<&'s str>>,
    entry: ast::Entry<&'s str>,
}

/// One old file cut up: what stays in place, and the block messages it held.
#[derive(Default)]
struct Cut<'s> {
    /// Entries before its first block message (file comments, terms, cover messages …).
    head: Vec<ast::Entry<&'s str>>,
    /// Entries that are not block messages, after its first block message.
    rest: Vec<ast::Entry<&'s str>>,
    /// Comments after its last entry.
    tail: Vec<ast::Entry<&'s str>>,
}

/// A message's ID (terms and comments have none here).
fn entry_id<'s>(e: &ast::Entry<&'s str>) -> Option<&'s str> {
    match e {
        ast::Entry::Message(m) => Some(m.id.name),
        _ => None,
    }
}

/// Replaces an entry's value, keeping its ID and comment.
fn with_value<'s>(
    old: &ast::Entry<&'s str>,
    new: &ast::Entry<&'s str>,
) -> ast::Entry<&'s str> {
    match (old, new) {
        (ast::Entry::Message(o), ast::Entry::Message(n)) => {
            ast::Entry::Message(ast::Message {
                id: o.id.clone(),
                value: n.value.clone(),
                attributes: Vec::new(),
                comment: o.comment.clone(),
            })
        }
        _ => new.clone(),
    }
}

/// Whether a resource defines anything (a message or a term).
fn defines_something(res: &ast::Resource<&str>) -> bool {
    res.body
        .iter()
        .any(|e| matches!(e, ast::Entry::Message(_) | ast::Entry::Term(_)))
}

/// The source locale's files after the import, those that change only.
///
/// - `old`: every file of the source locale now.
/// - `managed`: every block message ID, old and new: these are placed by `plan`, never
///   left where they were.
/// - `plan`: for each file (relative path), its block messages in order, with what each
///   holds; a file not in `plan` gets none.
/// - `replace`: messages that stay where they are but get a new value (the cover's, on
///   the first import).
/// - `header`: the first lines of a file the import creates.
pub fn ftl_files(
    old: &[OldFile<'_>],
    managed: &HashSet<&str>,
    plan: &[(String, Vec<(String, Content)>)],
    replace: &HashMap<String, String>,
    header: &str,
) -> DiagResult<Vec<FileText>> {
    let parse_error = |rel: &str| {
        vec![Diagnostic::error(
            crate::diag::Code::SyntaxError,
            format!("failed to import into {rel} (it has syntax errors)"),
        )
        .hint("fix them first: `silkpress check` shows where")]
    };
    // Every new value as a one-entry resource, parsed from text the arena owns.
    let mut arena: Vec<String> = Vec::new();
    let mut slot: HashMap<&str, usize> = HashMap::new();
    for (_, blocks) in plan {
        for (id, content) in blocks {
            if let Content::Value(v) = content {
                slot.insert(id, arena.len());
                arena.push(format!("{id} = {v}\n"));
            }
        }
    }
    for (id, v) in replace {
        slot.insert(id, arena.len());
        arena.push(format!("{id} = {v}\n"));
    }
    let mut fresh: Vec<ast::Entry<&str>> = Vec::with_capacity(arena.len());
    for text in &arena {
        let res = parser::parse(text.as_str()).map_err(|_| {
            vec![Diagnostic::error(
                crate::diag::Code::InternalError,
                format!("an imported message is not valid FTL: {text}"),
            )]
        })?;
        fresh.extend(res.body.into_iter().next());
    }
    let new_entry = |id: &str| slot.get(id).map(|&i| &fresh[i]);

    // Cut every old file; collect its block messages as units.
    let mut cuts: Vec<Cut> = Vec::new();
    let mut units: HashMap<&str, Unit> = HashMap::new();
    for file in old {
        let res = parser::parse(file.text).map_err(|_| parse_error(file.rel))?;
        let mut cut = Cut::default();
        let mut pending = Vec::new();
        let mut seen_managed = false;
        for e in res.body {
            match &e {
                ast::Entry::Comment(_) | ast::Entry::GroupComment(_) => pending.push(e),
                ast::Entry::Message(_)
                    if managed.contains(entry_id(&e).unwrap_or("")) =>
                {
                    seen_managed = true;
                    let id = entry_id(&e).unwrap_or_default();
                    units.insert(
                        id,
                        Unit {
                            leading: std::mem::take(&mut pending),
                            entry: e,
                        },
                    );
                }
                _ => {
                    let e = match entry_id(&e).and_then(&new_entry) {
                        Some(n) => with_value(&e, n),
                        None => e,
                    };
                    let to = if seen_managed {
                        &mut cut.rest
                    } else {
                        &mut cut.head
                    };
                    to.append(&mut pending);
                    to.push(e);
                }
            }
        }
        cut.tail = pending;
        cuts.push(cut);
    }

    let mut out = Vec::new();
    let mut done: HashSet<&str> = HashSet::new();
    let planned = |rel: &str| {
        plan.iter()
            .find(|(r, _)| r == rel)
            .map(|(_, b)| b.as_slice())
    };
    for (file, cut) in old.iter().zip(cuts) {
        done.insert(file.rel);
        let res = assemble(cut, planned(file.rel), &mut units, &new_entry);
        let text = defines_something(&res).then(|| serializer::serialize(&res));
        if text.as_deref() != Some(file.text) {
            out.push(FileText {
                rel: file.rel.to_string(),
                text,
            });
        }
    }
    let header_res = parser::parse(header).map_err(|_| parse_error("the header"))?;
    for (rel, blocks) in plan {
        if done.contains(rel.as_str()) || blocks.is_empty() {
            continue;
        }
        let cut = Cut {
            head: header_res.body.clone(),
            ..Cut::default()
        };
        let res = assemble(cut, Some(blocks), &mut units, &new_entry);
        out.push(FileText {
            rel: rel.clone(),
            text: Some(serializer::serialize(&res)),
        });
    }
    Ok(out)
}

/// A file's new syntax tree: what stays in place, with the file's block messages after
/// its head, each with the comments that preceded it (taken from `units`).
fn assemble<'s>(
    cut: Cut<'s>,
    blocks: Option<&[(String, Content)]>,
    units: &mut HashMap<&str, Unit<'s>>,
    new_entry: &dyn Fn(&str) -> Option<&'s ast::Entry<&'s str>>,
) -> ast::Resource<&'s str> {
    let mut body = cut.head;
    for (id, content) in blocks.into_iter().flatten() {
        let (leading, old) = match units.remove(id.as_str()) {
            Some(u) => (u.leading, Some(u.entry)),
            None => (Vec::new(), None),
        };
        body.extend(leading);
        let entry = match (content, old, new_entry(id)) {
            (Content::Keep, Some(old), _) => old,
            (_, Some(old), Some(n)) => with_value(&old, n),
            (_, None, Some(n)) => n.clone(),
            // Kept but in no old file: cannot happen for a loaded project (the
            // structure's IDs are checked at load).
            _ => continue,
        };
        body.push(entry);
    }
    body.extend(cut.rest);
    body.extend(cut.tail);
    ast::Resource { body }
}

/// The name of a block kind in `report.toml`.
fn kind_name(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Cover => "cover",
        BlockKind::Toc => "toc",
        BlockKind::PageBreak => "page-break",
        BlockKind::Chapter => "chapter",
        BlockKind::Section => "section",
        BlockKind::Subsection => "subsection",
        BlockKind::Subheading => "subheading",
        BlockKind::Paragraph => "paragraph",
        BlockKind::Quote => "quote",
        BlockKind::Attribution => "attribution",
        BlockKind::Item => "item",
    }
}

/// A part of the structure: the file its messages live in (without `.ftl`) and its
/// blocks.
pub struct Part {
    /// File stem.
    pub file: String,
    /// Blocks: kind and message ID.
    pub blocks: Vec<(BlockKind, Option<String>)>,
}

/// The text of `templates/report.toml` for these parts, with the old structure's
/// metadata.
pub fn structure_text(old: &Structure, parts: &[Part]) -> String {
    let meta = &old.meta;
    let mut out = format!(
        "# The structure of the report: ordered blocks, each naming the message that holds its text.\n\
         # No human-language text belongs here; the text lives in locales/<locale>/*.ftl.\n\
         # Written by `silkpress import` from the Markdown's blocks; every ID it ever issued is\n\
         # in templates/ids.toml.\n\
         # Block kinds: cover, toc, chapter, section, subsection, subheading, paragraph, quote,\n\
         # attribution, item, page-break.\n\
         \n\
         [meta]\n\
         title = \"{}\"\n\
         subtitle = \"{}\"\n\
         publisher = \"{}\"\n\
         source-locale = \"{}\"\n",
        meta.title.id,
        meta.subtitle.id,
        meta.publisher.id,
        old.source_locale.get_ref()
    );
    for part in parts {
        out.push_str(&format!(
            "\n[[part]]\nfile = \"{}\"\nblocks = [\n",
            part.file
        ));
        for (kind, id) in &part.blocks {
            match id {
                Some(id) => {
                    out.push_str(&format!("  {{ {} = \"{id}\" }},\n", kind_name(*kind)))
                }
                None => out.push_str(&format!("  \"{}\",\n", kind_name(*kind))),
            }
        }
        out.push_str("]\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Files with their blocks: ID, and new value or `None` to keep.
    type Plan<'a> = &'a [(&'a str, &'a [(&'a str, Option<&'a str>)])];

    fn run(
        old: &[(&str, &str)],
        managed: &[&str],
        plan: Plan<'_>,
    ) -> Vec<(String, Option<String>)> {
        let old: Vec<OldFile> = old
            .iter()
            .map(|(rel, text)| OldFile { rel, text })
            .collect();
        let managed: HashSet<&str> = managed.iter().copied().collect();
        let plan: Vec<(String, Vec<(String, Content)>)> = plan
            .iter()
            .map(|(rel, blocks)| {
                let blocks = blocks
                    .iter()
                    .map(|(id, v)| {
                        let c = v.map_or(Content::Keep, |v| Content::Value(v.into()));
                        (id.to_string(), c)
                    })
                    .collect();
                (rel.to_string(), blocks)
            })
            .collect();
        ftl_files(&old, &managed, &plan, &HashMap::new(), "### Header\n")
            .unwrap()
            .into_iter()
            .map(|f| (f.rel, f.text))
            .collect()
    }

    const ONE: &str = "### File comment\n\n-term = Term\n\n## Section I\n\na-p1 = One { -term }\n# note\na-p2 = Two\n";

    #[test]
    fn an_unchanged_file_is_not_written() {
        let out = run(
            &[("a.ftl", ONE)],
            &["a-p1", "a-p2"],
            &[("a.ftl", &[("a-p1", None), ("a-p2", None)])],
        );
        assert!(out.is_empty(), "{out:?}");
    }

    #[test]
    fn edits_keep_comments_and_units_move_with_theirs() {
        let out = run(
            &[("a.ftl", ONE)],
            &["a-p1", "a-p2", "a-p3"],
            &[(
                "a.ftl",
                &[
                    ("a-p2", Some("Two, edited")),
                    ("a-p3", Some("Three")),
                    ("a-p1", None),
                ],
            )],
        );
        assert_eq!(
            out,
            [(
                "a.ftl".to_string(),
                Some(
                    "### File comment\n\n-term = Term\n# note\na-p2 = Two, edited\na-p3 = Three\n\n## Section I\n\na-p1 = One { -term }\n"
                        .to_string()
                )
            )]
        );
    }

    #[test]
    fn files_are_created_and_emptied_files_deleted() {
        let out = run(
            &[("a.ftl", "a-p1 = One\n")],
            &["a-p1"],
            &[("b.ftl", &[("a-p1", None)])],
        );
        assert_eq!(
            out,
            [
                ("a.ftl".to_string(), None),
                (
                    "b.ftl".to_string(),
                    Some("### Header\n\na-p1 = One\n".to_string())
                )
            ]
        );
    }
}
