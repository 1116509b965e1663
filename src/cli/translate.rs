//! The translators' and release managers' commands: check, locales, fmt, sync,
//! new-locale, pseudo.

use std::io::Write;
use std::path::PathBuf;

use super::*;
use crate::check;
use crate::diag::Sources;
use crate::fonts::FontBook;
use crate::l10n;
use crate::lang::Locale;
use crate::project::{Project, Tree};

/// The locales of a silkpress project, or of a bare FTL tree with `--source`.
enum Loaded {
    /// A silkpress project (structure, locales, fonts).
    Project(Box<(Project, Option<FontBook>)>),
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

    fn input(&self) -> check::Input<'_> {
        match self {
            Loaded::Project(p) => check::Input::project(&p.0, p.1.as_ref()),
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
    fonts: bool,
) -> Result<Loaded, Failure> {
    let Some(source) = &tree.source else {
        if !cli.root.join(crate::project::STRUCTURE_PATH).exists() {
            eprintln!(
                "error: {} not found in {}",
                crate::project::STRUCTURE_PATH,
                cli.root.display()
            );
            eprintln!(
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
            let book = crate::project::style::Style::load(&cli.root)
                // Coverage only: no face is read whole.
                .and_then(|style| FontBook::index(&cli.root, &style))
                .map_err(|d| {
                    print_diags(cli, &project.sources, &d);
                    failure_of(&d)
                })?;
            Some(book)
        } else {
            None
        };
        return Ok(Loaded::Project(Box::new((project, fonts))));
    };
    Locale::parse(source).map_err(|e| usage_error(&e))?;
    let nested = cli.root.join(crate::project::LOCALES_DIR);
    let (dir, display) = if !cli.root.join(source).is_dir() && nested.is_dir() {
        (nested, PathBuf::from(crate::project::LOCALES_DIR))
    } else {
        (cli.root.clone(), PathBuf::new())
    };
    Tree::load(&dir, &display, source, only)
        .map(Loaded::Tree)
        .map_err(|diags| {
            print_diags(cli, &Sources::default(), &diags);
            failure_of(&diags)
        })
}

pub(super) fn check_cmd(cli: &Cli, args: &CheckArgs) -> CmdResult {
    for tag in &args.locale {
        Locale::parse(tag).map_err(|e| usage_error(&e))?;
    }
    // Checking some locales needs only those and the source; none named checks all.
    let only = (!args.locale.is_empty()).then_some(args.locale.as_slice());
    let loaded = load_locales(cli, &args.tree, only, true)?;
    let input = loaded.input();
    for tag in &args.locale {
        if !input.locales.iter().any(|l| &l.locale.tag == tag) {
            return Err(usage_error(&format!("no locale `{tag}` to check")));
        }
    }
    let report = check::check(&input, &args.locale);
    let text = match args.format {
        CheckFormat::Json => check::output::json(&report, input.sources),
        CheckFormat::Sarif => check::output::sarif(&report, input.sources),
        CheckFormat::Human => {
            check::output::human(&report, input.sources, cli.diagnostic_format)
        }
    };
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{}", text.trim_end());
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

pub(super) fn locales(cli: &Cli) -> CmdResult {
    let project = load(cli, None)?;
    let report = check::check(&check::Input::project(&project, None), &[]);
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "{:<8} {:<6} {:<4} {:>8}",
        "locale", "script", "dir", "coverage"
    );
    for s in &report.summaries {
        let _ = writeln!(
            out,
            "{:<8} {:<6} {:<4} {:>7.1}%",
            s.locale,
            s.script,
            s.direction,
            s.percent()
        );
    }
    Ok(())
}

/// Writes files atomically, printing each; a failure is a usage (IO) failure.
fn write_all(files: &[(PathBuf, String)]) -> CmdResult {
    for (path, text) in files {
        if let Err(e) = output::write(path, text.as_bytes()) {
            eprintln!("error: failed to write {} ({e})", path.display());
            return Err(Failure::Usage);
        }
        println!("wrote {}", path.display());
    }
    Ok(())
}

pub(super) fn fmt_cmd(cli: &Cli, args: &FmtArgs) -> CmdResult {
    for tag in &args.locale {
        Locale::parse(tag).map_err(|e| usage_error(&e))?;
    }
    let only = (!args.locale.is_empty()).then_some(args.locale.as_slice());
    let loaded = load_locales(cli, &args.tree, only, false)?;
    let input = loaded.input();
    let mut changed = Vec::new();
    let mut errors = Vec::new();
    for data in input.locales {
        if !args.locale.is_empty() && !args.locale.contains(&data.locale.tag) {
            continue;
        }
        let (c, e) = l10n::fmt::fmt(input.sources, data);
        changed.extend(c);
        errors.extend(e);
    }
    print_diags(cli, input.sources, &errors);
    if args.check {
        for f in &changed {
            println!("not formatted: {}", f.display.display());
        }
        return if changed.is_empty() && errors.is_empty() {
            Ok(())
        } else {
            Err(Failure::Content)
        };
    }
    let files: Vec<(PathBuf, String)> =
        changed.into_iter().map(|f| (f.path, f.text)).collect();
    write_all(&files)?;
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Failure::Content)
    }
}

pub(super) fn sync_cmd(cli: &Cli, args: &SyncArgs, create: bool) -> CmdResult {
    let locale = Locale::parse(&args.locale).map_err(|e| usage_error(&e))?;
    // The locale and the source are all sync reads.
    let only = std::slice::from_ref(&locale.tag);
    let loaded = load_locales(cli, &args.tree, Some(only), false)?;
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
            eprintln!("error: no locale `{}` to sync", locale.tag);
            eprintln!("hint: create it with `silkpress new-locale {}`", locale.tag);
            return Err(Failure::Usage);
        }
        _ => {}
    }
    let dir = loaded.dir().join(&locale.tag);
    let display = input.display.join(&locale.tag);
    let out = l10n::sync::sync(input.sources, source, target, &locale, &dir, &display)
        .map_err(|errors| {
            print_diags(cli, input.sources, &errors);
            failure_of(&errors)
        })?;
    if create {
        std::fs::create_dir_all(&dir).map_err(|e| {
            eprintln!("error: failed to create {} ({e})", dir.display());
            Failure::Usage
        })?;
    }
    write_all(&out.files)?;
    println!(
        "{}: {} missing message(s) and term(s) as commented copies, {} marked obsolete, {} file(s) created",
        locale.tag,
        out.missing,
        out.obsolete,
        out.created.len()
    );
    Ok(())
}

pub(super) fn pseudo_cmd(cli: &Cli, args: &PseudoArgs) -> CmdResult {
    // The source, and the pseudo-locale's own files to remove those gone from it.
    let only = [args.strategy.tag().to_string()];
    let loaded = load_locales(cli, &args.tree, Some(&only), false)?;
    let input = loaded.input();
    let source = &input.locales[input.source];
    let files =
        l10n::pseudo::pseudo(input.sources, source, args.strategy).map_err(|errors| {
            print_diags(cli, input.sources, &errors);
            failure_of(&errors)
        })?;
    let dir = loaded.dir().join(args.strategy.tag());
    // Files of an earlier run whose source file is gone would linger as obsolete.
    if let Some(old) = input
        .locales
        .iter()
        .find(|l| l.locale.tag == args.strategy.tag())
    {
        for f in &old.files {
            if !files.iter().any(|(rel, _)| *rel == f.rel) {
                let _ = std::fs::remove_file(dir.join(&f.rel));
            }
        }
    }
    let files: Vec<(PathBuf, String)> = files
        .into_iter()
        .map(|(rel, text)| (dir.join(rel), text))
        .collect();
    write_all(&files)
}
