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
//!
//! Since format version 2 the lock also keeps that serialised source text itself
//! (`source-text`), so a stale translation can be shown *what* changed: the word
//! difference between the text it was made from and the text now. A version-1 lock
//! (fingerprints only) still reports stale translations, without the difference; the
//! next sync writes version 2. A recorded text counts only when it hashes to the
//! recorded fingerprint, so a hand-edited text is never shown as the old source.

use std::collections::BTreeMap;
use std::path::Path;

use crate::diag::{Code, Diagnostic};

use fluent_syntax::{ast, serializer};
use serde::{Deserialize, Serialize};

/// The lock file's name inside a locale directory.
pub const LOCK_FILE: &str = "l10n.lock";

/// The lock format version this silkpress writes (1: fingerprints only; 2: with the
/// source texts).
pub const VERSION: u32 = 2;

/// The longest source text (bytes, serialised) a lock keeps; a longer entry keeps only
/// its fingerprint (its staleness is still reported, without the difference).
pub const MAX_TEXT: usize = 64 << 10;

/// The fingerprints of one message (`ID` with terms as `-name`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Fingerprint {
    /// The source text the translator was given.
    pub source: String,
    /// The translation made from it, when there was one at the last sync.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation: Option<String>,
    /// The source text itself, as [`serialize_without_comment`] writes it (trailing
    /// space trimmed): what `source` is the fingerprint of. None in a version-1 lock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_text: Option<String>,
}

impl Fingerprint {
    /// The record of a source entry as it is now, with the fingerprint of the
    /// translation made from it (if any).
    pub fn new(source: &ast::Entry<&str>, translation: Option<String>) -> Self {
        let text = serialize_without_comment(source);
        let text = text.trim_end();
        Fingerprint {
            source: hash(text),
            translation,
            source_text: (text.len() <= MAX_TEXT).then(|| text.to_string()),
        }
    }

    /// The recorded source text, when there is one and it is the text the fingerprint
    /// was taken of (a text edited by hand, or from another entry, is not trusted).
    pub fn old_text(&self) -> Option<&str> {
        self.source_text
            .as_deref()
            .filter(|t| t.len() <= MAX_TEXT && hash(t) == self.source)
    }

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
    /// Parses a lock file (version 1 or 2).
    pub fn parse(text: &str) -> Result<Lock, String> {
        let lock: Lock = toml::from_str(text).map_err(|e| e.message().to_string())?;
        if lock.version > VERSION {
            return Err(format!(
                "lock format version {} is newer than this silkpress reads ({VERSION})",
                lock.version
            ));
        }
        Ok(lock)
    }

    /// The lock file's text, with a header for the people who open it. When the source
    /// texts would make it larger than a lock file may be
    /// ([`crate::project::input::LOCK`]), they are left out (fingerprints only).
    pub fn to_text(&self) -> String {
        let text = self.render();
        if text.len() as u64 <= crate::project::input::LOCK.bytes {
            return text;
        }
        let mut bare = self.clone();
        for f in bare.fingerprints.values_mut() {
            f.source_text = None;
        }
        bare.render()
    }

    fn render(&self) -> String {
        let body = toml::to_string(self).unwrap_or_default();
        format!(
            "# Written by `silkpress sync`: the source text each translation was made from\n\
             # and fingerprints of both, so `silkpress check` can report stale translations\n\
             # and what changed. Commit it; do not edit it by hand.\n{body}"
        )
    }
}

/// The fingerprint of an entry: its serialised form without comment.
pub fn fingerprint(entry: &ast::Entry<&str>) -> String {
    hash(serialize_without_comment(entry).trim_end())
}

/// 64-bit FNV-1a of a text, as 16 hex digits: the fingerprint of a serialised entry
/// whose trailing space is trimmed.
pub fn hash(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// What a person is shown of an entry's serialised text ([`Fingerprint::source_text`]):
/// the text after `ID =`, continuation lines without their four-space indent, so
/// `intro = The report` shows as `The report` and attributes as `.title = …` lines.
pub fn shown_text(serialised: &str) -> String {
    let mut lines = serialised.lines();
    let first = lines.next().unwrap_or("");
    let head = first.split_once(" =").map_or(first, |(_, rest)| rest);
    let mut out: Vec<&str> = Vec::new();
    if !head.trim().is_empty() {
        out.push(head.trim_start());
    }
    out.extend(lines.map(|l| l.strip_prefix("    ").unwrap_or(l)));
    out.join("\n")
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
///
/// The file is read by the rules of [`crate::project::input`], inside `root`, as the
/// locale's `.ftl` files are ([`crate::project::locales::LocaleData::root`]).
pub fn read_lock(
    root: &Path,
    dir: &Path,
    display_dir: &Path,
) -> Result<Option<Lock>, Diagnostic> {
    let path = dir.join(LOCK_FILE);
    let display = display_dir.join(LOCK_FILE);
    if !crate::project::input::present(&path) {
        return Ok(None);
    }
    let text = crate::project::locales::read_text(
        root,
        &path,
        &display,
        crate::project::input::LOCK,
    )?;
    Lock::parse(&text).map(Some).map_err(|e| {
        Diagnostic::error(
            Code::ConfigError,
            format!("failed to read {} ({e})", display.display()),
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

    fn first(src: &str) -> ast::Resource<&str> {
        fluent_syntax::parser::parse(src).unwrap()
    }

    #[test]
    fn round_trip() {
        let mut lock = Lock {
            version: VERSION,
            source_locale: "en".into(),
            ..Lock::default()
        };
        let res =
            first("-x = A \"quoted\" \\ { $n }\n    and a second line\n    .attr = B\n");
        let record = Fingerprint::new(&res.body[0], Some("aa11".into()));
        assert_eq!(record.source, fingerprint(&res.body[0]));
        assert_eq!(
            record.old_text(),
            Some(
                "-x =\n    A \"quoted\" \\ { $n }\n    and a second line\n    .attr = B"
            )
        );
        lock.fingerprints.insert("-x".into(), record);
        assert_eq!(Lock::parse(&lock.to_text()).unwrap(), lock);
    }

    #[test]
    fn a_version_1_lock_still_reads_and_a_newer_one_is_refused() {
        let v1 = "version = 1\nsource-locale = \"en\"\n\n[fingerprints.a]\nsource = \"00ff\"\ntranslation = \"aa11\"\n";
        let lock = Lock::parse(v1).unwrap();
        assert_eq!(lock.fingerprints["a"].old_text(), None);
        assert_eq!(lock.fingerprints["a"].translation.as_deref(), Some("aa11"));
        let v3 = v1.replace("version = 1", "version = 3");
        assert!(Lock::parse(&v3).unwrap_err().contains("newer"));
    }

    #[test]
    fn a_text_that_is_not_the_fingerprinted_one_is_not_trusted() {
        let res = first("a = Hello\n");
        let mut record = Fingerprint::new(&res.body[0], None);
        assert_eq!(record.old_text(), Some("a = Hello"));
        record.source_text = Some("a = Goodbye".into());
        assert_eq!(record.old_text(), None);
    }

    #[test]
    fn shown_text_drops_the_id_and_the_indent() {
        assert_eq!(shown_text("a = Hello { $name }"), "Hello { $name }");
        assert_eq!(
            shown_text("-t =\n    one\n    two\n    .title = T"),
            "one\ntwo\n.title = T"
        );
        assert_eq!(shown_text("a =\n    .title = T"), ".title = T");
    }
}
