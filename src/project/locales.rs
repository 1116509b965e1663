//! Loading a locale: read every `.ftl` file under `locales/<tag>/`, parse it with
//! fluent-syntax, and index its messages and terms with their positions.

use rayon::prelude::*;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use serde::Deserialize;

use crate::diag::{Code, Diagnostic, FileId, Sources, Span};
use crate::doc::markup::{self, offset_in, PatternText};
use crate::lang::Locale;

/// One message or term of a file.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The ID, without the `-` of a term.
    pub id: String,
    /// A term (`-name`) rather than a message.
    pub is_term: bool,
    /// Byte range of the ID in the file.
    pub span: Range<usize>,
    /// Whether it has a value (a message may have only attributes).
    pub has_value: bool,
    /// Names of its attributes.
    pub attributes: Vec<String>,
    /// Its index in the resource's entries ([`FluentResource::get_entry`]), to reach its
    /// syntax tree.
    pub index: usize,
}

/// A parsed `.ftl` file.
pub struct FtlFile {
    /// Its text in [`Sources`].
    pub file: FileId,
    /// Path relative to the locale directory, with `/` separators (`chapter-1.ftl`).
    pub rel: String,
    /// The parsed resource (entries borrow from its source).
    pub resource: Arc<FluentResource>,
    /// Its messages and terms, in file order.
    pub entries: Vec<Entry>,
    /// Whether the file on disk starts with a byte-order mark (dropped from the text):
    /// `silkpress fmt` rewrites it even when the text is already formatted.
    pub bom: bool,
}

/// Per-locale settings from the optional `locales/<tag>/locale.toml`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LocaleSettings {
    /// Inline tags this locale replaces by its own convention (Chinese sets titles in
    /// 《》 instead of `<i>`); the checker does not ask for them.
    #[serde(default)]
    pub dropped_markup: Vec<String>,
    /// IDs whose text may be identical to the source (`-xinhua-institute`): names the
    /// language keeps as they are. The checker does not report them as untranslated.
    #[serde(default)]
    pub identical_allowed: Vec<String>,
}

/// Everything read for one locale.
pub struct LocaleData {
    /// The locale.
    pub locale: Locale,
    /// Its directory.
    pub dir: PathBuf,
    /// Its `.ftl` files, sorted by relative path.
    pub files: Vec<FtlFile>,
    /// Its settings.
    pub settings: LocaleSettings,
}

impl LocaleData {
    /// Every entry with the file it is in.
    pub fn entries(&self) -> impl Iterator<Item = (&FtlFile, &Entry)> {
        self.files
            .iter()
            .flat_map(|f| f.entries.iter().map(move |e| (f, e)))
    }

    /// The first entry with this ID (terms without their `-`).
    pub fn find(&self, id: &str, is_term: bool) -> Option<(&FtlFile, &Entry)> {
        self.entries()
            .find(|(_, e)| e.id == id && e.is_term == is_term)
    }
}

/// Reads a file as UTF-8 text, as an error diagnostic when it cannot be read.
///
/// A UTF-8 byte-order mark is dropped (it is not content); invalid UTF-8 is reported
/// with the line and column of the first bad byte.
pub fn read_text(path: &Path, display: &Path) -> Result<String, Diagnostic> {
    let bytes = read_bytes(path, display)?;
    decode(bytes, display)
}

fn read_bytes(path: &Path, display: &Path) -> Result<Vec<u8>, Diagnostic> {
    std::fs::read(path).map_err(|e| {
        Diagnostic::error(
            Code::IoError,
            format!("failed to read {} ({e})", display.display()),
        )
        .in_file(display)
    })
}

/// Decodes bytes as UTF-8 text, dropping a byte-order mark. The bytes become the
/// string without a copy.
fn decode(mut bytes: Vec<u8>, display: &Path) -> Result<String, Diagnostic> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let bytes = e.as_bytes();
            let e = e.utf8_error();
            let good = &bytes[..e.valid_up_to()];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let col = String::from_utf8_lossy(
                &good[good
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map(|p| p + 1)
                    .unwrap_or(0)..],
            )
            .chars()
            .count()
                + 1;
            Err(Diagnostic::error(
                Code::InvalidUtf8,
                format!(
                    "{} is not valid UTF-8 (byte offset {})",
                    display.display(),
                    e.valid_up_to()
                ),
            )
            .in_file(format!("{}:{line}:{col}", display.display()))
            .hint("save the file as UTF-8"))
        }
    }
}

/// An `.ftl` file's bytes decoded by [`decode_ftl`].
pub struct Decoded {
    /// The text, without byte-order mark.
    pub text: String,
    /// Whether the bytes started with a byte-order mark.
    pub bom: bool,
    /// What is harmless but worth fixing.
    pub warnings: Vec<Diagnostic>,
}

/// Decodes the bytes of an `.ftl` file, with warnings for what is harmless but worth
/// fixing: a byte-order mark (dropped), CRLF line endings (fluent-syntax reads them as
/// LF) and a file with no content. Invalid UTF-8 is an error.
pub fn decode_ftl(bytes: Vec<u8>, display: &Path) -> Result<Decoded, Diagnostic> {
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    let text = decode(bytes, display)?;
    let mut warnings = Vec::new();
    let fmt_hint = "`silkpress fmt` rewrites the file without it";
    if bom {
        warnings.push(
            Diagnostic::warning(
                Code::Utf8Bom,
                format!(
                    "{} starts with a UTF-8 byte-order mark (ignored)",
                    display.display()
                ),
            )
            .in_file(display)
            .hint(fmt_hint),
        );
    }
    if text.contains("\r\n") {
        warnings.push(
            Diagnostic::warning(
                Code::CrlfLineEndings,
                format!(
                    "{} has CRLF (Windows) line endings (read as LF)",
                    display.display()
                ),
            )
            .in_file(display)
            .hint(fmt_hint),
        );
    }
    if text.trim().is_empty() {
        warnings.push(
            Diagnostic::warning(
                Code::EmptyFile,
                format!("{} is empty: it defines no message", display.display()),
            )
            .in_file(display)
            .hint(
                "delete it, or add its messages (`silkpress sync` adds them as comments)",
            ),
        );
    }
    Ok(Decoded {
        text,
        bom,
        warnings,
    })
}

/// Parses the text of the file registered as `file` (`bom`: whether it had a
/// byte-order mark): the parsed file and its syntax and markup errors. Pure, so files
/// can be parsed on several threads.
pub fn parse_file(
    file: FileId,
    rel: String,
    text: String,
    bom: bool,
    locale: &str,
) -> (FtlFile, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let resource = match FluentResource::try_new(text) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                let range = e.slice.clone().unwrap_or(e.pos.clone());
                let at = e.pos.start.min(range.end);
                let mut d = Diagnostic::error(
                    Code::SyntaxError,
                    format!("failed to parse FTL ({})", e.kind),
                )
                .at(Span::new(file, at..e.pos.end.max(at)))
                .locale(locale)
                .hint("the entry is skipped until the syntax is fixed");
                // The skipped entry's ID, when the junk starts with `id =` or `-id =`.
                if let Some(id) = r.source().get(range).and_then(junk_id) {
                    d = d.id(id);
                }
                diags.push(d);
            }
            r
        }
    };
    let source = resource.source();
    let mut entries = Vec::new();
    for (index, entry) in resource.entries().enumerate() {
        let (id, is_term, has_value, attrs, value) = match entry {
            ast::Entry::Message(m) => (
                &m.id,
                false,
                m.value.is_some(),
                &m.attributes,
                m.value.as_ref(),
            ),
            ast::Entry::Term(t) => (&t.id, true, true, &t.attributes, Some(&t.value)),
            _ => continue,
        };
        let start = offset_in(source, id.name);
        let span = start..start + id.name.len();
        // Markup is checked on the text as written, so an error points at the tag itself.
        let mut patterns: Vec<&ast::Pattern<&str>> = value.into_iter().collect();
        patterns.extend(attrs.iter().map(|a| &a.value));
        for pattern in patterns {
            // Every tag starts with `<`: a pattern without one needs no markup parsing.
            let tagged = pattern.elements.iter().any(|e| {
                matches!(e, ast::PatternElement::TextElement { value } if value.contains('<'))
            });
            if !tagged {
                continue;
            }
            let joined = PatternText::new(pattern, source);
            let (_, errors) = markup::tags(&joined.text);
            for err in errors {
                let at = joined.to_source(err.range.start);
                let end = joined.to_source(err.range.end.saturating_sub(1)) + 1;
                diags.push(
                    Diagnostic::error(Code::MarkupError, err.message)
                        .at(Span::new(file, at..end.max(at)))
                        .locale(locale)
                        .id(id.name),
                );
            }
        }
        entries.push(Entry {
            id: id.name.to_string(),
            is_term,
            span,
            has_value,
            attributes: attrs.iter().map(|a| a.id.name.to_string()).collect(),
            index,
        });
    }
    let parsed = FtlFile {
        file,
        rel,
        resource: Arc::new(resource),
        entries,
        bom,
    };
    (parsed, diags)
}

/// The ID a piece of junk starts with (`only-attrs = {` → `only-attrs`), if any.
fn junk_id(junk: &str) -> Option<&str> {
    let (head, _) = junk.split_once('=')?;
    let id = head.trim_end();
    let name = id.strip_prefix('-').unwrap_or(id);
    let ok = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then_some(id)
}

/// Every `.ftl` file under `dir`, as paths relative to it, sorted so that output never
/// depends on directory order.
fn ftl_files(dir: &Path) -> std::io::Result<Vec<String>> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let path = entry.path();
            // The directory entry's type needs no `stat` (thousands of files in a
            // Firefox tree); only a symbolic link is followed to see what it names.
            let is_dir = match entry.file_type() {
                Ok(t) if t.is_symlink() => path.is_dir(),
                Ok(t) => t.is_dir(),
                Err(_) => path.is_dir(),
            };
            if is_dir {
                walk(base, &path, out)?;
            } else if path.extension().is_some_and(|e| e == "ftl") {
                let rel = path.strip_prefix(base).unwrap_or(&path);
                let parts: Vec<_> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect();
                out.push(parts.join("/"));
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out)?;
    out.sort();
    Ok(out)
}

/// A file to read: which locale, its path relative to the locale directory, its path on
/// disk and its display path.
struct Job {
    locale: usize,
    rel: String,
    path: PathBuf,
    display: PathBuf,
}

/// Loads `<locales_dir>/<tag>/**/*.ftl` for every locale, reading and parsing the files
/// on all cores. Files are registered in `sources` in (locale, path) order, so file IDs
/// and the output never depend on thread timing.
pub fn load_locales(
    sources: &mut Sources,
    locales_dir: &Path,
    display_root: &Path,
    locales: Vec<Locale>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<LocaleData> {
    let mut jobs = Vec::new();
    for (n, locale) in locales.iter().enumerate() {
        let dir = locales_dir.join(&locale.tag);
        let display_dir = display_root.join(&locale.tag);
        match ftl_files(&dir) {
            Ok(rels) => jobs.extend(rels.into_iter().map(|rel| Job {
                locale: n,
                path: dir.join(&rel),
                display: display_dir.join(&rel),
                rel,
            })),
            Err(e) => diags.push(
                Diagnostic::error(
                    Code::IoError,
                    format!("failed to list {} ({e})", display_dir.display()),
                )
                .in_file(&display_dir)
                .locale(&locale.tag),
            ),
        }
    }
    // Read and decode in parallel; register sequentially (file IDs in job order); parse
    // in parallel.
    let texts: Vec<_> = jobs
        .par_iter()
        .map(|job| {
            read_bytes(&job.path, &job.display).and_then(|b| decode_ftl(b, &job.display))
        })
        .collect();
    let mut parse_jobs = Vec::new();
    for (job, text) in jobs.iter().zip(texts) {
        let tag = &locales[job.locale].tag;
        match text {
            Ok(Decoded {
                text,
                bom,
                warnings,
            }) => {
                diags.extend(warnings.into_iter().map(|w| w.locale(tag)));
                let file = sources.reserve(&job.display);
                parse_jobs.push((job, file, text, bom));
            }
            Err(d) => diags.push(d.locale(tag)),
        }
    }
    let parsed: Vec<_> = parse_jobs
        .into_par_iter()
        .map(|(job, file, text, bom)| {
            let tag = &locales[job.locale].tag;
            (
                job.locale,
                parse_file(file, job.rel.clone(), text, bom, tag),
            )
        })
        .collect();
    let mut files: Vec<Vec<FtlFile>> = locales.iter().map(|_| Vec::new()).collect();
    for (locale, (file, found)) in parsed {
        // Diagnostics quote the resource's own copy of the text: one copy, not two.
        sources.share(file.file, file.resource.clone());
        diags.extend(found);
        files[locale].push(file);
    }
    locales
        .into_iter()
        .zip(files)
        .map(|(locale, files)| {
            let dir = locales_dir.join(&locale.tag);
            let display_dir = display_root.join(&locale.tag);
            let settings = load_settings(sources, &dir, &display_dir, &locale.tag, diags);
            LocaleData {
                locale,
                dir,
                files,
                settings,
            }
        })
        .collect()
}

/// Reads the optional `locale.toml` of a locale.
fn load_settings(
    sources: &mut Sources,
    dir: &Path,
    display_dir: &Path,
    tag: &str,
    diags: &mut Vec<Diagnostic>,
) -> LocaleSettings {
    let settings_path = dir.join("locale.toml");
    if !settings_path.exists() {
        return LocaleSettings::default();
    }
    let display = display_dir.join("locale.toml");
    match read_text(&settings_path, &display) {
        Ok(text) => match toml::from_str::<LocaleSettings>(&text) {
            Ok(s) => s,
            Err(e) => {
                let file = sources.add(&display, text);
                let span = e.span().unwrap_or(0..0);
                diags.push(
                    Diagnostic::error(
                        Code::ConfigError,
                        format!("failed to read locale settings ({})", e.message()),
                    )
                    .at(Span::new(file, span))
                    .locale(tag),
                );
                LocaleSettings::default()
            }
        },
        Err(d) => {
            diags.push(d.locale(tag));
            LocaleSettings::default()
        }
    }
}

impl crate::diag::SharedText for FluentResource {
    fn text(&self) -> &str {
        self.source()
    }
}
