//! The PDF edition, end to end: build the report with the library, read the PDF back
//! with lopdf, and check what a reader gets — embedded subset fonts, text, outline,
//! ToC page numbers, metadata, reproducibility — plus the layout's geometry and the
//! errors for bad fonts and missing glyphs.

mod common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use lopdf::{Document as Lopdf, Object};
use silkpress::diag::Code;
use silkpress::doc::StyledText;
use silkpress::l10n;
use silkpress::lang::Locale;
use silkpress::layout::paginate::ElementKind;
use silkpress::layout::{self, Align, Document, FontBook, ParStyle, Style, Typesetter};
use silkpress::project::Project;
use silkpress::render::pdf::{pdf, PdfOptions, PdfStandard, DEFAULT_EPOCH};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

struct Setup {
    project: Project,
    style: Style,
    book: FontBook,
}

fn setup() -> &'static Setup {
    static S: OnceLock<Setup> = OnceLock::new();
    S.get_or_init(|| {
        let project = Project::load(&root()).expect("project loads");
        let style = Style::load(&root()).expect("style loads");
        let book = FontBook::load(&root(), &style).expect("fonts load");
        Setup {
            project,
            style,
            book,
        }
    })
}

/// Lays out and writes a locale's PDF.
fn build(tag: &str, standard: PdfStandard) -> (Document, Vec<u8>) {
    let s = setup();
    let report = l10n::resolve(&s.project, tag).expect("resolves").output;
    let doc = layout::layout(&report, &s.style, &s.book)
        .expect("lays out")
        .output;
    let opts = PdfOptions {
        standard,
        created: DEFAULT_EPOCH,
    };
    let bytes = pdf(&doc, &s.book, &opts).expect("writes");
    (doc, bytes)
}

fn english() -> &'static (Document, Vec<u8>) {
    static EN: OnceLock<(Document, Vec<u8>)> = OnceLock::new();
    EN.get_or_init(|| build("en", PdfStandard::Pdf17))
}

/// Letters and digits only, so that line breaks and hyphens do not matter.
fn squash(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

fn pdf_text(pdf: &Lopdf) -> Vec<String> {
    let pages = pdf.get_pages();
    pages
        .keys()
        .map(|&n| pdf.extract_text(&[n]).unwrap_or_default())
        .collect()
}

fn name_of(obj: &Object) -> String {
    match obj {
        Object::Name(n) => String::from_utf8_lossy(n).into_owned(),
        _ => String::new(),
    }
}

#[test]
fn starts_as_pdf_with_title_author_and_lang() {
    let (doc, bytes) = english();
    assert!(bytes.starts_with(b"%PDF-1.7"));
    let pdf = Lopdf::load_mem(bytes).unwrap();
    let catalog = pdf.catalog().unwrap();
    let lang = catalog.get(b"Lang").unwrap().as_str().unwrap();
    assert_eq!(lang, b"en");
    assert!(catalog.get(b"StructTreeRoot").is_ok(), "tagged PDF");
    let info = pdf.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = pdf.get_dictionary(info).unwrap();
    let title = info.get(b"Title").unwrap();
    let title = lopdf::decode_text_string(title).unwrap();
    assert_eq!(title, doc.title);
    assert_eq!(title, "Championing the China-Central Asia Spirit");
    assert!(info.get(b"Author").is_ok());
}

#[test]
fn every_font_is_embedded_and_subset() {
    let (_, bytes) = english();
    let pdf = Lopdf::load_mem(bytes).unwrap();
    let mut seen = 0;
    for (_, obj) in pdf.objects.iter() {
        let Ok(dict) = obj.as_dict() else { continue };
        if dict.get(b"Type").map(name_of).unwrap_or_default() != "FontDescriptor" {
            continue;
        }
        seen += 1;
        let name = name_of(dict.get(b"FontName").unwrap());
        // A subset font's name carries a six-letter tag (ISO 32000 §9.6.4).
        let (tag, _) = name.split_once('+').expect("subset tag");
        assert!(
            tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()),
            "{name}"
        );
        let file = dict
            .get(b"FontFile2")
            .or_else(|_| dict.get(b"FontFile3"))
            .expect("embedded font program");
        let stream = pdf.get_object(file.as_reference().unwrap()).unwrap();
        let len = stream.as_stream().unwrap().content.len();
        // Noto Serif is ~500 KB; a subset to one report's glyphs is far smaller.
        assert!(len < 120_000, "{name} font program is {len} bytes");
    }
    assert!(
        seen >= 3,
        "regular, italic and bold faces expected, got {seen}"
    );
}

#[test]
fn extracted_text_contains_known_sentences() {
    let (_, bytes) = english();
    let pdf = Lopdf::load_mem(bytes).unwrap();
    let text = squash(&pdf_text(&pdf).concat());
    for sentence in [
        "Located at the heart of the Eurasian continent, Central Asia shares mountains and rivers with China",
        "In 2024, the total trade volume between China and Central Asia reached USD 94.8 billion",
        "Championing the China-Central Asia Spirit",
    ] {
        assert!(text.contains(&squash(sentence)), "missing: {sentence}");
    }
}

#[test]
fn every_translation_present_extracts_its_foreword() {
    // Locales are being translated while we work: check each left-to-right locale
    // that has a foreword, whatever else it lacks.
    let s = setup();
    for data in &s.project.locales {
        let tag = data.locale.tag.as_str();
        if tag == "en" || data.locale.direction == silkpress::lang::Direction::Rtl {
            continue;
        }
        let Ok(report) = l10n::resolve(&s.project, tag) else {
            continue;
        };
        let report = report.output;
        let Some((_, p1)) = report
            .doc
            .body_texts()
            .into_iter()
            .find(|(_, t)| t.id == "foreword-p1" && !t.fallback)
        else {
            continue;
        };
        let expected: String = squash(&p1.content.to_plain()).chars().take(60).collect();
        let (_, bytes) = build(tag, PdfStandard::Pdf17);
        let pdf = Lopdf::load_mem(&bytes).unwrap();
        let text = squash(&pdf_text(&pdf).concat());
        assert!(
            text.contains(&expected),
            "{tag}: foreword not found in the PDF text"
        );
    }
}

#[test]
fn outline_is_nested_and_points_at_the_headings() {
    let (doc, bytes) = english();
    let pdf = Lopdf::load_mem(bytes).unwrap();
    let toc = pdf.get_toc().expect("outline");
    assert!(toc.errors.is_empty(), "{:?}", toc.errors);
    let titles: Vec<(usize, &str)> = toc
        .toc
        .iter()
        .map(|t| (t.level, t.title.as_str()))
        .collect();
    assert_eq!(titles[0], (1, "Foreword"));
    let ch1 = titles
        .iter()
        .position(|t| t.1.starts_with("Chapter One"))
        .unwrap();
    assert_eq!(titles[ch1].0, 1);
    assert_eq!(
        titles[ch1 + 1],
        (2, "I. Economic and Trade Relations Continue to Strengthen")
    );
    // Each outline entry's page holds the heading.
    let texts = pdf_text(&pdf);
    for t in &toc.toc {
        let page = &texts[t.page - 1];
        assert!(
            squash(page).contains(&squash(&t.title)),
            "{} not on page {}",
            t.title,
            t.page
        );
    }
    assert_eq!(toc.toc.len(), doc.outline.len());
}

#[test]
fn toc_numbers_are_the_pages_where_headings_land() {
    let (doc, _) = english();
    let toc_item = |e: usize| doc.elements[e].kind == ElementKind::TocItem;
    let mut numbers = Vec::new();
    for page in &doc.pages {
        for it in &page.items {
            if it.elem.is_some_and(toc_item)
                && it.line.text.chars().all(|c| c.is_ascii_digit())
            {
                numbers.push(it.line.text.parse::<usize>().unwrap());
            }
        }
    }
    let expected: Vec<usize> = doc
        .outline
        .iter()
        .filter(|o| o.level <= silkpress::doc::TOC_DEPTH)
        .map(|o| o.page + 1)
        .collect();
    assert_eq!(numbers, expected);
    // And the heading really is on that page, as a heading.
    for o in doc
        .outline
        .iter()
        .filter(|o| o.level <= silkpress::doc::TOC_DEPTH)
    {
        let page = &doc.pages[o.page];
        let text: String = page
            .items
            .iter()
            .filter(|it| {
                it.elem.is_some_and(|e| {
                    matches!(doc.elements[e].kind, ElementKind::Heading(_))
                })
            })
            .map(|it| it.line.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            text.contains(o.title.split(' ').next().unwrap()),
            "{}",
            o.title
        );
    }
    // ToC entries link to the same places.
    let links: Vec<usize> = doc
        .pages
        .iter()
        .flat_map(|p| p.links.iter().map(|l| l.page))
        .collect();
    assert_eq!(links, expected.iter().map(|n| n - 1).collect::<Vec<_>>());
}

#[test]
fn two_builds_are_byte_identical() {
    let (_, a) = english();
    let (_, b) = build("en", PdfStandard::Pdf17);
    assert!(a == &b, "two builds differ");
}

#[test]
fn no_glyph_leaves_the_text_area() {
    let (doc, _) = english();
    let s = setup();
    let [left, top, right, bottom] = doc.text_area;
    let mut checked = 0;
    for (pi, page) in doc.pages.iter().enumerate() {
        for it in page.items.iter().filter(|it| it.elem.is_some()) {
            for seg in &it.line.segments {
                let face = s.book.face(seg.face);
                let x0 = it.x + seg.x;
                let x1 = x0 + seg.width();
                let y0 = it.baseline - face.ascender * seg.size;
                let y1 = it.baseline - face.descender * seg.size;
                assert!(
                    x0 >= left - 0.01
                        && x1 <= right + 0.01
                        && y0 >= top - 0.01
                        && y1 <= bottom + 0.01,
                    "page {}: {:?} at ({x0:.1}, {y0:.1})–({x1:.1}, {y1:.1})",
                    pi + 1,
                    it.line.text
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 500);
}

#[test]
fn chapters_start_pages_and_no_page_has_a_widow_or_orphan() {
    let (doc, _) = english();
    for o in doc.outline.iter().filter(|o| o.level == 1) {
        let first = doc.pages[o.page]
            .items
            .iter()
            .find(|it| it.elem.is_some())
            .unwrap();
        assert!(o
            .title
            .starts_with(first.line.text.split(' ').next().unwrap()));
    }
    // A paragraph split across pages leaves at least two lines on each side.
    for w in doc.pages.windows(2) {
        let last = w[0].items.iter().rfind(|it| it.elem.is_some());
        let first = w[1].items.iter().find(|it| it.elem.is_some());
        if let (Some(a), Some(b)) = (last, first) {
            if a.elem == b.elem {
                let n = |p: &layout::Page, e| {
                    p.items.iter().filter(|it| it.elem == e).count()
                };
                assert!(
                    n(&w[0], a.elem) >= 2 && n(&w[1], b.elem) >= 2,
                    "{:?}",
                    a.line.text
                );
            }
        }
    }
}

#[test]
fn no_page_ends_with_a_heading() {
    let (doc, _) = english();
    for (i, p) in doc.pages.iter().enumerate() {
        let last = p.items.iter().rfind(|it| it.elem.is_some());
        if let Some(it) = last {
            let kind = doc.elements[it.elem.unwrap()].kind;
            assert!(
                !matches!(kind, ElementKind::Heading(_)),
                "page {} ends with the heading {:?}",
                i + 1,
                it.line.text
            );
        }
    }
}

#[test]
fn pdf_a_2a_validates() {
    let (_, bytes) = build("en", PdfStandard::A2a);
    let pdf = Lopdf::load_mem(&bytes).unwrap();
    assert!(pdf.catalog().unwrap().get(b"Metadata").is_ok());
}

fn typesetter(tag: &str) -> Typesetter<'static> {
    let s = setup();
    Typesetter::new(&s.style, &s.book, &Locale::parse(tag).unwrap())
}

fn body() -> ParStyle {
    ParStyle::new(10.0, 14.0, Align::Justify)
}

#[test]
fn a_character_no_font_covers_is_an_error_naming_it() {
    let ts = typesetter("kk");
    let err = ts
        .set(
            &StyledText::plain("Қазақстан ཀ"),
            &body(),
            Some("ch1-s1-p1"),
        )
        .unwrap_err();
    let d = &err[0];
    assert_eq!(d.code, Code::MissingGlyph);
    for part in ["ཀ", "U+0F40", "ch1-s1-p1", "kk"] {
        assert!(d.message.contains(part), "{}", d.message);
    }
    assert_eq!(d.id.as_deref(), Some("ch1-s1-p1"));
}

fn style_with(face_path: &str) -> Style {
    let text =
        std::fs::read_to_string(root().join(silkpress::project::style::STYLE_PATH))
            .unwrap();
    let text = text.replace("fonts/NotoSerif-Regular.ttf", face_path);
    Style::parse(&text, Path::new(silkpress::project::style::STYLE_PATH)).unwrap()
}

#[test]
fn a_missing_font_file_is_a_clear_error() {
    let style = style_with("fonts/NoSuchFont.ttf");
    let err = FontBook::load(&root(), &style).err().expect("fails");
    assert_eq!(err.len(), 1, "{err:?}");
    assert_eq!(err[0].code, Code::FontUnreadable);
    for part in ["fonts/NoSuchFont.ttf", "`serif`", "does not exist"] {
        assert!(err[0].message.contains(part), "{}", err[0].message);
    }
    assert_eq!(
        err[0].path.as_deref(),
        Some(Path::new("fonts/NoSuchFont.ttf"))
    );
}

/// A broken font is refused when the book is loaded, before any layout, as one error
/// naming the file however many faces use it (no longer once per paragraph).
#[test]
fn an_unreadable_font_is_one_clear_error_at_load() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("fonts")).unwrap();
    std::fs::write(dir.path().join("fonts/Broken.ttf"), b"this is not a font").unwrap();
    for f in std::fs::read_dir(root().join("fonts")).unwrap().flatten() {
        let name = f.file_name();
        if name.to_string_lossy().starts_with("NotoSerif-") {
            std::fs::copy(f.path(), dir.path().join("fonts").join(&name)).unwrap();
        }
    }
    let mut style = style_with("fonts/Broken.ttf");
    for path in style.faces.values_mut() {
        if !path.starts_with("fonts/NotoSerif-") {
            *path = "fonts/Broken.ttf".to_string();
        }
    }
    let err = FontBook::load(dir.path(), &style).err().expect("fails");
    assert_eq!(err.len(), 1, "{err:?}");
    assert_eq!(err[0].code, Code::FontUnreadable);
    for part in ["fonts/Broken.ttf", "`arabic`", "`serif`", "not a font"] {
        assert!(err[0].message.contains(part), "{}", err[0].message);
    }
}

/// Every body line of every translation present obeys its script's line rules: no
/// Chinese line starts with closing punctuation or ends with opening punctuation, no
/// Chinese paragraph ends with a lone character, no Cyrillic/Uzbek line ends with a
/// one-letter word or starts with a dash, and no Persian line is hyphenated.
#[test]
fn whole_translations_obey_their_line_rules() {
    let s = setup();
    for data in &s.project.locales {
        let tag = data.locale.tag.clone();
        let lang = data.locale.langid.language.as_str().to_string();
        let Ok(report) = l10n::resolve(&s.project, &tag) else {
            continue;
        };
        let doc = layout::layout(&report.output, &s.style, &s.book)
            .unwrap()
            .output;
        // Never a line wider than the measure, never a glyph outside the text area.
        let [left, _, right, _] = doc.text_area;
        for p in &doc.pages {
            for it in p.items.iter().filter(|it| it.elem.is_some()) {
                let (x0, x1) = (it.x, it.x + it.line.width);
                assert!(
                    x0 >= left - 0.01 && x1 <= right + 0.01,
                    "{tag}: overfull line {:?}",
                    it.line.text
                );
            }
        }
        let mut by_elem: Vec<Vec<&str>> = vec![Vec::new(); doc.elements.len()];
        for p in &doc.pages {
            for it in &p.items {
                if let Some(e) = it.elem {
                    by_elem[e].push(&it.line.text);
                }
            }
        }
        for (e, lines) in by_elem.iter().enumerate() {
            let body = matches!(
                doc.elements[e].kind,
                ElementKind::Paragraph
                    | ElementKind::BlockQuote
                    | ElementKind::Heading(_)
            );
            if !body {
                continue;
            }
            for (i, l) in lines.iter().enumerate() {
                let (Some(first), Some(last)) = (l.chars().next(), l.chars().last())
                else {
                    continue;
                };
                let han = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c);
                if lang == "zh" && l.chars().any(han) {
                    assert!(!"。，、；：？！）》」』”".contains(first), "{tag}: {l}");
                    assert!(!"（《「『“".contains(last), "{tag}: {l}");
                    if i == lines.len() - 1 && lines.len() > 1 {
                        let n = l.chars().filter(|c| c.is_alphanumeric()).count();
                        assert!(n >= 2, "{tag}: lone last line {l:?}");
                    }
                }
                if ["ru", "kk", "uz", "ky", "tg", "tk"].contains(&lang.as_str())
                    && i + 1 < lines.len()
                {
                    let w = l.rsplit(' ').next().unwrap_or("");
                    let one =
                        w.chars().count() == 1 && w.chars().all(char::is_alphabetic);
                    assert!(!one, "{tag}: one-letter word at the end of {l:?}");
                    assert!(
                        !lines[i + 1].starts_with("— "),
                        "{tag}: dash starts {:?}",
                        lines[i + 1]
                    );
                }
            }
        }
    }
}

/// A structure element: its type (`/S`), `/Lang` and title (`/T`).
struct StructElem {
    kind: String,
    lang: Option<String>,
    title: Option<String>,
}

/// Every structure element, depth first from the structure tree root.
fn struct_elems(pdf: &Lopdf) -> Vec<StructElem> {
    fn walk(pdf: &Lopdf, obj: &Object, out: &mut Vec<StructElem>) {
        let obj = match obj {
            Object::Reference(r) => match pdf.get_object(*r) {
                Ok(o) => o,
                Err(_) => return,
            },
            o => o,
        };
        match obj {
            Object::Array(kids) => kids.iter().for_each(|k| walk(pdf, k, out)),
            Object::Dictionary(d) => {
                if let Ok(s) = d.get(b"S") {
                    let string = |key: &[u8]| {
                        d.get(key)
                            .ok()
                            .and_then(|o| lopdf::decode_text_string(o).ok())
                    };
                    out.push(StructElem {
                        kind: name_of(s),
                        lang: string(b"Lang"),
                        title: string(b"T"),
                    });
                }
                if let Ok(k) = d.get(b"K") {
                    walk(pdf, k, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    let catalog = pdf.catalog().unwrap();
    walk(pdf, catalog.get(b"StructTreeRoot").unwrap(), &mut out);
    out
}

/// Every structure element's type and `/Lang`, depth first from the structure tree root.
fn struct_langs(pdf: &Lopdf) -> Vec<(String, Option<String>)> {
    let elems = struct_elems(pdf).into_iter();
    elems.map(|e| (e.kind, e.lang)).collect()
}

/// Heading levels of the structure tree never skip one: each `/Hn` is at most one below
/// the heading before it, the first is `/H1`, and a subheading directly under a section
/// is `/H3` (it was `/H4` when the PDF tagged the structure's rank).
#[test]
fn heading_tags_never_skip_a_level() {
    let s = setup();
    for tag in ["en", "zh-CN"] {
        if !s.project.available.iter().any(|t| t == tag) {
            continue;
        }
        let (doc, bytes) = build(tag, PdfStandard::Pdf17);
        let pdf = Lopdf::load_mem(&bytes).unwrap();
        let headings: Vec<(u8, Option<String>)> = struct_elems(&pdf)
            .into_iter()
            .filter_map(|e| {
                let level = e.kind.strip_prefix('H')?.parse().ok()?;
                Some((level, e.title))
            })
            .collect();
        assert_eq!(headings[0].0, 1, "{tag}: the first heading is /H1");
        for w in headings.windows(2) {
            assert!(w[1].0 <= w[0].0 + 1, "{tag}: {:?} follows {:?}", w[1], w[0]);
        }
        // Every level the report has, and one heading per structure element.
        let max = headings.iter().map(|h| h.0).max();
        assert_eq!(max, Some(4), "{tag}");
        let elements = doc
            .elements
            .iter()
            .filter(|e| matches!(e.kind, ElementKind::Heading(_)))
            .count();
        assert_eq!(headings.len(), elements, "{tag}");
        if tag == "en" {
            let level = |title: &str| {
                let h = headings.iter().find(|h| h.1.as_deref() == Some(title));
                h.unwrap_or_else(|| panic!("no heading {title:?}")).0
            };
            assert_eq!(
                level("I. Economic and Trade Relations Continue to Strengthen"),
                2
            );
            // ch1-s1-h1, a subheading right under that section.
            let report = l10n::resolve(&s.project, tag).unwrap().output;
            let sub = report.doc.headings().into_iter();
            let sub = sub
                .filter(|h| h.anchor == "ch1-s1-h1")
                .map(|h| h.text.content.to_plain());
            let sub: String = sub.collect();
            assert_eq!(level(&sub), 3);
        }
    }
}

#[test]
fn text_that_falls_back_is_tagged_with_the_source_language() {
    // A Russian edition lacking one paragraph shows it in English.
    let dir = tempfile::tempdir().unwrap();
    for d in ["templates", "locales", "fonts"] {
        common::copy_dir(&root().join(d), &dir.path().join(d));
    }
    let path = dir.path().join("locales/ru/foreword.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("foreword-p2 ="))
        .collect();
    assert_eq!(
        kept.len() + 1,
        text.lines().count(),
        "foreword-p2 is one line"
    );
    std::fs::write(&path, kept.join("\n")).unwrap();

    let project = Project::load(dir.path()).unwrap();
    let report = l10n::resolve(&project, "ru").unwrap().output;
    let texts = report.doc.body_texts();
    let fallbacks: Vec<_> = texts.iter().filter(|(_, t)| t.fallback).collect();
    assert_eq!(fallbacks.len(), 1);
    let s = setup();
    let doc = layout::layout(&report, &s.style, &s.book).unwrap().output;
    let opts = PdfOptions {
        standard: PdfStandard::Pdf17,
        created: DEFAULT_EPOCH,
    };
    let bytes = pdf(&doc, &s.book, &opts).unwrap();
    let pdf = Lopdf::load_mem(&bytes).unwrap();
    let tagged: Vec<_> = struct_langs(&pdf)
        .into_iter()
        .filter(|(_, lang)| lang.is_some())
        .collect();
    let lang = |s: &str, l: &str| (s.to_string(), Some(l.to_string()));
    assert_eq!(tagged, [lang("Document", "ru"), lang("P", "en")]);

    // The complete edition has no element in another language.
    let (_, bytes) = build("ru", PdfStandard::Pdf17);
    let pdf = Lopdf::load_mem(&bytes).unwrap();
    let langs = struct_langs(&pdf);
    assert!(langs.len() > 100, "only {} structure elements", langs.len());
    assert!(langs.iter().skip(1).all(|(_, lang)| lang.is_none()));
}

#[test]
fn every_list_item_has_its_bullet_beside_its_first_line() {
    let s = setup();
    for tag in &s.project.available {
        let report = l10n::resolve(&s.project, tag).unwrap().output;
        let doc = layout::layout(&report, &s.style, &s.book).unwrap().output;
        let items: Vec<usize> = (0..doc.elements.len())
            .filter(|&e| doc.elements[e].kind == ElementKind::ListItem)
            .collect();
        assert!(!items.is_empty(), "{tag}: the report has lists");
        for e in items {
            let (page, first) = doc
                .pages
                .iter()
                .find_map(|p| {
                    let first = p.items.iter().find(|it| it.elem == Some(e))?;
                    Some((p, first))
                })
                .expect("the item is placed");
            let bullets = page
                .items
                .iter()
                .filter(|it| it.elem.is_none() && it.line.text == "•")
                .filter(|it| (it.baseline - first.baseline).abs() < 0.01)
                .count();
            assert_eq!(bullets, 1, "{tag}: item {e} ({:?})", first.line.text);
        }
    }
}

/// The text of a laid-out line with bidi controls removed.
fn line_text(it: &layout::Item) -> String {
    it.line
        .text
        .chars()
        .filter(|c| !silkpress::lang::script::is_bidi_control(*c))
        .collect()
}

/// Every edition laid out once, with what its running heads must show.
struct Edition {
    tag: String,
    rtl: bool,
    doc: Document,
    /// Each chapter's `.short` form, else its title (plain).
    heads: Vec<String>,
    /// The report's running title (plain).
    running: String,
}

fn plain(s: &str) -> String {
    s.chars()
        .filter(|c| !silkpress::lang::script::is_bidi_control(*c))
        .collect()
}

fn editions() -> &'static [Edition] {
    static E: OnceLock<Vec<Edition>> = OnceLock::new();
    E.get_or_init(|| {
        let s = setup();
        s.project
            .locales
            .iter()
            .map(|data| {
                let tag = data.locale.tag.clone();
                let report = l10n::resolve(&s.project, &tag).expect("resolves").output;
                let doc = layout::layout(&report, &s.style, &s.book)
                    .expect("lays out")
                    .output;
                let heads = report
                    .doc
                    .chapters
                    .iter()
                    .map(|c| c.heading.short.as_ref().unwrap_or(&c.heading.text))
                    .map(|t| plain(&t.content.to_plain()))
                    .collect();
                Edition {
                    rtl: doc.rtl,
                    running: plain(&report.ui.running_header),
                    tag,
                    doc,
                    heads,
                }
            })
            .collect()
    })
}

#[test]
fn running_heads_are_the_short_or_full_title_of_their_chapter_never_cut() {
    for Edition {
        tag,
        doc,
        heads,
        running,
        ..
    } in editions()
    {
        let running = running.clone();
        // Chapter k starts where the k-th level-1 outline entry points.
        let starts: Vec<usize> = doc
            .outline
            .iter()
            .filter(|o| o.level == 1)
            .map(|o| o.page)
            .collect();
        assert_eq!(starts.len(), heads.len(), "{tag}");
        let mut with_head = 0;
        for (pi, page) in doc.pages.iter().enumerate() {
            let top: Vec<String> = page
                .items
                .iter()
                .filter(|it| it.elem.is_none() && it.baseline < doc.text_area[1])
                .map(line_text)
                .collect();
            for t in &top {
                assert!(!t.contains('…'), "{tag} page {}: {t}", pi + 1);
            }
            let Some(k) = starts.iter().rposition(|&p| p <= pi) else {
                assert!(top.is_empty(), "{tag}: a head before the body: {top:?}");
                continue;
            };
            if starts[k] == pi {
                assert!(top.is_empty(), "{tag}: a head on a chapter's first page");
                continue;
            }
            // Every title of these editions fits, so every head shows its chapter.
            assert_eq!(top.len(), 2, "{tag} page {}: {top:?}", pi + 1);
            assert!(top.contains(&running), "{tag} page {}: {top:?}", pi + 1);
            assert!(
                top.contains(&heads[k]),
                "{tag} page {}: {top:?}, want {}",
                pi + 1,
                heads[k]
            );
            with_head += 1;
        }
        assert!(
            with_head > 10,
            "{tag}: {with_head} pages with a running head"
        );
    }
}

/// `/MarkInfo` of a PDF's catalog.
fn mark_info(pdf: &Lopdf) -> lopdf::Dictionary {
    let catalog = pdf.catalog().unwrap();
    match catalog.get(b"MarkInfo").unwrap() {
        Object::Dictionary(d) => d.clone(),
        Object::Reference(r) => pdf.get_dictionary(*r).unwrap().clone(),
        other => panic!("MarkInfo is {other:?}"),
    }
}

#[test]
fn mark_info_says_marked_and_leaves_out_suspects() {
    // Poppler reads a false `/Suspects` as the wrong type and warns on every command.
    for standard in [PdfStandard::Pdf17, PdfStandard::A2a] {
        let (_, bytes) = build("en", standard);
        let pdf = Lopdf::load_mem(&bytes).unwrap();
        let info = mark_info(&pdf);
        assert!(info.get(b"Marked").unwrap().as_bool().unwrap());
        assert!(info.get(b"Suspects").is_err(), "{info:?}");
        assert!(!bytes.windows(9).any(|w| w == b"/Suspects"));
    }
}

#[test]
#[ignore = "needs pdfinfo and pdftotext (poppler-utils); run by .ci/run"]
fn poppler_reads_the_editions_without_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    for tag in ["en", "zh-CN", "fa"] {
        let (_, bytes) = build(tag, PdfStandard::A2a);
        let path = dir.path().join(format!("{tag}.pdf"));
        std::fs::write(&path, bytes).unwrap();
        for tool in ["pdfinfo", "pdftotext"] {
            let mut cmd = std::process::Command::new(tool);
            cmd.arg(&path);
            if tool == "pdftotext" {
                cmd.arg("-");
            }
            let out = cmd.output().expect("poppler-utils installed");
            assert!(out.status.success(), "{tool} {tag}");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(stderr.trim().is_empty(), "{tool} {tag}: {stderr}");
        }
    }
}

/// The value of a number written in ASCII, Arabic-Indic or Persian digits.
fn number_value(s: &str) -> Option<usize> {
    let mut n = 0usize;
    for c in s.chars() {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '\u{660}'..='\u{669}' => c as u32 - 0x660,
            '\u{6F0}'..='\u{6F9}' => c as u32 - 0x6F0,
            _ => return None,
        };
        n = n * 10 + d as usize;
    }
    (!s.is_empty()).then_some(n)
}

#[test]
fn every_contents_entry_has_its_page_three_dots_at_least_and_hanging_runovers() {
    for Edition { tag, rtl, doc, .. } in editions() {
        let toc_item = |e: usize| doc.elements[e].kind == ElementKind::TocItem;
        let mut numbers = Vec::new();
        let mut runovers = 0;
        for page in &doc.pages {
            let mut entry_lines: Vec<(usize, &layout::Item)> = Vec::new();
            for (i, it) in page.items.iter().enumerate() {
                let Some(e) = it.elem.filter(|&e| toc_item(e)) else {
                    continue;
                };
                let text = plain(&it.line.text);
                if let Some(n) = number_value(&text) {
                    numbers.push(n);
                    // The number sits at the end side of the measure.
                    let end = if *rtl {
                        doc.text_area[0] - it.x
                    } else {
                        doc.text_area[2] - (it.x + it.line.width)
                    };
                    assert!(end.abs() < 0.01, "{tag}: number {text} not aligned");
                    // The leader on the entry's last line has three dots or more.
                    let leader = page.items[i + 1..]
                        .iter()
                        .find(|l| l.elem.is_none() && l.baseline == it.baseline)
                        .unwrap_or_else(|| panic!("{tag}: no leader for {text}"));
                    assert!(
                        leader.line.text.chars().filter(|&c| c == '.').count() >= 3,
                        "{tag}: leader {:?} before {text}",
                        leader.line.text
                    );
                    // Lines after an entry's first line hang further in.
                    if let Some(&(first_e, first)) = entry_lines.first() {
                        for &(le, l) in &entry_lines[1..] {
                            assert_eq!(le, first_e);
                            let inset = if *rtl {
                                (first.x + first.line.width) - (l.x + l.line.width)
                            } else {
                                l.x - first.x
                            };
                            assert!(
                                inset > 5.0,
                                "{tag}: runover `{}` not indented",
                                l.line.text
                            );
                            runovers += 1;
                        }
                    }
                    entry_lines.clear();
                } else if entry_lines.first().is_none_or(|&(f, _)| f == e) {
                    entry_lines.push((e, it));
                } else {
                    entry_lines = vec![(e, it)];
                }
            }
        }
        let expected: Vec<usize> = doc
            .outline
            .iter()
            .filter(|o| o.level <= silkpress::doc::TOC_DEPTH)
            .map(|o| o.page + 1)
            .collect();
        assert_eq!(
            numbers, expected,
            "{tag}: ToC numbers against heading pages"
        );
        // Entries wrap in these editions (and not, say, in Chinese or Persian).
        if ["en", "ru"].contains(&tag.as_str()) {
            assert!(runovers > 0, "{tag}: no entry wraps, so none was checked");
        }
    }
}

#[test]
fn heading_levels_start_at_one_and_never_skip_in_any_edition() {
    for Edition { tag, doc, .. } in editions() {
        let levels: Vec<u8> = doc
            .elements
            .iter()
            .filter_map(|e| match e.kind {
                ElementKind::Heading(l) => Some(l),
                _ => None,
            })
            .collect();
        assert_eq!(levels.first(), Some(&1), "{tag}");
        for w in levels.windows(2) {
            assert!(w[1] <= w[0] + 1, "{tag}: H{} after H{}", w[1], w[0]);
        }
        for l in 1..=3 {
            assert!(levels.contains(&l), "{tag}: no H{l}");
        }
    }
}

#[test]
fn cover_titles_break_balanced_and_never_at_a_hyphen() {
    for Edition { tag, doc, .. } in editions() {
        let cover = &doc.pages[0];
        let lines: Vec<(String, f32)> = cover
            .items
            .iter()
            .filter(|it| {
                it.elem
                    .is_some_and(|e| doc.elements[e].kind == ElementKind::Title)
            })
            .map(|it| (plain(&it.line.text), it.line.width))
            .collect();
        assert!(!lines.is_empty(), "{tag}");
        for (text, _) in &lines[..lines.len() - 1] {
            assert!(
                !text.trim_end().ends_with('-'),
                "{tag}: `{text}` ends at a hyphen"
            );
        }
        for it in &cover.items {
            assert!(
                !it.line.text.contains('\u{2060}'),
                "{tag}: a joiner left in"
            );
            for seg in &it.line.segments {
                assert!(!seg.text.contains('\u{2060}'), "{tag}: a joiner left in");
            }
        }
        if lines.len() == 2 {
            // Balanced: the shorter line is at least half the longer.
            let (a, b) = (lines[0].1, lines[1].1);
            assert!(a.min(b) >= a.max(b) / 2.0, "{tag}: {lines:?}");
        }
        if tag == "en" {
            let texts: Vec<&str> = lines.iter().map(|l| l.0.trim_end()).collect();
            assert_eq!(texts, ["Championing the", "China-Central Asia Spirit"]);
        }
    }
    // The PDF's text is the title's, without the joiner that kept it whole.
    let (_, bytes) = english();
    let pdf = Lopdf::load_mem(bytes).unwrap();
    let cover = pdf.extract_text(&[1]).unwrap();
    assert!(cover.contains("China-Central Asia Spirit"), "{cover}");
}

/// A justified line's letter-spacing (the tracking the paragraph's fit gave it, the same
/// after every glyph of its words) is written once as the character spacing (`Tc`),
/// not as a position adjustment after every glyph (krilla patch item 11): the page
/// streams carry an adjustment for what differs from it — mostly the word spaces — and
/// every `Tc` set is reset within its text object, so it reaches no other run.
#[test]
fn letter_spacing_is_written_once_a_run_not_after_every_glyph() {
    let (_, bytes) = english();
    let pdf = Lopdf::load_mem(bytes).unwrap();
    let (mut glyphs, mut adjustments, mut spaced) = (0usize, 0usize, 0usize);
    for (_, &page) in pdf.get_pages().iter() {
        let content =
            lopdf::content::Content::decode(&pdf.get_page_content(page)).unwrap();
        let mut tc = 0.0f32;
        for op in &content.operations {
            match op.operator.as_str() {
                "Tc" => {
                    tc = op.operands[0].as_float().unwrap();
                    spaced += usize::from(tc != 0.0);
                }
                "TJ" => {
                    for item in op.operands[0].as_array().unwrap() {
                        match item {
                            // Two bytes a CID glyph.
                            Object::String(s, _) => glyphs += s.len() / 2,
                            _ => adjustments += 1,
                        }
                    }
                }
                "ET" => assert_eq!(tc, 0.0, "a character spacing left set after its run"),
                _ => {}
            }
        }
    }
    assert!(glyphs > 50_000, "{glyphs} glyphs in TJ arrays");
    assert!(spaced > 500, "{spaced} runs letter-spaced with Tc");
    // Before: one adjustment after nearly every glyph of a letter-spaced line.
    assert!(
        adjustments * 2 < glyphs,
        "{adjustments} adjustments for {glyphs} glyphs"
    );
}
