//! The PDF edition's typographic style (`templates/style.toml`): page geometry, font
//! files, font stacks per script, sizes and the spacing of pagination.

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
    /// The spacing factors of pagination; each defaults to the value the engine always
    /// used, so a style without the table sets the report as before.
    #[serde(default)]
    pub spacing: Spacing,
    /// The thresholds of `check --layout` (`[layout-check]`); each has a default.
    #[serde(default, rename = "layout-check")]
    pub layout_check: LayoutCheck,
}

/// The thresholds of `check --layout` (`[layout-check]` of `templates/style.toml`):
/// when a typeset line, title or chapter is worth a warning. They change no edition.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct LayoutCheck {
    /// A justified line stretched more than this many times its normal stretch is
    /// `loose-line` (the stretch ratio of Knuth–Plass: 1 is the normal stretch).
    pub max_stretch: f32,
    /// The most lines a body heading may wrap to.
    pub heading_lines: u32,
    /// The most lines the cover's title may wrap to.
    pub cover_title_lines: u32,
    /// The most lines the cover's subtitle and publisher may each wrap to.
    pub cover_lines: u32,
    /// The most lines an entry of the table of contents may wrap to.
    pub toc_entry_lines: u32,
    /// A chapter with more than (1 + this) times the source edition's pages…
    pub chapter_growth: f32,
    /// …and at least this many pages more is `chapter-grew`.
    pub chapter_growth_pages: u32,
}

impl Default for LayoutCheck {
    fn default() -> LayoutCheck {
        LayoutCheck {
            max_stretch: 3.0,
            heading_lines: 3,
            cover_title_lines: 3,
            cover_lines: 2,
            toc_entry_lines: 3,
            chapter_growth: 0.25,
            chapter_growth_pages: 2,
        }
    }
}

impl LayoutCheck {
    /// What is out of range: each key with its problem.
    fn problems(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        for (key, v, min, max) in [
            ("max-stretch", self.max_stretch, 1.0, 100.0),
            ("chapter-growth", self.chapter_growth, 0.0, 100.0),
        ] {
            if !(v.is_finite() && (min..=max).contains(&v)) {
                out.push((key, format!("`{key}` is {v}; it must be in {min}..={max}")));
            }
        }
        for (key, v, min, max) in [
            ("heading-lines", self.heading_lines, 1, 100),
            ("cover-title-lines", self.cover_title_lines, 1, 100),
            ("cover-lines", self.cover_lines, 1, 100),
            ("toc-entry-lines", self.toc_entry_lines, 1, 100),
            ("chapter-growth-pages", self.chapter_growth_pages, 1, 10_000),
        ] {
            if !(min..=max).contains(&v) {
                out.push((key, format!("`{key}` is {v}; it must be in {min}..={max}")));
            }
        }
        out
    }
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
    /// Latin letters and digits inside this script's text are set from this stack (its
    /// faces draw Latin to match the script), not from the Latin stack. Off by default.
    #[serde(default)]
    pub own_latin: bool,
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

/// Spacing of pagination (`[spacing]`): vertical space in body leadings, widths in ems
/// of the body size, unless a field says otherwise.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct Spacing {
    /// Space above a chapter heading, at the top of its new page (also above the ToC's
    /// title).
    pub chapter_before: f32,
    /// Space before a quotation, unless it follows a heading.
    pub quote_before: f32,
    /// Space after each paragraph of a quotation.
    pub quote_after: f32,
    /// Space after an attribution.
    pub attribution_after: f32,
    /// Space before a list, unless it follows a heading.
    pub list_before: f32,
    /// Space between a list and the paragraph after it.
    pub list_after: f32,
    /// Where the bullet's left edge sits in the list indent, as a fraction of the indent
    /// from its start side; right-to-left lists place it at 1 − this fraction from the
    /// right.
    pub bullet_position: f32,
    /// Space between the ToC's title and its first entry.
    pub toc_title_after: f32,
    /// Space above a chapter's ToC entry.
    pub toc_chapter_before: f32,
    /// Indent of a section's ToC entry (em).
    pub toc_indent: f32,
    /// Width of the page-number column of the ToC (em).
    pub toc_number_width: f32,
    /// Gap between an entry's text, its dot leaders and its page number (em).
    pub toc_gap: f32,
    /// Distance between the dots of the leaders (em).
    pub toc_leader_step: f32,
    /// Top of the cover's title, as a fraction of the page height.
    pub cover_top: f32,
    /// Leading of the cover's title and subtitle, as a multiple of their size.
    pub cover_leading: f32,
    /// Space after the cover's title and after its subtitle, as a multiple of their size.
    pub cover_gap: f32,
    /// Leading of the cover's publisher line (set at the foot of the text area), as a
    /// multiple of its size.
    pub publisher_leading: f32,
    /// Height of the running head's baseline above the text area (pt).
    pub running_head_raise: f32,
    /// The widest a running head's chapter title may be, as a fraction of the measure
    /// (a title, or its `.short` form, that is wider is not shown: never cut).
    pub running_head_width: f32,
    /// Depth of the page number's baseline below the text area (pt).
    pub page_number_drop: f32,
}

impl Default for Spacing {
    /// The values silkpress always set the report with.
    fn default() -> Spacing {
        Spacing {
            chapter_before: 2.0,
            quote_before: 0.5,
            quote_after: 0.2,
            attribution_after: 0.5,
            list_before: 0.5,
            list_after: 0.5,
            bullet_position: 0.4,
            toc_title_after: 1.0,
            toc_chapter_before: 0.5,
            toc_indent: 1.5,
            toc_number_width: 3.0,
            toc_gap: 0.6,
            toc_leader_step: 0.55,
            cover_top: 0.30,
            cover_leading: 1.3,
            cover_gap: 1.0,
            publisher_leading: 1.4,
            running_head_raise: 22.0,
            running_head_width: 0.55,
            page_number_drop: 30.0,
        }
    }
}

impl Style {
    /// Parses a style from TOML text; `display` names the file in diagnostics.
    pub fn parse(text: &str, display: &Path) -> DiagResult<Style> {
        let style: Style = toml::from_str(text).map_err(|e| {
            let at = located(text, display, e.span().map(|s| s.start));
            vec![Diagnostic::error(
                Code::ConfigError,
                format!("failed to read the PDF style ({})", e.message().trim()),
            )
            .in_file(at)
            .hint(format!("compare with {STYLE_PATH} in the repository"))]
        })?;
        style.validate(display).map_err(|errors| {
            // Each error names its `[table] key`: point at the key's value.
            errors
                .into_iter()
                .map(|(key, d)| {
                    let offset =
                        key.and_then(|(table, key)| value_offset(text, table, key));
                    d.in_file(located(text, display, offset))
                })
                .collect::<Vec<_>>()
        })?;
        Ok(style)
    }

    /// Reads and parses `templates/style.toml` under `root`.
    pub fn load(root: &Path) -> DiagResult<Style> {
        let display = Path::new(STYLE_PATH);
        let text = crate::project::locales::read_text(
            root,
            &root.join(STYLE_PATH),
            display,
            crate::project::input::SETTINGS,
        )
        .map_err(|d| {
            vec![d.hint("the PDF edition needs its style file; restore it from git")]
        })?;
        Style::parse(&text, display)
    }

    /// Checks that every stack names known faces and every number is in its range;
    /// each error with the `[table] key` it is about, when it is about one.
    fn validate(&self, _display: &Path) -> Result<(), Vec<KeyedError>> {
        let mut errors: Vec<KeyedError> = Vec::new();
        for class in ScriptClass::ALL {
            let (script, stack) = (class.name(), self.stacks.of(class));
            for (text_style, style) in STYLES {
                let names = stack.for_style(text_style);
                if names.is_empty() {
                    errors.push((
                        None,
                        Diagnostic::error(
                            Code::ConfigError,
                            format!("font stack `{script}.{style}` is empty"),
                        ),
                    ));
                }
                for n in names {
                    if !self.faces.contains_key(n) {
                        errors.push((
                            None,
                            Diagnostic::error(
                                Code::ConfigError,
                                format!(
                                    "font stack `{script}.{style}` names the unknown face `{n}`"
                                ),
                            )
                            .hint("declare it under [faces] with the path of its font file"),
                        ));
                    }
                }
            }
        }
        // The page: each dimension in its range first (a zero width is a zero width,
        // not margins that leave no room), then the margins inside it.
        let g = &self.page;
        let page: [(&'static str, f32, f32, f32); 6] = [
            ("width", g.width, 144.0, 14_400.0),
            ("height", g.height, 144.0, 14_400.0),
            ("top", g.top, 0.0, 14_400.0),
            ("bottom", g.bottom, 0.0, 14_400.0),
            ("inner", g.inner, 0.0, 14_400.0),
            ("outer", g.outer, 0.0, 14_400.0),
        ];
        let mut page_ok = true;
        for (name, value, min, max) in page {
            if !(min..=max).contains(&value) {
                page_ok = false;
                errors.push((
                    Some(("page", name)),
                    Diagnostic::error(
                        Code::ConfigError,
                        format!(
                            "[page] {name} = {value} is outside {min}..={max} (points)"
                        ),
                    ),
                ));
            }
        }
        if page_ok {
            for (name, room, size, margins) in [
                (
                    "width",
                    g.width - g.inner - g.outer,
                    g.width,
                    "inner + outer",
                ),
                (
                    "height",
                    g.height - g.top - g.bottom,
                    g.height,
                    "top + bottom",
                ),
            ] {
                if room < 72.0 {
                    errors.push((
                        Some(("page", name)),
                        Diagnostic::error(
                            Code::ConfigError,
                            format!(
                                "the page margins ({margins}) leave {room:.1} pt of the page's \
                                 {name} of {size} pt for text; at least 72 pt (1 inch) is needed"
                            ),
                        ),
                    ));
                }
            }
        }
        // Every size has a range: a negative or zero font size looped forever in
        // pagination or wrote NaN into the PDF, a huge one gave blank pages.
        let z = &self.sizes;
        let ranges: [(&str, f32, f32, f32); 19] = [
            ("body", z.body, 4.0, 72.0),
            ("leading", z.leading, 0.8, 4.0),
            ("han-body", z.han_body, 4.0, 72.0),
            ("han-leading", z.han_leading, 0.8, 4.0),
            ("chapter", z.chapter, 4.0, 144.0),
            ("section", z.section, 4.0, 144.0),
            ("subsection", z.subsection, 4.0, 144.0),
            ("subheading", z.subheading, 4.0, 144.0),
            ("quote", z.quote, 4.0, 72.0),
            ("header", z.header, 4.0, 72.0),
            ("cover-title", z.cover_title, 4.0, 144.0),
            ("cover-subtitle", z.cover_subtitle, 4.0, 144.0),
            ("cover-publisher", z.cover_publisher, 4.0, 144.0),
            ("heading-before", z.heading_before, 0.0, 10.0),
            ("heading-after", z.heading_after, 0.0, 10.0),
            ("indent", z.indent, 0.0, 10.0),
            ("han-indent", z.han_indent, 0.0, 10.0),
            ("quote-indent", z.quote_indent, 0.0, 144.0),
            ("list-indent", z.list_indent, 0.0, 144.0),
        ];
        for (name, value, min, max) in ranges {
            if !(min..=max).contains(&value) {
                errors.push((
                    Some(("sizes", name)),
                    Diagnostic::error(
                        Code::ConfigError,
                        format!("[sizes] {name} = {value} is outside {min}..={max}"),
                    ),
                ));
            }
        }
        let mut spacing = self.spacing.problems();
        if page_ok && spacing.is_empty() {
            spacing.extend(self.spacing.past_the_edges(g, z.header));
        }
        for (key, problem) in spacing {
            errors.push((
                Some(("spacing", key)),
                Diagnostic::error(
                    crate::diag::Code::ConfigError,
                    format!("[spacing] {problem}"),
                ),
            ));
        }
        for (key, problem) in self.layout_check.problems() {
            errors.push((
                Some(("layout-check", key)),
                Diagnostic::error(
                    crate::diag::Code::ConfigError,
                    format!("[layout-check] {problem}"),
                ),
            ));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// A style error with the `[table] key` it is about, when it is about one.
type KeyedError = (Option<(&'static str, &'static str)>, Diagnostic);

/// `path:line:col` of a byte offset of `text` (the bare path without one), for a TOML
/// file's diagnostic made without [`crate::diag::Sources`] (this style, compare-locales'
/// `l10n.toml`).
pub(crate) fn located(
    text: &str,
    display: &Path,
    offset: Option<usize>,
) -> std::path::PathBuf {
    let Some(offset) = offset.filter(|&o| o <= text.len()) else {
        return display.to_path_buf();
    };
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before[before.rfind('\n').map_or(0, |n| n + 1)..]
        .chars()
        .count()
        + 1;
    std::path::PathBuf::from(format!("{}:{line}:{col}", display.display()))
}

/// The byte offset of the value of `key` in `[table]` of a TOML text (toml's own
/// spans), if the text sets it.
fn value_offset(text: &str, table: &str, key: &str) -> Option<usize> {
    let doc = toml::de::DeTable::parse(text).ok()?;
    let table = doc.get_ref().get(table)?;
    let toml::de::DeValue::Table(table) = table.get_ref() else {
        return None;
    };
    Some(table.get(key)?.span().start)
}

impl Spacing {
    /// Every value with its key in `[spacing]`.
    fn values(&self) -> [(&'static str, f32); 20] {
        [
            ("chapter-before", self.chapter_before),
            ("quote-before", self.quote_before),
            ("quote-after", self.quote_after),
            ("attribution-after", self.attribution_after),
            ("list-before", self.list_before),
            ("list-after", self.list_after),
            ("bullet-position", self.bullet_position),
            ("toc-title-after", self.toc_title_after),
            ("toc-chapter-before", self.toc_chapter_before),
            ("toc-indent", self.toc_indent),
            ("toc-number-width", self.toc_number_width),
            ("toc-gap", self.toc_gap),
            ("toc-leader-step", self.toc_leader_step),
            ("cover-top", self.cover_top),
            ("cover-leading", self.cover_leading),
            ("cover-gap", self.cover_gap),
            ("publisher-leading", self.publisher_leading),
            ("running-head-raise", self.running_head_raise),
            ("running-head-width", self.running_head_width),
            ("page-number-drop", self.page_number_drop),
        ]
    }

    /// What of the running head (its baseline `running-head-raise` above the text area,
    /// set at `header` pt) and the page number (`page-number-drop` below it) would lie
    /// past the page's edge: they are set in the margins.
    fn past_the_edges(
        &self,
        page: &PageGeometry,
        header: f32,
    ) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if self.running_head_raise + header > page.top {
            out.push((
                "running-head-raise",
                format!(
                    "`running-head-raise` is {}: the running head ({header} pt) would reach \
                     above the page's top edge (top margin {} pt)",
                    self.running_head_raise, page.top
                ),
            ));
        }
        if self.page_number_drop >= page.bottom {
            out.push((
                "page-number-drop",
                format!(
                    "`page-number-drop` is {}: the page number would sit below the page's \
                     bottom edge (bottom margin {} pt)",
                    self.page_number_drop, page.bottom
                ),
            ));
        }
        out
    }

    /// The largest value each key may take, with its unit: far beyond any design, but
    /// a space taller than the text area, or a gap wider than the measure, only makes
    /// blank pages or lines that cannot be set.
    fn maxima(&self) -> [(&'static str, f32, &'static str); 20] {
        const LEADINGS: &str = " body leadings";
        const EMS: &str = " em";
        [
            ("chapter-before", 24.0, LEADINGS),
            ("quote-before", 6.0, LEADINGS),
            ("quote-after", 6.0, LEADINGS),
            ("attribution-after", 6.0, LEADINGS),
            ("list-before", 6.0, LEADINGS),
            ("list-after", 6.0, LEADINGS),
            ("bullet-position", 1.0, " (a fraction of the indent)"),
            ("toc-title-after", 12.0, LEADINGS),
            ("toc-chapter-before", 6.0, LEADINGS),
            ("toc-indent", 12.0, EMS),
            ("toc-number-width", 12.0, EMS),
            ("toc-gap", 6.0, EMS),
            ("toc-leader-step", 6.0, EMS),
            ("cover-top", 1.0, " (a fraction of the page height)"),
            ("cover-leading", 4.0, " (× the size)"),
            ("cover-gap", 12.0, " (× the size)"),
            ("publisher-leading", 4.0, " (× the size)"),
            ("running-head-raise", 144.0, " pt"),
            ("running-head-width", 1.0, " (a fraction of the measure)"),
            ("page-number-drop", 144.0, " pt"),
        ]
    }

    /// What is wrong with the values: each must be a number from 0 to its maximum
    /// ([`Spacing::maxima`]), and leadings and the leader step must be positive (a zero
    /// would stack lines or loop on dots).
    fn problems(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        for ((key, v), (_, max, unit)) in self.values().into_iter().zip(self.maxima()) {
            if !(v.is_finite() && (0.0..=max).contains(&v)) {
                out.push((
                    key,
                    format!("`{key}` is {v}; it must be a number from 0 to {max}{unit}"),
                ));
            }
        }
        for (key, v) in [
            ("cover-leading", self.cover_leading),
            ("publisher-leading", self.publisher_leading),
            ("toc-leader-step", self.toc_leader_step),
        ] {
            if v == 0.0 {
                out.push((key, format!("`{key}` is 0; it must be more")));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repository_style() -> String {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(root.join(STYLE_PATH)).unwrap()
    }

    #[test]
    fn every_spacing_key_has_its_maximum_and_the_defaults_are_within_them() {
        let d = Spacing::default();
        for ((key, v), (max_key, max, _)) in d.values().into_iter().zip(d.maxima()) {
            assert_eq!(key, max_key);
            assert!((0.0..=max).contains(&v), "{key} = {v} > {max}");
        }
        assert!(d.problems().is_empty(), "{:?}", d.problems());
        let too_far = Spacing {
            chapter_before: 1000.0,
            toc_gap: 6.5,
            ..Spacing::default()
        };
        let keys: Vec<_> = too_far.problems().into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["chapter-before", "toc-gap"]);
    }

    #[test]
    fn the_spacing_table_and_its_defaults_agree() {
        let text = repository_style();
        let style = Style::parse(&text, Path::new(STYLE_PATH)).unwrap();
        assert_eq!(style.spacing, Spacing::default());
        // Without the table, the defaults: the same report.
        let start = text
            .find("[spacing]")
            .expect("style.toml names its spacing");
        let end = text[start + 1..]
            .find("\n[")
            .map_or(text.len(), |e| start + 1 + e);
        let without = format!("{}{}", &text[..start], &text[end..]);
        let style = Style::parse(&without, Path::new(STYLE_PATH)).unwrap();
        assert_eq!(style.spacing, Spacing::default());
    }

    #[test]
    fn layout_check_thresholds_default_and_are_checked_at_their_value() {
        let text = repository_style();
        let style = Style::parse(&text, Path::new(STYLE_PATH)).unwrap();
        // This project allows chapters 40 % longer; every other threshold is the default.
        assert_eq!(
            style.layout_check,
            LayoutCheck {
                chapter_growth: 0.4,
                ..LayoutCheck::default()
            }
        );
        let text = text.replace("max-stretch = 3.0", "max-stretch = 0.5");
        let errors = Style::parse(&text, Path::new(STYLE_PATH)).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].code, crate::diag::Code::ConfigError);
        assert!(
            errors[0].message.contains("`max-stretch` is 0.5"),
            "{}",
            errors[0].message
        );
        // Pointed at the value: `templates/style.toml:LINE:COL`.
        let line = text
            .lines()
            .position(|l| l.starts_with("max-stretch = 0.5"))
            .unwrap()
            + 1;
        let at = errors[0].path.as_ref().unwrap().display().to_string();
        assert_eq!(at, format!("{STYLE_PATH}:{line}:15"));
        let text =
            repository_style().replace("toc-entry-lines = 3", "toc-entry-lines = 0");
        let errors = Style::parse(&text, Path::new(STYLE_PATH)).unwrap_err();
        assert!(errors[0].message.contains("toc-entry-lines"), "{errors:?}");
        let text = repository_style()
            .replace("[layout-check]", "[layout-check]\nmax-strech = 2.0");
        assert!(Style::parse(&text, Path::new(STYLE_PATH)).is_err());
    }

    #[test]
    fn a_bad_spacing_value_is_a_style_error_naming_it() {
        let text = repository_style().replace("toc-gap = 0.6", "toc-gap = -1.0");
        let errors = Style::parse(&text, Path::new(STYLE_PATH)).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].code, crate::diag::Code::ConfigError);
        assert!(
            errors[0].message.contains("`toc-gap` is -1"),
            "{}",
            errors[0].message
        );
        let text = repository_style().replace("cover-top = 0.30", "cover-top = 3.0");
        let errors = Style::parse(&text, Path::new(STYLE_PATH)).unwrap_err();
        assert!(
            errors[0].message.contains("`cover-top` is 3"),
            "{}",
            errors[0].message
        );
        let text =
            repository_style().replace("[spacing]", "[spacing]\nchapter-after = 1.0");
        let errors = Style::parse(&text, Path::new(STYLE_PATH)).unwrap_err();
        assert!(
            errors[0].message.contains("chapter-after"),
            "{}",
            errors[0].message
        );
    }
}
