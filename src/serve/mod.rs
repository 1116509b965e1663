//! The library side of `silkpress serve`, the translators' live editor: what the editor
//! shows of a locale ([`messages`]: every message of the report in report order, source
//! beside translation, with its status and its check diagnostics), what an edit writes
//! ([`edit::edit`]: the `.ftl` file as `fmt` formats it, the lock file as `sync` writes
//! it), and a [`Session`] that reloads the project and rebuilds the previewed editions
//! incrementally ([`crate::build::build_cached`]).
//!
//! Nothing here listens on a socket, prints or writes a file: the HTTP server, the file
//! watcher and the writes are in `cli::serve`.

pub mod edit;
mod session;

pub use session::{Preview, Session, Timings};

use std::ops::Range;

use serde::Serialize;

use crate::check::CheckReport;
use crate::diag::{Code, Diagnostic, Severity, Sources};
use crate::l10n::lock::serialize_without_comment;
use crate::project::locales::LocaleData;
use crate::project::Project;

/// Where a message stands in a locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// The locale is the source locale: the text is the original.
    Source,
    /// Translated and up to date.
    Translated,
    /// The locale has no value for it: the edition shows the source text.
    Missing,
    /// Translated, but the source changed since (`stale-translation`).
    Stale,
    /// Translated, but the translation does not format (an unknown reference, a control
    /// character), so the preview shows the source text (`fallback` raised while
    /// resolving for the preview; `build` stops on the errors, which the editor shows).
    Fallback,
}

/// One diagnostic as the editor shows it.
#[derive(Clone, Debug, Serialize)]
pub struct Note {
    /// `error` or `warning`.
    pub severity: &'static str,
    /// The code, as `check` prints it (`stale-translation`).
    pub code: &'static str,
    /// What is wrong.
    pub message: String,
    /// `file:line:col`, when it has a position.
    pub at: Option<String>,
    /// What to do.
    pub hints: Vec<String>,
    /// How the source changed (`stale-translation`): old and new text and their word
    /// difference, as `check --format json` gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<crate::diag::Change>,
}

impl Note {
    fn of(sources: &Sources, d: &Diagnostic) -> Note {
        Note {
            severity: match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            code: d.code.name(),
            // With the PDF page of a layout problem (`check --layout`'s, from the build).
            message: d.text().into_owned(),
            at: sources.location(d),
            hints: d.hints.clone(),
            change: d.change.as_deref().cloned(),
        }
    }
}

/// One message of the report as the editor shows it.
#[derive(Clone, Debug, Serialize)]
pub struct MessageView {
    /// Its ID.
    pub id: String,
    /// The source entry as FTL (without its comment).
    pub source: String,
    /// The locale's entry as FTL (without its comment), if it has one.
    pub translation: Option<String>,
    /// The file it is in (or would be added to), relative to the locale directory.
    pub file: String,
    /// Its status.
    pub status: Status,
    /// The diagnostics of `check` (and of the last build) about it.
    pub notes: Vec<Note>,
}

/// The messages of the report's structure in report order (each once), as the editor
/// shows them for locale `tag`: `check` is a check of that locale, `build` the
/// diagnostics of its last build (fallbacks, overfull lines).
pub fn messages(
    project: &Project,
    check: &CheckReport,
    build: &[Diagnostic],
    tag: &str,
) -> Vec<MessageView> {
    let source = project.source_locale();
    let target = project.locale(tag);
    let is_source = source.locale.tag == tag;
    // The messages in report order, each once.
    let mut seen: rustc_hash::FxHashSet<&str> = Default::default();
    let ids: Vec<&str> = project
        .structure
        .msg_refs()
        .map(|r| r.id.as_str())
        .filter(|id| seen.insert(id))
        .collect();
    // Each message's diagnostics, found once for all (a search of every diagnostic for
    // each message was quadratic: 100 s for 60,000 untranslated messages).
    let extents: Vec<Option<(crate::diag::FileId, Range<usize>)>> = ids
        .iter()
        .map(|id| target.and_then(|t| extent(project, t, id)))
        .collect();
    // The fallback summary names many messages; the status says it per message.
    let about_check = About::new(tag, &ids, &extents, &check.diagnostics, |d| {
        d.code != Code::Fallback
    });
    let about_build = About::new(tag, &ids, &extents, build, |_| true);
    let mut out = Vec::new();
    for (k, &id) in ids.iter().enumerate() {
        let src_text = entry_text(project, source, id).unwrap_or_default();
        let translation = target.and_then(|t| entry_text(project, t, id));
        let has_value = target
            .and_then(|t| t.find(id, false))
            .is_some_and(|(_, e)| e.has_value);
        let about_check: Vec<&Diagnostic> = about_check.of(k).collect();
        let about_build: Vec<&Diagnostic> = about_build.of(k).collect();
        let status = if is_source {
            Status::Source
        } else if !has_value {
            Status::Missing
        } else if about_build.iter().any(|d| d.code == Code::Fallback) {
            Status::Fallback
        } else if about_check.iter().any(|d| d.code == Code::StaleTranslation) {
            Status::Stale
        } else {
            Status::Translated
        };
        let file = target
            .and_then(|t| t.find(id, false))
            .or_else(|| source.find(id, false))
            .map(|(f, _)| f.rel.clone())
            .unwrap_or_default();
        let mut notes: Vec<Note> = Vec::new();
        for d in about_check.into_iter().chain(about_build) {
            let n = Note::of(&project.sources, d);
            if !notes
                .iter()
                .any(|m| m.code == n.code && m.message == n.message)
            {
                notes.push(n);
            }
        }
        out.push(MessageView {
            id: id.to_string(),
            source: src_text,
            translation,
            file,
            status,
            notes,
        });
    }
    out
}

/// The diagnostics about each message of a list: those of the locale (or of none) that
/// name its ID, or point inside its entry's extent in the locale's file; each list in
/// the diagnostics' order.
struct About<'d> {
    diagnostics: &'d [Diagnostic],
    /// Per message, the indices of its diagnostics.
    of: Vec<Vec<usize>>,
}

impl<'d> About<'d> {
    fn new(
        tag: &str,
        ids: &[&str],
        extents: &[Option<(crate::diag::FileId, Range<usize>)>],
        diagnostics: &'d [Diagnostic],
        keep: impl Fn(&Diagnostic) -> bool,
    ) -> About<'d> {
        let by_id: rustc_hash::FxHashMap<&str, usize> =
            ids.iter().enumerate().map(|(k, &id)| (id, k)).collect();
        // Per file, the extents sorted by start: a position's message by binary search.
        let mut by_file: rustc_hash::FxHashMap<
            crate::diag::FileId,
            Vec<(Range<usize>, usize)>,
        > = Default::default();
        for (k, e) in extents.iter().enumerate() {
            if let Some((f, range)) = e {
                by_file.entry(*f).or_default().push((range.clone(), k));
            }
        }
        for v in by_file.values_mut() {
            v.sort_by_key(|(r, k)| (r.start, *k));
        }
        let mut of = vec![Vec::new(); ids.len()];
        for (i, d) in diagnostics.iter().enumerate() {
            if d.locale.as_deref().is_some_and(|l| l != tag) || !keep(d) {
                continue;
            }
            let named = d.id.as_deref().and_then(|id| by_id.get(id).copied());
            if let Some(k) = named {
                of[k].push(i);
            }
            let Some(s) = &d.span else { continue };
            let Some(v) = by_file.get(&s.file) else {
                continue;
            };
            let at = s.range.start;
            // Every extent holding the position (extents of one entry may repeat).
            let upto = v.partition_point(|(r, _)| r.start <= at);
            for &(_, k) in v[..upto].iter().rev().take_while(|(r, _)| r.contains(&at)) {
                if named != Some(k) {
                    of[k].push(i);
                }
            }
        }
        for list in &mut of {
            list.sort_unstable();
            list.dedup();
        }
        About { diagnostics, of }
    }

    /// The diagnostics about message `k`, in order.
    fn of(&self, k: usize) -> impl Iterator<Item = &'d Diagnostic> + '_ {
        self.of[k].iter().map(|&i| &self.diagnostics[i])
    }
}

/// A message's entry in a locale as FTL, without its comment.
fn entry_text(project: &Project, data: &LocaleData, id: &str) -> Option<String> {
    let _ = project;
    let (file, e) = data.find(id, false)?;
    let entry = file.resource.get_entry(e.index)?;
    Some(serialize_without_comment(entry))
}

/// The bytes of the file a message's entry spans: from its ID to the next entry's ID
/// (or the end of the file), so a diagnostic inside it is about it.
fn extent(
    project: &Project,
    data: &LocaleData,
    id: &str,
) -> Option<(crate::diag::FileId, Range<usize>)> {
    let (file, e) = data.find(id, false)?;
    // The entries are in file order: the next one's start, found by binary search.
    let next = file
        .entries
        .partition_point(|x| x.span.start <= e.span.start);
    let end = file
        .entries
        .get(next)
        .map_or_else(|| project.sources.text(file.file).len(), |x| x.span.start);
    Some((file.file, e.span.start..end))
}
