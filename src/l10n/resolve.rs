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
use crate::project::{BlockKind, MsgRef, Project};

pub use crate::project::ui::*;

type Bundle = FluentBundle<Arc<FluentResource>>;

/// A locale's bundle and the source locale's, for messages formatted after resolving
/// (page labels).
pub struct Formatter {
    primary: Bundle,
    fallback: Bundle,
    numbers: super::numbers::NumberFormat,
}

impl Formatter {
    fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        [&self.primary, &self.fallback].into_iter().find_map(|b| {
            let pattern = b.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = b.format_pattern(pattern, args, &mut errors);
            errors.is_empty().then(|| text.into_owned())
        })
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
        self.format(UI_PAGE, Some(&args))
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

fn bundle(data: &LocaleData) -> (Bundle, Vec<Diagnostic>) {
    let mut bundle = Bundle::new_concurrent(vec![data.locale.langid.clone()]);
    bundle.set_formatter(Some(super::numbers::fluent_formatter));
    let mut diags = Vec::new();
    for file in &data.files {
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

struct Resolver<'a> {
    project: &'a Project,
    data: &'a LocaleData,
    source: &'a LocaleData,
    primary: Bundle,
    fallback: Bundle,
    errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
}

impl Resolver<'_> {
    /// Formats a message to plain text (markup still in), falling back to the source.
    fn raw(
        &mut self,
        id: &str,
        at: Option<&MsgRef>,
    ) -> Option<(String, bool, Option<Span>)> {
        let (bundle, data, fallback) =
            match self.primary.get_message(id).and_then(|m| m.value()) {
                Some(_) => (&self.primary, self.data, false),
                None => (&self.fallback, self.source, true),
            };
        let span = data
            .find(id, false)
            .map(|(f, e)| Span::new(f.file, e.span.clone()));
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
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
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned();
        for e in errors {
            let mut d = Diagnostic::error(
                Code::FormatError,
                format!("failed to format `{id}` ({e})"),
            )
            .locale(&data.locale.tag)
            .id(id);
            if let Some(s) = &span {
                d = d.at(s.clone());
            }
            self.errors.push(d);
        }
        if fallback {
            let mut d = Diagnostic::warning(
                Code::Fallback,
                format!(
                    "`{}` has no translation of `{id}`; using the source locale's text",
                    self.data.locale.tag
                ),
            )
            .locale(&self.data.locale.tag)
            .id(id)
            .hint(format!(
                "translate it, e.g. with `silkpress sync {}`",
                self.data.locale.tag
            ));
            if let Some(s) = &span {
                d = d.at(s.clone());
            }
            self.warnings.push(d);
        }
        Some((text, fallback, span))
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
        let content = self.styled(r, text, span.as_ref());
        Text {
            content,
            id: r.id.clone(),
            span,
            fallback,
        }
    }

    /// Parses formatted text's markup.
    fn styled(&mut self, r: &MsgRef, text: String, span: Option<&Span>) -> StyledText {
        match markup::parse(&text) {
            Ok(t) => t,
            Err(errs) => {
                // Markup is validated per file at load time with exact positions; reaching
                // here means a term or message reference brought in the bad markup.
                for e in errs {
                    let mut d = Diagnostic::error(
                        Code::MarkupError,
                        format!("{} (in the formatted text of `{}`)", e.message, r.id),
                    )
                    .locale(&self.data.locale.tag)
                    .id(&r.id);
                    if let Some(s) = span {
                        d = d.at(s.clone());
                    }
                    self.errors.push(d);
                }
                StyledText::plain(text)
            }
        }
    }

    fn ui(&mut self, id: &str) -> String {
        self.raw(id, None).map(|(t, _, _)| t).unwrap_or_default()
    }
}

/// Resolves the whole report for the locale `tag`.
pub fn resolve(project: &Project, tag: &str) -> DiagResult<Warned<Report>> {
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
            (BlockKind::Chapter, Some(t)) => doc.heading(Rank::Chapter, t),
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
    };
    if !r.errors.is_empty() {
        return Err(r.errors);
    }
    let numbers = super::numbers::NumberFormat::new(&data.locale.langid);
    let formatter = Arc::new(Formatter {
        primary: r.primary,
        fallback: r.fallback,
        numbers,
    });
    Ok(Warned {
        output: Report {
            doc: doc.finish(data.locale.clone(), source.locale.clone(), cover),
            ui,
            formatter,
        },
        warnings: r.warnings,
    })
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
}
