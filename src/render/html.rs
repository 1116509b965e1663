//! The HTML renderer: the report as one self-contained HTML5 document, and the index of
//! every locale, through the minijinja templates in `templates/`.
//!
//! The report is first turned into a typed page (headings with their outline level,
//! chapters, figures, lists, each with the language it is written in), which the template
//! then lays out. Every message text is HTML-escaped here; only the inline markup's
//! styles become tags (`<i>`, `<b>`), so a translation can never inject markup. Fluent's
//! isolation marks (U+2068/U+2069) are kept as characters, per the policy in
//! [`crate::l10n::resolve`]: browsers apply them and draw nothing.
//!
//! The same walk records which characters are shown in which script and style, so that
//! [`webfont`](super::webfont) can embed each face subset to just those.

use std::path::Path;

use minijinja::{context, AutoEscape, Environment, Value};
use serde::Serialize;

use super::ties;
use super::webfont::{self, Usage};
use crate::diag::{Code, DiagResult, Diagnostic};
use crate::doc::{Style, StyledText};
use crate::fonts::FontBook;
use crate::l10n::Report;
use crate::lang::Locale;
use crate::lang::ScriptClass;
use crate::project::BlockKind;

/// The report page template, relative to the project root.
pub const TEMPLATE_PATH: &str = "templates/report.html.j2";
/// The index page template.
pub const INDEX_TEMPLATE_PATH: &str = "templates/index.html.j2";
/// The stylesheet both pages include.
pub const CSS_PATH: &str = "templates/report.css";

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
        for (name, path, source) in [
            ("report.html", TEMPLATE_PATH, report),
            ("index.html", INDEX_TEMPLATE_PATH, index),
            ("report.css", CSS_PATH, css),
        ] {
            env.add_template_owned(name, source)
                .map_err(|e| vec![template_error("compile", path, &e)])?;
        }
        Ok(Templates { env })
    }

    /// Reads the templates from the project at `root` and compiles them.
    pub fn read(root: &Path) -> DiagResult<Templates> {
        let read = |rel: &str| {
            std::fs::read_to_string(root.join(rel)).map_err(|e| {
                vec![Diagnostic::error(
                    Code::IoError,
                    format!("failed to read {rel} ({e})"),
                )
                .in_file(rel)]
            })
        };
        Templates::new(
            read(TEMPLATE_PATH)?,
            read(INDEX_TEMPLATE_PATH)?,
            read(CSS_PATH)?,
        )
    }

    /// Renders the template `name` (at `path` in the project) with `ctx`.
    fn render(&self, name: &str, path: &str, ctx: Value) -> DiagResult<String> {
        self.env
            .get_template(name)
            .and_then(|t| t.render(ctx))
            .map_err(|e| vec![template_error("render", path, &e)])
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
    /// Faces to embed; `None` leaves fonts to the browser (tests of structure only).
    pub fonts: Option<&'a FontBook>,
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
    /// `<figure><blockquote>` with its `<figcaption>` attribution.
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
    anchor: Option<String>,
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
}

impl<'a> Language<'a> {
    /// Works out what text in `locale`'s language needs.
    fn new(locale: &'a Locale) -> Language<'a> {
        Language {
            locale,
            class: ScriptClass::of_script(&locale.script),
            word_ties: ties::word_rules(locale),
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
    fn text(
        &mut self,
        t: &StyledText,
        base: Style,
        fallback: bool,
        id: Option<&str>,
    ) -> Text {
        self.text_in(t, &[base], fallback, id)
    }

    /// Escaped text of a message shown in several places, recorded in the `bases` style
    /// of each (plus its own runs' styles): a heading and its ToC entry.
    fn text_in(
        &mut self,
        t: &StyledText,
        bases: &[Style],
        fallback: bool,
        id: Option<&str>,
    ) -> Text {
        let language = if fallback { &self.source } else { &self.page };
        let tied = ties::ties(t, language.word_ties);
        let t = &tied;
        for base in bases {
            for run in &t.runs {
                let style = Style {
                    italic: base.italic || run.style.italic,
                    bold: base.bold || run.style.bold,
                };
                self.usage.add(language.class, style, &run.text, id);
            }
        }
        let (page, source) = (self.page.locale, self.source.locale);
        let lang = (fallback && source.tag != page.tag).then(|| Lang {
            lang: source.tag.clone(),
            dir: source.direction.as_str(),
        });
        Text {
            html: Value::from_safe_string(inline(t)),
            lang,
        }
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

/// Walks the report's blocks into chapters, the ToC and any text before the first
/// chapter, recording the characters shown in `b`.
fn body(report: &Report, b: &mut PageBuilder) -> Body {
    let mut preamble = Vec::new();
    let mut chapters: Vec<Chapter> = Vec::new();
    let mut toc: Vec<TocEntry> = Vec::new();
    let mut toc_title = None;
    // Ranks of the open headings: a heading's HTML level is one more than the number of
    // open ancestors (below the page's `<h1>`), so the outline never skips a level even
    // where the structure puts a subheading directly under a section.
    let mut open: Vec<u8> = Vec::new();
    let blocks = &report.blocks;
    let mut i = 0;
    while i < blocks.len() {
        let block = &blocks[i];
        let id = block.id.as_deref();
        let target: &mut Vec<Node> = match chapters.last_mut() {
            Some(c) => &mut c.body,
            None => &mut preamble,
        };
        match block.kind {
            BlockKind::Cover => {}
            BlockKind::Toc => {
                toc_title = Some(b.text(&block.text, BOLD, block.fallback, id));
            }
            BlockKind::PageBreak => target.push(Node::PageBreak),
            BlockKind::Chapter
            | BlockKind::Section
            | BlockKind::Subsection
            | BlockKind::Subheading => {
                // Rank in the structure: chapter 1, section 2, subsection 3, subheading 4.
                let r = block.kind.heading_level().unwrap_or(4);
                while open.last().is_some_and(|&top| top >= r) {
                    open.pop();
                }
                open.push(r);
                let level = open.len() as u8 + 1;
                let anchor = block.anchor();
                // The ToC lists chapters, sections and subsections, in regular weight.
                let toc_anchor = anchor.clone().filter(|_| r <= 3);
                let styles: &[Style] = match toc_anchor {
                    Some(_) => &[BOLD, REGULAR],
                    None => &[BOLD],
                };
                let text = b.text_in(&block.text, styles, block.fallback, id);
                if let Some(a) = toc_anchor {
                    let entry = TocEntry {
                        anchor: a,
                        text: text.clone(),
                        children: Vec::new(),
                    };
                    let mut list = &mut toc;
                    for _ in 1..open.len() {
                        if list.is_empty() {
                            break;
                        }
                        let last = list.len() - 1;
                        list = &mut list[last].children;
                    }
                    list.push(entry);
                }
                if block.kind == BlockKind::Chapter {
                    chapters.push(Chapter {
                        anchor,
                        text,
                        body: Vec::new(),
                    });
                } else {
                    target.push(Node::Heading {
                        level,
                        anchor,
                        text,
                    });
                }
            }
            BlockKind::Paragraph => {
                let text = b.text(&block.text, REGULAR, block.fallback, id);
                target.push(Node::Paragraph { text });
            }
            BlockKind::Quote => {
                let text = b.text(&block.text, REGULAR, block.fallback, id);
                let attribution = match blocks.get(i + 1) {
                    Some(next) if next.kind == BlockKind::Attribution => {
                        i += 1;
                        Some(b.text(
                            &next.text,
                            REGULAR,
                            next.fallback,
                            next.id.as_deref(),
                        ))
                    }
                    _ => None,
                };
                target.push(Node::Quote { text, attribution });
            }
            BlockKind::Attribution => {
                let text = b.text(&block.text, REGULAR, block.fallback, id);
                target.push(Node::Attribution { text });
            }
            BlockKind::Item => {
                let mut items = Vec::new();
                while let Some(item) = blocks.get(i).filter(|x| x.kind == BlockKind::Item)
                {
                    items.push(b.text(
                        &item.text,
                        REGULAR,
                        item.fallback,
                        item.id.as_deref(),
                    ));
                    i += 1;
                }
                i -= 1;
                // The list marker is drawn from the font too.
                b.usage.add(b.page.class, REGULAR, "\u{2022}", None);
                target.push(Node::List { items });
            }
        }
        i += 1;
    }
    Body {
        preamble,
        chapters,
        toc,
        toc_title,
    }
}

/// A template error as a diagnostic naming the template and line; `what` failed
/// (`compile`, `render`).
fn template_error(what: &str, path: &str, e: &minijinja::Error) -> Diagnostic {
    let at = e
        .line()
        .map(|l| format!(" at line {l}"))
        .unwrap_or_default();
    Diagnostic::error(
        Code::TemplateError,
        format!(
            "failed to {what} {path}{at} ({})",
            e.detail().unwrap_or(&e.kind().to_string())
        ),
    )
    .in_file(path)
}

/// The CSS of fonts: `@font-face` rules for the faces the page uses, and a font stack per
/// language shown on the page (`:lang(zh-CN) { font-family: … }`).
fn font_css(
    fonts: Option<&FontBook>,
    usage: &Usage,
    langs: &[&Locale],
) -> DiagResult<String> {
    let Some(fonts) = fonts else {
        return Ok(String::new());
    };
    let faces = webfont::subset_page(fonts, usage)?;
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
    let mut b = PageBuilder::new(&report.locale, &report.source);
    let title = b.text(&report.title, BOLD, false, None);
    let subtitle = b.text(&report.subtitle, REGULAR, false, None);
    let publisher = b.text(&report.publisher, REGULAR, false, None);
    let Body {
        preamble,
        chapters,
        toc,
        toc_title,
    } = body(report, &mut b);
    // Both label landmarks (aria-label, never drawn); the ToC's label is drawn as its
    // heading only when the structure gives the ToC no title.
    if toc_title.is_none() {
        b.plain(&report.ui.toc_nav, BOLD);
    }
    let ui = context! {
        languages => report.ui.languages,
        toc_nav => report.ui.toc_nav,
    };
    let mut langs: Vec<&Locale> = vec![&report.locale, &report.source];
    let mut siblings = Vec::new();
    for s in options.siblings {
        let class = ScriptClass::of_script(&s.locale.script);
        b.usage.add(class, REGULAR, &s.name, None);
        langs.push(&s.locale);
        siblings.push(context! {
            tag => s.locale.tag,
            dir => s.locale.direction.as_str(),
            name => s.name,
            href => s.href,
        });
    }
    let fonts = font_css(options.fonts, &b.usage, &langs).map_err(|diags| {
        diags
            .into_iter()
            .map(|d| d.locale(&report.locale.tag))
            .collect::<Vec<_>>()
    })?;
    options.templates.render(
        "report.html",
        TEMPLATE_PATH,
        context! {
            lang => report.locale.tag,
            dir => report.locale.direction.as_str(),
            title => report.title.to_plain(),
            description => report.subtitle.to_plain(),
            author => report.publisher.to_plain(),
            cover => context! { title, subtitle, publisher },
            ui,
            toc_title,
            toc,
            preamble,
            chapters,
            siblings,
            font_css => Value::from_safe_string(fonts),
        },
    )
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
}

/// Renders `index.html`: every locale with its coverage, in the source locale's words.
pub fn index(
    source: &Report,
    entries: &[IndexEntry],
    templates: &Templates,
    fonts: Option<&FontBook>,
) -> DiagResult<String> {
    let mut b = PageBuilder::new(&source.locale, &source.locale);
    let title = b.text(&source.title, BOLD, false, None);
    let subtitle = b.text(&source.subtitle, REGULAR, false, None);
    let languages = b.plain(&source.ui.languages, BOLD);
    let mut langs: Vec<&Locale> = vec![&source.locale];
    let mut items = Vec::new();
    for e in entries {
        let class = ScriptClass::of_script(&e.locale.script);
        b.usage.add(class, REGULAR, &e.name, None);
        let numbers = format!("{} % ({}/{})", e.percent, e.translated, e.total);
        b.plain(&numbers, REGULAR);
        b.plain(&e.locale.tag, REGULAR);
        langs.push(&e.locale);
        items.push(context! {
            tag => e.locale.tag,
            dir => e.locale.direction.as_str(),
            name => e.name,
            href => e.href,
            translated => e.translated,
            total => e.total,
            percent => e.percent,
        });
    }
    let fonts = font_css(fonts, &b.usage, &langs)?;
    templates.render(
        "index.html",
        INDEX_TEMPLATE_PATH,
        context! {
            lang => source.locale.tag,
            dir => source.locale.direction.as_str(),
            title => source.title.to_plain(),
            description => source.subtitle.to_plain(),
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
