//! `silkpress build`: resolve locales, render PDF and HTML editions, write them.

use std::path::PathBuf;

use super::*;
use crate::check;
use crate::diag::DiagResult;
use crate::diag::Diagnostic;
use crate::l10n;
use crate::lang::Locale;
use crate::layout;
use crate::project::Project;
use crate::render::html::{self, HtmlOptions, IndexEntry, Sibling, Templates};
use crate::render::webfont::FontSet;
use crate::render::Format;

pub(super) fn build(cli: &Cli, args: &BuildArgs) -> CmdResult {
    // Huge pages speed up `check`'s millions of small allocations, but they let the
    // allocator's arenas grow in 2 MB steps: the Chinese PDF build peaked at 85 MB with
    // them, 48 MB without (the target is 64 MB). A failure only costs memory.
    #[cfg(target_os = "linux")]
    let _ = rustix::thread::disable_transparent_huge_pages(true);
    for tag in &args.locale {
        Locale::parse(tag).map_err(|e| usage_error(&e))?;
    }
    // One edition needs only its own locale and the source; `--all` reads them all.
    let only = (!args.all).then_some(args.locale.as_slice());
    let project = load(cli, only)?;
    let tags: Vec<String> = if args.all {
        project
            .locales
            .iter()
            .map(|l| l.locale.tag.clone())
            .collect()
    } else {
        args.locale.clone()
    };
    let mut formats = args.format.clone();
    formats.sort();
    formats.dedup();
    if args.output.is_some() && (tags.len() != 1 || formats.len() != 1) {
        return Err(usage_error(
            "-o/--output needs exactly one locale and one format",
        ));
    }
    // Resolve every locale first: the HTML language switcher names each edition built.
    let mut failure = None;
    let mut reports = Vec::new();
    for tag in &tags {
        match l10n::resolve(&project, tag) {
            Ok(w) => {
                print_diags(cli, &project.sources, &w.warnings);
                reports.push(w.output);
            }
            Err(errors) => {
                print_diags(cli, &project.sources, &errors);
                eprintln!("error: the {tag} edition was not built");
                failure = Some(failure_of(&errors));
            }
        }
    }
    if reports.is_empty() {
        return failure.map_or(Ok(()), Err);
    }
    // The style (page, faces, stacks) serves both formats and every locale: read once.
    let style = layout::Style::load(&project.root).map_err(|diags| {
        print_diags(cli, &project.sources, &diags);
        failure_of(&diags)
    })?;
    let html = if formats.contains(&Format::Html) {
        Some(HtmlBuild::prepare(
            cli,
            &project,
            &reports,
            &style,
            args.output.is_none(),
        )?)
    } else {
        None
    };
    let book = if formats.contains(&Format::Pdf) {
        let book = layout::FontBook::new(&project.root, &style).map_err(|diags| {
            print_diags(cli, &project.sources, &diags);
            failure_of(&diags)
        })?;
        Some(book)
    } else {
        None
    };
    // HTML pages are independent: render them on every core, write them in order below.
    let mut html_pages: Vec<Option<DiagResult<String>>> = match &html {
        Some(h) => crate::par::map(&reports, |r| Some(h.page(r))),
        None => reports.iter().map(|_| None).collect(),
    };
    for (i, report) in reports.iter().enumerate() {
        let tag = &report.doc.locale.tag;
        for &format in &formats {
            let path = args.output.clone().unwrap_or_else(|| {
                PathBuf::from("out").join(format!("report.{tag}.{}", format.extension()))
            });
            let bytes = match format {
                Format::Html => {
                    let Some(page) = html_pages[i].take() else {
                        continue;
                    };
                    match page {
                        Ok(s) => s.into_bytes(),
                        Err(errors) => {
                            print_diags(cli, &project.sources, &errors);
                            eprintln!("error: the {tag} HTML edition was not built");
                            failure = Some(failure_of(&errors));
                            continue;
                        }
                    }
                }
                Format::Pdf => {
                    let Some(book) = &book else {
                        continue;
                    };
                    match build_pdf(&project, report, &style, book, args.pdf_standard) {
                        Ok(w) => {
                            print_diags(cli, &project.sources, &w.warnings);
                            w.output
                        }
                        Err(errors) => {
                            print_diags(cli, &project.sources, &errors);
                            eprintln!("error: the {tag} PDF edition was not built");
                            failure = Some(failure_of(&errors));
                            continue;
                        }
                    }
                }
            };
            if let Err(e) = write_atomic(&path, &bytes) {
                eprintln!("error: failed to write {} ({e})", path.display());
                failure = Some(Failure::Usage);
                continue;
            }
            println!("wrote {}", path.display());
        }
    }
    // `--all --format html` also writes the index of every edition with its coverage.
    if let (Some(h), true) = (&html, args.all) {
        match h.index(&project, &reports) {
            Ok(Some(text)) => {
                let path = PathBuf::from("out").join("index.html");
                if let Err(e) = write_atomic(&path, text.as_bytes()) {
                    eprintln!("error: failed to write {} ({e})", path.display());
                    failure = Some(Failure::Usage);
                } else {
                    println!("wrote {}", path.display());
                }
            }
            Ok(None) => {}
            Err(errors) => {
                print_diags(cli, &project.sources, &errors);
                eprintln!("error: out/index.html was not written");
                failure = Some(failure_of(&errors));
            }
        }
    }
    failure.map_or(Ok(()), Err)
}

// ---- PDF ----------------------------------------------------------------------------

/// The creation date of PDFs: `SOURCE_DATE_EPOCH` when set (reproducible-builds.org),
/// else a fixed date, so that two builds of the same input are byte-identical.
fn source_date_epoch() -> i64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(crate::render::pdf::DEFAULT_EPOCH)
}

/// Lays out and writes one locale's PDF. Diagnostics without a position that name a
/// message get the message's position in its `.ftl` file.
fn build_pdf(
    project: &Project,
    report: &l10n::Report,
    style: &layout::Style,
    book: &layout::FontBook,
    standard: crate::render::pdf::PdfStandard,
) -> DiagResult<diag::Warned<Vec<u8>>> {
    let locate = |mut d: Diagnostic| {
        if d.span.is_none() {
            if let (Some(id), Some(loc)) = (&d.id, &d.locale) {
                if let Some((f, e)) = project.locale(loc).and_then(|l| l.find(id, false))
                {
                    d.span = Some(diag::Span::new(f.file, e.span.clone()));
                }
            }
        }
        d
    };
    let laid = layout::layout(report, style, book)
        .map_err(|ds| ds.into_iter().map(locate).collect::<Vec<_>>())?;
    let opts = crate::render::pdf::PdfOptions {
        standard,
        created: source_date_epoch(),
    };
    let bytes = crate::render::pdf::pdf(&laid.output, book, &opts)?;
    Ok(diag::Warned {
        output: bytes,
        warnings: laid.warnings.into_iter().map(locate).collect(),
    })
}

// ---- HTML ---------------------------------------------------------------------------

/// What every HTML page of one `build` shares: templates, fonts, and the language
/// switcher's entries.
struct HtmlBuild {
    /// The compiled templates, or why they do not compile. A broken template fails each
    /// page as a content error, as a failed render does, so the build's PDFs are still
    /// written.
    templates: DiagResult<Templates>,
    fonts: FontSet,
    siblings: Vec<Sibling>,
}

/// The file name of a locale's HTML edition.
fn html_file_name(tag: &str) -> String {
    format!("report.{tag}.html")
}

impl HtmlBuild {
    /// Reads the templates and fonts, and lists the editions for the switcher (none when
    /// writing to a chosen `-o` path, whose siblings are not known).
    fn prepare(
        cli: &Cli,
        project: &Project,
        reports: &[l10n::Report],
        style: &layout::Style,
        with_siblings: bool,
    ) -> Result<HtmlBuild, Failure> {
        let fail = |diags: Vec<Diagnostic>| {
            print_diags(cli, &project.sources, &diags);
            failure_of(&diags)
        };
        let templates = Templates::read(&project.root);
        // A template that cannot be read stops the build, as a font that cannot be read
        // does; one that does not compile is kept for the pages to fail with.
        if let Err(diags) = &templates {
            if diags.iter().any(|d| d.code == "io-error") {
                return Err(fail(diags.clone()));
            }
        }
        // The HTML editions embed the PDF's faces, chosen by the same stacks.
        let fonts = FontSet::read(&project.root, style).map_err(fail)?;
        let siblings = if with_siblings && reports.len() > 1 {
            reports
                .iter()
                .map(|r| Sibling {
                    locale: r.doc.locale.clone(),
                    name: own_name(project, r),
                    href: html_file_name(&r.doc.locale.tag),
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
    fn page(&self, report: &l10n::Report) -> DiagResult<String> {
        let options = HtmlOptions {
            templates: self.templates.as_ref().map_err(Clone::clone)?,
            siblings: &self.siblings,
            fonts: Some(&self.fonts),
        };
        html::html(report, &options)
    }

    /// The index of the editions built, with each locale's coverage; `None` when the
    /// source locale was not among them (its words label the index).
    fn index(
        &self,
        project: &Project,
        reports: &[l10n::Report],
    ) -> DiagResult<Option<String>> {
        let source_tag = &project.source_locale().locale.tag;
        let Some(source) = reports.iter().find(|r| &r.doc.locale.tag == source_tag)
        else {
            return Ok(None);
        };
        let summaries =
            check::check(&check::Input::project(project, None), &[]).summaries;
        let entries: Vec<IndexEntry> = reports
            .iter()
            .filter_map(|r| {
                let s = summaries.iter().find(|s| s.locale == r.doc.locale.tag)?;
                Some(IndexEntry {
                    locale: r.doc.locale.clone(),
                    name: own_name(project, r),
                    href: html_file_name(&r.doc.locale.tag),
                    translated: s.translated,
                    total: s.total,
                    percent: (s.translated * 100).checked_div(s.total).unwrap_or(100)
                        as u32,
                })
            })
            .collect();
        let templates = self.templates.as_ref().map_err(Clone::clone)?;
        html::index(source, &entries, templates, Some(&self.fonts)).map(Some)
    }
}

/// A locale's name in its own language; its tag when it has not translated
/// `ui-language-name` yet (the source locale's name would be wrong).
fn own_name(project: &Project, report: &l10n::Report) -> String {
    let tag = &report.doc.locale.tag;
    let has_own = project
        .locale(tag)
        .is_some_and(|d| d.find(l10n::resolve::UI_LANGUAGE_NAME, false).is_some());
    if has_own && !report.ui.language_name.trim().is_empty() {
        report.ui.language_name.clone()
    } else {
        tag.clone()
    }
}
