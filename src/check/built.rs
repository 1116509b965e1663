//! What the build would stop on, checked so that a locale `check` passes builds:
//! every message the editions show is formatted exactly as the build formats it
//! ([`crate::l10n::resolve::format_as_built`]: the same bundle, arguments and limits),
//! which finds a `$variable` the build does not supply, more placeables than Fluent
//! formats, and control or bidi characters in the text; and every file is scanned for
//! control characters and bidi overrides written as they are, anywhere in it (a
//! comment too: a "Trojan source" hides in what a reviewer reads), at their line and
//! column.

use crate::diag::{Code, Diagnostic, Span};
use crate::l10n::resolve::{format_as_built, unsafe_text};
use crate::project::locales::LocaleData;
use crate::project::ui::UI_MESSAGES;
use crate::project::Structure;

/// Scans the files of `data` and, in a project (`structure`), formats the messages
/// the build shows; appends what it finds to `out`, skipping what `out` already
/// reports for the same message.
pub fn built(
    sources: &crate::diag::Sources,
    data: &LocaleData,
    structure: Option<&Structure>,
    out: &mut Vec<Diagnostic>,
) {
    let tag = &data.locale.tag;
    let pseudo_bidi = tag == crate::l10n::pseudo::Strategy::Bidi.tag();
    let mut found = Vec::new();
    for file in &data.files {
        let text = sources.text(file.file);
        for (at, c) in text.char_indices() {
            let control = crate::l10n::resolve::is_control_at(text, at, c);
            let embedding = ('\u{202A}'..='\u{202E}').contains(&c) && !pseudo_bidi;
            if !(control || embedding) {
                continue;
            }
            // The entry the character is in: the last one that starts before it,
            // unless it is in a comment.
            let line = &text[text[..at].rfind('\n').map_or(0, |n| n + 1)..];
            let id = file
                .entries
                .iter()
                .take_while(|e| e.span.start <= at && !line.starts_with('#'))
                .last()
                .map(|e| {
                    if e.is_term {
                        format!("-{}", e.id)
                    } else {
                        e.id.clone()
                    }
                })
                .unwrap_or_default();
            let mut one = [0u8; 4];
            if let Some(d) = unsafe_text(&id, tag, c.encode_utf8(&mut one), pseudo_bidi) {
                let mut d = d.at(Span::new(file.file, at..at + c.len_utf8()));
                // The position is the span's: drop "(character 1)" of a one-character text.
                d.message = d
                    .message
                    .replace(" (character 1)", "")
                    .replace(", character 1", "");
                if id.is_empty() {
                    d.id = None;
                }
                found.push(d);
            }
        }
    }
    if let Some(structure) = structure {
        let ids = structure
            .msg_refs()
            .map(|r| r.id.as_str())
            .chain(UI_MESSAGES.iter().copied());
        for d in format_as_built(data, ids) {
            // An error of the same message says it first, unless the locale's
            // `[[suppress]]` list drops that one: the build still stops on this.
            let same = |o: &Diagnostic| {
                o.id == d.id && o.is_error() && !super::suppressed(data, o)
            };
            let dup = match d.code {
                // Found in the file already, at its line and column.
                Code::ControlCharacter | Code::BidiControl => {
                    found.iter().any(|o| same(o) && o.code == d.code)
                }
                // The comparison with the source said it first.
                Code::UnsuppliedVariable => out
                    .iter()
                    .any(|o| same(o) && o.code == Code::UnknownVariable),
                // Unknown references and cycles have their own checks.
                Code::FormatError => out.iter().chain(&found).any(same),
                _ => false,
            };
            if !dup {
                found.push(d);
            }
        }
    }
    out.extend(found);
}
