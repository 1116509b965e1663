//! `silkpress sync <LOC>`: bring a locale's files in line with the source locale for
//! its translator.
//!
//! - Every message or term the locale lacks is added, in source order after the
//!   translated entry before it, as a comment block headed [`MISSING_MARK`] holding a
//!   copy of the source entry: the translator uncomments it and translates it. Blocks
//!   from an earlier sync are replaced, so running sync twice changes nothing.
//! - A source file the locale lacks is created (header with locale, script and
//!   direction, then the commented copies).
//! - An entry the source no longer has gets [`OBSOLETE_MARK`] as the first line of its
//!   comment (removed again if the source brings it back).
//! - A stale translation (its source changed since it was translated, by the lock
//!   file) gets a comment block headed [`STALE_MARK`] showing the word difference
//!   between the source it was made from and the source now, each line of it starting
//!   [`STALE_LINE`]. The block is written again when the source changes again and
//!   removed once the translation is updated; the translator's own comment lines are
//!   kept as they are.
//! - The lock file (`l10n.lock`, see [`crate::l10n::lock`]) is refreshed.
//!
//! Files are rewritten through fluent-syntax's serializer (as `silkpress fmt` does), and
//! only when their content changes. Nothing is written here: the caller writes
//! [`SyncOutput::files`].

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use fluent_syntax::{ast, parser, serializer};

use super::index::{display_id, FxMap, Index};
use super::lock::{fingerprint, serialize_without_comment, Fingerprint, Lock, LOCK_FILE};
use crate::diag::{Code, DiagResult, Diagnostic, Sources};
use crate::lang::Locale;
use crate::project::locales::LocaleData;

/// First line of a commented-out copy of a missing source entry.
pub const MISSING_MARK: &str = "silkpress-sync: missing; translate and uncomment:";
/// First comment line of a stale translation: the word difference of its source
/// follows, each line starting [`STALE_LINE`].
pub const STALE_MARK: &str =
    "silkpress-sync: stale; its source changed since it was translated ([-removed-] {+added+}):";
/// First comment line of a stale translation whose old source text is not known (the
/// lock file was written before silkpress kept it).
pub const STALE_UNKNOWN_MARK: &str =
    "silkpress-sync: stale; its source changed since it was \
     translated (the old source text is unknown: compare with the source)";
/// How each line of a stale translation's difference starts.
pub const STALE_LINE: &str = "silkpress-sync>";
/// Kept text shown on each side of a change in a stale translation's comment.
const STALE_CONTEXT: usize = 80;

/// Whether a standalone comment is sync's commented copy of the missing entry `id`
/// (`-name` for a term): its first line is [`MISSING_MARK`], its second starts the
/// entry (`id =`).
pub fn is_missing_copy(comment: &ast::Comment<&str>, id: &str) -> bool {
    comment.content.first() == Some(&MISSING_MARK)
        && comment.content.get(1).is_some_and(|l| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
}

/// Whether a comment line is one sync wrote for a stale translation.
pub fn is_stale_line(line: &str) -> bool {
    line.starts_with("silkpress-sync: stale;") || line.starts_with(STALE_LINE)
}

/// The comment lines of a stale translation: the mark, then the difference (control
/// characters escaped: the lines come from a lock file, which may be hostile).
fn stale_lines(change: &crate::diag::Change) -> Vec<String> {
    match change.shortened(STALE_CONTEXT) {
        None => vec![STALE_UNKNOWN_MARK.to_string()],
        Some(diff) => std::iter::once(STALE_MARK.to_string())
            .chain(
                crate::diag::escape(&diff)
                    .lines()
                    .map(|l| format!("{STALE_LINE} {l}").trim_end().to_string()),
            )
            .collect(),
    }
}

/// First comment line of an entry the source no longer has.
pub const OBSOLETE_MARK: &str =
    "silkpress-sync: obsolete; the source locale no longer has it (delete it)";

/// What sync would write.
pub struct SyncOutput {
    /// Files to write (path on disk, text), the lock file last.
    pub files: Vec<(PathBuf, String)>,
    /// Missing entries now present as commented copies.
    pub missing: usize,
    /// Entries marked obsolete.
    pub obsolete: usize,
    /// Stale translations, each with its comment of the source's change.
    pub stale: usize,
    /// Files created, relative to the locale directory.
    pub created: Vec<String>,
}

/// English names of common languages, for file headers (the tag is used otherwise).
const NAMES: &[(&str, &str)] = &[
    ("ar", "Arabic"),
    ("az", "Azerbaijani"),
    ("be", "Belarusian"),
    ("bg", "Bulgarian"),
    ("cs", "Czech"),
    ("da", "Danish"),
    ("de", "German"),
    ("el", "Greek"),
    ("en", "English"),
    ("es", "Spanish"),
    ("fa", "Persian"),
    ("fi", "Finnish"),
    ("fr", "French"),
    ("he", "Hebrew"),
    ("hi", "Hindi"),
    ("hu", "Hungarian"),
    ("hy", "Armenian"),
    ("id", "Indonesian"),
    ("it", "Italian"),
    ("ja", "Japanese"),
    ("ka", "Georgian"),
    ("kk", "Kazakh"),
    ("ko", "Korean"),
    ("ky", "Kyrgyz"),
    ("mn", "Mongolian"),
    ("nl", "Dutch"),
    ("pl", "Polish"),
    ("ps", "Pashto"),
    ("pt", "Portuguese"),
    ("ro", "Romanian"),
    ("ru", "Russian"),
    ("sv", "Swedish"),
    ("tg", "Tajik"),
    ("th", "Thai"),
    ("tk", "Turkmen"),
    ("tr", "Turkish"),
    ("ug", "Uyghur"),
    ("uk", "Ukrainian"),
    ("ur", "Urdu"),
    ("uz", "Uzbek"),
    ("vi", "Vietnamese"),
    ("zh", "Chinese"),
];

/// `### Locale: kk (Kazakh) · script: Cyrl · direction: ltr`, the header line of a file
/// created for a locale.
pub fn header(locale: &Locale) -> String {
    let language = locale.langid.language.as_str();
    let name = NAMES
        .iter()
        .find(|(code, _)| *code == language)
        .map(|(_, n)| format!(" ({n})"))
        .unwrap_or_default();
    format!(
        "Locale: {}{name} · script: {} · direction: {}",
        locale.tag,
        locale.script,
        locale.direction.as_str()
    )
}

/// The source entry as commented lines for the translator.
fn copy_lines(entry: &ast::Entry<&str>) -> Vec<String> {
    let text = serialize_without_comment(entry);
    let mut lines = vec![MISSING_MARK.to_string()];
    lines.extend(text.trim_end().lines().map(String::from));
    lines
}

/// ID and kind (term or not) of a message or term.
type Key<'s> = (&'s str, bool);

/// The commented copies of a file's missing source entries, in source order, by the
/// entry of the file each follows (`None`: the top of the file).
type Copies<'s> = FxMap<Option<Key<'s>>, Vec<Vec<String>>>;

/// Appends the copies that follow `at` (`None`: the top of the file).
fn push_copies<'a>(
    body: &mut Vec<ast::Entry<&'a str>>,
    copies: &'a Copies,
    at: Option<Key<'a>>,
) {
    for lines in copies.get(&at).into_iter().flatten() {
        body.push(ast::Entry::Comment(ast::Comment {
            content: lines.iter().map(String::as_str).collect(),
        }));
    }
}

/// ID and kind of an entry of a full syntax tree.
fn key<'s>(entry: &ast::Entry<&'s str>) -> Option<Key<'s>> {
    match entry {
        ast::Entry::Message(m) => Some((m.id.name, false)),
        ast::Entry::Term(t) => Some((t.id.name, true)),
        _ => None,
    }
}

fn parse_full<'s>(
    text: &'s str,
    display: &Path,
    locale: &str,
) -> Result<ast::Resource<&'s str>, Diagnostic> {
    parser::parse(text).map_err(|(_, errors)| {
        Diagnostic::error(
            Code::SyntaxError,
            format!(
                "{} has {} syntax error(s); it is left untouched",
                display.display(),
                errors.len()
            ),
        )
        .in_file(display)
        .locale(locale)
        .hint("fix them first (`silkpress check` shows where)")
    })
}

/// Syncs the locale `locale` (whose data is `target`, none when it has no directory
/// yet) with `source`. `dir` is the locale's directory on disk, `display` how it is
/// shown.
pub fn sync<'a>(
    sources: &'a Sources,
    source: &'a LocaleData,
    target: Option<&'a LocaleData>,
    locale: &Locale,
    dir: &Path,
    display: &Path,
) -> DiagResult<SyncOutput> {
    let src = Index::new(source);
    let tgt = target.map(Index::new);
    let in_target =
        |(id, is_term): Key| tgt.as_ref().is_some_and(|t| t.get(id, is_term).is_some());
    let mut out = SyncOutput {
        files: Vec::new(),
        missing: 0,
        obsolete: 0,
        stale: 0,
        created: Vec::new(),
    };
    let mut errors = Vec::new();
    let old_lock = match super::lock::read_lock(&source.root, dir, display) {
        Ok(l) => l.unwrap_or_default(),
        Err(d) => return Err(vec![d.locale(&locale.tag)]),
    };
    let header_lines = [
        header(locale),
        format!(
            "Translated from the source locale `{}` (created by silkpress sync).",
            source.locale.tag
        ),
    ];

    // Every file of the source, then the target's own files the source lacks.
    let mut rels: Vec<&str> = source.files.iter().map(|f| f.rel.as_str()).collect();
    if let Some(t) = target {
        rels.extend(
            t.files
                .iter()
                .map(|f| f.rel.as_str())
                .filter(|rel| !src.files.contains_key(rel)),
        );
    }
    for rel in rels {
        let src_file = src.files.get(rel).map(|&f| &source.files[f]);
        let tgt_file = tgt
            .as_ref()
            .and_then(|t| t.files.get(rel).map(|&f| &t.data.files[f]));
        let file_display = display.join(rel);
        let tgt_text = tgt_file.map(|f| sources.text(f.file)).unwrap_or("");
        let old = match parse_full(tgt_text, &file_display, &locale.tag) {
            Ok(r) => r,
            Err(d) => {
                errors.push(d);
                continue;
            }
        };
        // A file only the target has gives nothing to copy. A broken source file is
        // reported under its own path: the translator cannot fix it in the target.
        let src_res = match src_file {
            None => ast::Resource { body: Vec::new() },
            Some(f) => {
                let (text, path) = (sources.text(f.file), sources.path(f.file));
                match parse_full(text, path, &source.locale.tag) {
                    Ok(r) => r,
                    Err(d) => {
                        errors.push(d);
                        continue;
                    }
                }
            }
        };

        // Commented copies of the missing entries, each after the entry of this file
        // that precedes it in the source (`None`: at the top).
        let in_file: HashSet<Key> = old.body.iter().filter_map(key).collect();
        let mut copies = Copies::default();
        let mut anchor = None;
        for entry in &src_res.body {
            let Some(k) = key(entry) else { continue };
            if in_target(k) {
                if in_file.contains(&k) {
                    anchor = Some(k);
                }
            } else {
                copies.entry(anchor).or_default().push(copy_lines(entry));
                out.missing += 1;
            }
        }

        // The comment lines of this file's stale translations.
        let stale: FxMap<Key, Vec<String>> = old
            .body
            .iter()
            .filter_map(|entry| {
                let k = key(entry)?;
                let sast = src.get(k.0, k.1).and_then(|l| src.ast(l))?;
                let record = old_lock.fingerprints.get(&display_id(k.0, k.1))?;
                let source = serialize_without_comment(sast);
                let source = source.trim_end();
                if !record.is_stale(&super::lock::hash(source), || fingerprint(entry)) {
                    return None;
                }
                let change = super::diff::change(record.old_text(), source);
                Some((k, stale_lines(&change)))
            })
            .collect();
        out.stale += stale.len();

        let mut body: Vec<ast::Entry<&str>> = Vec::new();
        let obsolete_line: &str = OBSOLETE_MARK;
        if tgt_file.is_none() {
            body.push(ast::Entry::ResourceComment(ast::Comment {
                content: header_lines.iter().map(String::as_str).collect(),
            }));
        }
        let mut top_done = false;
        for entry in &old.body {
            let is_sync_copy = matches!(entry, ast::Entry::Comment(c)
                if c.content.first() == Some(&MISSING_MARK));
            if is_sync_copy {
                continue;
            }
            let k = key(entry);
            if k.is_some() && !top_done {
                push_copies(&mut body, &copies, None);
                top_done = true;
            }
            let mut entry = entry.clone();
            if let Some(k) = k {
                let obsolete = src.get(k.0, k.1).is_none();
                out.obsolete += usize::from(obsolete);
                let comment = match &mut entry {
                    ast::Entry::Message(m) => &mut m.comment,
                    ast::Entry::Term(t) => &mut t.comment,
                    _ => unreachable!("key() is some only for messages and terms"),
                };
                let mut lines: Vec<&str> = comment
                    .take()
                    .map(|c| c.content)
                    .unwrap_or_default()
                    .into_iter()
                    // A translator who uncommented a copy leaves its marker attached
                    // to the message: it is no longer true. Stale lines are written
                    // again below if they still hold.
                    .filter(|l| {
                        *l != obsolete_line && *l != MISSING_MARK && !is_stale_line(l)
                    })
                    .collect();
                if obsolete {
                    lines.insert(0, obsolete_line);
                }
                if let Some(stale) = stale.get(&k) {
                    lines.splice(0..0, stale.iter().map(String::as_str));
                }
                *comment = (!lines.is_empty()).then_some(ast::Comment { content: lines });
            }
            body.push(entry);
            if k.is_some() {
                push_copies(&mut body, &copies, k);
            }
        }
        if !top_done {
            push_copies(&mut body, &copies, None);
        }
        let changed = tgt_file.is_none() || body != old.body;
        if changed && (tgt_file.is_some() || !copies.is_empty()) {
            if tgt_file.is_none() {
                out.created.push(rel.to_string());
            }
            let text = serializer::serialize(&ast::Resource { body });
            out.files.push((dir.join(rel), text));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    // The lock: what each translation was made from.
    let mut lock = Lock {
        version: super::lock::VERSION,
        source_locale: source.locale.tag.clone(),
        fingerprints: Default::default(),
    };
    for sloc in src.firsts() {
        let e = src.entry(sloc);
        let id = display_id(&e.id, e.is_term);
        let Some(sast) = src.ast(sloc) else {
            continue;
        };
        let sfp = fingerprint(sast);
        let tfp = tgt.as_ref().and_then(|t| {
            t.get(&e.id, e.is_term)
                .and_then(|tloc| t.ast(tloc))
                .map(fingerprint)
        });
        let record = match (tfp, old_lock.fingerprints.get(&id)) {
            (Some(t), Some(old)) if old.is_stale(&sfp, || t.clone()) => {
                // Still stale: the translation has not changed since the source did,
                // so it was made from the old source (whose text a version-1 lock
                // does not know).
                Fingerprint {
                    source: old.source.clone(),
                    translation: Some(t),
                    source_text: old.old_text().map(String::from),
                }
            }
            (t, _) => Fingerprint::new(sast, t),
        };
        lock.fingerprints.insert(id, record);
    }
    if lock != old_lock {
        out.files.push((dir.join(LOCK_FILE), lock.to_text()));
    }
    Ok(out)
}
