//! The command line: parse arguments, run a command, print diagnostics, write files.
//! The only module that prints or writes output files.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::diag::DiagResult;
use crate::diag::{self, Diagnostic, DiagnosticFormat, Sources};
use crate::l10n::{self, check, Locale};
use crate::layout;
use crate::project::{Project, Tree};
use crate::render::html::{self, HtmlOptions, IndexEntry, Sibling, Templates};
use crate::render::webfont::{self, FontSet, FontSpec};
use crate::render::Format;

/// silkpress: publish a Fluent-localised report as PDF or HTML.
#[derive(Parser, Debug)]
#[command(name = "silkpress", version, about, max_term_width = 100)]
pub struct Cli {
    /// Project root (holding templates/ and locales/).
    #[arg(long, global = true, default_value = ".")]
    pub root: PathBuf,
    /// How diagnostics are printed.
    #[arg(long, global = true, value_enum, default_value_t)]
    pub diagnostic_format: DiagnosticFormat,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Build the report for one or more locales.
    Build(BuildArgs),
    /// Check translations against the source locale.
    Check(CheckArgs),
    /// List the locales with script, direction and coverage.
    Locales,
    /// Normalise FTL formatting (fluent-syntax's serializer; comments and order kept).
    Fmt(FmtArgs),
    /// Add a locale's missing messages as commented copies of the source, mark obsolete
    /// ones and refresh its fingerprints (for stale-translation checks).
    Sync(SyncArgs),
    /// Create a locale: files mirroring the source with a header and commented copies.
    NewLocale(SyncArgs),
    /// Generate a pseudo-locale from the source (`accented` → en-XA, `bidi` → ar-XB).
    Pseudo(PseudoArgs),
}

/// `silkpress fmt`.
#[derive(Args, Debug)]
pub struct FmtArgs {
    /// Only report files that are not formatted (exit 1 if any); write nothing.
    #[arg(long)]
    pub check: bool,
    /// Only these locales (repeatable); default every locale.
    #[arg(long, short)]
    pub locale: Vec<String>,
    /// The locales to format.
    #[command(flatten)]
    pub tree: TreeArgs,
}

/// `silkpress sync` and `silkpress new-locale`.
#[derive(Args, Debug)]
pub struct SyncArgs {
    /// The locale (BCP 47 tag).
    pub locale: String,
    /// The locales.
    #[command(flatten)]
    pub tree: TreeArgs,
}

/// `silkpress pseudo`.
#[derive(Args, Debug)]
pub struct PseudoArgs {
    /// Which pseudo-locale.
    #[arg(value_enum)]
    pub strategy: l10n::pseudo::Strategy,
    /// The source locale.
    #[command(flatten)]
    pub tree: TreeArgs,
}

/// `silkpress build`.
#[derive(Args, Debug)]
pub struct BuildArgs {
    /// Locale(s) to build (repeatable).
    #[arg(long, short, required_unless_present = "all")]
    pub locale: Vec<String>,
    /// Build every locale.
    #[arg(long, conflicts_with = "locale")]
    pub all: bool,
    /// Output format(s) (repeatable).
    #[arg(long, short, value_enum, required = true)]
    pub format: Vec<Format>,
    /// Output path (one locale and one format only); default out/report.<locale>.<ext>.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// PDF standard to produce and validate (PDF/A needs a-2b, a-2u or a-2a).
    #[arg(long, value_enum, default_value_t)]
    pub pdf_standard: crate::render::pdf::PdfStandard,
}

/// Output format of `check`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Diagnostics grouped by locale and file, and a coverage table.
    #[default]
    Human,
    /// The JSON schema documented in the README (docs/check.schema.json).
    Json,
    /// SARIF 2.1.0, for code hosts to annotate lines.
    Sarif,
}

/// Which locales a translator command works on.
#[derive(Args, Debug)]
pub struct TreeArgs {
    /// Work on a bare tree of FTL files laid out as `<root>/<locale>/**/*.ftl` (Firefox's
    /// l10n layout) whose source locale is this, instead of a silkpress project.
    #[arg(long, value_name = "LOCALE")]
    pub source: Option<String>,
}

/// `silkpress check`.
#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Only these locales (repeatable).
    #[arg(long, short)]
    pub locale: Vec<String>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t)]
    pub format: CheckFormat,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    pub strict: bool,
    /// The locales to check.
    #[command(flatten)]
    pub tree: TreeArgs,
}

/// How a command failed.
enum Failure {
    /// Content errors (exit 1).
    Content,
    /// Usage or IO errors (exit 2).
    Usage,
}

type CmdResult = Result<(), Failure>;

/// Runs the parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let result = match &cli.command {
        Command::Build(args) => build(&cli, args),
        Command::Check(args) => check_cmd(&cli, args),
        Command::Locales => locales(&cli),
        Command::Fmt(args) => fmt_cmd(&cli, args),
        Command::Sync(args) => sync_cmd(&cli, args, false),
        Command::NewLocale(args) => sync_cmd(&cli, args, true),
        Command::Pseudo(args) => pseudo_cmd(&cli, args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Content) => ExitCode::from(1),
        Err(Failure::Usage) => ExitCode::from(2),
    }
}

fn print_diags(cli: &Cli, sources: &Sources, diags: &[Diagnostic]) {
    let stderr = std::io::stderr();
    let mut lock = stderr.lock();
    diag::emit(&mut lock, sources, diags, cli.diagnostic_format);
}

/// Exit class of a set of errors: IO problems are usage failures, the rest content.
fn failure_of(diags: &[Diagnostic]) -> Failure {
    if diags
        .iter()
        .any(|d| d.is_error() && matches!(d.code, "io-error" | "unknown-locale"))
    {
        Failure::Usage
    } else {
        Failure::Content
    }
}

fn load(cli: &Cli) -> Result<Project, Failure> {
    Project::load(&cli.root).map_err(|diags| {
        print_diags(cli, &Sources::default(), &diags);
        failure_of(&diags)
    })
}

fn usage_error(message: &str) -> Failure {
    eprintln!("error: {message}");
    Failure::Usage
}

/// Writes `bytes` to `path` atomically: a temporary file beside it, then a rename, so a
/// failed build never leaves a half-written output.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
    let result = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

fn build(cli: &Cli, args: &BuildArgs) -> CmdResult {
    for tag in &args.locale {
        Locale::parse(tag).map_err(|e| usage_error(&e))?;
    }
    let project = load(cli)?;
    let tags: Vec<String> = if args.all {
        project
            .locales
            .iter()
            .map(|l| l.locale.tag.clone())
            .collect()
    } else {
        args.locale.clone()
    };
    let mut formats = args.format.clone();
    formats.sort();
    formats.dedup();
    if args.output.is_some() && (tags.len() != 1 || formats.len() != 1) {
        return Err(usage_error(
            "-o/--output needs exactly one locale and one format",
        ));
    }
    // Resolve every locale first: the HTML language switcher names each edition built.
    let mut failure = None;
    let mut reports = Vec::new();
    for tag in &tags {
        match l10n::resolve(&project, tag) {
            Ok(w) => {
                print_diags(cli, &project.sources, &w.warnings);
                reports.push(w.output);
            }
            Err(errors) => {
                print_diags(cli, &project.sources, &errors);
                eprintln!("error: the {tag} edition was not built");
                failure = Some(failure_of(&errors));
            }
        }
    }
    let html = if formats.contains(&Format::Html) && !reports.is_empty() {
        match HtmlBuild::prepare(cli, &project, &reports, args.output.is_none()) {
            Ok(h) => Some(h),
            Err(f) => return Err(f),
        }
    } else {
        None
    };
    // The PDF style and fonts are shared by every locale of the build.
    let pdf_setup = if formats.contains(&Format::Pdf) && !reports.is_empty() {
        match load_pdf_setup(&project.root) {
            Ok(s) => Some(s),
            Err(diags) => {
                print_diags(cli, &project.sources, &diags);
                return Err(Failure::Usage);
            }
        }
    } else {
        None
    };
    // HTML pages are independent: render them on every core, write them in order below.
    let mut html_pages: Vec<Option<DiagResult<String>>> = match &html {
        Some(h) => crate::par::map(&reports, |r| Some(h.page(&project, r))),
        None => reports.iter().map(|_| None).collect(),
    };
    for (i, report) in reports.iter().enumerate() {
        let tag = &report.locale.tag;
        for &format in &formats {
            let path = args.output.clone().unwrap_or_else(|| {
                PathBuf::from("out").join(format!("report.{tag}.{}", format.extension()))
            });
            let bytes = match format {
                Format::Html => {
                    let Some(page) = html_pages[i].take() else {
                        continue;
                    };
                    match page {
                        Ok(s) => s.into_bytes(),
                        Err(errors) => {
                            print_diags(cli, &project.sources, &errors);
                            eprintln!("error: the {tag} HTML edition was not built");
                            failure = Some(failure_of(&errors));
                            continue;
                        }
                    }
                }
                Format::Pdf => {
                    let Some((style, book)) = &pdf_setup else {
                        continue;
                    };
                    match build_pdf(&project, report, style, book, args.pdf_standard) {
                        Ok(w) => {
                            print_diags(cli, &project.sources, &w.warnings);
                            w.output
                        }
                        Err(errors) => {
                            print_diags(cli, &project.sources, &errors);
                            eprintln!("error: the {tag} PDF edition was not built");
                            failure = Some(
                                if errors.iter().any(|d| {
                                    matches!(
                                        d.code,
                                        "font-missing" | "font-unreadable" | "io-error"
                                    )
                                }) {
                                    Failure::Usage
                                } else {
                                    Failure::Content
                                },
                            );
                            continue;
                        }
                    }
                }
            };
            if let Err(e) = write_atomic(&path, &bytes) {
                eprintln!("error: failed to write {} ({e})", path.display());
                failure = Some(Failure::Usage);
                continue;
            }
            println!("wrote {}", path.display());
        }
    }
    // `--all --format html` also writes the index of every edition with its coverage.
    if let (Some(h), true) = (&html, args.all) {
        match h.index(&project, &reports) {
            Ok(Some(text)) => {
                let path = PathBuf::from("out").join("index.html");
                if let Err(e) = write_atomic(&path, text.as_bytes()) {
                    eprintln!("error: failed to write {} ({e})", path.display());
                    failure = Some(Failure::Usage);
                } else {
                    println!("wrote {}", path.display());
                }
            }
            Ok(None) => {}
            Err(errors) => {
                print_diags(cli, &project.sources, &errors);
                eprintln!("error: out/index.html was not written");
                failure = Some(failure_of(&errors));
            }
        }
    }
    failure.map_or(Ok(()), Err)
}

// ---- PDF ----------------------------------------------------------------------------

/// Reads the PDF style and prepares the font book.
fn load_pdf_setup(
    root: &Path,
) -> Result<(layout::Style, layout::FontBook), Vec<Diagnostic>> {
    let style = layout::Style::load(root)?;
    let book = layout::FontBook::new(root, &style)?;
    Ok((style, book))
}

/// The creation date of PDFs: `SOURCE_DATE_EPOCH` when set (reproducible-builds.org),
/// else a fixed date, so that two builds of the same input are byte-identical.
fn source_date_epoch() -> i64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(crate::render::pdf::DEFAULT_EPOCH)
}

/// Lays out and writes one locale's PDF. Diagnostics without a position that name a
/// message get the message's position in its `.ftl` file.
fn build_pdf(
    project: &Project,
    report: &l10n::Report,
    style: &layout::Style,
    book: &layout::FontBook,
    standard: crate::render::pdf::PdfStandard,
) -> DiagResult<diag::Warned<Vec<u8>>> {
    let locate = |mut d: Diagnostic| {
        if d.span.is_none() {
            if let (Some(id), Some(loc)) = (&d.id, &d.locale) {
                if let Some((f, e)) = project.locale(loc).and_then(|l| l.find(id, false))
                {
                    d.span = Some(diag::Span::new(f.file, e.span.clone()));
                }
            }
        }
        d
    };
    let laid = layout::layout(report, style, book)
        .map_err(|ds| ds.into_iter().map(locate).collect::<Vec<_>>())?;
    let opts = crate::render::pdf::PdfOptions {
        standard,
        created: source_date_epoch(),
    };
    let bytes = crate::render::pdf::pdf(&laid.output, book, &opts)?;
    Ok(diag::Warned {
        output: bytes,
        warnings: laid.warnings.into_iter().map(locate).collect(),
    })
}

// ---- HTML ---------------------------------------------------------------------------

/// What every HTML page of one `build` shares: templates, fonts, and the language
/// switcher's entries.
struct HtmlBuild {
    templates: Templates,
    fonts: FontSet,
    siblings: Vec<Sibling>,
}

/// The file name of a locale's HTML edition.
fn html_file_name(tag: &str) -> String {
    format!("report.{tag}.html")
}

impl HtmlBuild {
    /// Reads the templates and fonts, and lists the editions for the switcher (none when
    /// writing to a chosen `-o` path, whose siblings are not known).
    fn prepare(
        cli: &Cli,
        project: &Project,
        reports: &[l10n::Report],
        with_siblings: bool,
    ) -> Result<HtmlBuild, Failure> {
        let read = |rel: &str| {
            std::fs::read_to_string(project.root.join(rel)).map_err(|e| {
                vec![
                    Diagnostic::error("io-error", format!("failed to read {rel} ({e})"))
                        .in_file(rel),
                ]
            })
        };
        let fail = |diags: Vec<Diagnostic>| {
            print_diags(cli, &project.sources, &diags);
            failure_of(&diags)
        };
        let templates = Templates {
            report: read(html::TEMPLATE_PATH).map_err(fail)?,
            index: read(html::INDEX_TEMPLATE_PATH).map_err(fail)?,
            css: read(html::CSS_PATH).map_err(fail)?,
        };
        let spec = FontSpec::parse(&read(webfont::STYLE_PATH).map_err(fail)?)
            .map_err(|d| fail(vec![d]))?;
        let mut files = BTreeMap::new();
        for path in spec.faces.values() {
            let bytes = std::fs::read(project.root.join(path)).map_err(|e| {
                fail(vec![Diagnostic::error(
                    "io-error",
                    format!("failed to read font {path} ({e})"),
                )
                .in_file(path.as_str())
                .hint(format!("{} names it in [faces]", webfont::STYLE_PATH))])
            })?;
            files.insert(path.clone(), Arc::new(bytes));
        }
        let fonts = FontSet::load(&spec, &files).map_err(fail)?;
        let siblings = if with_siblings && reports.len() > 1 {
            reports
                .iter()
                .map(|r| Sibling {
                    tag: r.locale.tag.clone(),
                    dir: r.locale.direction.as_str(),
                    name: own_name(project, r),
                    href: html_file_name(&r.locale.tag),
                })
                .collect()
        } else {
            Vec::new()
        };
        Ok(HtmlBuild {
            templates,
            fonts,
            siblings,
        })
    }

    /// One locale's page.
    fn page(&self, project: &Project, report: &l10n::Report) -> DiagResult<String> {
        let options = HtmlOptions {
            templates: &self.templates,
            siblings: &self.siblings,
            source: &project.source_locale().locale,
            fonts: Some(&self.fonts),
        };
        html::html(report, &options)
    }

    /// The index of the editions built, with each locale's coverage; `None` when the
    /// source locale was not among them (its words label the index).
    fn index(
        &self,
        project: &Project,
        reports: &[l10n::Report],
    ) -> DiagResult<Option<String>> {
        let source_tag = &project.source_locale().locale.tag;
        let Some(source) = reports.iter().find(|r| &r.locale.tag == source_tag) else {
            return Ok(None);
        };
        let summaries =
            check::check(&check::Input::project(project, None), &[]).summaries;
        let entries: Vec<IndexEntry> = reports
            .iter()
            .filter_map(|r| {
                let s = summaries.iter().find(|s| s.locale == r.locale.tag)?;
                Some(IndexEntry {
                    tag: r.locale.tag.clone(),
                    dir: r.locale.direction.as_str(),
                    name: own_name(project, r),
                    href: html_file_name(&r.locale.tag),
                    translated: s.translated,
                    total: s.total,
                    percent: (s.translated * 100).checked_div(s.total).unwrap_or(100)
                        as u32,
                })
            })
            .collect();
        html::index(source, &entries, &self.templates, Some(&self.fonts)).map(Some)
    }
}

/// A locale's name in its own language; its tag when it has not translated
/// `ui-language-name` yet (the source locale's name would be wrong).
fn own_name(project: &Project, report: &l10n::Report) -> String {
    let tag = &report.locale.tag;
    let has_own = project
        .locale(tag)
        .is_some_and(|d| d.find(l10n::resolve::UI_LANGUAGE_NAME, false).is_some());
    if has_own && !report.ui.language_name.trim().is_empty() {
        report.ui.language_name.clone()
    } else {
        tag.clone()
    }
}

/// The locales of a silkpress project, or of a bare FTL tree with `--source`.
enum Loaded {
    /// A silkpress project (structure, locales, fonts).
    Project(Box<Project>, Option<check::Fonts>),
    /// A bare tree of FTL files.
    Tree(Tree),
}

impl Loaded {
    /// The directory holding the locale directories, on disk.
    fn dir(&self) -> PathBuf {
        match self {
            Loaded::Project(p, _) => p.root.join(crate::project::LOCALES_DIR),
            Loaded::Tree(t) => t.dir.clone(),
        }
    }

    fn input(&self) -> check::Input<'_> {
        match self {
            Loaded::Project(p, fonts) => check::Input::project(p, fonts.as_ref()),
            Loaded::Tree(t) => check::Input::tree(t),
        }
    }
}

/// Loads what a translator command works on: with `--source`, the tree at `--root`
/// (or its `locales/` directory, when it has one and no `<source>/` directory).
fn load_locales(cli: &Cli, tree: &TreeArgs, fonts: bool) -> Result<Loaded, Failure> {
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
        let project = load(cli)?;
        let fonts = if fonts {
            check::Fonts::load(&cli.root).map_err(|d| {
                print_diags(cli, &Sources::default(), std::slice::from_ref(&d));
                Failure::Usage
            })?
        } else {
            None
        };
        return Ok(Loaded::Project(Box::new(project), fonts));
    };
    Locale::parse(source).map_err(|e| usage_error(&e))?;
    let nested = cli.root.join(crate::project::LOCALES_DIR);
    let (dir, display) = if !cli.root.join(source).is_dir() && nested.is_dir() {
        (nested, PathBuf::from(crate::project::LOCALES_DIR))
    } else {
        (cli.root.clone(), PathBuf::new())
    };
    Tree::load(&dir, &display, source)
        .map(Loaded::Tree)
        .map_err(|diags| {
            print_diags(cli, &Sources::default(), &diags);
            failure_of(&diags)
        })
}

fn check_cmd(cli: &Cli, args: &CheckArgs) -> CmdResult {
    for tag in &args.locale {
        Locale::parse(tag).map_err(|e| usage_error(&e))?;
    }
    let loaded = load_locales(cli, &args.tree, true)?;
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
    let result = if report
        .diagnostics
        .iter()
        .any(|d| d.is_error() && d.code == "io-error")
    {
        Err(Failure::Usage)
    } else if report.has_errors() || (args.strict && report.has_warnings()) {
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

fn locales(cli: &Cli) -> CmdResult {
    let project = load(cli)?;
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
        if let Err(e) = write_atomic(path, text.as_bytes()) {
            eprintln!("error: failed to write {} ({e})", path.display());
            return Err(Failure::Usage);
        }
        println!("wrote {}", path.display());
    }
    Ok(())
}

fn fmt_cmd(cli: &Cli, args: &FmtArgs) -> CmdResult {
    for tag in &args.locale {
        Locale::parse(tag).map_err(|e| usage_error(&e))?;
    }
    let loaded = load_locales(cli, &args.tree, false)?;
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

fn sync_cmd(cli: &Cli, args: &SyncArgs, create: bool) -> CmdResult {
    let locale = Locale::parse(&args.locale).map_err(|e| usage_error(&e))?;
    let loaded = load_locales(cli, &args.tree, false)?;
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

fn pseudo_cmd(cli: &Cli, args: &PseudoArgs) -> CmdResult {
    let loaded = load_locales(cli, &args.tree, false)?;
    let input = loaded.input();
    let source = &input.locales[input.source];
    let files =
        l10n::pseudo::pseudo(input.sources, source, args.strategy).map_err(|errors| {
            print_diags(cli, input.sources, &errors);
            Failure::Content
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
