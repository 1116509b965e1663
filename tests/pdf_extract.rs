//! Text copied out of the PDF editions with poppler's `pdftotext` reads in logical order,
//! right-to-left Persian included. Needs poppler-utils, so it is ignored under plain
//! `cargo test` and run by `.ci/run` (`cargo test --test pdf_extract -- --ignored`).

use std::path::Path;
use std::process::Command;

use silkpress::l10n;
use silkpress::project::Project;

/// Drops the bidi controls poppler inserts and folds white space.
fn normalize(text: &str, keep_spaces: bool) -> String {
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect();
    let sep = if keep_spaces { " " } else { "" };
    text.split_whitespace().collect::<Vec<_>>().join(sep)
}

/// Builds a locale's PDF and extracts its text with pdftotext.
fn extract(tag: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("r.pdf");
    let o = Command::new(env!("CARGO_BIN_EXE_silkpress"))
        .args([
            "--root",
            root.to_str().unwrap(),
            "build",
            "--locale",
            tag,
            "--format",
            "pdf",
            "-o",
        ])
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed");
    assert!(o.status.success());
    String::from_utf8(o.stdout).unwrap()
}

/// The plain text of some body paragraphs of a locale.
fn paragraphs(tag: &str, ids: &[&str]) -> Vec<String> {
    let project = Project::load(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let report = l10n::resolve(&project, tag).unwrap().output;
    ids.iter()
        .map(|id| {
            let (_, t) = report
                .doc
                .body_texts()
                .into_iter()
                .find(|(_, t)| t.id == *id)
                .unwrap();
            t.content.to_plain()
        })
        .collect()
}

/// Poppler reverses the two letters of a lam-alef ligature glyph (its ToUnicode string is
/// logical, poppler treats it as visual), so windows with one are not compared.
fn has_lam_alef(word: &str) -> bool {
    let c: Vec<char> = word.chars().collect();
    c.windows(2)
        .any(|w| w[0] == 'ل' && matches!(w[1], 'ا' | 'أ' | 'إ' | 'آ'))
}

/// Letters only: poppler also puts an Arabic combining mark before its base and a space
/// before a comma that follows a right-to-left word, so marks and spaces are not compared.
fn letters(text: &str) -> String {
    normalize(text, false)
        .chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}'))
        .collect()
}

#[test]
#[ignore = "needs pdftotext (poppler-utils); run by .ci/run"]
fn persian_text_extracts_in_logical_order() {
    let text = letters(&extract("fa"));
    let ids = ["foreword-p1", "ch1-s1-p4", "ch2-s2-p2", "conclusion-p3"];
    for (id, para) in ids.iter().zip(paragraphs("fa", &ids)) {
        let chars: Vec<char> = letters(&para).chars().collect();
        let mut checked = 0;
        for start in (0..chars.len().saturating_sub(24)).step_by(24) {
            let want: String = chars[start..start + 24].iter().collect();
            // A ligature straddling the window's edge is reversed too: look one further.
            let around: String =
                chars[start.saturating_sub(1)..start + 25].iter().collect();
            if has_lam_alef(&around) {
                continue;
            }
            assert!(
                text.contains(&want),
                "{id}: {want:?} not found in logical order"
            );
            checked += 1;
        }
        assert!(checked >= 3, "{id}: only {checked} windows compared");
    }
}

#[test]
#[ignore = "needs pdftotext (poppler-utils); run by .ci/run"]
fn chinese_text_extracts_in_order() {
    let text = normalize(&extract("zh-CN"), false);
    let ids = ["foreword-p1", "ch1-s2-p4", "conclusion-p3"];
    for (id, para) in ids.iter().zip(paragraphs("zh-CN", &ids)) {
        let chars: Vec<char> = normalize(&para, false).chars().collect();
        for window in chars.chunks(20).filter(|w| w.len() == 20) {
            let want: String = window.iter().collect();
            assert!(text.contains(&want), "{id}: {want:?} not found");
        }
    }
}
