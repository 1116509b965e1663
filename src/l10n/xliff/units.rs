//! The translation units of a locale: every message value, attribute and term of the
//! source, split into segments at select expressions, with its notes, its state and
//! the protected inline codes of its text.
//!
//! Export and import both build this model from the files on disk, the same way, so the
//! import can compare what comes back with what went out and find exactly what changed.
//!
//! - A pattern is cut into *runs*: the elements between select expressions. Each run of
//!   text is one segment; each variant of a select is walked the same way, so every
//!   variant of a plural or a case is its own segment, which a translator fills
//!   (segment IDs name the variant: `s2.gen`).
//! - The structure (where the selects are) is the translation's when there is one, the
//!   source's otherwise; when the two differ (a language with case forms where English
//!   has none), each segment's source is the whole source text for that variant.
//! - Placeables (`{ $var }`, `{ -term }`, `{ -term(case: "gen") }`, message references,
//!   `{ "literal" }`) and the inline tags `<i>` `</i>` `<b>` `</b>` are codes: numbered
//!   per unit, the same number in source and target for the same code (the k-th
//!   occurrence of the same FTL text in a segment pair).

use fluent_syntax::ast;
use fluent_syntax::parser;

use crate::doc::markup;
use crate::l10n::index::{display_id, patterns, Index};
use crate::l10n::lock::{fingerprint, hash, serialize_without_comment, Lock};
use crate::project::locales::LocaleData;

use crate::diag::Sources;

/// What an inline code stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeKind {
    /// A placeable; `variable` when it is a `$variable` (which may not be deleted).
    Placeable {
        /// Whether the placeable is a bare variable reference.
        variable: bool,
    },
    /// An opening tag (`i` or `b`).
    Open(String),
    /// A closing tag.
    Close(String),
}

/// An inline code of a unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    /// Its FTL text: `{ $name }`, `<i>`.
    pub ftl: String,
    /// What it is.
    pub kind: CodeKind,
}

/// A piece of segment content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// A code, by its index in [`Unit::codes`] (its XLIFF ID is the index plus one).
    Code(usize),
}

/// One segment: a run of text, or one variant's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Unique in its unit: `s1`, `s2.gen`, `s3.one.few`.
    pub id: String,
    /// The variant keys leading to it (`[$case] gen`), for the note that explains them.
    pub path: Vec<(String, String)>,
    /// The source text.
    pub source: Vec<Inline>,
    /// The translation, when there is one.
    pub target: Option<Vec<Inline>>,
}

/// A unit's translation state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Not translated.
    Missing,
    /// Translated, and the source has not changed since (or no lock records it).
    Translated,
    /// Translated, but the source changed since (per the lock file, as `check` says).
    Stale,
}

/// A translation unit: a message value, an attribute, or a term.
#[derive(Clone, Debug)]
pub struct Unit {
    /// `message`, `message.attribute`, `-term`.
    pub id: String,
    /// The entry's ID as written (`-term` for terms).
    pub entry: String,
    /// The attribute, for an attribute unit.
    pub attribute: Option<String>,
    /// Notes for the translator (FTL comments, what the segments are).
    pub notes: Vec<(NoteKind, String)>,
    /// The codes of source and target.
    pub codes: Vec<Code>,
    /// The segments.
    pub segments: Vec<Segment>,
    /// Translation state.
    pub state: State,
    /// Whether the segmentation follows the translation (else the source).
    pub target_shaped: bool,
}

/// Where a note comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteKind {
    /// The source entry's comment.
    SourceComment,
    /// The comment of the section (`##`) the source entry is in.
    Section,
    /// The translation's own comment.
    TargetComment,
    /// Written by silkpress (variants, staleness).
    Tool,
}

impl NoteKind {
    /// The XLIFF note category.
    pub fn category(self) -> &'static str {
        match self {
            NoteKind::SourceComment => "source-comment",
            NoteKind::Section => "section",
            NoteKind::TargetComment => "translation-comment",
            NoteKind::Tool => "silkpress",
        }
    }
}

/// The units of one source file.
#[derive(Clone, Debug)]
pub struct FileUnits {
    /// Path relative to the locale directory.
    pub rel: String,
    /// The file's resource comments (`###`).
    pub notes: Vec<String>,
    /// Its units, in file order.
    pub units: Vec<Unit>,
}

/// A piece of a pattern: a run of elements between selects, or a select.
pub(super) enum Piece<'p, 's> {
    /// Consecutive elements that are not selects.
    Run(&'p [ast::PatternElement<&'s str>]),
    /// A select: its selector and variants.
    Select(
        &'p ast::InlineExpression<&'s str>,
        &'p [ast::Variant<&'s str>],
    ),
}

/// A pattern's pieces, in order (empty runs left out).
pub(super) fn pieces<'p, 's>(pattern: &'p ast::Pattern<&'s str>) -> Vec<Piece<'p, 's>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, el) in pattern.elements.iter().enumerate() {
        if let ast::PatternElement::Placeable {
            expression: ast::Expression::Select { selector, variants },
        } = el
        {
            if start < i {
                out.push(Piece::Run(&pattern.elements[start..i]));
            }
            out.push(Piece::Select(selector, variants));
            start = i + 1;
        }
    }
    if start < pattern.elements.len() {
        out.push(Piece::Run(&pattern.elements[start..]));
    }
    out
}

/// The FTL text of an inline expression as a placeable: `{ -term(case: "gen") }`.
pub fn placeable_ftl(expr: &ast::Expression<&str>) -> String {
    let entry = ast::Entry::Message(ast::Message {
        id: ast::Identifier { name: "x" },
        value: Some(ast::Pattern {
            elements: vec![ast::PatternElement::Placeable {
                expression: expr.clone(),
            }],
        }),
        attributes: Vec::new(),
        comment: None,
    });
    let text = fluent_syntax::serializer::serialize(&ast::Resource { body: vec![entry] });
    text.strip_prefix("x = ")
        .unwrap_or(&text)
        .trim_end_matches('\n')
        .to_string()
}

/// The FTL text of a selector (`$case`, `NUMBER($n)`), for notes.
fn selector_ftl(selector: &ast::InlineExpression<&str>) -> String {
    let ftl = placeable_ftl(&ast::Expression::Inline(selector.clone()));
    ftl.trim_start_matches("{ ")
        .trim_end_matches(" }")
        .to_string()
}

fn key_text<'s>(key: &ast::VariantKey<&'s str>) -> &'s str {
    match key {
        ast::VariantKey::Identifier { name } => name,
        ast::VariantKey::NumberLiteral { value } => value,
    }
}

/// A segment's shape: its ID, path, and the elements of its run.
pub(super) struct Shape<'p, 's> {
    pub id: String,
    pub path: Vec<(String, String)>,
    pub elements: &'p [ast::PatternElement<&'s str>],
}

/// The segments of a pattern, in the order [`pieces`] walks them (import rebuilds a
/// pattern in the same order).
pub(super) fn shapes<'p, 's>(pattern: &'p ast::Pattern<&'s str>) -> Vec<Shape<'p, 's>> {
    fn walk<'p, 's>(
        pattern: &'p ast::Pattern<&'s str>,
        path: &mut Vec<(String, String)>,
        out: &mut Vec<Shape<'p, 's>>,
    ) {
        for piece in pieces(pattern) {
            match piece {
                Piece::Run(elements) => {
                    let mut id = format!("s{}", out.len() + 1);
                    for (_, key) in path.iter() {
                        id.push('.');
                        id.push_str(key);
                    }
                    out.push(Shape {
                        id,
                        path: path.clone(),
                        elements,
                    });
                }
                Piece::Select(selector, variants) => {
                    let sel = selector_ftl(selector);
                    for v in variants {
                        path.push((sel.clone(), key_text(&v.key).to_string()));
                        walk(&v.value, path, out);
                        path.pop();
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(pattern, &mut Vec::new(), &mut out);
    out
}

/// The elements of a pattern with its selects resolved for `path` (the variant whose key
/// the path names for the same selector, else the default), flattened.
fn flatten<'p, 's>(
    pattern: &'p ast::Pattern<&'s str>,
    path: &[(String, String)],
    out: &mut Vec<&'p ast::PatternElement<&'s str>>,
) {
    for piece in pieces(pattern) {
        match piece {
            Piece::Run(elements) => out.extend(elements.iter()),
            Piece::Select(selector, variants) => {
                let sel = selector_ftl(selector);
                let chosen = variants
                    .iter()
                    .find(|v| {
                        path.iter().any(|(s, k)| *s == sel && k == key_text(&v.key))
                    })
                    .or_else(|| variants.iter().find(|v| v.default))
                    .or(variants.first());
                if let Some(v) = chosen {
                    flatten(&v.value, path, out);
                }
            }
        }
    }
}

/// Builds a unit's codes and inline content, numbering codes per segment pair.
#[derive(Default)]
pub(super) struct Coder {
    pub codes: Vec<Code>,
}

impl Coder {
    fn code(&mut self, ftl: String, kind: CodeKind) -> usize {
        self.codes.push(Code { ftl, kind });
        self.codes.len() - 1
    }

    /// The inline content of elements. `reuse` gives, per FTL text, the code indices of
    /// the source side of the same segment, taken in order.
    pub fn inline(
        &mut self,
        elements: &[&ast::PatternElement<&str>],
        reuse: Option<&[Inline]>,
    ) -> Vec<Inline> {
        let mut available: Vec<usize> = reuse
            .map(|r| {
                r.iter()
                    .filter_map(|i| match i {
                        Inline::Code(c) => Some(*c),
                        Inline::Text(_) => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut out: Vec<Inline> = Vec::new();
        let mut take = |coder: &mut Coder, ftl: String, kind: CodeKind| -> usize {
            if let Some(pos) = available.iter().position(|&c| coder.codes[c].ftl == ftl) {
                return available.remove(pos);
            }
            coder.code(ftl, kind)
        };
        for el in elements {
            match el {
                ast::PatternElement::TextElement { value } => {
                    let (tags, _) = markup::tags(value);
                    let mut at = 0;
                    for tag in tags {
                        push_text(&mut out, &value[at..tag.range.start]);
                        let ftl = value[tag.range.clone()].to_string();
                        let kind = if tag.closing {
                            CodeKind::Close(tag.name.clone())
                        } else {
                            CodeKind::Open(tag.name.clone())
                        };
                        let c = take(self, ftl, kind);
                        out.push(Inline::Code(c));
                        at = tag.range.end;
                    }
                    push_text(&mut out, &value[at..]);
                }
                ast::PatternElement::Placeable { expression } => {
                    // A literal that only keeps text from being read as syntax is the
                    // text itself: the import writes it as a literal again where needed.
                    if let Some(text) = escaping_literal(expression) {
                        push_text(&mut out, text);
                        continue;
                    }
                    let variable = matches!(
                        expression,
                        ast::Expression::Inline(
                            ast::InlineExpression::VariableReference { .. }
                        )
                    );
                    let c = take(
                        self,
                        placeable_ftl(expression),
                        CodeKind::Placeable { variable },
                    );
                    out.push(Inline::Code(c));
                }
            }
        }
        out
    }
}

/// The text of a string literal that only keeps it from being read as syntax or
/// dropped: spaces at a pattern's edge (`{ "  " }`), or `[`, `*` or `.` at a line's
/// start (`{ "[" }`), as [`to_pattern_ftl`] and the import write them.
fn escaping_literal<'s>(expression: &ast::Expression<&'s str>) -> Option<&'s str> {
    match expression {
        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value })
            if !value.is_empty()
                && (value.chars().all(|c| c == ' ')
                    || matches!(*value, "[" | "*" | ".")) =>
        {
            Some(value)
        }
        _ => None,
    }
}

fn push_text(out: &mut Vec<Inline>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Inline::Text(last)) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(Inline::Text(text.to_string()));
    }
}

/// The FTL text of inline content, codes written as their FTL.
pub fn to_ftl(content: &[Inline], codes: &[Code]) -> String {
    content
        .iter()
        .map(|i| match i {
            Inline::Text(t) => t.as_str(),
            Inline::Code(c) => codes[*c].ftl.as_str(),
        })
        .collect()
}

/// The FTL of a target's inline content as a pattern's text: [`to_ftl`], but what
/// Fluent would read as syntax or drop at a continuation line's start or a line's end
/// is written as a string literal, so that the file says what was typed: `[` and `*`
/// (which begin a variant) and `.` (an attribute) starting a line (`{ "[" }`), and
/// spaces starting a line (indentation to Fluent) or ending one that another follows
/// (invisible, and trimmed by many editors) as `{ "  " }`.
///
/// Text is text: a brace typed in a target is written as the literal `{ "{" }` (`}` as
/// `{ "}" }`), never read as the start of a placeable. Placeables come only as the
/// codes the file names: typed FTL (`{ $x }`, `{ -term }`, `{ "\u0007" }`) would have
/// put in the file what no check of the codes sees.
pub fn to_pattern_ftl(content: &[Inline], codes: &[Code]) -> String {
    let literal = |text: &str| format!("{{ \"{text}\" }}");
    let mut out = String::new();
    for i in content {
        match i {
            Inline::Code(c) => out.push_str(&codes[*c].ftl),
            Inline::Text(t) => {
                let lines: Vec<&str> = t.split('\n').collect();
                for (n, &line) in lines.iter().enumerate() {
                    if n > 0 {
                        out.push('\n');
                    }
                    // The segment's first line follows `=` or a placeable: not a line start.
                    let line_start = n > 0 || out.ends_with('\n');
                    let mut body = line;
                    if line_start {
                        let rest = body.trim_start_matches(' ');
                        if rest.len() < body.len() {
                            out.push_str(&literal(&body[..body.len() - rest.len()]));
                        } else if let Some(c @ ('[' | '*' | '.')) = rest.chars().next() {
                            out.push_str(&literal(&rest[..c.len_utf8()]));
                            body = &rest[c.len_utf8()..];
                        }
                        body = body.trim_start_matches(' ');
                    }
                    let end = body.trim_end_matches(' ');
                    if n + 1 < lines.len() && end.len() < body.len() {
                        push_ftl_text(&mut out, end);
                        out.push_str(&literal(&body[end.len()..]));
                    } else {
                        push_ftl_text(&mut out, body);
                    }
                }
            }
        }
    }
    out
}

/// Appends text to FTL, each brace as a literal placeable.
fn push_ftl_text(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '{' => out.push_str("{ \"{\" }"),
            '}' => out.push_str("{ \"}\" }"),
            c => out.push(c),
        }
    }
}

/// Comments found in a file's full syntax tree: per entry key (display ID), its own
/// comment and its section's; and the file's resource comments.
#[derive(Default)]
pub(super) struct Comments {
    pub entries: std::collections::HashMap<String, (Option<String>, Option<String>)>,
    pub resource: Vec<String>,
}

/// Reads the comments of an FTL text (parsed in full: the loaded resources drop them).
pub(super) fn comments(text: &str) -> Comments {
    let res = match parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut out = Comments::default();
    let mut section: Option<String> = None;
    let join = |c: &ast::Comment<&str>| c.content.join("\n");
    for entry in &res.body {
        match entry {
            ast::Entry::ResourceComment(c) => out.resource.push(join(c)),
            ast::Entry::GroupComment(c) => {
                section = Some(join(c)).filter(|s| !s.trim().is_empty())
            }
            ast::Entry::Message(m) => {
                out.entries.insert(
                    m.id.name.to_string(),
                    (m.comment.as_ref().map(join), section.clone()),
                );
            }
            ast::Entry::Term(t) => {
                out.entries.insert(
                    display_id(t.id.name, true),
                    (t.comment.as_ref().map(join), section.clone()),
                );
            }
            _ => {}
        }
    }
    out
}

/// The units of a target locale, by source file, in source order.
pub fn units(
    sources: &Sources,
    source: &LocaleData,
    target: &LocaleData,
    lock: Option<&Lock>,
) -> Vec<FileUnits> {
    let src = Index::new(source);
    let tgt = Index::new(target);
    let target_comments: Vec<Comments> = target
        .files
        .iter()
        .map(|f| comments(sources.text(f.file)))
        .collect();
    let mut files = Vec::new();
    for (f, file) in source.files.iter().enumerate() {
        let cm = comments(sources.text(file.file));
        let mut out = FileUnits {
            rel: file.rel.clone(),
            notes: cm.resource.clone(),
            units: Vec::new(),
        };
        for e in 0..file.entries.len() {
            let loc = crate::l10n::index::Loc { file: f, entry: e };
            let entry = src.entry(loc);
            // Only the first definition of an ID is the source's.
            if src.get(&entry.id, entry.is_term) != Some(loc) {
                continue;
            }
            let Some(sast) = src.ast(loc) else { continue };
            let id = display_id(&entry.id, entry.is_term);
            let tloc = tgt.get(&entry.id, entry.is_term);
            let tast = tloc.and_then(|l| tgt.ast(l));
            // A stale translation: how its source changed since it was made.
            let change = match (lock.and_then(|l| l.fingerprints.get(&id)), tast) {
                (Some(rec), Some(t)) => {
                    let text = serialize_without_comment(sast);
                    let text = text.trim_end();
                    rec.is_stale(&hash(text), || fingerprint(t))
                        .then(|| crate::l10n::diff::change(rec.old_text(), text))
                }
                _ => None,
            };
            let stale = change.is_some();
            let (own, section) = cm.entries.get(&id).cloned().unwrap_or_default();
            let target_comment = tloc.and_then(|l| {
                target_comments[l.file]
                    .entries
                    .get(&id)
                    .and_then(|(c, _)| c.clone())
            });
            let tpatterns: Vec<_> =
                tast.map(|t| patterns(t).collect()).unwrap_or_default();
            for (attr, spattern) in patterns(sast) {
                let tpattern =
                    tpatterns.iter().find(|(a, _)| *a == attr).map(|(_, p)| *p);
                let mut unit = unit(&id, attr, spattern, tpattern, stale);
                if let Some(c) = &change {
                    unit.notes.push((NoteKind::Tool, change_note(c)));
                }
                if let Some(c) = &section {
                    unit.notes.insert(0, (NoteKind::Section, c.clone()));
                }
                if let Some(c) = &own {
                    unit.notes.insert(0, (NoteKind::SourceComment, c.clone()));
                }
                if let Some(c) = &target_comment {
                    unit.notes.push((NoteKind::TargetComment, c.clone()));
                }
                out.units.push(unit);
            }
        }
        files.push(out);
    }
    files
}

/// The note of a stale unit: the source text its translation was made from and the
/// word difference to the source now (of the whole entry: value and attributes).
fn change_note(change: &crate::diag::Change) -> String {
    match (&change.old, change.inline()) {
        (Some(old), Some(diff)) => format!(
            "the source this translation was made from:\n{old}\n\
             what changed since ([-removed-] {{+added+}}):\n{diff}"
        ),
        _ => "the source text this translation was made from is unknown (the lock file \
              was written before silkpress kept it)"
            .into(),
    }
}

/// One unit from its source pattern and translation.
pub(super) fn unit(
    id: &str,
    attr: Option<&str>,
    spattern: &ast::Pattern<&str>,
    tpattern: Option<&ast::Pattern<&str>>,
    stale: bool,
) -> Unit {
    let sshapes = shapes(spattern);
    let tshapes = tpattern.map(shapes);
    let same = tshapes.as_ref().is_none_or(|t| {
        t.len() == sshapes.len() && t.iter().zip(&sshapes).all(|(a, b)| a.id == b.id)
    });
    let mut coder = Coder::default();
    let mut segments = Vec::new();
    match (&tshapes, same) {
        (Some(tshapes), false) => {
            // The translation has its own structure: each of its segments against the
            // whole source text for that variant.
            for t in tshapes {
                let mut els = Vec::new();
                flatten(spattern, &t.path, &mut els);
                let source = coder.inline(&els, None);
                let tels: Vec<_> = t.elements.iter().collect();
                let target = coder.inline(&tels, Some(&source));
                segments.push(Segment {
                    id: t.id.clone(),
                    path: t.path.clone(),
                    source,
                    target: Some(target),
                });
            }
        }
        _ => {
            for (i, s) in sshapes.iter().enumerate() {
                let sels: Vec<_> = s.elements.iter().collect();
                let source = coder.inline(&sels, None);
                let target = tshapes.as_ref().map(|t| {
                    let tels: Vec<_> = t[i].elements.iter().collect();
                    coder.inline(&tels, Some(&source))
                });
                segments.push(Segment {
                    id: s.id.clone(),
                    path: s.path.clone(),
                    source,
                    target,
                });
            }
        }
    }
    let state = match (tpattern, stale) {
        (None, _) => State::Missing,
        (Some(_), true) => State::Stale,
        (Some(_), false) => State::Translated,
    };
    let mut notes = Vec::new();
    if let Some(a) = attr {
        notes.push((
            NoteKind::Tool,
            format!("attribute .{a} of `{id}` (a separate text: a title, a short form)"),
        ));
    }
    if segments.iter().any(|s| !s.path.is_empty()) {
        let lines: Vec<String> = segments
            .iter()
            .map(|s| {
                if s.path.is_empty() {
                    format!("{}: text outside the variants", s.id)
                } else {
                    let keys: Vec<String> = s
                        .path
                        .iter()
                        .map(|(sel, key)| format!("[{key}] of {{ {sel} }}"))
                        .collect();
                    format!("{}: variant {}", s.id, keys.join(", "))
                }
            })
            .collect();
        notes.push((
            NoteKind::Tool,
            format!(
                "a Fluent select: each variant is its own segment; translate every one\n{}",
                lines.join("\n")
            ),
        ));
    }
    if state == State::Stale {
        notes.push((
            NoteKind::Tool,
            "needs review: the source text changed after this translation was made"
                .into(),
        ));
    }
    Unit {
        id: match attr {
            Some(a) => format!("{id}.{a}"),
            None => id.to_string(),
        },
        entry: id.to_string(),
        attribute: attr.map(String::from),
        notes,
        codes: coder.codes,
        segments,
        state,
        target_shaped: tpattern.is_some() && !same,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(src: &str, tgt: Option<&str>) -> Unit {
        let s = parser::parse(src).unwrap();
        let t = tgt.map(|t| parser::parse(t).unwrap());
        let sp = match &s.body[0] {
            ast::Entry::Message(m) => m.value.as_ref().unwrap(),
            ast::Entry::Term(t) => &t.value,
            _ => panic!(),
        };
        let tp = t.as_ref().map(|t| match &t.body[0] {
            ast::Entry::Message(m) => m.value.as_ref().unwrap(),
            ast::Entry::Term(t) => &t.value,
            _ => panic!(),
        });
        unit("x", None, sp, tp, false)
    }

    #[test]
    fn placeables_and_tags_are_codes_shared_by_source_and_target() {
        let u = one(
            "x = See <i>{ -bri } now</i> { $n }\n",
            Some("x = Смотри { $n } <i>{ -bri(case: \"acc\") }</i>\n"),
        );
        let ftl: Vec<&str> = u.codes.iter().map(|c| c.ftl.as_str()).collect();
        assert_eq!(
            ftl,
            [
                "<i>",
                "{ -bri }",
                "</i>",
                "{ $n }",
                "{ -bri(case: \"acc\") }"
            ]
        );
        let seg = &u.segments[0];
        assert_eq!(
            to_ftl(&seg.source, &u.codes),
            "See <i>{ -bri } now</i> { $n }"
        );
        let target = seg.target.as_ref().unwrap();
        assert_eq!(
            to_ftl(target, &u.codes),
            "Смотри { $n } <i>{ -bri(case: \"acc\") }</i>"
        );
        // `{ $n }` and the tags are the source's codes; the case form is the target's own.
        assert!(target.contains(&Inline::Code(3)) && target.contains(&Inline::Code(0)));
        assert_eq!(u.codes[3].kind, CodeKind::Placeable { variable: true });
    }

    #[test]
    fn each_variant_is_a_segment() {
        let u = one(
            "-bri = Belt and Road\n",
            Some("-bri =\n    { $case ->\n       *[nom] Белдеу\n        [gen] Белдеудің\n    }\n"),
        );
        let ids: Vec<&str> = u.segments.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["s1.nom", "s2.gen"]);
        assert!(u.target_shaped);
        assert_eq!(
            u.segments[1].source,
            vec![Inline::Text("Belt and Road".into())]
        );
        let u = one(
            "x = { $n ->\n    [one] One file\n   *[other] { $n } files\n}\n",
            None,
        );
        let ids: Vec<&str> = u.segments.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["s1.one", "s2.other"]);
        assert_eq!(u.state, State::Missing);
    }
}
