//! References: variables a translation invents or drops, references to messages and
//! terms that do not exist, and cycles of references.

use std::collections::BTreeSet;

use fluent_syntax::ast;

use crate::diag::{Code, Diagnostic};
use crate::l10n::index::{display_id, name_range, patterns, walk, Index, Loc, Node};

/// The variables a message uses in all its patterns, directly or through the messages
/// it references (a caller must pass those too). Terms are not followed: their
/// variables are their own parameters (`{ -china(case: "gen") }`), not the caller's.
fn variables<'a>(index: &Index<'a>, start: Loc) -> BTreeSet<&'a str> {
    let mut vars = BTreeSet::new();
    if let Some(ast) = index.ast(start) {
        for (_, p) in patterns(ast) {
            vars.extend(pattern_variables(index, p, start));
        }
    }
    vars
}

/// The variables one pattern of the message at `owner` uses, following message
/// references.
fn pattern_variables<'a>(
    index: &Index<'a>,
    pattern: &'a ast::Pattern<&'a str>,
    owner: Loc,
) -> BTreeSet<&'a str> {
    let mut vars = BTreeSet::new();
    // Most messages reference no other message: nothing is allocated for them.
    let mut todo = Vec::new();
    let mut seen = Vec::new();
    let mut visit = |p: &'a ast::Pattern<&'a str>,
                     todo: &mut Vec<Loc>,
                     vars: &mut BTreeSet<&'a str>| {
        walk(p, &mut |n| match n {
            Node::Variable(v) => {
                vars.insert(v);
            }
            Node::Message(id, _) => {
                if let Some(next) = index.get(id, false) {
                    if next != owner && !seen.contains(&next) {
                        seen.push(next);
                        todo.push(next);
                    }
                }
            }
            _ => {}
        })
    };
    visit(pattern, &mut todo, &mut vars);
    while let Some(loc) = todo.pop() {
        let Some(ast) = index.ast(loc) else { continue };
        for (_, p) in patterns(ast) {
            visit(p, &mut todo, &mut vars);
        }
    }
    vars
}

/// Compares the variables of a translated message with its source:
/// `unknown-variable` (error) for one the source does not offer — formatting it would
/// fail — and `dropped-variable` (warning) for one of the source the translation omits.
pub fn compare_variables(
    src: &Index,
    sloc: Loc,
    tgt: &Index,
    tloc: Loc,
    out: &mut Vec<Diagnostic>,
) {
    if tgt.entry(tloc).is_term {
        return;
    }
    let Some(ast) = tgt.ast(tloc) else { return };
    let Some(sast) = src.ast(sloc) else { return };
    // Variables live in placeables: plain text on both sides has none to compare.
    let placeables = |e: &ast::Entry<&str>| {
        patterns(e).any(|(_, p)| {
            p.elements
                .iter()
                .any(|el| matches!(el, ast::PatternElement::Placeable { .. }))
        })
    };
    if !placeables(ast) && !placeables(sast) {
        return;
    }
    let text = tgt.text(tloc);
    // The source's variables are gathered only for a translation that uses some.
    let mut offered: Option<BTreeSet<&str>> = None;
    let mut reported = BTreeSet::new();
    for (_, p) in patterns(ast) {
        walk(p, &mut |n| {
            if let Node::Variable(v) = n {
                let offered = offered.get_or_insert_with(|| variables(src, sloc));
                if !offered.contains(v) && reported.insert(v) {
                    let id = &tgt.entry(tloc).id;
                    let mut d = Diagnostic::error(
                        Code::UnknownVariable,
                        format!("`${v}` is not a variable of `{id}` in the source"),
                    )
                    .at(tgt.span_at(tloc, name_range(text, v, 1)))
                    .locale(tgt.tag())
                    .id(id.as_str());
                    d = if offered.is_empty() {
                        d.hint("the source message takes no variables")
                    } else {
                        let list: Vec<String> =
                            offered.iter().map(|o| format!("${o}")).collect();
                        d.hint(format!("the source offers {}", list.join(", ")))
                    };
                    out.push(d);
                }
            }
        });
    }
    // Dropped variables are compared pattern by pattern: a value that loses `$name`
    // shows no name even if an attribute still uses it.
    let tpatterns = patterns(ast);
    for (attr, sp) in patterns(sast) {
        let Some((_, tp)) = tpatterns.clone().find(|(a, _)| *a == attr) else {
            continue;
        };
        let mut direct = BTreeSet::new();
        walk(sp, &mut |n| {
            if let Node::Variable(v) = n {
                direct.insert(v);
            }
        });
        if direct.is_empty() {
            continue;
        }
        let used = pattern_variables(tgt, tp, tloc);
        let part = attr
            .map(|a| format!(" (attribute `.{a}`)"))
            .unwrap_or_default();
        for v in direct.difference(&used) {
            out.push(
                tgt.diag(
                    Diagnostic::warning(
                        Code::DroppedVariable,
                        format!(
                            "the translation drops `${v}`, which the source uses{part}"
                        ),
                    )
                    .hint("use it, unless the language really has no place for it"),
                    tloc,
                ),
            );
        }
    }
}

/// The message and term references of a pattern, as written (`-term`, `msg.attr`).
/// A term's attribute is a selector, not text, and is not counted (compare-locales
/// does the same).
fn pattern_references<'p>(
    pattern: &'p ast::Pattern<&'p str>,
) -> BTreeSet<(String, &'p str)> {
    let mut out = BTreeSet::new();
    walk(pattern, &mut |n| match n {
        Node::Message(id, attr) => {
            let shown = match attr {
                Some(a) => format!("{id}.{a}"),
                None => id.to_string(),
            };
            out.insert((shown, id));
        }
        Node::Term(id, None) => {
            out.insert((format!("-{id}"), id));
        }
        _ => {}
    });
    out
}

/// Compares the message and term references of each pattern of a translated entry with
/// its source's (`dropped-reference`, a warning): a brand written out instead of
/// `{ -brand-short-name }` no longer follows the brand.
pub fn compare_references(
    src: &Index,
    sloc: Loc,
    tgt: &Index,
    tloc: Loc,
    out: &mut Vec<Diagnostic>,
) {
    let (Some(sast), Some(tast)) = (src.ast(sloc), tgt.ast(tloc)) else {
        return;
    };
    let tpatterns = patterns(tast);
    for (attr, sp) in patterns(sast) {
        let want = pattern_references(sp);
        if want.is_empty() {
            continue;
        }
        let Some((_, tp)) = tpatterns.clone().find(|(a, _)| *a == attr) else {
            continue;
        };
        let have: BTreeSet<String> =
            pattern_references(tp).into_iter().map(|(s, _)| s).collect();
        let part = attr
            .map(|a| format!(" (attribute `.{a}`)"))
            .unwrap_or_default();
        // A reference the translation adds stands in for one it drops (`{ -bri }` for
        // `{ -bri-short }`: the language's form of the same name): only drops beyond
        // the additions are reported, the last ones in the source's order.
        let added = have
            .iter()
            .filter(|h| !want.iter().any(|(s, _)| s == *h))
            .count();
        let dropped: Vec<&String> = want
            .iter()
            .map(|(s, _)| s)
            .filter(|s| !have.contains(*s))
            .collect();
        for shown in dropped.into_iter().skip(added) {
            let what = if shown.starts_with('-') {
                "term"
            } else {
                "message"
            };
            out.push(
                tgt.diag(
                    Diagnostic::warning(
                        Code::DroppedReference,
                        format!(
                            "the translation drops the {what} reference `{{ {shown} }}` of the source{part}"
                        ),
                    ),
                    tloc,
                )
                .hint(format!(
                    "write `{{ {shown} }}` where the source does, rather than its text"
                )),
            );
        }
    }
}

/// Checks one reference, found in the entry at `loc`, to the message or term `id` (and
/// its attribute `attr`): `unknown-reference` when the locale does not define it —
/// fluent-bundle resolves references within the locale, so it would fail to format.
/// Returns the referenced entry.
pub fn reference(
    src: &Index,
    index: &Index,
    loc: Loc,
    (id, attr, is_term): (&str, Option<&str>, bool),
    out: &mut Vec<Diagnostic>,
) -> Option<Loc> {
    let shown = display_id(id, is_term);
    let target = index.get(id, is_term);
    let message = match target {
        None => {
            let what = if is_term { "term" } else { "message" };
            let elsewhere = if index.data.locale.tag == src.data.locale.tag {
                ""
            } else if src.get(id, is_term).is_some() {
                " (the source defines it: translate it)"
            } else {
                " (nor does the source)"
            };
            format!("{what} `{shown}` is not defined in this locale{elsewhere}")
        }
        Some(t) => match attr {
            Some(a) if !index.entry(t).attributes.iter().any(|x| x == a) => {
                format!("`{shown}` has no attribute `.{a}`")
            }
            _ => return target,
        },
    };
    let owner = index.entry(loc);
    let range = name_range(index.text(loc), id, usize::from(is_term));
    out.push(
        Diagnostic::error(Code::UnknownReference, message)
            .at(index.span_at(loc, range))
            .locale(index.tag())
            .id(display_id(&owner.id, owner.is_term)),
    );
    target
}

/// Entries as graph nodes: numbered by file, then position in the file.
pub struct Nodes {
    offsets: Vec<usize>,
    /// Number of nodes.
    pub len: usize,
}

impl Nodes {
    /// The numbering of a locale's entries.
    pub fn new(index: &Index) -> Self {
        let mut offsets = Vec::with_capacity(index.data.files.len());
        let mut len = 0;
        for f in &index.data.files {
            offsets.push(len);
            len += f.entries.len();
        }
        Nodes { offsets, len }
    }

    /// The node of an entry.
    pub fn of(&self, loc: Loc) -> usize {
        self.offsets[loc.file] + loc.entry
    }
}

/// Reports cycles of message and term references (`cyclic-reference`), which
/// fluent-bundle can only break with an error at format time, given each node's
/// references. Each cycle (strongly connected component) is reported once, at its first
/// member in file order.
pub fn cycles(
    index: &Index,
    nodes: &Nodes,
    edges: &[Vec<usize>],
    out: &mut Vec<Diagnostic>,
) {
    if edges.iter().all(Vec::is_empty) {
        return;
    }
    let mut locs = vec![Loc { file: 0, entry: 0 }; nodes.len];
    for loc in index.firsts() {
        locs[nodes.of(loc)] = loc;
    }
    for mut component in strongly_connected(edges) {
        let looped = component.len() > 1 || edges[component[0]].contains(&component[0]);
        if !looped {
            continue;
        }
        component.sort_unstable();
        let names: Vec<String> = component
            .iter()
            .map(|&i| {
                let e = index.entry(locs[i]);
                format!("`{}`", display_id(&e.id, e.is_term))
            })
            .collect();
        out.push(
            index
                .diag(
                    Diagnostic::error(
                        Code::CyclicReference,
                        format!("{} reference each other in a cycle", names.join(", ")),
                    ),
                    locs[component[0]],
                )
                .hint("break the cycle: a message cannot contain itself"),
        );
    }
}

/// Tarjan's algorithm, iterative so a 50,000-message chain cannot overflow the stack.
/// Returns the components in discovery order.
fn strongly_connected(edges: &[Vec<usize>]) -> Vec<Vec<usize>> {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut out = Vec::new();
    let mut counter = 0;
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        // (node, next edge to look at)
        let mut call = vec![(root, 0usize)];
        index[root] = counter;
        low[root] = counter;
        counter += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut i)) = call.last_mut() {
            if *i < edges[v].len() {
                let w = edges[v][*i];
                *i += 1;
                if index[w] == UNSEEN {
                    index[w] = counter;
                    low[w] = counter;
                    counter += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    call.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
            } else {
                call.pop();
                if let Some(&(parent, _)) = call.last() {
                    low[parent] = low[parent].min(low[v]);
                }
                if low[v] == index[v] {
                    let mut component = Vec::new();
                    while let Some(w) = stack.pop() {
                        on_stack[w] = false;
                        component.push(w);
                        if w == v {
                            break;
                        }
                    }
                    out.push(component);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::strongly_connected;

    #[test]
    fn finds_cycles() {
        // 0 → 1 → 2 → 0, 3 → 3, 4 → 0
        let edges = vec![vec![1], vec![2], vec![0], vec![3], vec![0]];
        let mut comps: Vec<Vec<usize>> = strongly_connected(&edges)
            .into_iter()
            .map(|mut c| {
                c.sort();
                c
            })
            .collect();
        comps.sort();
        assert_eq!(comps, vec![vec![0, 1, 2], vec![3], vec![4]]);
    }
}
