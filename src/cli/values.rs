//! Command-line spellings of the library's option types. The library knows nothing of
//! clap: its enums get their `ValueEnum` here, with the names and help the CLI shows.

use clap::builder::PossibleValue;
use clap::ValueEnum;

use crate::diag::DiagnosticFormat;
use crate::l10n::pseudo::Strategy;
use crate::render::pdf::PdfStandard;
use crate::render::Format;

impl ValueEnum for DiagnosticFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &[DiagnosticFormat::Human, DiagnosticFormat::Short]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            DiagnosticFormat::Human => {
                PossibleValue::new("human").help("With a quoted source snippet")
            }
            DiagnosticFormat::Short => PossibleValue::new("short")
                .help("One line each: `path:line:col: severity: message`"),
        })
    }
}

impl ValueEnum for Format {
    fn value_variants<'a>() -> &'a [Self] {
        &[Format::Pdf, Format::Html]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            Format::Pdf => PossibleValue::new("pdf").help("PDF, typeset"),
            Format::Html => {
                PossibleValue::new("html").help("One self-contained HTML file")
            }
        })
    }
}

impl ValueEnum for PdfStandard {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            PdfStandard::Pdf17,
            PdfStandard::A2b,
            PdfStandard::A2u,
            PdfStandard::A2a,
        ]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            PdfStandard::Pdf17 => {
                PossibleValue::new("1.7").help("Plain PDF 1.7 (tagged)")
            }
            PdfStandard::A2b => {
                PossibleValue::new("a-2b").help("PDF/A-2b (archival, visual appearance)")
            }
            PdfStandard::A2u => {
                PossibleValue::new("a-2u").help("PDF/A-2u (archival, with Unicode text)")
            }
            PdfStandard::A2a => PossibleValue::new("a-2a")
                .help("PDF/A-2a (archival, tagged and accessible)"),
        })
    }
}

impl ValueEnum for Strategy {
    fn value_variants<'a>() -> &'a [Self] {
        &[Strategy::Accented, Strategy::Bidi]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            Strategy::Accented => PossibleValue::new("accented")
                .help("Accented Latin, longer text: `en-XA`"),
            Strategy::Bidi => PossibleValue::new("bidi")
                .help("Mirrored letters, right to left: `ar-XB`"),
        })
    }
}
