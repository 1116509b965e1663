//! The HTML renderer: the report as one self-contained HTML5 document, and the index of
//! every locale, through the minijinja templates in `templates/`.
//!
//! The report's document tree ([`doc::Document`]: chapters, headings with their outline
//! level and anchor, quotations, lists, the table of contents) is first turned into a
//! typed page (each text with the language it is written in), which the template then
//! lays out. Every message text is HTML-escaped here; only the inline markup's
//! styles become tags (`<i>`, `<b>`), so a translation can never inject markup. Fluent's
//! isolation marks (U+2068/U+2069) are kept as characters, per the policy in
//! [`crate::l10n::resolve`]: browsers apply them and draw nothing. The browser breaks
//! the lines, so the PDF's line-break rules go into the text as characters
//! ([`ties`]: no-break spaces, word joiners, and soft hyphens in the text the PDF
//! hyphenates).
//!
//! The same walk records which characters are shown in which script and style, so that
//! [`webfont`](super::webfont) can embed each face subset to just those.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use minijinja::{context, AutoEscape, Environment, Value};
use serde::Serialize;

use super::ties;
pub use super::ties::{HTML_MIN_FRAGMENT, HTML_MIN_WORD};
use super::webfont::{self, Usage};
use crate::diag::{Code, DiagResult, Diagnostic};
use crate::doc::{self, Block, Style, StyledText};
use crate::fonts::FontBook;
use crate::l10n::{index::coverage, Report};
use crate::lang::division::{self, Divider};
use crate::lang::{self, Locale, ScriptClass};
use crate::project::Project;

/// The report page template, relative to the project root.
pub const TEMPLATE_PATH: &str = "templates/report.html.j2";
/// The index page template.
pub const INDEX_TEMPLATE_PATH: &str = "templates/index.html.j2";
/// The stylesheet both pages include.
pub const CSS_PATH: &str = "templates/report.css";

/// The most template instructions one page's render may run: the report's page (217
/// messages) takes under 10,000, about 40 a block, so a page of 100,000 paragraphs
/// about 4 million; a template that runs out (after about 2 s) is an error
/// (`template-error`), not a hang.
pub const TEMPLATE_FUEL: u64 = 100_000_000;

/// The templates, compiled once and shared by every page of a build.
#[derive(Debug)]
pub struct Templates {
    /// `report.html`, `index.html` and `report.css`: HTML auto-escaping for the pages,
    /// none for the stylesheet, and strict undefined variables (a typo is an error).
    env: Environment<'static>,
}

impl Templates {
    /// Compiles the sources of `templates/report.html.j2`, `templates/index.html.j2` and
    /// `templates/report.css`; a syntax error is a diagnostic naming the file and line.
    pub fn new(report: String, index: String, css: String) -> DiagResult<Templates> {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".css") {
                AutoEscape::None
            } else {
                AutoEscape::Html
            }
        });
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        // A loop that never ends in practice (`range(100000)` twice nested) stops with
        // an error instead of hanging the build and the check.
        env.set_fuel(Some(TEMPLATE_FUEL));
        for (name, path, source) in [
            ("report.html", TEMPLATE_PATH, report),
            ("index.html", INDEX_TEMPLATE_PATH, index),
            ("report.css", CSS_PATH, css),
        ] {
            // The source is kept for the error's column (minijinja takes it).
            let text = source.clone();
            env.add_template_owned(name, source)
                .map_err(|e| vec![template_error("compile", path, &text, &e)])?;
        }
        Ok(Templates { env })
    }

    /// Reads the templates from the project at `root` and compiles them.
    pub fn read(root: &Path) -> DiagResult<Templates> {
        let read = |rel: &str| {
            crate::project::locales::read_text(
                root,
                &root.join(rel),
                Path::new(rel),
                crate::project::input::TEMPLATE,
            )
            .map_err(|d| vec![d])
        };
        Templates::new(
            read(TEMPLATE_PATH)?,
            read(INDEX_TEMPLATE_PATH)?,
            read(CSS_PATH)?,
        )
    }

    /// Renders the template `name` (at `path` in the project) with `ctx`.
    fn render(&self, name: &str, path: &str, ctx: Value) -> DiagResult<String> {
        let template = self
            .env
            .get_template(name)
            .map_err(|e| vec![template_error("render", path, "", &e)])?;
        template.render(ctx).map_err(|e| {
            // An error in an included template is placed in that one's text.
            let source = match e.name() {
                Some(n) if n != name => "",
                _ => template.source(),
            };
            vec![template_error("render", path, source, &e)]
        })
    }
}

/// A sibling locale for the language switcher.
#[derive(Clone, Debug)]
pub struct Sibling {
    /// Its locale: the link's `lang` and `dir`, and the font stack of its name.
    pub locale: Locale,
    /// Its name in its own language (`ui-language-name`).
    pub name: String,
    /// Link to its file, relative to this one.
    pub href: String,
}

/// Options for [`html`].
#[derive(Clone, Copy)]
pub struct HtmlOptions<'a> {
    /// The templates.
    pub templates: &'a Templates,
    /// Locales to link from the language switcher (this one included, in order).
    pub siblings: &'a [Sibling],
    /// Faces to embed; `None` leaves fonts to the browser (`check`, tests of structure).
    pub fonts: Option<&'a FontBook>,
    /// Subsets of `fonts` made by earlier builds, to reuse (a preview server's).
    pub subsets: Option<&'a webfont::SubsetCache>,
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Styled text as escaped HTML with `<i>`/`<b>` for its styles.
pub fn inline(text: &StyledText) -> String {
    let mut out = String::new();
    for run in &text.runs {
        let mut s = escape(&run.text);
        if run.style.italic {
            s = format!("<i>{s}</i>");
        }
        if run.style.bold {
            s = format!("<b>{s}</b>");
        }
        out.push_str(&s);
    }
    out
}

/// The language of an element whose text is not in the page's language.
#[derive(Clone, Debug, Serialize)]
struct Lang {
    lang: String,
    dir: &'static str,
}

/// A piece of text on the page: escaped HTML, and its language when it differs from
/// the page's.
#[derive(Clone, Debug, Serialize)]
struct Text {
    html: Value,
    lang: Option<Lang>,
}

/// A block in a chapter's body.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
enum Node {
    /// `<h3>`–`<h6>`.
    Heading {
        level: u8,
        anchor: Option<String>,
        text: Text,
    },
    /// `<p>`.
    Paragraph { text: Text },
    /// `<figure><blockquote>` with its `<figcaption>` attribution: one paragraph of a
    /// quotation.
    Quote {
        text: Text,
        attribution: Option<Text>,
    },
    /// An attribution without a quote before it.
    Attribution { text: Text },
    /// `<ul>`.
    List { items: Vec<Text> },
    /// A forced page break (print only).
    PageBreak,
}

/// A chapter: its `<h2>` and body, in a `<section>`.
#[derive(Debug, Serialize)]
struct Chapter {
    anchor: String,
    text: Text,
    body: Vec<Node>,
}

/// An entry of the table of contents, with its sub-entries.
#[derive(Debug, Serialize)]
struct TocEntry {
    anchor: String,
    text: Text,
    children: Vec<TocEntry>,
}

/// A language the page's text is in (the page's own, or the source locale's for text
/// that fell back), with what its text needs worked out once per page.
struct Language<'a> {
    locale: &'a Locale,
    /// The font stack of its script.
    class: ScriptClass,
    /// Whether its text gets the word ties of [`ties::word_rules`].
    word_ties: bool,
    /// How its words divide, if they do: the PDF's divider.
    divider: Option<Arc<Divider>>,
}

impl<'a> Language<'a> {
    /// Works out what text in `locale`'s language needs.
    fn new(locale: &'a Locale) -> Language<'a> {
        Language {
            locale,
            class: ScriptClass::of_script(&locale.script),
            word_ties: ties::word_rules(locale),
            divider: lang::profile(locale)
                .ok()
                .and_then(|t| division::divider(t.profile)),
        }
    }

    /// A message's text with the line-break control the browser needs: ties, glue,
    /// and, where the PDF would hyphenate it (`divide`: justified text), soft hyphens.
    fn breakable(&self, t: &StyledText, divide: bool) -> StyledText {
        let tied = ties::glue(&ties::ties(t, self.word_ties));
        match &self.divider {
            Some(d) if divide => ties::soft_hyphens(&tied, d),
            _ => tied,
        }
    }
}

/// Builds the page model from the report, recording the characters it shows.
struct PageBuilder<'a> {
    page: Language<'a>,
    source: Language<'a>,
    usage: Usage,
}

impl<'a> PageBuilder<'a> {
    /// A builder for a page in `page`'s language whose fallback text is in `source`'s.
    fn new(page: &'a Locale, source: &'a Locale) -> PageBuilder<'a> {
        PageBuilder {
            page: Language::new(page),
            source: Language::new(source),
            usage: Usage::default(),
        }
    }

    /// Escaped text of a message, recorded in `base` style (plus its own runs' styles).
    fn text(&mut self, t: &doc::Text, base: Style) -> Text {
        self.text_in(t, &[base], false)
    }

    /// Escaped text of a paragraph, quotation or list item, which the PDF justifies and
    /// hyphenates: with soft hyphens where its language divides words.
    fn body_text(&mut self, t: &doc::Text) -> Text {
        self.text_in(t, &[REGULAR], true)
    }

    /// Escaped text of a message shown in several places, recorded in the `bases` style
    /// of each (plus its own runs' styles): a heading and its ToC entry. With `divide`,
    /// soft hyphens where the PDF may divide its words.
    fn text_in(&mut self, t: &doc::Text, bases: &[Style], divide: bool) -> Text {
        let language = if t.fallback { &self.source } else { &self.page };
        let tied = language.breakable(&t.content, divide);
        let hyphenated = tied.runs.iter().any(|r| r.text.contains(ties::SOFT_HYPHEN));
        for base in bases {
            for run in &tied.runs {
                let style = Style {
                    italic: base.italic || run.style.italic,
                    bold: base.bold || run.style.bold,
                };
                self.usage
                    .add(language.class, style, &run.text, Some(&t.id));
                // A divided word ends its line with the hyphen the browser draws.
                if hyphenated {
                    self.usage.add(language.class, style, "-", Some(&t.id));
                }
            }
        }
        self.escaped(&tied, t.fallback)
    }

    /// Escaped text (with its ties already in), and its language when it fell back.
    fn escaped(&self, tied: &StyledText, fallback: bool) -> Text {
        let (page, source) = (self.page.locale, self.source.locale);
        let lang = (fallback && source.tag != page.tag).then(|| Lang {
            lang: source.tag.clone(),
            dir: source.direction.as_str(),
        });
        Text {
            html: Value::from_safe_string(inline(tied)),
            lang,
        }
    }

    /// Escaped text shown again where it was already recorded (a ToC entry: recorded
    /// in both styles with its heading).
    fn again(&self, t: &doc::Text) -> Text {
        let language = if t.fallback { &self.source } else { &self.page };
        self.escaped(&language.breakable(&t.content, false), t.fallback)
    }

    /// Plain text (interface strings) in the page's language.
    fn plain(&mut self, text: &str, base: Style) -> String {
        self.usage.add(self.page.class, base, text, None);
        text.to_string()
    }
}

/// Upright, normal weight: body text.
const REGULAR: Style = Style {
    italic: false,
    bold: false,
};
/// Headings (the stylesheet sets every heading in bold).
const BOLD: Style = Style {
    italic: false,
    bold: true,
};

/// The page model's parts: chapters, ToC, and front-matter text.
struct Body {
    preamble: Vec<Node>,
    chapters: Vec<Chapter>,
    toc: Vec<TocEntry>,
    toc_title: Option<Text>,
}

/// Turns the document's front matter and chapters into page nodes and its table of
/// contents into nested entries, recording the characters shown in `b`.
fn body(doc: &doc::Document, b: &mut PageBuilder) -> Body {
    let toc_title = doc.toc.title.as_ref().map(|t| b.text(t, BOLD));
    let preamble = nodes(&doc.front, b);
    let chapters = doc
        .chapters
        .iter()
        .map(|c| Chapter {
            anchor: c.heading.anchor.clone(),
            text: heading_text(&c.heading, b),
            body: nodes(&c.blocks, b),
        })
        .collect();
    let toc = toc_entries(&doc.toc.entries, &doc.headings(), b);
    Body {
        preamble,
        chapters,
        toc,
        toc_title,
    }
}

/// A heading's text, recorded in bold, and in regular weight too when the ToC lists it.
fn heading_text(h: &doc::Heading, b: &mut PageBuilder) -> Text {
    let styles: &[Style] = if h.in_toc() {
        &[BOLD, REGULAR]
    } else {
        &[BOLD]
    };
    b.text_in(&h.text, styles, false)
}

/// The page nodes of blocks.
fn nodes(blocks: &[Block], b: &mut PageBuilder) -> Vec<Node> {
    let mut out = Vec::new();
    for block in blocks {
        let node = match block {
            Block::Heading(h) => Node::Heading {
                // Below the page's `<h1>` title: chapters are `<h2>`.
                level: h.level + 1,
                anchor: Some(h.anchor.clone()),
                text: heading_text(h, b),
            },
            Block::Paragraph(t) => Node::Paragraph {
                text: b.body_text(t),
            },
            Block::Quote(q) => {
                // The template sets one paragraph per figure: a quotation of several
                // paragraphs is a figure each, the attribution under the last.
                let mut texts: Vec<Text> =
                    q.paragraphs.iter().map(|t| b.body_text(t)).collect();
                let last = texts.pop();
                out.extend(texts.into_iter().map(|text| Node::Quote {
                    text,
                    attribution: None,
                }));
                let Some(text) = last else { continue };
                Node::Quote {
                    text,
                    attribution: q.attribution.as_ref().map(|t| b.text(t, REGULAR)),
                }
            }
            Block::Attribution(t) => Node::Attribution {
                text: b.text(t, REGULAR),
            },
            Block::List(l) => {
                let items = l.items.iter().map(|t| b.body_text(t)).collect();
                // The list marker is drawn from the font too.
                b.usage.add(b.page.class, REGULAR, "\u{2022}", None);
                Node::List { items }
            }
            Block::PageBreak => Node::PageBreak,
        };
        out.push(node);
    }
    out
}

/// The ToC's entries, nested as the document nests them; `headings` are the document's.
fn toc_entries(
    entries: &[doc::TocEntry],
    headings: &[&doc::Heading],
    b: &PageBuilder,
) -> Vec<TocEntry> {
    entries
        .iter()
        .map(|e| {
            let h = headings[e.heading];
            TocEntry {
                anchor: h.anchor.clone(),
                text: b.again(&h.text),
                children: toc_entries(&e.children, headings, b),
            }
        })
        .collect()
}

/// A template error as a diagnostic naming the template, line and column (the column
/// when minijinja gives the error's place in `source`, the template's text); `what`
/// failed (`compile`, `render`).
fn template_error(
    what: &str,
    path: &str,
    source: &str,
    e: &minijinja::Error,
) -> Diagnostic {
    let column = e.range().and_then(|r| {
        let before = source.get(..r.start)?;
        let line_start = before.rfind('\n').map_or(0, |n| n + 1);
        Some(before[line_start..].chars().count() + 1)
    });
    let at = match (e.line(), column) {
        (Some(l), Some(c)) => format!(" at line {l}, column {c}"),
        (Some(l), None) => format!(" at line {l}"),
        (None, _) => String::new(),
    };
    Diagnostic::error(
        Code::TemplateError,
        format!(
            "failed to {what} {path}{at} ({})",
            if e.kind() == minijinja::ErrorKind::OutOfFuel {
                format!(
                    "it ran more than {TEMPLATE_FUEL} template instructions: a loop too \
                     long to finish"
                )
            } else {
                e.detail()
                    .map_or_else(|| e.kind().to_string(), str::to_string)
            }
        ),
    )
    .in_file(path)
}

/// The `font_css` of a page rendered without its fonts (`check`, tests of structure).
const FONTS_LEFT_TO_THE_BROWSER: &str = "/* fonts not embedded: left to the browser */\n";

/// The CSS of fonts: `@font-face` rules for the faces the page uses, and a font stack per
/// language shown on the page (`:lang(zh-CN) { font-family: … }`).
fn font_css(
    fonts: Option<&FontBook>,
    subsets: Option<&webfont::SubsetCache>,
    usage: &Usage,
    langs: &[&Locale],
) -> DiagResult<String> {
    let Some(fonts) = fonts else {
        // Not empty: a template that tests `font_css` renders as in a build (`check`).
        return Ok(FONTS_LEFT_TO_THE_BROWSER.to_string());
    };
    let faces = webfont::subset_page(fonts, usage, subsets)?;
    let mut css = webfont::font_face_css(&faces);
    css.push_str(&format!(
        "html {{ font-family: {}; }}\n",
        webfont::css_stack(fonts, ScriptClass::Latin)
    ));
    let mut seen: Vec<&str> = Vec::new();
    for l in langs {
        if seen.contains(&l.tag.as_str()) {
            continue;
        }
        seen.push(&l.tag);
        // Tags are validated BCP 47 (letters, digits, `-`, `_`), so safe in a selector.
        css.push_str(&format!(
            ":lang({}) {{ font-family: {}; }}\n",
            l.tag,
            webfont::css_stack(fonts, ScriptClass::of_script(&l.script))
        ));
    }
    Ok(css)
}

/// Renders the report to an HTML document.
pub fn html(report: &Report, options: &HtmlOptions) -> DiagResult<String> {
    Page::new(report).render(options)
}

/// A report's page before its template: the typed page model (every text escaped,
/// tied and hyphenated, the costly part) and the characters it shows. One model
/// renders with any language switcher ([`Page::render`]).
pub struct Page<'r> {
    report: &'r Report,
    usage: Usage,
    context: Value,
}

impl<'r> Page<'r> {
    /// Builds the page model of `report`.
    pub fn new(report: &'r Report) -> Page<'r> {
        let doc = &report.doc;
        let mut b = PageBuilder::new(&doc.locale, &doc.source);
        let title = b.text(&doc.cover.title, BOLD);
        let subtitle = b.text(&doc.cover.subtitle, REGULAR);
        let publisher = b.text(&doc.cover.publisher, REGULAR);
        let Body {
            preamble,
            chapters,
            toc,
            toc_title,
        } = body(doc, &mut b);
        // Both label landmarks (aria-label, never drawn); the ToC's label is drawn as
        // its heading only when the structure gives the ToC no title.
        if toc_title.is_none() {
            b.plain(&report.ui.toc_nav, BOLD);
        }
        // The skip link is drawn while it has the focus.
        b.plain(&report.ui.skip_link, REGULAR);
        let ui = context! {
            languages => report.ui.languages,
            toc_nav => report.ui.toc_nav,
            skip_link => report.ui.skip_link,
        };
        let context = context! {
            lang => doc.locale.tag,
            dir => doc.locale.direction.as_str(),
            title => doc.cover.title.content.to_plain(),
            description => doc.cover.subtitle.content.to_plain(),
            author => doc.cover.publisher.content.to_plain(),
            cover => context! { title, subtitle, publisher },
            ui,
            toc_title,
            toc,
            preamble,
            chapters,
        };
        Page {
            report,
            usage: b.usage,
            context,
        }
    }

    /// Renders the page with `options`' templates, switcher and fonts.
    pub fn render(&self, options: &HtmlOptions) -> DiagResult<String> {
        let doc = &self.report.doc;
        let mut langs: Vec<&Locale> = vec![&doc.locale, &doc.source];
        let mut siblings = Vec::new();
        // The switcher's names are shown too: recorded for the fonts, when embedded.
        let mut usage = options.fonts.map(|_| self.usage.clone());
        for s in options.siblings {
            if let Some(usage) = &mut usage {
                let class = ScriptClass::of_script(&s.locale.script);
                usage.add(class, REGULAR, &s.name, None);
            }
            langs.push(&s.locale);
            siblings.push(context! {
                tag => s.locale.tag,
                dir => s.locale.direction.as_str(),
                name => s.name,
                href => s.href,
            });
        }
        let usage = usage.as_ref().unwrap_or(&self.usage);
        let fonts =
            font_css(options.fonts, options.subsets, usage, &langs).map_err(|diags| {
                diags
                    .into_iter()
                    .map(|d| d.locale(&doc.locale.tag))
                    .collect::<Vec<_>>()
            })?;
        options.templates.render(
            "report.html",
            TEMPLATE_PATH,
            context! {
                siblings,
                font_css => Value::from_safe_string(fonts),
                ..self.context.clone()
            },
        )
    }
}

/// One locale on the index page.
#[derive(Clone, Debug)]
pub struct IndexEntry {
    /// Its locale: the link's `lang` and `dir`, and the font stack of its name.
    pub locale: Locale,
    /// Its name in its own language.
    pub name: String,
    /// Link to its page.
    pub href: String,
    /// Messages translated.
    pub translated: usize,
    /// Messages in the source locale.
    pub total: usize,
    /// Translated share, whole percent rounded down (100 only when complete).
    pub percent: u32,
    /// The layout warnings of its PDF edition (`check --layout`), when it was built.
    pub layout_warnings: Option<usize>,
}

/// The language switcher's entries of the editions `reports` of `project`, in order.
pub fn siblings(project: &Project, reports: &[Report]) -> Vec<Sibling> {
    reports
        .iter()
        .map(|r| Sibling {
            locale: r.doc.locale.clone(),
            name: own_name(project, r),
            href: super::file_name(&r.doc.locale.tag, super::Format::Html),
        })
        .collect()
}

/// The index's entries for the editions `reports` of `project`, with the layout
/// warnings of those whose PDF was built, and the source's report whose words label the
/// index; `None` when the source locale is not among them.
pub fn index_entries<'r>(
    project: &Project,
    reports: &'r [Report],
    layout_counts: &HashMap<String, usize>,
) -> Option<(&'r Report, Vec<IndexEntry>)> {
    let source_data = project.source_locale();
    let source_tag = &source_data.locale.tag;
    let source = reports.iter().find(|r| &r.doc.locale.tag == source_tag)?;
    let entries = reports
        .iter()
        .filter_map(|r| {
            let data = project.locale(&r.doc.locale.tag)?;
            let (translated, total) = coverage(source_data, data);
            Some(IndexEntry {
                locale: r.doc.locale.clone(),
                name: own_name(project, r),
                href: super::file_name(&r.doc.locale.tag, super::Format::Html),
                translated,
                total,
                percent: (translated * 100).checked_div(total).unwrap_or(100) as u32,
                layout_warnings: layout_counts.get(&r.doc.locale.tag).copied(),
            })
        })
        .collect();
    Some((source, entries))
}

/// A locale's name in its own language; its tag when it has not translated
/// `ui-language-name` yet (the source locale's name would be wrong).
fn own_name(project: &Project, report: &Report) -> String {
    let tag = &report.doc.locale.tag;
    let has_own = project.locale(tag).is_some_and(|d| {
        d.find(crate::project::ui::UI_LANGUAGE_NAME, false)
            .is_some()
    });
    if has_own && !report.ui.language_name.trim().is_empty() {
        report.ui.language_name.clone()
    } else {
        tag.clone()
    }
}

/// Renders `index.html`: every locale with its coverage, in the source locale's words.
pub fn index(
    source: &Report,
    entries: &[IndexEntry],
    templates: &Templates,
    fonts: Option<&FontBook>,
) -> DiagResult<String> {
    let doc = &source.doc;
    let mut b = PageBuilder::new(&doc.locale, &doc.locale);
    let title = b.text(&doc.cover.title, BOLD);
    let subtitle = b.text(&doc.cover.subtitle, REGULAR);
    let languages = b.plain(&source.ui.languages, BOLD);
    let mut langs: Vec<&Locale> = vec![&doc.locale];
    let mut items = Vec::new();
    for e in entries {
        let class = ScriptClass::of_script(&e.locale.script);
        b.usage.add(class, REGULAR, &e.name, None);
        let numbers = format!("{} % ({}/{})", e.percent, e.translated, e.total);
        b.plain(&numbers, REGULAR);
        b.plain(&e.locale.tag, REGULAR);
        // The count of layout warnings, labelled as `check --layout` names them.
        let layout = e.layout_warnings.map(|n| format!("layout: {n}"));
        if let Some(l) = &layout {
            b.plain(l, REGULAR);
        }
        langs.push(&e.locale);
        items.push(context! {
            tag => e.locale.tag,
            dir => e.locale.direction.as_str(),
            name => e.name,
            href => e.href,
            translated => e.translated,
            total => e.total,
            percent => e.percent,
            layout_warnings => e.layout_warnings,
            layout,
        });
    }
    let fonts = font_css(fonts, None, &b.usage, &langs)?;
    templates.render(
        "index.html",
        INDEX_TEMPLATE_PATH,
        context! {
            lang => doc.locale.tag,
            dir => doc.locale.direction.as_str(),
            title => doc.cover.title.content.to_plain(),
            description => doc.cover.subtitle.content.to_plain(),
            cover => context! { title, subtitle },
            languages,
            entries => items,
            font_css => Value::from_safe_string(fonts),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::markup;

    #[test]
    fn hostile_text_is_escaped() {
        let t = StyledText::plain(
            "<script>alert(1)</script> \"><img src=x onerror=alert(1)>",
        );
        let h = inline(&t);
        assert!(
            !h.contains('<') && !h.contains('>') && !h.contains('"'),
            "{h}"
        );
        assert!(h.contains("&lt;script&gt;"));
    }

    #[test]
    fn markup_becomes_tags() {
        let t = markup::parse("a <i>T &amp; C</i>").unwrap();
        assert_eq!(inline(&t), "a <i>T &amp; C</i>");
        let t = markup::parse("<b>x<i>y</i></b>").unwrap();
        assert_eq!(inline(&t), "<b>x</b><b><i>y</i></b>");
    }
}
