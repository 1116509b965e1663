//! Bringing a document in and out of the project as Markdown: `import` (a Markdown
//! document → the structure and the source locale's messages, revision after revision
//! with stable IDs), `export` (a locale's text → Markdown) and the files of a new
//! project (`scaffold`). Pure: texts in, texts out; the CLI reads and writes.
//!
//! An import is four steps:
//! 1. [`read::read`]: the Markdown's blocks (or every construct it cannot hold, refused
//!    with its line);
//! 2. [`pair::pair`]: each new block paired with the old block it continues, as a diff
//!    of the two versions would pair them (unchanged, moved, edited, or inserted);
//! 3. [`number::number`]: old IDs kept, new ones never issued before
//!    ([`record::IdRecord`]);
//! 4. [`write`]: the new `.ftl` files and `report.toml`, only those that change.

pub mod export;
pub mod number;
pub mod pair;
pub mod read;
pub mod record;
pub mod scaffold;
pub mod terms;
pub mod text;
pub mod write;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::PathBuf;

use crate::diag::{DiagResult, Diagnostic, FileId, Span};
use crate::doc::markup::StyledText;
use crate::l10n;
use crate::project::{BlockKind, Project, LOCALES_DIR, STRUCTURE_PATH};

pub use export::export;
pub use record::{IdRecord, RECORD_PATH};

use pair::{Key, Pairing};
use write::{Content, OldFile, Part};

/// What changed, block by block (message IDs).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Blocks whose text is unchanged, in place.
    pub unchanged: Vec<String>,
    /// Blocks whose text is unchanged, moved elsewhere.
    pub moved: Vec<String>,
    /// Blocks whose text changed: same ID, new text (stale in every translation).
    pub edited: Vec<String>,
    /// New blocks: new IDs (missing in every translation).
    pub inserted: Vec<String>,
    /// Blocks gone (obsolete in every translation).
    pub deleted: Vec<String>,
    /// Cover messages set from the front matter (first import only).
    pub cover: Vec<String>,
    /// Things the author should know (front matter ignored on a re-import …).
    pub notes: Vec<String>,
}

/// What an import would change: files to write and to delete, relative to the project
/// root, and the summary.
#[derive(Clone, Debug, Default)]
pub struct Changes {
    /// Files to write with their new text.
    pub write: Vec<(PathBuf, String)>,
    /// Files to delete.
    pub delete: Vec<PathBuf>,
    /// What changed.
    pub summary: Summary,
}

impl Changes {
    /// Whether nothing is to be written or deleted.
    pub fn is_empty(&self) -> bool {
        self.write.is_empty() && self.delete.is_empty()
    }
}

/// An edited block's new FTL value with the term references its old message (`old_id`
/// in the source locale) made restored ([`terms::restore`]).
fn with_old_terms(
    source: &crate::project::locales::LocaleData,
    old_id: &str,
    value: String,
) -> String {
    use fluent_syntax::ast;
    let entry = |id: &str, is_term: bool| {
        let (file, e) = source.find(id, is_term)?;
        file.resource.get_entry(e.index)
    };
    let Some(ast::Entry::Message(ast::Message {
        value: Some(old), ..
    })) = entry(old_id, false)
    else {
        return value;
    };
    let found: Vec<(&str, String, bool)> = terms::referenced(old)
        .into_iter()
        .filter_map(|(name, plain)| match entry(name, true)? {
            ast::Entry::Term(t) => Some((name, terms::plain_value(t)?, plain)),
            _ => None,
        })
        .collect();
    if found.is_empty() {
        return value;
    }
    terms::restore(&value, old, &found)
}

/// A block of the old structure that an import manages (every kind but cover and ToC).
fn managed_kind(kind: BlockKind) -> bool {
    !matches!(kind, BlockKind::Cover | BlockKind::Toc)
}

/// A block as the pairing sees it.
fn key(kind: BlockKind, text: &StyledText) -> Key {
    Key {
        kind,
        text: text::markup(text),
        words: text::words(&text.to_plain()),
    }
}

/// Imports the Markdown document `md` (the text of the file registered as `md_file`,
/// shown as `md_name`) into `project`, whose IDs issued so far are `record`: the files to
/// write and delete, and what changed. Nothing is written.
///
/// Fails with every construct the document has that the model cannot hold, each at its
/// line, or when the project's source locale does not resolve.
pub fn import(
    project: &Project,
    record: &IdRecord,
    md: &str,
    md_file: FileId,
    md_name: &str,
) -> DiagResult<Changes> {
    let doc = read::read(md, md_file, md_name)?;
    if doc.blocks.is_empty() {
        // Importing it would delete every block: surely not what was meant.
        return Err(vec![Diagnostic::error(
            crate::diag::Code::EmptyDocument,
            format!("failed to import {md_name} (it has no blocks)"),
        )
        .at(Span::new(md_file, 0..0))
        .hint("an import replaces the whole document: give it the whole text")]);
    }
    let structure = &project.structure;
    let source = project.source_locale();
    let tag = source.locale.tag.clone();
    let report = l10n::resolve(project, &tag)?.output;

    // The old blocks the import manages, with their resolved text.
    let texts: std::collections::HashMap<String, StyledText> = export::flat(&report.doc)
        .into_iter()
        .map(|(_, text, id)| (id, text))
        .collect();
    let old: Vec<(BlockKind, Option<String>, StyledText)> = structure
        .blocks
        .iter()
        .filter(|b| managed_kind(b.kind))
        .map(|b| {
            let id = b.msg.as_ref().map(|m| m.id.clone());
            let text = id
                .as_ref()
                .and_then(|id| texts.get(id))
                .map(text::canonical)
                .unwrap_or_default();
            (b.kind, id, text)
        })
        .collect();
    let old_keys: Vec<Key> = old.iter().map(|(k, _, t)| key(*k, t)).collect();
    let new_keys: Vec<Key> = doc.blocks.iter().map(|b| key(b.kind, &b.text)).collect();
    let pairing = pair::pair(&old_keys, &new_keys);

    // IDs: the record, every block ID of the structure, and every message and term of
    // every loaded locale are taken: no new message shadows a term or an interface
    // message, and a translation still holding a deleted block's message (marked
    // obsolete by sync) keeps its ID from being reused even if the record were lost.
    let mut recorded: BTreeSet<String> = record.issued.clone();
    recorded.extend(old.iter().filter_map(|(_, id, _)| id.clone()));
    let mut taken = recorded.clone();
    for locale in &project.locales {
        taken.extend(locale.entries().map(|(_, e)| e.id.clone()));
    }
    let kinds: Vec<BlockKind> = doc.blocks.iter().map(|b| b.kind).collect();
    let kept: Vec<Option<String>> = pairing
        .iter()
        .map(|p| p.old().and_then(|i| old[i].1.clone()))
        .collect();
    let ids = number::number(&kinds, &kept, &mut taken);
    recorded.extend(ids.iter().flatten().cloned());

    let mut summary = Summary::default();
    let mut continued = vec![false; old.len()];
    for (p, id) in pairing.iter().zip(&ids) {
        if let Some(i) = p.old() {
            continued[i] = true;
        }
        let Some(id) = id.clone() else { continue };
        match p {
            Pairing::Unchanged(_) => summary.unchanged.push(id),
            Pairing::Moved(_) => summary.moved.push(id),
            Pairing::Edited(_) => summary.edited.push(id),
            Pairing::Inserted => summary.inserted.push(id),
        }
    }
    summary.deleted = old
        .iter()
        .zip(&continued)
        .filter(|(_, c)| !**c)
        .filter_map(|(b, _)| b.1.clone())
        .collect();

    // Which file each old message lives in.
    let file_of: HashMap<&str, &str> = source
        .files
        .iter()
        .flat_map(|f| {
            f.entries
                .iter()
                .map(move |e| (e.id.as_str(), f.rel.as_str()))
        })
        .collect();
    let stem = |rel: &str| rel.strip_suffix(".ftl").unwrap_or(rel).to_string();

    // Parts: the blocks before the first chapter, then one per chapter, each in the file
    // its heading's message is in (a new chapter: a new file named by its scope).
    let mut parts: Vec<Part> = Vec::new();
    let mut used_stems: HashSet<String> =
        source.files.iter().map(|f| stem(&f.rel)).collect();
    let mut plan: Vec<(String, Vec<(String, Content)>)> = Vec::new();
    for (i, block) in doc.blocks.iter().enumerate() {
        let id = ids[i].clone();
        if block.kind == BlockKind::Chapter || parts.is_empty() {
            let old_file = kept[i]
                .as_deref()
                .and_then(|id| file_of.get(id))
                .map(|rel| stem(rel));
            let file = old_file.unwrap_or_else(|| {
                let base = match (&id, block.kind) {
                    (Some(id), BlockKind::Chapter) => {
                        id.strip_suffix("-title").unwrap_or(id).to_string()
                    }
                    _ => "intro".to_string(),
                };
                let mut name = base.clone();
                let mut n = 2;
                while used_stems.contains(&name) {
                    name = format!("{base}-{n}");
                    n += 1;
                }
                name
            });
            used_stems.insert(file.clone());
            parts.push(Part {
                file: file.clone(),
                blocks: Vec::new(),
            });
            plan.push((format!("{file}.ftl"), Vec::new()));
        }
        if let Some(part) = parts.last_mut() {
            part.blocks.push((block.kind, id.clone()));
        }
        if let (Some(id), Some((_, blocks))) = (id, plan.last_mut()) {
            let content = match pairing[i] {
                Pairing::Unchanged(_) | Pairing::Moved(_) => Content::Keep,
                Pairing::Edited(o) => {
                    let value = text::ftl_value(&block.text);
                    let old_id = old[o].1.as_deref().unwrap_or_default();
                    Content::Value(with_old_terms(source, old_id, value))
                }
                Pairing::Inserted => Content::Value(text::ftl_value(&block.text)),
            };
            blocks.push((id, content));
        }
    }
    // Two chapters in one old file share it: merge their plans, in document order.
    let mut merged: Vec<(String, Vec<(String, Content)>)> = Vec::new();
    for (rel, blocks) in plan {
        match merged.iter_mut().find(|(r, _)| *r == rel) {
            Some((_, b)) => b.extend(blocks),
            None => merged.push((rel, blocks)),
        }
    }

    // The cover: set from the front matter on the first import only.
    let first = old.is_empty();
    let mut replace = HashMap::new();
    let meta = [
        (
            &structure.meta.title,
            &doc.cover.title,
            &report.doc.cover.title.content,
            "title",
        ),
        (
            &structure.meta.subtitle,
            &doc.cover.subtitle,
            &report.doc.cover.subtitle.content,
            "subtitle",
        ),
        (
            &structure.meta.publisher,
            &doc.cover.publisher,
            &report.doc.cover.publisher.content,
            "publisher",
        ),
    ];
    for (msg, given, now, key) in meta {
        let Some(given) = given else { continue };
        if text::markup(given) == text::markup(&text::canonical(now)) {
            continue;
        }
        if first {
            replace.insert(msg.id.clone(), text::ftl_value(given));
            summary.cover.push(msg.id.clone());
        } else {
            summary.notes.push(format!(
                "the front matter's `{key}:` differs from `{}`, which import sets only on the \
                 first import: edit it in {LOCALES_DIR}/{tag}/{}",
                msg.id,
                file_of.get(msg.id.as_str()).copied().unwrap_or("")
            ));
        }
    }

    let managed: HashSet<&str> = old
        .iter()
        .filter_map(|(_, id, _)| id.as_deref())
        .chain(ids.iter().flatten().map(String::as_str))
        .collect();
    let old_files: Vec<OldFile> = source
        .files
        .iter()
        .map(|f| OldFile {
            rel: &f.rel,
            text: project.sources.text(f.file),
        })
        .collect();
    let header = format!(
        "### Locale: {tag} · the source locale: every other locale translates these messages.\n\
         ### Written by `silkpress import` from the Markdown document, one message per block\n\
         ### (IDs in templates/report.toml). Revise the Markdown and import it again; a block\n\
         ### whose text is unchanged keeps its entry here as it is.\n"
    );
    let files = write::ftl_files(&old_files, &managed, &merged, &replace, &header)?;

    let mut changes = Changes {
        summary,
        ..Changes::default()
    };
    let dir = PathBuf::from(LOCALES_DIR).join(&tag);
    for f in files {
        match f.text {
            Some(text) => changes.write.push((dir.join(&f.rel), text)),
            None => changes.delete.push(dir.join(&f.rel)),
        }
    }

    // The structure, when its blocks change: the cover and ToC first, as they were.
    let front: Vec<(BlockKind, Option<String>)> = structure
        .blocks
        .iter()
        .filter(|b| !managed_kind(b.kind))
        .map(|b| (b.kind, b.msg.as_ref().map(|m| m.id.clone())))
        .collect();
    let now: Vec<(BlockKind, Option<String>)> = structure
        .blocks
        .iter()
        .map(|b| (b.kind, b.msg.as_ref().map(|m| m.id.clone())))
        .collect();
    let then: Vec<(BlockKind, Option<String>)> = front
        .iter()
        .cloned()
        .chain(parts.iter().flat_map(|p| p.blocks.iter().cloned()))
        .collect();
    if now != then {
        let front_file = file_of
            .get(structure.meta.title.id.as_str())
            .map(|rel| stem(rel))
            .unwrap_or_else(|| "front-matter".into());
        let mut all = Vec::new();
        if !front.is_empty() {
            all.push(Part {
                file: front_file,
                blocks: front,
            });
        }
        all.extend(parts);
        changes.write.push((
            PathBuf::from(STRUCTURE_PATH),
            write::structure_text(structure, &all),
        ));
    }
    if recorded != record.issued && !changes.is_empty() {
        let record = IdRecord { issued: recorded };
        changes
            .write
            .push((PathBuf::from(RECORD_PATH), record.to_text()));
    }
    Ok(changes)
}
