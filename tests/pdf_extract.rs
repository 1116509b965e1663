//! Text copied out of the PDF editions reads as the messages: with poppler's `pdftotext`
//! in logical order, right-to-left Persian included, the Chinese text exactly (no space
//! read into the Han–Latin gap), and with MuPDF (which reads only ToUnicode, never
//! ActualText) Persian words separated by spaces, not ZWNJ. Needs poppler-utils and
//! mupdf-tools, so it is ignored under plain `cargo test` and run by `.ci/run`
//! (`cargo test --test pdf_extract -- --ignored`).

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
    let dir = tempfile::tempdir().unwrap();
    let pdf = build(tag, dir.path());
    pdftotext(&pdf, &[])
}

/// Builds a locale's PDF into `dir`.
fn build(tag: &str, dir: &Path) -> std::path::PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let pdf = dir.join("r.pdf");
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
    pdf
}

/// The text of a PDF as pdftotext reads it, with extra arguments.
fn pdftotext(pdf: &Path, args: &[&str]) -> String {
    let o = Command::new("pdftotext")
        .args(args)
        .arg(pdf)
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

/// Whether a character sits on the Chinese grid (no space between it and its neighbour
/// when a line breaks there): ideographs, kana, CJK and full-width punctuation.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FE30}'..='\u{FE4F}' | '\u{FF00}'..='\u{FFEF}' | '\u{20000}'..='\u{3FFFF}')
        || matches!(c, '“' | '”' | '‘' | '’' | '—' | '…' | '·')
}

/// Lines joined as the typesetter broke them: nothing where a Chinese character meets
/// the break, one space elsewhere (the space the line break replaced); and a run of
/// spaces read as one (poppler writes two for the em-wide U+3000). The only
/// normalisation of the extracted text: a space inside a line is kept as read.
fn join_lines<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for line in lines.map(str::trim).filter(|l| !l.is_empty()) {
        let line = line
            .split(' ')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>();
        let line = line.join(" ");
        let before = out.chars().last();
        let after = line.chars().next();
        if let (Some(b), Some(a)) = (before, after) {
            if !is_cjk(b) && !is_cjk(a) {
                out.push(' ');
            }
        }
        out.push_str(&line);
    }
    out
}

/// A message as the typesetter sets it: bidi controls (never drawn) dropped, white space
/// collapsed, and a source line break between two Chinese characters removed (itemize).
/// The ideographic space U+3000 (第一章　中国) becomes a space: poppler reads every
/// white-space glyph as a word break and writes a plain space.
fn as_set(message: &str) -> String {
    let message: String = message
        .chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .map(|c| if c == '\u{3000}' { ' ' } else { c })
        .collect();
    join_lines(message.lines())
}

/// The body text of a PDF in content order (`-raw`: the order the lines are drawn),
/// every page cropped to the text area (no running heads or page numbers), its lines
/// joined ([`join_lines`]).
fn body_text(pdf: &Path) -> String {
    // Text area of templates/style.toml: 72 pt margins; the running head sits 22 pt
    // above it, the page number 30 pt below.
    let crop = ["-raw", "-x", "0", "-y", "60", "-W", "596", "-H", "730"];
    let text = pdftotext(pdf, &crop);
    join_lines(text.lines().map(|l| l.trim_matches('\u{c}')))
}

/// Every heading, paragraph, quotation and list item of the Chinese edition extracts
/// exactly as its message: "2024年", never "2024 年" (the ¼ em Han–Latin gap is part of
/// the glyph's width, not a gap an extractor reads as a space). Normalised: only line
/// and page breaks (see [`join_lines`]) and the message's white space ([`as_set`]).
#[test]
#[ignore = "needs pdftotext (poppler-utils); run by .ci/run"]
fn chinese_text_extracts_exactly_as_the_messages() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = build("zh-CN", dir.path());
    let text = body_text(&pdf);
    assert!(!text.contains("2024 年") && text.contains("2024年"));
    let project = Project::load(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let report = l10n::resolve(&project, "zh-CN").unwrap().output;
    let mut checked = 0;
    for (_, t) in report.doc.body_texts() {
        let want = as_set(&t.content.to_plain());
        if want.is_empty() {
            continue;
        }
        if !text.contains(&want) {
            // Show where it parts from the closest match: the longest prefix found.
            let chars: Vec<char> = want.chars().collect();
            let n = (1..=chars.len())
                .take_while(|&n| text.contains(&chars[..n].iter().collect::<String>()))
                .last()
                .unwrap_or(0);
            let found: String = chars[..n].iter().collect();
            let at = text.find(&found).unwrap_or(0) + found.len();
            let got: String = text[at..].chars().take(20).collect();
            let rest: String = chars[n..].iter().take(20).collect();
            panic!("{}: after {found:?}\n  want {rest:?}\n  got  {got:?}", t.id);
        }
        checked += 1;
    }
    assert!(checked > 100, "only {checked} texts checked");
}

/// Whether `c` is an Arabic combining mark.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

/// The lam-alef ligature as poppler reads it: its two letters reversed (the glyph's
/// ToUnicode string is logical; poppler reorders it as if it were visual).
fn lam_alef(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = c.clone();
    let mut i = 0;
    while i + 1 < c.len() {
        if c[i] == 'ل' && matches!(c[i + 1], 'ا' | 'أ' | 'إ' | 'آ') {
            out.swap(i, i + 1);
            i += 2;
        } else {
            i += 1;
        }
    }
    out.into_iter().collect()
}

/// The lines of a PDF's text area as MuPDF reads them (`mutool draw -F stext`): each a
/// string of its characters in drawing (visual, left to right) order.
fn mupdf_lines(pdf: &Path) -> Vec<String> {
    let o = Command::new("mutool")
        .args(["draw", "-q", "-F", "stext", "-o", "-"])
        .arg(pdf)
        .output()
        .expect("mutool (mupdf-tools) is needed");
    assert!(o.status.success());
    let xml = String::from_utf8(o.stdout).unwrap();
    let mut lines = Vec::new();
    for part in xml.split("<line ").skip(1) {
        let bbox: Vec<f32> = attr(&format!(" {part}"), "bbox")
            .split(' ')
            .filter_map(|v| v.parse().ok())
            .collect();
        // The text area only (see `body_text`): no running heads, no page numbers.
        if bbox.len() != 4 || bbox[1] < 60.0 || bbox[3] > 790.0 {
            continue;
        }
        let body = part.split("</line>").next().unwrap_or("");
        let line: String = body
            .split("<char ")
            .skip(1)
            .map(|c| unescape(attr(c, "c")))
            .collect();
        lines.push(line);
    }
    lines
}

/// The value of attribute `name` in the start of an XML tag.
fn attr<'a>(tag: &'a str, name: &str) -> &'a str {
    let key = format!(" {name}=\"");
    let from = tag.find(&key).map_or(tag.len(), |i| i + key.len());
    let rest = &tag[from..];
    &rest[..rest.find('"').unwrap_or(rest.len())]
}

/// XML character references and the five entities.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let end = rest[i..].find(';').map_or(rest.len(), |j| i + j);
        let ent = &rest[i + 1..end];
        let c = match ent {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => ent
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| ent.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        out.extend(c);
        rest = &rest[(end + 1).min(rest.len())..];
    }
    out.push_str(rest);
    out
}

/// A visual right-to-left line back in logical order: the bidi algorithm's reordering
/// applied to it (which undoes itself on such lines: Persian runs reversed, numbers and
/// Latin left to right), a mark put back after its base.
fn logical(visual: &str) -> String {
    use unicode_bidi::{BidiInfo, Level};
    let info = BidiInfo::new(visual, Some(Level::rtl()));
    let line = info
        .paragraphs
        .iter()
        .map(|p| info.reorder_line(p, p.range.clone()).into_owned())
        .collect::<String>();
    let mut c: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i + 1 < c.len() {
        if is_mark(c[i]) && !is_mark(c[i + 1]) && c[i + 1] != ' ' {
            c.swap(i, i + 1);
            i += 2;
        } else {
            i += 1;
        }
    }
    c.into_iter().collect()
}

/// Whether a word is Persian letters only (and ZWNJ): no marks, digits or punctuation,
/// which the extractors place by rules of their own.
fn plain_persian(word: &str) -> bool {
    !word.is_empty()
        && word.chars().all(|c| {
            c == '\u{200C}' || (('\u{0621}'..='\u{06D3}').contains(&c) && !is_mark(c))
        })
}

/// Every two neighbouring Persian words of a paragraph extract with a space between
/// them, and each word with its own ZWNJs: with MuPDF, which reads only the fonts'
/// ToUnicode maps, never ActualText (the space glyph used to map to U+200C, so MuPDF
/// joined every word of a line with ZWNJs), and with poppler. Compared on pairs of plain words (letters and ZWNJ only); normalised:
/// MuPDF's visual lines put back in logical order ([`logical`]), lines joined
/// ([`join_lines`]), the lam-alef ligature's letters as MuPDF reads them ([`lam_alef`]).
#[test]
#[ignore = "needs mutool (mupdf-tools) and pdftotext (poppler-utils); run by .ci/run"]
fn persian_words_extract_with_spaces_in_mupdf_and_poppler() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = build("fa", dir.path());
    let lines: Vec<String> = mupdf_lines(&pdf).iter().map(|l| logical(l)).collect();
    let mupdf = join_lines(lines.iter().map(String::as_str));
    // pdftotext reads logical order itself (it adds bidi controls, dropped here).
    let crop = ["-x", "0", "-y", "60", "-W", "596", "-H", "730"];
    let poppler: String = pdftotext(&pdf, &crop)
        .chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'))
        .collect();
    let poppler = join_lines(poppler.lines().map(|l| l.trim_matches('\u{c}')));
    let project = Project::load(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let report = l10n::resolve(&project, "fa").unwrap().output;
    let (mut pairs, mut zwnj) = (0, 0);
    for (_, t) in report.doc.body_texts() {
        let want = lam_alef(&as_set(&t.content.to_plain()));
        let words: Vec<&str> = want.split(' ').collect();
        for w in words.windows(2) {
            if !(plain_persian(w[0]) && plain_persian(w[1])) {
                continue;
            }
            let spaced = format!("{} {}", w[0], w[1]);
            for (tool, text) in [("mutool", &mupdf), ("pdftotext", &poppler)] {
                assert!(
                    text.contains(&spaced),
                    "{}: {tool}: {spaced:?} not found",
                    t.id
                );
            }
            pairs += 1;
            zwnj += w[0].matches('\u{200C}').count();
        }
    }
    assert!(
        pairs > 2000 && zwnj > 100,
        "only {pairs} pairs, {zwnj} ZWNJs compared"
    );
}
