//! The HTML templates, read and compiled by the HTML build's own loader
//! ([`Templates::read`]) and rendered as the HTML build renders them: a template that
//! does not compile or does not render (`template-error`, exit 1) or cannot be read
//! (`io-error`, `refused-input`, exit 2) fails the HTML build, so it fails the check,
//! whichever formats are built. Resolving the editions to render them also gives what
//! stops each one resolving ([`Templates::unresolved`]), a net under the checks.

use std::collections::HashMap;

use rayon::prelude::*;

use crate::diag::{Code, Diagnostic};
use crate::fonts::FontBook;
use crate::l10n::Report;
use crate::lang::script::never_drawn;
use crate::lang::ScriptClass;
use crate::project::style::STYLE_PATH;
use crate::project::Project;
use crate::render::html::{self, HtmlOptions, Page, Sibling, Templates};

/// What the templates' check found.
#[derive(Default)]
pub struct Found {
    /// What stops the templates loading or rendering.
    pub templates: Vec<Diagnostic>,
    /// What stops an edition resolving (each with the locale of that edition): the
    /// build's own errors, which [`super::check`] adds where its checks did not say
    /// the same (a source message a locale falls back to, say).
    pub unresolved: Vec<Diagnostic>,
}

/// What stops the HTML build of the locales `tags` of `project`: what stops the
/// templates loading, else what stops the editions and the index rendering
/// ([`render_errors`]); and what stops each edition resolving or, with the font book
/// `fonts`, being set ([`fallback_glyphs`]).
pub fn templates(project: &Project, tags: &[String], fonts: Option<&FontBook>) -> Found {
    let mut found = Found::default();
    let mut reports = Vec::new();
    for tag in tags {
        match crate::l10n::resolve(project, tag) {
            Ok(w) => reports.push(w.output),
            Err(errors) => found
                .unresolved
                .extend(errors.into_iter().map(|d| d.locale(tag))),
        }
    }
    if let Some(book) = fonts {
        for report in &reports {
            found
                .unresolved
                .extend(fallback_glyphs(project, book, report));
        }
    }
    found.templates = match Templates::read(&project.root) {
        Ok(templates) => render_errors(project, &templates, &reports),
        Err(diags) => diags,
    };
    found
}

/// The characters of the source's text an edition falls back to (messages it lacks)
/// that no face can draw in some style (`missing-glyph`, for the edition's locale): the
/// glyph check reads each locale's own messages, so `check --locale ru` passed an
/// edition whose build stopped on the source's text. The same rule as
/// [`super::glyphs::glyphs`], in the source's script.
pub fn fallback_glyphs(
    project: &Project,
    book: &FontBook,
    report: &Report,
) -> Vec<Diagnostic> {
    use crate::project::ui;
    let class = ScriptClass::of_script(&report.doc.source.script);
    let tag = &report.doc.locale.tag;
    // The texts drawn from the source: the body's, and the interface strings the
    // locale lacks (its own name aside: a switcher names an edition without one by its
    // tag), with the page numbers of `ui-page`.
    let mut texts: Vec<(String, String, Option<crate::diag::Span>)> = report
        .doc
        .texts()
        .into_iter()
        .filter(|t| t.fallback)
        .map(|t| (t.id.clone(), t.content.to_plain(), t.span.clone()))
        .collect();
    let page_labels: String = (1..=3).map(|n| report.formatter.page_label(n)).collect();
    for (id, text) in [
        (ui::UI_RUNNING_HEADER, &report.ui.running_header),
        (ui::UI_LANGUAGES, &report.ui.languages),
        (ui::UI_TOC_NAV, &report.ui.toc_nav),
        (ui::UI_SKIP_LINK, &report.ui.skip_link),
        (ui::UI_PAGE, &page_labels),
    ] {
        if project
            .locale(tag)
            .is_some_and(|d| d.find(id, false).is_none())
        {
            let span = project
                .source_locale()
                .find(id, false)
                .map(|(f, e)| crate::diag::Span::new(f.file, e.span.clone()));
            texts.push((id.to_string(), text.clone(), span));
        }
    }
    let mut out: Vec<Diagnostic> = Vec::new();
    for (id, text, span) in texts {
        let mut seen: Vec<char> = Vec::new();
        for c in text.chars() {
            if never_drawn(c) || seen.contains(&c) {
                continue;
            }
            seen.push(c);
            let lacking = super::glyphs::lacking_styles(book, class, c);
            if lacking.is_empty() {
                continue;
            }
            let mut d = Diagnostic::error(
                Code::MissingGlyph,
                format!(
                    "no font can draw `{c}` (U+{:04X}) in `{id}`, the source's text this \
                     edition falls back to: no {} face of {STYLE_PATH} covers it",
                    c as u32,
                    lacking.join(", no ")
                ),
            )
            .locale(tag)
            .id(&id)
            .hint("replace the character in the source, or translate the message");
            if let Some(s) = &span {
                d = d.at(s.clone());
            }
            out.push(d);
        }
    }
    out
}

/// What the HTML build of `reports` would stop on in its templates, found by rendering
/// each page as the build renders it, its fonts left to the browser: alone (a single
/// edition, or `-o`), all together with the language switcher (`--all`, several
/// `--locale`s; not every other choice of editions), and the index with no layout
/// counts (HTML only), none and some (HTML and PDF). minijinja finds an unknown filter
/// or test, a missing include, an undefined variable or a failing expression only
/// while rendering, and what fails may depend on the locale's text (issue 15: a locale
/// `check` passes builds). An error met by every page of several is reported once,
/// for no locale; one met by some, for each of their locales.
pub fn render_errors(
    project: &Project,
    templates: &Templates,
    reports: &[Report],
) -> Vec<Diagnostic> {
    let together = if reports.len() > 1 {
        html::siblings(project, reports)
    } else {
        Vec::new()
    };
    // A template that runs out of fuel does so after seconds: once is enough to say.
    let starved = std::sync::atomic::AtomicBool::new(false);
    let out_of_fuel = |errors: &[Diagnostic]| {
        let fuel = html::TEMPLATE_FUEL.to_string();
        if errors.iter().any(|d| d.message.contains(&fuel)) {
            starved.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    };
    let starving = || starved.load(std::sync::atomic::Ordering::Relaxed);
    // Each page's model is built once (the costly part) and rendered both ways.
    let pages: Vec<Vec<Diagnostic>> = reports
        .par_iter()
        .map(|report| {
            if starving() {
                return Vec::new();
            }
            let page = Page::new(report);
            let render = |siblings: &[Sibling]| {
                page.render(&HtmlOptions {
                    templates,
                    siblings,
                    fonts: None,
                    subsets: None,
                })
                .err()
                .unwrap_or_default()
            };
            let mut errors = render(&[]);
            out_of_fuel(&errors);
            if !together.is_empty() && !starving() {
                errors.extend(render(&together));
                out_of_fuel(&errors);
            }
            errors
        })
        .collect();
    let mut found: Vec<Diagnostic> = Vec::new();
    let mut add = |d: Diagnostic| {
        let same = |o: &Diagnostic| {
            o.code == d.code && o.message == d.message && o.locale == d.locale
        };
        if !found.iter().any(same) {
            found.push(d);
        }
    };
    for (i, errors) in pages.iter().enumerate() {
        for d in errors {
            let every = reports.len() > 1
                && pages
                    .iter()
                    .all(|e| e.iter().any(|o| o.message == d.message));
            let tag = &reports[i].doc.locale.tag;
            add(if every {
                d.clone()
            } else {
                d.clone().locale(tag)
            });
        }
    }
    let layout = |n: usize| -> HashMap<String, usize> {
        reports
            .iter()
            .map(|r| (r.doc.locale.tag.clone(), n))
            .collect()
    };
    for counts in [HashMap::new(), layout(0), layout(1)] {
        if starving() {
            break;
        }
        // The index is labelled in the source's words: built with the source.
        let Some((source, entries)) = html::index_entries(project, reports, &counts)
        else {
            break;
        };
        let tag = &source.doc.locale.tag;
        if let Err(errors) = html::index(source, &entries, templates, None) {
            errors.into_iter().for_each(|d| add(d.locale(tag)));
        }
    }
    found
}
