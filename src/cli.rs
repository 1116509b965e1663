//! The command line: parse arguments, run a command, print diagnostics, write files.
//! The only module that prints or writes output files.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::diag::{self, Diagnostic, DiagnosticFormat, Sources};
use crate::l10n::{self, check, Locale};
use crate::project::Project;
use crate::render::{self, html::HtmlOptions, Format};

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
    let template_path = project.root.join(render::html::TEMPLATE_PATH);
    let mut failure = None;
    for tag in &tags {
        let report = match l10n::resolve(&project, tag) {
            Ok(w) => {
                print_diags(cli, &project.sources, &w.warnings);
                w.output
            }
            Err(errors) => {
                print_diags(cli, &project.sources, &errors);
                eprintln!("error: the {tag} edition was not built");
                failure = Some(failure_of(&errors));
                continue;
            }
        };
        for &format in &formats {
            let path = args.output.clone().unwrap_or_else(|| {
                PathBuf::from("out").join(format!("report.{tag}.{}", format.extension()))
            });
            let bytes = match format {
                Format::Html => {
                    let template = match std::fs::read_to_string(&template_path) {
                        Ok(t) => t,
                        Err(e) => {
                            eprintln!(
                                "error: failed to read {} ({e})",
                                render::html::TEMPLATE_PATH
                            );
                            failure = Some(Failure::Usage);
                            continue;
                        }
                    };
                    let siblings = Vec::new();
                    match render::html::html(&report, &HtmlOptions { template, siblings })
                    {
                        Ok(s) => s.into_bytes(),
                        Err(e) => {
                            eprintln!("error: {e}");
                            failure = Some(Failure::Content);
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
    failure.map_or(Ok(()), Err)
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
