//! Stale translations: the source text changed after the translation was made, per
//! the fingerprints `silkpress sync` records in the locale's lock file (see
//! [`crate::l10n::lock`]). Each warning carries the word difference between the
//! source the translation was made from (kept in the lock since format version 2) and
//! the source now ([`crate::l10n::diff`]), or says the old text is unknown.

use crate::diag::{Code, Diagnostic};
use crate::l10n::index::{display_id, Index, Pair};
use crate::l10n::lock::{fingerprint, hash, serialize_without_comment, Lock};

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
        let source = serialize_without_comment(sast);
        let source = source.trim_end();
        if recorded.is_stale(&hash(source), || fingerprint(tast)) {
            let change = crate::l10n::diff::change(recorded.old_text(), source);
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
                ))
                .change(change),
            );
        }
    }
}
