//! The document model: inline styled text (with its markup parser).

pub mod markup;

pub use markup::{Style, StyledText, TextRun};
