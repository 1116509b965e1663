//! The HTML renderer: the report as one HTML5 document, through the minijinja template
//! `templates/report.html.j2`.
//!
//! Every message text is HTML-escaped here; only the inline markup's styles become tags
//! (`<i>`, `<b>`), so a translation can never inject markup.

use minijinja::{context, Environment, Value};
use serde::Serialize;

use crate::l10n::{Report, StyledText};
use crate::project::BlockKind;

/// Where the HTML template lives, relative to the project root.
pub const TEMPLATE_PATH: &str = "templates/report.html.j2";

/// A sibling locale for the language switcher.
#[derive(Clone, Debug, Serialize)]
pub struct Sibling {
    /// Its tag (`lang` attribute).
    pub tag: String,
    /// Its name in its own language.
    pub name: String,
    /// Link to its file, relative to this one.
    pub href: String,
    /// Whether it is the page's own locale.
    pub current: bool,
}

/// Options for [`html`].
#[derive(Clone, Debug, Default)]
pub struct HtmlOptions {
    /// The template's source text.
    pub template: String,
    /// Locales to link from the language switcher (including this one).
    pub siblings: Vec<Sibling>,
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

#[derive(Serialize)]
struct BlockView {
    kind: BlockKind,
    level: Option<u8>,
    anchor: Option<String>,
    html: Value,
}

#[derive(Serialize)]
struct TocEntry {
    level: u8,
    anchor: String,
    html: Value,
}

/// Renders the report to an HTML document.
pub fn html(report: &Report, options: &HtmlOptions) -> Result<String, String> {
    let mut env = Environment::new();
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
    env.add_template("report.html", &options.template)
        .map_err(|e| format!("failed to load {TEMPLATE_PATH} ({e})"))?;
    let blocks: Vec<BlockView> = report
        .blocks
        .iter()
        .map(|b| BlockView {
            kind: b.kind,
            level: b.kind.heading_level(),
            anchor: b.anchor(),
            html: Value::from_safe_string(inline(&b.text)),
        })
        .collect();
    let toc: Vec<TocEntry> = report
        .blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Chapter | BlockKind::Section))
        .filter_map(|b| {
            Some(TocEntry {
                level: b.kind.heading_level()?,
                anchor: b.anchor()?,
                html: Value::from_safe_string(inline(&b.text)),
            })
        })
        .collect();
    let toc_title = report
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Toc)
        .map(|b| b.text.to_plain())
        .unwrap_or_default();
    let template = env.get_template("report.html").map_err(|e| e.to_string())?;
    template
        .render(context! {
            lang => report.locale.tag,
            dir => report.locale.direction.as_str(),
            title => report.title.to_plain(),
            title_html => Value::from_safe_string(inline(&report.title)),
            subtitle_html => Value::from_safe_string(inline(&report.subtitle)),
            publisher_html => Value::from_safe_string(inline(&report.publisher)),
            subtitle => report.subtitle.to_plain(),
            publisher => report.publisher.to_plain(),
            ui => context! {
                language_name => report.ui.language_name,
                running_header => report.ui.running_header,
                languages => report.ui.languages,
                toc_nav => report.ui.toc_nav,
                toc_title => toc_title,
            },
            siblings => options.siblings,
            blocks => blocks,
            toc => toc,
        })
        .map_err(|e| format!("failed to render {TEMPLATE_PATH} ({e:#})"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::markup;

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
    }
}
