//! A big document made at run time (for `bench_scale` and the scale test; nothing of it is
//! committed): a project whose English report is the repository's report with its
//! chapters repeated, each copy with its own message IDs, so that a build sets thousands
//! of pages with everything the real report has — chapters, sections, sub-headings,
//! quotations, lists, a table of contents with an entry per heading, running heads.
//!
//! The project is `templates/` (its `report.toml` written anew), the fonts (hard links,
//! or copies across devices: a symlinked font is refused as outside the project) and
//! `locales/en`: the front matter, terms and interface strings as they are, and each
//! chapter file once per copy with every message ID prefixed `vK-`.

use std::io;
use std::path::Path;

/// The `.ftl` files read once, as they are (the cover, the terms, the interface).
const SHARED: &[&str] = &["front-matter", "terms", "ui"];

/// Writes into `dir` (created, or emptied of the files it writes) a project of the
/// repository at `repo` whose body is its English report's body `copies` times.
pub fn generate(repo: &Path, dir: &Path, copies: usize) -> io::Result<()> {
    let en = dir.join("locales/en");
    std::fs::create_dir_all(&en)?;
    std::fs::create_dir_all(dir.join("templates"))?;
    for entry in std::fs::read_dir(repo.join("templates"))? {
        let entry = entry?;
        if entry.file_name() != "report.toml" {
            std::fs::copy(entry.path(), dir.join("templates").join(entry.file_name()))?;
        }
    }
    let fonts = dir.join("fonts");
    std::fs::create_dir_all(&fonts)?;
    for entry in std::fs::read_dir(repo.join("fonts"))? {
        let entry = entry?;
        let target = fonts.join(entry.file_name());
        if target.exists() {
            continue;
        }
        if std::fs::hard_link(entry.path(), &target).is_err() {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    let structure = std::fs::read_to_string(repo.join("templates/report.toml"))?;
    let invalid = |e: String| io::Error::new(io::ErrorKind::InvalidData, e);
    let mut toml: toml::Table = structure.parse().map_err(|e| invalid(format!("{e}")))?;
    let parts = toml
        .get("part")
        .and_then(toml::Value::as_array)
        .cloned()
        .ok_or_else(|| invalid("templates/report.toml has no [[part]]".into()))?;
    let file_of = |p: &toml::Value| {
        p.get("file")
            .and_then(toml::Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let mut out = Vec::new();
    for part in parts
        .iter()
        .filter(|p| SHARED.contains(&file_of(p).as_str()))
    {
        out.push(part.clone());
    }
    for file in SHARED {
        let name = format!("{file}.ftl");
        std::fs::copy(repo.join("locales/en").join(&name), en.join(&name))?;
    }
    for k in 1..=copies {
        let prefix = format!("v{k}-");
        for part in parts
            .iter()
            .filter(|p| !SHARED.contains(&file_of(p).as_str()))
        {
            let file = file_of(part);
            let mut part = part.clone();
            if let Some(t) = part.as_table_mut() {
                t.insert("file".into(), toml::Value::from(format!("{prefix}{file}")));
                if let Some(blocks) = t.get_mut("blocks").and_then(|b| b.as_array_mut()) {
                    for block in blocks.iter_mut().filter_map(toml::Value::as_table_mut) {
                        for (_, id) in block.iter_mut() {
                            if let Some(s) = id.as_str() {
                                *id = toml::Value::from(format!("{prefix}{s}"));
                            }
                        }
                    }
                }
            }
            out.push(part);
            let text =
                std::fs::read_to_string(repo.join(format!("locales/en/{file}.ftl")))?;
            std::fs::write(
                en.join(format!("{prefix}{file}.ftl")),
                prefixed(&text, &prefix),
            )?;
        }
    }
    toml.insert("part".into(), toml::Value::Array(out));
    std::fs::write(dir.join("templates/report.toml"), toml.to_string())
}

/// An `.ftl` file's text with every message ID prefixed (a message starts a line with
/// its ID; terms, attributes, comments and continuation lines are kept).
fn prefixed(text: &str, prefix: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for line in text.lines() {
        let is_message = line.split_once(" =").is_some_and(|(id, _)| {
            id.starts_with(|c: char| c.is_ascii_lowercase())
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        });
        if is_message {
            out.push_str(prefix);
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The number of pages of a PDF: the `/Count` of its page tree's root (the largest).
pub fn pdf_pages(pdf: &[u8]) -> Option<usize> {
    let key = b"/Count ";
    let mut best = None;
    let mut i = 0;
    while let Some(at) = pdf[i..].windows(key.len()).position(|w| w == key) {
        let start = i + at + key.len();
        let digits: String = pdf[start..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .map(|&b| b as char)
            .collect();
        if let Ok(n) = digits.parse::<usize>() {
            best = best.max(Some(n));
        }
        i = start;
    }
    best
}
