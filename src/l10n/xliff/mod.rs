//! XLIFF for CAT tools: a locale's translation exported as XLIFF 2.1 (or 1.2) and the
//! translated file imported back into its `.ftl` files.
//!
//! - [`export`]: one `<unit>` per message value, attribute and term of the source, with
//!   the FTL comments as notes, the source text, the current translation as target and
//!   its state (missing → `initial`; translated → `translated`; stale by the lock file
//!   → `initial` with `subState="silkpress:needs-review"`, 1.2 `needs-review-translation`).
//!   Placeables and inline tags are protected codes (`<ph>`/`<pc>` with their FTL in
//!   `<originalData>`); each variant of a select expression is a segment of its own.
//! - [`import`]: the targets compared with the current translations; each changed unit
//!   rebuilt and spliced into its file, every other byte kept; the lock file refreshed
//!   for the entries changed or confirmed. Any error, and nothing is returned to write.
//!
//! No printing and no writing here: the CLI writes [`Imported::files`].

mod apply;
mod read;
mod units;
mod write;

pub use apply::{import, Imported};
pub use read::{MAX_BYTES, MAX_DEPTH};
pub use units::{units, FileUnits, Inline, State, Unit};

use crate::diag::{Code, Diagnostic, Sources};
use crate::l10n::lock::Lock;
use crate::lang::Direction;
use crate::project::locales::LocaleData;

/// Which XLIFF is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Version {
    /// XLIFF 2.1 (OASIS Standard, 2018): core namespace `…:document:2.0`, `version="2.1"`.
    #[default]
    V21,
    /// XLIFF 1.2 (OASIS Standard, 2008), for tools that read nothing newer.
    V12,
}

/// The XLIFF file of `target`'s translation of `source`, stale states per `lock`.
pub fn export(
    sources: &Sources,
    source: &LocaleData,
    target: &LocaleData,
    lock: Option<&Lock>,
    version: Version,
) -> Result<String, Diagnostic> {
    let files = units(sources, source, target, lock);
    let header = write::Header {
        source: &source.locale.tag,
        target: &target.locale.tag,
        rtl: target.locale.direction == Direction::Rtl,
    };
    write::write(&header, &files, version).map_err(|why| {
        Diagnostic::error(Code::XliffInvalid, why).locale(&target.locale.tag)
    })
}
