//! The document tree: the report in one locale as a cover, a table of contents, and
//! chapters of typed blocks, built once by resolving ([`crate::l10n::resolve`]) and read
//! by every renderer (the PDF layout, the HTML page and its ToC, the HTML index).
//!
//! The structure file lists its blocks flat. The [`Builder`] decides here, once, what
//! the renderers would otherwise each work out for themselves:
//!
//! - consecutive list items form one [`List`];
//! - consecutive quote paragraphs form one [`Quote`], closed by the attribution after
//!   them;
//! - each heading's outline [`level`](Heading::level): 1 for a chapter, one more than the
//!   heading it sits under, so that no level is ever skipped (a subheading directly under
//!   a section is level 3, under a subsection level 4);
//! - each heading's stable [`anchor`](Heading::anchor), the same in every locale;
//! - which headings the table of contents lists ([`TOC_DEPTH`]) and how they nest.
//!
//! Every text keeps the message it came from ([`Text`]): its ID, where the message is
//! defined, and whether it fell back to the source locale.

use crate::diag::Span;
use crate::lang::Locale;

use super::StyledText;

/// The deepest outline level the table of contents lists, in the PDF and the HTML alike:
/// chapters (1) and sections (2).
pub const TOC_DEPTH: u8 = 2;

/// The text of one message, with where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    /// The styled text.
    pub content: StyledText,
    /// The message's ID.
    pub id: String,
    /// Where the message is defined (in the source locale's file when `fallback`), for
    /// diagnostics that point at it.
    pub span: Option<Span>,
    /// Whether the text is the source locale's because this locale lacks the message.
    pub fallback: bool,
}

impl Text {
    /// Text in the document's own language, from no message (tests, generated text).
    pub fn plain(id: &str, text: &str) -> Text {
        Text {
            content: StyledText::plain(text),
            id: id.to_string(),
            span: None,
            fallback: false,
        }
    }
}

/// What a heading is in the report's structure. It decides how the heading is set (its
/// type size, a chapter's new page); where it sits in the outline is
/// [`Heading::level`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rank {
    /// A chapter (foreword, chapters, conclusion, editorial note).
    Chapter,
    /// A section of a chapter.
    Section,
    /// A subsection of a section.
    Subsection,
    /// A run-in subheading.
    Subheading,
}

impl Rank {
    /// Depth in the structure's hierarchy: chapter 1 … subheading 4. A heading closes
    /// every open heading of the same or a greater depth.
    fn depth(self) -> u8 {
        match self {
            Rank::Chapter => 1,
            Rank::Section => 2,
            Rank::Subsection => 3,
            Rank::Subheading => 4,
        }
    }
}

/// A heading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heading {
    /// What it is in the structure.
    pub rank: Rank,
    /// Its outline level: 1 for a chapter, one more than the heading it sits under.
    /// Both renderers tag it by this level (PDF `/H<level>`, HTML `<h<level + 1>>`
    /// below the page's `<h1>` title), so no level is skipped.
    pub level: u8,
    /// A stable anchor, the same in every locale: the message ID without its `-title`
    /// suffix (`ch1-s2`).
    pub anchor: String,
    /// Its text.
    pub text: Text,
    /// Its short form, from the message's `.short` attribute: what a chapter's running
    /// head shows instead of the full title (`None` when the message has none).
    pub short: Option<Text>,
    /// Its number among the document's headings, in reading order from 0; ToC entries
    /// name their heading by it.
    pub index: usize,
}

impl Heading {
    /// Whether the table of contents lists it.
    pub fn in_toc(&self) -> bool {
        self.level <= TOC_DEPTH
    }
}

/// A quotation: one or more paragraphs and who said them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Its paragraphs (consecutive `quote` blocks of the structure), at least one.
    pub paragraphs: Vec<Text>,
    /// The attribution after them, if any.
    pub attribution: Option<Text>,
}

/// A bulleted list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct List {
    /// Its items (consecutive `item` blocks of the structure), at least one.
    pub items: Vec<Text>,
}

/// A block of a chapter (or of the front matter, before the first chapter).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A heading below a chapter's (section, subsection, subheading).
    Heading(Heading),
    /// A body paragraph.
    Paragraph(Text),
    /// A quotation.
    Quote(Quote),
    /// An attribution with no quotation right before it, set like one.
    Attribution(Text),
    /// A list.
    List(List),
    /// A forced page break.
    PageBreak,
}

/// A chapter: its heading and the blocks up to the next chapter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chapter {
    /// The chapter's heading (rank [`Rank::Chapter`], level 1).
    pub heading: Heading,
    /// Its blocks, in reading order.
    pub blocks: Vec<Block>,
}

/// The cover: the report's metadata texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cover {
    /// The title.
    pub title: Text,
    /// The subtitle.
    pub subtitle: Text,
    /// The publisher.
    pub publisher: Text,
}

/// An entry of the table of contents, with the entries nested under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TocEntry {
    /// The heading it lists, by [`Heading::index`] (see [`Document::headings`]).
    pub heading: usize,
    /// Entries of the headings under it.
    pub children: Vec<TocEntry>,
}

/// The table of contents.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Toc {
    /// Its title (the `toc` block's message), if the structure has one.
    pub title: Option<Text>,
    /// The headings of levels up to [`TOC_DEPTH`], nested by level.
    pub entries: Vec<TocEntry>,
}

impl Toc {
    /// Every entry, depth first (in reading order).
    pub fn flat(&self) -> Vec<&TocEntry> {
        fn walk<'a>(entries: &'a [TocEntry], out: &mut Vec<&'a TocEntry>) {
            for e in entries {
                out.push(e);
                walk(&e.children, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.entries, &mut out);
        out
    }
}

/// What a text is, for the renderers' choice of style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A heading of that rank.
    Heading(Rank),
    /// A body paragraph.
    Paragraph,
    /// A paragraph of a quotation.
    Quote,
    /// An attribution.
    Attribution,
    /// A list item.
    ListItem,
}

/// The report in one locale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Its locale.
    pub locale: Locale,
    /// The source locale, whose text the texts marked `fallback` show.
    pub source: Locale,
    /// The cover.
    pub cover: Cover,
    /// The table of contents.
    pub toc: Toc,
    /// Blocks before the first chapter.
    pub front: Vec<Block>,
    /// The chapters.
    pub chapters: Vec<Chapter>,
}

impl Document {
    /// The locale a text is written in: the source locale's when it fell back.
    pub fn lang_of(&self, text: &Text) -> &Locale {
        if text.fallback {
            &self.source
        } else {
            &self.locale
        }
    }

    /// Every heading in reading order: the heading numbered `i` is at `i`.
    pub fn headings(&self) -> Vec<&Heading> {
        let headings: Vec<&Heading> = self
            .blocks()
            .filter_map(|b| match b {
                BlockRef::Chapter(h) | BlockRef::Block(Block::Heading(h)) => Some(h),
                BlockRef::Block(_) => None,
            })
            .collect();
        debug_assert!(headings.iter().enumerate().all(|(i, h)| h.index == i));
        headings
    }

    /// Every block in reading order, each chapter's heading before its blocks.
    pub fn blocks(&self) -> impl Iterator<Item = BlockRef<'_>> {
        self.front
            .iter()
            .map(BlockRef::Block)
            .chain(self.chapters.iter().flat_map(|c| {
                std::iter::once(BlockRef::Chapter(&c.heading))
                    .chain(c.blocks.iter().map(BlockRef::Block))
            }))
    }

    /// Every body text (the cover and the ToC title aside) with its role, in reading
    /// order.
    pub fn body_texts(&self) -> Vec<(Role, &Text)> {
        let mut out = Vec::new();
        for b in self.blocks() {
            match b {
                BlockRef::Chapter(h) | BlockRef::Block(Block::Heading(h)) => {
                    out.push((Role::Heading(h.rank), &h.text));
                }
                BlockRef::Block(Block::Paragraph(t)) => out.push((Role::Paragraph, t)),
                BlockRef::Block(Block::Quote(q)) => {
                    out.extend(q.paragraphs.iter().map(|t| (Role::Quote, t)));
                    out.extend(q.attribution.iter().map(|t| (Role::Attribution, t)));
                }
                BlockRef::Block(Block::Attribution(t)) => {
                    out.push((Role::Attribution, t))
                }
                BlockRef::Block(Block::List(l)) => {
                    out.extend(l.items.iter().map(|t| (Role::ListItem, t)));
                }
                BlockRef::Block(Block::PageBreak) => {}
            }
        }
        out
    }

    /// Every text of the document, the cover and the ToC title first (what an edition
    /// can draw of it; [`Document::texts_mut`] lists the same texts).
    pub fn texts(&self) -> Vec<&Text> {
        let Cover {
            title,
            subtitle,
            publisher,
        } = &self.cover;
        let mut out = vec![title, subtitle, publisher];
        out.extend(self.toc.title.iter());
        for b in self.blocks() {
            match b {
                BlockRef::Chapter(h) | BlockRef::Block(Block::Heading(h)) => {
                    out.push(&h.text)
                }
                BlockRef::Block(Block::Paragraph(t) | Block::Attribution(t)) => {
                    out.push(t)
                }
                BlockRef::Block(Block::Quote(q)) => {
                    out.extend(q.paragraphs.iter());
                    out.extend(q.attribution.iter());
                }
                BlockRef::Block(Block::List(l)) => out.extend(l.items.iter()),
                BlockRef::Block(Block::PageBreak) => {}
            }
        }
        out
    }

    /// Every text of the document, the cover and the ToC title first, mutably (tests
    /// that replace the text, pseudo-localisation).
    pub fn texts_mut(&mut self) -> Vec<&mut Text> {
        fn block<'a>(b: &'a mut Block, out: &mut Vec<&'a mut Text>) {
            match b {
                Block::Heading(h) => out.push(&mut h.text),
                Block::Paragraph(t) | Block::Attribution(t) => out.push(t),
                Block::Quote(q) => {
                    out.extend(q.paragraphs.iter_mut());
                    out.extend(q.attribution.iter_mut());
                }
                Block::List(l) => out.extend(l.items.iter_mut()),
                Block::PageBreak => {}
            }
        }
        let Cover {
            title,
            subtitle,
            publisher,
        } = &mut self.cover;
        let mut out = vec![title, subtitle, publisher];
        out.extend(self.toc.title.iter_mut());
        for b in &mut self.front {
            block(b, &mut out);
        }
        for c in &mut self.chapters {
            out.push(&mut c.heading.text);
            for b in &mut c.blocks {
                block(b, &mut out);
            }
        }
        out
    }
}

/// A block in reading order: a chapter's heading, or a block.
#[derive(Clone, Copy, Debug)]
pub enum BlockRef<'a> {
    /// A chapter's heading (its blocks follow).
    Chapter(&'a Heading),
    /// Any other block.
    Block(&'a Block),
}

/// Builds a [`Document`] from the structure's blocks, in order.
#[derive(Debug, Default)]
pub struct Builder {
    toc: Toc,
    front: Vec<Block>,
    chapters: Vec<Chapter>,
    /// Depths of the open headings, outermost first.
    open: Vec<u8>,
    /// Headings so far.
    headings: usize,
}

impl Builder {
    /// An empty document.
    pub fn new() -> Builder {
        Builder::default()
    }

    /// The blocks of the current chapter (of the front matter before the first).
    fn blocks(&mut self) -> &mut Vec<Block> {
        match self.chapters.last_mut() {
            Some(c) => &mut c.blocks,
            None => &mut self.front,
        }
    }

    /// The table of contents, with its title. Where the `toc` block stands does not
    /// matter: the ToC always follows the cover.
    pub fn toc(&mut self, title: Text) {
        self.toc.title = Some(title);
    }

    /// A heading.
    pub fn heading(&mut self, rank: Rank, text: Text) {
        self.heading_with(rank, text, None);
    }

    /// A heading with the short form of its title (the message's `.short`).
    pub fn heading_with(&mut self, rank: Rank, text: Text, short: Option<Text>) {
        let depth = rank.depth();
        while self.open.last().is_some_and(|&top| top >= depth) {
            self.open.pop();
        }
        self.open.push(depth);
        let level = self.open.len() as u8;
        let anchor = text
            .id
            .strip_suffix("-title")
            .unwrap_or(&text.id)
            .to_string();
        let heading = Heading {
            rank,
            level,
            anchor,
            text,
            short,
            index: self.headings,
        };
        self.headings += 1;
        if heading.in_toc() {
            // Under the last entry of each level above it (its ancestors, which have
            // lower levels and so are listed too).
            let mut list = &mut self.toc.entries;
            for _ in 1..level {
                if list.is_empty() {
                    break;
                }
                let last = list.len() - 1;
                list = &mut list[last].children;
            }
            list.push(TocEntry {
                heading: heading.index,
                children: Vec::new(),
            });
        }
        if rank == Rank::Chapter {
            self.chapters.push(Chapter {
                heading,
                blocks: Vec::new(),
            });
        } else {
            self.blocks().push(Block::Heading(heading));
        }
    }

    /// A body paragraph.
    pub fn paragraph(&mut self, text: Text) {
        self.blocks().push(Block::Paragraph(text));
    }

    /// A paragraph of a quotation: it continues the quotation right before it unless
    /// that one has its attribution.
    pub fn quote(&mut self, text: Text) {
        let blocks = self.blocks();
        match blocks.last_mut() {
            Some(Block::Quote(q)) if q.attribution.is_none() => q.paragraphs.push(text),
            _ => blocks.push(Block::Quote(Quote {
                paragraphs: vec![text],
                attribution: None,
            })),
        }
    }

    /// An attribution: it closes the quotation right before it, or stands alone.
    pub fn attribution(&mut self, text: Text) {
        let blocks = self.blocks();
        match blocks.last_mut() {
            Some(Block::Quote(q)) if q.attribution.is_none() => {
                q.attribution = Some(text)
            }
            _ => blocks.push(Block::Attribution(text)),
        }
    }

    /// A list item: it continues the list right before it.
    pub fn item(&mut self, text: Text) {
        let blocks = self.blocks();
        match blocks.last_mut() {
            Some(Block::List(l)) => l.items.push(text),
            _ => blocks.push(Block::List(List { items: vec![text] })),
        }
    }

    /// A forced page break.
    pub fn page_break(&mut self) {
        self.blocks().push(Block::PageBreak);
    }

    /// The document, in `locale`, with `cover`.
    pub fn finish(self, locale: Locale, source: Locale, cover: Cover) -> Document {
        Document {
            locale,
            source,
            cover,
            toc: self.toc,
            front: self.front,
            chapters: self.chapters,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(id: &str) -> Text {
        Text::plain(id, id)
    }

    fn finish(b: Builder) -> Document {
        let en = Locale::parse("en").unwrap();
        let cover = Cover {
            title: t("title"),
            subtitle: t("subtitle"),
            publisher: t("publisher"),
        };
        b.finish(en.clone(), en, cover)
    }

    /// (level, anchor) of every heading in reading order.
    fn levels(doc: &Document) -> Vec<(u8, &str)> {
        let headings = doc.headings().into_iter();
        headings.map(|h| (h.level, h.anchor.as_str())).collect()
    }

    #[test]
    fn levels_never_skip_and_anchors_drop_the_title_suffix() {
        let mut b = Builder::new();
        b.heading(Rank::Chapter, t("ch1-title"));
        b.heading(Rank::Section, t("ch1-s1-title"));
        b.heading(Rank::Subheading, t("ch1-s1-h1"));
        b.heading(Rank::Subsection, t("ch1-s1-ss1-title"));
        b.heading(Rank::Subheading, t("ch1-s1-ss1-h1"));
        b.heading(Rank::Section, t("ch1-s2-title"));
        b.heading(Rank::Chapter, t("ch2-title"));
        b.heading(Rank::Subsection, t("ch2-ss1-title"));
        let doc = finish(b);
        assert_eq!(
            levels(&doc),
            [
                (1, "ch1"),
                (2, "ch1-s1"),
                (3, "ch1-s1-h1"),
                (3, "ch1-s1-ss1"),
                (4, "ch1-s1-ss1-h1"),
                (2, "ch1-s2"),
                (1, "ch2"),
                (2, "ch2-ss1"),
            ]
        );
        let indices: Vec<usize> = doc.headings().iter().map(|h| h.index).collect();
        assert_eq!(indices, (0..8).collect::<Vec<_>>());
    }

    #[test]
    fn the_toc_lists_levels_up_to_its_depth_nested() {
        let mut b = Builder::new();
        b.toc(t("ui-toc-title"));
        b.heading(Rank::Chapter, t("ch1-title"));
        b.heading(Rank::Section, t("ch1-s1-title"));
        b.heading(Rank::Subheading, t("ch1-s1-h1"));
        b.heading(Rank::Subsection, t("ch1-s1-ss1-title"));
        b.heading(Rank::Section, t("ch1-s2-title"));
        b.heading(Rank::Chapter, t("ch2-title"));
        let doc = finish(b);
        assert_eq!(doc.toc.title.as_ref().unwrap().id, "ui-toc-title");
        let headings = doc.headings();
        let anchor = |e: &TocEntry| headings[e.heading].anchor.as_str();
        let shape: Vec<(&str, Vec<&str>)> = doc
            .toc
            .entries
            .iter()
            .map(|e| (anchor(e), e.children.iter().map(anchor).collect()))
            .collect();
        assert_eq!(shape, [("ch1", vec!["ch1-s1", "ch1-s2"]), ("ch2", vec![])]);
        let flat: Vec<usize> = doc.toc.flat().iter().map(|e| e.heading).collect();
        assert_eq!(flat, [0, 1, 4, 5]);
    }

    #[test]
    fn quotes_take_their_attribution_and_lists_group_their_items() {
        let mut b = Builder::new();
        b.paragraph(t("pre"));
        b.heading(Rank::Chapter, t("ch1-title"));
        b.quote(t("q1a"));
        b.quote(t("q1b"));
        b.attribution(t("qa1"));
        b.quote(t("q2"));
        b.attribution(t("qa2"));
        b.attribution(t("stray"));
        b.item(t("li1"));
        b.item(t("li2"));
        b.paragraph(t("p"));
        b.item(t("li3"));
        b.page_break();
        b.item(t("li4"));
        let doc = finish(b);
        assert_eq!(doc.front, [Block::Paragraph(t("pre"))]);
        let blocks = &doc.chapters[0].blocks;
        assert_eq!(
            blocks,
            &[
                Block::Quote(Quote {
                    paragraphs: vec![t("q1a"), t("q1b")],
                    attribution: Some(t("qa1")),
                }),
                Block::Quote(Quote {
                    paragraphs: vec![t("q2")],
                    attribution: Some(t("qa2")),
                }),
                Block::Attribution(t("stray")),
                Block::List(List {
                    items: vec![t("li1"), t("li2")],
                }),
                Block::Paragraph(t("p")),
                Block::List(List {
                    items: vec![t("li3")],
                }),
                Block::PageBreak,
                Block::List(List {
                    items: vec![t("li4")],
                }),
            ]
        );
        let roles: Vec<Role> = doc.body_texts().iter().map(|(r, _)| *r).collect();
        assert_eq!(
            roles[..5],
            [
                Role::Paragraph,
                Role::Heading(Rank::Chapter),
                Role::Quote,
                Role::Quote,
                Role::Attribution
            ]
        );
    }

    #[test]
    fn a_new_chapter_ends_the_quote_and_the_list_before_it() {
        let mut b = Builder::new();
        b.heading(Rank::Chapter, t("ch1-title"));
        b.item(t("li1"));
        b.quote(t("q1"));
        b.heading(Rank::Chapter, t("ch2-title"));
        b.item(t("li2"));
        b.attribution(t("qa"));
        let doc = finish(b);
        assert_eq!(doc.chapters.len(), 2);
        assert_eq!(
            doc.chapters[1].blocks,
            [
                Block::List(List {
                    items: vec![t("li2")]
                }),
                Block::Attribution(t("qa")),
            ]
        );
    }
}
