//! A long report: the English chapters eight times over (`src/bin/common/bigdoc.rs`,
//! each copy with its own message IDs), about 260 pages. Past the first pages, which the
//! layout keeps, the body's pages are set again when they are handed to the PDF writer
//! one by one (issue 15, scale); these tests check that what comes out is the document:
//! the build's PDF is the one written from the whole laid-out document, the pages set
//! again are those one pass holding every page places (as `silkpress serve`'s layouts
//! do), a copy of the chapters set again lies exactly as the first copy, and the
//! contents print the pages the headings landed on.

use std::path::Path;
use std::sync::OnceLock;

use silkpress::build::{self, Options};
use silkpress::l10n;
use silkpress::layout::paginate::ElementKind;
use silkpress::layout::{self, Document, FontBook, Style};
use silkpress::project::Project;
use silkpress::render::pdf::{pdf, PdfOptions, PdfStandard, DEFAULT_EPOCH};
use silkpress::render::Format;

#[path = "../src/bin/common/bigdoc.rs"]
mod bigdoc;

/// Copies of the report's chapters.
const COPIES: usize = 8;

/// The long report built (as `silkpress build` does: pages streamed to the writer) and
/// laid out whole, with the whole document's PDF.
struct Long {
    built: Vec<u8>,
    doc: Document,
    whole: Vec<u8>,
    /// Laid out by one pass holding every page (a layout keeping its placement, as
    /// `silkpress serve`'s).
    held: Document,
}

fn long() -> &'static Long {
    static LONG: OnceLock<Long> = OnceLock::new();
    LONG.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        bigdoc::generate(Path::new(env!("CARGO_MANIFEST_DIR")), root, COPIES).unwrap();
        let project = Project::load(root).expect("the generated project loads");
        let options = Options {
            formats: vec![Format::Pdf],
            pdf_standard: PdfStandard::Pdf17,
            created: DEFAULT_EPOCH,
            index: false,
            switcher: false,
        };
        let out = build::build(&project, &["en".to_string()], &options);
        assert!(!out.has_errors(), "{:?}", out.diagnostics);
        assert_eq!(out.artifacts.len(), 1, "{:?}", out.not_built);
        let built = out.artifacts[0].bytes.to_vec().unwrap();
        let style = Style::load(root).unwrap();
        let book = FontBook::load(root, &style).unwrap();
        let report = l10n::resolve(&project, "en").unwrap().output;
        let doc = layout::layout(&report, &style, &book).unwrap().output;
        let opts = PdfOptions {
            standard: PdfStandard::Pdf17,
            created: DEFAULT_EPOCH,
        };
        let whole = pdf(&doc, &book, &opts).unwrap();
        let cache = layout::LayoutCache::new(&report.doc.locale).keeping_placement();
        let held = layout::layout_cached(&report, &style, &book, &cache)
            .unwrap()
            .output;
        Long {
            built,
            doc,
            whole,
            held,
        }
    })
}

/// The page (0-based) of the first line of the body heading whose message is `id`.
fn heading_page(doc: &Document, id: &str) -> Option<usize> {
    doc.pages.iter().position(|p| {
        p.items.iter().any(|it| {
            it.elem.is_some_and(|e| {
                let el = &doc.elements[e];
                matches!(el.kind, ElementKind::Heading(_))
                    && el.parent.is_none()
                    && el.id.as_deref() == Some(id)
            })
        })
    })
}

#[test]
fn the_built_pdf_is_the_whole_documents_and_has_its_pages() {
    let l = long();
    assert!(l.doc.pages.len() > 200, "{} pages", l.doc.pages.len());
    assert!(
        l.built == l.whole,
        "the streamed build differs from the whole document's PDF"
    );
    let pdf = lopdf::Document::load_mem(&l.built).expect("the PDF parses");
    assert_eq!(pdf.get_pages().len(), l.doc.pages.len());
    assert_eq!(bigdoc::pdf_pages(&l.built), Some(l.doc.pages.len()));
}

#[test]
fn pages_set_again_are_those_the_first_pass_placed() {
    // The second pass sets each paragraph with the looseness the first kept for it (a
    // page a heading left short filled), and places from the chapter where the kept
    // pages end: every page is the one a single pass holding them all gives.
    let l = long();
    assert_eq!(l.held.pages.len(), l.doc.pages.len());
    for (k, (held, set)) in l.held.pages.iter().zip(&l.doc.pages).enumerate() {
        assert!(held == set, "page {k} differs");
    }
    assert!(l.held == l.doc);
}

#[test]
fn chapters_set_again_lie_as_the_first_copy() {
    let doc = &long().doc;
    // Body lines of copy k: their text and position, page by page from its first page.
    let copy = |k: usize| -> Vec<Vec<(String, u32, u32)>> {
        let from =
            heading_page(doc, &format!("v{k}-foreword-title")).expect("copy starts");
        let to = heading_page(doc, &format!("v{}-foreword-title", k + 1))
            .unwrap_or(doc.pages.len());
        doc.pages[from..to]
            .iter()
            .map(|p| {
                p.items
                    .iter()
                    .filter(|it| it.elem.is_some())
                    .map(|it| {
                        (it.line.text.clone(), it.x.to_bits(), it.baseline.to_bits())
                    })
                    .collect()
            })
            .collect()
    };
    let first = copy(1);
    assert!(first.len() > 20, "a copy takes {} pages", first.len());
    // The last copy starts well past the pages the first pass keeps.
    let last_start = heading_page(doc, &format!("v{COPIES}-foreword-title")).unwrap();
    assert!(
        last_start > 200,
        "the last copy starts on page {last_start}"
    );
    assert_eq!(copy(COPIES), first);
    assert_eq!(copy(COPIES / 2), first);
}

#[test]
fn contents_entries_print_the_pages_their_headings_land_on() {
    let doc = &long().doc;
    let mut checked = 0;
    let mut last_number = 0;
    for page in &doc.pages {
        for it in &page.items {
            let Some(e) = it.elem else { continue };
            let el = &doc.elements[e];
            if el.kind != ElementKind::TocItem
                || !it.line.text.chars().all(|c| c.is_ascii_digit())
            {
                continue;
            }
            let number: usize = it.line.text.parse().unwrap();
            let id = el.id.as_deref().expect("an entry names its heading");
            let landed = heading_page(doc, id).expect("the heading is in the body");
            assert_eq!(number, landed + 1, "{id}");
            assert!(number >= last_number, "entries in page order");
            last_number = number;
            checked += 1;
        }
    }
    // Every copy's chapters, sections and subsections have an entry.
    assert!(checked > COPIES * 20, "{checked} entries");
    assert!(last_number > 200);
    // The outline points at the same pages.
    for o in &doc.outline {
        let page = &doc.pages[o.page];
        assert!(
            page.items.iter().any(|it| it.elem.is_some_and(|e| {
                doc.elements[e].title.as_deref() == Some(o.title.as_str())
            })),
            "{}",
            o.title
        );
    }
}
