//! Translation checks: coverage of every locale against the source locale.
//!
//! First version: load-time problems (syntax, markup, duplicates), missing and obsolete
//! messages and terms, and a coverage summary per locale.

use serde::Serialize;

use crate::diag::{Diagnostic, Severity, Sources};
use crate::project::Project;

/// Coverage of one locale.
#[derive(Clone, Debug, Serialize)]
pub struct Summary {
    /// Locale tag.
    pub locale: String,
    /// Script (ISO 15924).
    pub script: String,
    /// `ltr` or `rtl`.
    pub direction: &'static str,
    /// Messages with a value in the source locale.
    pub total: usize,
    /// Of those, how many the locale translates.
    pub translated: usize,
    /// How many it lacks.
    pub missing: usize,
    /// Messages it has that the source no longer does.
    pub obsolete: usize,
    /// Errors found.
    pub errors: usize,
    /// Warnings found.
    pub warnings: usize,
}

impl Summary {
    /// Translated share in percent.
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            self.translated as f64 * 100.0 / self.total as f64
        }
    }
}

/// The result of a check.
pub struct CheckReport {
    /// One summary per checked locale.
    pub summaries: Vec<Summary>,
    /// Every diagnostic.
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks the given locales (all when empty) against the source locale.
pub fn check(project: &Project, only: &[String]) -> CheckReport {
    let source = project.source_locale();
    let mut diagnostics: Vec<Diagnostic> = project
        .diagnostics
        .iter()
        .filter(|d| match &d.locale {
            Some(l) => only.is_empty() || only.contains(l),
            None => true,
        })
        .cloned()
        .collect();
    let mut summaries = Vec::new();
    for data in &project.locales {
        let tag = &data.locale.tag;
        if !only.is_empty() && !only.contains(tag) {
            continue;
        }
        let mut diags = Vec::new();
        let mut total = 0;
        let mut translated = 0;
        let mut obsolete = 0;
        for (file, entry) in source.entries() {
            if !entry.is_term {
                total += 1;
            }
            match data.find(&entry.id, entry.is_term) {
                Some(_) => translated += usize::from(!entry.is_term),
                None => {
                    let what = if entry.is_term { "term" } else { "message" };
                    let dash = if entry.is_term { "-" } else { "" };
                    diags.push(
                        Diagnostic::error(
                            if entry.is_term {
                                "missing-term"
                            } else {
                                "missing-message"
                            },
                            format!(
                                "{what} `{dash}{}` of {} is not in `{tag}`",
                                entry.id, file.rel
                            ),
                        )
                        .in_file(format!("locales/{tag}/{}", file.rel))
                        .locale(tag)
                        .id(format!("{dash}{}", entry.id)),
                    );
                }
            }
        }
        if data.locale.tag != source.locale.tag {
            for (file, entry) in data.entries() {
                if source.find(&entry.id, entry.is_term).is_none() {
                    obsolete += usize::from(!entry.is_term);
                    diags.push(
                        Diagnostic::warning(
                            "obsolete-message",
                            format!(
                                "`{}` is not in the source locale any more",
                                entry.id
                            ),
                        )
                        .at(crate::diag::Span::new(file.file, entry.span.clone()))
                        .locale(tag)
                        .id(&entry.id)
                        .hint("delete it, or run `silkpress sync` to mark it"),
                    );
                }
            }
        }
        let own = diagnostics
            .iter()
            .chain(&diags)
            .filter(|d| d.locale.as_deref() == Some(tag));
        let (errors, warnings) = own.fold((0, 0), |(e, w), d| match d.severity {
            Severity::Error => (e + 1, w),
            Severity::Warning => (e, w + 1),
        });
        summaries.push(Summary {
            locale: tag.clone(),
            script: data.locale.script.clone(),
            direction: data.locale.direction.as_str(),
            total,
            translated,
            missing: total - translated,
            obsolete,
            errors,
            warnings,
        });
        diagnostics.extend(diags);
    }
    CheckReport {
        summaries,
        diagnostics,
    }
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
    id: Option<&'a str>,
    message: &'a str,
    hints: &'a [String],
}

/// The check result as JSON: `{"summary": [...], "diagnostics": [...]}`.
pub fn to_json(report: &CheckReport, sources: &Sources) -> String {
    let diagnostics: Vec<JsonDiagnostic> = report
        .diagnostics
        .iter()
        .map(|d| {
            let (file, lc) = match &d.span {
                Some(s) => (
                    Some(sources.path(s.file).display().to_string()),
                    Some(sources.line_col(s.file, s.range.start)),
                ),
                None => (d.path.as_ref().map(|p| p.display().to_string()), None),
            };
            JsonDiagnostic {
                code: d.code,
                severity: d.severity,
                locale: d.locale.as_deref(),
                file,
                line: lc.map(|l| l.line),
                column: lc.map(|l| l.column),
                id: d.id.as_deref(),
                message: &d.message,
                hints: &d.hints,
            }
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({
        "summary": report.summaries,
        "diagnostics": diagnostics,
    }))
    .unwrap_or_default()
}
