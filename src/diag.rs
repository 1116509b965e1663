//! Diagnostics: what went wrong, where (file:line:col), and what to do about it.
//!
//! Stages never print. They return [`Diagnostic`]s carrying byte ranges into a file held
//! by [`Sources`]; only the CLI turns them into text (codespan-reporting) or JSON, and
//! only then are byte offsets converted to one-based line and column numbers.

use std::ops::Range;
use std::path::{Path, PathBuf};

use codespan_reporting::diagnostic as cs;
use std::sync::{Arc, OnceLock};

mod code;
pub use code::{Code, ExitClass};

use codespan_reporting::files::{self, Files};
use codespan_reporting::term;
use serde::Serialize;

/// How bad a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The input is wrong: the command fails (with its code's [`ExitClass`]).
    Error,
    /// The output can be made, but something deserves attention.
    Warning,
}

impl Severity {
    /// `error` or `warning`, as the short line and SARIF's `level` write it (the same
    /// words serde writes in JSON).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A file registered in [`Sources`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(usize);

/// A byte range in a registered file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// The file.
    pub file: FileId,
    /// Byte range within the file's text.
    pub range: Range<usize>,
}

impl Span {
    /// A span covering `range` of `file`.
    pub fn new(file: FileId, range: Range<usize>) -> Self {
        Self { file, range }
    }
}

/// One problem found in the input.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What kind of problem it is (printed as its stable kebab-case name).
    pub code: Code,
    /// Lower-case sentence saying what is wrong.
    pub message: String,
    /// Where, when the problem lies in a registered file's text.
    pub span: Option<Span>,
    /// The file concerned when there is no text to point into (unreadable file, missing file).
    pub path: Option<PathBuf>,
    /// The locale concerned.
    pub locale: Option<String>,
    /// The message or term ID concerned.
    pub id: Option<String>,
    /// What to do about it.
    pub hints: Vec<String>,
    /// How the source text changed (`stale-translation`), when that is known.
    pub change: Option<Box<Change>>,
    /// The page of the PDF edition it shows on (1-based), for problems of the
    /// typeset page (`check --layout`).
    pub page: Option<usize>,
}

/// How a source text changed since a translation was made from it: the old and new
/// texts and the word-level difference between them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The text the translation was made from; `None` when it is not known (a lock
    /// file written before silkpress kept the source text).
    pub old: Option<String>,
    /// The text now.
    pub new: String,
    /// The difference from `old` to `new`, in order (empty when `old` is unknown):
    /// concatenating the `equal` and `delete` parts gives `old`, the `equal` and
    /// `insert` parts `new`.
    pub diff: Vec<Edit>,
}

/// One part of a [`Change`]'s difference.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Edit {
    /// Kept, removed or added.
    pub op: EditOp,
    /// The words (with the spaces between them).
    pub text: String,
}

/// What an [`Edit`] does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EditOp {
    /// In both texts.
    Equal,
    /// Only in the old text.
    Delete,
    /// Only in the new text.
    Insert,
}

impl Change {
    /// The difference inline, as `git diff --word-diff` writes it: `[-removed-]` and
    /// `{+added+}` within the kept text. `None` when the old text is unknown.
    ///
    /// ```
    /// use silkpress::diag::{Change, Edit, EditOp};
    /// let edit = |op, text: &str| Edit { op, text: text.into() };
    /// let c = Change {
    ///     old: Some("a b".into()),
    ///     new: "a c".into(),
    ///     diff: vec![edit(EditOp::Equal, "a "), edit(EditOp::Delete, "b"), edit(EditOp::Insert, "c")],
    /// };
    /// assert_eq!(c.inline().unwrap(), "a [-b-]{+c+}");
    /// ```
    pub fn inline(&self) -> Option<String> {
        self.old.as_ref()?;
        let mut out = String::new();
        for e in &self.diff {
            match e.op {
                EditOp::Equal => out.push_str(&e.text),
                EditOp::Delete => {
                    out.push_str("[-");
                    out.push_str(&e.text);
                    out.push_str("-]");
                }
                EditOp::Insert => {
                    out.push_str("{+");
                    out.push_str(&e.text);
                    out.push_str("+}");
                }
            }
        }
        Some(out)
    }

    /// What a person is shown on one line: the inline difference with long kept
    /// stretches shortened ([`Change::shortened`]) and line breaks as `⏎`, or a note
    /// that the old text is unknown. Not yet escaped for a terminal.
    pub fn summary(&self) -> String {
        match self.shortened(40) {
            Some(diff) => format!("source changed: {}", diff.replace('\n', "⏎")),
            None => "the old source text is unknown (the lock file was written before \
                 silkpress kept it; `silkpress sync` records it from now on)"
                .into(),
        }
    }

    /// The inline difference ([`Change::inline`]) with every kept stretch longer than
    /// `context` characters on each side of a change shortened to them, joined by `…`,
    /// so a one-word change in a long paragraph stays short. `None` when the old text
    /// is unknown.
    pub fn shortened(&self, context: usize) -> Option<String> {
        self.old.as_ref()?;
        let mut out = String::new();
        let last = self.diff.len().saturating_sub(1);
        for (i, e) in self.diff.iter().enumerate() {
            match e.op {
                EditOp::Delete => out.push_str(&format!("[-{}-]", e.text)),
                EditOp::Insert => out.push_str(&format!("{{+{}+}}", e.text)),
                EditOp::Equal => {
                    let chars: Vec<char> = e.text.chars().collect();
                    let before = if i == 0 { 0 } else { context };
                    let after = if i == last { 0 } else { context };
                    if chars.len() <= before + after + 1 {
                        out.push_str(&e.text);
                    } else {
                        out.extend(&chars[..before]);
                        out.push('…');
                        out.extend(&chars[chars.len() - after..]);
                    }
                }
            }
        }
        Some(out)
    }
}

impl Diagnostic {
    fn new(severity: Severity, code: Code, message: impl Into<String>) -> Self {
        Self {
            severity,
            code,
            message: message.into(),
            span: None,
            path: None,
            locale: None,
            id: None,
            hints: Vec::new(),
            change: None,
            page: None,
        }
    }

    /// An error.
    pub fn error(code: Code, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }

    /// A warning.
    pub fn warning(code: Code, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }

    /// Points the diagnostic at a span.
    pub fn at(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }

    /// Names the file concerned (for problems without a span).
    pub fn in_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Names the locale concerned.
    pub fn locale(mut self, locale: impl Into<String>) -> Self {
        self.locale = Some(locale.into());
        self
    }

    /// Names the message concerned.
    pub fn id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Adds a hint: what to do about it.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// Attaches how the source text changed.
    pub fn change(mut self, change: Change) -> Self {
        self.change = Some(Box::new(change));
        self
    }

    /// Names the page of the PDF edition it shows on (1-based).
    pub fn on_page(mut self, page: usize) -> Self {
        self.page = Some(page);
        self
    }

    /// The message as people read it: with the page, when it has one.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        match self.page {
            Some(p) => format!("{} (PDF page {p})", self.message).into(),
            None => self.message.as_str().into(),
        }
    }

    /// Whether this is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// A result that may carry many errors at once.
pub type DiagResult<T> = Result<T, Vec<Diagnostic>>;

/// An output together with the warnings raised while making it.
#[derive(Debug)]
pub struct Warned<T> {
    /// The output.
    pub output: T,
    /// Warnings (never errors).
    pub warnings: Vec<Diagnostic>,
}

/// One-based line and column (in characters) of a byte offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LineCol {
    /// One-based line.
    pub line: usize,
    /// One-based column, counted in Unicode scalar values.
    pub column: usize,
}

/// Text that another owner already holds (a parsed FTL resource keeps its source), so
/// [`Sources`] can quote it without a second copy: a bulk `check` reads tens of megabytes.
pub trait SharedText: Send + Sync {
    /// The text.
    fn text(&self) -> &str;
}

enum Text {
    Owned(String),
    Shared(Arc<dyn SharedText>),
}

struct SourceFile {
    name: String,
    path: PathBuf,
    text: Text,
    /// Byte offsets of line starts, computed when a diagnostic first needs them.
    line_starts: OnceLock<Vec<usize>>,
}

impl SourceFile {
    fn text(&self) -> &str {
        match &self.text {
            Text::Owned(s) => s,
            Text::Shared(s) => s.text(),
        }
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts
            .get_or_init(|| codespan_reporting::files::line_starts(self.text()).collect())
    }

    /// Start of a line; the text's length for the line after the last.
    fn line_start(&self, line: usize) -> Result<usize, files::Error> {
        let starts = self.line_starts();
        match line.cmp(&starts.len()) {
            std::cmp::Ordering::Less => Ok(starts[line]),
            std::cmp::Ordering::Equal => Ok(self.text().len()),
            std::cmp::Ordering::Greater => Err(files::Error::LineTooLarge {
                given: line,
                max: starts.len() - 1,
            }),
        }
    }
}

/// The text of every file the run has read, so diagnostics can quote them.
#[derive(Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    /// Registers a file under its display path (relative to the project root where possible).
    pub fn add(&mut self, path: &Path, text: String) -> FileId {
        self.push(path, Text::Owned(text))
    }

    /// Registers a file whose text is given later with [`Sources::share`] (so files can be
    /// parsed in parallel after their IDs are fixed in a deterministic order).
    pub fn reserve(&mut self, path: &Path) -> FileId {
        self.push(path, Text::Owned(String::new()))
    }

    /// Gives a reserved file its text.
    pub fn share(&mut self, id: FileId, text: Arc<dyn SharedText>) {
        let file = &mut self.files[id.0];
        file.text = Text::Shared(text);
        file.line_starts = OnceLock::new();
    }

    fn push(&mut self, path: &Path, text: Text) -> FileId {
        self.files.push(SourceFile {
            name: path.display().to_string(),
            path: path.to_path_buf(),
            text,
            line_starts: OnceLock::new(),
        });
        FileId(self.files.len() - 1)
    }

    /// The display path of a file.
    pub fn path(&self, id: FileId) -> &Path {
        &self.files[id.0].path
    }

    /// The text of a file.
    pub fn text(&self, id: FileId) -> &str {
        self.files.get(id.0).map(SourceFile::text).unwrap_or("")
    }

    /// One-based line and column of a byte offset.
    pub fn line_col(&self, id: FileId, offset: usize) -> LineCol {
        match self.location_of(id.0, offset) {
            Ok(loc) => LineCol {
                line: loc.line_number,
                column: loc.column_number,
            },
            Err(_) => LineCol { line: 1, column: 1 },
        }
    }

    /// `path:line:col` of a diagnostic, or the bare path, or nothing.
    pub fn location(&self, diag: &Diagnostic) -> Option<String> {
        match &diag.span {
            Some(span) => Some(self.span_location(span)),
            None => diag.path.as_ref().map(|p| p.display().to_string()),
        }
    }

    /// `path:line:col` of the start of a span.
    pub fn span_location(&self, span: &Span) -> String {
        let lc = self.line_col(span.file, span.range.start);
        format!(
            "{}:{}:{}",
            self.path(span.file).display(),
            lc.line,
            lc.column
        )
    }
}

/// How diagnostics are printed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DiagnosticFormat {
    /// With a quoted source snippet.
    #[default]
    Human,
    /// One line each: `path:line:col: severity: message`.
    Short,
}

/// Writes diagnostics for a person to read.
pub fn emit(
    out: &mut dyn std::io::Write,
    sources: &Sources,
    diags: &[Diagnostic],
    format: DiagnosticFormat,
) {
    for diag in diags {
        let _ = match format {
            DiagnosticFormat::Short => writeln!(out, "{}", short_line(sources, diag)),
            DiagnosticFormat::Human => emit_human(out, sources, diag),
        };
    }
}

/// Whether a character must not reach a terminal as it is: control characters (an
/// escape sequence could rewrite the screen) and the bidi embeddings, overrides and
/// isolates (they reorder what is shown around them).
fn unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n')
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Text made safe for a terminal: every character of [`unsafe_char`] written as a
/// Rust escape (`\u{1b}`).
///
/// ```
/// assert_eq!(silkpress::diag::escape("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
/// ```
pub fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(unsafe_char) {
        return text.into();
    }
    text.chars()
        .map(|c| {
            if unsafe_char(c) {
                format!("\\u{{{:x}}}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

/// The one-line form: `path:line:col: error[code]: message (locale, id)`, with control
/// characters escaped ([`escape`]).
pub fn short_line(sources: &Sources, diag: &Diagnostic) -> String {
    escape(&short_line_raw(sources, diag)).into_owned()
}

fn short_line_raw(sources: &Sources, diag: &Diagnostic) -> String {
    let mut line = String::new();
    if let Some(loc) = sources.location(diag) {
        line.push_str(&loc);
        line.push_str(": ");
    }
    line.push_str(&format!(
        "{}[{}]: {}",
        diag.severity.as_str(),
        diag.code,
        diag.text()
    ));
    if let Some(id) = diag.id.as_deref().filter(|id| !diag.message.contains(*id)) {
        line.push_str(&format!(" [{id}]"));
    }
    if let Some(change) = &diag.change {
        line.push_str(&format!(" ({})", change.summary()));
    }
    for hint in &diag.hints {
        line.push_str(&format!(" (hint: {hint})"));
    }
    line
}

fn emit_human(
    out: &mut dyn std::io::Write,
    sources: &Sources,
    diag: &Diagnostic,
) -> std::io::Result<()> {
    let Some(span) = &diag.span else {
        return writeln!(out, "{}", short_line(sources, diag));
    };
    // Quoted lines that are long, or hold what a terminal would act on, are shown as a
    // bounded, escaped excerpt: never a whole 100,000-character line, never a raw
    // escape sequence.
    let text = sources.text(span.file);
    // A span that starts or ends inside a character (a parser's one-byte error span
    // after `{` in `При{вет`) is widened to whole characters: slicing there panicked.
    let range = on_chars(text, span.range.clone());
    let (start, end) = (range.start, range.end);
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    // A CRLF file's lines end in `\r`: the line ending, not a character to escape.
    let quoted = text.get(line_start..line_end).unwrap_or("");
    let quoted = quoted.strip_suffix('\r').unwrap_or(quoted);
    let name = sources.path(span.file).to_string_lossy();
    if quoted.len() > MAX_QUOTED
        || quoted.chars().any(unsafe_char)
        || name.chars().any(unsafe_char)
        || quoted.lines().count() > 5
        || escape(&diag.message).len() != diag.message.len()
    {
        writeln!(out, "{}", short_line(sources, diag))?;
        return writeln!(out, "{}", excerpt(text, start..end));
    }
    let severity = match diag.severity {
        Severity::Error => cs::Severity::Error,
        Severity::Warning => cs::Severity::Warning,
    };
    let mut label = cs::Label::primary(span.file.0, range);
    if let Some(id) = &diag.id {
        let text = match &diag.locale {
            Some(l) => format!("{id} ({l})"),
            None => id.clone(),
        };
        label = label.with_message(escape(&text).into_owned());
    }
    let report = cs::Diagnostic::new(severity)
        .with_code(diag.code.name())
        .with_message(escape(&diag.text()).into_owned())
        .with_labels(vec![label])
        .with_notes(
            // The change quotes file text (a lock file's too): escaped like any quote.
            diag.change
                .iter()
                .map(|c| escape(&c.summary()).into_owned())
                // A hint may name a file (`the first definition, at …`): escaped too.
                .chain(diag.hints.iter().map(|h| format!("hint: {}", escape(h))))
                .collect(),
        );
    term::emit_to_io_write(out, &term::Config::default(), sources, &report)
        .or_else(|_| writeln!(out, "{}", short_line(sources, diag)))
}

/// The longest source text (in bytes) a diagnostic quotes whole.
const MAX_QUOTED: usize = 400;

/// `range` within `text`, widened to whole characters: its start moved back and its end
/// forward to the nearest character boundary.
pub fn on_chars(text: &str, range: Range<usize>) -> Range<usize> {
    let mut start = range.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = range.end.clamp(start, text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

/// A bounded, escaped excerpt of the first line of `range` in `text`, with a caret
/// line under the range: `  | …before[range]after…`.
fn excerpt(text: &str, range: Range<usize>) -> String {
    const BEFORE: usize = 30;
    const AFTER: usize = 50;
    let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let mut line_end = text[range.start..]
        .find('\n')
        .map_or(text.len(), |i| range.start + i);
    if line_end > range.start && text[..line_end].ends_with('\r') {
        line_end -= 1;
    }
    // Only the characters shown are collected: a line may be 64 MB long (each char
    // collected took four bytes: a quarter of a gigabyte for one diagnostic).
    let mut before: Vec<char> = text[line_start..range.start]
        .chars()
        .rev()
        .take(BEFORE + 1)
        .collect();
    let cut_before = before.len() > BEFORE;
    before.truncate(BEFORE);
    let before: String = before.into_iter().rev().collect();
    let marked_end = range.end.clamp(range.start, line_end);
    let marked: String = text[range.start..marked_end].chars().take(AFTER).collect();
    let room = AFTER.saturating_sub(marked.chars().count()).max(10);
    let mut after: Vec<char> = text[range.start + marked.len()..line_end]
        .chars()
        .take(room + 1)
        .collect();
    let cut_after = after.len() > room;
    after.truncate(room);
    let after: String = after.into_iter().collect();
    let lead = format!("{}{}", if cut_before { "…" } else { "" }, escape(&before));
    let body = escape(&marked);
    format!(
        "  | {lead}{body}{}{}\n  | {}{}",
        escape(&after),
        if cut_after { "…" } else { "" },
        " ".repeat(lead.chars().count()),
        "^".repeat(body.chars().count().max(1)),
    )
}

impl<'a> Files<'a> for Sources {
    type FileId = usize;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: usize) -> Result<&'a str, files::Error> {
        self.files
            .get(id)
            .map(|f| f.name.as_str())
            .ok_or(files::Error::FileMissing)
    }

    fn source(&'a self, id: usize) -> Result<&'a str, files::Error> {
        self.files
            .get(id)
            .map(SourceFile::text)
            .ok_or(files::Error::FileMissing)
    }

    fn line_index(&'a self, id: usize, byte_index: usize) -> Result<usize, files::Error> {
        let starts = self
            .files
            .get(id)
            .ok_or(files::Error::FileMissing)?
            .line_starts();
        Ok(starts
            .binary_search(&byte_index)
            .unwrap_or_else(|next| next - 1))
    }

    fn line_range(
        &'a self,
        id: usize,
        line: usize,
    ) -> Result<Range<usize>, files::Error> {
        let file = self.files.get(id).ok_or(files::Error::FileMissing)?;
        Ok(file.line_start(line)?..file.line_start(line + 1)?)
    }
}

impl Sources {
    fn location_of(
        &self,
        id: usize,
        offset: usize,
    ) -> Result<files::Location, files::Error> {
        Files::location(self, id, offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn human(text: &str, range: Range<usize>, message: &str) -> String {
        let mut sources = Sources::default();
        let file = sources.add(Path::new("x.ftl"), text.to_string());
        let d = Diagnostic::error(Code::SyntaxError, message).at(Span::new(file, range));
        let mut out = Vec::new();
        emit(&mut out, &sources, &[d], DiagnosticFormat::Human);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn quoted_control_characters_are_escaped() {
        let out = human("x = a\u{1b}[2J\u{202E}b\n", 4..5, "bad \u{7}thing");
        assert!(!out.chars().any(unsafe_char), "{out:?}");
        assert!(out.contains("\\u{1b}[2J\\u{202e}b"), "{out}");
        assert!(out.contains("bad \\u{7}thing"), "{out}");
        // A file name is quoted too.
        let mut sources = Sources::default();
        let file = sources.add(Path::new("a\u{1b}]0;x\u{7}.ftl"), "x = {\n".into());
        let d = Diagnostic::error(Code::SyntaxError, "bad").at(Span::new(file, 4..5));
        let mut out = Vec::new();
        emit(&mut out, &sources, &[d], DiagnosticFormat::Human);
        let out = String::from_utf8(out).unwrap();
        assert!(!out.chars().any(unsafe_char), "{out:?}");
    }

    #[test]
    fn long_lines_are_quoted_as_a_bounded_excerpt() {
        let line = format!("x = {}\n", "<b>".repeat(100_000));
        let out = human(&line, 4..7, "bad");
        assert!(out.len() < 500, "{} bytes: {out}", out.len());
        assert!(out.contains("x.ftl:1:5") && out.contains("^^^"), "{out}");
        // A short, clean line is quoted whole, as codespan draws it.
        assert!(human("x = {\n", 4..5, "bad").contains("1 │ x = {"));
    }
}
