//! Stale translations: the source text changed after the translation was made, per
//! the fingerprints `silkpress sync` records in the locale's lock file (see
//! [`crate::l10n::lock`]).

use crate::diag::{Code, Diagnostic};
use crate::l10n::index::{display_id, Index, Pair};
use crate::l10n::lock::{fingerprint, Lock};

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
                        Code::StaleTranslation,
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
