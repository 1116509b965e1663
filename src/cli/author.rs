//! The author's commands: `init` (a new project), `import` (a Markdown document into the
//! project, revision after revision) and `export` (an edition as Markdown). The library
//! ([`crate::import`]) computes every text; this file reads, prints and writes — each
//! command's writes all or nothing.

use std::io::Write;

use super::*;
use crate::import::{self, IdRecord, RECORD_PATH};
use crate::lang::Locale;

/// Writes and deletes files under `root` all or nothing: every new text is staged in a
/// temporary file beside its target first (created exclusively, under an unpredictable
/// name; a symlinked file is written through, so the link stays a link); only when all
/// are written are they renamed into place (a rename within a folder is atomic), then
/// the deletions done. On a failure before the renames, the temporary files are removed
/// and nothing has changed.
pub(super) fn commit(
    root: &Path,
    write: &[(PathBuf, Vec<u8>)],
    delete: &[PathBuf],
) -> std::io::Result<()> {
    let mut staged = Vec::with_capacity(write.len());
    for (rel, bytes) in write {
        let path = root.join(rel);
        let fail = |e: std::io::Error| {
            std::io::Error::new(
                e.kind(),
                format!("failed to write {} ({e})", rel.display()),
            )
        };
        let file = match output::target(&path).map_err(fail)? {
            output::Target::File(p) => p,
            _ => {
                return Err(fail(std::io::Error::other(
                    "not a regular file; replace it by one and run again",
                )))
            }
        };
        // On an error, the files staged so far are dropped: their temporary files go.
        staged.push(output::stage(&file, bytes).map_err(fail)?);
    }
    for file in staged {
        file.commit()?;
    }
    for rel in delete {
        std::fs::remove_file(root.join(rel))?;
    }
    Ok(())
}

/// `silkpress init DIR`: a new project, written into a temporary folder beside `DIR` and
/// renamed into place, so a failed init leaves nothing.
pub(super) fn init(args: &InitArgs) -> CmdResult {
    let locale = Locale::parse(&args.source_locale).map_err(|e| usage_error(&e))?;
    if let Err(e) = crate::lang::registry::profile(&locale) {
        return Err(usage_error(&e.to_string()));
    }
    let dir = &args.dir;
    if std::fs::symlink_metadata(dir).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(usage_error(&format!(
            "{} is a symbolic link; give a new folder's name",
            dir.display()
        )));
    }
    if let Ok(mut entries) = std::fs::read_dir(dir) {
        if entries.next().is_some() {
            tell!("error: {} exists and is not empty", dir.display());
            tell!("hint: init makes a new project; give a new folder's name");
            return Err(Failure::Usage);
        }
    } else if dir.exists() {
        return Err(usage_error(&format!("{} is not a folder", dir.display())));
    }
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "project".into());
    let parent = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let tmp = parent.join(format!(".{name}.init-{}-{stamp}", std::process::id()));
    // Created exclusively (never an existing folder or a planted link), and only then
    // ours to fill and, on an error, to remove.
    if let Err(e) = std::fs::create_dir(&tmp) {
        tell!("error: failed to create {} ({e})", dir.display());
        return Err(Failure::Usage);
    }
    let result = (|| -> std::io::Result<()> {
        for (rel, bytes) in import::scaffold::scaffold(&locale) {
            let path = tmp.join(rel);
            if let Some(p) = path.parent() {
                std::fs::create_dir_all(p)?;
            }
            std::fs::write(path, bytes)?;
        }
        // An empty folder is replaced by the rename; a missing one is created by it.
        if dir.exists() {
            std::fs::remove_dir(dir)?;
        }
        std::fs::rename(&tmp, dir)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&tmp);
        tell!("error: failed to create {} ({e})", dir.display());
        return Err(Failure::Usage);
    }
    say!(
        "created {} (source locale {}); next: silkpress --root {} import DOCUMENT.md",
        dir.display(),
        locale.tag,
        dir.display()
    );
    Ok(())
}

/// Prints a list of IDs under a label, on one line, when there are any (the first 40:
/// a first import inserts every block).
fn print_ids(out: &mut impl Write, label: &str, ids: &[String]) {
    /// IDs shown per list.
    const SHOWN: usize = 40;
    if ids.is_empty() {
        return;
    }
    let more = match ids.len().checked_sub(SHOWN) {
        Some(n) if n > 0 => format!(" … and {n} more"),
        _ => String::new(),
    };
    let shown = &ids[..ids.len().min(SHOWN)];
    let _ = writeln!(out, "  {label}: {}{more}", shown.join(", "));
}

/// `silkpress import FILE.md`.
pub(super) fn import_cmd(cli: &Cli, args: &ImportArgs) -> CmdResult {
    // The document is named on the command line, so it may lie outside the project;
    // it is still read as any input: a regular file, of a bounded size. (A byte-order
    // mark, which would keep a first `#` from being a heading, is dropped.)
    let md = crate::project::locales::read_text(
        Path::new("/"),
        &args.file,
        &args.file,
        crate::project::input::MARKDOWN,
    )
    .map_err(|d| {
        print_diags(cli, &Sources::default(), std::slice::from_ref(&d));
        failure_of(std::slice::from_ref(&d))
    })?;
    // Every locale: the IDs translations hold are never issued to new blocks.
    let mut project = load(cli, None)?;
    let record_path = project.root.join(RECORD_PATH);
    let record = if crate::project::input::present(&record_path) {
        let text = crate::project::locales::read_text(
            &project.root,
            &record_path,
            Path::new(RECORD_PATH),
            crate::project::input::SETTINGS,
        )
        .map_err(|d| {
            print_diags(cli, &Sources::default(), std::slice::from_ref(&d));
            failure_of(std::slice::from_ref(&d))
        })?;
        IdRecord::parse(&text).map_err(|e| {
            tell!("error: failed to read {RECORD_PATH} ({e})");
            tell!("hint: restore it from version control: it keeps deleted IDs from being reused");
            Failure::Usage
        })?
    } else {
        IdRecord::default()
    };
    let name = args.file.display().to_string();
    let file = project.sources.add(&args.file, md.clone());
    let changes = match import::import(&project, &record, &md, file, &name) {
        Ok(c) => c,
        Err(diags) => {
            print_diags(cli, &project.sources, &diags);
            tell!("error: nothing was written");
            return Err(failure_of(&diags));
        }
    };
    let s = &changes.summary;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "{name}: {} unchanged, {} moved, {} edited, {} inserted, {} deleted",
        s.unchanged.len(),
        s.moved.len(),
        s.edited.len(),
        s.inserted.len(),
        s.deleted.len()
    );
    print_ids(&mut out, "moved", &s.moved);
    print_ids(&mut out, "edited (stale in every translation)", &s.edited);
    print_ids(&mut out, "inserted (new IDs)", &s.inserted);
    print_ids(
        &mut out,
        "deleted (obsolete in every translation)",
        &s.deleted,
    );
    print_ids(&mut out, "cover set from the front matter", &s.cover);
    for note in &s.notes {
        let _ = writeln!(out, "note: {note}");
    }
    if changes.is_empty() {
        let _ = writeln!(out, "nothing to write");
        return Ok(());
    }
    if args.dry_run {
        for (path, _) in &changes.write {
            let _ = writeln!(out, "would write {}", path.display());
        }
        for path in &changes.delete {
            let _ = writeln!(out, "would delete {}", path.display());
        }
        let _ = writeln!(out, "dry run: nothing written");
        return Ok(());
    }
    let write: Vec<(PathBuf, Vec<u8>)> = changes
        .write
        .iter()
        .map(|(p, t)| (p.clone(), t.clone().into_bytes()))
        .collect();
    if let Err(e) = commit(&project.root, &write, &changes.delete) {
        tell!("error: {e}");
        return Err(Failure::Usage);
    }
    for (path, _) in &changes.write {
        let _ = writeln!(out, "wrote {}", path.display());
    }
    for path in &changes.delete {
        let _ = writeln!(out, "deleted {}", path.display());
    }
    Ok(())
}

/// `silkpress export --locale LOC --format md`.
pub(super) fn export_cmd(cli: &Cli, args: &ExportArgs) -> CmdResult {
    let locale = canonical_locale(&args.locale)?;
    if let Some(out) = &args.output {
        if let Some(e) = output::foreign_extension(out, &["md", "markdown"]) {
            return Err(usage_error(&format!(
                "-o {} ends in .{e}, not .md: the export is Markdown",
                out.display()
            )));
        }
        if output::inside_inputs(&cli.root, out) {
            return Err(usage_error(&format!(
                "{} is inside the project's locales/, templates/ or fonts/; write the Markdown elsewhere",
                out.display()
            )));
        }
    }
    let project = load(cli, Some(std::slice::from_ref(&locale.tag)))?;
    let report = match l10n::resolve(&project, &locale.tag) {
        Ok(r) => r,
        Err(diags) => {
            print_diags(cli, &project.sources, &diags);
            return Err(failure_of(&diags));
        }
    };
    print_diags(cli, &project.sources, &report.warnings);
    let md = import::export(&report.output);
    print_diags(cli, &project.sources, &md.warnings);
    // As every `-o`: a symlink written through, a device or FIFO written to, `-`
    // standard output (before, a temporary file was renamed over any of them). Without
    // `-o`, standard output, as `-o -` (a reader that stops early is told so).
    let path = args.output.as_deref().unwrap_or(Path::new("-"));
    let written = output::write_output(&cli.root, path, md.output.as_bytes())
        .map_err(|e| write_failed(path, &e))?;
    output::tell_written(path, written);
    Ok(())
}
