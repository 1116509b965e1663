//! The files of a new project (`silkpress init`): this repository's templates, fonts
//! and interface strings, built into the binary so that `init` works anywhere, plus an
//! empty structure, placeholder cover messages and a short README.
//!
//! The fonts are embedded as they are (about 31 MB, most of it the two Noto Serif SC
//! faces): a project must be able to set every script its style names, and `init` may
//! run where no copy of this repository is.

use std::borrow::Cow;
use std::path::PathBuf;

use crate::lang::Locale;

/// A file of this repository: its path and its bytes, built in.
macro_rules! repo_file {
    ($path:literal) => {
        (
            $path,
            include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $path)) as &[u8],
        )
    };
}

/// Files copied as they are: the templates but the structure, and the fonts with their
/// licences.
const COPIED: &[(&str, &[u8])] = &[
    repo_file!("templates/style.toml"),
    repo_file!("templates/report.html.j2"),
    repo_file!("templates/index.html.j2"),
    repo_file!("templates/report.css"),
    repo_file!("fonts/README.md"),
    repo_file!("fonts/SHA256SUMS"),
    repo_file!("fonts/OFL-NotoSerif.txt"),
    repo_file!("fonts/OFL-NotoSerifSC.txt"),
    repo_file!("fonts/OFL-Vazirmatn.txt"),
    repo_file!("fonts/NotoSerif-Regular.ttf"),
    repo_file!("fonts/NotoSerif-Italic.ttf"),
    repo_file!("fonts/NotoSerif-Bold.ttf"),
    repo_file!("fonts/NotoSerif-BoldItalic.ttf"),
    repo_file!("fonts/NotoSerifSC-Regular.ttf"),
    repo_file!("fonts/NotoSerifSC-Bold.ttf"),
    repo_file!("fonts/Vazirmatn-Regular.ttf"),
    repo_file!("fonts/Vazirmatn-Bold.ttf"),
];

/// This repository's interface strings (English).
const UI_FTL: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en/ui.ftl"));

/// The interface strings of a new project: this repository's, with its file header
/// replaced and the report-specific term `-report-name` (the running header) replaced
/// by a reference to the title message. Not English: the strings are left in English
/// for the author to translate, and the language's name is its tag.
fn ui_ftl(source: &Locale) -> String {
    let body = UI_FTL
        .lines()
        .skip_while(|l| l.starts_with("###") || l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
        .replace("{ -report-name }", "{ report-title }");
    let mut header = format!(
        "### Locale: {} · the source locale: every other locale translates these messages.\n",
        source.tag
    );
    let mut body = body + "\n";
    if source.langid.language.as_str() != "en" {
        header.push_str(&format!(
            "### These are English: translate them into `{}` (and give ui-language-name the\n\
             ### language's own name).\n",
            source.tag
        ));
        body = body.replace(
            "ui-language-name = English",
            &format!("ui-language-name = {}", source.tag),
        );
    }
    format!("{header}\n\n{body}")
}

/// The files of a new project whose source locale is `source`, relative to its root.
///
/// ```
/// use silkpress::import::scaffold::scaffold;
/// use silkpress::lang::Locale;
/// let files = scaffold(&Locale::parse("en").unwrap());
/// assert!(files.iter().any(|(p, _)| p.ends_with("templates/report.toml")));
/// assert!(files.iter().any(|(p, _)| p.ends_with("locales/en/ui.ftl")));
/// ```
pub fn scaffold(source: &Locale) -> Vec<(PathBuf, Cow<'static, [u8]>)> {
    let tag = &source.tag;
    let structure = format!(
        "# The structure of the report: ordered blocks, each naming the message that holds its text.\n\
         # No human-language text belongs here; the text lives in locales/<locale>/*.ftl.\n\
         # `silkpress import DOCUMENT.md` writes the blocks after the cover and the table of\n\
         # contents. Block kinds: cover, toc, chapter, section, subsection, subheading,\n\
         # paragraph, quote, attribution, item, page-break.\n\
         \n\
         [meta]\n\
         title = \"report-title\"\n\
         subtitle = \"report-subtitle\"\n\
         publisher = \"report-publisher\"\n\
         source-locale = \"{tag}\"\n\
         \n\
         [[part]]\n\
         file = \"front-matter\"\n\
         blocks = [\n  \"cover\",\n  {{ toc = \"ui-toc-title\" }},\n]\n"
    );
    let front = format!(
        "### Locale: {tag} · the source locale: every other locale translates these messages.\n\
         ### The cover. The first `silkpress import` sets these from the Markdown's front matter\n\
         ### (`title:`, `subtitle:`, `publisher:`); after that, edit them here.\n\
         \n\
         report-title = Untitled report\n\
         report-subtitle = A subtitle\n\
         report-publisher = The publisher\n"
    );
    let readme = format!(
        "# A silkpress project\n\
         \n\
         Made by `silkpress init`. The document is held as message IDs: `templates/report.toml`\n\
         lists its blocks, `locales/{tag}/*.ftl` hold the source text, one directory per locale.\n\
         \n\
         - `silkpress import DOCUMENT.md` — write the structure and the `{tag}` messages from a\n\
         \u{20}\u{20}Markdown document; run it again after every revision: unchanged blocks keep\n\
         \u{20}\u{20}their IDs, edited ones keep their IDs and become stale in every translation,\n\
         \u{20}\u{20}new ones get new IDs (`--dry-run` shows what would change).\n\
         - `silkpress new-locale TAG`, then translate `locales/TAG/*.ftl`; `silkpress sync TAG`\n\
         \u{20}\u{20}after each import.\n\
         - `silkpress check` — what each translation lacks, or has stale.\n\
         - `silkpress build --locale TAG --format html` (or `pdf`) — the edition, in `out/`.\n\
         - `silkpress export --locale TAG --format md` — an edition as Markdown.\n\
         \n\
         `templates/ids.toml` records every ID ever issued: commit it with the rest. The fonts\n\
         in `fonts/` are under the SIL Open Font License (see `fonts/README.md`).\n"
    );
    let mut files: Vec<(PathBuf, Cow<'static, [u8]>)> = vec![
        (
            "templates/report.toml".into(),
            structure.into_bytes().into(),
        ),
        (
            format!("locales/{tag}/front-matter.ftl").into(),
            front.into_bytes().into(),
        ),
        (
            format!("locales/{tag}/ui.ftl").into(),
            ui_ftl(source).into_bytes().into(),
        ),
        ("README.md".into(), readme.into_bytes().into()),
        (".gitignore".into(), Cow::Borrowed(b"/out\n".as_slice())),
    ];
    files.extend(
        COPIED
            .iter()
            .map(|(path, bytes)| (PathBuf::from(path), Cow::Borrowed(*bytes))),
    );
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_interface_strings_stand_alone() {
        for tag in ["en", "de"] {
            let text = ui_ftl(&Locale::parse(tag).unwrap());
            assert!(!text.contains("{ -"), "a term is left:\n{text}");
            let res = fluent_syntax::parser::parse(text.as_str()).unwrap();
            let ids: Vec<_> = res
                .body
                .iter()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
                    _ => None,
                })
                .collect();
            for id in crate::project::ui::UI_MESSAGES {
                assert!(ids.contains(id), "{id} missing");
            }
            assert!(ids.contains(&"ui-toc-title"));
        }
    }
}
