//! A serve session: the project as last read, its check, and the previewed editions,
//! rebuilt after every change through one [`build::Cache`] so that only what changed is
//! typeset again.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::build::{self, Cache, MessagePages, Options};
use crate::check::{self, CheckReport};
use crate::diag::{Diagnostic, Sources};
use crate::l10n::resolve::Report;
use crate::project::Project;
use crate::render::pdf::PdfStandard;
use crate::render::Format;

use super::{messages, MessageView, Note};

/// One locale's current editions.
#[derive(Default)]
pub struct Preview {
    /// The HTML edition, unless it could not be built.
    pub html: Option<Vec<u8>>,
    /// The PDF edition, unless it could not be built.
    pub pdf: Option<Vec<u8>>,
    /// The HTML edition is new and the PDF not built yet (see [`Session::finish`]).
    pub pdf_pending: bool,
    /// Where each message is set in the PDF.
    pub pages: Vec<MessagePages>,
    /// The build's diagnostics.
    pub diagnostics: Vec<Diagnostic>,
    /// What was not built, as sentences.
    pub not_built: Vec<String>,
    /// How long the build took.
    pub took: Duration,
}

/// The project, its check and the previewed editions, as of the last [`Session::reload`].
pub struct Session {
    root: PathBuf,
    /// The locales previewed so far (and checked), in the order asked for.
    tags: Vec<String>,
    /// The project, unless it failed to load (shared with a [`PdfJob`] under way).
    project: Option<Arc<Project>>,
    /// Why the project did not load (with the files read, for positions).
    load_errors: Option<(Sources, Vec<Diagnostic>)>,
    /// The check of the previewed locales.
    check: Option<CheckReport>,
    cache: Cache,
    previews: BTreeMap<String, Preview>,
    /// Each previewed locale as the last [`Session::reload_html`] resolved it, for its
    /// [`PdfJob`] (resolved once for both formats).
    resolved: BTreeMap<String, Vec<Report>>,
    /// Counts reloads: the page asks for it to know when to refresh.
    version: u64,
    /// How long the last reload's stages took: reading, building, checking.
    timings: Timings,
}

/// How long the stages of the last reload took.
#[derive(Clone, Copy, Debug, Default, serde::Serialize)]
pub struct Timings {
    /// Reading and parsing the project (ms).
    pub read_ms: f64,
    /// Building the previewed HTML editions (ms).
    pub html_ms: f64,
    /// Building the previewed PDF editions (ms).
    pub build_ms: f64,
    /// Checking the previewed locales (ms).
    pub check_ms: f64,
    /// The body pages of the previewed PDF editions.
    pub body_pages: usize,
    /// How many of them the last build placed: from the start of the chapter an edit is
    /// in (the pages before are the previous build's; all of them on the first build).
    pub placed_pages: usize,
}

impl Session {
    /// Reads the project at `root` and builds the editions of `tags`.
    pub fn open(root: &Path, tags: &[String]) -> Session {
        let mut s = Session {
            root: root.to_path_buf(),
            tags: tags.to_vec(),
            project: None,
            load_errors: None,
            check: None,
            cache: Cache::incremental(),
            previews: BTreeMap::new(),
            resolved: BTreeMap::new(),
            version: 0,
            timings: Timings::default(),
        };
        s.reload();
        s
    }

    /// The project, unless it failed to load.
    pub fn project(&self) -> Option<&Project> {
        self.project.as_deref()
    }

    /// Why the project did not load, as notes.
    pub fn load_errors(&self) -> Vec<Note> {
        self.load_errors
            .as_ref()
            .map(|(s, ds)| ds.iter().map(|d| Note::of(s, d)).collect())
            .unwrap_or_default()
    }

    /// The errors loading left for locale `tag` (or the source, or the project as a
    /// whole) that keep its edition from being built: a file or folder of it that
    /// could not be read. The project loaded, so [`Session::load_errors`] is empty; the
    /// editor shows these beside "not built" so that it says why.
    pub fn locale_load_errors(&self, tag: &str) -> Vec<Note> {
        let Some(p) = self.project.as_deref() else {
            return Vec::new();
        };
        let source = p.source_locale().locale.tag.as_str();
        p.diagnostics
            .iter()
            .filter(|d| d.is_error() && d.code.stops_build())
            .filter(|d| d.locale.as_deref().is_none_or(|l| l == tag || l == source))
            .map(|d| Note::of(&p.sources, d))
            .collect()
    }

    /// How long the stages of the last reload took.
    pub fn timings(&self) -> Timings {
        self.timings
    }

    /// The number of reloads so far.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Every locale of the project (those on disk, not only those read).
    pub fn locales(&self) -> Vec<String> {
        self.project
            .as_ref()
            .map(|p| p.available.clone())
            .unwrap_or_default()
    }

    /// The source locale's tag.
    pub fn source(&self) -> Option<&str> {
        self.project
            .as_ref()
            .map(|p| p.source_locale().locale.tag.as_str())
    }

    /// Reads the project again, checks the previewed locales and rebuilds their
    /// editions (only the changed paragraphs are typeset again): [`Session::reload_html`],
    /// then the [`PdfJob`] it leaves.
    pub fn reload(&mut self) {
        self.reload_html();
        if let Some(job) = self.pdf_job() {
            let done = job.run();
            self.finish(done);
        }
    }

    /// Reads the project again and rebuilds the previewed locales' HTML editions, the
    /// fast part of a reload (tens of milliseconds): a server publishes them at once,
    /// then runs [`Session::pdf_job`] without holding the session, so that the HTML
    /// previews are served while the PDF editions are set. Until [`Session::finish`]
    /// each preview is [`Preview::pdf_pending`].
    pub fn reload_html(&mut self) {
        self.version += 1;
        let ms = |t: Instant| t.elapsed().as_secs_f64() * 1000.0;
        let start = Instant::now();
        match Project::load_only(&self.root, Some(&self.tags)) {
            Ok(p) => {
                self.load_errors = None;
                self.project = Some(Arc::new(p));
            }
            Err(failure) => {
                self.project = None;
                self.check = None;
                self.previews.clear();
                self.load_errors = Some((failure.sources, failure.diagnostics));
                return;
            }
        }
        self.timings.read_ms = ms(start);
        let start = Instant::now();
        self.previews.clear();
        self.resolved.clear();
        for tag in self.tags.clone() {
            self.build_html(&tag);
        }
        self.timings.html_ms = ms(start);
    }

    /// The rest of the reload [`Session::reload_html`] began: the PDF editions it left
    /// pending and the check, to run without the session (the build cache moves into
    /// the job and back with [`Session::finish`]). `None` when nothing is pending.
    pub fn pdf_job(&mut self) -> Option<PdfJob> {
        let project = self.project.clone()?;
        let mut resolved = std::mem::take(&mut self.resolved);
        let tags: Vec<(String, Vec<Report>)> = self
            .tags
            .iter()
            .filter(|t| self.previews.get(*t).is_some_and(|p| p.pdf_pending))
            .map(|t| (t.clone(), resolved.remove(t).unwrap_or_default()))
            .collect();
        Some(PdfJob {
            version: self.version,
            project,
            cache: std::mem::replace(&mut self.cache, Cache::incremental()),
            tags,
            checked: self.tags.clone(),
        })
    }

    /// Takes in what a [`PdfJob`] built: the PDF previews, the check and the cache.
    /// A job begun before another reload is dropped (that reload built afresh).
    pub fn finish(&mut self, done: PdfDone) {
        if done.version != self.version {
            return;
        }
        self.version += 1;
        self.cache = done.cache;
        for (tag, out, took) in done.pdfs {
            let Some(preview) = self.previews.get_mut(&tag) else {
                continue;
            };
            preview.diagnostics.extend(out.diagnostics);
            preview.not_built.extend(out.not_built);
            preview.pdf =
                match out.artifacts.into_iter().next().map(|a| a.bytes.into_vec()) {
                    Some(Ok(bytes)) => Some(bytes),
                    Some(Err(e)) => {
                        preview.not_built.push(format!(
                        "the {tag} PDF edition could not be read back from its temporary \
                         file ({e})"
                    ));
                        None
                    }
                    None => None,
                };
            preview.pages = self.cache.pages(&tag).to_vec();
            preview.pdf_pending = false;
            preview.took += took;
        }
        self.check = Some(done.check);
        self.timings.build_ms = done.build_ms;
        self.timings.check_ms = done.check_ms;
        let placed = self.tags.iter().filter_map(|t| self.cache.placement(t));
        (self.timings.body_pages, self.timings.placed_pages) =
            placed.fold((0, 0), |(n, k), p| (n + p.pages, k + p.placed));
    }

    /// Builds the HTML edition of `tag`; its PDF is left pending.
    fn build_html(&mut self, tag: &str) {
        let Some(project) = &self.project else { return };
        let start = Instant::now();
        let (reports, mut out) = build::resolve_preview(project, &[tag.to_string()]);
        let built = build::build_resolved(
            project,
            &reports,
            &options(Format::Html),
            &mut self.cache,
        );
        out.diagnostics.extend(built.diagnostics);
        out.not_built.extend(built.not_built);
        self.resolved.insert(tag.to_string(), reports);
        let mut preview = Preview {
            diagnostics: out.diagnostics,
            not_built: out.not_built,
            pages: self.cache.pages(tag).to_vec(),
            pdf_pending: true,
            ..Preview::default()
        };
        // HTML is held in memory: reading it cannot fail.
        preview.html = built
            .artifacts
            .into_iter()
            .find_map(|a| a.bytes.into_vec().ok());
        preview.took = start.elapsed();
        self.previews.insert(tag.to_string(), preview);
    }

    /// Whether the PDF of `tag` is still to be built after its HTML.
    pub fn pdf_pending(&self, tag: &str) -> bool {
        self.previews.get(tag).is_some_and(|p| p.pdf_pending)
    }

    /// The editions of `tag`, built now if it was not previewed yet (`None` for a
    /// locale the project does not have).
    pub fn preview(&mut self, tag: &str) -> Option<&Preview> {
        let project = self.project.as_ref()?;
        if !project.available.iter().any(|t| t == tag) {
            return None;
        }
        if !self.tags.iter().any(|t| t == tag) {
            // A locale not read yet: read it with the others.
            self.tags.push(tag.to_string());
            self.reload();
        }
        self.previews.get(tag)
    }

    /// The messages of `tag` as the editor shows them (`None` for an unknown locale or
    /// a project that did not load).
    pub fn messages(&mut self, tag: &str) -> Option<Vec<MessageView>> {
        self.preview(tag)?;
        let project = self.project.as_ref()?;
        let check = self.check.as_ref()?;
        let build = self
            .previews
            .get(tag)
            .map(|p| p.diagnostics.as_slice())
            .unwrap_or(&[]);
        Some(messages(project, check, build, tag))
    }
}

/// The options of a preview in one format.
fn options(format: Format) -> Options {
    Options {
        formats: vec![format],
        pdf_standard: PdfStandard::default(),
        created: build::source_date_epoch(),
        index: false,
        switcher: false,
    }
}

/// The second part of a reload: the pending PDF editions and the check, run without
/// the session (see [`Session::pdf_job`]).
pub struct PdfJob {
    version: u64,
    project: Arc<Project>,
    cache: Cache,
    /// The locales whose PDF is pending, as resolved for their HTML.
    tags: Vec<(String, Vec<Report>)>,
    /// The locales checked.
    checked: Vec<String>,
}

/// What a [`PdfJob`] built, for [`Session::finish`].
pub struct PdfDone {
    version: u64,
    cache: Cache,
    /// Each locale's PDF build and how long it took.
    pdfs: Vec<(String, build::Outcome, Duration)>,
    check: CheckReport,
    build_ms: f64,
    check_ms: f64,
}

impl PdfJob {
    /// Builds the PDF editions, then checks the locales (the glyph check with the
    /// fonts of the build).
    pub fn run(mut self) -> PdfDone {
        let ms = |t: Instant| t.elapsed().as_secs_f64() * 1000.0;
        let start = Instant::now();
        let pdfs = self
            .tags
            .iter()
            .map(|(tag, reports)| {
                let start = Instant::now();
                let out = build::build_resolved(
                    &self.project,
                    reports,
                    &options(Format::Pdf),
                    &mut self.cache,
                );
                (tag.clone(), out, start.elapsed())
            })
            .collect();
        let build_ms = ms(start);
        let start = Instant::now();
        let mut input = check::Input::project(&self.project, self.cache.fonts());
        // The previews were just built from these editions: what stops their templates
        // or their resolution was said by the build, so the check does not resolve
        // and render them again (its `templates` step: 8–24 ms an edit).
        input.project = None;
        let tags: Vec<String> = self
            .checked
            .iter()
            .filter(|t| self.project.locale(t).is_some())
            .cloned()
            .collect();
        let check = check::check(&input, &tags);
        PdfDone {
            version: self.version,
            cache: self.cache,
            pdfs,
            check,
            build_ms,
            check_ms: ms(start),
        }
    }
}
