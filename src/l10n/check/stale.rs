//! Stale translations: the source text changed after the translation was made, per
//! the fingerprints `silkpress sync` records in the locale's lock file (see
//! [`crate::l10n::lock`]).

use std::path::Path;

use super::index::{display_id, Index, Pair};
use crate::diag::Diagnostic;
use crate::l10n::lock::{fingerprint, Lock, LOCK_FILE};

/// Reads a locale's lock file: none when it has never been synced.
pub fn read_lock(dir: &Path, display_dir: &Path) -> Result<Option<Lock>, Diagnostic> {
    let path = dir.join(LOCK_FILE);
    let display = display_dir.join(LOCK_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Diagnostic::error(
                "io-error",
                format!("failed to read {} ({e})", display.display()),
            )
            .in_file(display))
        }
    };
    Lock::parse(&text).map(Some).map_err(|e| {
        Diagnostic::error(
            "config-error",
            format!("failed to read {} ({})", display.display(), e.message()),
        )
        .in_file(display)
        .hint("delete it and run `silkpress sync` to write it again")
    })
}

/// Reports translations whose source changed since they were made (`stale-translation`).
pub fn stale(
    src: &Index,
    tgt: &Index,
    pairs: &[Pair],
    lock: &Lock,
    out: &mut Vec<Diagnostic>,
) {
    for &(sloc, target) in pairs {
        let Some(tloc) = target else { continue };
        let se = src.entry(sloc);
        let id = display_id(&se.id, se.is_term);
        let Some(recorded) = lock.fingerprints.get(&id) else {
            continue;
        };
        let (Some(sast), Some(tast)) = (src.ast(sloc), tgt.ast(tloc)) else {
            continue;
        };
        if recorded.is_stale(&fingerprint(sast), || fingerprint(tast)) {
            out.push(
                tgt.diag(
                    Diagnostic::warning(
                        "stale-translation",
                        format!("the source text of `{id}` changed after it was translated"),
                    ),
                    tloc,
                )
                .hint(format!(
                    "compare with the source and update the translation, then run `silkpress sync {}`",
                    tgt.tag()
                )),
            );
        }
    }
}
