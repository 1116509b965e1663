//! Benchmark of scale: how the PDF build's time and peak memory grow with the page count.
//! It generates projects whose English report is the repository's report with its
//! chapters repeated (distinct message IDs, so every heading is its own contents entry:
//! see `common/bigdoc.rs`) to about 100, 1,000 and 10,000 pages, builds each with the
//! release `silkpress` beside this binary (`build --locale en --format pdf`, a fresh
//! process, peak resident memory from `/usr/bin/time -v`), and prints pages, wall time,
//! peak memory and memory per page against the goal: a 1,000-page document under
//! 100 MB peak. It fails when a build fails or the goal is missed.
//!
//! Run from the project root:
//! `cargo build --release --features bench-bins --bins && target/release/bench_scale
//! [--html] [pages…]` (`--html` also builds each document's HTML edition);
//! `bench_scale --generate DIR COPIES` only writes the project of `COPIES` copies.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[path = "common/bigdoc.rs"]
mod bigdoc;
mod common;

/// The goal: a document of this many pages …
const GOAL_PAGES: usize = 1_000;
/// … builds under this peak resident memory (MiB).
const GOAL_MIB: f64 = 100.0;

/// One build measured.
struct Measured {
    pages: usize,
    wall_s: f64,
    cpu_s: f64,
    rss_mib: f64,
    bytes: u64,
}

/// Builds the project in `dir` in `format` into `out` and measures it.
fn measure(bin: &Path, dir: &Path, format: &str, out: &str) -> Result<Measured, String> {
    let args = ["build", "--locale", "en", "--format", format, "-o", out];
    let run = common::run(bin, dir, &args)
        .map_err(|e| format!("failed to run {bin:?} ({e})"))?;
    if !run.output.status.success() {
        let stderr = String::from_utf8_lossy(&run.output.stderr);
        let head: Vec<&str> = stderr.lines().take(30).collect();
        return Err(format!(
            "`silkpress {}` in {} failed:\n{}",
            args.join(" "),
            dir.display(),
            head.join("\n")
        ));
    }
    let bytes = std::fs::read(dir.join(out))
        .map_err(|e| format!("failed to read {} ({e})", dir.join(out).display()))?;
    let pages = if format == "pdf" {
        bigdoc::pdf_pages(&bytes).ok_or("the PDF has no page tree")?
    } else {
        0
    };
    Ok(Measured {
        pages,
        wall_s: run.wall.as_secs_f64(),
        cpu_s: run.cpu_ms.map_or(f64::NAN, |c| c / 1000.0),
        rss_mib: run.rss_kb.map_or(f64::NAN, |k| k as f64 / 1024.0),
        bytes: bytes.len() as u64,
    })
}

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("bench_scale: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<bool, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, dir, copies] = args.as_slice() {
        if flag == "--generate" {
            let copies = copies
                .parse()
                .map_err(|_| format!("not a count: {copies}"))?;
            let repo = std::env::current_dir().map_err(|e| e.to_string())?;
            bigdoc::generate(&repo, Path::new(dir), copies)
                .map_err(|e| format!("failed to generate {dir} ({e})"))?;
            return Ok(true);
        }
    }
    let mut html = false;
    let mut targets: Vec<usize> = Vec::new();
    for a in std::env::args().skip(1) {
        if a == "--html" {
            html = true;
        } else {
            targets.push(a.parse().map_err(|_| format!("not a page count: {a}"))?);
        }
    }
    if targets.is_empty() {
        targets = vec![100, 1_000, 10_000];
    }
    let bin = common::silkpress_beside_me()
        .ok_or("build the release binaries first: cargo build --release --bins")?;
    let repo = std::env::current_dir().map_err(|e| e.to_string())?;
    if !repo.join("templates/report.toml").is_file() {
        return Err("run from the project root".into());
    }
    let tmp =
        std::env::temp_dir().join(format!("silkpress-scale-{}", std::process::id()));
    let result = bench(&bin, &repo, &tmp, &targets, html);
    let _ = std::fs::remove_dir_all(&tmp);
    result
}

fn bench(
    bin: &Path,
    repo: &Path,
    tmp: &Path,
    targets: &[usize],
    html: bool,
) -> Result<bool, String> {
    let io = |e: std::io::Error| {
        format!("failed to generate a project in {} ({e})", tmp.display())
    };
    // One copy of the body, to know how many pages a copy takes.
    let one: PathBuf = tmp.join("1");
    bigdoc::generate(repo, &one, 1).map_err(io)?;
    let unit = measure(bin, &one, "pdf", "report.pdf")?.pages.max(1);
    println!("one copy of the English report's chapters: {unit} pages");
    println!(
        "{:>8} {:>7} {:>10} {:>9} {:>10} {:>9} {:>10}",
        "copies", "pages", "wall (s)", "CPU (s)", "peak MiB", "KiB/page", "PDF MiB"
    );
    let mut ok = true;
    let mut first: Option<Measured> = None;
    for &target in targets {
        let copies = (target as f64 / unit as f64).round().max(1.0) as usize;
        let dir = tmp.join(copies.to_string());
        bigdoc::generate(repo, &dir, copies).map_err(io)?;
        let m = measure(bin, &dir, "pdf", "report.pdf")?;
        let per_page = match &first {
            Some(f) if m.pages > f.pages => format!(
                "{:.1}",
                (m.rss_mib - f.rss_mib) * 1024.0 / (m.pages - f.pages) as f64
            ),
            _ => "-".into(),
        };
        println!(
            "{copies:>8} {:>7} {:>10.2} {:>9.2} {:>10.1} {per_page:>9} {:>10.1}",
            m.pages,
            m.wall_s,
            m.cpu_s,
            m.rss_mib,
            m.bytes as f64 / (1 << 20) as f64
        );
        if html {
            let h = measure(bin, &dir, "html", "report.html")?;
            println!(
                "{:>8} {:>7} {:>10.2} {:>9.2} {:>10.1} {:>9} {:>10.1}  (HTML)",
                "",
                "",
                h.wall_s,
                h.cpu_s,
                h.rss_mib,
                "",
                h.bytes as f64 / (1 << 20) as f64
            );
        }
        if m.pages.abs_diff(GOAL_PAGES) * 5 < GOAL_PAGES && m.rss_mib >= GOAL_MIB {
            println!(
                "goal missed: {} pages took {:.1} MiB (goal: {GOAL_PAGES} pages under \
                 {GOAL_MIB} MiB)",
                m.pages, m.rss_mib
            );
            ok = false;
        }
        let _ = std::fs::remove_dir_all(&dir);
        if first.is_none() {
            first = Some(m);
        }
    }
    Ok(ok)
}
