//! A locale's text as Markdown, in the document's structure: what `import` reads, so an
//! author can start from any edition, and two editions (or two revisions) can be
//! compared with a text diff.
//!
//! The cover's texts go into front matter (`title:`, `subtitle:`, `publisher:`); each
//! block is written as [`super::read`] reads it back: headings as ATX (`#` … `####`),
//! one line per paragraph, quotes and their attribution as one block quote, list items
//! as `- `, page breaks as `***`. The cover and the table of contents are generated and
//! not written. The result is read back to check it: a block that would not come back
//! as it is (an emphasis CommonMark cannot spell, an attribution without its dash) is a
//! warning naming its message.

use crate::diag::{Code, Diagnostic, Sources, Warned};
use crate::doc::markup::StyledText;
use crate::doc::{Block, Document, Rank, Text};
use crate::import::read::read;
use crate::import::text::{canonical, escape_line_start, markdown_inline};
use crate::l10n::Report;
use crate::project::BlockKind;

/// The code of a block that Markdown cannot give back exactly.
pub const LOSSY: Code = Code::ExportLossy;

/// The document's blocks in reading order as the structure lists them: kind, text and
/// message ID (the cover and the table of contents are generated, so left out).
pub fn flat(doc: &Document) -> Vec<(BlockKind, StyledText, String)> {
    let mut out = Vec::new();
    let text = |t: &Text| (t.content.clone(), t.id.clone());
    let push = |kind: BlockKind, t: &Text, out: &mut Vec<_>| {
        let (c, id) = text(t);
        out.push((kind, c, id));
    };
    let rank = |r: Rank| match r {
        Rank::Chapter => BlockKind::Chapter,
        Rank::Section => BlockKind::Section,
        Rank::Subsection => BlockKind::Subsection,
        Rank::Subheading => BlockKind::Subheading,
    };
    let blocks = |blocks: &[Block], out: &mut Vec<_>| {
        for b in blocks {
            match b {
                Block::Heading(h) => push(rank(h.rank), &h.text, out),
                Block::Paragraph(t) => push(BlockKind::Paragraph, t, out),
                Block::Quote(q) => {
                    for p in &q.paragraphs {
                        push(BlockKind::Quote, p, out);
                    }
                    if let Some(a) = &q.attribution {
                        push(BlockKind::Attribution, a, out);
                    }
                }
                Block::Attribution(t) => push(BlockKind::Attribution, t, out),
                Block::List(l) => {
                    for i in &l.items {
                        push(BlockKind::Item, i, out);
                    }
                }
                Block::PageBreak => {
                    out.push((BlockKind::PageBreak, StyledText::default(), String::new()))
                }
            }
        }
    };
    blocks(&doc.front, &mut out);
    for c in &doc.chapters {
        out.push((
            rank(c.heading.rank),
            c.heading.text.content.clone(),
            c.heading.text.id.clone(),
        ));
        blocks(&c.blocks, &mut out);
    }
    out
}

/// The ATX level a heading kind is written with (`#` chapter … `####` subheading), as
/// [`super::read`] reads it.
fn markdown_level(kind: BlockKind) -> Option<usize> {
    match kind {
        BlockKind::Chapter => Some(1),
        BlockKind::Section => Some(2),
        BlockKind::Subsection => Some(3),
        BlockKind::Subheading => Some(4),
        _ => None,
    }
}

/// A front matter value: inline Markdown, quoted once more when it looks quoted.
fn front_value(text: &StyledText) -> String {
    let v = markdown_inline(text);
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            let other = if q == '"' { '\'' } else { '"' };
            return format!("{other}{v}{other}");
        }
    }
    v
}

/// The report as Markdown, with a warning for each block that would not read back as
/// it is.
pub fn export(report: &Report) -> Warned<String> {
    let mut front = String::new();
    for (key, text) in [
        ("title", &report.doc.cover.title.content),
        ("subtitle", &report.doc.cover.subtitle.content),
        ("publisher", &report.doc.cover.publisher.content),
    ] {
        let text = canonical(text);
        if !text.is_empty() {
            front.push_str(&format!("{key}: {}\n", front_value(&text)));
        }
    }
    // Empty front matter would read as two thematic breaks.
    let mut out = if front.is_empty() {
        String::new()
    } else {
        format!("---\n{front}---\n")
    };

    let mut warnings = Vec::new();
    // What each written block should read back as: its kind, text and ID.
    let mut expected: Vec<(BlockKind, StyledText, String)> = Vec::new();
    let mut prev: Option<BlockKind> = None;
    for (kind, block_text, id) in flat(&report.doc) {
        let text = canonical(&block_text);
        if text.is_empty() && kind != BlockKind::PageBreak {
            warnings.push(
                Diagnostic::warning(LOSSY, format!("`{id}` is empty and is left out"))
                    .locale(&report.doc.locale.tag)
                    .id(&id),
            );
            continue;
        }
        let inline = markdown_inline(&text);
        // After `# ` nothing starts a block; after `> `, `- ` or at a line's start,
        // `1.` or `-` would.
        let inline = if markdown_level(kind).is_some() {
            inline
        } else {
            escape_line_start(&inline)
        };
        // Blocks are separated by a blank line, except items of one list; the
        // paragraphs of one quote by a `>` line.
        let in_quote = matches!(prev, Some(BlockKind::Quote))
            && matches!(kind, BlockKind::Quote | BlockKind::Attribution);
        let in_list = prev == Some(BlockKind::Item) && kind == BlockKind::Item;
        out.push_str(if in_quote {
            ">\n"
        } else if in_list {
            ""
        } else {
            "\n"
        });
        let line = match kind {
            BlockKind::Chapter
            | BlockKind::Section
            | BlockKind::Subsection
            | BlockKind::Subheading => {
                let level = markdown_level(kind).unwrap_or(1);
                // A closing run of `#` would be taken for the heading's closing sequence.
                let inline = match inline.strip_suffix('#') {
                    Some(rest) => format!("{rest}\\#"),
                    None => inline,
                };
                format!("{} {inline}", "#".repeat(level))
            }
            BlockKind::Quote => format!("> {inline}"),
            BlockKind::Attribution => {
                if inline.starts_with(['—', '―']) {
                    format!("> {inline}")
                } else {
                    format!("> — {inline}")
                }
            }
            BlockKind::Item => format!("- {inline}"),
            BlockKind::PageBreak => "***".to_string(),
            _ => inline,
        };
        out.push_str(&line);
        out.push('\n');
        expected.push((kind, text, id));
        prev = Some(kind);
    }

    // Read it back: every block must come back with its kind and text.
    let mut sources = Sources::default();
    let file = sources.add("export.md".as_ref(), out.clone());
    match read(&out, file, "export.md") {
        Ok(doc) if doc.blocks.len() == expected.len() => {
            for (got, (kind, text, id)) in doc.blocks.iter().zip(&expected) {
                if got.kind != *kind || got.text != *text {
                    warnings.push(
                        Diagnostic::warning(
                            LOSSY,
                            format!(
                                "`{id}` would import as a {} reading “{}”",
                                format!("{:?}", got.kind).to_lowercase(),
                                got.text.to_plain()
                            ),
                        )
                        .locale(&report.doc.locale.tag)
                        .id(id)
                        .hint("Markdown cannot spell this block exactly; check it after an import"),
                    );
                }
            }
        }
        _ => warnings.push(
            Diagnostic::warning(
                LOSSY,
                "the Markdown would not import as the same blocks",
            )
            .locale(&report.doc.locale.tag),
        ),
    }
    Warned {
        output: out,
        warnings,
    }
}
