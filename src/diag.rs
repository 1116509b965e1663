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

/// The one-line form: `path:line:col: error[code]: message (locale, id)`.
pub fn short_line(sources: &Sources, diag: &Diagnostic) -> String {
    let mut line = String::new();
    if let Some(loc) = sources.location(diag) {
        line.push_str(&loc);
        line.push_str(": ");
    }
    line.push_str(&format!(
        "{}[{}]: {}",
        diag.severity.as_str(),
        diag.code,
        diag.message
    ));
    if let Some(id) = diag.id.as_deref().filter(|id| !diag.message.contains(*id)) {
        line.push_str(&format!(" [{id}]"));
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
    let severity = match diag.severity {
        Severity::Error => cs::Severity::Error,
        Severity::Warning => cs::Severity::Warning,
    };
    let mut label = cs::Label::primary(span.file.0, span.range.clone());
    if let Some(id) = &diag.id {
        label = label.with_message(match &diag.locale {
            Some(l) => format!("{id} ({l})"),
            None => id.clone(),
        });
    }
    let report = cs::Diagnostic::new(severity)
        .with_code(diag.code.name())
        .with_message(&diag.message)
        .with_labels(vec![label])
        .with_notes(diag.hints.iter().map(|h| format!("hint: {h}")).collect());
    term::emit_to_io_write(out, &term::Config::default(), sources, &report)
        .or_else(|_| writeln!(out, "{}", short_line(sources, diag)))
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
