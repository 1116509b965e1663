//! Coverage: missing and obsolete messages, terms, attributes, values and files, and
//! duplicate IDs within a locale.

use std::path::Path;

use crate::check::l10n_toml::{Action, Plan};
use crate::diag::{Code, Diagnostic, Sources};
use crate::l10n::index::{display_id, where_is, Index, Loc, Pair, Scope};

/// Entry counts of a target locale against the source.
#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    /// Messages and terms of the source locale.
    pub total: usize,
    /// Of those, how many the target defines.
    pub translated: usize,
    /// Messages and terms of the target the source no longer has.
    pub obsolete: usize,
}

/// Compares a target locale with the source: `missing-file`, `missing-message`,
/// `missing-term`, `missing-value`, `extra-value`, `missing-attribute` (errors) and
/// `obsolete-message`, `obsolete-term`, `obsolete-attribute` (warnings).
///
/// Matching is by ID across the whole locale, as fluent-bundle resolves it: a message
/// moved to another file is still translated. A file of the source the target lacks is
/// one `missing-file` plus one `missing-message` per message, so counts mean the same
/// thing whether a file is missing or only some of its messages.
///
/// A file of the target in `unread`, or under a folder in it (it exists, but loading
/// could not read it and said why) is not missing: neither it nor its messages are reported (`sync` would refuse
/// it, and creating it would lose its translations); its messages count as untranslated.
pub fn coverage(
    sources: &Sources,
    src: &Index,
    tgt: &Index,
    (pairs, plan): (&[Pair], Option<&Plan>),
    (target_dir, unread): (&Path, &[String]),
    out: &mut Vec<Diagnostic>,
) -> Counts {
    let tag = tgt.tag();
    let target_path = |rel: &str| target_dir.join(rel);
    let mut counts = Counts::default();
    // Pairs come in the source's file order: take each file's in turn.
    let mut all = pairs.iter().peekable();
    for (f, file) in src.data.files.iter().enumerate() {
        if !src.files.contains_key(file.rel.as_str()) {
            // Not the target's to translate (a project configuration).
            continue;
        }
        let mut firsts: Vec<Pair> = Vec::new();
        while let Some(pair) = all.next_if(|(l, _)| l.file == f) {
            firsts.push(*pair);
        }
        let has_file = tgt.files.contains_key(file.rel.as_str());
        // A folder left unread (a link out of the project; `""` the locale's own)
        // leaves every file under it unread.
        let unread_file = !has_file
            && unread.iter().any(|u| {
                u.is_empty()
                    || *u == file.rel
                    || file
                        .rel
                        .strip_prefix(u.as_str())
                        .is_some_and(|r| r.starts_with('/'))
            });
        if !has_file && !unread_file && !firsts.is_empty() {
            out.push(
                Diagnostic::error(
                    Code::MissingFile,
                    format!(
                        "{} is missing: {} message(s) and term(s) of the source are untranslated",
                        file.rel,
                        firsts.len()
                    ),
                )
                .in_file(target_path(&file.rel))
                .locale(tag)
                .hint(format!("create it with `silkpress sync {tag}`")),
            );
        }
        for (loc, target) in firsts {
            let se = src.entry(loc);
            let id = display_id(&se.id, se.is_term);
            // A filter's `warning`: reported, not counted (compare-locales' `report`).
            let warned = has_file
                && plan.is_some_and(|p| p.entry(&file.rel, &id) == Action::Warning);
            if warned && target.is_none() {
                out.push(
                    Diagnostic::warning(
                        if se.is_term {
                            Code::MissingTerm
                        } else {
                            Code::MissingMessage
                        },
                        format!("`{id}` is not translated (a filter of the project configuration makes this a warning)"),
                    )
                    .in_file(target_path(&file.rel))
                    .locale(tag)
                    .id(&id),
                );
                continue;
            }
            counts.total += 1;
            let Some(tloc) = target else {
                if unread_file {
                    continue;
                }
                let (code, what) = if se.is_term {
                    (Code::MissingTerm, "term")
                } else {
                    (Code::MissingMessage, "message")
                };
                out.push(
                    Diagnostic::error(code, format!("{what} `{id}` is not translated"))
                        .in_file(target_path(&file.rel))
                        .locale(tag)
                        .id(&id)
                        .hint(format!(
                            "the source defines it at {}",
                            where_is(sources, src, loc)
                        )),
                );
                continue;
            };
            counts.translated += 1;
            let te = tgt.entry(tloc);
            if se.has_value && !te.has_value {
                out.push(tgt.diag(
                    Diagnostic::error(
                        Code::MissingValue,
                        format!("`{id}` has a value in the source but none here"),
                    ),
                    tloc,
                ));
            } else if !se.has_value && te.has_value {
                out.push(tgt.diag(
                    Diagnostic::error(
                        Code::ExtraValue,
                        format!(
                            "`{id}` has a value here but none in the source (only attributes)"
                        ),
                    ),
                    tloc,
                ));
            }
            for a in &se.attributes {
                if !te.attributes.contains(a) {
                    out.push(tgt.diag(
                        Diagnostic::error(
                            Code::MissingAttribute,
                            format!("attribute `.{a}` of `{id}` is not translated"),
                        ),
                        tloc,
                    ));
                }
            }
            for a in &te.attributes {
                if !se.attributes.contains(a) {
                    out.push(tgt.diag(
                        Diagnostic::warning(
                            Code::ObsoleteAttribute,
                            format!("attribute `.{a}` of `{id}` is not in the source"),
                        ),
                        tloc,
                    ));
                }
            }
        }
    }
    for file in &tgt.data.files {
        let in_scope = tgt.files.contains_key(file.rel.as_str());
        if in_scope && !src.files.contains_key(file.rel.as_str()) {
            out.push(
                Diagnostic::warning(
                    Code::ObsoleteFile,
                    format!(
                        "{} is not in the source locale ({} message(s) and term(s))",
                        file.rel,
                        file.entries.len()
                    ),
                )
                .in_file(target_path(&file.rel))
                .locale(tag)
                .hint(match tgt.scope {
                    Scope::Locale => {
                        "delete it, or move its messages to a file of the source"
                    }
                    Scope::File => {
                        "delete it: no source file of that path, so nothing loads it"
                    }
                }),
            );
        }
    }
    for loc in tgt.firsts() {
        let te = tgt.entry(loc);
        let in_source = match tgt.scope {
            Scope::Locale => src.get(&te.id, te.is_term).is_some(),
            Scope::File => match src.files.get(tgt.file(loc).rel.as_str()) {
                // Per file, a file of its own is what is obsolete, reported above (as
                // compare-locales counts it): its entries are not each counted again.
                None => continue,
                Some(&sf) => src.first_in_scope(sf, &te.id, te.is_term).is_some(),
            },
        };
        if !in_source {
            counts.obsolete += 1;
            let (code, what) = if te.is_term {
                (Code::ObsoleteTerm, "term")
            } else {
                (Code::ObsoleteMessage, "message")
            };
            out.push(
                tgt.diag(
                    Diagnostic::warning(
                        code,
                        format!(
                            "{what} `{}` is not in the source locale any more",
                            display_id(&te.id, te.is_term)
                        ),
                    ),
                    loc,
                )
                .hint("delete it, or run `silkpress sync` to mark it obsolete"),
            );
        }
    }
    counts
}

/// Reports an ID defined twice in a locale (`duplicate-id`), and a term and a message
/// with the same name (`id-collision`): fluent-bundle keeps both kinds in one namespace,
/// so `-x` and `x` cannot coexist and the later one is dropped at build time.
pub fn duplicates(sources: &Sources, index: &Index, out: &mut Vec<Diagnostic>) {
    for (f, file) in index.data.files.iter().enumerate() {
        for (e, entry) in file.entries.iter().enumerate() {
            let loc = Loc { file: f, entry: e };
            let id = display_id(&entry.id, entry.is_term);
            let first = index.first_in_scope(f, &entry.id, entry.is_term);
            if let Some(first) = first.filter(|f| *f != loc) {
                out.push(
                    index
                        .diag(
                            Diagnostic::error(
                                Code::DuplicateId,
                                match index.scope {
                                    Scope::Locale => format!(
                                        "`{id}` is defined more than once in this locale"
                                    ),
                                    Scope::File => {
                                        format!("`{id}` is defined more than once in this file")
                                    }
                                },
                            ),
                            loc,
                        )
                        .hint(format!(
                            "the first definition, at {}, wins; delete or rename this one",
                            where_is(sources, index, first)
                        )),
                );
                continue;
            }
            // fluent-bundle adds files in order: the later of the two is dropped.
            let other = index.first_in_scope(f, &entry.id, !entry.is_term);
            if let Some(other) =
                other.filter(|o| (o.file, o.entry) < (loc.file, loc.entry))
            {
                out.push(
                    index
                        .diag(
                            Diagnostic::error(
                                Code::IdCollision,
                                format!(
                                    "`{id}` collides with `{}`: fluent-bundle keeps terms and \
                                     messages in one namespace, so this definition is dropped",
                                    display_id(&entry.id, !entry.is_term)
                                ),
                            ),
                            loc,
                        )
                        .hint(format!(
                            "rename one of them (the other is at {})",
                            where_is(sources, index, other)
                        )),
                );
            }
        }
    }
}
