//! The report's structure (`templates/report.toml`): metadata and the ordered blocks, each
//! naming the message that holds its text. It holds no human-language text.

use std::ops::Range;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::diag::{Code, Diagnostic, FileId, Span};

/// What a block is. Resolving turns the blocks into a document tree
/// ([`crate::doc::Document`]), which decides heading levels, quotations and lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    /// The cover page: title, subtitle, publisher (from the metadata).
    Cover,
    /// The generated table of contents; its message is the ToC title.
    Toc,
    /// A forced page break.
    PageBreak,
    /// A chapter heading (foreword, chapters, conclusion, editorial note): new page.
    Chapter,
    /// A section heading within a chapter.
    Section,
    /// A subsection heading within a section.
    Subsection,
    /// A run-in sub-heading.
    Subheading,
    /// A body paragraph.
    Paragraph,
    /// A paragraph of a block quotation (consecutive ones make one quotation).
    Quote,
    /// The attribution of the quotation before it.
    Attribution,
    /// A list item.
    Item,
}

/// A reference from the structure to a message, with where it is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MsgRef {
    /// The message ID.
    pub id: String,
    /// Where the ID is written in the structure file.
    pub span: Span,
}

/// One block of the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// The message holding its text (none for the cover and page breaks).
    pub msg: Option<MsgRef>,
}

/// The report's metadata: message IDs of the cover texts.
#[derive(Clone, Debug)]
pub struct Meta {
    /// Title.
    pub title: MsgRef,
    /// Subtitle.
    pub subtitle: MsgRef,
    /// Publisher.
    pub publisher: MsgRef,
}

/// The parsed structure.
#[derive(Clone, Debug)]
pub struct Structure {
    /// The structure file.
    pub file: FileId,
    /// Metadata.
    pub meta: Meta,
    /// The locale every other locale translates.
    pub source_locale: Spanned<String>,
    /// The blocks, in reading order.
    pub blocks: Vec<Block>,
}

impl Structure {
    /// Every message reference: metadata first, then blocks in order.
    pub fn msg_refs(&self) -> impl Iterator<Item = &MsgRef> {
        [&self.meta.title, &self.meta.subtitle, &self.meta.publisher]
            .into_iter()
            .chain(self.blocks.iter().filter_map(|b| b.msg.as_ref()))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStructure {
    meta: RawMeta,
    part: Vec<RawPart>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawMeta {
    title: Spanned<String>,
    subtitle: Spanned<String>,
    publisher: Spanned<String>,
    source_locale: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPart {
    /// The `.ftl` file (without extension) the part's messages live in. It tells the
    /// reader of the structure where to look; nothing reads it, since every message is
    /// found by ID in whichever file defines it.
    #[serde(rename = "file")]
    _file: String,
    blocks: Vec<RawBlock>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
enum RawBlock {
    Cover,
    PageBreak,
    Toc(Spanned<String>),
    Chapter(Spanned<String>),
    Section(Spanned<String>),
    Subsection(Spanned<String>),
    Subheading(Spanned<String>),
    Paragraph(Spanned<String>),
    Quote(Spanned<String>),
    Attribution(Spanned<String>),
    Item(Spanned<String>),
}

fn msg_ref(file: FileId, s: Spanned<String>) -> MsgRef {
    let span: Range<usize> = s.span();
    // Point at the ID inside its quotes.
    let inner = span.start + 1..span.end.saturating_sub(1).max(span.start + 1);
    MsgRef {
        id: s.into_inner(),
        span: Span::new(file, inner),
    }
}

/// Parses the structure file's text.
pub fn parse(file: FileId, text: &str) -> Result<Structure, Diagnostic> {
    let raw: RawStructure = toml::from_str(text).map_err(|e| {
        Diagnostic::error(
            Code::ConfigError,
            format!(
                "failed to read the report structure ({})",
                e.message().trim()
            ),
        )
        .at(Span::new(file, e.span().unwrap_or(0..0)))
        .hint("see templates/report.toml's header for the block kinds")
    })?;
    let mut blocks = Vec::new();
    for part in raw.part {
        for b in part.blocks {
            let (kind, msg) = match b {
                RawBlock::Cover => (BlockKind::Cover, None),
                RawBlock::PageBreak => (BlockKind::PageBreak, None),
                RawBlock::Toc(s) => (BlockKind::Toc, Some(s)),
                RawBlock::Chapter(s) => (BlockKind::Chapter, Some(s)),
                RawBlock::Section(s) => (BlockKind::Section, Some(s)),
                RawBlock::Subsection(s) => (BlockKind::Subsection, Some(s)),
                RawBlock::Subheading(s) => (BlockKind::Subheading, Some(s)),
                RawBlock::Paragraph(s) => (BlockKind::Paragraph, Some(s)),
                RawBlock::Quote(s) => (BlockKind::Quote, Some(s)),
                RawBlock::Attribution(s) => (BlockKind::Attribution, Some(s)),
                RawBlock::Item(s) => (BlockKind::Item, Some(s)),
            };
            blocks.push(Block {
                kind,
                msg: msg.map(|s| msg_ref(file, s)),
            });
        }
    }
    // Each block's message is its anchor in the HTML (`id="…"`) and its place in the
    // contents: one message shown twice would give two elements one ID.
    let mut seen = std::collections::HashSet::new();
    for r in blocks.iter().filter_map(|b| b.msg.as_ref()) {
        if !seen.insert(r.id.as_str()) {
            return Err(Diagnostic::error(
                Code::ConfigError,
                format!(
                    "the structure names `{}` twice (each block shows a message of its own)",
                    r.id
                ),
            )
            .at(r.span.clone())
            .id(&r.id)
            .hint("give the repeated block a message of its own"));
        }
    }
    Ok(Structure {
        file,
        meta: Meta {
            title: msg_ref(file, raw.meta.title),
            subtitle: msg_ref(file, raw.meta.subtitle),
            publisher: msg_ref(file, raw.meta.publisher),
        },
        source_locale: raw.meta.source_locale,
        blocks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Sources;

    #[test]
    fn parses_blocks_with_positions() {
        let text = "[meta]\ntitle = \"t\"\nsubtitle = \"s\"\npublisher = \"p\"\nsource-locale = \"en\"\n\
                    [[part]]\nfile = \"a\"\nblocks = [\"cover\", { toc = \"ui-toc\" }, { paragraph = \"a-p1\" }]\n";
        let mut sources = Sources::default();
        let file = sources.add(std::path::Path::new("r.toml"), text.into());
        let s = parse(file, text).unwrap();
        assert_eq!(s.blocks.len(), 3);
        assert_eq!(s.blocks[2].kind, BlockKind::Paragraph);
        let r = s.blocks[2].msg.as_ref().unwrap();
        assert_eq!(&text[r.span.range.clone()], "a-p1");
    }

    #[test]
    fn a_message_named_twice_is_an_error_at_the_second() {
        let text = "[meta]\ntitle = \"t\"\nsubtitle = \"s\"\npublisher = \"p\"\nsource-locale = \"en\"\n\
                    [[part]]\nfile = \"a\"\nblocks = [{ paragraph = \"a-p1\" }, { quote = \"a-p1\" }]\n";
        let mut sources = Sources::default();
        let file = sources.add(std::path::Path::new("r.toml"), text.into());
        let Err(e) = parse(file, text) else {
            panic!("a duplicate is refused")
        };
        assert_eq!(e.code, Code::ConfigError);
        assert_eq!(e.span.unwrap().range.start, text.rfind("a-p1").unwrap());
    }

    #[test]
    fn unknown_kind_is_an_error_with_position() {
        let text = "[meta]\ntitle = \"t\"\nsubtitle = \"s\"\npublisher = \"p\"\nsource-locale = \"en\"\n\
                    [[part]]\nfile = \"a\"\nblocks = [{ para = \"x\" }]\n";
        let mut sources = Sources::default();
        let file = sources.add(std::path::Path::new("r.toml"), text.into());
        let e = parse(file, text).unwrap_err();
        assert_eq!(e.code, Code::ConfigError);
        assert!(e.span.unwrap().range.start > 0);
    }
}
