//! Fallback: messages the report uses that a locale lacks, which the build takes from
//! the source locale (a silkpress project only: a bare FTL tree has no structure).

use crate::diag::{Code, Diagnostic};
use crate::l10n::index::Index;
use crate::l10n::resolve::UI_MESSAGES;
use crate::project::Structure;

/// How many IDs the warning names before "and N more".
const LISTED: usize = 5;

/// Reports, once per locale, the messages of the structure and the renderers' interface
/// strings that `build` would take from the source locale (`fallback`). Each is also a
/// `missing-message` or `missing-value` error; this warning says what the reader of
/// the edition would see, pointing at the first such block of the structure.
pub fn fallback(structure: &Structure, tgt: &Index, out: &mut Vec<Diagnostic>) {
    let has_value = |id: &str| tgt.get(id, false).is_some_and(|l| tgt.entry(l).has_value);
    let mut first_span = None;
    let mut ids: Vec<&str> = Vec::new();
    // A set beside the list: `Vec::contains` made this quadratic in the blocks.
    let mut listed: rustc_hash::FxHashSet<&str> = Default::default();
    for r in structure.msg_refs() {
        if !has_value(&r.id) && listed.insert(r.id.as_str()) {
            first_span.get_or_insert_with(|| r.span.clone());
            ids.push(&r.id);
        }
    }
    for id in UI_MESSAGES {
        if !has_value(id) {
            ids.push(id);
        }
    }
    if ids.is_empty() {
        return;
    }
    let tag = tgt.tag();
    let mut list: Vec<String> =
        ids.iter().take(LISTED).map(|i| format!("`{i}`")).collect();
    if ids.len() > LISTED {
        list.push(format!("and {} more", ids.len() - LISTED));
    }
    let mut d = Diagnostic::warning(
        Code::Fallback,
        format!(
            "the `{tag}` edition would show {} message(s) in the source language: {}",
            ids.len(),
            list.join(", ")
        ),
    )
    .locale(tag)
    .hint(format!(
        "translate them; `silkpress sync {tag}` adds them as comments"
    ));
    if let Some(span) = first_span {
        d = d.at(span);
    }
    out.push(d);
}
