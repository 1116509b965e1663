//! Helpers shared by the integration tests (a module, not a test binary of its own).

#![allow(
    dead_code,
    reason = "each test binary uses its own subset of the helpers"
)]

use std::path::Path;

pub mod seed;

/// The repository root.
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Copies a directory tree (the repository's templates, locales and fonts, or a fixture)
/// into a test's temporary directory.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Links the font files of `from` into `to` (hard links; copies across devices): the
/// fonts are read only from inside a project, so a symlinked `fonts/` is refused, and
/// copying 20 MB per test project is slow.
pub fn link_fonts(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if std::fs::hard_link(e.path(), &target).is_err() {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}
