//! Web fonts of the HTML editions, made from the committed `fonts/` and
//! `templates/style.toml`: subsets a browser can use (a `cmap`, Arabic joining forms),
//! WOFF2 framing, face choice per script, and the size of the Chinese page.

mod common;

use common::repo;

use std::collections::BTreeSet;

use base64::Engine as _;
use read_fonts::{FontRef, TableProvider};
use silkpress::diag::Code;
use silkpress::doc::Style;
use silkpress::fonts::{self, FontBook};
use silkpress::l10n;
use silkpress::layout::{ScriptClass, Style as PdfStyle};
use silkpress::project::Project;
use silkpress::render::html::{self, HtmlOptions, Templates};
use silkpress::render::webfont::{self, Usage};

fn fonts() -> FontBook {
    let style = PdfStyle::load(repo()).unwrap_or_else(|d| panic!("{d:?}"));
    FontBook::load(repo(), &style).unwrap_or_else(|d| panic!("{d:?}"))
}

fn face<'a>(set: &'a FontBook, name: &str) -> &'a fonts::Face {
    set.faces().iter().find(|f| f.name == name).unwrap()
}

const REGULAR: Style = Style {
    italic: false,
    bold: false,
};

/// A face's coverage, read once at load, is what its `cmap` maps (every code point).
#[test]
fn coverage_is_the_cmap() {
    let set = fonts();
    for face in set.faces() {
        let bytes = std::fs::read(repo().join(&face.path)).unwrap();
        let font = FontRef::new(&bytes).unwrap();
        let cmap = font.cmap().unwrap();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mapped = cmap.map_codepoint(c).is_some_and(|g| g.to_u32() != 0);
            assert_eq!(face.covers(c), mapped, "{} U+{:04X}", face.name, c as u32);
        }
    }
}

#[test]
fn subsets_keep_a_cmap_for_every_character() {
    let set = fonts();
    for (name, text) in [
        ("serif", "Qazaqstan Қазақстан Oʻzbekiston"),
        ("han", "中国—中亚合作成果丰硕。"),
        ("arabic", "همکاری چین و آسیای مرکزی ۲۰۲۴"),
    ] {
        let chars: BTreeSet<char> = text.chars().filter(|c| *c != ' ').collect();
        let bytes = webfont::subset(face(&set, name), &chars).unwrap();
        let font = FontRef::new(&bytes).unwrap();
        let cmap = font.cmap().unwrap();
        for &c in &chars {
            let g = cmap.map_codepoint(c);
            assert!(
                g.is_some_and(|g| g.to_u32() != 0),
                "{name}: no glyph for {c:?}"
            );
        }
        let n = font.maxp().unwrap().num_glyphs() as usize;
        let full =
            FontRef::new(&std::fs::read(repo().join(&face(&set, name).path)).unwrap())
                .unwrap()
                .maxp()
                .unwrap()
                .num_glyphs() as usize;
        assert!(n < full / 10, "{name}: {n} of {full} glyphs kept");
    }
}

#[test]
fn arabic_subsets_keep_the_joining_forms() {
    let set = fonts();
    let chars: BTreeSet<char> = "سلام".chars().collect();
    let bytes = webfont::subset(face(&set, "arabic"), &chars).unwrap();
    let font = FontRef::new(&bytes).unwrap();
    // Initial, medial and final forms are reached only through GSUB: without its closure
    // the subset would hold .notdef plus one glyph per character.
    let n = font.maxp().unwrap().num_glyphs() as usize;
    assert!(
        n > chars.len() + 3,
        "only {n} glyphs for {} letters",
        chars.len()
    );
    assert!(font.gsub().is_ok(), "GSUB dropped");
    assert!(font.gpos().is_ok(), "GPOS dropped");
}

#[test]
fn each_script_gets_its_face() {
    let set = fonts();
    let mut usage = Usage::default();
    usage.add(ScriptClass::Latin, REGULAR, "Aй", None);
    usage.add(ScriptClass::Han, REGULAR, "中A", None);
    usage.add(ScriptClass::Arabic, REGULAR, "سA", None);
    usage.add(
        ScriptClass::Latin,
        Style {
            italic: true,
            bold: false,
        },
        "i",
        None,
    );
    usage.add(
        ScriptClass::Han,
        Style {
            italic: true,
            bold: false,
        },
        "文",
        None,
    );
    let faces = webfont::subset_page(&set, &usage, None).unwrap();
    let find = |family: &str, italic: bool| {
        faces
            .iter()
            .find(|f| f.family.ends_with(family) && f.italic == italic && f.weight == 400)
            .map(|f| f.chars.iter().collect::<String>())
            .unwrap_or_default()
    };
    // Latin in a Chinese or Persian run is set in that script's face (it has Latin
    // glyphs), as in the PDF's stacks; Han has no italic, so italic Han stays upright.
    assert_eq!(find("Noto Serif", false), "Aй");
    assert_eq!(find("Noto Serif", true), "i");
    assert_eq!(find("Noto Serif SC", false), "A中文");
    assert_eq!(find("Vazirmatn", false), "Aس");
    for f in &faces {
        assert_eq!(&f.woff2[..4], b"wOF2", "{} is not WOFF2", f.family);
    }
}

/// Regression: every Unicode space used to be recorded as U+0020, so the ideographic
/// space of Chinese titles was subset into no face and drawn from a system font.
#[test]
fn only_ascii_whitespace_collapses_to_a_space() {
    let set = fonts();
    let mut usage = Usage::default();
    usage.add(ScriptClass::Han, REGULAR, "第一章\u{3000}总论", None);
    usage.add(ScriptClass::Latin, REGULAR, "a\tb\nc", None);
    let faces = webfont::subset_page(&set, &usage, None).unwrap();
    let chars = |family: &str| {
        faces
            .iter()
            .find(|f| f.family.ends_with(family) && !f.italic && f.weight == 400)
            .map(|f| f.chars.clone())
            .unwrap_or_default()
    };
    assert!(chars("Noto Serif SC").contains(&'\u{3000}'));
    let latin = chars("Noto Serif");
    assert!(latin.contains(&' ') && !latin.contains(&'\t') && !latin.contains(&'\n'));
}

#[test]
fn a_character_no_face_covers_is_an_error_naming_the_message() {
    let set = fonts();
    let mut usage = Usage::default();
    usage.add(ScriptClass::Latin, REGULAR, "ok \u{0915}", Some("ch1-p1"));
    // Invisible format characters need no glyph.
    usage.add(
        ScriptClass::Latin,
        REGULAR,
        "\u{2068}x\u{2069}",
        Some("ch1-p2"),
    );
    let errors = match webfont::subset_page(&set, &usage, None) {
        Ok(_) => panic!("U+0915 accepted"),
        Err(e) => e,
    };
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].code, Code::MissingGlyph);
    assert!(errors[0].message.contains("U+0915"));
    assert_eq!(errors[0].id.as_deref(), Some("ch1-p1"));
}

/// Regression: the word joiner before a dash in a bold Chinese heading was subset into a
/// bold Latin face of its own, which the browser never loaded (it draws nothing).
#[test]
fn no_face_holds_only_characters_never_drawn() {
    let set = fonts();
    let bold = Style {
        italic: false,
        bold: true,
    };
    let mut usage = Usage::default();
    usage.add(ScriptClass::Han, bold, "中国\u{2060}—中亚", None);
    let faces = webfont::subset_page(&set, &usage, None).unwrap();
    let families: Vec<&str> = faces.iter().map(|f| f.family.as_str()).collect();
    assert_eq!(faces.len(), 1, "{families:?}");
    assert!(families[0].ends_with("Noto Serif SC"), "{families:?}");
}

#[test]
fn output_is_deterministic() {
    let set = fonts();
    let mut usage = Usage::default();
    usage.add(ScriptClass::Han, REGULAR, "中国—中亚合作成果丰硕。", None);
    usage.add(ScriptClass::Arabic, REGULAR, "همکاری", None);
    let a = webfont::font_face_css(&webfont::subset_page(&set, &usage, None).unwrap());
    let b = webfont::font_face_css(&webfont::subset_page(&set, &usage, None).unwrap());
    assert_eq!(a, b);
}

/// The Chinese edition of the real report, with its fonts, stays under 2 MB, and every
/// embedded face decodes as WOFF2 (translations still in progress only make it smaller).
#[test]
fn the_chinese_page_is_small() {
    let project = Project::load(repo()).unwrap_or_else(|d| panic!("{d:?}"));
    let report = l10n::resolve(&project, "zh-CN")
        .unwrap_or_else(|d| panic!("the zh-CN edition does not resolve: {d:?}"))
        .output;
    let templates = Templates::read(repo()).unwrap_or_else(|d| panic!("{d:?}"));
    let set = fonts();
    let options = HtmlOptions {
        subsets: None,
        templates: &templates,
        siblings: &[],
        fonts: Some(&set),
    };
    let page = html::html(&report, &options).unwrap_or_else(|d| panic!("{d:?}"));
    assert!(page.len() < 2_000_000, "zh-CN page is {} bytes", page.len());
    let b64 = base64::engine::general_purpose::STANDARD;
    let faces: Vec<&str> = page.split("base64,").skip(1).collect();
    assert!(faces.len() >= 2, "{} faces", faces.len());
    for f in faces {
        let data = b64.decode(&f[..f.find(')').unwrap()]).unwrap();
        assert_eq!(&data[..4], b"wOF2");
    }
    assert!(page.contains("font-family: \"silkpress Noto Serif SC\""));
    assert!(page.contains(":lang(zh-CN) { font-family: \"silkpress Noto Serif SC\""));
}
