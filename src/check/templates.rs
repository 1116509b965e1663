//! The HTML templates, read and compiled by the HTML build's own loader
//! ([`Templates::read`]) and rendered as the HTML build renders them: a template that
//! does not compile or does not render (`template-error`, exit 1) or cannot be read
//! (`io-error`, `refused-input`, exit 2) fails the HTML build, so it fails the check,
//! whichever formats are built.

use std::collections::HashMap;

use rayon::prelude::*;

use crate::diag::Diagnostic;
use crate::l10n::Report;
use crate::project::Project;
use crate::render::html::{self, HtmlOptions, Page, Sibling, Templates};

/// What stops the HTML build of the locales `tags` of `project` at its templates: what
/// stops them loading, else what stops the editions and the index rendering
/// ([`render_errors`]). A locale whose text does not resolve is left out (its own
/// errors say why).
pub fn templates(project: &Project, tags: &[String]) -> Vec<Diagnostic> {
    let templates = match Templates::read(&project.root) {
        Ok(t) => t,
        Err(diags) => return diags,
    };
    let reports: Vec<Report> = tags
        .iter()
        .filter_map(|t| crate::l10n::resolve(project, t).ok())
        .map(|w| w.output)
        .collect();
    render_errors(project, &templates, &reports)
}

/// What the HTML build of `reports` would stop on in its templates, found by rendering
/// each page as the build renders it, without embedding fonts: alone (a single edition,
/// or `-o`), all together with the language switcher (`--all`, several `--locale`s),
/// and the index with and without layout counts (an HTML build, or HTML and PDF).
/// minijinja finds an unknown filter or test, a missing include, an undefined variable
/// or a failing expression only while rendering, and what fails may depend on the
/// locale's text (issue 15: a locale `check` passes builds). Each error is reported
/// once, naming its locale when only some of the pages rendered alone meet it.
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
    // Each page's model is built once (the costly part) and rendered both ways.
    let pages: Vec<(Vec<Diagnostic>, Vec<Diagnostic>)> = reports
        .par_iter()
        .map(|report| {
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
            let alone = render(&[]);
            let with = if together.is_empty() {
                Vec::new()
            } else {
                render(&together)
            };
            (alone, with)
        })
        .collect();
    let mut found: Vec<Diagnostic> = Vec::new();
    let mut add = |d: Diagnostic| {
        if !found
            .iter()
            .any(|o| o.code == d.code && o.message == d.message)
        {
            found.push(d);
        }
    };
    for (i, (alone, _)) in pages.iter().enumerate() {
        for d in alone {
            let all = pages
                .iter()
                .all(|(a, _)| a.iter().any(|o| o.message == d.message));
            let tag = &reports[i].doc.locale.tag;
            add(if all {
                d.clone()
            } else {
                d.clone().locale(tag)
            });
        }
    }
    for d in pages.into_iter().flat_map(|(_, with)| with) {
        add(d);
    }
    let counted: HashMap<String, usize> = reports
        .iter()
        .map(|r| (r.doc.locale.tag.clone(), 0))
        .collect();
    for counts in [HashMap::new(), counted] {
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
