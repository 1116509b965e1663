//! The library-level build: a project's editions as bytes, with every diagnostic met on
//! the way. Nothing here prints or writes a file; the CLI (or a preview server, or a
//! test) decides what to do with an [`Outcome`].
//!
//! The steps, for the locales asked for:
//! 1. [`l10n::resolve`] each locale (a locale that does not resolve is not built; the
//!    others are);
//! 2. read the style once, and the fonts once, for every format and locale;
//! 3. HTML pages on every core, PDFs one after another (each PDF typesets its own
//!    paragraphs on every core);
//! 4. with [`Options::index`], the index of the editions with their coverage.

use rayon::prelude::*;
use std::collections::BTreeSet;

use crate::diag::{Code, DiagResult, Diagnostic, Span, Warned};
use crate::fonts::FontBook;
use crate::l10n::{self, index::coverage, Report};
use crate::lang::{self, Locale, ScriptClass};
use crate::layout;
use crate::project::style::Style;
use crate::project::Project;
use crate::render::html::{self, HtmlOptions, IndexEntry, Sibling, Templates};
use crate::render::pdf::{PdfOptions, PdfStandard};
use crate::render::Format;

/// What to build.
#[derive(Clone, Debug)]
pub struct Options {
    /// The formats, each written once per locale (duplicates are ignored).
    pub formats: Vec<Format>,
    /// The PDF standard to produce and validate against.
    pub pdf_standard: PdfStandard,
    /// The PDFs' creation date, in seconds since 1970 (see [`source_date_epoch`]).
    pub created: i64,
    /// Also build the index of the editions (HTML only; needs the source locale).
    pub index: bool,
    /// Give each HTML edition a language switcher naming the other editions built.
    pub switcher: bool,
}

/// One output of a build.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Artifact {
    /// The locale of an edition; `None` for the index.
    pub locale: Option<String>,
    /// Its format.
    pub format: Format,
    /// Its conventional file name (`report.zh-CN.pdf`, `index.html`).
    pub file_name: String,
    /// Its content.
    pub bytes: Vec<u8>,
}

/// What a build produced: its artifacts in a stable order (by locale as asked, then
/// format; the index last), every diagnostic, and one line for each edition that could
/// not be built.
#[derive(Debug, Default)]
pub struct Outcome {
    /// The outputs built.
    pub artifacts: Vec<Artifact>,
    /// Warnings and errors, in the order they were met.
    pub diagnostics: Vec<Diagnostic>,
    /// What was not built, as a sentence (`the ru PDF edition was not built`).
    pub not_built: Vec<String>,
}

impl Outcome {
    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    fn fail(&mut self, errors: Vec<Diagnostic>, what: String) {
        self.diagnostics.extend(errors);
        self.not_built.push(what);
    }
}

/// The creation date of PDFs: `SOURCE_DATE_EPOCH` when set (reproducible-builds.org),
/// else a fixed date, so that two builds of the same input are byte-identical.
pub fn source_date_epoch() -> i64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(crate::render::pdf::DEFAULT_EPOCH)
}

/// The file name of a locale's edition in a format.
pub fn file_name(tag: &str, format: Format) -> String {
    format!("report.{tag}.{}", format.extension())
}

/// Builds `tags`' editions of `project` in `options.formats`.
pub fn build(project: &Project, tags: &[String], options: &Options) -> Outcome {
    let mut out = Outcome::default();
    let mut formats = options.formats.clone();
    formats.sort();
    formats.dedup();
    // Resolve every locale first: the HTML language switcher names each edition built.
    let mut reports = Vec::new();
    for tag in tags {
        let typeset = Locale::parse(tag)
            .map_err(|e| vec![Diagnostic::error(Code::UnknownLocale, e)])
            .and_then(|l| {
                lang::profile(&l).map_err(|e| {
                    vec![Diagnostic::error(Code::UnknownScript, e.to_string())
                        .locale(tag)
                        .hint(
                            "add the script to `lang::registry::SCRIPTS` and a font stack \
                             for it to templates/style.toml",
                        )]
                })
            });
        match typeset.and_then(|_| l10n::resolve(project, tag)) {
            Ok(w) => {
                out.diagnostics.extend(w.warnings);
                reports.push(w.output);
            }
            Err(errors) => out.fail(errors, format!("the {tag} edition was not built")),
        }
    }
    if reports.is_empty() {
        return out;
    }
    // The style (page, faces, stacks) serves both formats and every locale: read once.
    let style = match Style::load(&project.root) {
        Ok(s) => s,
        Err(errors) => {
            out.fail(errors, "no edition was built".into());
            return out;
        }
    };
    // Every face is indexed (checked, with its coverage) and the faces this build can
    // draw from are read whole, once, before any work starts, for both formats.
    let book = match FontBook::index(&project.root, &style).and_then(|mut b| {
        let (classes, chars) = drawn(&reports);
        let ids = b.faces_for(&classes, &chars);
        b.load_faces(&project.root, &ids).map(|()| b)
    }) {
        Ok(b) => b,
        Err(errors) => {
            out.fail(errors, "no edition was built".into());
            return out;
        }
    };
    let html = if formats.contains(&Format::Html) {
        match HtmlBuild::prepare(project, &reports, &book, options.switcher) {
            Ok(h) => Some(h),
            Err(errors) => {
                out.fail(errors, "no edition was built".into());
                return out;
            }
        }
    } else {
        None
    };
    // HTML pages are independent: render them on every core, collect them in order.
    let mut html_pages: Vec<Option<DiagResult<String>>> = match &html {
        Some(h) => reports.par_iter().map(|r| Some(h.page(r))).collect(),
        None => reports.iter().map(|_| None).collect(),
    };
    for (i, report) in reports.iter().enumerate() {
        let tag = &report.doc.locale.tag;
        for &format in &formats {
            let bytes = match format {
                Format::Html => match html_pages[i].take() {
                    Some(Ok(s)) => s.into_bytes(),
                    Some(Err(errors)) => {
                        out.fail(errors, format!("the {tag} HTML edition was not built"));
                        continue;
                    }
                    None => continue,
                },
                Format::Pdf => match pdf(project, report, &style, &book, options) {
                    Ok(w) => {
                        out.diagnostics.extend(w.warnings);
                        w.output
                    }
                    Err(errors) => {
                        out.fail(errors, format!("the {tag} PDF edition was not built"));
                        continue;
                    }
                },
            };
            out.artifacts.push(Artifact {
                locale: Some(tag.clone()),
                format,
                file_name: file_name(tag, format),
                bytes,
            });
        }
    }
    if let (Some(h), true) = (&html, options.index) {
        match h.index(project, &reports) {
            Ok(Some(text)) => out.artifacts.push(Artifact {
                locale: None,
                format: Format::Html,
                file_name: "index.html".into(),
                bytes: text.into_bytes(),
            }),
            Ok(None) => {}
            Err(errors) => out.fail(errors, "the index was not built".into()),
        }
    }
    out
}

/// Every character the build's editions can draw (a superset: the text of every report,
/// its interface strings, page labels and numbers, and the leaders, bullets and hyphens
/// layout adds), with the script classes of that text: each locale's own and those of
/// its characters. The HTML editions name each other, so the set is the build's.
fn drawn(reports: &[Report]) -> (Vec<ScriptClass>, BTreeSet<char>) {
    let mut chars: BTreeSet<char> = ['.', '•', '-', '\u{2010}', ' ', '\u{A0}', '%']
        .into_iter()
        .chain('0'..='9')
        .collect();
    let mut classes = Vec::new();
    for r in reports {
        classes.push(ScriptClass::of_script(&r.doc.locale.script));
        // Debug shows every string of the tree; it escapes some characters (combining
        // marks, controls) as `\u{…}`, which are read back.
        let text = format!("{:?}{:?}", r.doc, r.ui);
        chars.extend(text.chars());
        chars.extend(unescape(&text));
        for n in 0..=10 {
            chars.extend(r.formatter.number(n).chars());
        }
        chars.extend(r.formatter.number(1_234_567).chars());
        for n in 1..=1000 {
            chars.extend(r.formatter.page_label(n).chars());
        }
    }
    classes.extend(chars.iter().filter_map(|&c| layout::itemize::class_of(c)));
    classes.sort_by_key(|c| ScriptClass::ALL.iter().position(|a| a == c));
    classes.dedup();
    (classes, chars)
}

/// The characters of `\u{…}` escapes in a Debug string.
fn unescape(text: &str) -> Vec<char> {
    text.split("\\u{")
        .skip(1)
        .filter_map(|s| {
            let hex = s.split('}').next()?;
            char::from_u32(u32::from_str_radix(hex, 16).ok()?)
        })
        .collect()
}

/// Lays out and renders one locale's PDF. Diagnostics without a position that name a
/// message get the message's position in its `.ftl` file.
fn pdf(
    project: &Project,
    report: &Report,
    style: &Style,
    book: &FontBook,
    options: &Options,
) -> DiagResult<Warned<Vec<u8>>> {
    let locate = |mut d: Diagnostic| {
        if d.span.is_none() {
            if let (Some(id), Some(loc)) = (&d.id, &d.locale) {
                if let Some((f, e)) = project.locale(loc).and_then(|l| l.find(id, false))
                {
                    d.span = Some(Span::new(f.file, e.span.clone()));
                }
            }
        }
        d
    };
    let laid = layout::layout(report, style, book)
        .map_err(|ds| ds.into_iter().map(locate).collect::<Vec<_>>())?;
    let opts = PdfOptions {
        standard: options.pdf_standard,
        created: options.created,
    };
    let bytes = crate::render::pdf::pdf(&laid.output, book, &opts)?;
    Ok(Warned {
        output: bytes,
        warnings: laid.warnings.into_iter().map(locate).collect(),
    })
}

/// What every HTML page of one build shares: templates, fonts, and the language
/// switcher's entries.
struct HtmlBuild<'a> {
    /// The compiled templates, or why they do not compile. A broken template fails each
    /// page as a content error, as a failed render does, so the build's PDFs are still
    /// built.
    templates: DiagResult<Templates>,
    fonts: &'a FontBook,
    siblings: Vec<Sibling>,
}

impl<'a> HtmlBuild<'a> {
    /// Reads the templates and fonts, and lists the editions for the switcher (none
    /// without `switcher` or with a single edition).
    fn prepare(
        project: &Project,
        reports: &[Report],
        fonts: &'a FontBook,
        switcher: bool,
    ) -> DiagResult<HtmlBuild<'a>> {
        let templates = Templates::read(&project.root);
        // A template that cannot be read stops the build, as a font that cannot be read
        // does; one that does not compile is kept for the pages to fail with.
        if let Err(diags) = &templates {
            if diags.iter().any(|d| d.code == Code::IoError) {
                return Err(diags.clone());
            }
        }
        let siblings = if switcher && reports.len() > 1 {
            reports
                .iter()
                .map(|r| Sibling {
                    locale: r.doc.locale.clone(),
                    name: own_name(project, r),
                    href: file_name(&r.doc.locale.tag, Format::Html),
                })
                .collect()
        } else {
            Vec::new()
        };
        Ok(HtmlBuild {
            templates,
            fonts,
            siblings,
        })
    }

    /// One locale's page.
    fn page(&self, report: &Report) -> DiagResult<String> {
        let options = HtmlOptions {
            templates: self.templates.as_ref().map_err(Clone::clone)?,
            siblings: &self.siblings,
            fonts: Some(self.fonts),
        };
        html::html(report, &options)
    }

    /// The index of the editions built, with each locale's coverage; `None` when the
    /// source locale was not among them (its words label the index).
    fn index(&self, project: &Project, reports: &[Report]) -> DiagResult<Option<String>> {
        let source_data = project.source_locale();
        let source_tag = &source_data.locale.tag;
        let Some(source) = reports.iter().find(|r| &r.doc.locale.tag == source_tag)
        else {
            return Ok(None);
        };
        let entries: Vec<IndexEntry> = reports
            .iter()
            .filter_map(|r| {
                let data = project.locale(&r.doc.locale.tag)?;
                let (translated, total) = coverage(source_data, data);
                Some(IndexEntry {
                    locale: r.doc.locale.clone(),
                    name: own_name(project, r),
                    href: file_name(&r.doc.locale.tag, Format::Html),
                    translated,
                    total,
                    percent: (translated * 100).checked_div(total).unwrap_or(100) as u32,
                })
            })
            .collect();
        let templates = self.templates.as_ref().map_err(Clone::clone)?;
        html::index(source, &entries, templates, Some(self.fonts)).map(Some)
    }
}

/// A locale's name in its own language; its tag when it has not translated
/// `ui-language-name` yet (the source locale's name would be wrong).
fn own_name(project: &Project, report: &Report) -> String {
    let tag = &report.doc.locale.tag;
    let has_own = project.locale(tag).is_some_and(|d| {
        d.find(crate::project::ui::UI_LANGUAGE_NAME, false)
            .is_some()
    });
    if has_own && !report.ui.language_name.trim().is_empty() {
        report.ui.language_name.clone()
    } else {
        tag.clone()
    }
}
