//! The per-locale fingerprint store (`<locale>/l10n.lock`) that tells a stale
//! translation from an up-to-date one.
//!
//! For each source message `silkpress sync` records a fingerprint of the source text
//! the translator was given and, when the message is translated, a fingerprint of the
//! translation. `check` reports a translation as stale when the source's fingerprint has
//! changed since and the translation has not (same fingerprint, or none recorded: it was
//! translated from the commented copy sync wrote). Editing the translation and running
//! `sync` again records the new pair, which clears the warning.
//!
//! Fingerprints are 64-bit FNV-1a hashes (hex) of the entry as fluent-syntax serialises
//! it without its comment, so reformatting (`silkpress fmt`) or re-commenting a message
//! does not make it stale; only a change of its text, attributes or variants does.

use std::collections::BTreeMap;
use std::path::Path;

use crate::diag::{Code, Diagnostic};

use fluent_syntax::{ast, serializer};
use serde::{Deserialize, Serialize};

/// The lock file's name inside a locale directory.
pub const LOCK_FILE: &str = "l10n.lock";

/// The fingerprints of one message (`ID` with terms as `-name`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fingerprint {
    /// The source text the translator was given.
    pub source: String,
    /// The translation made from it, when there was one at the last sync.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation: Option<String>,
}

impl Fingerprint {
    /// Whether the translation recorded here is stale, by the rule of the module's
    /// documentation: the source's fingerprint is now `source`, no longer the recorded
    /// one, and the translation's is still the recorded one (or none was recorded).
    /// `translation` gives the translation's fingerprint; it is computed only when the
    /// source has changed.
    pub fn is_stale(&self, source: &str, translation: impl FnOnce() -> String) -> bool {
        source != self.source
            && self
                .translation
                .as_ref()
                .is_none_or(|recorded| *recorded == translation())
    }
}

/// A locale's lock file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Lock {
    /// Format version.
    pub version: u32,
    /// The source locale the fingerprints are of.
    pub source_locale: String,
    /// Fingerprints by message ID.
    #[serde(default)]
    pub fingerprints: BTreeMap<String, Fingerprint>,
}

impl Lock {
    /// Parses a lock file.
    pub fn parse(text: &str) -> Result<Lock, toml::de::Error> {
        toml::from_str(text)
    }

    /// The lock file's text, with a header for the people who open it.
    pub fn to_text(&self) -> String {
        let body = toml::to_string(self).unwrap_or_default();
        format!(
            "# Written by `silkpress sync`: fingerprints of the source text each translation\n\
             # was made from, so `silkpress check` can report stale translations. Commit it;\n\
             # do not edit it by hand.\n{body}"
        )
    }
}

/// The fingerprint of an entry: its serialised form without comment.
pub fn fingerprint(entry: &ast::Entry<&str>) -> String {
    let text = serialize_without_comment(entry);
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.trim_end().bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// An entry in canonical FTL form, its comment dropped: what a fingerprint hashes and what
/// `sync` copies for the translator.
pub fn serialize_without_comment(entry: &ast::Entry<&str>) -> String {
    let mut entry = entry.clone();
    match &mut entry {
        ast::Entry::Message(m) => m.comment = None,
        ast::Entry::Term(t) => t.comment = None,
        _ => {}
    }
    serializer::serialize(&ast::Resource { body: vec![entry] })
}

/// Reads a locale's lock file: none when it has never been synced.
pub fn read_lock(dir: &Path, display_dir: &Path) -> Result<Option<Lock>, Diagnostic> {
    let path = dir.join(LOCK_FILE);
    let display = display_dir.join(LOCK_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Diagnostic::error(
                Code::IoError,
                format!("failed to read {} ({e})", display.display()),
            )
            .in_file(display))
        }
    };
    Lock::parse(&text).map(Some).map_err(|e| {
        Diagnostic::error(
            Code::ConfigError,
            format!("failed to read {} ({})", display.display(), e.message()),
        )
        .in_file(display)
        .hint("delete it and run `silkpress sync` to write it again")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(src: &str) -> String {
        let res = fluent_syntax::parser::parse(src).unwrap();
        fingerprint(&res.body[0])
    }

    #[test]
    fn formatting_and_comments_do_not_count() {
        let a = entry("a = Hello { $name }\n");
        assert_eq!(a, entry("# a comment\na =   Hello {$name}\n"));
        assert_eq!(a, entry("a =\n    Hello { $name }\n"));
        assert_ne!(a, entry("a = Hello, { $name }\n"));
        assert_eq!(a.len(), 16);
    }

    #[test]
    fn round_trip() {
        let mut lock = Lock {
            version: 1,
            source_locale: "en".into(),
            ..Lock::default()
        };
        lock.fingerprints.insert(
            "-x".into(),
            Fingerprint {
                source: "00ff".into(),
                translation: Some("aa11".into()),
            },
        );
        assert_eq!(Lock::parse(&lock.to_text()).unwrap(), lock);
    }
}
