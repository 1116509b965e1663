//! A pattern's text as a reader sees it: term and message references expanded (a
//! term's variant chosen by the arguments it is called with, `{ -bri(case: "gen-q") }`),
//! string literals unescaped, inline tags removed, and every other placeable (a
//! variable, a function) one U+FFFC. Each byte keeps where it came from, so a lint
//! points into the message's own text, or at the reference its text came through.

use std::borrow::Cow;
use std::ops::Range;

use fluent_syntax::ast;

use crate::doc::markup::offset_in;
use crate::l10n::index::{name_range, Index, Loc};

/// What stands for a placeable whose text is not known before formatting.
pub const OPAQUE: char = '\u{FFFC}';

/// References are expanded this deep at most (cycles are `cyclic-reference`s).
const MAX_DEPTH: usize = 8;

/// Where a run of the expanded text came from.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Origin {
    /// The message's own text, starting at this byte of its file.
    Own(usize),
    /// Text reached through the reference (or placeable) at this range of the file.
    Through(Range<usize>),
}

/// The expanded text of a pattern (borrowed from the file when the pattern is plain
/// text).
#[derive(Debug)]
pub struct Expanded<'s> {
    /// The text.
    pub text: Cow<'s, str>,
    /// `(offset in text, origin)` at the start of each run.
    runs: Vec<(usize, Origin)>,
}

impl Expanded<'_> {
    /// The range of the message's file a range of the text comes from: the text
    /// itself when it is the message's own, else the reference it came through.
    pub fn source_range(&self, range: Range<usize>) -> Range<usize> {
        let i = self.run_of(range.start);
        match &self.runs[i].1 {
            Origin::Own(s) => {
                let start = s + (range.start - self.runs[i].0);
                // The end within the same run when it is; else just the start's char.
                let run_end = self.runs.get(i + 1).map_or(self.text.len(), |r| r.0);
                let len = if range.end <= run_end {
                    range.end - range.start
                } else {
                    self.text[range.start..]
                        .chars()
                        .next()
                        .map_or(0, char::len_utf8)
                };
                start..start + len
            }
            Origin::Through(r) => r.clone(),
        }
    }

    /// Whether the text at `offset` is the message's own (not from a reference).
    pub fn is_own(&self, offset: usize) -> bool {
        matches!(self.runs[self.run_of(offset)].1, Origin::Own(_))
    }

    fn run_of(&self, offset: usize) -> usize {
        self.runs
            .iter()
            .rposition(|(t, _)| *t <= offset)
            .unwrap_or(0)
    }
}

/// Expands `pattern`, a pattern of the entry at `loc` of `index`.
pub fn expand<'a>(
    index: &Index<'a>,
    loc: Loc,
    pattern: &ast::Pattern<&'a str>,
) -> Expanded<'a> {
    // Most patterns are one text element: no walk, no copy.
    if let [ast::PatternElement::TextElement { value }] = pattern.elements.as_slice() {
        let e = Expanded {
            text: Cow::Borrowed(*value),
            runs: vec![(0, Origin::Own(offset_in(index.text(loc), value)))],
        };
        return strip_tags(e);
    }
    let mut e = Expander {
        index,
        source: index.text(loc),
        text: String::with_capacity(256),
        runs: vec![(0, Origin::Own(0))],
        through: None,
    };
    e.pattern(pattern, &[], 0);
    strip_tags(Expanded {
        text: Cow::Owned(e.text),
        runs: e.runs,
    })
}

/// A term's named arguments, as text.
type Args<'a> = [(&'a str, String)];

struct Expander<'i, 'a> {
    index: &'i Index<'a>,
    /// The text of the expanded message's file.
    source: &'a str,
    text: String,
    runs: Vec<(usize, Origin)>,
    /// The top-level reference being expanded, if any.
    through: Option<Range<usize>>,
}

impl<'a> Expander<'_, 'a> {
    fn push(&mut self, s: &str, origin: Origin) {
        if self.runs.last().is_some_and(|(t, _)| *t == self.text.len()) {
            self.runs.pop();
        }
        self.runs.push((self.text.len(), origin));
        self.text.push_str(s);
    }

    /// Appends text of the message itself (when not inside a reference).
    fn own(&mut self, value: &str) {
        let origin = match &self.through {
            Some(r) => Origin::Through(r.clone()),
            None => Origin::Own(offset_in(self.source, value)),
        };
        self.push(value, origin);
    }

    /// Appends text standing for a placeable at `at` (a name in the message's file).
    fn placeable(&mut self, s: &str, at: Range<usize>) {
        let origin = Origin::Through(self.through.clone().unwrap_or(at));
        self.push(s, origin);
    }

    fn pattern(&mut self, p: &ast::Pattern<&'a str>, args: &Args, depth: usize) {
        for el in &p.elements {
            match el {
                ast::PatternElement::TextElement { value } => self.own(value),
                ast::PatternElement::Placeable { expression } => {
                    self.expression(expression, args, depth)
                }
            }
        }
    }

    fn expression(&mut self, e: &ast::Expression<&'a str>, args: &Args, depth: usize) {
        match e {
            ast::Expression::Inline(i) => self.inline(i, args, depth),
            ast::Expression::Select { selector, variants } => {
                let key = match selector {
                    ast::InlineExpression::VariableReference { id } => args
                        .iter()
                        .find(|(n, _)| *n == id.name)
                        .map(|(_, v)| v.as_str()),
                    _ => None,
                };
                let name = |k: &ast::VariantKey<&str>| match k {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                };
                let chosen = key
                    .and_then(|k| variants.iter().find(|v| name(&v.key) == k))
                    .or_else(|| variants.iter().find(|v| v.default))
                    .or(variants.first());
                if let Some(v) = chosen {
                    self.pattern(&v.value, args, depth);
                }
            }
        }
    }

    fn inline(&mut self, e: &ast::InlineExpression<&'a str>, args: &Args, depth: usize) {
        match e {
            ast::InlineExpression::StringLiteral { value } => {
                let text = fluent_syntax::unicode::unescape_unicode_to_string(value);
                self.placeable(&text, name_range(self.source_or(value), value, 1));
            }
            ast::InlineExpression::NumberLiteral { value } => {
                self.placeable(value, name_range(self.source_or(value), value, 0));
            }
            ast::InlineExpression::VariableReference { id } => {
                match args.iter().find(|(n, _)| *n == id.name) {
                    Some((_, v)) => {
                        let v = v.clone();
                        self.placeable(
                            &v,
                            name_range(self.source_or(id.name), id.name, 1),
                        )
                    }
                    None => self.placeable(
                        &OPAQUE.to_string(),
                        name_range(self.source_or(id.name), id.name, 1),
                    ),
                }
            }
            ast::InlineExpression::FunctionReference { id, .. } => {
                self.placeable(
                    &OPAQUE.to_string(),
                    name_range(self.source_or(id.name), id.name, 0),
                );
            }
            ast::InlineExpression::MessageReference { id, attribute } => {
                let at = name_range(self.source_or(id.name), id.name, 0);
                self.reference(id.name, false, attribute.as_ref(), &[], at, depth);
            }
            ast::InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                let at = name_range(self.source_or(id.name), id.name, 1);
                let named: Vec<(&str, String)> = arguments
                    .iter()
                    .flat_map(|a| a.named.iter())
                    .filter_map(|n| match &n.value {
                        ast::InlineExpression::StringLiteral { value } => {
                            Some((n.name.name, value.to_string()))
                        }
                        ast::InlineExpression::NumberLiteral { value } => {
                            Some((n.name.name, value.to_string()))
                        }
                        _ => None,
                    })
                    .collect();
                self.reference(id.name, true, attribute.as_ref(), &named, at, depth);
            }
            ast::InlineExpression::Placeable { expression } => {
                self.expression(expression, args, depth)
            }
        }
    }

    /// The text `name` borrows from: the message's file at the top level; inside a
    /// reference (another entry, perhaps another file) positions are not used, so any
    /// text that contains it — the name itself.
    fn source_or(&self, name: &'a str) -> &'a str {
        if self.through.is_none() && contains(self.source, name) {
            self.source
        } else {
            name
        }
    }

    fn reference(
        &mut self,
        id: &str,
        is_term: bool,
        attribute: Option<&ast::Identifier<&str>>,
        args: &Args,
        at: Range<usize>,
        depth: usize,
    ) {
        let target = self
            .index
            .get(id, is_term)
            .and_then(|l| self.index.ast(l))
            .filter(|_| depth < MAX_DEPTH);
        let pattern = target.and_then(|entry| match (entry, attribute) {
            (ast::Entry::Message(m), None) => m.value.as_ref(),
            (ast::Entry::Term(t), None) => Some(&t.value),
            (ast::Entry::Message(m), Some(a)) => m
                .attributes
                .iter()
                .find(|x| x.id.name == a.name)
                .map(|x| &x.value),
            (ast::Entry::Term(t), Some(a)) => t
                .attributes
                .iter()
                .find(|x| x.id.name == a.name)
                .map(|x| &x.value),
            _ => None,
        });
        let outer = self.through.is_none();
        if outer {
            self.through = Some(at.clone());
        }
        match pattern {
            Some(p) => self.pattern(p, args, depth + 1),
            None => self.placeable(&OPAQUE.to_string(), at),
        }
        if outer {
            self.through = None;
        }
    }
}

/// Whether `slice` borrows from `text`.
fn contains(text: &str, slice: &str) -> bool {
    let (t, s) = (text.as_ptr() as usize, slice.as_ptr() as usize);
    s >= t && s + slice.len() <= t + text.len()
}

/// Whether the text after a `<` starts a tag: an optional `/`, a name of ASCII letters,
/// digits and hyphens starting with a letter, then `>`, `/` or whitespace. Text like
/// `<Ctrl+Shift+K>` is not a tag.
fn is_tag(rest: &[u8]) -> bool {
    let rest = rest.strip_prefix(b"/").unwrap_or(rest);
    if !rest.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let name = rest
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
        .count();
    matches!(rest.get(name), Some(b'>' | b'/' | b' ' | b'\t' | b'\n'))
}

/// Removes inline tags (`<i>`, `</a>`, `<a data-l10n-name="x">`, `<br/>`, by
/// [`is_tag`]), each up to the next `>`.
fn strip_tags(e: Expanded<'_>) -> Expanded<'_> {
    if !e.text.contains('<') {
        return e;
    }
    let bytes = e.text.as_bytes();
    let mut text = String::with_capacity(e.text.len());
    let mut runs: Vec<(usize, Origin)> = Vec::new();
    let origin_at = |offset: usize| {
        let i = e.runs.iter().rposition(|(t, _)| *t <= offset).unwrap_or(0);
        match &e.runs[i].1 {
            Origin::Own(s) => Origin::Own(s + (offset - e.runs[i].0)),
            o => o.clone(),
        }
    };
    let mut i = 0;
    let mut copied_from = 0;
    let flush = |from: usize, to: usize, text: &mut String, runs: &mut Vec<_>| {
        if from >= to {
            return;
        }
        // Every run boundary inside [from, to) starts a run of the output too.
        runs.push((text.len(), origin_at(from)));
        for (t, o) in &e.runs {
            if *t > from && *t < to {
                runs.push((text.len() + (t - from), o.clone()));
            }
        }
        text.push_str(&e.text[from..to]);
    };
    while i < bytes.len() {
        let tag = bytes[i] == b'<' && is_tag(&bytes[i + 1..]);
        if tag {
            if let Some(len) = bytes[i..].iter().position(|&b| b == b'>') {
                flush(copied_from, i, &mut text, &mut runs);
                i += len + 1;
                copied_from = i;
                continue;
            }
        }
        i += 1;
    }
    flush(copied_from, bytes.len(), &mut text, &mut runs);
    if runs.is_empty() {
        runs.push((0, Origin::Own(0)));
    }
    Expanded {
        text: Cow::Owned(text),
        runs,
    }
}
