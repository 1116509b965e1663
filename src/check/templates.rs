//! The HTML templates, read and compiled by the HTML build's own loader
//! ([`Templates::read`]): a template that does not compile (`template-error`, exit 1)
//! or cannot be read (`io-error`, `refused-input`, exit 2) fails the HTML build of every
//! locale, so it fails the check of any locale, whichever formats are built.

use std::path::Path;

use crate::diag::Diagnostic;
use crate::render::html::Templates;

/// What stops the project at `root` from loading its HTML templates, as the HTML build
/// reports it.
pub fn templates(root: &Path) -> Vec<Diagnostic> {
    Templates::read(root).err().unwrap_or_default()
}
