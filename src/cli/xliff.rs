//! `silkpress xliff export|import`: XLIFF for CAT tools. The library
//! ([`crate::l10n::xliff`]) builds and reads the files; this file reads the XLIFF file,
//! prints and writes (an import's files all or nothing).

use super::*;
use crate::l10n::xliff;

/// XLIFF version to write.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum XliffVersion {
    /// XLIFF 2.1 (OASIS Standard 2018).
    #[default]
    #[value(name = "2.1")]
    V21,
    /// XLIFF 1.2 (OASIS Standard 2008), for tools that read nothing newer.
    #[value(name = "1.2")]
    V12,
}

/// `silkpress xliff`.
#[derive(Args, Debug)]
pub struct XliffArgs {
    /// Export or import.
    #[command(subcommand)]
    pub command: XliffCommand,
}

/// The XLIFF commands.
#[derive(Subcommand, Debug)]
pub enum XliffCommand {
    /// Write a locale's translation as XLIFF for a CAT tool (source, current target,
    /// state, notes; placeables and tags as protected codes).
    Export {
        /// The locale to export (BCP 47 tag).
        #[arg(long, short)]
        locale: String,
        /// Output file; default standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// XLIFF version.
        #[arg(long, value_enum, default_value_t)]
        xliff_version: XliffVersion,
    },
    /// Write the targets of a translated XLIFF file back into its locale's .ftl files
    /// (only the messages that changed; nothing on any error).
    Import {
        /// The XLIFF file (2.x or 1.2, as exported).
        file: PathBuf,
        /// Print what would change; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

pub(super) fn xliff_cmd(cli: &Cli, args: &XliffArgs) -> CmdResult {
    match &args.command {
        XliffCommand::Export {
            locale,
            output,
            xliff_version,
        } => export(cli, locale, output.as_deref(), *xliff_version),
        XliffCommand::Import { file, dry_run } => import(cli, file, *dry_run),
    }
}

fn export(
    cli: &Cli,
    tag: &str,
    output: Option<&Path>,
    version: XliffVersion,
) -> CmdResult {
    let locale = canonical_locale(tag)?;
    let project = load(cli, Some(std::slice::from_ref(&locale.tag)))?;
    let source = &project.locales[project.source];
    if source.locale.tag == locale.tag {
        return Err(usage_error(&format!(
            "`{}` is the source locale; export a translation",
            locale.tag
        )));
    }
    let Some(target) = project.locales.iter().find(|l| l.locale.tag == locale.tag) else {
        return Err(usage_error(&format!(
            "no locale `{}` to export",
            locale.tag
        )));
    };
    // A file of the locale or the source that was not read (not UTF-8, refused,
    // unreadable) would be exported as untranslated, and translated again for nothing.
    let input = crate::check::Input::project(&project, None);
    let tags = [target.locale.tag.as_str(), source.locale.tag.as_str()];
    let skipped = super::translate::load_errors(&input, Some(&tags));
    if !skipped.is_empty() {
        print_diags(cli, &project.sources, &skipped);
        tell!("error: nothing was exported: fix the files above first");
        return Err(failure_of(&skipped));
    }
    // An entry with a syntax error would be exported untranslated, and the import of
    // the translated file refused until it is fixed: said now, before the work.
    let broken: Vec<Diagnostic> = project
        .diagnostics
        .iter()
        .filter(|d| d.code == crate::diag::Code::SyntaxError)
        .filter(|d| d.locale.as_deref().is_some_and(|l| tags.contains(&l)))
        .cloned()
        .collect();
    if !broken.is_empty() {
        print_diags(cli, &project.sources, &broken);
        tell!(
            "error: nothing was exported: an entry with a syntax error would be exported \
             untranslated (fix the syntax above first)"
        );
        return Err(failure_of(&broken));
    }
    if let Some(out) = output {
        if let Some(e) = output::foreign_extension(out, &["xlf", "xliff"]) {
            return Err(usage_error(&format!(
                "-o {} ends in .{e}, not .xlf: the export is XLIFF",
                out.display()
            )));
        }
        if output::inside_inputs(&cli.root, out) {
            return Err(usage_error(&format!(
                "{} is inside the project's locales/, templates/ or fonts/; write the XLIFF elsewhere",
                out.display()
            )));
        }
    }
    let display = crate::project::LOCALES_DIR;
    let lock = crate::l10n::lock::read_lock(
        &target.root,
        &target.dir,
        &Path::new(display).join(&target.locale.tag),
    )
    .map_err(|d| {
        print_diags(cli, &project.sources, std::slice::from_ref(&d));
        failure_of(std::slice::from_ref(&d))
    })?;
    let version = match version {
        XliffVersion::V21 => xliff::Version::V21,
        XliffVersion::V12 => xliff::Version::V12,
    };
    let text = xliff::export(&project.sources, source, target, lock.as_ref(), version)
        .map_err(|d| {
            print_diags(cli, &project.sources, std::slice::from_ref(&d));
            failure_of(std::slice::from_ref(&d))
        })?;
    let path = output.unwrap_or(Path::new("-"));
    let written = output::write_output(&cli.root, path, text.as_bytes())
        .map_err(|e| write_failed(path, &e))?;
    output::tell_written(path, written);
    Ok(())
}

/// Reads the XLIFF file, refusing one too large before reading it whole.
fn read_xliff(path: &Path) -> Result<String, String> {
    // Named on the command line, so it may lie outside the project; still read as any
    // input: a regular file (a FIFO is refused, not waited on), of a bounded size.
    let mut bytes =
        crate::project::input::read(Path::new("/"), path, crate::project::input::XLIFF)
            .map_err(|r| r.cause)?;
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 (byte offset {}); silkpress reads and writes XLIFF in UTF-8",
            e.utf8_error().valid_up_to()
        )
    })
}

fn import(cli: &Cli, file: &Path, dry_run: bool) -> CmdResult {
    let text = read_xliff(file).map_err(|why| {
        tell!("error: failed to read {} ({why})", file.display());
        Failure::Usage
    })?;
    let mut project = load(cli, None)?;
    let id = project.sources.add(file, text);
    let imported = xliff::import(
        &project.sources,
        id,
        &project.locales,
        project.source,
        &project.diagnostics,
    )
    .map_err(|d| {
        print_diags(cli, &project.sources, &d);
        tell!("error: nothing written");
        failure_of(&d)
    })?;
    print_diags(cli, &project.sources, &imported.warnings);
    // A file is replaced only when the project read it and it still holds what was
    // read: never through a link out of the project or a dangling one, nor over a file
    // that could not be read (not UTF-8, refused) or changed since — its translations
    // would be lost.
    for (path, _) in &imported.files {
        let is_lock = path
            .file_name()
            .is_some_and(|n| n == crate::l10n::lock::LOCK_FILE);
        let limit = if is_lock {
            crate::project::input::LOCK
        } else {
            crate::project::input::FTL
        };
        let why = match crate::project::input::replaceable(&cli.root, path, limit) {
            Err(why) => Some(why.cause),
            // The lock was read (and checked) by the import itself.
            Ok(_) if is_lock => None,
            Ok(on_disk) => {
                let read = project
                    .locales
                    .iter()
                    .flat_map(|l| {
                        l.files.iter().map(move |f| (l.dir.join(&f.rel), f.file))
                    })
                    .find(|(p, _)| p == path)
                    .map(|(_, id)| project.sources.text(id).as_bytes());
                match (on_disk, read) {
                    (None, None) => None,
                    (Some(d), Some(r))
                        if d == r || d.strip_prefix("\u{FEFF}".as_bytes()) == Some(r) =>
                    {
                        None
                    }
                    (Some(_), None) => Some(
                        "it exists but the project could not read it (`silkpress check` \
                         says why); fix or remove it first"
                            .to_string(),
                    ),
                    _ => Some(
                        "it changed on disk while the import ran; import again".into(),
                    ),
                }
            }
        };
        if let Some(why) = why {
            tell!("error: {} is not written: {why}", path.display());
            tell!("error: nothing written");
            return Err(Failure::Usage);
        }
    }
    if dry_run {
        for (path, _) in &imported.files {
            say!("would write {}", path.display());
        }
    } else {
        let root = Path::new("");
        let files: Vec<(PathBuf, Vec<u8>)> = imported
            .files
            .iter()
            .map(|(p, t)| (p.clone(), t.clone().into_bytes()))
            .collect();
        if let Err(e) = author::commit(root, &files, &[]) {
            tell!("error: {e}; nothing written");
            return Err(Failure::Usage);
        }
        for (path, _) in &imported.files {
            say!("wrote {}", path.display());
        }
    }
    for id in &imported.changed {
        say!("changed {id}");
    }
    for id in &imported.confirmed {
        say!("confirmed {id}");
    }
    say!(
        "{}: {} segment(s) read, {} unit(s) changed, {} stale translation(s) confirmed",
        imported.locale,
        imported.segments,
        imported.changed.len(),
        imported.confirmed.len()
    );
    Ok(())
}
