//! Renderers: a resolved [`Report`](crate::l10n::Report) to output bytes. Nothing here
//! writes files (the CLI does); the HTML renderer reads only its templates
//! ([`html::Templates::read`]), once per build, and takes its fonts from the
//! [`FontBook`](crate::fonts::FontBook).

pub mod html;
pub mod pdf;
pub mod ties;
pub mod webfont;
pub mod widths;

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// PDF, typeset.
    Pdf,
    /// One self-contained HTML file.
    Html,
}

/// The file name of a locale's edition in a format.
pub fn file_name(tag: &str, format: Format) -> String {
    format!("report.{tag}.{}", format.extension())
}

impl Format {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Html => "html",
        }
    }
}
