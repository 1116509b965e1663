//! Incremental rebuilds (`build::build_cached`, what `silkpress serve` runs after each
//! edit) give exactly the editions a fresh build gives, before and after an edit, and
//! keep only the paragraphs of the current text.

mod common;

use silkpress::build::{self, Cache, Options};
use silkpress::project::Project;
use silkpress::render::pdf::PdfStandard;
use silkpress::render::Format;

use common::{copy_dir, repo};

fn options() -> Options {
    Options {
        formats: vec![Format::Html, Format::Pdf],
        pdf_standard: PdfStandard::default(),
        created: 0,
        index: false,
        switcher: false,
    }
}

fn bytes(out: &build::Outcome) -> Vec<Vec<u8>> {
    assert!(!out.has_errors(), "{:?}", out.diagnostics);
    out.artifacts.iter().map(|a| a.bytes.clone()).collect()
}

#[test]
fn a_cached_rebuild_after_an_edit_equals_a_fresh_build() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("templates"), &dir.path().join("templates"));
    copy_dir(&repo().join("tests/fixtures/html/mini"), dir.path());
    copy_dir(&repo().join("fonts"), &dir.path().join("fonts"));
    let tags = ["ru".to_string()];
    let mut cache = Cache::default();

    let project = Project::load(dir.path()).unwrap();
    let first = bytes(&build::build_cached(
        &project,
        &tags,
        &options(),
        &mut cache,
    ));
    assert_eq!(first, bytes(&build::build(&project, &tags, &options())));
    let held = cache.paragraphs("ru");
    assert!(held > 0, "nothing cached");
    assert!(
        !cache.pages("ru").is_empty(),
        "no message located in the PDF"
    );

    // One paragraph edited on disk.
    let file = dir.path().join("locales/ru/body.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let edited = text.replace("Живу в <i>доме</i>", "Живу теперь в другом <i>доме</i>");
    assert_ne!(text, edited);
    std::fs::write(&file, edited).unwrap();
    let project = Project::load(dir.path()).unwrap();
    let second = bytes(&build::build_cached(
        &project,
        &tags,
        &options(),
        &mut cache,
    ));
    let fresh = bytes(&build::build(&project, &tags, &options()));
    assert_eq!(
        second, fresh,
        "the cached rebuild differs from a fresh build"
    );
    assert_ne!(second, first, "the edit did not change the editions");
    // The old text of the edited paragraph is dropped, the new one kept.
    assert_eq!(cache.paragraphs("ru"), held);
}
