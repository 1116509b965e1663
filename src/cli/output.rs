//! Writing files so that nothing is ever half-written or clobbered.
//!
//! - A regular file (or a new one) is written to a temporary file created exclusively
//!   (`O_CREAT|O_EXCL`, so a planted file or symlink of that name is never followed)
//!   with an unpredictable name in the same folder, then renamed over the target. The
//!   temporary file is removed on every error path, and those left by a killed run
//!   (their process is gone) are swept before the next write to the same folder.
//! - A symlink is written through: the file it points to is replaced, the link stays.
//! - A special file (`/dev/stdout`, a FIFO, a terminal) is written to, never replaced;
//!   `-` is standard output, where a reader that stops early is no error.
//! - An existing file keeps its permissions.
//! - The folder is opened once and everything happens in it through that handle
//!   (`openat`, `renameat`): a folder swapped for a link while a build runs cannot send
//!   the write elsewhere. An output of a project (`-o`, `out/`) is judged again against
//!   the project's inputs ([`inside_inputs`]) by where that opened folder really is,
//!   just before it is written.

use std::ffi::OsStr;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::build::Content;

/// Prefix and suffix of our temporary files: `.<name>.silkpress-<pid>-<random>.tmp`.
const TMP_MARK: &str = ".silkpress-";
const TMP_SUFFIX: &str = ".tmp";

/// Where an output goes.
#[derive(Debug, PartialEq, Eq)]
pub enum Target {
    /// Standard output (`-`).
    Stdout,
    /// A device, FIFO or socket: opened and written, never replaced.
    Special(PathBuf),
    /// A regular file, new or existing (a symlink's final target): replaced atomically.
    File(PathBuf),
}

/// Whether `path` is where standard output goes (`/dev/stdout`, `/proc/self/fd/1`, the
/// pipe or file it was redirected to): a status line printed to standard output would
/// land in what is written there.
pub fn is_stdout(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::MetadataExt;
        let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() else {
            return false;
        };
        let Ok(out) = File::from(fd).metadata() else {
            return false;
        };
        fs::metadata(path).is_ok_and(|m| m.dev() == out.dev() && m.ino() == out.ino())
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// What writing to `path` means.
pub fn target(path: &Path) -> io::Result<Target> {
    // `-`, and a name for standard output (`-o /dev/stdout >> log.txt`: the file it
    // was redirected to, appended to, not replaced).
    if path.as_os_str() == "-" || is_stdout(path) {
        return Ok(Target::Stdout);
    }
    // `out/` names a folder, whether it exists or not.
    if path.as_os_str().to_string_lossy().ends_with('/') {
        return Err(io::Error::other(format!(
            "{} names a folder (it ends in /); name a file to write",
            path.display()
        )));
    }
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            // Write through the link: the file it names (which may not exist yet).
            let resolved = match fs::canonicalize(path) {
                Ok(p) => p,
                // A link that loops (`x -> x`): replacing it would lose the link. (A
                // link that does not resolve otherwise is written through: a dangling
                // one to the file it names, `/dev/stdout` to the pipe it stands for.)
                Err(e)
                    if e.raw_os_error()
                        == Some(rustix::io::Errno::LOOP.raw_os_error()) =>
                {
                    return Err(io::Error::other(format!(
                        "{} is a symbolic link that loops; remove it or name another file",
                        path.display()
                    )));
                }
                // A chain of links (`l1 -> l2 -> final`, `final` missing): to its
                // end, not the first link it names (which was replaced by a file).
                Err(_) => {
                    let mut at = path.to_path_buf();
                    for _ in 0..40 {
                        let Ok(link) = fs::read_link(&at) else { break };
                        at = at.parent().unwrap_or(Path::new("")).join(link);
                    }
                    at
                }
            };
            match fs::metadata(&resolved) {
                Ok(m) if m.is_dir() => Err(is_a_directory(path)),
                Ok(m) if !m.is_file() => Ok(Target::Special(resolved)),
                _ => Ok(Target::File(resolved)),
            }
        }
        Ok(m) if m.is_dir() => Err(is_a_directory(path)),
        Ok(m) if m.is_file() => Ok(Target::File(path.to_path_buf())),
        Ok(_) => Ok(Target::Special(path.to_path_buf())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            Ok(Target::File(path.to_path_buf()))
        }
        Err(e) => Err(e),
    }
}

fn is_a_directory(path: &Path) -> io::Error {
    io::Error::other(format!(
        "{} is a folder; name a file to write",
        path.display()
    ))
}

/// How much of an output reached it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use]
pub enum Written {
    /// All of it.
    Whole,
    /// Standard output's or a special file's reader stopped before the end (`| head`, a
    /// FIFO's reader gone): no error, but what it got is only the beginning.
    ReaderStopped,
}

impl Written {
    /// The line that tells what was written to `path`: `wrote PATH`, or that its reader
    /// took only the beginning (before, a stopped reader was told "wrote" too). Printed
    /// with `say!`/`tell!`, which escape what a terminal would act on.
    pub fn status(self, path: &Path) -> String {
        let shown = path.display();
        match self {
            Written::Whole => format!("wrote {shown}"),
            Written::ReaderStopped => format!(
                "note: the reader of {shown} stopped before the end; it got only the beginning"
            ),
        }
    }
}

/// Tells on standard error what was written to `path` (an `-o` whose standard output
/// may be the output itself): nothing for a whole `-`.
pub fn tell_written(path: &Path, written: Written) {
    if path != Path::new("-") || written == Written::ReaderStopped {
        tell!("{}", written.status(path));
    }
}

/// Writes `bytes` to `path` as [`Target`] says.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<Written> {
    write_with(path, &mut |out| out.write_all(bytes))
}

/// [`write`] of what `fill` writes.
pub fn write_with(
    path: &Path,
    fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
) -> io::Result<Written> {
    write_fill(path, Fill::Writer(fill), None)
}

/// [`write`] of an output of the project at `root` (an export's `-o`), which must not
/// land in its inputs: judged again where the write really goes, as it is made.
pub fn write_output(root: &Path, path: &Path, bytes: &[u8]) -> io::Result<Written> {
    write_fill(
        path,
        Fill::Writer(&mut |out| out.write_all(bytes)),
        Some(root),
    )
}

/// [`write_output`] of a build's artifact: a PDF in its temporary file is copied by the
/// kernel into a regular file ([`Content::write_to`]).
pub fn write_content(root: &Path, path: &Path, content: &Content) -> io::Result<Written> {
    write_fill(path, Fill::Content(content), Some(root))
}

/// The error of an output that would land in the inputs of the project at `root`.
fn into_inputs(path: &Path, real: &Path) -> io::Error {
    io::Error::other(format!(
        "{} would be written to {}, inside the project's locales/, templates/ or \
         fonts/ (a folder on the way changed while silkpress ran): nothing was written",
        path.display(),
        real.display()
    ))
}

/// What an output is filled with.
enum Fill<'a> {
    /// What a function writes.
    Writer(&'a mut dyn FnMut(&mut dyn Write) -> io::Result<()>),
    /// An artifact's bytes.
    Content(&'a Content),
}

impl Fill<'_> {
    fn write_into(self, out: &mut dyn Write) -> io::Result<()> {
        match self {
            Fill::Writer(fill) => fill(out),
            Fill::Content(content) => content.write_to(out),
        }
    }
}

fn write_fill(path: &Path, fill: Fill, keep_out: Option<&Path>) -> io::Result<Written> {
    match target(path)? {
        Target::Stdout => {
            let mut out = io::stdout().lock();
            reader_may_stop(fill.write_into(&mut out).and_then(|()| out.flush()))
        }
        Target::Special(p) => {
            let mut f = OpenOptions::new().write(true).open(&p)?;
            // A special file swapped for a regular one meanwhile would be overwritten
            // in place: it was judged special, it must still be.
            if f.metadata()?.is_file() {
                return Err(io::Error::other(format!(
                    "{} became a regular file while silkpress ran: nothing was written",
                    p.display()
                )));
            }
            reader_may_stop(fill.write_into(&mut f).and_then(|()| f.flush()))
        }
        Target::File(p) => stage_with(&p, fill, keep_out)?
            .commit()
            .map(|()| Written::Whole),
    }
}

/// A reader that stopped early (`-o - | head`, `-o /dev/stdout | head`, a FIFO's reader
/// gone) is no error, as for every product of standard output (`super::emit`).
fn reader_may_stop(written: io::Result<()>) -> io::Result<Written> {
    match written {
        Ok(()) => Ok(Written::Whole),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(Written::ReaderStopped),
        Err(e) => Err(e),
    }
}

/// Writes a regular file atomically: a temporary file beside it, created exclusively,
/// then a rename; the temporary file never outlives an error.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    stage(path, bytes)?.commit()
}

/// A file's new content, written in full to a temporary file beside it (created
/// exclusively, under an unpredictable name) but not yet in place: [`Staged::commit`]
/// renames it over the file; dropping it uncommitted removes the temporary file. Several
/// staged files let a command write all or nothing.
pub struct Staged {
    /// The folder, opened: the temporary file is made, renamed and removed in it.
    dir: std::os::fd::OwnedFd,
    /// The temporary file's name in it, until committed.
    tmp: Option<std::ffi::OsString>,
    /// The file's name in it.
    name: std::ffi::OsString,
}

impl Staged {
    /// Puts the new content in place (a rename within a folder is atomic).
    pub fn commit(mut self) -> io::Result<()> {
        let tmp = self.tmp.take().expect("a staged file is committed once");
        rustix::fs::renameat(&self.dir, &tmp, &self.dir, &self.name)
            .map_err(io::Error::from)
            .inspect_err(|_| {
                let _ =
                    rustix::fs::unlinkat(&self.dir, &tmp, rustix::fs::AtFlags::empty());
            })
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if let Some(tmp) = &self.tmp {
            let _ = rustix::fs::unlinkat(&self.dir, tmp, rustix::fs::AtFlags::empty());
        }
    }
}

/// Writes `bytes` to a temporary file beside `path` (a regular file, new or existing;
/// its permissions are kept), swept of stale ones from killed runs first.
pub fn stage(path: &Path, bytes: &[u8]) -> io::Result<Staged> {
    stage_with(path, Fill::Writer(&mut |f| f.write_all(bytes)), None)
}

/// [`stage`] of `fill`; with `keep_out`, refused if the folder opened lies in that
/// project's inputs.
fn stage_with(path: &Path, fill: Fill, keep_out: Option<&Path>) -> io::Result<Staged> {
    use rustix::fs::{Mode, OFlags};
    let dir = match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(d) => {
            fs::create_dir_all(d)?;
            d.to_path_buf()
        }
        None => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| io::Error::other(format!("{} names no file", path.display())))?;
    let name = file_name.to_string_lossy().into_owned();
    sweep_stale(&dir);
    // The folder is opened once; all that follows happens in it.
    let dir_fd = rustix::fs::open(
        &dir,
        OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )?;
    if let Some(root) = keep_out {
        // Where the opened folder really is (not where its path leads now).
        let real = fs::read_link(format!(
            "/proc/self/fd/{}",
            std::os::fd::AsRawFd::as_raw_fd(&dir_fd)
        ))
        .or_else(|_| fs::canonicalize(&dir))?
        .join(file_name);
        if inside_inputs(root, &real) {
            return Err(into_inputs(path, &real));
        }
    }
    // The file replaced, in that folder (a link in it followed, as `target` did).
    let existing =
        rustix::fs::statat(&dir_fd, file_name, rustix::fs::AtFlags::empty()).ok();
    let tmp = std::ffi::OsString::from(format!(
        ".{name}{TMP_MARK}{}-{:016x}{TMP_SUFFIX}",
        std::process::id(),
        crate::project::input::unpredictable()
    ));
    let fd = rustix::fs::openat(
        &dir_fd,
        &tmp,
        OFlags::WRONLY
            | OFlags::CREATE
            | OFlags::EXCL
            | OFlags::NOFOLLOW
            | OFlags::CLOEXEC,
        Mode::from_bits_truncate(0o666),
    )?;
    let mut f = File::from(fd);
    // From here on the temporary file is ours: dropping `staged` removes it.
    let staged = Staged {
        dir: dir_fd,
        tmp: Some(tmp),
        name: file_name.to_os_string(),
    };
    match fill {
        Fill::Writer(fill) => {
            let mut out = io::BufWriter::new(&mut f);
            fill(&mut out)?;
            out.flush()?;
        }
        // To the `File` itself, not a `dyn Write`: the kernel copies a file's.
        Fill::Content(content) => content.write_to(&mut f)?,
    }
    if let Some(m) = existing {
        // The owner too: root's `fmt` of a translator's file left it root's, and
        // unreadable to them with mode 640. As any editor, best effort: a user who
        // may not give the file away keeps what the system allows (its group, or
        // neither).
        use std::os::unix::fs::PermissionsExt;
        let _ = std::os::unix::fs::fchown(&f, Some(m.st_uid), Some(m.st_gid))
            .or_else(|_| std::os::unix::fs::fchown(&f, None, Some(m.st_gid)));
        f.set_permissions(fs::Permissions::from_mode(m.st_mode & 0o7777))?;
    }
    f.sync_all()?;
    Ok(staged)
}

/// Removes the temporary files in `dir` left by runs that were killed: their process
/// no longer exists. (Where processes cannot be looked up, only those older than a day
/// are removed.) Each folder is swept once per process: a command writing thousands of
/// files into one folder (an import of thousands of chapters) read the whole folder
/// again for each, quadratic in its files.
fn sweep_stale(dir: &Path) {
    use std::collections::HashSet;
    use std::sync::{Mutex, PoisonError};
    static SWEPT: Mutex<Option<HashSet<PathBuf>>> = Mutex::new(None);
    let first = SWEPT
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .get_or_insert_with(HashSet::new)
        .insert(dir.to_path_buf());
    if !first {
        return;
    }
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(rest) = file
            .to_str()
            .filter(|f| f.starts_with('.'))
            .and_then(|f| f.rsplit_once(TMP_MARK))
            .and_then(|(_, f)| f.strip_suffix(TMP_SUFFIX))
        else {
            continue;
        };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        if pid != std::process::id() && !alive(pid, &entry.path()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn alive(pid: u32, file: &Path) -> bool {
    let proc = Path::new("/proc");
    if proc.join("self").exists() {
        return proc.join(pid.to_string()).exists();
    }
    fs::metadata(file)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_none_or(|age| age.as_secs() < 86_400)
}

/// Whether `path` (which may not exist yet) lies inside one of the project's input
/// folders, so that `-o` can never overwrite a translation, a template or a font.
/// A path that does not resolve (a link too deep, or looping) is not judged here: the
/// write itself refuses it.
pub fn inside_inputs(root: &Path, path: &Path) -> bool {
    // As written, too (`..` taken as written): a locale folder that is a link
    // (`locales/tk -> ../data/tk`) is read as the locale, though it leads elsewhere.
    let written = lexical(path);
    let root_written = lexical(root);
    let Ok(root) = fs::canonicalize(root) else {
        return false;
    };
    // A locale folder that links elsewhere (`locales/ru -> ../data/ru`) holds the
    // locale's files where it leads, too.
    let linked: Vec<PathBuf> = fs::read_dir(root.join("locales"))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_symlink()))
        .filter_map(|e| fs::canonicalize(e.path()).ok())
        .collect();
    let under = |p: &Path| {
        ["locales", "templates", "fonts"].iter().any(|d| {
            let dir = root.join(d);
            p.starts_with(fs::canonicalize(&dir).unwrap_or(dir))
                || root_written
                    .as_ref()
                    .is_some_and(|r| p.starts_with(r.join(d)))
        }) || linked.iter().any(|l| p.starts_with(l))
    };
    written.as_deref().is_some_and(under)
        || resolved(path, 0).as_deref().is_some_and(under)
}

/// `path` made absolute against the current folder, `.` and `..` taken as written.
fn lexical(path: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for c in std::path::absolute(path).ok()?.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            c => out.push(c),
        }
    }
    Some(out)
}

/// Where a write to `path` lands, every link resolved, though the path may not exist
/// yet: a dangling link is judged by where it points (writing through it creates its
/// target), and folders still to be created (`locales/de/sub/x.html`) by the nearest
/// folder that exists, their `..` taken as written. `None` past 40 links.
fn resolved(path: &Path, depth: u32) -> Option<PathBuf> {
    if depth > 40 {
        return None;
    }
    if let Ok(p) = fs::canonicalize(path) {
        return Some(p);
    }
    if let Ok(target) = fs::read_link(path) {
        let next = match path.parent() {
            Some(dir) => dir.join(target),
            None => target,
        };
        return resolved(&next, depth + 1);
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    match path.components().next_back()? {
        std::path::Component::ParentDir => {
            Some(resolved(parent, depth + 1)?.parent()?.to_path_buf())
        }
        std::path::Component::Normal(name) => {
            Some(resolved(parent, depth + 1)?.join(name))
        }
        _ => None,
    }
}

/// Whether a path's extension (if it has one) suits the format's (`htm` for HTML too).
pub fn extension_fits(path: &Path, extension: &str) -> bool {
    match path.extension().and_then(OsStr::to_str) {
        None => true,
        Some(e) => {
            let e = e.to_ascii_lowercase();
            e == extension || (extension == "html" && e == "htm")
        }
    }
}

/// The extension of `path` when it is one of another format silkpress reads or writes
/// (`x.pdf` given to the Markdown export): an `-o` that would put one format under
/// another's name, and likely overwrite an edition or a translation. An extension of
/// `own` or one silkpress does not use (`.txt`, `.mqxliff`) is the user's choice.
pub fn foreign_extension(path: &Path, own: &[&str]) -> Option<String> {
    const KNOWN: [&str; 8] = [
        "pdf", "html", "htm", "md", "markdown", "xlf", "xliff", "ftl",
    ];
    let e = path.extension()?.to_str()?.to_ascii_lowercase();
    (KNOWN.contains(&e.as_str()) && !own.contains(&e.as_str())).then_some(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_link_that_loops_is_refused_not_replaced() {
        // `x -> x` was replaced by a regular file (the link lost).
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("loop.pdf");
        std::os::unix::fs::symlink("loop.pdf", &link).unwrap();
        let e = write(&link, b"%PDF").unwrap_err();
        assert!(
            e.to_string().contains("is a symbolic link that loops"),
            "{e}"
        );
        assert!(fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        // A folder's name with its slash, existing or not.
        let e = write(&dir.path().join("new.pdf/"), b"%PDF").unwrap_err();
        assert!(
            e.to_string().contains("names a folder (it ends in /)"),
            "{e}"
        );
    }

    #[test]
    fn atomic_writes_leave_no_temporary_file_and_keep_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        assert_eq!(write(&p, b"one").unwrap(), Written::Whole);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&p, fs::Permissions::from_mode(0o600)).unwrap();
            assert_eq!(write(&p, b"two").unwrap(), Written::Whole);
            assert_eq!(
                fs::metadata(&p).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        assert_eq!(fs::read(&p).unwrap(), b"two");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_rewritten_file_keeps_its_owner() {
        // Root's `fmt` of a translator's file (mode 640) made it root's: its owner
        // could no longer read it. Needs root to give the file away (CI runs as root).
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.ftl");
        fs::write(&p, b"one").unwrap();
        fs::set_permissions(&p, fs::Permissions::from_mode(0o640)).unwrap();
        if std::os::unix::fs::chown(&p, Some(65534), Some(65534)).is_err() {
            eprintln!("not root: the owner cannot be changed, nothing to test");
            return;
        }
        write_atomic(&p, b"two").unwrap();
        let m = fs::metadata(&p).unwrap();
        assert_eq!((m.uid(), m.gid(), m.mode() & 0o777), (65534, 65534, 0o640));
        assert_eq!(fs::read(&p).unwrap(), b"two");
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_swapped_for_a_link_while_a_file_is_staged_does_not_move_the_write() {
        // The output was judged at the start of a build and written at its end by
        // path: a folder on the way swapped for a link meanwhile (out/ -> locales/ru)
        // sent the file there. The folder is now opened once and the file written,
        // renamed and cleaned up in it.
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("out");
        let inputs = root.path().join("locales/ru");
        fs::create_dir_all(&out).unwrap();
        fs::create_dir_all(&inputs).unwrap();
        fs::write(inputs.join("x.pdf"), "a translator's file").unwrap();
        let staged = stage(&out.join("x.pdf"), b"the edition").unwrap();
        fs::rename(&out, root.path().join("moved")).unwrap();
        std::os::unix::fs::symlink(&inputs, &out).unwrap();
        staged.commit().unwrap();
        assert_eq!(
            fs::read(inputs.join("x.pdf")).unwrap(),
            b"a translator's file"
        );
        assert_eq!(
            fs::read(root.path().join("moved/x.pdf")).unwrap(),
            b"the edition"
        );
        assert_eq!(fs::read_dir(&inputs).unwrap().count(), 1);
        // Judged as it is written: a project output whose folder is (now) in the
        // inputs is refused there, and nothing is left behind.
        let content = Content::Bytes(b"the edition".to_vec());
        let e = write_content(root.path(), &out.join("x.pdf"), &content).unwrap_err();
        assert!(
            e.to_string().contains("inside the project's locales/"),
            "{e}"
        );
        assert_eq!(
            fs::read(inputs.join("x.pdf")).unwrap(),
            b"a translator's file"
        );
        assert_eq!(fs::read_dir(&inputs).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_written_through_and_stale_temporaries_swept() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.html");
        fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.html");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        // A temporary file of a killed run (no such process) is swept.
        let stale = dir.path().join(".real.html.silkpress-4000000000-00.tmp");
        fs::write(&stale, "partial").unwrap();
        assert_eq!(write(&link, b"new").unwrap(), Written::Whole);
        assert!(fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(fs::read(&real).unwrap(), b"new");
        assert!(!stale.exists());
    }

    /// A file's content is written whole from its start (wherever the file stands),
    /// through a symlink and over an existing file, leaving no temporary file; to a
    /// special file too.
    #[cfg(unix)]
    #[test]
    fn a_files_content_is_copied_whole_to_the_target() {
        let dir = tempfile::tempdir().unwrap();
        let content: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
        let mut file = tempfile::tempfile().unwrap();
        file.write_all(&content).unwrap();
        let source = Content::File(file);
        let real = dir.path().join("real.pdf");
        fs::write(&real, "old, and longer than nothing").unwrap();
        let link = dir.path().join("link.pdf");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        assert_eq!(
            write_content(dir.path(), &link, &source).unwrap(),
            Written::Whole
        );
        assert_eq!(fs::read(&real).unwrap(), content);
        let new = dir.path().join("new.pdf");
        assert_eq!(
            write_content(dir.path(), &new, &source).unwrap(),
            Written::Whole
        );
        assert_eq!(fs::read(&new).unwrap(), content);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 3);
        assert_eq!(
            write_content(dir.path(), Path::new("/dev/null"), &source).unwrap(),
            Written::Whole
        );
    }

    #[test]
    fn special_files_and_extensions() {
        assert_eq!(target(Path::new("-")).unwrap(), Target::Stdout);
        // (Unless the tests' own output goes there: then it is standard output.)
        #[cfg(unix)]
        if !is_stdout(Path::new("/dev/null")) {
            assert_eq!(
                target(Path::new("/dev/null")).unwrap(),
                Target::Special("/dev/null".into())
            );
        }
        assert!(target(Path::new("/")).is_err());
        assert!(extension_fits(Path::new("x.PDF"), "pdf"));
        assert!(extension_fits(Path::new("x.htm"), "html"));
        assert!(extension_fits(Path::new("x"), "pdf"));
        assert!(!extension_fits(Path::new("x.pdf"), "html"));
        let md = ["md", "markdown"];
        assert_eq!(
            foreign_extension(Path::new("x.PDF"), &md).as_deref(),
            Some("pdf")
        );
        assert_eq!(foreign_extension(Path::new("x.md"), &md), None);
        assert_eq!(foreign_extension(Path::new("x.txt"), &md), None);
        assert_eq!(foreign_extension(Path::new("x"), &md), None);
    }
}
