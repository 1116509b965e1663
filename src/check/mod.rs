//! Translation checks: every locale against the source locale, for a release manager
//! to gate CI on.
//!
//! [`check`] runs, per locale and in parallel across locales:
//!
//! 1. checks of the locale on its own ([`coverage::duplicates`], then in one walk of
//!    every pattern [`references::reference`], [`plurals::select`],
//!    [`plurals::duplicate_keys`] and [`plurals::unreachable`], then
//!    [`references::cycles`]; [`glyphs::glyphs`]) — the source locale included;
//! 2. comparisons with the source ([`coverage::coverage`], then per translated message
//!    [`references::compare_variables`], [`references::compare_references`],
//!    [`markup::compare`] (a project) or [`markup::compare_elements`] (a bare tree),
//!    [`numbers::compare`], [`identical::compare`]), the typography lints of each
//!    translated message ([`lints::lints`], driven by the language registry, configured
//!    by the locale's `[lints]`), [`stale::stale`] and, in a silkpress project,
//!    [`fallback::fallback`];
//! 3. the locale's `[[suppress]]` list drops what a reviewer accepted, except an error
//!    the build stops on ([`crate::diag::Code::stops_build`]).
//!
//! In a project, the HTML templates are compiled once for all locales and each checked
//! edition is rendered as the HTML build renders it ([`templates::templates`]).
//!
//! IDs are matched across the locale in a project and per file in a bare tree
//! ([`Scope`]); a compare-locales project configuration ([`l10n_toml`]) narrows each
//! locale to the files and entries it owns.
//!
//! Syntax, encoding and inline-markup errors are found while loading (`project::locales`) and
//! passed in. The source locale is parsed and indexed once and shared by all targets.

pub mod built;
pub mod coverage;
pub mod fallback;
pub mod glyphs;
pub mod identical;
pub mod l10n_toml;
pub mod layout;
pub mod lints;
pub mod markup;
pub mod numbers;
pub mod output;
pub mod plurals;
pub mod plurals_gecko;
pub mod references;
pub mod running_heads;
pub mod stale;
pub mod templates;

use std::path::PathBuf;

use fluent_syntax::ast;
use rayon::prelude::*;
use serde::Serialize;

use crate::diag::{Diagnostic, Severity, Sources};
use crate::doc::markup::PatternText;
use crate::fonts::FontBook;
use crate::l10n::index::{display_id, patterns, walk, FxMap, Index, Node, Scope};
use crate::project::locales::{LocaleData, Suppression};
use crate::project::style::Style;
use crate::project::{Project, Structure, Tree};
use l10n_toml::{Action, L10nConfig, Plan};

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
    /// The font book of the editions, for glyph coverage.
    pub fonts: Option<&'a FontBook>,
    /// How IDs are matched: across the locale in a project, per file in a bare tree.
    pub scope: Scope,
    /// compare-locales' project configuration (`--l10n-toml`): which files each
    /// locale owns and how its filters treat files and entries.
    pub config: Option<&'a L10nConfig>,
    /// Whose plural rules plural selects are checked against.
    pub plural_rules: plurals::PluralRules,
    /// The style of the PDF edition, with the font book (its faces of upright text
    /// loaded), for the width of running heads.
    pub style: Option<&'a Style>,
    /// A silkpress project, whose HTML templates are compiled and rendered
    /// ([`templates::templates`]).
    pub project: Option<&'a Project>,
}

impl<'a> Input<'a> {
    /// The input of a silkpress project.
    pub fn project(project: &'a Project, fonts: Option<&'a FontBook>) -> Self {
        Input {
            sources: &project.sources,
            locales: &project.locales,
            source: project.source,
            diagnostics: &project.diagnostics,
            display: PathBuf::from(crate::project::LOCALES_DIR),
            structure: Some(&project.structure),
            fonts,
            scope: Scope::Locale,
            config: None,
            plural_rules: plurals::PluralRules::Cldr,
            style: None,
            project: Some(project),
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
            scope: Scope::File,
            config: None,
            plural_rules: plurals::PluralRules::Cldr,
            style: None,
            project: None,
        }
    }

    /// With the style of the PDF edition, so that running heads are measured (`fonts`
    /// must have the faces of upright text loaded).
    pub fn with_style(self, style: Option<&'a Style>) -> Self {
        Input { style, ..self }
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
    /// With `--layout`: the page counts of each checked edition against the source's.
    pub layout: Vec<layout::EditionPages>,
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
    let src = Index::scoped(&input.locales[input.source], input.scope);
    // The lints compare with the source's expanded texts: expanded once for several
    // targets; for one, each as it is needed (holding them all costs memory).
    let targets = selected.iter().filter(|&&i| i != input.source).count();
    let texts = if targets > 1 {
        lints::source_texts(&src)
    } else {
        lints::SourceTexts::default()
    };
    let results: Vec<_> = selected
        .par_iter()
        .map(|&i| check_locale(input, (&src, &texts), i))
        .collect();
    // The source locale's load errors stop every build, so they fail the check of
    // any locale (`check` must not pass a locale `build` then refuses).
    let source_tag = &input.locales[input.source].locale.tag;
    let mut diagnostics: Vec<Diagnostic> = input
        .diagnostics
        .iter()
        .filter(|d| match &d.locale {
            Some(l) => {
                only.is_empty() || only.contains(l) || (l == source_tag && d.is_error())
            }
            None => true,
        })
        .cloned()
        .collect();
    // A template the HTML build cannot load or render fails it; an edition that does
    // not resolve fails every build of it, for what the checks did not say already: an
    // error of the same message and locale (in the check's words, `unknown-variable`
    // for the build's `unsupplied-variable`), or of the same code and text.
    let mut rendered = Vec::new();
    if let Some(project) = input.project {
        let tags: Vec<String> = selected
            .iter()
            .map(|&i| input.locales[i].locale.tag.clone())
            .collect();
        let found = templates::templates(project, &tags, input.fonts);
        rendered = found.templates;
        let mut untold: Vec<Diagnostic> = Vec::new();
        for d in found.unresolved {
            // Said for this locale in the check's words, or said anywhere as the same
            // problem at the same place (a syntax error of the source, which every
            // edition meets).
            let said = |o: &Diagnostic| {
                o.is_error()
                    && ((o.locale == d.locale
                        && match &d.id {
                            Some(_) => o.id == d.id,
                            None => o.code == d.code && o.message == d.message,
                        })
                        || (o.code == d.code && o.id == d.id && o.span == d.span))
            };
            let told = input.diagnostics.iter().any(said)
                || results.iter().any(|(diags, _)| diags.iter().any(said))
                || rendered.iter().any(said);
            if !told {
                untold.push(d);
            }
        }
        // What every edition of several meets is one problem, for no locale.
        let same = |a: &Diagnostic, b: &Diagnostic| {
            a.code == b.code && a.id == b.id && a.span == b.span && a.message == b.message
        };
        let mut told: Vec<Diagnostic> = Vec::new();
        for d in &untold {
            let mut meeting: Vec<&Option<String>> = untold
                .iter()
                .filter(|o| same(o, d))
                .map(|o| &o.locale)
                .collect();
            meeting.sort();
            meeting.dedup();
            if tags.len() > 1 && meeting.len() == tags.len() {
                if !told.iter().any(|o| same(o, d) && o.locale.is_none()) {
                    let mut one = d.clone();
                    one.locale = None;
                    told.push(one);
                }
            } else {
                told.push(d.clone());
            }
        }
        rendered.extend(told);
    }
    // Each summary counts the problems found while loading its locale, and its checks'.
    let mut loaded: FxMap<&str, Tally> = FxMap::default();
    for d in input.diagnostics.iter().chain(&rendered) {
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
    diagnostics.extend(rendered);
    output::sort(input.sources, &mut diagnostics);
    CheckReport {
        source: input.locales[input.source].locale.tag.clone(),
        summaries,
        diagnostics,
        layout: Vec::new(),
    }
}

/// Adds what `check --layout` found ([`layout::check_layout`]) to a check's report:
/// each locale's `[[suppress]]` list applies to it as to every check; a
/// `running-head-too-long` the check already reports gets its page instead of being
/// repeated, and so does an error the check already reports (a layout stopped by a
/// missing glyph); the summaries count the rest.
pub fn merge_layout(
    input: &Input,
    report: &mut CheckReport,
    found: layout::LayoutReport,
) {
    for mut d in found.diagnostics {
        let tag = d.locale.clone().unwrap_or_default();
        if let Some(data) = input.locales.iter().find(|l| l.locale.tag == tag) {
            if suppressed(data, &d) {
                continue;
            }
        }
        let same = report.diagnostics.iter_mut().find(|o| {
            o.code == d.code
                && o.locale == d.locale
                && o.id == d.id
                && (d.is_error() || d.code == crate::diag::Code::RunningHeadTooLong)
        });
        if let Some(o) = same {
            if o.page.is_none() {
                o.page = d.page.take();
            }
            continue;
        }
        if let Some(s) = report.summaries.iter_mut().find(|s| s.locale == tag) {
            match d.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
            }
        }
        report.diagnostics.push(d);
    }
    output::sort(input.sources, &mut report.diagnostics);
    report.layout = found.pages;
}

/// Whether a locale's `[[suppress]]` list drops `d` (its valid entries; the check
/// reports the invalid ones, and the entries naming an error the build stops on).
fn suppressed(data: &LocaleData, d: &Diagnostic) -> bool {
    suppressible(d) && data.settings.suppress.iter().any(|s| names(s, d))
}

/// Whether the `[[suppress]]` entry `s` names `d`, by code, ID or both. An invalid
/// entry (no reason, naming neither, an unknown code) names nothing.
fn names(s: &Suppression, d: &Diagnostic) -> bool {
    if s.reason.trim().is_empty() || (s.code.is_none() && s.id.is_none()) {
        return false;
    }
    s.code.as_deref().is_none_or(|c| d.code.name() == c)
        && s.id.as_deref().is_none_or(|i| d.id.as_deref() == Some(i))
}

/// Whether a suppression may drop `d`: not an error `silkpress build` stops on
/// ([`crate::diag::Code::stops_build`]), or `check` would pass a locale whose build
/// fails.
fn suppressible(d: &Diagnostic) -> bool {
    !(d.is_error() && d.code.stops_build())
}

/// How `check` names entry `n` (0-based) of a locale's `[[suppress]]` list: by its
/// number and the line of locale.toml it starts on.
fn entry_name(n: usize, s: &Suppression) -> String {
    match s.line {
        Some(line) => format!("suppression {} of the locale (line {line})", n + 1),
        None => format!("suppression {} of the locale", n + 1),
    }
}

/// Every check of one locale. Each diagnostic names the locale.
fn check_locale(
    input: &Input,
    src: (&Index, &lints::SourceTexts),
    i: usize,
) -> (Vec<Diagnostic>, coverage::Counts) {
    let (mut out, counts) = check_locale_unsuppressed(input, src, i);
    suppress(input, &input.locales[i], &mut out);
    (out, counts)
}

/// The files of locale `tag` (relative to its folder) that exist but were not read:
/// loading reported them (not UTF-8, refused, unreadable, too deep), and they are not
/// missing — `sync` refuses them too.
fn unread_files(input: &Input, tag: &str) -> Vec<String> {
    input
        .diagnostics
        .iter()
        .filter(|d| d.is_error() && d.locale.as_deref() == Some(tag))
        .filter(|d| d.code.leaves_file_unread())
        .filter_map(|d| match &d.span {
            Some(s) => Some(input.sources.path(s.file).to_path_buf()),
            None => d.path.clone(),
        })
        .filter_map(|p| {
            // `<display>/<folder>/<rel>`: the folder may be spelt `KK` for `kk`.
            let mut parts = p.strip_prefix(&input.display).ok()?.components();
            parts.next()?;
            Some(parts.as_path().to_string_lossy().into_owned())
        })
        .collect()
}

/// Every check of one locale, before its suppression list applies.
fn check_locale_unsuppressed(
    input: &Input,
    (src, texts): (&Index, &lints::SourceTexts),
    i: usize,
) -> (Vec<Diagnostic>, coverage::Counts) {
    let data = &input.locales[i];
    // Under a project configuration, a locale is compared only on the files it owns,
    // without the entries its filters ignore; the source's index is cut to match.
    let plan = match input.config {
        Some(config) if i != input.source => match plan(config, src.data, data) {
            Ok(p) => Some(p),
            Err(d) => return (vec![d], coverage::Counts::default()),
        },
        _ => None,
    };
    let owned_src;
    let (src, tgt) = match &plan {
        None => (src, Index::scoped(data, input.scope)),
        Some(p) => {
            let key = |e: &crate::project::locales::Entry| display_id(&e.id, e.is_term);
            let has: std::collections::HashSet<&str> =
                data.files.iter().map(|f| f.rel.as_str()).collect();
            // compare-locales counts every entry of a missing file, filters or not.
            owned_src =
                Index::filtered(src.data, input.scope, &|rel| p.owns(rel), &|rel, e| {
                    !has.contains(rel) || p.entry(rel, &key(e)) != Action::Ignore
                });
            let tgt =
                Index::filtered(data, input.scope, &|rel| p.owns(rel), &|rel, e| {
                    p.entry(rel, &key(e)) != Action::Ignore
                });
            (&owned_src, tgt)
        }
    };
    let mut out = Vec::new();
    // A project's locales are typeset: one in a script with no fonts or rules would
    // pass every check here and fail the build.
    if input.structure.is_some() {
        if let Err(e) = crate::lang::profile(&data.locale) {
            out.push(
                Diagnostic::error(crate::diag::Code::UnknownScript, e.to_string())
                    .locale(&data.locale.tag)
                    .hint(
                        "add the script to `lang::registry::SCRIPTS` and a font stack for \
                         it to templates/style.toml",
                    ),
            );
        }
    }
    coverage::duplicates(input.sources, &tgt, &mut out);
    references_and_plurals(src, &tgt, input.plural_rules, &mut out);
    if let Some(fonts) = input.fonts {
        glyphs::glyphs(fonts, &tgt, &mut out);
        if let (Some(style), Some(structure)) = (input.style, input.structure) {
            running_heads::running_heads(structure, fonts, style, data, &mut out);
        }
    }
    if i == input.source {
        built::built(input.sources, data, input.structure, &mut out);
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
    let unread = unread_files(input, &data.locale.tag);
    let counts = coverage::coverage(
        input.sources,
        src,
        &tgt,
        (&pairs, plan.as_ref()),
        (&target_dir, &unread),
        &mut out,
    );
    compare_messages(src, &tgt, &pairs, &mut out);
    // After the comparisons: what they said first (a variable the source does not
    // have) is not said again as the build's error.
    built::built(input.sources, data, input.structure, &mut out);
    match lints::setup(data, input.structure, &target_dir.join("locale.toml")) {
        Ok(setup) => lints::lints(&setup, (src, texts), &tgt, &pairs, &mut out),
        Err(d) => out.push(d),
    }
    match crate::l10n::lock::read_lock(&data.root, &data.dir, &target_dir) {
        Ok(Some(lock)) => stale::stale(src, &tgt, &pairs, &lock, &mut out),
        Ok(None) => {}
        Err(d) => out.push(d.locale(&data.locale.tag)),
    }
    // With a file left unread, the edition is not built at all (its read error
    // blocks it): saying which messages it would show in the source language, and
    // that `sync` adds them, would mislead.
    if let (Some(structure), true) = (input.structure, unread.is_empty()) {
        fallback::fallback(structure, &tgt, &mut out);
    }
    (out, counts)
}

/// Drops the diagnostics a locale's `[[suppress]]` list names (by code, ID or both);
/// an entry without a reason, naming neither, or naming an unknown code is a
/// `config-error`. An error the build stops on is kept, with a warning that the entry
/// naming it cannot suppress it.
fn suppress(input: &Input, data: &LocaleData, out: &mut Vec<Diagnostic>) {
    let list = &data.settings.suppress;
    if list.is_empty() {
        return;
    }
    let settings = input.display.join(&data.locale.tag).join("locale.toml");
    let mut found = Vec::new();
    for (n, s) in list.iter().enumerate() {
        let known = |c: &str| crate::diag::Code::ALL.iter().any(|k| k.name() == c);
        let problem = if s.reason.trim().is_empty() {
            Some("has no `reason`".to_string())
        } else if s.code.is_none() && s.id.is_none() {
            Some("names neither a `code` nor an `id`".to_string())
        } else {
            s.code
                .as_deref()
                .filter(|c| !known(c))
                .map(|c| format!("names the unknown code `{c}`"))
        };
        if let Some(p) = problem {
            found.push(
                Diagnostic::error(
                    crate::diag::Code::ConfigError,
                    format!("{} {p}", entry_name(n, s)),
                )
                .in_file(&settings)
                .locale(&data.locale.tag)
                .hint("each [[suppress]] needs `reason` and a `code`, an `id` or both"),
            );
        }
    }
    // What each entry named but could not drop: errors the build stops on.
    let mut kept: Vec<Vec<String>> = vec![Vec::new(); list.len()];
    out.retain(|d| {
        let mut named = list
            .iter()
            .enumerate()
            .filter(|(_, s)| names(s, d))
            .peekable();
        if named.peek().is_none() {
            return true;
        }
        if suppressible(d) {
            return false;
        }
        for (n, _) in named {
            let what = match &d.id {
                Some(id) => format!("`{}` of `{id}`", d.code),
                None => format!("`{}`", d.code),
            };
            if !kept[n].contains(&what) {
                kept[n].push(what);
            }
        }
        true
    });
    for (n, what) in kept.iter().enumerate().filter(|(_, w)| !w.is_empty()) {
        const SHOWN: usize = 3;
        let mut list_text = what[..what.len().min(SHOWN)].join(", ");
        if what.len() > SHOWN {
            list_text.push_str(&format!(" and {} more", what.len() - SHOWN));
        }
        found.push(
            Diagnostic::warning(
                crate::diag::Code::ConfigError,
                format!(
                    "{} cannot suppress what `silkpress build` stops on: {list_text} \
                     (still reported)",
                    entry_name(n, &list[n])
                ),
            )
            .in_file(&settings)
            .locale(&data.locale.tag)
            .hint(
                "fix the errors (a suppression accepts only what the build does not stop \
                 on), then delete the entry or narrow its `code` and `id`",
            ),
        );
    }
    out.extend(found);
}

/// What a target locale owns under a project configuration.
fn plan(
    config: &L10nConfig,
    source: &LocaleData,
    target: &LocaleData,
) -> Result<Plan, Diagnostic> {
    let rels = |d: &'_ LocaleData| -> Vec<String> {
        d.files.iter().map(|f| f.rel.clone()).collect()
    };
    let (srels, trels) = (rels(source), rels(target));
    let sref: Vec<&str> = srels.iter().map(String::as_str).collect();
    let tref: Vec<&str> = trels.iter().map(String::as_str).collect();
    let ids = |rel: &str| -> Vec<String> {
        let mut out: Vec<String> = [source, target]
            .iter()
            .flat_map(|d| d.files.iter().filter(|f| f.rel == rel))
            .flat_map(|f| f.entries.iter().map(|e| display_id(&e.id, e.is_term)))
            .collect();
        out.sort();
        out.dedup();
        out
    };
    config.plan(
        &target.locale.tag,
        (&source.dir, &sref),
        (&target.dir, &tref),
        &ids,
    )
}

/// The checks that look inside each pattern of a locale on its own, in one walk:
/// references (`unknown-reference`, then `cyclic-reference` over the reference graph)
/// and plural selects (`missing-plural-category`).
fn references_and_plurals(
    src: &Index,
    index: &Index,
    rules: plurals::PluralRules,
    out: &mut Vec<Diagnostic>,
) {
    let wanted = plurals::wanted(&index.data.locale, rules);
    let reachable = plurals::reachable(&index.data.locale);
    let nodes = references::Nodes::new(index);
    let mut edges: Vec<Vec<usize>> = vec![Vec::new(); nodes.len];
    for loc in index.firsts() {
        let Some(ast) = index.ast(loc) else { continue };
        duplicate_attributes(index, loc, ast, out);
        for (attr, p) in patterns(ast) {
            walk(p, &mut |n| {
                let reference = match n {
                    Node::Message(id, a) => (id, a, false),
                    Node::Term(id, a) => (id, a, true),
                    Node::Select(selector, variants) => {
                        plurals::duplicate_keys(index, loc, variants, out);
                        if let Some(r) = &reachable {
                            plurals::unreachable(
                                index,
                                r,
                                loc,
                                (selector, variants),
                                out,
                            );
                        }
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
                    Node::Literal(text) => {
                        invalid_escapes(index, loc, text, out);
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

/// Reports an attribute a message or term defines twice (`duplicate-attribute`):
/// fluent-bundle finds only the first.
fn duplicate_attributes(
    index: &Index,
    loc: crate::l10n::index::Loc,
    ast: &ast::Entry<&str>,
    out: &mut Vec<Diagnostic>,
) {
    let attributes = match ast {
        ast::Entry::Message(m) => &m.attributes,
        ast::Entry::Term(t) => &t.attributes,
        _ => return,
    };
    for (n, a) in attributes.iter().enumerate() {
        if attributes[..n].iter().any(|b| b.id.name == a.id.name) {
            let range = crate::l10n::index::name_range(index.text(loc), a.id.name, 1);
            let e = index.entry(loc);
            out.push(
                Diagnostic::warning(
                    crate::diag::Code::DuplicateAttribute,
                    format!(
                        "attribute `.{}` is defined more than once: only the first is used",
                        a.id.name
                    ),
                )
                .at(index.span_at(loc, range))
                .locale(index.tag())
                .id(display_id(&e.id, e.is_term)),
            );
        }
    }
}

/// Reports each `\\u`/`\\U` escape of a string literal that names no character
/// (`invalid-escape`), at the escape: a surrogate or a value past U+10FFFF, which
/// fluent-syntax decodes as U+FFFD without a word, so the edition would show the
/// replacement character. The parser has already refused escapes that are not hex.
fn invalid_escapes(
    index: &Index,
    loc: crate::l10n::index::Loc,
    literal: &str,
    out: &mut Vec<Diagnostic>,
) {
    let bytes = literal.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let digits = match bytes.get(i + 1) {
            Some(b'u') => 4,
            Some(b'U') => 6,
            _ => {
                i += 2;
                continue;
            }
        };
        let escape = literal.get(i..i + 2 + digits).unwrap_or(&literal[i..]);
        let value = escape
            .get(2..)
            .and_then(|hex| u32::from_str_radix(hex, 16).ok());
        if let Some(v) = value.filter(|&v| char::from_u32(v).is_none()) {
            let start = crate::doc::markup::offset_in(index.text(loc), literal) + i;
            let what = if (0xD800..=0xDFFF).contains(&v) {
                "a UTF-16 surrogate, not a character"
            } else {
                "past U+10FFFF, the last code point"
            };
            let e = index.entry(loc);
            out.push(
                Diagnostic::error(
                    crate::diag::Code::InvalidEscape,
                    format!(
                        "the escape `{escape}` names U+{v:04X}, {what}: Fluent reads it as \
                         U+FFFD, the replacement character (�)"
                    ),
                )
                .at(index.span_at(loc, start..start + escape.len()))
                .locale(index.tag())
                .id(display_id(&e.id, e.is_term))
                .hint(
                    "write the escape of the character meant (U+0000–U+10FFFF, not \
                     U+D800–U+DFFF), or the character itself",
                ),
            );
        }
        i += 2 + digits;
    }
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
        references::compare_references(src, sloc, tgt, tloc, out);
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
                match tgt.scope {
                    Scope::Locale => {
                        markup::compare(&stext, tgt, tloc, &ttext, attr, out)
                    }
                    Scope::File => {
                        markup::compare_elements(&stext, tgt, tloc, &ttext, attr, out)
                    }
                }
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
