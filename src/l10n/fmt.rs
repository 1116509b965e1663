//! `silkpress fmt`: FTL files in the canonical layout of fluent-syntax's serializer.
//!
//! Comments and the order of entries are kept (they are part of the syntax tree); the
//! result is idempotent, and each file is re-parsed after formatting and must give the
//! same syntax tree, so formatting can never change a message. A byte-order mark and
//! CRLF line endings are removed. Files with syntax errors are left untouched: the
//! serializer would drop their broken entries.

use std::path::PathBuf;

use fluent_syntax::{parser, serializer};

use crate::diag::{Code, Diagnostic, Sources};
use crate::project::locales::LocaleData;

/// A file whose formatted text differs from what is on disk.
pub struct Formatted {
    /// Path on disk.
    pub path: PathBuf,
    /// Path as shown.
    pub display: PathBuf,
    /// The formatted text.
    pub text: String,
}

/// The canonical form of an FTL text, or why it has none.
///
/// ```
/// use silkpress::l10n::fmt::format_text;
/// let once = format_text("# greeting\nhello   =  Hi {$name}\r\n").unwrap();
/// assert_eq!(once, "# greeting\nhello = Hi { $name }\n");
/// assert_eq!(format_text(&once).unwrap(), once);
/// assert!(format_text("broken = {").is_err());
/// ```
pub fn format_text(text: &str) -> Result<String, String> {
    let text = text
        .strip_prefix('\u{FEFF}')
        .unwrap_or(text)
        .replace("\r\n", "\n");
    let parsed = parser::parse(text.as_str())
        .map_err(|(_, e)| format!("{} syntax error(s); fix them first", e.len()))?;
    let out = bare_blank_lines(&serializer::serialize(&parsed));
    // The serializer must not change meaning: the result parses to the same tree.
    match parser::parse(out.as_str()) {
        Ok(again) if again == parsed => Ok(out),
        _ => Err("the formatter would change this file's meaning; left untouched".into()),
    }
}

/// `text` with its lines of only spaces emptied: the serializer indents a blank line
/// inside a text, which is the same blank line to Fluent with invisible trailing spaces.
pub fn bare_blank_lines(text: &str) -> String {
    text.split_inclusive('\n')
        .map(|line| {
            let body = line.strip_suffix('\n').unwrap_or(line);
            if !body.is_empty() && body.bytes().all(|b| b == b' ') {
                &line[body.len()..]
            } else {
                line
            }
        })
        .collect()
}

/// The files of a locale whose formatted text differs from the bytes on disk, and the
/// files that cannot be formatted.
pub fn fmt(sources: &Sources, data: &LocaleData) -> (Vec<Formatted>, Vec<Diagnostic>) {
    let mut changed = Vec::new();
    let mut errors = Vec::new();
    for file in &data.files {
        let display = sources.path(file.file).to_path_buf();
        let path = data.dir.join(&file.rel);
        match format_text(sources.text(file.file)) {
            // The file on disk is its byte-order mark, if any, then the text as loaded:
            // no need to read it again.
            Ok(text) => {
                if file.bom || text != sources.text(file.file) {
                    changed.push(Formatted {
                        path,
                        display,
                        text,
                    });
                }
            }
            Err(why) => errors.push(
                Diagnostic::error(
                    Code::SyntaxError,
                    format!("{} not formatted: {why}", display.display()),
                )
                .in_file(&display)
                .locale(&data.locale.tag),
            ),
        }
    }
    (changed, errors)
}
