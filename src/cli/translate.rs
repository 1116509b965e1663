//! The translators' and release managers' commands: check, locales, fmt, sync,
//! new-locale, pseudo.

use std::path::{Path, PathBuf};

use super::*;
use crate::check;
use crate::diag::Sources;
use crate::fonts::FontBook;
use crate::l10n;
use crate::lang::Locale;
use crate::project::{Project, Tree};

/// Which faces of a project's font book a translator command reads whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Faces {
    /// No font book at all.
    None,
    /// Those of upright text in the locales' scripts (glyph coverage, running heads).
    Upright,
    /// Every face (`check --layout` typesets the editions).
    All,
}

/// The locales of a silkpress project, or of a bare FTL tree with `--source`.
enum Loaded {
    /// A silkpress project (structure, locales, fonts).
    Project(Box<(Project, Option<(FontBook, crate::project::style::Style)>)>),
    /// A bare tree of FTL files.
    Tree(Tree),
}

impl Loaded {
    /// The directory holding the locale directories, on disk.
    fn dir(&self) -> PathBuf {
        match self {
            Loaded::Project(p) => p.0.root.join(crate::project::LOCALES_DIR),
            Loaded::Tree(t) => t.dir.clone(),
        }
    }

    /// What files are read from and written to: the project, or the tree.
    fn root(&self) -> PathBuf {
        match self {
            Loaded::Project(p) => p.0.root.clone(),
            Loaded::Tree(t) => t.dir.clone(),
        }
    }

    fn input(&self) -> check::Input<'_> {
        match self {
            Loaded::Project(p) => {
                let (book, style) = match &p.1 {
                    Some((book, style)) => (Some(book), Some(style)),
                    None => (None, None),
                };
                check::Input::project(&p.0, book).with_style(style)
            }
            Loaded::Tree(t) => check::Input::tree(t),
        }
    }
}

/// Loads what a translator command works on: with `--source`, the tree at `--root`
/// (or its `locales/` directory, when it has one and no `<source>/` directory). Only
/// the locales in `only` and the source are read (all when `only` is `None`).
fn load_locales(
    cli: &Cli,
    tree: &TreeArgs,
    only: Option<&[String]>,
    faces: Faces,
) -> Result<Loaded, Failure> {
    let fonts = faces != Faces::None;
    let Some(source) = &tree.source else {
        if !cli.root.join(crate::project::STRUCTURE_PATH).exists() {
            tell!(
                "error: {} not found in {}",
                crate::project::STRUCTURE_PATH,
                cli.root.display()
            );
            tell!(
                "hint: run from a silkpress project (or pass --root), or check any tree of \
                 FTL files with `--root DIR --source LOCALE`"
            );
            return Err(Failure::Usage);
        }
        let project = load(cli, only)?;
        // The glyph check needs the font book of the style, when the project has one;
        // a broken style or font stops the check as it stops a build.
        let style_path = cli.root.join(crate::project::style::STYLE_PATH);
        let fonts = if fonts && style_path.exists() {
            let loaded =
                crate::project::style::Style::load(&cli.root).and_then(|style| {
                    // Coverage needs no face read whole; the width of running heads needs
                    // the faces of upright text in the checked locales' scripts.
                    let mut book = FontBook::index(&cli.root, &style)?;
                    if faces == Faces::All {
                        // Typesetting the editions may draw from any face.
                        let all: Vec<_> = (0..book.faces().len()).collect();
                        book.load_faces(&cli.root, &all)?;
                        return Ok((book, style));
                    }
                    let mut ids: Vec<_> = project
                        .locales
                        .iter()
                        .flat_map(|l| {
                            let class =
                                crate::lang::ScriptClass::of_script(&l.locale.script);
                            book.stack(class, Default::default()).to_vec()
                        })
                        .collect();
                    ids.sort_unstable();
                    ids.dedup();
                    book.load_faces(&cli.root, &ids)?;
                    Ok((book, style))
                });
            Some(loaded.map_err(|d| {
                print_diags(cli, &project.sources, &d);
                failure_of(&d)
            })?)
        } else {
            None
        };
        return Ok(Loaded::Project(Box::new((project, fonts))));
    };
    Locale::parse(source).map_err(|e| usage_error(&e))?;
    let (dir, display) = tree_dir(cli, source);
    Tree::load(&dir, &display, source, only)
        .map(Loaded::Tree)
        .map_err(|diags| {
            print_diags(cli, &Sources::default(), &diags);
            failure_of(&diags)
        })
}

/// The directory holding a bare tree's locale directories, and how it is shown: the
/// root, or its `locales/` when it has one and no `<source>/` directory.
fn tree_dir(cli: &Cli, source: &str) -> (PathBuf, PathBuf) {
    let nested = cli.root.join(crate::project::LOCALES_DIR);
    if !cli.root.join(source).is_dir() && nested.is_dir() {
        (nested, PathBuf::from(crate::project::LOCALES_DIR))
    } else {
        (cli.root.clone(), PathBuf::new())
    }
}

pub(super) fn check_cmd(cli: &Cli, args: &CheckArgs) -> CmdResult {
    let named = canonical_tags(&args.locale)?;
    // A project configuration names the locales to check, unless --locale does.
    let config = match &args.l10n_toml {
        None => None,
        Some(path) => {
            let base = tree_dir(cli, args.tree.source.as_deref().unwrap_or_default()).0;
            // The configuration is an input of the tree: inside --root, as every file
            // it includes.
            let config = check::l10n_toml::L10nConfig::load(&cli.root, path, &base)
                .map_err(|d| {
                    print_diags(cli, &Sources::default(), std::slice::from_ref(&d));
                    failure_of(std::slice::from_ref(&d))
                })?;
            Some(config)
        }
    };
    let (config, config_warnings) = match config {
        Some(w) => (Some(w.output), w.warnings),
        None => (None, Vec::new()),
    };
    let mut locales = named;
    if let (Some(config), true) = (&config, locales.is_empty()) {
        locales = config.locales();
        if locales.is_empty() {
            return Err(usage_error(
                "the project configuration names no locale: pass --locale",
            ));
        }
    }
    // Checking some locales needs only those and the source; none named checks all.
    let only = (!locales.is_empty()).then_some(locales.as_slice());
    let faces = if args.layout {
        Faces::All
    } else {
        Faces::Upright
    };
    let loaded = load_locales(cli, &args.tree, only, faces)?;
    let mut input = loaded.input();
    input.config = config.as_ref();
    input.plural_rules = match args.plural_rules {
        PluralRulesArg::Cldr => check::plurals::PluralRules::Cldr,
        PluralRulesArg::Gecko => check::plurals::PluralRules::Gecko,
    };
    for tag in &locales {
        if !input.locales.iter().any(|l| &l.locale.tag == tag) {
            let mut message = format!("no locale `{tag}` to check");
            if args.locale.is_empty() {
                message.push_str(
                    " (the project configuration names it; pass --locale for the \
                     locales the tree has)",
                );
            }
            return Err(usage_error(&message));
        }
    }
    let mut report = check::check(&input, &locales);
    report.diagnostics.splice(0..0, config_warnings);
    if args.layout {
        layout_check(cli, &loaded, &mut report)?;
    }
    let text = match args.format {
        CheckFormat::Json => check::output::json(&report, input.sources),
        CheckFormat::Sarif => check::output::sarif(&report, input.sources),
        CheckFormat::Human => {
            check::output::human(&report, input.sources, cli.diagnostic_format)
        }
    };
    emit(&format!("{}\n", text.trim_end()))?;
    let result = if report.has_errors() {
        Err(failure_of(&report.diagnostics))
    } else if args.strict && report.has_warnings() {
        Err(Failure::Content)
    } else {
        Ok(())
    };
    // The process ends now: freeing a Firefox-sized tree's syntax trees one allocation
    // at a time would cost more than a tenth of the check, for nothing.
    std::mem::forget(report);
    std::mem::forget(loaded);
    result
}

/// `check --layout`: typesets the checked locales' PDF editions and adds what their
/// pages show to `report` ([`check::layout::check_layout`]).
fn layout_check(
    cli: &Cli,
    loaded: &Loaded,
    report: &mut check::CheckReport,
) -> CmdResult {
    let Loaded::Project(p) = loaded else {
        return Err(usage_error(
            "--layout typesets a silkpress project's editions: it cannot be used with --source",
        ));
    };
    let (project, fonts) = (&p.0, &p.1);
    let Some((book, style)) = fonts else {
        tell!(
            "error: --layout needs the project's {}",
            crate::project::style::STYLE_PATH
        );
        return Err(Failure::Usage);
    };
    let _ = cli;
    let tags: Vec<String> = report.summaries.iter().map(|s| s.locale.clone()).collect();
    let found = check::layout::check_layout(project, style, book, &tags);
    check::merge_layout(&loaded.input(), report, found);
    Ok(())
}

/// The errors met while loading that concern the locales `tags` (all when `None`) or
/// no locale and left a file unread: unreadable, refused, not UTF-8 (syntax errors are
/// each command's own to report). A command that rewrites or reports on those locales
/// must not act as if such a file were absent, and must not exit 0 after skipping it.
pub(super) fn load_errors(
    input: &check::Input,
    tags: Option<&[&str]>,
) -> Vec<Diagnostic> {
    use crate::diag::Code;
    input
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .filter(|d| d.code.leaves_file_unread() || d.code == Code::BadLocale)
        .filter(|d| match (&d.locale, tags) {
            (None, _) | (_, None) => true,
            (Some(l), Some(tags)) => tags.contains(&l.as_str()),
        })
        .cloned()
        .collect()
}

pub(super) fn locales(cli: &Cli) -> CmdResult {
    let project = load(cli, None)?;
    let input = check::Input::project(&project, None);
    let skipped = load_errors(&input, None);
    print_diags(cli, &project.sources, &skipped);
    let report = check::check(&input, &[]);
    let mut table = format!(
        "{:<8} {:<6} {:<4} {:>8}\n",
        "locale", "script", "dir", "coverage"
    );
    for s in &report.summaries {
        table.push_str(&format!(
            "{:<8} {:<6} {:<4} {:>7.1}%\n",
            s.locale,
            s.script,
            s.direction,
            s.percent()
        ));
    }
    emit(&table)?;
    if skipped.is_empty() {
        Ok(())
    } else {
        Err(failure_of(&skipped))
    }
}

/// Where a translator's file may be rewritten: a regular file (or a new one) whose
/// final target, links resolved, lies inside `root` (the project, or the tree of FTL
/// files, from which it was read). A symbolic link inside it is written through and
/// stays a link; one out of it, or a FIFO or device, is refused.
fn writable(root: &Path, path: &Path) -> Result<PathBuf, String> {
    let target = match output::target(path).map_err(|e| e.to_string())? {
        output::Target::File(p) => p,
        _ => return Err("it is not a regular file".into()),
    };
    // The target, or the folders still to be made for it, resolved from the nearest
    // folder that exists.
    let mut existing = target.as_path();
    let mut rest = Vec::new();
    let resolved = loop {
        match std::fs::canonicalize(existing) {
            Ok(p) => break rest.iter().rev().fold(p, |p, c| p.join(c)),
            Err(_) => {
                rest.push(existing.file_name().unwrap_or_default().to_os_string());
                match existing.parent() {
                    Some(p) if !p.as_os_str().is_empty() => existing = p,
                    _ => existing = Path::new("."),
                }
            }
        }
    };
    let root = std::fs::canonicalize(root).map_err(|e| e.to_string())?;
    if !resolved.starts_with(&root) {
        return Err(format!(
            "it leads out of {}, to {}; silkpress writes only inside it",
            root.display(),
            resolved.display()
        ));
    }
    Ok(target)
}

/// Writes files atomically inside `root` ([`writable`]), printing each; a failure is a
/// usage (IO) failure, and no file after it is written.
fn write_all(root: &Path, files: &[(PathBuf, String)]) -> CmdResult {
    for (path, _) in files {
        if let Err(why) = writable(root, path) {
            tell!("error: refused to write {} ({why})", path.display());
            tell!("error: nothing was written");
            return Err(Failure::Usage);
        }
    }
    for (path, text) in files {
        let written =
            output::write(path, text.as_bytes()).map_err(|e| write_failed(path, &e))?;
        say!("{}", written.status(path));
    }
    Ok(())
}

pub(super) fn fmt_cmd(cli: &Cli, args: &FmtArgs) -> CmdResult {
    let locales = canonical_tags(&args.locale)?;
    let only = (!locales.is_empty()).then_some(locales.as_slice());
    let loaded = load_locales(cli, &args.tree, only, Faces::None)?;
    let input = loaded.input();
    let mut changed = Vec::new();
    // A file that was not read or not parsed is left as it is, and reported.
    let tags: Vec<&str> = locales.iter().map(String::as_str).collect();
    let mut errors = load_errors(&input, only.map(|_| tags.as_slice()));
    for data in input.locales {
        if !locales.is_empty() && !locales.contains(&data.locale.tag) {
            continue;
        }
        let (c, e) = l10n::fmt::fmt(input.sources, data);
        changed.extend(c);
        errors.extend(e);
    }
    print_diags(cli, input.sources, &errors);
    if args.check {
        for f in &changed {
            say!("not formatted: {}", f.display.display());
        }
        return if errors.is_empty() && changed.is_empty() {
            Ok(())
        } else if errors.is_empty() {
            Err(Failure::Content)
        } else {
            Err(failure_of(&errors))
        };
    }
    let files: Vec<(PathBuf, String)> =
        changed.into_iter().map(|f| (f.path, f.text)).collect();
    write_all(&loaded.root(), &files)?;
    if errors.is_empty() {
        Ok(())
    } else {
        Err(failure_of(&errors))
    }
}

pub(super) fn sync_cmd(cli: &Cli, args: &SyncArgs, create: bool) -> CmdResult {
    let locale = canonical_locale(&args.locale)?;
    // The locale and the source are all sync reads.
    let only = std::slice::from_ref(&locale.tag);
    let loaded = load_locales(cli, &args.tree, Some(only), Faces::None)?;
    let input = loaded.input();
    let source = &input.locales[input.source];
    if locale.tag == source.locale.tag {
        return Err(usage_error(&format!(
            "`{}` is the source locale; sync a translation",
            locale.tag
        )));
    }
    let target = input.locales.iter().find(|l| l.locale.tag == locale.tag);
    match (create, target) {
        (true, Some(_)) => {
            return Err(usage_error(&format!(
                "locale `{}` exists already; use `silkpress sync {}`",
                locale.tag, locale.tag
            )))
        }
        (false, None) => {
            tell!("error: no locale `{}` to sync", locale.tag);
            tell!("hint: create it with `silkpress new-locale {}`", locale.tag);
            return Err(Failure::Usage);
        }
        _ => {}
    }
    // A file of the locale or the source that was not read (invalid UTF-8, refused,
    // unreadable) would look missing, and be replaced by an empty scaffold.
    let skipped = load_errors(&input, Some(&[&locale.tag, &source.locale.tag]));
    if !skipped.is_empty() {
        print_diags(cli, input.sources, &skipped);
        tell!("error: nothing was written: fix the files above first");
        return Err(failure_of(&skipped));
    }
    // The locale's own folder, however it is spelt (`ru-ru` is `ru-RU`).
    let folder = target
        .and_then(|t| t.dir.file_name())
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| locale.tag.clone());
    let dir = loaded.dir().join(&folder);
    let display = input.display.join(&folder);
    let out = l10n::sync::sync(input.sources, source, target, &locale, &dir, &display)
        .map_err(|errors| {
            print_diags(cli, input.sources, &errors);
            failure_of(&errors)
        })?;
    if create {
        std::fs::create_dir_all(&dir).map_err(|e| {
            tell!("error: failed to create {} ({e})", dir.display());
            Failure::Usage
        })?;
    }
    write_all(&loaded.root(), &out.files)?;
    say!(
        "{}: {} missing message(s) and term(s) as commented copies, {} marked obsolete, {} marked stale, {} file(s) created",
        locale.tag,
        out.missing,
        out.obsolete,
        out.stale,
        out.created.len()
    );
    // A translator may start on a language the editions cannot set yet; say so now,
    // not at the first build.
    // (Only a project's locales are typeset; a bare tree of FTL files has no editions.)
    if create && matches!(loaded, Loaded::Project(_)) {
        if let Err(e) = crate::lang::profile(&locale) {
            tell!(
                "warning: {e}; its translation can be written, but no edition of it can be \
                 built, and `check` reports it as an error, until silkpress supports the script"
            );
        }
    }
    Ok(())
}

pub(super) fn pseudo_cmd(cli: &Cli, args: &PseudoArgs) -> CmdResult {
    // The source, and the pseudo-locale's own files to remove those gone from it.
    let tag = args.strategy.tag();
    let only = [tag.to_string()];
    let loaded = load_locales(cli, &args.tree, Some(&only), Faces::None)?;
    let input = loaded.input();
    let source = &input.locales[input.source];
    let skipped = load_errors(&input, Some(&[tag, &source.locale.tag]));
    if !skipped.is_empty() {
        print_diags(cli, input.sources, &skipped);
        tell!("error: nothing was written: fix the files above first");
        return Err(failure_of(&skipped));
    }
    let files =
        l10n::pseudo::pseudo(input.sources, source, args.strategy).map_err(|errors| {
            print_diags(cli, input.sources, &errors);
            failure_of(&errors)
        })?;
    let dir = loaded.dir().join(tag);
    let old = input.locales.iter().find(|l| l.locale.tag == tag);
    // Only what `pseudo` generated is replaced or removed: a file written by hand in
    // the pseudo-locale's folder is a person's work.
    let generated = |rel: &str| {
        old.and_then(|l| l.files.iter().find(|f| f.rel == rel))
            .is_none_or(|f| l10n::pseudo::is_generated(input.sources.text(f.file)))
    };
    let hand_written: Vec<&String> = files
        .iter()
        .map(|(rel, _)| rel)
        .filter(|rel| !generated(rel))
        .collect();
    if !hand_written.is_empty() {
        for rel in &hand_written {
            tell!(
                "error: {} was not generated by `silkpress pseudo`; not replaced",
                input.display.join(tag).join(rel).display()
            );
        }
        tell!(
            "hint: move it out of {}: the pseudo-locale's folder is generated",
            input.display.join(tag).display()
        );
        return Err(Failure::Usage);
    }
    let mut stale = Vec::new();
    let mut kept = Vec::new();
    if let Some(old) = old {
        for f in &old.files {
            if !files.iter().any(|(rel, _)| *rel == f.rel) {
                if l10n::pseudo::is_generated(input.sources.text(f.file)) {
                    stale.push(dir.join(&f.rel));
                } else {
                    kept.push(input.display.join(tag).join(&f.rel));
                }
            }
        }
    }
    let files: Vec<(PathBuf, String)> = files
        .into_iter()
        .map(|(rel, text)| (dir.join(rel), text))
        .collect();
    // Removed files are checked as written ones: inside the locales, no link out.
    for path in &stale {
        if let Err(why) = writable(&loaded.root(), path) {
            tell!("error: refused to remove {} ({why})", path.display());
            return Err(Failure::Usage);
        }
    }
    write_all(&loaded.root(), &files)?;
    for path in &stale {
        // A link is removed, never what it names.
        if let Err(e) = std::fs::remove_file(path) {
            tell!("error: failed to remove {} ({e})", path.display());
            return Err(Failure::Usage);
        }
        say!("removed {}", path.display());
    }
    for path in &kept {
        tell!(
            "warning: {} was not generated by `silkpress pseudo`; left as it is",
            path.display()
        );
    }
    Ok(())
}
