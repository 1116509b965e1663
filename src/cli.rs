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
use crate::project::Project;
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
}

/// Output format of `check`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Diagnostics and a coverage table.
    #[default]
    Human,
    /// The JSON schema documented in the README.
    Json,
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
    /// Fail on warnings too.
    #[arg(long)]
    pub strict: bool,
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
    for report in &reports {
        let tag = &report.locale.tag;
        for &format in &formats {
            let path = args.output.clone().unwrap_or_else(|| {
                PathBuf::from("out").join(format!("report.{tag}.{}", format.extension()))
            });
            let bytes = match format {
                Format::Html => {
                    let Some(h) = &html else { continue };
                    match h.page(&project, report) {
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
                    eprintln!(
                        "error: PDF output is not implemented yet (the typesetting engine is \
                         being built); use --format html"
                    );
                    failure = Some(Failure::Usage);
                    continue;
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
        let summaries = check::check(project, &[]).summaries;
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

fn check_cmd(cli: &Cli, args: &CheckArgs) -> CmdResult {
    for tag in &args.locale {
        Locale::parse(tag).map_err(|e| usage_error(&e))?;
    }
    let project = load(cli)?;
    for tag in &args.locale {
        if project.locale(tag).is_none() {
            return Err(usage_error(&format!("no locale `{tag}` in locales/")));
        }
    }
    let report = check::check(&project, &args.locale);
    match args.format {
        CheckFormat::Json => println!("{}", check::to_json(&report, &project.sources)),
        CheckFormat::Human => {
            print_diags(cli, &project.sources, &report.diagnostics);
            let mut out = std::io::stdout().lock();
            let _ = writeln!(
                out,
                "{:<8} {:>10} {:>7} {:>8} {:>9} {:>7} {:>9}",
                "locale", "translated", "%", "missing", "obsolete", "errors", "warnings"
            );
            for s in &report.summaries {
                let _ = writeln!(
                    out,
                    "{:<8} {:>10} {:>6.1}% {:>8} {:>9} {:>7} {:>9}",
                    s.locale,
                    format!("{}/{}", s.translated, s.total),
                    s.percent(),
                    s.missing,
                    s.obsolete,
                    s.errors,
                    s.warnings
                );
            }
        }
    }
    let errors = report.diagnostics.iter().any(|d| d.is_error());
    let warnings = report.diagnostics.iter().any(|d| !d.is_error());
    if errors || (args.strict && warnings) {
        Err(Failure::Content)
    } else {
        Ok(())
    }
}

fn locales(cli: &Cli) -> CmdResult {
    let project = load(cli)?;
    let report = check::check(&project, &[]);
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
