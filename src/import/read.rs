//! Reading a Markdown document (CommonMark, parsed by pulldown-cmark) into the blocks
//! of the document model, or refusing what the model cannot hold yet with the line it
//! is on.
//!
//! | Markdown | block |
//! | --- | --- |
//! | `#` … `####` heading (ATX or setext) | chapter, section, subsection, sub-heading |
//! | paragraph | paragraph |
//! | each paragraph of a block quote | quote; a last one starting with `—` is the attribution |
//! | each item of a bullet list | item |
//! | thematic break (`***`, `---`) | page break |
//! | front matter (`---` … `---` at the very start) | `title:`, `subtitle:`, `publisher:` |
//!
//! Inline: `*x*`/`_x_` → `<i>`, `**x**`/`__x__` → `<b>`, escapes and entities resolved,
//! soft and hard line breaks become spaces. Refused, each with its line: tables (GFM pipe
//! tables are recognised so that they are refused rather than read as a paragraph),
//! images, code blocks and inline code, footnotes, raw HTML, ordered lists, links,
//! strikethrough, headings below level 4, and blocks nested where the model has no
//! place for them (a list in a quote, a quote in a list, a nested list, a list item of
//! several paragraphs).

use std::ops::Range;

use pulldown_cmark::{
    Event, HeadingLevel, MetadataBlockKind, Options, Parser, Tag, TagEnd,
};

use crate::diag::{DiagResult, Diagnostic, FileId, Span};
use crate::doc::markup::{Style, StyledText, TextRun};
use crate::import::text::canonical;
use crate::project::BlockKind;

/// A block read from the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceBlock {
    /// What it is.
    pub kind: BlockKind,
    /// Its text, canonical ([`canonical`]); empty for a page break.
    pub text: StyledText,
    /// Where it is in the Markdown text.
    pub range: Range<usize>,
}

/// The front matter's cover texts, each when given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cover {
    /// `title:`.
    pub title: Option<StyledText>,
    /// `subtitle:`.
    pub subtitle: Option<StyledText>,
    /// `publisher:`.
    pub publisher: Option<StyledText>,
}

/// A document read from Markdown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// The cover texts of the front matter.
    pub cover: Cover,
    /// The blocks in reading order.
    pub blocks: Vec<SourceBlock>,
}

/// The code of every refusal.
pub const UNSUPPORTED: crate::diag::Code = crate::diag::Code::UnsupportedMarkdown;

/// The parser options: CommonMark plus the extensions whose syntax we must recognise in
/// order to refuse it (tables, footnotes, strikethrough) or read it (front matter).
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
}

/// A container the reader is inside.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Container {
    Quote,
    List,
    Item,
}

/// Inline text being collected for one block.
struct Inline {
    kind: BlockKind,
    start: usize,
    runs: StyledText,
    italic: u32,
    bold: u32,
}

impl Inline {
    /// Starts collecting a block of `kind` at byte `start`.
    fn new(kind: BlockKind, start: usize) -> Self {
        Inline {
            kind,
            start,
            runs: StyledText::default(),
            italic: 0,
            bold: 0,
        }
    }

    /// Appends text in the current style.
    fn push(&mut self, text: &str) {
        let style = Style {
            italic: self.italic > 0,
            bold: self.bold > 0,
        };
        match self.runs.runs.last_mut() {
            Some(last) if last.style == style => last.text.push_str(text),
            _ => self.runs.runs.push(TextRun {
                text: text.to_string(),
                style,
            }),
        }
    }
}

/// The reader's state while it walks pulldown-cmark's events.
struct Reader<'a> {
    file: FileId,
    name: &'a str,
    containers: Vec<Container>,
    inline: Option<Inline>,
    /// Depth of the refused construct being skipped (its content is not reported again).
    skip: usize,
    /// The front matter's text and where it starts, while it is read.
    front: Option<(String, usize)>,
    /// Index in `blocks` of the first paragraph of the open block quote.
    quote_start: Option<usize>,
    /// Paragraphs of the open list item.
    item_paragraphs: usize,
    blocks: Vec<SourceBlock>,
    errors: Vec<Diagnostic>,
    cover: Cover,
}

impl Reader<'_> {
    /// Records that `what`, at `range`, cannot be imported.
    fn refuse(&mut self, what: &str, range: Range<usize>, hint: &str) {
        let mut d = Diagnostic::error(
            UNSUPPORTED,
            format!("failed to import {} ({what})", self.name),
        )
        .at(Span::new(self.file, range));
        if !hint.is_empty() {
            d = d.hint(hint);
        }
        self.errors.push(d);
    }

    /// Starts a block's text.
    fn open_block(&mut self, kind: BlockKind, start: usize) {
        self.inline = Some(Inline::new(kind, start));
    }

    /// Ends the open block's text and keeps the block, unless it has no text.
    fn close_block(&mut self, end: usize) {
        let Some(inline) = self.inline.take() else {
            return;
        };
        let text = canonical(&inline.runs);
        if text.is_empty() {
            return;
        }
        self.blocks.push(SourceBlock {
            kind: inline.kind,
            text,
            range: inline.start..end,
        });
    }

    /// Whether the reader is inside a quote or list.
    fn nested(&self) -> bool {
        !self.containers.is_empty()
    }

    /// A construct starts.
    fn start(&mut self, tag: Tag<'_>, range: Range<usize>) {
        let no_hint = "";
        match tag {
            Tag::Paragraph => {
                let kind = match self.containers.last() {
                    Some(Container::Quote) => BlockKind::Quote,
                    Some(Container::Item) => {
                        self.item_paragraphs += 1;
                        if self.item_paragraphs > 1 {
                            self.refuse(
                                "a list item of more than one paragraph",
                                range.clone(),
                                "make each paragraph an item of its own, or a paragraph after the list",
                            );
                            self.skip = 1;
                            return;
                        }
                        // The item's text is collected from its `Item` start already.
                        return;
                    }
                    _ => BlockKind::Paragraph,
                };
                self.open_block(kind, range.start);
            }
            Tag::Heading { level, .. } => {
                let kind = match level {
                    HeadingLevel::H1 => BlockKind::Chapter,
                    HeadingLevel::H2 => BlockKind::Section,
                    HeadingLevel::H3 => BlockKind::Subsection,
                    HeadingLevel::H4 => BlockKind::Subheading,
                    _ => {
                        self.refuse(
                            &format!("a level-{} heading", level as usize),
                            range,
                            "headings go down to level 4: # chapter, ## section, ### subsection, #### sub-heading",
                        );
                        self.skip = 1;
                        return;
                    }
                };
                if self.nested() {
                    self.refuse("a heading inside a block quote or list", range, no_hint);
                    self.skip = 1;
                    return;
                }
                self.open_block(kind, range.start);
            }
            Tag::BlockQuote(_) => {
                if self.nested() {
                    self.refuse(
                        "a block quote inside a block quote or list",
                        range,
                        no_hint,
                    );
                    self.skip = 1;
                    return;
                }
                self.containers.push(Container::Quote);
                self.quote_start = Some(self.blocks.len());
            }
            Tag::List(Some(_)) => {
                self.refuse(
                    "an ordered list",
                    range,
                    "the document model has bullet lists only (`- item`)",
                );
                self.skip = 1;
            }
            Tag::List(None) => {
                if self.nested() {
                    self.refuse("a list inside a block quote or list", range, no_hint);
                    self.skip = 1;
                    return;
                }
                self.containers.push(Container::List);
            }
            Tag::Item => {
                self.containers.push(Container::Item);
                self.item_paragraphs = 0;
                self.open_block(BlockKind::Item, range.start);
            }
            Tag::CodeBlock(_) => self.skip_refused("a code block", range, MODEL),
            Tag::HtmlBlock => self.skip_refused("raw HTML", range, ""),
            Tag::FootnoteDefinition(_) => self.skip_refused("a footnote", range, ""),
            Tag::Table(_) => self.skip_refused("a table", range, MODEL),
            Tag::Image { .. } => self.skip_refused("an image", range, MODEL),
            Tag::Link { .. } => {
                self.refuse("a link", range, "write the link text without the link");
                // The link text is still read, so the rest of the paragraph is checked.
            }
            Tag::Strikethrough => {
                self.refuse("strikethrough", range, "");
            }
            Tag::Emphasis => {
                if let Some(i) = &mut self.inline {
                    i.italic += 1;
                }
            }
            Tag::Strong => {
                if let Some(i) = &mut self.inline {
                    i.bold += 1;
                }
            }
            Tag::MetadataBlock(MetadataBlockKind::YamlStyle) => {
                self.front = Some((String::new(), range.start));
            }
            // Not enabled: superscript, subscript, definition lists, tables' inner tags
            // (skipped with their table), TOML-style metadata.
            _ => self.skip_refused("an unsupported construct", range, ""),
        }
    }

    /// Refuses a construct and skips its content.
    fn skip_refused(&mut self, what: &str, range: Range<usize>, hint: &str) {
        self.refuse(what, range, hint);
        self.skip = 1;
    }

    /// A construct ends.
    fn end(&mut self, tag: TagEnd, range: Range<usize>) {
        match tag {
            // An item's text is closed with the item, not its paragraph.
            TagEnd::Paragraph if self.containers.last() != Some(&Container::Item) => {
                self.close_block(range.end);
            }
            TagEnd::Heading(_) => self.close_block(range.end),
            TagEnd::Item => {
                self.close_block(range.end);
                self.containers.pop();
            }
            TagEnd::List(_) => {
                self.containers.pop();
            }
            TagEnd::BlockQuote(_) => {
                self.containers.pop();
                // The last paragraph of a quote of two or more is its attribution when
                // it starts with a dash.
                if let Some(first) = self.quote_start.take() {
                    let n = self.blocks.len();
                    if n >= first + 2 {
                        let last = &mut self.blocks[n - 1];
                        if last.text.to_plain().starts_with(['—', '―']) {
                            last.kind = BlockKind::Attribution;
                        }
                    }
                }
            }
            TagEnd::Emphasis => {
                if let Some(i) = &mut self.inline {
                    i.italic = i.italic.saturating_sub(1);
                }
            }
            TagEnd::Strong => {
                if let Some(i) = &mut self.inline {
                    i.bold = i.bold.saturating_sub(1);
                }
            }
            TagEnd::MetadataBlock(_) => {
                if let Some((text, start)) = self.front.take() {
                    self.front_matter(&text, start);
                }
            }
            _ => {}
        }
    }

    /// Handles one event of the parser, at `range` of the text.
    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        if self.skip > 0 {
            match event {
                Event::Start(_) => self.skip += 1,
                Event::End(_) => self.skip -= 1,
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag, range),
            Event::Text(text) => {
                if let Some((front, start)) = &mut self.front {
                    if front.is_empty() {
                        *start = range.start;
                    }
                    front.push_str(&text);
                } else if let Some(i) = &mut self.inline {
                    i.push(&text);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(i) = &mut self.inline {
                    i.push(" ");
                }
            }
            Event::Code(_) => self.refuse(
                "inline code",
                range,
                "the document model has no monospace text",
            ),
            Event::Html(_) | Event::InlineHtml(_) => {
                self.refuse("raw HTML", range, "write `\\<` for a literal `<`")
            }
            Event::FootnoteReference(_) => self.refuse("a footnote", range, ""),
            Event::Rule if self.nested() => {
                self.refuse("a thematic break inside a block quote or list", range, "")
            }
            Event::Rule => self.blocks.push(SourceBlock {
                kind: BlockKind::PageBreak,
                text: StyledText::default(),
                range,
            }),
            _ => self.refuse("an unsupported construct", range, ""),
        }
    }

    /// Reads the front matter: `key: value` lines, values as inline Markdown.
    fn front_matter(&mut self, text: &str, start: usize) {
        let mut offset = start;
        for line in text.split_inclusive('\n') {
            let at = offset..offset + line.trim_end().len();
            offset += line.len();
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((key, value)) = line.split_once(':') else {
                self.refuse("a front matter line that is not `key: value`", at, FRONT);
                continue;
            };
            let value = unquote(value.trim());
            let slot = match key.trim() {
                "title" => &mut self.cover.title,
                "subtitle" => &mut self.cover.subtitle,
                "publisher" => &mut self.cover.publisher,
                other => {
                    let what = format!("the front matter key `{other}`");
                    self.refuse(&what, at, FRONT);
                    continue;
                }
            };
            match inline_only(value) {
                Some(t) => *slot = Some(t),
                None => self.refuse(
                    "a front matter value with more than emphasis in it",
                    at,
                    FRONT,
                ),
            }
        }
    }
}

/// The hint for constructs the model has no block for.
const MODEL: &str =
    "the document model holds headings, paragraphs, quotes and bullet lists only";
/// The hint for front matter problems.
const FRONT: &str = "the front matter takes `title:`, `subtitle:` and `publisher:`";

/// A YAML-style value without its quotes, if it has them.
fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = v.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            return inner;
        }
    }
    v
}

/// A front matter value read as one paragraph of text with emphasis, or `None` when it
/// holds anything else.
fn inline_only(value: &str) -> Option<StyledText> {
    let mut inline = Inline::new(BlockKind::Paragraph, 0);
    for event in Parser::new_ext(value, options()) {
        match event {
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
            Event::Start(Tag::Emphasis) => inline.italic += 1,
            Event::End(TagEnd::Emphasis) => inline.italic -= 1,
            Event::Start(Tag::Strong) => inline.bold += 1,
            Event::End(TagEnd::Strong) => inline.bold -= 1,
            Event::Text(t) => inline.push(&t),
            Event::SoftBreak | Event::HardBreak => inline.push(" "),
            _ => return None,
        }
    }
    Some(canonical(&inline.runs))
}

/// Reads a Markdown document (the text of the file registered as `file`, shown as
/// `name`): its blocks, or every construct it has that the document model cannot hold,
/// each an error at its place.
///
/// ```
/// use silkpress::diag::Sources;
/// use silkpress::import::read::read;
/// use silkpress::project::BlockKind;
/// let md = "# One\n\nSome *text*\nwrapped.\n\n> “A quote.”\n>\n> — Someone\n";
/// let file = Sources::default().add("a.md".as_ref(), md.into());
/// let doc = read(md, file, "a.md").unwrap();
/// let kinds: Vec<_> = doc.blocks.iter().map(|b| b.kind).collect();
/// assert_eq!(kinds, [BlockKind::Chapter, BlockKind::Paragraph, BlockKind::Quote, BlockKind::Attribution]);
/// assert_eq!(doc.blocks[1].text.to_plain(), "Some text wrapped.");
/// assert!(read("| a | b |\n|---|---|\n| 1 | 2 |\n", file, "a.md").is_err());
/// ```
pub fn read(md: &str, file: FileId, name: &str) -> DiagResult<Document> {
    let mut r = Reader {
        file,
        name,
        containers: Vec::new(),
        inline: None,
        skip: 0,
        front: None,
        quote_start: None,
        item_paragraphs: 0,
        blocks: Vec::new(),
        errors: Vec::new(),
        cover: Cover::default(),
    };
    for (event, range) in Parser::new_ext(md, options()).into_offset_iter() {
        r.event(event, range);
    }
    if r.errors.is_empty() {
        Ok(Document {
            cover: r.cover,
            blocks: r.blocks,
        })
    } else {
        Err(r.errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Sources;

    fn blocks(md: &str) -> Vec<(BlockKind, String)> {
        let file = Sources::default().add("t.md".as_ref(), md.into());
        read(md, file, "t.md")
            .unwrap()
            .blocks
            .into_iter()
            .map(|b| (b.kind, crate::import::text::markup(&b.text)))
            .collect()
    }

    fn refusals(md: &str) -> Vec<String> {
        let file = Sources::default().add("t.md".as_ref(), md.into());
        read(md, file, "t.md")
            .unwrap_err()
            .into_iter()
            .map(|d| d.message)
            .collect()
    }

    #[test]
    fn spellings_of_one_document_read_the_same() {
        let a = blocks(
            "# Title\n\n## Part\n\nSome *words* and **more**\nhere.\n\n- one\n- two\n",
        );
        let b = blocks(
            "Title\n=====\n\nPart\n----\n\nSome _words_ and __more__ here.\n\n* one\n\n* two\n",
        );
        assert_eq!(a, b);
        assert_eq!(
            a,
            [
                (BlockKind::Chapter, "Title".into()),
                (BlockKind::Section, "Part".into()),
                (
                    BlockKind::Paragraph,
                    "Some <i>words</i> and <b>more</b> here.".into()
                ),
                (BlockKind::Item, "one".into()),
                (BlockKind::Item, "two".into()),
            ]
        );
    }

    #[test]
    fn quotes_and_attributions() {
        let b = blocks("> — not an attribution alone\n\n> A.\n>\n> B.\n>\n> — Name\n");
        let kinds: Vec<_> = b.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Quote,
                BlockKind::Quote,
                BlockKind::Quote,
                BlockKind::Attribution
            ]
        );
    }

    #[test]
    fn entities_escapes_and_breaks() {
        let b = blocks("A &amp; B \\*not emphasis\\*  \nnext &copy; &lt;i&gt;\n");
        assert_eq!(b[0].1, "A & B *not emphasis* next © &lt;i>");
        // A thematic break is a page break.
        assert_eq!(blocks("a\n\n***\n\nb\n")[1].0, BlockKind::PageBreak);
    }

    #[test]
    fn nesting_the_model_cannot_hold_is_refused() {
        for (md, what) in [
            ("- a\n\n  more\n", "more than one paragraph"),
            ("- a\n  - b\n", "a list inside"),
            ("> - a\n", "a list inside"),
            ("> > a\n", "a block quote inside"),
            ("- # a\n", "a heading inside"),
            ("a ~~b~~ c\n", "strikethrough"),
            ("---\nauthor: x\n---\n\na\n", "front matter key"),
        ] {
            let r = refusals(md);
            assert!(r.iter().any(|m| m.contains(what)), "{md:?}: {r:?}");
        }
    }

    #[test]
    fn front_matter_gives_the_cover() {
        let file = Sources::default().add("t.md".as_ref(), String::new());
        let doc = read(
            "---\ntitle: \"A *Title*\"\npublisher: Press\n---\n\nText.\n",
            file,
            "t.md",
        )
        .unwrap();
        let title = doc.cover.title.unwrap();
        assert_eq!(crate::import::text::markup(&title), "A <i>Title</i>");
        assert!(doc.cover.subtitle.is_none());
        assert_eq!(doc.blocks.len(), 1);
    }
}
