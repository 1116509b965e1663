//! The check's output formats: human text grouped by locale and file with a coverage
//! table, JSON (schema `docs/check.schema.json`) and SARIF 2.1.0. Each returns a string;
//! the CLI prints it.

use std::fmt::Write as _;
use std::io::Write as _;

use serde::Serialize;
use serde_json::{json, Value};

use super::CheckReport;
use crate::diag::{self, Code, Diagnostic, DiagnosticFormat, Severity, Sources};

/// File, start and end (one-based) of a diagnostic.
struct Place {
    file: Option<String>,
    start: Option<diag::LineCol>,
    end: Option<diag::LineCol>,
}

fn place(sources: &Sources, d: &Diagnostic) -> Place {
    match &d.span {
        Some(s) => Place {
            file: Some(slashed(&sources.path(s.file).display().to_string())),
            start: Some(sources.line_col(s.file, s.range.start)),
            end: Some(sources.line_col(s.file, s.range.end)),
        },
        None => Place {
            file: d.path.as_ref().map(|p| slashed(&p.display().to_string())),
            start: None,
            end: None,
        },
    }
}

/// Paths in output always use `/`, whatever the platform.
fn slashed(p: &str) -> String {
    p.replace('\\', "/")
}

/// Sorts diagnostics by locale, file, position, code and message, so output never
/// depends on thread timing.
pub fn sort(sources: &Sources, diags: &mut [Diagnostic]) {
    diags.sort_by_cached_key(|d| {
        let (file, offset) = match &d.span {
            Some(s) => (
                slashed(&sources.path(s.file).display().to_string()),
                s.range.start,
            ),
            None => (
                d.path
                    .as_ref()
                    .map(|p| slashed(&p.display().to_string()))
                    .unwrap_or_default(),
                0,
            ),
        };
        (
            d.locale.clone().unwrap_or_default(),
            file,
            offset,
            d.code.name(),
            d.id.clone(),
            d.message.clone(),
        )
    });
}

/// A diagnostic in the JSON schema.
#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'a str,
    severity: Severity,
    locale: Option<&'a str>,
    file: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    id: Option<&'a str>,
    message: &'a str,
    hints: &'a [String],
    /// How the source changed (`stale-translation` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    source_change: Option<&'a diag::Change>,
    /// The PDF page (1-based) of a layout diagnostic; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    page: Option<usize>,
}

/// The check result as JSON (schema version 1, `docs/check.schema.json`).
pub fn json(report: &CheckReport, sources: &Sources) -> String {
    let diagnostics: Vec<JsonDiagnostic> = report
        .diagnostics
        .iter()
        .map(|d| {
            let p = place(sources, d);
            JsonDiagnostic {
                code: d.code.name(),
                severity: d.severity,
                locale: d.locale.as_deref(),
                file: p.file,
                line: p.start.map(|l| l.line),
                column: p.start.map(|l| l.column),
                end_line: p.end.map(|l| l.line),
                end_column: p.end.map(|l| l.column),
                id: d.id.as_deref(),
                message: &d.message,
                hints: &d.hints,
                source_change: d.change.as_deref(),
                page: d.page,
            }
        })
        .collect();
    /// The document (serialised directly: no intermediate `Value` tree).
    #[derive(Serialize)]
    struct JsonReport<'a> {
        version: u32,
        source: &'a str,
        summary: &'a [super::Summary],
        diagnostics: Vec<JsonDiagnostic<'a>>,
        /// `check --layout`: page counts per edition and chapter.
        #[serde(skip_serializing_if = "<[_]>::is_empty")]
        layout: &'a [super::layout::EditionPages],
    }
    let doc = JsonReport {
        version: 1,
        source: &report.source,
        summary: &report.summaries,
        diagnostics,
        layout: &report.layout,
    };
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// The check result as a SARIF 2.1.0 log, so code hosts can annotate lines. Paths are
/// relative to the checked root (`%SRCROOT%`). Its rules are every [`Code`], in
/// [`Code::ALL`] order, as the JSON schema and the README list them.
pub fn sarif(report: &CheckReport, sources: &Sources) -> String {
    let rules: Vec<Value> = Code::ALL
        .iter()
        .map(|code| {
            json!({
                "id": code.name(),
                "shortDescription": { "text": code.what() },
                "help": { "text": code.help() },
                "defaultConfiguration": { "level": code.severity().as_str() },
            })
        })
        .collect();
    let results: Vec<Value> = report
        .diagnostics
        .iter()
        .map(|d| {
            let p = place(sources, d);
            let mut text = d.text().into_owned();
            if let Some(c) = &d.change {
                let _ = write!(text, " ({})", c.summary());
            }
            for h in &d.hints {
                let _ = write!(text, " (hint: {h})");
            }
            let mut result = json!({
                "ruleId": d.code,
                "level": d.severity.as_str(),
                "message": { "text": text },
                "properties": { "locale": d.locale, "id": d.id, "page": d.page },
            });
            if let Some(c) = &d.change {
                result["properties"]["sourceChange"] = json!(c);
            }
            if let Some(i) = Code::ALL.iter().position(|c| *c == d.code) {
                result["ruleIndex"] = json!(i);
            }
            if let Some(file) = p.file {
                let mut physical = json!({
                    "artifactLocation": { "uri": uri(&file), "uriBaseId": "%SRCROOT%" },
                });
                if let (Some(s), Some(e)) = (p.start, p.end) {
                    // SARIF's endColumn is exclusive, as our end is.
                    physical["region"] = json!({
                        "startLine": s.line,
                        "startColumn": s.column,
                        "endLine": e.line,
                        "endColumn": e.column.max(if e.line == s.line { s.column + 1 } else { 1 }),
                    });
                }
                result["locations"] = json!([{ "physicalLocation": physical }]);
            }
            result
        })
        .collect();
    let value = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "silkpress",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

/// The check result for a person: diagnostics grouped by locale and then file, then the
/// coverage table.
pub fn human(
    report: &CheckReport,
    sources: &Sources,
    format: DiagnosticFormat,
) -> String {
    let mut out: Vec<u8> = Vec::new();
    let mut i = 0;
    let diags = &report.diagnostics;
    while i < diags.len() {
        let locale = diags[i].locale.clone();
        let j = i + diags[i..].iter().take_while(|d| d.locale == locale).count();
        let group = &diags[i..j];
        let errors = group.iter().filter(|d| d.is_error()).count();
        let name = locale.as_deref().unwrap_or("(project)");
        let _ = writeln!(
            out,
            "== {}: {errors} error(s), {} warning(s)",
            diag::escape(name),
            group.len() - errors
        );
        let mut k = 0;
        while k < group.len() {
            let file = place(sources, &group[k]).file;
            let m = k + group[k..]
                .iter()
                .take_while(|d| place(sources, d).file == file)
                .count();
            // A file's name is the user's: escaped for the terminal, as the diagnostics.
            let name = file.as_deref().unwrap_or("(no file)");
            let _ = writeln!(out, "-- {}", diag::escape(name));
            diag::emit(&mut out, sources, &group[k..m], format);
            k = m;
        }
        let _ = writeln!(out);
        i = j;
    }
    let mut text = String::from_utf8_lossy(&out).into_owned();
    text.push_str(&table(report));
    text.push_str(&pages_table(report));
    text
}

/// With `--layout`: each edition's pages against the source's, and each chapter's
/// (pages and, in brackets, the source's; `+` marks growth).
pub fn pages_table(report: &CheckReport) -> String {
    let mut t = String::new();
    if report.layout.is_empty() {
        return t;
    }
    let _ = writeln!(t, "\npages of the PDF editions (source {}):", report.source);
    for e in &report.layout {
        let chapters: Vec<String> = e
            .chapters
            .iter()
            .map(|c| match c.source_pages {
                Some(s) if c.pages > s => format!("{} +{}", c.pages, c.pages - s),
                _ => c.pages.to_string(),
            })
            .collect();
        let _ = writeln!(
            t,
            "{:<10} {:>4} (source {:>3})  chapters: {}",
            e.locale,
            e.pages,
            e.source_pages,
            chapters.join(" · ")
        );
    }
    t
}

/// The coverage table.
pub fn table(report: &CheckReport) -> String {
    let mut t = String::new();
    let _ = writeln!(
        t,
        "{:<10} {:>13} {:>7} {:>8} {:>9} {:>7} {:>9}",
        "locale", "translated", "%", "missing", "obsolete", "errors", "warnings"
    );
    for s in &report.summaries {
        let source = if s.locale == report.source {
            " (source)"
        } else {
            ""
        };
        let _ = writeln!(
            t,
            "{:<10} {:>13} {:>6.1}% {:>8} {:>9} {:>7} {:>9}{source}",
            s.locale,
            format!("{}/{}", s.translated, s.total),
            s.percent(),
            s.missing,
            s.obsolete,
            s.errors,
            s.warnings
        );
    }
    t
}

/// What a URI path may hold unencoded: RFC 3986's unreserved characters and `/`.
const URI_PATH: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/');

/// A relative path as a SARIF `uri` (a URI reference): UTF-8, percent-encoded, so a
/// space, `#`, `%` or a non-ASCII name stays one valid reference to the file.
fn uri(path: &str) -> String {
    percent_encoding::utf8_percent_encode(path, URI_PATH).to_string()
}

#[cfg(test)]
mod uri_tests {
    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(super::uri("de/a b#1%.ftl"), "de/a%20b%231%25.ftl");
        assert_eq!(super::uri("fa/فصل.ftl"), "fa/%D9%81%D8%B5%D9%84.ftl");
        assert_eq!(super::uri("zh-CN/ui_x~.ftl"), "zh-CN/ui_x~.ftl");
    }
}
