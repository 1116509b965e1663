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
use crate::project::input;

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
    /// Diagnostics `check` does not report for this locale, each with its reason.
    #[serde(default)]
    pub suppress: Vec<Suppression>,
    /// The typography lints of `check` for this locale (`[lints]`).
    #[serde(default)]
    pub lints: LintSettings,
}

/// A locale's `[lints]` table: which typography lints of `check` are off, and the
/// words its text may write in Latin letters.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LintSettings {
    /// Codes of lints not run for this locale (`off = ["latin-word"]`).
    #[serde(default)]
    pub off: Vec<String>,
    /// Words the locale writes in Latin letters on purpose (`RFID`, a product name):
    /// `latin-word` does not report them.
    #[serde(default)]
    pub latin_allowed: Vec<String>,
}

/// One entry of a locale's `[[suppress]]` list: a code, an ID or both, and why.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suppression {
    /// The diagnostic code (`dropped-reference`); any code when absent.
    pub code: Option<String>,
    /// The message or term ID (terms with `-`); any ID when absent.
    pub id: Option<String>,
    /// Why: required, so a suppression says what a reviewer decided.
    pub reason: String,
    /// The line of `locale.toml` the entry starts on (its `[[suppress]]` header), for
    /// what `check` says about it.
    #[serde(skip)]
    pub line: Option<usize>,
}

/// Everything read for one locale.
pub struct LocaleData {
    /// The locale.
    pub locale: Locale,
    /// Its directory.
    pub dir: PathBuf,
    /// The folder its files are read within (the project, or the tree of a bare tree):
    /// a file of the locale that resolves outside it is refused.
    pub root: PathBuf,
    /// Its `.ftl` files, sorted by relative path.
    pub files: Vec<FtlFile>,
    /// Its settings.
    pub settings: LocaleSettings,
    /// Where the first entry of each ID is (file, entry), for [`LocaleData::find`]: a
    /// search of every entry for each message made resolving and loading quadratic in
    /// the number of messages (60,000 list items: 9 s of an 11-s build).
    /// Messages first, terms second.
    index: [rustc_hash::FxHashMap<Box<str>, (u32, u32)>; 2],
}

impl LocaleData {
    /// A locale's data, its entries indexed.
    fn new(
        locale: Locale,
        dir: PathBuf,
        root: PathBuf,
        files: Vec<FtlFile>,
        settings: LocaleSettings,
    ) -> Self {
        let mut index: [rustc_hash::FxHashMap<Box<str>, (u32, u32)>; 2] =
            Default::default();
        for (f, file) in files.iter().enumerate() {
            for (e, entry) in file.entries.iter().enumerate() {
                index[usize::from(entry.is_term)]
                    .entry(entry.id.as_str().into())
                    .or_insert((f as u32, e as u32));
            }
        }
        LocaleData {
            locale,
            dir,
            root,
            files,
            settings,
            index,
        }
    }

    /// Every entry with the file it is in.
    pub fn entries(&self) -> impl Iterator<Item = (&FtlFile, &Entry)> {
        self.files
            .iter()
            .flat_map(|f| f.entries.iter().map(move |e| (f, e)))
    }

    /// The first entry with this ID (terms without their `-`).
    pub fn find(&self, id: &str, is_term: bool) -> Option<(&FtlFile, &Entry)> {
        let &(f, e) = self.index[usize::from(is_term)].get(id)?;
        let file = &self.files[f as usize];
        Some((file, &file.entries[e as usize]))
    }
}

/// Reads an input file (at `path`, in the project at `root`) as UTF-8 text, by the
/// rules of [`input::open`] (a regular file inside the project, of at most `limit`
/// bytes), as an error diagnostic when it cannot be read.
///
/// A UTF-8 byte-order mark is dropped (it is not content); invalid UTF-8 is reported
/// with the line and column of the first bad byte.
pub fn read_text(
    root: &Path,
    path: &Path,
    display: &Path,
    limit: input::Limit,
) -> Result<String, Diagnostic> {
    let bytes = input::read(root, path, limit).map_err(|r| r.diagnostic(display))?;
    decode(bytes, display)
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
            // `file` is the path; a caller that can register the text lossily points
            // the diagnostic at the bad byte ([`point_at_bad_utf8`]).
            Err(Diagnostic::error(
                Code::InvalidUtf8,
                format!(
                    "{} is not valid UTF-8 (line {line}, column {col}, byte offset {})",
                    display.display(),
                    e.valid_up_to()
                ),
            )
            .in_file(display)
            .hint("save the file as UTF-8"))
        }
    }
}

/// Points an `invalid-utf8` diagnostic of the file at `path` at its first bad byte: the
/// file's text is registered decoded lossily (bad bytes as U+FFFD), so JSON and SARIF
/// get a line and column and the human output a snippet. The file is read again: this
/// runs only for a file that failed to decode.
pub fn point_at_bad_utf8(
    sources: &mut Sources,
    path: &Path,
    display: &Path,
    d: Diagnostic,
) -> Diagnostic {
    let Ok(mut bytes) = std::fs::read(path) else {
        return d;
    };
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    let Err(e) = std::str::from_utf8(&bytes) else {
        return d;
    };
    let at = e.valid_up_to();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    // The valid prefix is the same in the lossy text; the bad bytes became one U+FFFD.
    let end = at + text[at..].chars().next().map_or(0, char::len_utf8);
    let file = sources.add(display, text);
    d.at(Span::new(file, at..end))
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

/// How deep placeables may nest in an `.ftl` file. fluent-syntax parses (and
/// fluent-bundle resolves, and the serializer writes) nested placeables by recursion,
/// so a text of 20,000 nested braces overflowed the stack; no real message nests more
/// than a few levels.
pub const MAX_NESTING: usize = 100;

/// The byte offset of the first `{` nested deeper than [`MAX_NESTING`], if any: a
/// scan of the text before fluent-syntax parses it. Braces in comments and in string
/// literals do not count; the scan may count a brace too many in rare text (a `"` in
/// a select variant), never one too few.
pub fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    let mut line_start = true;
    while i < bytes.len() {
        let b = bytes[i];
        if line_start && depth == 0 && b == b'#' {
            // A comment line.
            i = text[i..].find('\n').map_or(bytes.len(), |n| i + n + 1);
            continue;
        }
        line_start = b == b'\n';
        match b {
            b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(i);
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            b'"' if depth > 0 => {
                // A string literal: to its closing quote, or the end of the line.
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if i < bytes.len() && bytes[i] == b'\n' {
                    line_start = true;
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Which inline markup a locale's text may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkupRules {
    /// This project's whitelist (`<i>`, `<b>`), checked as files load (`markup-error`).
    Whitelist,
    /// Any HTML, as real Fluent trees hold (`<a data-l10n-name>`, `<strong>`, text like
    /// `<Ctrl+K>`): not checked on load; `check` compares it with the source.
    Any,
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
    markup: MarkupRules,
) -> (FtlFile, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let resource = match FluentResource::try_new(text) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                let range = e.slice.clone().unwrap_or(e.pos.clone());
                let at = e.pos.start.min(range.end);
                // The parser's error span is one byte, which may end inside a letter.
                let at = crate::diag::on_chars(r.source(), at..e.pos.end.max(at));
                let mut d = Diagnostic::error(
                    Code::SyntaxError,
                    format!("failed to parse FTL ({})", e.kind),
                )
                .at(Span::new(file, at))
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
            let tagged = markup == MarkupRules::Whitelist
                && pattern.elements.iter().any(|e| {
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
    root: &Path,
    locales_dir: &Path,
    display_root: &Path,
    locales: Vec<(Locale, String)>,
    markup: MarkupRules,
    diags: &mut Vec<Diagnostic>,
) -> Vec<LocaleData> {
    let mut jobs = Vec::new();
    for (n, (locale, folder)) in locales.iter().enumerate() {
        let dir = locales_dir.join(folder);
        let display_dir = display_root.join(folder);
        match input::walk(root, &dir, &display_dir, "ftl") {
            Ok((rels, refused)) => {
                diags.extend(refused.into_iter().map(|d| d.locale(&locale.tag)));
                jobs.extend(rels.into_iter().map(|rel| Job {
                    locale: n,
                    path: dir.join(&rel),
                    display: display_dir.join(&rel),
                    rel,
                }))
            }
            Err(d) => diags.push(d.locale(&locale.tag)),
        }
    }
    // Read and decode in parallel; register sequentially (file IDs in job order); parse
    // in parallel.
    let texts: Vec<_> = jobs
        .par_iter()
        .map(|job| {
            input::read(root, &job.path, input::FTL)
                .map_err(|r| r.diagnostic(&job.display))
                .and_then(|b| decode_ftl(b, &job.display))
        })
        .collect();
    let mut parse_jobs = Vec::new();
    for (job, text) in jobs.iter().zip(texts) {
        let tag = &locales[job.locale].0.tag;
        match text {
            Ok(Decoded {
                text,
                bom,
                warnings,
            }) => {
                diags.extend(warnings.into_iter().map(|w| w.locale(tag)));
                if let Some(at) = too_deep(&text) {
                    // Not parsed at all (the parser would overflow the stack): the file
                    // is left out, as an unreadable one.
                    let file = sources.add(&job.display, text);
                    diags.push(
                        Diagnostic::error(
                            Code::TooDeep,
                            format!(
                                "placeables nested more than {MAX_NESTING} deep; the file \
                                 is not read"
                            ),
                        )
                        .at(Span::new(file, at..at + 1))
                        .locale(tag)
                        .hint("flatten the message: no text needs such nesting"),
                    );
                    continue;
                }
                let file = sources.reserve(&job.display);
                parse_jobs.push((job, file, text, bom));
            }
            Err(d) if d.code == Code::InvalidUtf8 => diags
                .push(point_at_bad_utf8(sources, &job.path, &job.display, d).locale(tag)),
            Err(d) => diags.push(d.locale(tag)),
        }
    }
    let parsed: Vec<_> = parse_jobs
        .into_par_iter()
        .map(|(job, file, text, bom)| {
            let tag = &locales[job.locale].0.tag;
            (
                job.locale,
                parse_file(file, job.rel.clone(), text, bom, tag, markup),
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
        .map(|((locale, folder), files)| {
            let dir = locales_dir.join(&folder);
            let display_dir = display_root.join(&folder);
            let settings =
                load_settings(sources, root, &dir, &display_dir, &locale.tag, diags);
            LocaleData::new(locale, dir, root.to_path_buf(), files, settings)
        })
        .collect()
}

/// Reads the optional `locale.toml` of a locale.
fn load_settings(
    sources: &mut Sources,
    root: &Path,
    dir: &Path,
    display_dir: &Path,
    tag: &str,
    diags: &mut Vec<Diagnostic>,
) -> LocaleSettings {
    let settings_path = dir.join("locale.toml");
    if !input::present(&settings_path) {
        return LocaleSettings::default();
    }
    let display = display_dir.join("locale.toml");
    match read_text(root, &settings_path, &display, input::SETTINGS) {
        Ok(text) => match toml::from_str::<LocaleSettings>(&text) {
            Ok(mut s) => {
                suppression_lines(&text, &mut s.suppress);
                s
            }
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

/// Sets the line each `[[suppress]]` entry of `text` starts on (the text parsed once
/// more, for the entries' positions alone: the settings' own types stay plain).
fn suppression_lines(text: &str, list: &mut [Suppression]) {
    /// The positions of the `[[suppress]]` entries, the rest of the file ignored.
    #[derive(Deserialize)]
    struct Entries {
        #[serde(default)]
        suppress: Vec<toml::Spanned<serde::de::IgnoredAny>>,
    }
    let Ok(entries) = toml::from_str::<Entries>(text) else {
        return;
    };
    for (s, at) in list.iter_mut().zip(&entries.suppress) {
        let start = at.span().start.min(text.len());
        s.line = Some(text[..start].matches('\n').count() + 1);
    }
}

impl crate::diag::SharedText for FluentResource {
    fn text(&self) -> &str {
        self.source()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_is_counted_outside_comments_and_string_literals() {
        let deep = |n: usize| format!("x = {}1{}\n", "{".repeat(n), "}".repeat(n));
        assert_eq!(too_deep(&deep(MAX_NESTING)), None);
        assert_eq!(too_deep(&deep(MAX_NESTING + 1)), Some(4 + MAX_NESTING));
        let braces = "{".repeat(MAX_NESTING + 5);
        assert_eq!(too_deep(&format!("# {braces}\nx = a\n")), None);
        assert_eq!(too_deep(&format!("x = {{ \"{braces}\" }}\n")), None);
        assert_eq!(too_deep(&format!("x = {{ \"\\\"{braces}\" }}\n")), None);
    }
}
