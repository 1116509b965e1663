//! Resolving: the report in one locale as a [`Document`] tree (built once here, read by
//! every renderer), its interface strings and its page-label formatter.
//!
//! Each message is formatted with fluent-bundle from the locale's own files; a message the
//! locale lacks falls back to the source locale and is reported as a `fallback` warning,
//! never silently.
//!
//! **Bidi isolation policy.** Fluent wraps variable placeables in FSI/PDI (U+2068/U+2069)
//! so that a right-to-left value cannot reorder the text around it. We keep them: the text
//! handed to renderers still contains them. The PDF layout feeds them to the UAX #9
//! algorithm and then drops them before shaping (they are default-ignorable and never
//! drawn); HTML keeps them as characters, which browsers apply invisibly. Term and message
//! references are not isolated by Fluent, so report text normally contains none.

use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use crate::diag::{Code, DiagResult, Diagnostic, Span, Warned};
use crate::doc::markup::{self, StyledText};
use crate::doc::{Builder, Cover, Document, Rank, Text};
use crate::project::locales::LocaleData;
use crate::project::{BlockKind, MsgRef, Project, Structure};

pub use crate::project::ui::*;

type Bundle = FluentBundle<Arc<FluentResource>>;

/// The attribute of a chapter title's message that holds its short form, for the
/// running head (`ch1-title = …` / `    .short = …`).
pub const SHORT: &str = "short";

/// A locale's bundle and the source locale's, for messages formatted after resolving
/// (page labels). Each holds only the files that define `ui-page` and what it
/// references ([`page_label_files`]), not the whole locale: a report's layout runs long
/// after resolving, and a long report's bundles (the maps of every message) were held
/// to its end for this one message (issue 15, memory flat with the page count).
pub struct Formatter {
    primary: Bundle,
    fallback: Bundle,
    numbers: super::numbers::NumberFormat,
}

impl Formatter {
    /// The formatter of locale `data` falling back to `source`.
    fn new(data: &LocaleData, source: &LocaleData) -> Formatter {
        let only = |data: &LocaleData| {
            let files = page_label_files(data);
            bundle_of(data, |i| files.contains(&i)).0
        };
        Formatter {
            primary: only(data),
            fallback: only(source),
            numbers: super::numbers::NumberFormat::new(&data.locale.langid),
        }
    }

    /// A number in the locale's digits ("12", "۱۲").
    pub fn number(&self, n: usize) -> String {
        self.numbers.integer(n as i64)
    }

    /// The page label for page `n` ("Page 3", "第 3 页", "صفحهٔ ۳"), the number in the
    /// locale's digits and wrapped in FSI/PDI isolation marks (see the module docs).
    pub fn page_label(&self, n: usize) -> String {
        let mut args = FluentArgs::new();
        args.set("page", n);
        // The bundles hold what `ui-page` needs, nothing else (see [`Formatter`]).
        [&self.primary, &self.fallback]
            .into_iter()
            .find_map(|b| {
                let pattern = b.get_message(UI_PAGE)?.value()?;
                let mut errors = Vec::new();
                let text = b.format_pattern(pattern, Some(&args), &mut errors);
                errors.is_empty().then(|| text.into_owned())
            })
            .unwrap_or_else(|| n.to_string())
    }
}

/// Interface strings the renderers show.
#[derive(Clone, Debug)]
pub struct Ui {
    /// The language's own name ("Русский").
    pub language_name: String,
    /// Running header of body pages.
    pub running_header: String,
    /// Label of the language switcher.
    pub languages: String,
    /// Label of the ToC navigation landmark.
    pub toc_nav: String,
    /// Label of the HTML skip link.
    pub skip_link: String,
}

/// The report in one locale, ready for a renderer: the document tree, and what the
/// renderers need besides it.
pub struct Report {
    /// The document tree.
    pub doc: Document,
    /// Interface strings.
    pub ui: Ui,
    /// Formats messages with arguments (page labels).
    pub formatter: Arc<Formatter>,
}

/// The files (indices into `data.files`) that a bundle formatting `ui-page` needs in
/// order to format it as the locale's whole bundle does: those defining, first, the
/// message and every message and term it references, transitively. A bundle keeps the
/// first definition of an ID and files are added in order, so the subset resolves
/// every reference to the same entry.
fn page_label_files(data: &LocaleData) -> Vec<usize> {
    use fluent_syntax::ast;
    /// The messages and terms (`true`) an expression references.
    fn expression<'s>(e: &ast::Expression<&'s str>, out: &mut Vec<(&'s str, bool)>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
            ast::Expression::Inline(i) => inline(i, out),
        }
    }
    fn inline<'s>(e: &ast::InlineExpression<&'s str>, out: &mut Vec<(&'s str, bool)>) {
        use ast::InlineExpression as I;
        let call = |a: &ast::CallArguments<&'s str>, out: &mut Vec<(&'s str, bool)>| {
            a.positional.iter().for_each(|p| inline(p, out));
            a.named.iter().for_each(|n| inline(&n.value, out));
        };
        match e {
            I::MessageReference { id, .. } => out.push((id.name, false)),
            I::TermReference { id, arguments, .. } => {
                out.push((id.name, true));
                if let Some(a) = arguments {
                    call(a, out);
                }
            }
            I::FunctionReference { arguments, .. } => call(arguments, out),
            I::Placeable { expression: e } => expression(e, out),
            I::StringLiteral { .. }
            | I::NumberLiteral { .. }
            | I::VariableReference { .. } => {}
        }
    }
    fn pattern<'s>(p: &ast::Pattern<&'s str>, out: &mut Vec<(&'s str, bool)>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression: e } = el {
                expression(e, out);
            }
        }
    }
    let mut files = Vec::new();
    let mut seen: Vec<(&str, bool)> = Vec::new();
    let mut todo = vec![(UI_PAGE, false)];
    while let Some((id, is_term)) = todo.pop() {
        if seen.contains(&(id, is_term)) {
            continue;
        }
        seen.push((id, is_term));
        let Some((file, entry)) = data.find(id, is_term) else {
            continue;
        };
        if let Some(i) = data.files.iter().position(|f| std::ptr::eq(f, file)) {
            files.push(i);
        }
        let (value, attributes) = match file.resource.get_entry(entry.index) {
            Some(ast::Entry::Message(m)) => (m.value.as_ref(), &m.attributes),
            Some(ast::Entry::Term(t)) => (Some(&t.value), &t.attributes),
            _ => continue,
        };
        for p in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
            pattern(p, &mut todo);
        }
    }
    files.sort_unstable();
    files.dedup();
    files
}

fn bundle(data: &LocaleData) -> (Bundle, Vec<Diagnostic>) {
    bundle_of(data, |_| true)
}

/// The bundle of `data`'s files whose indices `take` accepts, in order, with the
/// duplicate IDs found on the way.
fn bundle_of(
    data: &LocaleData,
    take: impl Fn(usize) -> bool,
) -> (Bundle, Vec<Diagnostic>) {
    let mut bundle = Bundle::new_concurrent(vec![data.locale.langid.clone()]);
    bundle.set_formatter(Some(super::numbers::fluent_formatter));
    let mut diags = Vec::new();
    for (_, file) in data.files.iter().enumerate().filter(|(i, _)| take(*i)) {
        if let Err(errors) = bundle.add_resource(file.resource.clone()) {
            for e in errors {
                // Only duplicate IDs can fail here; report each once, at the later copy.
                if let fluent_bundle::FluentError::Overriding { kind, id } = e {
                    let span = file
                        .entries
                        .iter()
                        .rfind(|en| en.id == id)
                        .map(|en| Span::new(file.file, en.span.clone()));
                    let mut d = Diagnostic::error(
                        Code::DuplicateId,
                        format!("{kind} `{id}` is defined more than once; the first definition wins"),
                    )
                    .locale(&data.locale.tag)
                    .id(&id);
                    if let Some(s) = span {
                        d = d.at(s);
                    }
                    diags.push(d);
                }
            }
        }
    }
    (bundle, diags)
}

/// The arguments the build formats a message with: `$page` for the page label, none
/// for every other message. `check` formats with the same, so that a variable the build
/// does not supply fails the check as it fails the build.
pub fn build_args(id: &str) -> Option<FluentArgs<'static>> {
    (id == UI_PAGE).then(|| {
        let mut args = FluentArgs::new();
        args.set("page", 1);
        args
    })
}

/// The error for a Fluent error met while formatting `id` of `locale`: an unknown
/// variable and too many placeables have their own codes.
pub fn format_error(
    id: &str,
    locale: &str,
    e: &fluent_bundle::FluentError,
) -> Diagnostic {
    use fluent_bundle::resolver::{errors::ReferenceKind, ResolverError};
    let (code, message, hint) = match e {
        fluent_bundle::FluentError::ResolverError(ResolverError::Reference(
            ReferenceKind::Variable { id: var },
        )) => (
            Code::UnsuppliedVariable,
            format!("`{id}` uses the variable `${var}`, which the build does not supply"),
            "report text has no variables (only `ui-page` has `$page`): write the text itself",
        ),
        fluent_bundle::FluentError::ResolverError(ResolverError::TooManyPlaceables) => (
            Code::TooManyPlaceables,
            format!("`{id}` has more placeables than Fluent formats (100)"),
            "split the message, or write literal text instead of `{\"…\"}` placeables",
        ),
        _ => (
            Code::FormatError,
            format!("failed to format `{id}` ({e})"),
            "fix the message at the position shown",
        ),
    };
    Diagnostic::error(code, message)
        .locale(locale)
        .id(id)
        .hint(hint)
}

/// What formatted text must not carry into an edition: a control character (BEL, ESC,
/// NUL… would reach the HTML raw and the PDF as nothing, or a terminal as a command),
/// a bidi embedding or override (U+202A–U+202E: they reorder text so that what a
/// reviewer reads is not what the reader sees, a "Trojan source"), or an isolate
/// (U+2066–U+2069) left unbalanced. Balanced isolates, as Fluent puts around
/// placeables, and the marks LRM, RLM and ALM, which right-to-left text needs, are
/// allowed. `overrides_allowed`: the bidi pseudo-locale is made of overrides.
pub fn unsafe_text(
    id: &str,
    locale: &str,
    text: &str,
    overrides_allowed: bool,
) -> Option<Diagnostic> {
    let mut isolates = 0usize;
    let id = if id.is_empty() {
        "a comment".to_string()
    } else {
        format!("`{id}`")
    };
    for (at, (byte, c)) in text.char_indices().enumerate() {
        let control = is_control_at(text, byte, c);
        let problem = if control {
            Some((
                Code::ControlCharacter,
                format!(
                    "{id} contains the control character U+{:04X} (character {})",
                    c as u32,
                    at + 1
                ),
                if c == '\r' {
                    "remove it: a carriage return alone ends no line in FTL (lines end with LF or CRLF); the PDF would drop it and the HTML show a space"
                } else {
                    "remove it: a control character prints as nothing, or as a command to a terminal"
                },
            ))
        } else if is_override(c) && !overrides_allowed {
            Some((
                Code::BidiControl,
                format!(
                    "{id} contains the bidi embedding or override U+{:04X} (character {}): \
                     a \"Trojan source\" risk, the text shown is not the text read",
                    c as u32,
                    at + 1
                ),
                "remove it; to set a phrase's direction, use an isolate (U+2066–U+2068 … U+2069) or LRM/RLM",
            ))
        } else if ('\u{2066}'..='\u{2068}').contains(&c) {
            isolates += 1;
            None
        } else if c == '\u{2069}' {
            match isolates.checked_sub(1) {
                Some(n) => {
                    isolates = n;
                    None
                }
                None => Some((
                    Code::BidiControl,
                    format!("{id} closes a bidi isolate (U+2069, character {}) it never opened: a \"Trojan source\" risk", at + 1),
                    "balance each isolate U+2066–U+2068 with one U+2069 in the same message",
                )),
            }
        } else {
            None
        };
        if let Some((code, message, hint)) = problem {
            return Some(
                Diagnostic::error(code, message)
                    .locale(locale)
                    .id(id)
                    .hint(hint),
            );
        }
    }
    (isolates > 0).then(|| {
        Diagnostic::error(
            Code::BidiControl,
            format!("{id} leaves {isolates} bidi isolate(s) open (U+2066–U+2068 without U+2069): a \"Trojan source\" risk"),
        )
        .locale(locale)
        .id(id)
        .hint("balance each isolate U+2066–U+2068 with one U+2069 in the same message")
    })
}

/// Whether `c` is a control character a message may not hold (tab and line ends aside).
pub(crate) fn is_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// Whether `c`, at byte `at` of `text`, is a control character a message may not hold:
/// [`is_control`], or a carriage return that ends no line (not before a line feed). FTL
/// ends lines with LF or CRLF only; a lone CR (an old Mac line end, an XLIFF `&#13;`) is
/// text, which the PDF would drop, gluing two words, and the HTML show as a space.
pub(crate) fn is_control_at(text: &str, at: usize, c: char) -> bool {
    is_control(c) || (c == '\r' && !text[at + c.len_utf8()..].starts_with('\n'))
}

/// Whether `c` is a bidi embedding or override (U+202A–U+202E), which only the bidi
/// pseudo-locale may hold.
pub(crate) fn is_override(c: char) -> bool {
    ('\u{202A}'..='\u{202E}').contains(&c)
}

/// Whether the locale is the bidi pseudo-locale, whose text is overrides by design.
/// Whether locale `tag` may carry bidi overrides (the pseudo-locale that tests them).
pub(crate) fn overrides_allowed(tag: &str) -> bool {
    tag == super::pseudo::Strategy::Bidi.tag()
}

/// Formats each of `ids` that `data` defines with a value exactly as the build does
/// (the same bundle, the same arguments, the same limits), and returns the errors the
/// build would stop on: Fluent's ([`format_error`]) and [`unsafe_text`]. What `check`
/// runs so that a locale it passes builds.
pub fn format_as_built<'a>(
    data: &LocaleData,
    ids: impl IntoIterator<Item = &'a str>,
) -> Vec<Diagnostic> {
    let (bundle, _) = bundle(data);
    let tag = &data.locale.tag;
    let mut out = Vec::new();
    for id in ids {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let span = data
            .find(id, false)
            .map(|(f, e)| Span::new(f.file, e.span.clone()));
        let mut errors = Vec::new();
        let args = build_args(id);
        let text = bundle.format_pattern(pattern, args.as_ref(), &mut errors);
        let mut found: Vec<Diagnostic> = errors
            .iter()
            .map(|e| format_error(id, tag, e))
            .chain(unsafe_text(id, tag, &text, overrides_allowed(tag)))
            .collect();
        // A heading's short form, in the running heads, as the build formats it.
        if let Some(short) = bundle.get_message(id).and_then(|m| m.get_attribute(SHORT)) {
            let with_short = format!("{id}.{SHORT}");
            let mut errors = Vec::new();
            let text = bundle.format_pattern(short.value(), None, &mut errors);
            found.extend(
                errors
                    .iter()
                    .map(|e| format_error(&with_short, tag, e).id(id))
                    .chain(
                        unsafe_text(&with_short, tag, &text, overrides_allowed(tag))
                            .map(|d| d.id(id)),
                    ),
            );
        }
        for mut d in found {
            if let Some(s) = &span {
                d = d.at(s.clone());
            }
            out.push(d);
        }
    }
    out
}

struct Resolver<'a> {
    project: &'a Project,
    data: &'a LocaleData,
    source: &'a LocaleData,
    primary: Bundle,
    fallback: Bundle,
    errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
    /// A preview's resolution ([`resolve_preview`]): a translation that does not format
    /// is replaced by the source text instead of stopping the edition.
    preview: bool,
}

impl Resolver<'_> {
    /// Formats a message to plain text (markup still in), falling back to the source.
    fn raw(
        &mut self,
        id: &str,
        at: Option<&MsgRef>,
    ) -> Option<(String, bool, Option<Span>)> {
        let fallback = self
            .primary
            .get_message(id)
            .and_then(|m| m.value())
            .is_none();
        let Some((text, found, span)) = self.format(id, fallback) else {
            let mut d = Diagnostic::error(
                Code::UnknownMessage,
                format!(
                    "message `{id}` exists in neither `{}` nor the source locale",
                    self.data.locale.tag
                ),
            )
            .locale(&self.data.locale.tag)
            .id(id);
            if let Some(r) = at {
                d = d.at(r.span.clone());
            }
            self.errors.push(d);
            return None;
        };
        let tag = &self.data.locale.tag;
        if self.preview && !fallback && !found.is_empty() {
            // The translation's errors stay errors of the message (the editor shows
            // them); the preview shows the source text in its place.
            self.warnings.extend(found);
            let (text, found, source_span) = self.format(id, true)?;
            self.errors.extend(found);
            let mut d = Diagnostic::warning(
                Code::Fallback,
                format!(
                    "`{tag}`'s translation of `{id}` does not format; the preview shows \
                     the source locale's text"
                ),
            )
            .locale(tag)
            .id(id)
            .hint("fix the errors of the translation; `silkpress build` stops on them");
            if let Some(s) = &span {
                d = d.at(s.clone());
            }
            self.warnings.push(d);
            return Some((text, true, source_span));
        }
        self.errors.extend(found);
        if fallback {
            let mut d = Diagnostic::warning(
                Code::Fallback,
                format!("`{tag}` has no translation of `{id}`; using the source locale's text"),
            )
            .locale(tag)
            .id(id)
            .hint(format!("translate it, e.g. with `silkpress sync {tag}`"));
            if let Some(s) = &span {
                d = d.at(s.clone());
            }
            self.warnings.push(d);
        }
        Some((text, fallback, span))
    }

    /// Formats `id` from the source's bundle (`from_source`) or the locale's: its text,
    /// the errors of formatting it and of what the text holds (control characters, bidi
    /// overrides), each at the entry, and the entry's span; `None` when that bundle has
    /// no value for it.
    fn format(
        &self,
        id: &str,
        from_source: bool,
    ) -> Option<(String, Vec<Diagnostic>, Option<Span>)> {
        let (bundle, data) = if from_source {
            (&self.fallback, self.source)
        } else {
            (&self.primary, self.data)
        };
        let pattern = bundle.get_message(id).and_then(|m| m.value())?;
        let span = data
            .find(id, false)
            .map(|(f, e)| Span::new(f.file, e.span.clone()));
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, build_args(id).as_ref(), &mut errors)
            .into_owned();
        let tag = &data.locale.tag;
        let found = errors
            .iter()
            .map(|e| format_error(id, tag, e))
            .chain(unsafe_text(id, tag, &text, overrides_allowed(tag)))
            .map(|d| match &span {
                Some(s) => d.at(s.clone()),
                None => d,
            })
            .collect();
        Some((text, found, span))
    }

    /// A message's text with where it came from (empty when it cannot be formatted; the
    /// error is recorded).
    fn text(&mut self, r: &MsgRef) -> Text {
        let Some((text, fallback, span)) = self.raw(&r.id, Some(r)) else {
            return Text {
                content: StyledText::default(),
                id: r.id.clone(),
                span: None,
                fallback: false,
            };
        };
        let content = self.styled(&r.id, text, span.as_ref());
        Text {
            content,
            id: r.id.clone(),
            span,
            fallback,
        }
    }

    /// Parses formatted text's markup.
    fn styled(&mut self, id: &str, text: String, span: Option<&Span>) -> StyledText {
        match markup::parse(&text) {
            Ok(t) => t,
            Err(errs) => {
                // Markup is validated per file at load time with exact positions; reaching
                // here means a term or message reference brought in the bad markup.
                for e in errs {
                    let mut d = Diagnostic::error(
                        Code::MarkupError,
                        format!("{} (in the formatted text of `{id}`)", e.message),
                    )
                    .locale(&self.data.locale.tag)
                    .id(id);
                    if let Some(s) = span {
                        d = d.at(s.clone());
                    }
                    self.errors.push(d);
                }
                StyledText::plain(text)
            }
        }
    }

    /// The `.short` attribute of a heading's message, from the bundle its value came
    /// from (a translated title never gets the source's short form); `None` when that
    /// message has none.
    fn short(&mut self, title: &Text) -> Option<Text> {
        let (bundle, data) = if title.fallback {
            (&self.fallback, self.source)
        } else {
            (&self.primary, self.data)
        };
        let pattern = bundle.get_message(&title.id)?.get_attribute(SHORT)?.value();
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned();
        let span = data
            .find(&title.id, false)
            .map(|(f, e)| Span::new(f.file, e.span.clone()));
        let tag = &data.locale.tag;
        let with_short = format!("{}.{SHORT}", title.id);
        let unsafe_short = unsafe_text(&with_short, tag, &text, overrides_allowed(tag));
        for d in errors
            .iter()
            .map(|e| {
                Diagnostic::error(
                    Code::FormatError,
                    format!("failed to format `{with_short}` ({e})"),
                )
                .locale(tag)
            })
            .chain(unsafe_short)
        {
            // The message's: suppressions and editors find it by its ID.
            let mut d = d.id(&title.id);
            if let Some(s) = &span {
                d = d.at(s.clone());
            }
            self.errors.push(d);
        }
        let content = self.styled(&title.id, text, span.as_ref());
        Some(Text {
            content,
            id: title.id.clone(),
            span,
            fallback: title.fallback,
        })
    }

    fn ui(&mut self, id: &str) -> String {
        self.raw(id, None).map(|(t, _, _)| t).unwrap_or_default()
    }
}

/// Resolves the whole report for the locale `tag`.
pub fn resolve(project: &Project, tag: &str) -> DiagResult<Warned<Report>> {
    resolve_as(project, tag, false)
}

/// [`resolve`] for a live preview: a translated message that does not format (an
/// unknown reference, a control character) shows the source's text instead of stopping
/// the edition; its errors come back among the warnings, each with the message's ID,
/// with a `fallback` warning for the message. Everything else stops it as in
/// [`resolve`].
pub fn resolve_preview(project: &Project, tag: &str) -> DiagResult<Warned<Report>> {
    resolve_as(project, tag, true)
}

fn resolve_as(project: &Project, tag: &str, preview: bool) -> DiagResult<Warned<Report>> {
    let Some(data) = project.locale(tag) else {
        let known: Vec<_> = project.available.iter().map(String::as_str).collect();
        return Err(vec![Diagnostic::error(
            Code::UnknownLocale,
            format!("no locale `{tag}` in locales/"),
        )
        .hint(format!("known locales: {}", known.join(", ")))
        .hint(format!("create one with `silkpress new-locale {tag}`"))]);
    };
    let mut errors = project.blocking_errors(tag);
    let source = project.source_locale();
    let (primary, mut dup) = bundle(data);
    let (fallback, dup_src) = bundle(source);
    if data.locale.tag != source.locale.tag {
        dup.extend(dup_src);
    }
    errors.extend(dup);
    let mut r = Resolver {
        project,
        data,
        source,
        primary,
        fallback,
        errors,
        warnings: Vec::new(),
        preview,
    };
    let meta = &r.project.structure.meta;
    let cover = Cover {
        title: r.text(&meta.title),
        subtitle: r.text(&meta.subtitle),
        publisher: r.text(&meta.publisher),
    };
    let mut doc = Builder::new();
    for b in &r.project.structure.blocks {
        let text = b.msg.as_ref().map(|m| r.text(m));
        match (b.kind, text) {
            (BlockKind::PageBreak, _) => doc.page_break(),
            // The cover is set from the metadata, and always first.
            (BlockKind::Cover, _) | (_, None) => {}
            (BlockKind::Toc, Some(t)) => doc.toc(t),
            (BlockKind::Chapter, Some(t)) => {
                let short = r.short(&t);
                doc.heading_with(Rank::Chapter, t, short)
            }
            (BlockKind::Section, Some(t)) => doc.heading(Rank::Section, t),
            (BlockKind::Subsection, Some(t)) => doc.heading(Rank::Subsection, t),
            (BlockKind::Subheading, Some(t)) => doc.heading(Rank::Subheading, t),
            (BlockKind::Paragraph, Some(t)) => doc.paragraph(t),
            (BlockKind::Quote, Some(t)) => doc.quote(t),
            (BlockKind::Attribution, Some(t)) => doc.attribution(t),
            (BlockKind::Item, Some(t)) => doc.item(t),
        }
    }
    let ui = Ui {
        language_name: r.ui(UI_LANGUAGE_NAME),
        running_header: r.ui(UI_RUNNING_HEADER),
        languages: r.ui(UI_LANGUAGES),
        toc_nav: r.ui(UI_TOC_NAV),
        skip_link: r.ui(UI_SKIP_LINK),
    };
    if !r.errors.is_empty() {
        return Err(r.errors);
    }
    let formatter = Arc::new(Formatter::new(data, source));
    Ok(Warned {
        output: Report {
            doc: doc.finish(data.locale.clone(), source.locale.clone(), cover),
            ui,
            formatter,
        },
        warnings: r.warnings,
    })
}

/// A chapter title as its running head would show it, in one locale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChapterHead {
    /// The title's message ID.
    pub id: String,
    /// Where the message is defined.
    pub span: Option<Span>,
    /// The plain text the head shows: the `.short` form when there is one, else the
    /// title (markup and bidi controls removed, as the layout sets it).
    pub text: String,
    /// Whether `text` is the `.short` form.
    pub short: bool,
}

/// The running-head text of every chapter of `structure` in the locale `data`, from its
/// own messages only (a message it lacks is `missing-message` elsewhere, and the build
/// shows the source's, checked with the source). For `check`, which has no resolved
/// report; the build reads [`Heading::short`](crate::doc::Heading::short).
pub fn chapter_heads(structure: &Structure, data: &LocaleData) -> Vec<ChapterHead> {
    let (bundle, _) = bundle(data);
    let mut out = Vec::new();
    for r in structure
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Chapter)
    {
        let Some(r) = &r.msg else { continue };
        let Some(msg) = bundle.get_message(&r.id) else {
            continue;
        };
        let short = msg.get_attribute(SHORT).map(|a| a.value());
        let Some(pattern) = short.or(msg.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, None, &mut errors);
        if !errors.is_empty() {
            // `check` reports the reference or variable that failed.
            continue;
        }
        let plain = match markup::parse(&text) {
            Ok(t) => t.to_plain(),
            Err(_) => text.into_owned(),
        };
        out.push(ChapterHead {
            id: r.id.clone(),
            span: data
                .find(&r.id, false)
                .map(|(f, e)| Span::new(f.file, e.span.clone())),
            text: plain
                .chars()
                .filter(|c| !crate::lang::script::is_bidi_control(*c))
                .collect(),
            short: short.is_some(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::project::Project;

    #[test]
    fn page_labels_use_the_locale_digits() {
        let project = Project::load(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
        let en = super::resolve(&project, "en").unwrap().output;
        // The variable is isolated (FSI…PDI), as Fluent does and our policy keeps.
        assert_eq!(en.formatter.page_label(12), "Page \u{2068}12\u{2069}");
        assert_eq!(en.formatter.number(7), "7");
        if project.locale("fa").is_some() {
            let fa = super::resolve(&project, "fa").unwrap().output;
            assert_eq!(fa.formatter.number(12), "۱۲");
            assert!(
                fa.formatter.page_label(12).contains("۱۲"),
                "{}",
                fa.formatter.page_label(12)
            );
        }
    }

    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                copy(&e.path(), &to.join(e.file_name()));
            } else {
                std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
            }
        }
    }

    /// The formatter keeps only the files `ui-page` needs, and labels pages as the
    /// locale's whole bundle does: here through a term in another file, which passes an
    /// argument to a message-referencing term, and a plural selector.
    #[test]
    fn page_labels_need_only_the_files_ui_page_references() {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().unwrap();
        for sub in ["templates", "locales/en"] {
            copy(&repo.join(sub), &dir.path().join(sub));
        }
        let en = dir.path().join("locales/en");
        let edit = |file: &str, f: &dyn Fn(String) -> String| {
            let text = std::fs::read_to_string(en.join(file)).unwrap();
            std::fs::write(en.join(file), f(text)).unwrap();
        };
        edit("ui.ftl", &|t| {
            t.replace(
                "ui-page = Page { $page }",
                "ui-page = { -sheet(case: \"upper\") } { $page ->\n    [one] one\n   *[other] { $page }\n}",
            )
        });
        edit("terms.ftl", &|t| {
            t + "\n-sheet = { $case ->\n    [upper] { page-word }\n   *[lower] page\n}\n"
        });
        edit("conclusion.ftl", &|t| t + "\npage-word = Page\n");
        let project = Project::load(dir.path()).unwrap();
        let data = project.locale("en").unwrap();
        let files: Vec<&str> = super::page_label_files(data)
            .into_iter()
            .map(|i| data.files[i].rel.as_str())
            .collect();
        assert_eq!(files, ["conclusion.ftl", "terms.ftl", "ui.ftl"]);
        let report = super::resolve(&project, "en").unwrap().output;
        let (whole, _) = super::bundle(data);
        let pattern = whole.get_message(super::UI_PAGE).unwrap().value().unwrap();
        for n in [1, 2, 12, 101] {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("page", n);
            let mut errors = Vec::new();
            let expected = whole.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{errors:?}");
            assert_eq!(report.formatter.page_label(n), expected, "page {n}");
        }
        // The term is not isolated; the selection is.
        assert_eq!(report.formatter.page_label(1), "Page \u{2068}one\u{2069}");
    }
}
