//! Per-locale lookup tables and a walk over Fluent patterns, shared by every check.
//!
//! A locale's index is built once (hash maps from ID to definition), so comparing a
//! 50,000-message file never scans lists; the source locale's index is built once and
//! shared by the checks of every target locale.

use std::ops::Range;

use fluent_syntax::ast;

use crate::diag::{Diagnostic, Sources, Span};
use crate::doc::markup::offset_in;
use crate::project::locales::{Entry, FtlFile, LocaleData};

/// A hash map with rustc's Fx hash: IDs are short and not attacker-chosen in a way
/// that matters for a one-shot checker, and SipHash was the largest single cost of
/// checking a Firefox-sized tree.
pub type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// Where an entry is: file index and entry index within the locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Loc {
    /// Index in `LocaleData::files`.
    pub file: usize,
    /// Index in that file's `entries`.
    pub entry: usize,
}

/// A source entry and the target locale's entry of the same ID, if any.
pub type Pair = (Loc, Option<Loc>);

/// Where an ID is matched and must be unique.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Across the whole locale, as this project's resolver loads every file of a
    /// locale into one bundle: a message moved to another file is still translated,
    /// and an ID may be defined once per locale.
    Locale,
    /// Within each file, as compare-locales compares and as Fluent applications
    /// (Firefox, Thunderbird) load files into separate bundles: an ID is translated
    /// only by the file of the same path, and may be defined again in another file.
    File,
}

/// Lookup tables of one locale.
pub struct Index<'a> {
    /// The locale.
    pub data: &'a LocaleData,
    /// First definition of each message.
    pub messages: FxMap<&'a str, Loc>,
    /// First definition of each term (without its `-`).
    pub terms: FxMap<&'a str, Loc>,
    /// Files by path relative to the locale directory.
    pub files: FxMap<&'a str, usize>,
    /// The first definition of every ID, in file order: per locale or, in
    /// [`Scope::File`], per file.
    firsts: Vec<Loc>,
    /// How IDs are matched.
    pub scope: Scope,
    /// In [`Scope::File`]: the first definition of each ID within each file, by (file,
    /// ID, is-term).
    in_file: FxMap<(usize, &'a str, bool), Loc>,
}

impl<'a> Index<'a> {
    /// Indexes a locale, IDs matched across the locale ([`Scope::Locale`]).
    pub fn new(data: &'a LocaleData) -> Self {
        Self::scoped(data, Scope::Locale)
    }

    /// Indexes a locale, IDs matched in `scope`. References resolve across the locale
    /// in both scopes ([`Index::get`]).
    pub fn scoped(data: &'a LocaleData, scope: Scope) -> Self {
        Self::filtered(data, scope, &|_| true, &|_, _| true)
    }

    /// Indexes the files of a locale that `keep_file` keeps (by path) and, in them, the
    /// entries `keep_entry` keeps, for [`Index::firsts`], [`Index::matching`] and
    /// [`Index::files`]; references still resolve to every entry of the locale
    /// ([`Index::get`]). What a project configuration (`l10n.toml`) leaves out of a
    /// locale is not checked or counted.
    pub fn filtered(
        data: &'a LocaleData,
        scope: Scope,
        keep_file: &dyn Fn(&str) -> bool,
        keep_entry: &dyn Fn(&str, &Entry) -> bool,
    ) -> Self {
        let count: usize = data.files.iter().map(|f| f.entries.len()).sum();
        let mut messages = FxMap::with_capacity_and_hasher(count, Default::default());
        let mut terms = FxMap::default();
        let mut files =
            FxMap::with_capacity_and_hasher(data.files.len(), Default::default());
        let mut firsts = Vec::with_capacity(count);
        let mut in_file = FxMap::default();
        for (f, file) in data.files.iter().enumerate() {
            let kept = keep_file(&file.rel);
            if kept {
                files.insert(file.rel.as_str(), f);
            }
            for (e, entry) in file.entries.iter().enumerate() {
                let loc = Loc { file: f, entry: e };
                let map = if entry.is_term {
                    &mut terms
                } else {
                    &mut messages
                };
                let first_in_locale = match map.entry(entry.id.as_str()) {
                    std::collections::hash_map::Entry::Vacant(v) => {
                        v.insert(loc);
                        true
                    }
                    std::collections::hash_map::Entry::Occupied(_) => false,
                };
                let first = match scope {
                    Scope::Locale => first_in_locale,
                    Scope::File if !kept || !keep_entry(&file.rel, entry) => false,
                    Scope::File => {
                        let key = (f, entry.id.as_str(), entry.is_term);
                        match in_file.entry(key) {
                            std::collections::hash_map::Entry::Vacant(v) => {
                                v.insert(loc);
                                true
                            }
                            std::collections::hash_map::Entry::Occupied(_) => false,
                        }
                    }
                };
                if first && kept && keep_entry(&file.rel, entry) {
                    firsts.push(loc);
                }
            }
        }
        Index {
            data,
            messages,
            terms,
            files,
            firsts,
            scope,
            in_file,
        }
    }

    /// The first definition, in the index's scope, of an ID as written in file `file`:
    /// in [`Scope::Locale`] the locale's first definition, in [`Scope::File`] that
    /// file's.
    pub fn first_in_scope(&self, file: usize, id: &str, is_term: bool) -> Option<Loc> {
        match self.scope {
            Scope::Locale => self.get(id, is_term),
            Scope::File => self.in_file.get(&(file, id, is_term)).copied(),
        }
    }

    /// The definition matching a source entry (`src` at `loc`) in this locale: by ID
    /// across the locale, or, in [`Scope::File`], in the file of the same path.
    pub fn matching(&self, src: &Index, loc: Loc) -> Option<Loc> {
        let e = src.entry(loc);
        match self.scope {
            Scope::Locale => self.get(&e.id, e.is_term),
            Scope::File => {
                let &f = self.files.get(src.file(loc).rel.as_str())?;
                self.in_file.get(&(f, e.id.as_str(), e.is_term)).copied()
            }
        }
    }

    /// The first definition of a message or term.
    pub fn get(&self, id: &str, is_term: bool) -> Option<Loc> {
        if is_term {
            self.terms.get(id).copied()
        } else {
            self.messages.get(id).copied()
        }
    }

    /// The file of an entry.
    pub fn file(&self, loc: Loc) -> &'a FtlFile {
        &self.data.files[loc.file]
    }

    /// An entry.
    pub fn entry(&self, loc: Loc) -> &'a Entry {
        &self.data.files[loc.file].entries[loc.entry]
    }

    /// The syntax tree of an entry.
    pub fn ast(&self, loc: Loc) -> Option<&'a ast::Entry<&'a str>> {
        let file = self.file(loc);
        file.resource.get_entry(self.entry(loc).index)
    }

    /// Every entry that is the first definition of its ID, in file order.
    pub fn firsts(&self) -> impl Iterator<Item = Loc> + '_ {
        self.firsts.iter().copied()
    }

    /// Each first definition of `self` (the source) with `target`'s definition of the
    /// same ID: looked up once per target locale, shared by every comparison.
    pub fn pairs(&self, target: &Index) -> Vec<Pair> {
        debug_assert_eq!(self.scope, target.scope);
        self.firsts()
            .map(|loc| (loc, target.matching(self, loc)))
            .collect()
    }

    /// The span of an entry's ID (with the `-` of a term).
    pub fn span(&self, loc: Loc) -> Span {
        let entry = self.entry(loc);
        let dash = usize::from(entry.is_term && entry.span.start > 0);
        Span::new(self.file(loc).file, entry.span.start - dash..entry.span.end)
    }

    /// A span at a byte range of an entry's file.
    pub fn span_at(&self, loc: Loc, range: Range<usize>) -> Span {
        Span::new(self.file(loc).file, range)
    }

    /// The source text of an entry's file.
    pub fn text(&self, loc: Loc) -> &'a str {
        self.file(loc).resource.source()
    }

    /// The locale tag.
    pub fn tag(&self) -> &'a str {
        &self.data.locale.tag
    }

    /// A diagnostic about the entry at `loc`, pointing at its ID.
    pub fn diag(&self, d: Diagnostic, loc: Loc) -> Diagnostic {
        let entry = self.entry(loc);
        d.at(self.span(loc))
            .locale(self.tag())
            .id(display_id(&entry.id, entry.is_term))
    }
}

/// An ID as written in FTL: terms with their `-`.
pub fn display_id(id: &str, is_term: bool) -> String {
    if is_term {
        format!("-{id}")
    } else {
        id.to_string()
    }
}

/// `path:line:col` of an entry, for hints that point elsewhere.
pub fn where_is(sources: &Sources, index: &Index, loc: Loc) -> String {
    sources.span_location(&index.span(loc))
}

/// The patterns of an entry: its value (`None`) and each attribute (`Some(name)`).
pub fn patterns<'p>(
    entry: &'p ast::Entry<&'p str>,
) -> impl Iterator<Item = (Option<&'p str>, &'p ast::Pattern<&'p str>)> + Clone {
    let (value, attributes): (_, &[ast::Attribute<&str>]) = match entry {
        ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes),
        ast::Entry::Term(t) => (Some(&t.value), &t.attributes),
        _ => (None, &[]),
    };
    value
        .map(|v| (None, v))
        .into_iter()
        .chain(attributes.iter().map(|a| (Some(a.id.name), &a.value)))
}

/// Something found while walking a pattern. Names borrow from the file's text, so
/// [`offset_in`] gives their position.
pub enum Node<'p> {
    /// Literal text.
    Text(&'p str),
    /// A string literal (`{ "…" }`, a term argument).
    Literal(&'p str),
    /// `$name`.
    Variable(&'p str),
    /// A message reference, with its attribute.
    Message(&'p str, Option<&'p str>),
    /// A term reference (name without `-`), with its attribute.
    Term(&'p str, Option<&'p str>),
    /// A select expression (its selector and variants are walked as well).
    Select(
        &'p ast::InlineExpression<&'p str>,
        &'p [ast::Variant<&'p str>],
    ),
}

/// Calls `f` on everything in a pattern, depth first, in source order.
pub fn walk<'p>(pattern: &'p ast::Pattern<&'p str>, f: &mut impl FnMut(Node<'p>)) {
    for el in &pattern.elements {
        match el {
            ast::PatternElement::TextElement { value } => f(Node::Text(value)),
            ast::PatternElement::Placeable { expression } => {
                walk_expression(expression, f)
            }
        }
    }
}

fn walk_expression<'p>(e: &'p ast::Expression<&'p str>, f: &mut impl FnMut(Node<'p>)) {
    match e {
        ast::Expression::Inline(i) => walk_inline(i, f),
        ast::Expression::Select { selector, variants } => {
            f(Node::Select(selector, variants));
            walk_inline(selector, f);
            for v in variants {
                walk(&v.value, f);
            }
        }
    }
}

fn walk_inline<'p>(e: &'p ast::InlineExpression<&'p str>, f: &mut impl FnMut(Node<'p>)) {
    match e {
        ast::InlineExpression::StringLiteral { value } => f(Node::Literal(value)),
        ast::InlineExpression::NumberLiteral { .. } => {}
        ast::InlineExpression::VariableReference { id } => f(Node::Variable(id.name)),
        ast::InlineExpression::MessageReference { id, attribute } => {
            f(Node::Message(id.name, attribute.as_ref().map(|a| a.name)))
        }
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            f(Node::Term(id.name, attribute.as_ref().map(|a| a.name)));
            if let Some(args) = arguments {
                walk_arguments(args, f);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(arguments, f)
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, f),
    }
}

fn walk_arguments<'p>(
    args: &'p ast::CallArguments<&'p str>,
    f: &mut impl FnMut(Node<'p>),
) {
    for a in &args.positional {
        walk_inline(a, f);
    }
    for a in &args.named {
        walk_inline(&a.value, f);
    }
}

/// Byte range in the file of a name found by [`walk`], widened by `prefix` bytes before
/// it (the `$` of a variable, the `-` of a term).
pub fn name_range(source: &str, name: &str, prefix: usize) -> Range<usize> {
    let start = offset_in(source, name);
    start.saturating_sub(prefix)..start + name.len()
}

/// How much of the source a locale translates: (translated, total) messages and terms,
/// counted as `check` counts them (the source's first definitions that the locale also
/// defines, matched by ID across the locale).
pub fn coverage(source: &LocaleData, target: &LocaleData) -> (usize, usize) {
    let src = Index::new(source);
    if std::ptr::eq(source, target) {
        let total = src.firsts().count();
        return (total, total);
    }
    let pairs = src.pairs(&Index::new(target));
    let translated = pairs.iter().filter(|(_, t)| t.is_some()).count();
    (translated, pairs.len())
}
