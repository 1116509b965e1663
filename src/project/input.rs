//! The one way silkpress reads an input file: the structure, the style, the `.ftl`
//! files, the locale settings and lock files, the HTML templates, the fonts and the
//! Markdown to import all come through [`open`] or [`read`].
//!
//! The rules, the same for every input:
//! - only a regular file is read: a FIFO (which would block forever), a device
//!   (`/dev/zero`, which never ends), a socket or a folder is refused with its kind;
//! - the file, symbolic links resolved, must lie inside the project: a link out of it
//!   (or an absolute path elsewhere) is refused, so nothing outside the project is
//!   read, let alone quoted in a diagnostic;
//! - a read is bounded: a file larger than its [`Limit`] is refused with the limit,
//!   and the read itself stops past the limit (a file that grows while read).
//!
//! Directory walks ([`walk`]) follow a symbolic link to a folder only when it stays
//! inside the folder walked and names no folder already visited, so two links to
//! each other (or to `.`) cannot make a walk loop.

use std::fs::{File, OpenOptions};
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diag::{Code, Diagnostic};

/// The most bytes read from one input of a kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    /// Bytes.
    pub bytes: u64,
    /// The kind of file, for the message (`an FTL file`).
    pub what: &'static str,
}

/// An `.ftl` file: the largest of Firefox's is under 100 KB.
pub const FTL: Limit = Limit {
    bytes: 16 << 20,
    what: "an FTL file",
};
/// A settings file: `report.toml`, `style.toml`, `locale.toml`, `ids.toml`, and
/// compare-locales' `l10n.toml` with each file it includes (Firefox's are a few KB).
pub const SETTINGS: Limit = Limit {
    bytes: 16 << 20,
    what: "a settings file",
};
/// A lock file (`l10n.lock`): a fingerprint pair and the source text of every source
/// message, so about the size of the source locale's text.
pub const LOCK: Limit = Limit {
    bytes: 64 << 20,
    what: "a lock file",
};
/// An HTML template or style sheet.
pub const TEMPLATE: Limit = Limit {
    bytes: 16 << 20,
    what: "a template",
};
/// A font file: a CJK face is 15–20 MB.
pub const FONT: Limit = Limit {
    bytes: 128 << 20,
    what: "a font file",
};
/// A Markdown document to import.
/// An XLIFF file to import (the XLIFF reader's own bound).
pub const XLIFF: Limit = Limit {
    bytes: 64 << 20,
    what: "an XLIFF file",
};

pub const MARKDOWN: Limit = Limit {
    bytes: 64 << 20,
    what: "a Markdown document",
};

/// Why an input was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    /// [`Code::IoError`] when the system failed to read it (missing, no permission),
    /// [`Code::RefusedInput`] when silkpress refuses it (not a regular file, outside
    /// the project, too large).
    pub code: Code,
    /// Why, as a clause (`it is a FIFO, not a regular file`).
    pub cause: String,
    /// Whether the file does not exist (optional inputs are then skipped).
    pub missing: bool,
}

impl Refused {
    fn io(e: &std::io::Error) -> Refused {
        let missing = e.kind() == std::io::ErrorKind::NotFound;
        Refused {
            code: Code::IoError,
            cause: if missing {
                "the file does not exist".into()
            } else {
                e.to_string()
            },
            missing,
        }
    }

    fn refuse(cause: String) -> Refused {
        Refused {
            code: Code::RefusedInput,
            cause,
            missing: false,
        }
    }

    /// The error for the file shown as `display`: `failed to read PATH (cause)`.
    pub fn diagnostic(&self, display: &Path) -> Diagnostic {
        let d = Diagnostic::error(
            self.code,
            format!("failed to read {} ({})", display.display(), self.cause),
        )
        .in_file(display);
        match self.code {
            Code::RefusedInput => d.hint(
                "silkpress reads only regular files, of a bounded size, and of the \
                 project's own files only those inside it: put the file itself there",
            ),
            _ => d,
        }
    }
}

/// An input file opened for reading, checked by the rules above.
#[derive(Debug)]
pub struct Opened {
    /// The open file.
    pub file: File,
    /// Its size in bytes (at most the limit).
    pub size: u64,
    /// Its path, symbolic links resolved.
    pub path: PathBuf,
}

/// What a file that is not a regular file is, for the message.
fn kind_of(t: std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if t.is_dir() {
        "a folder"
    } else if t.is_fifo() {
        "a FIFO (named pipe)"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else if t.is_socket() {
        "a socket"
    } else {
        "not a regular file"
    }
}

/// The project root with its symbolic links resolved.
fn canonical_root(root: &Path) -> Result<PathBuf, Refused> {
    let root = if root.as_os_str().is_empty() {
        Path::new(".")
    } else {
        root
    };
    std::fs::canonicalize(root).map_err(|e| Refused::io(&e))
}

/// Opens `path` (the path itself, not relative to `root`) for reading under the rules of this
/// module: a regular file, inside `root` once every link is resolved, of at most
/// `limit` bytes. Never blocks on a FIFO: the kind is checked before the file is
/// opened, and the file is opened without waiting for a writer and checked again.
pub fn open(root: &Path, path: &Path, limit: Limit) -> Result<Opened, Refused> {
    let resolved = std::fs::canonicalize(path).map_err(|e| {
        // A link to nothing is there, not missing: said as what it is.
        match std::fs::symlink_metadata(path) {
            Ok(m) if m.file_type().is_symlink() => Refused::refuse(format!(
                "it is a link to {}, which does not exist (a dangling link)",
                std::fs::read_link(path).unwrap_or_default().display()
            )),
            _ => Refused::io(&e),
        }
    })?;
    let root = canonical_root(root)?;
    if !resolved.starts_with(&root) {
        return Err(outside(&resolved));
    }
    let meta = std::fs::metadata(&resolved).map_err(|e| Refused::io(&e))?;
    if !meta.is_file() {
        return Err(Refused::refuse(format!(
            "it is {}, not a regular file",
            kind_of(meta.file_type())
        )));
    }
    let mut options = OpenOptions::new();
    options.read(true);
    {
        // Should a FIFO replace the file between the check and the open, opening it
        // must not wait for a writer.
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc_nonblock());
    }
    let file = options.open(&resolved).map_err(|e| Refused::io(&e))?;
    let meta = file.metadata().map_err(|e| Refused::io(&e))?;
    if !meta.is_file() {
        return Err(Refused::refuse(format!(
            "it is {}, not a regular file",
            kind_of(meta.file_type())
        )));
    }
    if meta.len() > limit.bytes {
        return Err(Refused::refuse(too_large(meta.len(), limit)));
    }
    Ok(Opened {
        file,
        size: meta.len(),
        path: resolved,
    })
}

/// `O_NONBLOCK`, so that opening a FIFO returns at once.
fn libc_nonblock() -> i32 {
    #[cfg(target_os = "linux")]
    {
        rustix::fs::OFlags::NONBLOCK.bits() as i32
    }
    #[cfg(not(target_os = "linux"))]
    {
        0
    }
}

fn outside(resolved: &Path) -> Refused {
    Refused::refuse(format!(
        "it resolves to {}, outside the project; silkpress reads only files inside the \
         project",
        resolved.display()
    ))
}

fn too_large(size: u64, limit: Limit) -> String {
    format!(
        "it is {} bytes or more, over the limit of {} MiB for {}",
        size,
        limit.bytes >> 20,
        limit.what
    )
}

/// Reads a whole input file under the rules of [`open`].
pub fn read(root: &Path, path: &Path, limit: Limit) -> Result<Vec<u8>, Refused> {
    let opened = open(root, path, limit)?;
    let mut bytes = Vec::with_capacity(opened.size as usize);
    // At most one byte past the limit: a file that grows while read is still bounded.
    opened
        .file
        .take(limit.bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Refused::io(&e))?;
    if bytes.len() as u64 > limit.bytes {
        return Err(Refused::refuse(too_large(bytes.len() as u64, limit)));
    }
    Ok(bytes)
}

/// The bytes of the project file `path` that a command is about to replace, or `None`
/// when nothing is at that path (not even a dangling link) and it may be created: a file
/// that exists may be replaced only when silkpress would read it, by the rules of
/// [`open`] (a regular file inside `root` once every link is resolved, within `limit`).
/// So a link out of the project or a dangling one is never written through, a FIFO
/// never blocks nor is written into, and a file that cannot be read is never replaced
/// by one made without it. A new file must be in a folder inside `root`.
pub fn replaceable(
    root: &Path,
    path: &Path,
    limit: Limit,
) -> Result<Option<Vec<u8>>, Refused> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() && std::fs::metadata(path).is_err() => {
            let to = std::fs::read_link(path).unwrap_or_default();
            Err(Refused::refuse(format!(
                "it is a link to {}, which does not exist; silkpress does not write \
                 through a dangling link",
                to.display()
            )))
        }
        Ok(_) => read(root, path, limit).map(Some),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let parent = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            // A folder not made yet is made inside the existing one nearest to it.
            let mut dir = parent;
            while !dir.exists() {
                match dir.parent() {
                    Some(p) if !p.as_os_str().is_empty() => dir = p,
                    _ => return Ok(None),
                }
            }
            let resolved = std::fs::canonicalize(dir).map_err(|e| Refused::io(&e))?;
            if !resolved.starts_with(canonical_root(root)?) {
                return Err(outside(&resolved));
            }
            Ok(None)
        }
        Err(e) => Err(Refused::io(&e)),
    }
}

/// Whether an optional input is there to be read: anything at that path (a dangling
/// link included) is, so that what [`open`] refuses is reported, not skipped.
pub fn present(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

/// Every file under the folder `dir` (inside the project `root`) whose name
/// ends in `.extension`, as paths relative to `dir` with `/` separators, sorted. A
/// folder reached by a symbolic link is walked only when it lies inside `dir` and was
/// not walked already; otherwise it is reported (as a [`Code::RefusedInput`] error,
/// with `display` as the folder's shown path) and skipped.
pub fn walk(
    root: &Path,
    dir: &Path,
    display: &Path,
    extension: &str,
) -> Result<(Vec<String>, Vec<Diagnostic>), Diagnostic> {
    walk_named(root, dir, display, Some(extension))
}

/// Every file under the folder `dir` (inside the project `root`), whatever its name,
/// found by the rules of [`walk`]: what `serve` watches is what the loader's walks can
/// reach, and each folder is listed once however many links name it.
pub fn walk_files(
    root: &Path,
    dir: &Path,
    display: &Path,
) -> Result<(Vec<String>, Vec<Diagnostic>), Diagnostic> {
    walk_named(root, dir, display, None)
}

/// [`walk`] of the files named `*.extension`, or of every file (`None`).
fn walk_named(
    root: &Path,
    dir: &Path,
    display: &Path,
    extension: Option<&str>,
) -> Result<(Vec<String>, Vec<Diagnostic>), Diagnostic> {
    let list_error = |e: &std::io::Error| {
        Diagnostic::error(
            Code::IoError,
            format!("failed to list {} ({e})", display.display()),
        )
        .in_file(display)
    };
    let base = std::fs::canonicalize(dir).map_err(|e| list_error(&e))?;
    let root = canonical_root(root).map_err(|r| r.diagnostic(display))?;
    if !base.starts_with(&root) {
        return Err(outside(&base).diagnostic(display));
    }
    let mut state = Walk {
        base: base.clone(),
        visited: Vec::new(),
        links: Vec::new(),
        files: Vec::new(),
        extension,
    };
    let mut refused = Vec::new();
    state
        .dir(dir, base, Vec::new())
        .map_err(|e| list_error(&e))?;
    // Links to folders last, once every real folder is known: a link to a folder
    // already walked (or to `.`, `..`, or one another) is a loop or a second copy.
    while !state.links.is_empty() {
        let (path, rel) = state.links.remove(0);
        let shown = display.join(rel.join("/"));
        let target = match std::fs::canonicalize(&path) {
            Ok(t) => t,
            Err(e) => {
                refused.push(Refused::io(&e).diagnostic(&shown));
                continue;
            }
        };
        if !target.starts_with(&state.base) || state.visited.contains(&target) {
            refused.push(
                Refused::refuse(format!(
                    "it is a link to {}, outside {} or to a folder read already (a \
                     loop); a link to a folder is followed only to a new folder inside it",
                    target.display(),
                    display.display()
                ))
                .diagnostic(&shown),
            );
            continue;
        }
        state.dir(&path, target, rel).map_err(|e| list_error(&e))?;
    }
    state.files.sort();
    Ok((state.files, refused))
}

/// A walk in progress.
struct Walk<'a> {
    /// The folder walked, links resolved.
    base: PathBuf,
    /// Folders walked, links resolved.
    visited: Vec<PathBuf>,
    /// Links to folders met, to follow once the real folders are walked.
    links: Vec<(PathBuf, Vec<String>)>,
    files: Vec<String>,
    /// The extension of the files listed; `None`: every file.
    extension: Option<&'a str>,
}

impl Walk<'_> {
    /// Walks `dir` (`canonical` once links are resolved, `rel` from the base).
    fn dir(
        &mut self,
        dir: &Path,
        canonical: PathBuf,
        rel: Vec<String>,
    ) -> std::io::Result<()> {
        self.visited.push(canonical.clone());
        let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = entry.path();
            let mut rel = rel.clone();
            rel.push(name.clone());
            // The entry's type needs no `stat` (thousands of files in a Firefox tree);
            // only a link is followed to see what it names.
            let file_type = entry.file_type()?;
            let named_as_file = self
                .extension
                .is_some_and(|x| Path::new(&name).extension().is_some_and(|e| e == x));
            if named_as_file && (file_type.is_dir() || path.is_dir()) {
                // A folder named like an input (`foreword.ftl/`) is listed as one, so
                // that reading it says it is a folder: walked, its file would only be
                // missing, and `sync` would be told to create what it cannot.
                self.files.push(rel.join("/"));
            } else if file_type.is_symlink() && path.is_dir() {
                self.links.push((path, rel));
            } else if file_type.is_dir() {
                self.dir(&path, canonical.join(&name), rel)?;
            } else if named_as_file || self.extension.is_none() {
                self.files.push(rel.join("/"));
            }
        }
        Ok(())
    }
}

/// An unpredictable 64-bit number, for the names of temporary files (the CLI's outputs,
/// the build's PDF spool): std's hash keys are seeded from the OS's random source per
/// process, and mixed here with the time and a counter.
pub fn unpredictable() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    if let Ok(d) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        h.write_u128(d.as_nanos());
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_files_links_out_and_large_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(root.join("ok.ftl"), "a = b\n").unwrap();
        assert_eq!(read(root, &root.join("ok.ftl"), FTL).unwrap(), b"a = b\n");
        std::os::unix::fs::symlink("/dev/zero", root.join("zero.ftl")).unwrap();
        let r = read(root, &root.join("zero.ftl"), FTL).unwrap_err();
        assert_eq!(r.code, Code::RefusedInput);
        assert!(r.cause.contains("outside the project"), "{}", r.cause);
        std::fs::create_dir(root.join("d.ftl")).unwrap();
        let r = read(root, &root.join("d.ftl"), FTL).unwrap_err();
        assert!(r.cause.contains("a folder"), "{}", r.cause);
        let r = read(root, Path::new("/etc/hostname"), FTL).unwrap_err();
        assert!(r.cause.contains("outside the project"), "{}", r.cause);
        let r = read(root, &root.join("none.ftl"), FTL).unwrap_err();
        assert!(r.missing && r.code == Code::IoError);
        let small = Limit {
            bytes: 3,
            what: "a test file",
        };
        let r = read(root, &root.join("ok.ftl"), small).unwrap_err();
        assert!(r.cause.contains("over the limit"), "{}", r.cause);
    }

    #[test]
    fn walks_do_not_loop_or_leave_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("en/sub")).unwrap();
        std::fs::write(root.join("en/a.ftl"), "").unwrap();
        std::fs::write(root.join("en/sub/b.ftl"), "").unwrap();
        std::os::unix::fs::symlink(".", root.join("en/self")).unwrap();
        std::os::unix::fs::symlink("..", root.join("en/up")).unwrap();
        std::os::unix::fs::symlink("sub", root.join("en/sub2")).unwrap();
        let (files, refused) =
            walk(root, &root.join("en"), Path::new("locales/en"), "ftl").unwrap();
        assert_eq!(files, ["a.ftl", "sub/b.ftl"]);
        assert_eq!(refused.len(), 3, "{refused:?}");
        std::fs::write(root.join("en/sub/notes.txt"), "").unwrap();
        let (files, refused) =
            walk_files(root, &root.join("en"), Path::new("locales/en")).unwrap();
        assert_eq!(files, ["a.ftl", "sub/b.ftl", "sub/notes.txt"]);
        assert_eq!(refused.len(), 3, "{refused:?}");
    }
}
