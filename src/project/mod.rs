//! The project on disk: the report structure and every locale, loaded and validated.

pub mod input;
pub mod locales;
pub mod structure;
pub mod style;
pub mod ui;

use std::path::{Path, PathBuf};

use crate::diag::{Code, DiagResult, Diagnostic, Sources};
use crate::lang::locale::Locale;
use crate::project::locales::{load_locales, read_text, LocaleData, MarkupRules};
use crate::project::ui::UI_MESSAGES;
pub use structure::{Block, BlockKind, MsgRef, Structure};

/// Where the structure lives, relative to the project root.
pub const STRUCTURE_PATH: &str = "templates/report.toml";
/// Where locales live, relative to the project root.
pub const LOCALES_DIR: &str = "locales";

/// Why a project could not be loaded: the errors, and the files read before them (so
/// that the errors can quote the lines they point at).
pub struct LoadFailure {
    /// The files read.
    pub sources: Sources,
    /// The errors (and any warnings met before them).
    pub diagnostics: Vec<Diagnostic>,
}

impl std::fmt::Debug for LoadFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for d in &self.diagnostics {
            writeln!(f, "{}", crate::diag::short_line(&self.sources, d))?;
        }
        Ok(())
    }
}

/// A loaded project.
pub struct Project {
    /// The project root.
    pub root: PathBuf,
    /// Every file read, for diagnostics.
    pub sources: Sources,
    /// The report structure.
    pub structure: Structure,
    /// Every locale loaded (all under `locales/`, or those asked for and the source),
    /// sorted by tag.
    pub locales: Vec<LocaleData>,
    /// The tag of every locale directory under `locales/`, loaded or not, sorted.
    pub available: Vec<String>,
    /// Index of the source locale in `locales`.
    pub source: usize,
    /// Problems found while loading, each naming its locale where it has one.
    pub diagnostics: Vec<Diagnostic>,
}

impl Project {
    /// Loads the structure and every locale under `root`.
    ///
    /// Fails only when nothing useful can be built: the structure cannot be read, or the
    /// source locale is absent. Every other problem is kept in `diagnostics`, so that
    /// `check` can report them all and `build` can refuse just the locales they concern.
    pub fn load(root: &Path) -> Result<Project, LoadFailure> {
        Project::load_only(root, None)
    }

    /// Like [`Project::load`], but reads only the locales in `only` and the source
    /// locale: building one edition need not parse every translation.
    pub fn load_only(
        root: &Path,
        only: Option<&[String]>,
    ) -> Result<Project, LoadFailure> {
        let mut sources = Sources::default();
        Project::read(root, only, &mut sources).map_err(|diagnostics| LoadFailure {
            sources,
            diagnostics,
        })
    }

    /// The loading itself; the files read so far stay in `sources` when it fails, so the
    /// errors can quote them.
    fn read(
        root: &Path,
        only: Option<&[String]>,
        sources: &mut Sources,
    ) -> DiagResult<Project> {
        let mut diags = Vec::new();
        let structure_display = Path::new(STRUCTURE_PATH);
        let text = read_text(
            root,
            &root.join(STRUCTURE_PATH),
            structure_display,
            input::SETTINGS,
        )
        .map_err(|d| {
            vec![d.hint(format!(
                "run silkpress from the project root, or pass --root (looked in {})",
                root.display()
            ))]
        })?;
        let file = sources.add(structure_display, text.clone());
        let structure = structure::parse(file, &text).map_err(|d| vec![d])?;

        let locales_dir = root.join(LOCALES_DIR);
        let mut tags =
            scan_locales(&locales_dir, Path::new(LOCALES_DIR), true, &mut diags)
                .map_err(|d| vec![d])?;
        let available = tags.iter().map(|(l, _)| l.tag.clone()).collect();
        // The source locale by its canonical tag, however report.toml spells it.
        let source_tag = Locale::parse(structure.source_locale.get_ref())
            .map(|l| l.tag)
            .unwrap_or_else(|_| structure.source_locale.get_ref().clone());
        select(&mut tags, &source_tag, only);
        let locales = load_locales(
            sources,
            root,
            &locales_dir,
            Path::new(LOCALES_DIR),
            tags,
            MarkupRules::Whitelist,
            &mut diags,
        );

        let Some(source) = locales.iter().position(|l| l.locale.tag == source_tag) else {
            let span = structure.source_locale.span();
            diags.push(
                Diagnostic::error(
                    Code::UnknownLocale,
                    format!("the source locale `{source_tag}` has no directory under {LOCALES_DIR}/"),
                )
                .at(crate::diag::Span::new(structure.file, span)),
            );
            return Err(diags);
        };

        // Every ID the structure and the renderers name must exist in the source locale.
        let src = &locales[source];
        for r in structure.msg_refs() {
            if src.find(&r.id, false).is_none() {
                diags.push(
                    Diagnostic::error(
                        Code::UnknownMessage,
                        format!("the structure names `{}`, which the source locale `{source_tag}` does not define", r.id),
                    )
                    .at(r.span.clone())
                    .id(&r.id)
                    .hint(format!("add `{} = …` to a file in {LOCALES_DIR}/{source_tag}/, or fix the ID", r.id)),
                );
            }
        }
        for id in UI_MESSAGES {
            if src.find(id, false).is_none() {
                diags.push(
                    Diagnostic::error(
                        Code::UnknownMessage,
                        format!("the renderers need `{id}`, which the source locale `{source_tag}` does not define"),
                    )
                    .in_file(format!("{LOCALES_DIR}/{source_tag}"))
                    .id(*id),
                );
            }
        }
        Ok(Project {
            root: root.to_path_buf(),
            sources: std::mem::take(sources),
            structure,
            locales,
            available,
            source,
            diagnostics: diags,
        })
    }

    /// The source locale.
    pub fn source_locale(&self) -> &LocaleData {
        &self.locales[self.source]
    }

    /// A locale by tag.
    pub fn locale(&self, tag: &str) -> Option<&LocaleData> {
        self.locales.iter().find(|l| l.locale.tag == tag)
    }

    /// Load-time errors that stop `tag` from being built: its own, the source locale's,
    /// and those that belong to no locale (the structure's).
    pub fn blocking_errors(&self, tag: &str) -> Vec<Diagnostic> {
        let source = &self.source_locale().locale.tag;
        self.diagnostics
            .iter()
            .filter(|d| d.is_error())
            .filter(|d| match &d.locale {
                None => d.code != Code::BadLocale,
                Some(l) => l == tag || l == source,
            })
            .cloned()
            .collect()
    }
}

/// Keeps the locales in `only` and the source locale (all when `only` is `None`).
fn select(tags: &mut Vec<(Locale, String)>, source: &str, only: Option<&[String]>) {
    if let Some(only) = only {
        tags.retain(|(l, _)| l.tag == source || only.contains(&l.tag));
    }
}

/// The locale directories of `dir` with their folder names, sorted by tag. Hidden
/// directories (`.git`) are skipped; a directory that is not a BCP 47 tag is an error
/// in a silkpress project (`strict`) and a skipped warning in a foreign tree (Firefox
/// has `ja-JP-mac`). A folder named by a tag in another case or with `_` (`EN`,
/// `zh_CN`) is its canonical locale (`en`, `zh-CN`), with a warning; two folders of one
/// locale (`en` and `EN`) are an error, and only the canonical one (or the first) is read.
fn scan_locales(
    dir: &Path,
    display: &Path,
    strict: bool,
    diags: &mut Vec<Diagnostic>,
) -> Result<Vec<(Locale, String)>, Diagnostic> {
    let listing = std::fs::read_dir(dir).map_err(|e| {
        Diagnostic::error(
            Code::IoError,
            format!("failed to list {} ({e})", display.display()),
        )
        .in_file(display)
    })?;
    let mut tags = Vec::new();
    for entry in listing.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if !entry.path().is_dir() || name.starts_with('.') {
            continue;
        }
        match Locale::parse(&name) {
            Ok(l) => {
                if l.tag != name {
                    diags.push(
                        Diagnostic::warning(
                            Code::NonCanonicalLocale,
                            format!(
                                "locale directory `{name}` is read as the locale `{}`",
                                l.tag
                            ),
                        )
                        .in_file(display.join(&name))
                        .locale(&l.tag)
                        .hint(format!("rename it to `{}`", l.tag)),
                    );
                }
                tags.push((l, name))
            }
            Err(e) if strict => diags.push(
                Diagnostic::error(Code::BadLocale, format!("locale directory {e}"))
                    .in_file(display.join(&name))
                    .hint("name locale directories by their BCP 47 tag (en, zh-CN, kk)"),
            ),
            Err(e) => diags.push(
                Diagnostic::warning(Code::BadLocale, format!("directory skipped: {e}"))
                    .in_file(display.join(&name)),
            ),
        }
    }
    // The canonical spelling first, then by name: the one kept of two of a locale.
    tags.sort_by(|(a, an), (b, bn)| {
        (&a.tag, an != &a.tag, an).cmp(&(&b.tag, bn != &b.tag, bn))
    });
    let mut kept: Vec<(Locale, String)> = Vec::new();
    for (l, name) in tags {
        match kept.last() {
            Some((k, first)) if k.tag == l.tag => diags.push(
                Diagnostic::error(
                    Code::BadLocale,
                    format!(
                        "locale directories `{first}` and `{name}` are the same locale `{}` \
                         (tags differ only in case or separators); `{name}` is not read",
                        l.tag
                    ),
                )
                .in_file(display.join(&name))
                .locale(&l.tag)
                .hint(format!("merge them into one directory named `{}`", l.tag)),
            ),
            _ => kept.push((l, name)),
        }
    }
    Ok(kept)
}

/// Every locale of a directory laid out as `<dir>/<locale>/**/*.ftl`, without a report
/// structure: what `check`, `fmt` and `sync` need, in this project (`locales/`) or in any
/// other tree of FTL files (the layout of Firefox's l10n repositories).
pub struct Tree {
    /// The directory holding the locale directories.
    pub dir: PathBuf,
    /// How that directory is shown in diagnostics (`locales`, or empty for a foreign tree
    /// so paths read `de/browser/menu.ftl`).
    pub display: PathBuf,
    /// Every file read, for diagnostics.
    pub sources: Sources,
    /// Every locale loaded (all under `dir`, or those asked for and the source), sorted
    /// by tag.
    pub locales: Vec<LocaleData>,
    /// Index of the source locale in `locales`.
    pub source: usize,
    /// Problems found while loading.
    pub diagnostics: Vec<Diagnostic>,
}

impl Tree {
    /// Loads the locales under `dir` whose source locale is `source`: every locale, or
    /// (`only`) just those and the source, as [`Project::load_only`] does — syncing one
    /// locale of a Firefox-sized tree need not parse all the others.
    ///
    /// Fails when the directory cannot be listed or has no `source` locale directory.
    pub fn load(
        dir: &Path,
        display: &Path,
        source: &str,
        only: Option<&[String]>,
    ) -> DiagResult<Tree> {
        let mut sources = Sources::default();
        let mut diags = Vec::new();
        let mut tags =
            scan_locales(dir, display, false, &mut diags).map_err(|d| vec![d])?;
        // The hint below names every locale directory, loaded or not.
        let found: Vec<String> = tags.iter().map(|(l, _)| l.tag.clone()).collect();
        select(&mut tags, source, only);
        let locales = load_locales(
            &mut sources,
            dir,
            dir,
            display,
            tags,
            MarkupRules::Any,
            &mut diags,
        );
        let Some(source) = locales.iter().position(|l| l.locale.tag == source) else {
            diags.push(
                Diagnostic::error(
                    Code::UnknownLocale,
                    format!(
                        "the source locale `{source}` has no directory in {}",
                        dir.display()
                    ),
                )
                .hint(format!("locale directories found: {}", found.join(", "))),
            );
            return Err(diags);
        };
        Ok(Tree {
            dir: dir.to_path_buf(),
            display: display.to_path_buf(),
            sources,
            locales,
            source,
            diagnostics: diags,
        })
    }
}
