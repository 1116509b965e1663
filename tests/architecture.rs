//! The layers of `ARCHITECTURE.md`, as the code has them: every `crate::…` path in a
//! module's code (tests excluded) names its own layer or one below it, so the import
//! graph has no circle and no arrow running back up. clap appears only in `cli`.

use std::path::{Path, PathBuf};

/// Bottom to top.
const LAYERS: &[&str] = &[
    "diag", "lang", "doc", "project", "fonts", "l10n", "layout", "render", "check",
    "import", "build", "serve", "cli",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without comments and without its `#[cfg(test)]` module.
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => text,
    };
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The layers a piece of code names: `crate::x` and each `x` of `crate::{x, y::…}`.
fn named_layers(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                out.push(name);
            }
        } else {
            out.push(
                rest.chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect(),
            );
        }
    }
    out
}

#[test]
fn no_module_imports_from_a_layer_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let layer = first.trim_end_matches(".rs");
        let Some(rank) = LAYERS.iter().position(|l| *l == layer) else {
            continue;
        };
        let text = std::fs::read_to_string(file).unwrap();
        let code = code(&text);
        for named in named_layers(&code) {
            if let Some(to) = LAYERS.iter().position(|l| *l == named) {
                if to > rank {
                    wrong.push(format!("{} ({layer}) -> {named}", rel.display()));
                }
            }
        }
        if layer != "cli" && code.contains("clap") {
            wrong.push(format!("{} ({layer}) uses clap", rel.display()));
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "arrows against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn every_top_level_module_has_a_layer() {
    let lib =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs"))
            .unwrap();
    for line in lib.lines() {
        if let Some(m) = line.strip_prefix("pub mod ") {
            let m = m.trim_end_matches(';');
            assert!(
                LAYERS.contains(&m),
                "`{m}` is in no layer of ARCHITECTURE.md"
            );
        }
    }
}

#[test]
fn the_scanner_sees_grouped_and_plain_paths() {
    let found = named_layers("use crate::{diag::X, lang};\nlet x = crate::cli::run();");
    assert_eq!(found, ["diag", "lang", "cli"]);
    // A comment is not an import.
    assert!(named_layers(&code("// crate::cli\nfn f() {}")).is_empty());
}
