//! Translation checks: every locale against the source locale, for a release manager
//! to gate CI on.
//!
//! [`check`] runs, per locale and in parallel across locales:
//!
//! 1. checks of the locale on its own ([`coverage::duplicates`], then in one walk of
//!    every pattern [`references::reference`] and [`plurals::select`], then
//!    [`references::cycles`]; [`glyphs::glyphs`]) — the source locale included;
//! 2. comparisons with the source ([`coverage::coverage`], then per translated message
//!    [`references::compare_variables`], [`markup::compare`], [`numbers::compare`],
//!    [`identical::compare`]), [`stale::stale`] and, in a silkpress project,
//!    [`fallback::fallback`].
//!
//! Syntax, encoding and inline-markup errors are found while loading (`project::locales`) and
//! passed in. The source locale is parsed and indexed once and shared by all targets.

pub mod coverage;
pub mod fallback;
pub mod glyphs;
pub mod identical;
pub mod markup;
pub mod numbers;
pub mod output;
pub mod plurals;
pub mod references;
pub mod stale;

use std::path::PathBuf;

use fluent_syntax::ast;
use rayon::prelude::*;
use serde::Serialize;

use crate::diag::{Diagnostic, Severity, Sources};
use crate::doc::markup::PatternText;
use crate::l10n::index::{patterns, walk, FxMap, Index, Node};
use crate::project::locales::LocaleData;
use crate::project::{Project, Structure, Tree};
pub use glyphs::Fonts;

/// What to check: the loaded locales, and in a silkpress project its structure and
/// fonts.
pub struct Input<'a> {
    /// Every file read, for positions.
    pub sources: &'a Sources,
    /// Every locale.
    pub locales: &'a [LocaleData],
    /// Index of the source locale.
    pub source: usize,
    /// Problems found while loading.
    pub diagnostics: &'a [Diagnostic],
    /// How the directory of locale directories is shown (`locales`, or empty).
    pub display: PathBuf,
    /// The report structure, whose messages fall back at build time.
    pub structure: Option<&'a Structure>,
    /// The fonts of the PDF edition, for glyph coverage.
    pub fonts: Option<&'a Fonts>,
}

impl<'a> Input<'a> {
    /// The input of a silkpress project.
    pub fn project(project: &'a Project, fonts: Option<&'a Fonts>) -> Self {
        Input {
            sources: &project.sources,
            locales: &project.locales,
            source: project.source,
            diagnostics: &project.diagnostics,
            display: PathBuf::from(crate::project::LOCALES_DIR),
            structure: Some(&project.structure),
            fonts,
        }
    }

    /// The input of a bare tree of FTL files.
    pub fn tree(tree: &'a Tree) -> Self {
        Input {
            sources: &tree.sources,
            locales: &tree.locales,
            source: tree.source,
            diagnostics: &tree.diagnostics,
            display: tree.display.clone(),
            structure: None,
            fonts: None,
        }
    }
}

/// Coverage of one locale.
#[derive(Clone, Debug, Serialize)]
pub struct Summary {
    /// Locale tag.
    pub locale: String,
    /// Script (ISO 15924).
    pub script: String,
    /// `ltr` or `rtl`.
    pub direction: &'static str,
    /// Messages and terms of the source locale.
    pub total: usize,
    /// Of those, how many the locale defines.
    pub translated: usize,
    /// How many it lacks (`total - translated`).
    pub missing: usize,
    /// Messages and terms it has that the source no longer does.
    pub obsolete: usize,
    /// Errors found.
    pub errors: usize,
    /// Warnings found.
    pub warnings: usize,
}

impl Summary {
    /// Translated share in percent.
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            self.translated as f64 * 100.0 / self.total as f64
        }
    }
}

/// How many errors and warnings a locale has, for its summary.
#[derive(Clone, Copy, Default)]
struct Tally {
    /// Errors.
    errors: usize,
    /// Warnings.
    warnings: usize,
}

impl Tally {
    /// Counts one diagnostic.
    fn add(&mut self, d: &Diagnostic) {
        match d.severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
        }
    }
}

/// The result of a check.
pub struct CheckReport {
    /// The source locale.
    pub source: String,
    /// One summary per checked locale, by tag.
    pub summaries: Vec<Summary>,
    /// Every diagnostic, sorted by locale, file and position.
    pub diagnostics: Vec<Diagnostic>,
}

impl CheckReport {
    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// Whether any diagnostic is a warning.
    pub fn has_warnings(&self) -> bool {
        self.diagnostics.iter().any(|d| !d.is_error())
    }
}

/// Checks the given locales (all when `only` is empty) against the source locale.
pub fn check(input: &Input, only: &[String]) -> CheckReport {
    let selected: Vec<usize> = (0..input.locales.len())
        .filter(|&i| only.is_empty() || only.contains(&input.locales[i].locale.tag))
        .collect();
    let src = Index::new(&input.locales[input.source]);
    let results: Vec<_> = selected
        .par_iter()
        .map(|&i| check_locale(input, &src, i))
        .collect();
    let mut diagnostics: Vec<Diagnostic> = input
        .diagnostics
        .iter()
        .filter(|d| match &d.locale {
            Some(l) => only.is_empty() || only.contains(l),
            None => true,
        })
        .cloned()
        .collect();
    // Each summary counts the problems found while loading its locale, and its checks'.
    let mut loaded: FxMap<&str, Tally> = FxMap::default();
    for d in input.diagnostics {
        if let Some(l) = &d.locale {
            loaded.entry(l).or_default().add(d);
        }
    }
    let mut summaries = Vec::new();
    for (&i, (diags, counts)) in selected.iter().zip(results) {
        let data = &input.locales[i];
        let mut tally = loaded
            .get(data.locale.tag.as_str())
            .copied()
            .unwrap_or_default();
        for d in &diags {
            debug_assert_eq!(d.locale.as_ref(), Some(&data.locale.tag), "{d:?}");
            tally.add(d);
        }
        diagnostics.extend(diags);
        summaries.push(Summary {
            locale: data.locale.tag.clone(),
            script: data.locale.script.clone(),
            direction: data.locale.direction.as_str(),
            total: counts.total,
            translated: counts.translated,
            missing: counts.total - counts.translated,
            obsolete: counts.obsolete,
            errors: tally.errors,
            warnings: tally.warnings,
        });
    }
    output::sort(input.sources, &mut diagnostics);
    CheckReport {
        source: input.locales[input.source].locale.tag.clone(),
        summaries,
        diagnostics,
    }
}

/// Every check of one locale. Each diagnostic names the locale.
fn check_locale(
    input: &Input,
    src: &Index,
    i: usize,
) -> (Vec<Diagnostic>, coverage::Counts) {
    let data = &input.locales[i];
    let tgt = Index::new(data);
    let mut out = Vec::new();
    // A project's locales are typeset: one in a script with no fonts or rules would
    // pass every check here and fail the build.
    if input.structure.is_some() {
        if let Err(e) = crate::lang::profile(&data.locale) {
            out.push(
                Diagnostic::error("unknown-script", e.to_string())
                    .locale(&data.locale.tag)
                    .hint(
                        "add the script to `lang::registry::SCRIPTS` and a font stack for \
                         it to templates/style.toml",
                    ),
            );
        }
    }
    coverage::duplicates(input.sources, &tgt, &mut out);
    references_and_plurals(src, &tgt, &mut out);
    if let Some(fonts) = input.fonts {
        glyphs::glyphs(fonts, &tgt, &mut out);
    }
    if i == input.source {
        let total = tgt.firsts().count();
        let counts = coverage::Counts {
            total,
            translated: total,
            obsolete: 0,
        };
        return (out, counts);
    }
    let target_dir = input.display.join(&data.locale.tag);
    let pairs = src.pairs(&tgt);
    let counts =
        coverage::coverage(input.sources, src, &tgt, &pairs, &target_dir, &mut out);
    compare_messages(src, &tgt, &pairs, &mut out);
    match crate::l10n::lock::read_lock(&data.dir, &target_dir) {
        Ok(Some(lock)) => stale::stale(src, &tgt, &pairs, &lock, &mut out),
        Ok(None) => {}
        Err(d) => out.push(d.locale(&data.locale.tag)),
    }
    if let Some(structure) = input.structure {
        fallback::fallback(structure, &tgt, &mut out);
    }
    (out, counts)
}

/// The checks that look inside each pattern of a locale on its own, in one walk:
/// references (`unknown-reference`, then `cyclic-reference` over the reference graph)
/// and plural selects (`missing-plural-category`).
fn references_and_plurals(src: &Index, index: &Index, out: &mut Vec<Diagnostic>) {
    let wanted = plurals::categories(&index.data.locale.langid);
    let nodes = references::Nodes::new(index);
    let mut edges: Vec<Vec<usize>> = vec![Vec::new(); nodes.len];
    for loc in index.firsts() {
        let Some(ast) = index.ast(loc) else { continue };
        for (attr, p) in patterns(ast) {
            walk(p, &mut |n| {
                let reference = match n {
                    Node::Message(id, a) => (id, a, false),
                    Node::Term(id, a) => (id, a, true),
                    Node::Select(selector, variants) => {
                        if let Some(w) = &wanted {
                            plurals::select(
                                index,
                                w,
                                loc,
                                attr,
                                (selector, variants),
                                out,
                            );
                        }
                        return;
                    }
                    _ => return,
                };
                if let Some(t) = references::reference(src, index, loc, reference, out) {
                    edges[nodes.of(loc)].push(nodes.of(t));
                }
            });
        }
    }
    references::cycles(index, &nodes, &edges, out);
}

/// The per-message comparisons of every translated message with its source.
fn compare_messages(
    src: &Index,
    tgt: &Index,
    pairs: &[crate::l10n::index::Pair],
    out: &mut Vec<Diagnostic>,
) {
    for &(sloc, target) in pairs {
        let Some(tloc) = target else { continue };
        references::compare_variables(src, sloc, tgt, tloc, out);
        let (Some(sast), Some(tast)) = (src.ast(sloc), tgt.ast(tloc)) else {
            continue;
        };
        let tpatterns = patterns(tast);
        for (attr, sp) in patterns(sast) {
            let Some((_, tp)) = tpatterns.clone().find(|(a, _)| *a == attr) else {
                continue;
            };
            // Joining a pattern's text costs allocations; most patterns have no markup
            // and no number, so look at the raw text elements first.
            let has = |p: &ast::Pattern<&str>, f: fn(&str) -> bool| {
                p.elements.iter().any(
                    |e| matches!(e, ast::PatternElement::TextElement { value } if f(value)),
                )
            };
            let lt = |t: &str| t.contains('<');
            let tagged = has(sp, lt) || has(tp, lt);
            let numbered = has(sp, numbers::has_number);
            let same = sp == tp;
            if !(tagged || numbered || same) {
                continue;
            }
            let stext = PatternText::new(sp, src.text(sloc));
            let ttext = PatternText::new(tp, tgt.text(tloc));
            if tagged {
                markup::compare(&stext, tgt, tloc, &ttext, attr, out);
            }
            if numbered {
                numbers::compare(&stext, tgt, tloc, &ttext, attr, out);
            }
            if same {
                identical::compare(src, &stext, tgt, tloc, attr, out);
            }
        }
    }
}
