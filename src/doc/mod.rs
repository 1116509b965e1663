//! The document model: inline styled text (with its markup parser) and the document tree
//! every renderer reads.

pub mod markup;
pub mod tree;

pub use markup::{Style, StyledText, TextRun};
pub use tree::{
    Block, BlockRef, Builder, Chapter, Cover, Document, Heading, List, Quote, Rank, Role,
    Text, Toc, TocEntry, TOC_DEPTH,
};
