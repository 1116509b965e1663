//! The command line: parse arguments, run a command, print diagnostics, write files.
//! The only module that prints or writes output files. Arguments and the shared helpers
//! live here; `build` renders editions, `translate` holds the translators' commands,
//! `hyphenate` shows how words divide, `author` holds the author's commands (init,
//! import, export), `xliff` the XLIFF export and import for CAT tools.

/// `println!` that never panics: a status line on a standard output the reader has
/// closed (`silkpress … | head -1`) or that cannot take it is dropped, and the command's
/// work and exit status stand. Output that is the command's product (a report, JSON,
/// `-o -`) goes through writers that report a failed write instead. Status lines name
/// paths, tags and IDs the user or a file gave: control and bidi characters in them are
/// written escaped ([`crate::diag::escape`]), never as they are.
macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let line = format!($($t)*);
        let _ = writeln!(std::io::stdout().lock(), "{}", $crate::diag::escape(&line));
    }};
}

/// `eprintln!` that never panics (standard error closed or a broken pipe), escaped as
/// [`say!`].
macro_rules! tell {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let line = format!($($t)*);
        let _ = writeln!(std::io::stderr().lock(), "{}", $crate::diag::escape(&line));
    }};
}

mod author;
mod build;
mod hyphenate;
mod output;
mod serve;
mod translate;
mod values;
mod xliff;

pub use output::write_atomic;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::diag::{self, Diagnostic, DiagnosticFormat, ExitClass, Sources};
use crate::l10n::{self};
use crate::project::Project;
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
    /// Print each word with the points where the locale's PDF may divide it, as `-`.
    Hyphenate(HyphenateArgs),
    /// Create a new project in a new (or empty) folder: templates, fonts, UI strings.
    Init(InitArgs),
    /// Write the structure and the source locale's messages from a Markdown document;
    /// again after each revision (IDs stay stable, translations stay attached).
    Import(ImportArgs),
    /// Write a locale's text as Markdown, in the document's structure.
    Export(ExportArgs),
    /// XLIFF for CAT tools: export a locale's translation, import it back.
    Xliff(xliff::XliffArgs),
    /// Edit a locale in the browser: source beside translation, check diagnostics, and
    /// live HTML and PDF previews (a local web app on 127.0.0.1 and ::1 only).
    Serve(ServeArgs),
}

/// `silkpress serve`.
#[derive(Args, Debug)]
pub struct ServeArgs {
    /// The port to listen on (127.0.0.1 and ::1 only); 0 picks a free one.
    #[arg(long, default_value_t = 4747)]
    pub port: u16,
    /// The locale to edit first (the page can switch); default the first translation.
    #[arg(long, short)]
    pub locale: Option<String>,
}

/// `silkpress hyphenate`.
#[derive(Args, Debug)]
pub struct HyphenateArgs {
    /// The locale whose rules divide the words (BCP 47 tag).
    #[arg(long, short)]
    pub locale: String,
    /// The words (each is divided as running text of the locale would be).
    #[arg(required = true)]
    pub words: Vec<String>,
}

/// `silkpress init`.
#[derive(Args, Debug)]
pub struct InitArgs {
    /// The folder to create (it must not exist, or be empty).
    pub dir: PathBuf,
    /// The locale the document is written in (BCP 47 tag).
    #[arg(long, default_value = "en", value_name = "TAG")]
    pub source_locale: String,
}

/// `silkpress import`.
#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The Markdown document (CommonMark).
    pub file: PathBuf,
    /// Print what would change; write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Output format of `export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// CommonMark, as `import` reads it.
    Md,
}

/// `silkpress export`.
#[derive(Args, Debug)]
pub struct ExportArgs {
    /// The locale to export.
    #[arg(long, short)]
    pub locale: String,
    /// Output format.
    #[arg(long, short, value_enum)]
    pub format: ExportFormat,
    /// Output file; default standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
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

/// The plural rules of `check --plural-rules`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum PluralRulesArg {
    /// CLDR's cardinal categories (what fluent-bundle selects with).
    #[default]
    Cldr,
    /// Gecko's (`PluralForm.jsm`), as compare-locales checks them.
    Gecko,
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
    /// Also typeset each checked locale's PDF edition in memory and report what its
    /// pages show (overfull and loose lines, titles that do not fit, headings at a page
    /// foot, widows and orphans, chapters grown against the source, fallback faces),
    /// each against its message and page.
    #[arg(long, conflicts_with = "source")]
    pub layout: bool,
    /// With `--source`: compare-locales' project configuration (paths each locale
    /// owns, filters, includes), applied as compare-locales applies it; its `locales`
    /// are checked unless `--locale` names some.
    #[arg(long, value_name = "PATH", requires = "source")]
    pub l10n_toml: Option<PathBuf>,
    /// Whose plural rules plural selects must cover: CLDR's, or Gecko's (Firefox's
    /// convention, as compare-locales checks: Russian `[one] [few] *[many]` is complete).
    #[arg(long, value_enum, default_value_t)]
    pub plural_rules: PluralRulesArg,
    /// The locales to check.
    #[command(flatten)]
    pub tree: TreeArgs,
}

/// How a command failed. Ordered by weight: a command that fails several ways reports
/// the heaviest ([`Failure::worst`]), so a usage error is never hidden by a content
/// error that came after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Failure {
    /// Content errors (exit 1).
    Content,
    /// Usage, configuration, IO or internal errors (exit 2).
    Usage,
}

impl Failure {
    /// The heavier of an earlier failure (if any) and a new one.
    pub(super) fn worst(earlier: Option<Failure>, new: Failure) -> Option<Failure> {
        Some(earlier.map_or(new, |e| e.max(new)))
    }
}

pub(super) type CmdResult = Result<(), Failure>;

/// Writes a command's product (a report, JSON, a table, Markdown) to standard output. A
/// reader that stopped early (`| head`) is not an error; any other failed write (a full
/// disk) is, so that a CI job never takes a truncated report with exit 0 for the whole.
pub(super) fn emit(text: &str) -> CmdResult {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => {
            tell!("error: failed to write to standard output ({e}); the output is incomplete");
            Err(Failure::Usage)
        }
    }
}

/// Says that writing `path` failed (standard output, `-`, by that name, with what it
/// means for the output: some of it may have gone out); the failure is a usage one.
pub(super) fn write_failed(path: &Path, e: &std::io::Error) -> Failure {
    if path.as_os_str() == "-" {
        tell!(
            "error: failed to write to standard output ({e}); the output is incomplete"
        );
    } else {
        tell!("error: failed to write {} ({e})", path.display());
    }
    Failure::Usage
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let result = match &cli.command {
        Command::Build(args) => build::build(&cli, args),
        Command::Check(args) => translate::check_cmd(&cli, args),
        Command::Locales => translate::locales(&cli),
        Command::Fmt(args) => translate::fmt_cmd(&cli, args),
        Command::Sync(args) => translate::sync_cmd(&cli, args, false),
        Command::NewLocale(args) => translate::sync_cmd(&cli, args, true),
        Command::Pseudo(args) => translate::pseudo_cmd(&cli, args),
        Command::Hyphenate(args) => hyphenate::hyphenate(args),
        Command::Init(args) => author::init(args),
        Command::Import(args) => author::import_cmd(&cli, args),
        Command::Export(args) => author::export_cmd(&cli, args),
        Command::Xliff(args) => xliff::xliff_cmd(&cli, args),
        Command::Serve(args) => serve::serve(&cli, args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Content) => ExitCode::from(1),
        Err(Failure::Usage) => ExitCode::from(2),
    }
}

pub(super) fn print_diags(cli: &Cli, sources: &Sources, diags: &[Diagnostic]) {
    let stderr = std::io::stderr();
    let mut lock = stderr.lock();
    diag::emit(&mut lock, sources, diags, cli.diagnostic_format);
}

/// How a command with these diagnostics fails, the one rule of every command: the exit
/// status follows from the [`ExitClass`] of the errors' codes alone, the highest winning
/// (problems of the environment — a file that cannot be read, an unknown locale, a
/// broken configuration or font — exit 2, problems of the content 1). Warnings do not
/// count; with no error at all (a caller failing on warnings) it is a content failure.
pub(super) fn failure_of(diags: &[Diagnostic]) -> Failure {
    match ExitClass::of(diags).map(ExitClass::exit_code) {
        Some(2) => Failure::Usage,
        _ => Failure::Content,
    }
}

/// Loads the project: every locale, or (`only`) just those and the source locale.
pub(super) fn load(cli: &Cli, only: Option<&[String]>) -> Result<Project, Failure> {
    Project::load_only(&cli.root, only).map_err(|failure| {
        print_diags(cli, &failure.sources, &failure.diagnostics);
        failure_of(&failure.diagnostics)
    })
}

/// The canonical tags of locales named on the command line (`EN` → `en`, with a
/// warning), or a usage error for one that is not a tag.
pub(super) fn canonical_tags(tags: &[String]) -> Result<Vec<String>, Failure> {
    let mut out: Vec<String> = Vec::new();
    for written in tags {
        let tag = canonical_locale(written)?.tag;
        if !out.contains(&tag) {
            out.push(tag);
        }
    }
    Ok(out)
}

/// The locale a tag on the command line names, in canonical form (`RU` → `ru`, with a
/// warning), or a usage error for one that is not a tag. Every command reads its
/// `--locale` through this (or [`canonical_tags`]).
pub(super) fn canonical_locale(written: &str) -> Result<crate::lang::Locale, Failure> {
    let locale = crate::lang::Locale::parse(written).map_err(|e| usage_error(&e))?;
    if locale.tag != written {
        tell!(
            "warning: `{written}` is read as the locale `{}`",
            locale.tag
        );
    }
    Ok(locale)
}

pub(super) fn usage_error(message: &str) -> Failure {
    tell!("error: {message}");
    Failure::Usage
}
