//! Benchmark of the layout step of `silkpress serve`'s rebuilds: each locale laid out
//! after a one-paragraph edit (alternately two versions of the first paragraph of the
//! third chapter), its typeset paragraphs cached as every rebuild has them, with the
//! body placed from the first page (a [`LayoutCache`] that keeps no placement) and
//! resumed from the start of the edited chapter (one that does,
//! [`LayoutCache::keeping_placement`]). Prints the median and minimum of each, in ms,
//! with the body pages the resumed layout placed, and the time to render the PDF of the
//! same document for scale. Fails when the two layouts differ.
//!
//! Run from the project root:
//! `cargo build --release --features bench-bins --bins && target/release/bench_place [runs]`

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use silkpress::doc::Block;
use silkpress::l10n::Report;
use silkpress::layout::{self, FontBook, LayoutCache, Style};
use silkpress::project::Project;

/// Median and minimum (ms).
fn median(mut v: Vec<f64>) -> (f64, f64) {
    v.sort_by(f64::total_cmp);
    (v[v.len() / 2], v[0])
}

/// `report` with the first paragraph of its third chapter (or its last, in a shorter
/// report) ending in `marker`.
fn edited(report: &Report, marker: &str) -> Option<Report> {
    let mut doc = report.doc.clone();
    let c = 2.min(doc.chapters.len().checked_sub(1)?);
    let t = doc.chapters[c].blocks.iter_mut().find_map(|b| match b {
        Block::Paragraph(t) => Some(t),
        _ => None,
    })?;
    t.content.runs.last_mut()?.text.push_str(marker);
    Some(Report {
        doc,
        ui: report.ui.clone(),
        formatter: report.formatter.clone(),
    })
}

fn bench(root: &Path, tag: &str, runs: usize) -> Result<(), String> {
    let fail = |e: Vec<silkpress::diag::Diagnostic>| format!("{tag}: {e:?}");
    let project = Project::load(root).map_err(|e| format!("{e:?}"))?;
    let style = Style::load(root).map_err(fail)?;
    let book = FontBook::load(root, &style).map_err(fail)?;
    let report = silkpress::l10n::resolve(&project, tag)
        .map_err(fail)?
        .output;
    let versions: Vec<Report> = [" 7100001", " 7100002"]
        .iter()
        .filter_map(|m| edited(&report, m))
        .collect();
    if versions.len() != 2 {
        return Err(format!("{tag}: no paragraph to edit"));
    }
    let locale = &report.doc.locale;
    let fresh = LayoutCache::new(locale);
    let resuming = LayoutCache::new(locale).keeping_placement();
    for cache in [&fresh, &resuming] {
        layout::layout_cached(&report, &style, &book, cache).map_err(fail)?;
    }
    let (mut first, mut resumed, mut render) = (Vec::new(), Vec::new(), Vec::new());
    let ms = |t: Instant| t.elapsed().as_secs_f64() * 1000.0;
    for i in 0..runs * 2 {
        let r = &versions[i % 2];
        let t = Instant::now();
        let a = layout::layout_cached(r, &style, &book, &fresh).map_err(fail)?;
        first.push(ms(t));
        let t = Instant::now();
        let b = layout::layout_cached(r, &style, &book, &resuming).map_err(fail)?;
        resumed.push(ms(t));
        if a.output != b.output {
            return Err(format!("{tag}: the resumed layout differs"));
        }
        let t = Instant::now();
        silkpress::render::pdf::pdf(&b.output, &book, &Default::default())
            .map_err(fail)?;
        render.push(ms(t));
    }
    let stats = resuming.placement().unwrap_or_default();
    let [(fm, fn_), (rm, rn), (pm, pn)] = [first, resumed, render].map(median);
    println!(
        "{tag:<6} {fm:>8.2} {fn_:>7.2} {rm:>8.2} {rn:>7.2} {:>6} of {:<4} {pm:>8.1} {pn:>7.1}",
        stats.placed, stats.pages
    );
    Ok(())
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let runs = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    let mut tags: Vec<String> = args.collect();
    if tags.is_empty() {
        tags = ["en", "zh-CN", "ru", "fa"].map(String::from).to_vec();
    }
    println!(
        "layout after a one-paragraph edit in the third chapter, ms over {} layouts: \
         first = body placed from the first page; resumed = from the edited chapter's start",
        runs * 2
    );
    println!(
        "locale first med   min  resumed med  min  pages placed  render pdf med  min"
    );
    let root = Path::new(".");
    let mut ok = true;
    for tag in &tags {
        if let Err(e) = bench(root, tag, runs) {
            eprintln!("bench_place: {e}");
            ok = false;
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
