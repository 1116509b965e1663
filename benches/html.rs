//! Benchmark of the HTML editions: every locale of the repository's report, with subset
//! WOFF2 fonts, as `silkpress build --all --format html` makes them.
//!
//! Run with `cargo bench --bench html` (release profile). Prints, over 15 runs, the
//! median and fastest wall time of
//! - the whole command as a process (load, resolve, subset fonts, render, write files),
//! - the in-process stages: load project and fonts, resolve all locales, render all pages.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use silkpress::fonts::FontBook;
use silkpress::l10n;
use silkpress::project::Project;
use silkpress::render::html::{self, HtmlOptions, Sibling, Templates};

const RUNS: usize = 15;

fn stats(mut times: Vec<Duration>) -> String {
    times.sort();
    format!(
        "median {:>6.1} ms   fastest {:>6.1} ms",
        times[times.len() / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3
    )
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("silkpress HTML benchmark: {RUNS} runs, {cores} cores");

    // The command as a user runs it, in a scratch output directory.
    let scratch =
        std::env::temp_dir().join(format!("silkpress-bench-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    let mut process = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        let o = Command::new(env!("CARGO_BIN_EXE_silkpress"))
            .args([
                "--root",
                root.to_str().unwrap(),
                "build",
                "--all",
                "--format",
                "html",
            ])
            .current_dir(&scratch)
            .output()
            .unwrap();
        process.push(t.elapsed());
        assert!(
            o.status.success(),
            "build failed:\n{}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let mut sizes = Vec::new();
    for e in std::fs::read_dir(scratch.join("out")).unwrap() {
        let e = e.unwrap();
        sizes.push((
            e.file_name().to_string_lossy().into_owned(),
            e.metadata().unwrap().len(),
        ));
    }
    sizes.sort();
    let _ = std::fs::remove_dir_all(&scratch);
    println!("build --all --format html (process)   {}", stats(process));

    let (mut load, mut resolve, mut render) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..RUNS {
        let t = Instant::now();
        let project = Project::load(root).unwrap_or_else(|d| panic!("{d:?}"));
        let templates = Templates::read(root).unwrap();
        let style = silkpress::layout::Style::load(root).unwrap();
        let fonts = FontBook::load(root, &style).unwrap();
        load.push(t.elapsed());

        let t = Instant::now();
        let reports: Vec<_> = project
            .locales
            .iter()
            .filter_map(|l| l10n::resolve(&project, &l.locale.tag).ok())
            .map(|w| w.output)
            .collect();
        resolve.push(t.elapsed());

        let siblings: Vec<Sibling> = reports
            .iter()
            .map(|r| Sibling {
                locale: r.doc.locale.clone(),
                name: r.ui.language_name.clone(),
                href: format!("report.{}.html", r.doc.locale.tag),
            })
            .collect();
        let t = Instant::now();
        // As the CLI does: pages rendered in parallel over the cores.
        let pages: Vec<usize> = reports
            .par_iter()
            .map(|r| {
                let options = HtmlOptions {
                    subsets: None,
                    templates: &templates,
                    siblings: &siblings,
                    fonts: Some(&fonts),
                };
                html::html(r, &options).unwrap().len()
            })
            .collect();
        std::hint::black_box(pages);
        render.push(t.elapsed());
    }
    println!("  load project, templates, fonts      {}", stats(load));
    println!("  resolve every locale                {}", stats(resolve));
    println!("  render every page (subset + WOFF2)  {}", stats(render));
    for (name, len) in sizes {
        println!("  {name:<22} {:>8.1} KB", len as f64 / 1024.0);
    }
}
