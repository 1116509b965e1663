//! The PDF edition's typographic style (`templates/style.toml`): page geometry, font
//! files, font stacks per script and sizes.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::diag::{Code, DiagResult, Diagnostic};
use crate::doc::Style as TextStyle;
use crate::lang::ScriptClass;

/// Where the style lives, relative to the project root.
pub const STYLE_PATH: &str = "templates/style.toml";

/// The parsed style.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Style {
    /// Page size and margins.
    pub page: PageGeometry,
    /// Face name → font file path (relative to the project root).
    pub faces: BTreeMap<String, String>,
    /// Font stacks per script class.
    pub stacks: Stacks,
    /// Sizes and spacing.
    pub sizes: Sizes,
}

/// Page size and margins, in points.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageGeometry {
    /// Page width.
    pub width: f32,
    /// Page height.
    pub height: f32,
    /// Top margin.
    pub top: f32,
    /// Bottom margin.
    pub bottom: f32,
    /// Inner (binding-side) margin.
    pub inner: f32,
    /// Outer margin.
    pub outer: f32,
}

/// Font stacks for the three script classes silkpress sets.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stacks {
    /// Latin, Cyrillic, Greek and everything not Han or Arabic.
    pub latin: Stack,
    /// Han (Chinese), with CJK punctuation.
    pub han: Stack,
    /// Arabic script (Persian, Uyghur).
    pub arabic: Stack,
}

impl Stacks {
    /// The stack of a script class.
    pub fn of(&self, class: ScriptClass) -> &Stack {
        match class {
            ScriptClass::Latin => &self.latin,
            ScriptClass::Han => &self.han,
            ScriptClass::Arabic => &self.arabic,
        }
    }
}

/// Face names per style, tried in order.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Stack {
    /// Upright.
    pub regular: Vec<String>,
    /// Italic.
    pub italic: Vec<String>,
    /// Bold.
    pub bold: Vec<String>,
    /// Bold italic.
    pub bold_italic: Vec<String>,
}

impl Stack {
    /// The faces of one style.
    pub fn for_style(&self, style: TextStyle) -> &[String] {
        match (style.bold, style.italic) {
            (false, false) => &self.regular,
            (false, true) => &self.italic,
            (true, false) => &self.bold,
            (true, true) => &self.bold_italic,
        }
    }
}

/// The four text styles, regular first, with their keys in a `[stacks.*]` table.
pub const STYLES: [(TextStyle, &str); 4] = [
    (
        TextStyle {
            italic: false,
            bold: false,
        },
        "regular",
    ),
    (
        TextStyle {
            italic: true,
            bold: false,
        },
        "italic",
    ),
    (
        TextStyle {
            italic: false,
            bold: true,
        },
        "bold",
    ),
    (
        TextStyle {
            italic: true,
            bold: true,
        },
        "bold-italic",
    ),
];

/// Sizes (pt) and spacing factors.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Sizes {
    /// Body text size.
    pub body: f32,
    /// Body leading, as a multiple of the size.
    pub leading: f32,
    /// Body size of Chinese text.
    pub han_body: f32,
    /// Leading of Chinese text.
    pub han_leading: f32,
    /// Chapter heading size.
    pub chapter: f32,
    /// Section heading size.
    pub section: f32,
    /// Subsection heading size.
    pub subsection: f32,
    /// Run-in sub-heading size.
    pub subheading: f32,
    /// Block quote size.
    pub quote: f32,
    /// Running header and page number size.
    pub header: f32,
    /// Cover title size.
    pub cover_title: f32,
    /// Cover subtitle size.
    pub cover_subtitle: f32,
    /// Cover publisher size.
    pub cover_publisher: f32,
    /// Space before a heading, in body leadings.
    pub heading_before: f32,
    /// Space after a heading, in body leadings.
    pub heading_after: f32,
    /// First-line indent of paragraphs (em).
    pub indent: f32,
    /// First-line indent of Chinese paragraphs (em).
    pub han_indent: f32,
    /// Block quote indent on both sides (pt).
    pub quote_indent: f32,
    /// Hanging indent of list items (pt).
    pub list_indent: f32,
}

impl Style {
    /// Parses a style from TOML text; `display` names the file in diagnostics.
    pub fn parse(text: &str, display: &Path) -> DiagResult<Style> {
        let style: Style = toml::from_str(text).map_err(|e| {
            vec![Diagnostic::error(
                Code::ConfigError,
                format!(
                    "failed to read the PDF style ({})",
                    e.to_string().trim().replace('\n', " ")
                ),
            )
            .in_file(display)
            .hint(format!("compare with {STYLE_PATH} in the repository"))]
        })?;
        style.validate(display)?;
        Ok(style)
    }

    /// Reads and parses `templates/style.toml` under `root`.
    pub fn load(root: &Path) -> DiagResult<Style> {
        let display = Path::new(STYLE_PATH);
        let text = std::fs::read_to_string(root.join(STYLE_PATH)).map_err(|e| {
            vec![Diagnostic::error(
                Code::IoError,
                format!("failed to read {STYLE_PATH} ({e})"),
            )
            .in_file(display)
            .hint("the PDF edition needs its style file; restore it from git")]
        })?;
        Style::parse(&text, display)
    }

    /// Checks that every stack names known faces and every size is positive.
    fn validate(&self, display: &Path) -> DiagResult<()> {
        let mut errors = Vec::new();
        for class in ScriptClass::ALL {
            let (script, stack) = (class.name(), self.stacks.of(class));
            for (text_style, style) in STYLES {
                let names = stack.for_style(text_style);
                if names.is_empty() {
                    errors.push(
                        Diagnostic::error(
                            Code::ConfigError,
                            format!("font stack `{script}.{style}` is empty"),
                        )
                        .in_file(display),
                    );
                }
                for n in names {
                    if !self.faces.contains_key(n) {
                        errors.push(
                            Diagnostic::error(
                                Code::ConfigError,
                                format!(
                                    "font stack `{script}.{style}` names the unknown face `{n}`"
                                ),
                            )
                            .in_file(display)
                            .hint("declare it under [faces] with the path of its font file"),
                        );
                    }
                }
            }
        }
        let g = &self.page;
        let fits =
            g.width > g.inner + g.outer + 72.0 && g.height > g.top + g.bottom + 72.0;
        if !fits || [g.top, g.bottom, g.inner, g.outer].iter().any(|m| *m < 0.0) {
            errors.push(
                Diagnostic::error(
                    Code::ConfigError,
                    "the page margins leave no room for text (need at least 1 inch each way)",
                )
                .in_file(display),
            );
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}
