//! Markup: inline tags a translation drops or adds compared with its source.
//!
//! Balance and unknown tags are checked when files are loaded (`markup-error`); here
//! the *count of each tag* must match the source, except for tags the locale replaces
//! by its own convention (`dropped-markup` in `locale.toml`: Chinese sets titles in
//! 《》 instead of `<i>`), which it may omit.

use std::collections::BTreeMap;

use crate::diag::{Code, Diagnostic};
use crate::doc::markup::{self, PatternText};
use crate::l10n::index::{Index, Loc};

fn counts(text: &str) -> Option<BTreeMap<String, usize>> {
    let (tags, errors) = markup::tags(text);
    if !errors.is_empty() {
        // Already reported as `markup-error`; comparing broken markup adds only noise.
        return None;
    }
    let mut out = BTreeMap::new();
    for t in tags.iter().filter(|t| !t.closing) {
        *out.entry(t.name.clone()).or_insert(0) += 1;
    }
    Some(out)
}

/// Compares the tags of a translated pattern with its source (`markup-mismatch`).
pub fn compare(
    source: &PatternText,
    tgt: &Index,
    tloc: Loc,
    target: &PatternText,
    attr: Option<&str>,
    out: &mut Vec<Diagnostic>,
) {
    let (Some(want), Some(have)) = (counts(&source.text), counts(&target.text)) else {
        return;
    };
    let dropped = &tgt.data.settings.dropped_markup;
    let names: std::collections::BTreeSet<&String> =
        want.keys().chain(have.keys()).collect();
    let part = attr
        .map(|a| format!(" (attribute `.{a}`)"))
        .unwrap_or_default();
    for name in names {
        let w = want.get(name).copied().unwrap_or(0);
        let h = have.get(name).copied().unwrap_or(0);
        if w == h || (dropped.contains(name) && h <= w) {
            continue;
        }
        let what = if h < w { "drops" } else { "adds" };
        let mut d = tgt.diag(
            Diagnostic::error(
                Code::MarkupMismatch,
                format!(
                    "the translation {what} `<{name}>`: {w} in the source, {h} here{part}"
                ),
            ),
            tloc,
        );
        if h < w && !dropped.contains(name) {
            d = d.hint(format!(
                "keep the source's markup, or list \"{name}\" in `dropped-markup` of the \
                 locale's locale.toml if the language marks this differently"
            ));
        }
        out.push(d);
    }
}
