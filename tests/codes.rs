//! The documented diagnostic codes are the codes of the program: the JSON schema's list
//! and the README's tables of codes name exactly [`Code::ALL`], with each code's
//! severity and (exit 2) mark, so a code cannot be added, renamed or reclassified
//! without documenting it.

mod common;

use std::collections::BTreeMap;

use common::repo;
use silkpress::diag::{Code, Severity};

/// The codes of `Code::ALL` by name.
fn codes() -> BTreeMap<&'static str, Code> {
    Code::ALL.iter().map(|&c| (c.name(), c)).collect()
}

#[test]
fn the_json_schema_lists_every_code() {
    let text = std::fs::read_to_string(repo().join("docs/check.schema.json")).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let listed: Vec<&str> = schema["properties"]["diagnostics"]["items"]["properties"]
        ["code"]["enum"]
        .as_array()
        .expect("the schema lists the codes")
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let all: Vec<&str> = Code::ALL.iter().map(|c| c.name()).collect();
    assert_eq!(
        listed, all,
        "docs/check.schema.json's codes are not Code::ALL"
    );
}

/// One row of a README table of codes: its codes, severity and what it says.
struct Row {
    codes: Vec<String>,
    severity: String,
    what: String,
}

/// Every row of the README's tables of codes: those headed `| code | severity | what |`.
fn readme_rows() -> Vec<Row> {
    let text = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let mut in_codes = false;
    text.lines()
        .filter(|l| {
            if !l.starts_with('|') {
                in_codes = false;
            } else if l.starts_with("| code | severity | what |") {
                in_codes = true;
            }
            in_codes && l.starts_with("| `")
        })
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split(" | ").collect();
            assert_eq!(cells.len(), 3, "not a row of code | severity | what: {l}");
            let codes = cells[0]
                .split(',')
                .map(|c| c.trim().trim_matches('`').to_string())
                .collect();
            Row {
                codes,
                severity: cells[1].trim().to_string(),
                what: cells[2].trim().to_string(),
            }
        })
        .collect()
}

#[test]
fn the_readme_tables_list_every_code_with_its_severity_and_exit_status() {
    let all = codes();
    let mut documented = BTreeMap::new();
    for row in readme_rows() {
        for name in &row.codes {
            let code = *all
                .get(name.as_str())
                .unwrap_or_else(|| panic!("the README documents `{name}`, not a code"));
            assert!(
                documented.insert(name.clone(), ()).is_none(),
                "`{name}` is in the README twice"
            );
            let severity = match code.severity() {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            assert_eq!(row.severity, severity, "severity of `{name}` in the README");
            let exit_2 =
                code.severity() == Severity::Error && code.exit_class().exit_code() == 2;
            assert_eq!(
                row.what.contains("(exit 2)"),
                exit_2,
                "the README's row of `{name}` must say (exit 2) exactly when it exits 2"
            );
        }
    }
    let missing: Vec<&str> = all
        .keys()
        .copied()
        .filter(|n| !documented.contains_key(*n))
        .collect();
    assert!(
        missing.is_empty(),
        "codes the README does not document: {missing:?}"
    );
}
