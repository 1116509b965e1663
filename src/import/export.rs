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

use crate::diag::{Diagnostic, Sources, Warned};
use crate::doc::markup::StyledText;
use crate::import::read::read;
use crate::import::text::{canonical, escape_line_start, markdown_inline};
use crate::l10n::Report;
use crate::project::BlockKind;

/// The code of a block that Markdown cannot give back exactly.
pub const LOSSY: &str = "export-lossy";

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
        ("title", &report.title),
        ("subtitle", &report.subtitle),
        ("publisher", &report.publisher),
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
    for block in &report.blocks {
        let kind = block.kind;
        let id = block.id.clone().unwrap_or_default();
        if matches!(kind, BlockKind::Cover | BlockKind::Toc) {
            continue;
        }
        let text = canonical(&block.text);
        if text.is_empty() && kind != BlockKind::PageBreak {
            warnings.push(
                Diagnostic::warning(LOSSY, format!("`{id}` is empty and is left out"))
                    .locale(&report.locale.tag)
                    .id(&id),
            );
            continue;
        }
        let inline = markdown_inline(&text);
        // After `# ` nothing starts a block; after `> `, `- ` or at a line's start,
        // `1.` or `-` would.
        let inline = if kind.heading_level().is_some() {
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
                let level = kind.heading_level().unwrap_or(1) as usize;
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
                        .locale(&report.locale.tag)
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
            .locale(&report.locale.tag),
        ),
    }
    Warned {
        output: out,
        warnings,
    }
}
