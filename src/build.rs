//! The library-level build: a project's editions as bytes, with every diagnostic met on
//! the way. Nothing here prints or writes a file (a PDF's bytes are held in an unnamed
//! temporary file, see [`Content`]); the CLI (or a preview server, or a test) decides
//! what to do with an [`Outcome`].
//!
//! The steps, for the locales asked for:
//! 1. [`l10n::resolve`] each locale (a locale that does not resolve is not built; the
//!    others are);
//! 2. read the style once, and the fonts once, for every format and locale;
//! 3. HTML pages on every core, PDFs one after another (each PDF typesets its own
//!    paragraphs on every core);
//! 4. with [`Options::index`], the index of the editions with their coverage.

use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap};

use crate::diag::{Code, DiagResult, Diagnostic, Warned};
use crate::fonts::FontBook;
use crate::l10n::{self, Report};
use crate::lang::{self, Locale, ScriptClass};
use crate::layout;
use crate::project::style::Style;
use crate::project::Project;
use crate::render::html::{self, HtmlOptions, Sibling, Templates};
use crate::render::pdf::{self, PdfOptions, PdfStandard};
use crate::render::webfont;
use crate::render::widths::Census;
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

/// An artifact's bytes: in memory, or (a PDF, which for a long document runs to many
/// megabytes) in a temporary file with no name, created exclusively in the temporary
/// folder and unlinked at once, so that it disappears with the artifact or the process
/// however that ends (issue 15: memory flat with the page count). Where no such file can
/// be made, a PDF is held in memory.
#[derive(Debug)]
pub enum Content {
    /// Held in memory.
    Bytes(Vec<u8>),
    /// In an unnamed temporary file.
    File(std::fs::File),
}

impl Content {
    /// The bytes (a file's read whole).
    pub fn to_vec(&self) -> std::io::Result<Vec<u8>> {
        match self {
            Content::Bytes(b) => Ok(b.clone()),
            Content::File(f) => {
                let mut bytes = Vec::with_capacity(f.metadata()?.len() as usize);
                self.write_to(&mut bytes)?;
                Ok(bytes)
            }
        }
    }

    /// The bytes, without a copy when they are in memory.
    pub fn into_vec(self) -> std::io::Result<Vec<u8>> {
        match self {
            Content::Bytes(b) => Ok(b),
            file => file.to_vec(),
        }
    }

    /// Writes the bytes to `out`: a file's from its start, wherever it stands. To a
    /// [`std::fs::File`] the kernel copies a file's (`copy_file_range`, or `sendfile`),
    /// without a pass through this process; behind `dyn Write`, 8 KiB at a time.
    pub fn write_to<W: std::io::Write + ?Sized>(
        &self,
        out: &mut W,
    ) -> std::io::Result<()> {
        use std::io::{Seek, SeekFrom};
        match self {
            Content::Bytes(b) => out.write_all(b),
            Content::File(f) => {
                let mut f: &std::fs::File = f;
                f.seek(SeekFrom::Start(0))?;
                std::io::copy(&mut f, out).map(|_| ())
            }
        }
    }
}

/// Equal bytes (a file that cannot be read equals nothing).
impl PartialEq for Content {
    fn eq(&self, other: &Content) -> bool {
        matches!((self.to_vec(), other.to_vec()), (Ok(a), Ok(b)) if a == b)
    }
}

/// A new unnamed temporary file for a PDF: created exclusively under an unpredictable
/// name in the temporary folder, then unlinked, so that nothing is ever left behind.
/// `None` where that fails, and where an open file cannot be unlinked (not Unix).
fn spool() -> Option<std::fs::File> {
    if !cfg!(unix) {
        return None;
    }
    let path = std::env::temp_dir().join(format!(
        ".silkpress-pdf-{}-{:016x}.tmp",
        std::process::id(),
        crate::project::input::unpredictable()
    ));
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .open(&path)
        .ok()?;
    std::fs::remove_file(&path).ok().map(|_| file)
}

/// Where a PDF is written: its unnamed temporary file while that takes the bytes, then
/// memory, from the bytes the file holds on. A temporary folder that is full or too
/// small must not fail a build that memory can hold (the target may well have room).
enum Spool {
    File(std::fs::File),
    Memory(std::io::Cursor<Vec<u8>>),
}

impl Spool {
    /// From the file to memory, at the same position, with what the file holds.
    fn in_memory(&mut self) -> std::io::Result<&mut std::io::Cursor<Vec<u8>>> {
        use std::io::{Read, Seek, SeekFrom};
        if let Spool::File(f) = self {
            let at = f.stream_position()?;
            f.seek(SeekFrom::Start(0))?;
            let mut bytes = Vec::new();
            f.read_to_end(&mut bytes)?;
            let mut cursor = std::io::Cursor::new(bytes);
            cursor.set_position(at);
            *self = Spool::Memory(cursor);
        }
        match self {
            Spool::Memory(c) => Ok(c),
            Spool::File(_) => unreachable!("moved to memory above"),
        }
    }

    fn into_content(self) -> Content {
        match self {
            Spool::File(f) => Content::File(f),
            Spool::Memory(c) => Content::Bytes(c.into_inner()),
        }
    }
}

impl std::io::Write for Spool {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if let Spool::File(f) = self {
            match f.write(buf) {
                Ok(n) if n > 0 || buf.is_empty() => return Ok(n),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => return Err(e),
                _ => {}
            }
        }
        self.in_memory()?.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Spool::File(f) => f.flush(),
            Spool::Memory(_) => Ok(()),
        }
    }
}

impl std::io::Seek for Spool {
    fn seek(&mut self, pos: std::io::SeekFrom) -> std::io::Result<u64> {
        match self {
            Spool::File(f) => f.seek(pos),
            Spool::Memory(c) => c.seek(pos),
        }
    }
}

/// One output of a build.
#[derive(Debug, PartialEq)]
pub struct Artifact {
    /// The locale of an edition; `None` for the index.
    pub locale: Option<String>,
    /// Its format.
    pub format: Format,
    /// Its conventional file name (`report.zh-CN.pdf`, `index.html`).
    pub file_name: String,
    /// Its content.
    pub bytes: Content,
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

pub use crate::render::file_name;

/// What one build keeps for the next build of the same project (a preview server
/// rebuilding after each edit): the style with its font book (faces read stay read),
/// and each locale's [`layout::LayoutCache`], so that only changed paragraphs are typeset
/// again. A change of the style starts both afresh.
#[derive(Default)]
pub struct Cache {
    /// The style (as its Debug text, which shows all of it) and the book made for it.
    fonts: Option<(String, FontBook)>,
    /// Typeset paragraphs by locale.
    layouts: HashMap<String, layout::LayoutCache>,
    /// The pages of each message in the last PDF of each locale.
    pages: HashMap<String, Vec<MessagePages>>,
    /// The web-font subsets made from the book, for the next HTML builds.
    subsets: webfont::SubsetCache,
    /// Whether the layouts keep their placement of the body for the next
    /// ([`layout::LayoutCache::keeping_placement`]).
    placements: bool,
    /// Made for one build only ([`build`]): no typeset paragraph is kept.
    one_shot: bool,
}

/// The pages (0-based, first and last) of the PDF a message's text is set on.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct MessagePages {
    /// The message ID.
    pub id: String,
    /// The page its text starts on.
    pub first: usize,
    /// The page its text ends on.
    pub last: usize,
    /// The start of its text as set (up to 80 characters), for a viewer to find it.
    pub excerpt: String,
}

impl Cache {
    /// A cache for building the same editions again and again (a preview server): it
    /// also keeps each PDF's placement of the body on pages, so that a rebuild places
    /// from the start of the chapter an edit is in rather than from the first page.
    pub fn incremental() -> Cache {
        Cache {
            placements: true,
            ..Cache::default()
        }
    }

    /// How much of the body the last PDF of `tag` placed (with [`Cache::incremental`]).
    pub fn placement(&self, tag: &str) -> Option<layout::PlacementStats> {
        self.layouts.get(tag)?.placement()
    }

    /// The number of typeset paragraphs held for `tag`.
    pub fn paragraphs(&self, tag: &str) -> usize {
        self.layouts
            .get(tag)
            .map_or(0, layout::LayoutCache::paragraphs)
    }

    /// The font book of the last build, if any (for the glyph check).
    pub fn fonts(&self) -> Option<&FontBook> {
        self.fonts.as_ref().map(|(_, b)| b)
    }

    /// Where each message of the last PDF of `tag` is set, in reading order.
    pub fn pages(&self, tag: &str) -> &[MessagePages] {
        self.pages.get(tag).map_or(&[], Vec::as_slice)
    }
}

/// Builds `tags`' editions of `project` in `options.formats`.
pub fn build(project: &Project, tags: &[String], options: &Options) -> Outcome {
    let mut cache = Cache {
        one_shot: true,
        ..Cache::default()
    };
    build_cached(project, tags, options, &mut cache)
}

/// [`build`] keeping what later builds can reuse in `cache`; the artifacts are
/// byte-identical to [`build`]'s.
pub fn build_cached(
    project: &Project,
    tags: &[String],
    options: &Options,
    cache: &mut Cache,
) -> Outcome {
    // Resolve every locale first: the HTML language switcher names each edition built.
    let (reports, mut out) = resolve(project, tags);
    let built = build_resolved(project, &reports, options, cache);
    out.artifacts = built.artifacts;
    out.diagnostics.extend(built.diagnostics);
    out.not_built.extend(built.not_built);
    out
}

/// The reports of `tags` resolved for a build, with the resolver's warnings and the
/// locales that cannot be built (in the outcome).
pub fn resolve(project: &Project, tags: &[String]) -> (Vec<Report>, Outcome) {
    resolve_with(project, tags, l10n::resolve)
}

/// [`resolve`] for a live preview ([`l10n::resolve_preview`]): a translation that does
/// not format shows the source's text, and its errors come back as the outcome's
/// diagnostics without stopping the edition.
pub fn resolve_preview(project: &Project, tags: &[String]) -> (Vec<Report>, Outcome) {
    resolve_with(project, tags, l10n::resolve_preview)
}

fn resolve_with(
    project: &Project,
    tags: &[String],
    resolve: fn(&Project, &str) -> DiagResult<Warned<Report>>,
) -> (Vec<Report>, Outcome) {
    let mut out = Outcome::default();
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
        match typeset.and_then(|_| resolve(project, tag)) {
            Ok(w) => {
                out.diagnostics.extend(w.warnings);
                reports.push(w.output);
            }
            Err(errors) => out.fail(errors, format!("the {tag} edition was not built")),
        }
    }
    (reports, out)
}

/// [`build_cached`] of reports [`resolve`] made: a caller building one locale's formats
/// one after the other (a preview server: HTML first) resolves it once.
pub fn build_resolved(
    project: &Project,
    reports: &[Report],
    options: &Options,
    cache: &mut Cache,
) -> Outcome {
    let mut out = Outcome::default();
    let mut formats = options.formats.clone();
    formats.sort();
    formats.dedup();
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
    let key = format!("{style:?}");
    if cache.fonts.as_ref().is_none_or(|(k, _)| *k != key) {
        cache.layouts.clear();
        cache.subsets = webfont::SubsetCache::default();
        cache.fonts = None;
        match FontBook::index(&project.root, &style) {
            Ok(b) => cache.fonts = Some((key, b)),
            Err(errors) => {
                out.fail(errors, "no edition was built".into());
                return out;
            }
        }
    }
    let Some((_, book)) = &mut cache.fonts else {
        unreachable!("the book was just made")
    };
    let (classes, chars) = drawn(reports);
    let ids = book.faces_for(&classes, &chars);
    if let Err(errors) = book.load_faces(&project.root, &ids) {
        out.fail(errors, "no edition was built".into());
        return out;
    }
    let book: &FontBook = book;
    let subsets = &cache.subsets;
    // The page counts of each PDF built, for `chapter-grew` against the source's.
    let mut summaries: Vec<(String, crate::check::layout::Summary)> = Vec::new();
    let keep_placements = cache.placements;
    let layouts = &mut cache.layouts;
    let one_shot = cache.one_shot;
    let pages = &mut cache.pages;
    let html = if formats.contains(&Format::Html) {
        match HtmlBuild::prepare(project, reports, book, subsets, options.switcher) {
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
                    Some(Ok(s)) => Content::Bytes(s.into_bytes()),
                    Some(Err(errors)) => {
                        out.fail(errors, format!("the {tag} HTML edition was not built"));
                        continue;
                    }
                    None => continue,
                },
                Format::Pdf => {
                    // A build that is not kept for the next holds no paragraphs.
                    let cache = (!one_shot).then(|| {
                        &*layouts.entry(tag.clone()).or_insert_with(|| {
                            let c = layout::LayoutCache::new(&report.doc.locale);
                            if keep_placements {
                                c.keeping_placement()
                            } else {
                                c
                            }
                        })
                    });
                    match pdf(project, report, &style, book, options, cache) {
                        Ok((w, found, summary)) => {
                            pages.insert(tag.clone(), found);
                            summaries.push((tag.clone(), summary));
                            out.diagnostics.extend(w.warnings);
                            w.output
                        }
                        Err(errors) => {
                            out.fail(
                                errors,
                                format!("the {tag} PDF edition was not built"),
                            );
                            continue;
                        }
                    }
                }
            };
            out.artifacts.push(Artifact {
                locale: Some(tag.clone()),
                format,
                file_name: file_name(tag, format),
                bytes,
            });
        }
    }
    // Chapters against the source edition, when it was built too.
    let source_tag = &project.source_locale().locale.tag;
    if let Some((_, src)) = summaries.iter().find(|(t, _)| t == source_tag) {
        for (tag, ours) in summaries.iter().filter(|(t, _)| t != source_tag) {
            let (_, grew) =
                crate::check::layout::growth(src, ours, &style.layout_check, tag);
            out.diagnostics.extend(
                grew.into_iter()
                    .map(|d| crate::check::layout::locate(project, d)),
            );
        }
    }
    // The layout warnings of each edition whose PDF was built, for the index.
    let layout_counts: HashMap<String, usize> = summaries
        .iter()
        .map(|(tag, _)| {
            let n = out
                .diagnostics
                .iter()
                .filter(|d| {
                    d.locale.as_ref() == Some(tag)
                        && crate::check::layout::CODES.contains(&d.code)
                })
                .count();
            (tag.clone(), n)
        })
        .collect();
    if let (Some(h), true) = (&html, options.index) {
        match h.index(project, reports, &layout_counts) {
            Ok(Some(text)) => out.artifacts.push(Artifact {
                locale: None,
                format: Format::Html,
                file_name: "index.html".into(),
                bytes: Content::Bytes(text.into_bytes()),
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
    // A hash set while collecting (the text runs to ~150,000 characters, a few hundred
    // distinct), an ordered set for the result.
    let mut seen: rustc_hash::FxHashSet<char> =
        ['.', '•', '-', '\u{2010}', ' ', '\u{A0}', '%']
            .into_iter()
            .chain('0'..='9')
            .collect();
    let mut classes = Vec::new();
    for r in reports {
        classes.push(ScriptClass::of_script(&r.doc.locale.script));
        for t in r.doc.texts() {
            for run in &t.content.runs {
                seen.extend(run.text.chars());
            }
        }
        // Named field by field: a new interface string is a compile error here.
        let l10n::resolve::Ui {
            language_name,
            running_header,
            languages,
            toc_nav,
            skip_link,
        } = &r.ui;
        for s in [language_name, running_header, languages, toc_nav, skip_link] {
            seen.extend(s.chars());
        }
        for n in 0..=10 {
            seen.extend(r.formatter.number(n).chars());
        }
        seen.extend(r.formatter.number(1_234_567).chars());
        for n in 1..=1000 {
            seen.extend(r.formatter.page_label(n).chars());
        }
    }
    let chars: BTreeSet<char> = seen.into_iter().collect();
    classes.extend(chars.iter().filter_map(|&c| layout::itemize::class_of(c)));
    classes.sort_by_key(|c| ScriptClass::ALL.iter().position(|a| a == c));
    classes.dedup();
    (classes, chars)
}

/// Lays out and renders one locale's PDF, with the problems its pages show
/// ([`crate::check::layout::Analysis`], as `check --layout` reports them: each with its
/// page) and its page counts. Diagnostics without a position that name a message get
/// the message's position in its `.ftl` file. Each page goes to the PDF writer and the
/// analysis as it is finished, and is dropped: a long report is never held whole.
fn pdf(
    project: &Project,
    report: &Report,
    style: &Style,
    book: &FontBook,
    options: &Options,
    cache: Option<&layout::LayoutCache>,
) -> DiagResult<(
    Warned<Content>,
    Vec<MessagePages>,
    crate::check::layout::Summary,
)> {
    use crate::check::layout as check_layout;
    let locate = |d: Diagnostic| check_layout::locate(project, d);
    let opts = PdfOptions {
        standard: options.pdf_standard,
        created: options.created,
    };
    let mut out = PdfPages {
        book,
        opts: &opts,
        max_stretch: style.layout_check.max_stretch,
        census: Some(Census::new(book)),
        writing: None,
    };
    let laid = layout::layout_into(report, style, book, cache, &mut out)
        .map_err(|ds| ds.into_iter().map(locate).collect::<Vec<_>>())?;
    let head = laid.output;
    let Some((writer, analysis)) = out.writing else {
        unreachable!("the layout hands its head over before returning it")
    };
    // The analysis first: what it holds per element is dropped before the writer
    // builds the tag tree and assembles the file, the build's peak.
    let tag = &report.doc.locale.tag;
    let mut analysed = analysis.finish(&head, style, book, tag);
    let found =
        message_pages(report, &head, &std::mem::take(&mut analysed.element_pages));
    let bytes = match spool() {
        Some(file) => {
            // Buffered: krilla writes the PDF in many small parts.
            let mut out = std::io::BufWriter::with_capacity(1 << 16, Spool::File(file));
            writer.finish_to(&head, &opts, &mut out)?;
            out.into_inner()
                .map_err(|e| pdf::write_error(e.into_error()))?
                .into_content()
        }
        None => Content::Bytes(writer.finish(&head, &opts)?),
    };
    let chapters = &analysed.summary.chapters;
    // The layout's `overfull-line` again with its page, from the analysis.
    let mut warnings: Vec<Diagnostic> = laid
        .warnings
        .into_iter()
        .filter(|d| d.code != Code::OverfullLine)
        .map(|d| check_layout::running_head_page(chapters, d))
        .collect();
    warnings.extend(analysed.diagnostics);
    Ok((
        Warned {
            output: bytes,
            warnings: warnings.into_iter().map(locate).collect(),
        },
        found,
        analysed.summary,
    ))
}

/// Where a PDF's layout goes: its lines counted for the widened faces, then each page
/// written and read by the layout analysis as it is finished.
struct PdfPages<'b> {
    book: &'b FontBook,
    opts: &'b PdfOptions,
    /// The layout check's largest stretch.
    max_stretch: f32,
    /// The glyphs drawn, until the head comes.
    census: Option<Census<'b>>,
    /// From the head on: the writer and the analysis.
    writing: Option<(pdf::Writer<'b>, crate::check::layout::Analysis)>,
}

impl layout::Output for PdfPages<'_> {
    fn line(&mut self, line: &layout::LineFrame) {
        if let Some(c) = &mut self.census {
            c.line(line);
        }
    }

    fn head(&mut self, head: &layout::Head) -> DiagResult<()> {
        let widened = self.census.take().map(Census::widen).unwrap_or_default();
        let writer = pdf::Writer::new(head, self.book, widened, self.opts)?;
        let analysis = crate::check::layout::Analysis::new(head, self.max_stretch);
        self.writing = Some((writer, analysis));
        Ok(())
    }

    fn page(&mut self, page: layout::Page) -> DiagResult<()> {
        let Some((writer, analysis)) = &mut self.writing else {
            unreachable!("the head comes before the pages")
        };
        writer.page(&page)?;
        analysis.page(&page);
        Ok(())
    }
}

/// Where each text of the report is set in its laid-out PDF: the pages of the
/// structure element that sets it (the cover's texts and the body's, in reading order;
/// the contents repeat the headings and are left out). A text with no line is left
/// out.
fn message_pages(
    report: &Report,
    head: &layout::Head,
    pages: &[Option<(usize, usize)>],
) -> Vec<MessagePages> {
    use layout::paginate::ElementKind as K;
    let in_toc = |e: &layout::paginate::Element| {
        matches!(e.kind, K::Toc | K::TocItem)
            || e.parent
                .is_some_and(|p| head.elements.get(p).is_some_and(|p| p.kind == K::Toc))
    };
    let mut elements = head
        .elements
        .iter()
        .zip(pages)
        .filter(|(e, _)| !in_toc(e))
        .filter_map(|(e, p)| Some((e.id.as_deref()?, *p)));
    let cover = &report.doc.cover;
    let texts = [&cover.title, &cover.subtitle, &cover.publisher]
        .into_iter()
        .chain(report.doc.body_texts().into_iter().map(|(_, t)| t));
    let mut out = Vec::new();
    for text in texts {
        let Some((_, set)) = elements.find(|(id, _)| *id == text.id) else {
            break;
        };
        if let Some((first, last)) = set {
            out.push(MessagePages {
                id: text.id.clone(),
                first,
                last,
                excerpt: text.content.to_plain().chars().take(80).collect(),
            });
        }
    }
    out
}

/// What every HTML page of one build shares: templates, fonts, and the language
/// switcher's entries.
struct HtmlBuild<'a> {
    /// The compiled templates, or why they do not compile. A broken template fails each
    /// page as a content error, as a failed render does, so the build's PDFs are still
    /// built.
    templates: DiagResult<Templates>,
    fonts: &'a FontBook,
    subsets: &'a webfont::SubsetCache,
    siblings: Vec<Sibling>,
}

impl<'a> HtmlBuild<'a> {
    /// Reads the templates and fonts, and lists the editions for the switcher (none
    /// without `switcher` or with a single edition).
    fn prepare(
        project: &Project,
        reports: &[Report],
        fonts: &'a FontBook,
        subsets: &'a webfont::SubsetCache,
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
            html::siblings(project, reports)
        } else {
            Vec::new()
        };
        Ok(HtmlBuild {
            templates,
            fonts,
            subsets,
            siblings,
        })
    }

    /// One locale's page.
    fn page(&self, report: &Report) -> DiagResult<String> {
        let options = HtmlOptions {
            templates: self.templates.as_ref().map_err(Clone::clone)?,
            siblings: &self.siblings,
            fonts: Some(self.fonts),
            subsets: Some(self.subsets),
        };
        html::html(report, &options)
    }

    /// The index of the editions built, with each locale's coverage; `None` when the
    /// source locale was not among them (its words label the index).
    fn index(
        &self,
        project: &Project,
        reports: &[Report],
        layout_counts: &HashMap<String, usize>,
    ) -> DiagResult<Option<String>> {
        let Some((source, entries)) =
            html::index_entries(project, reports, layout_counts)
        else {
            return Ok(None);
        };
        let templates = self.templates.as_ref().map_err(Clone::clone)?;
        html::index(source, &entries, templates, Some(self.fonts)).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Seek, SeekFrom, Write};

    /// A temporary file that stops taking bytes (here: opened read-only) hands over to
    /// memory with what it held, at the same position; seeking and overwriting go on.
    #[test]
    fn a_spool_whose_file_fails_goes_on_in_memory() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pdf");
        std::fs::write(&path, b"%PDF-abc").unwrap();
        let mut spool = Spool::File(std::fs::File::open(&path).unwrap());
        spool.seek(SeekFrom::End(0)).unwrap();
        spool.write_all(b"def").unwrap();
        assert!(matches!(spool, Spool::Memory(_)));
        spool.seek(SeekFrom::Start(5)).unwrap();
        spool.write_all(b"X").unwrap();
        spool.seek(SeekFrom::End(0)).unwrap();
        spool.write_all(b"!").unwrap();
        spool.flush().unwrap();
        let Content::Bytes(bytes) = spool.into_content() else {
            panic!("held in memory");
        };
        assert_eq!(bytes, b"%PDF-Xbcdef!");
    }

    /// While the file takes the bytes, they stay in it.
    #[test]
    fn a_spool_keeps_the_file_while_it_takes_the_bytes() {
        let mut spool = Spool::File(tempfile::tempfile().unwrap());
        spool.write_all(b"%PDF-1.7").unwrap();
        let content = spool.into_content();
        assert!(matches!(content, Content::File(_)));
        assert_eq!(content.to_vec().unwrap(), b"%PDF-1.7");
    }
}
