//! Benchmark of the PDF edition: the whole report, from the project on disk (style and
//! fonts read afresh every run) to PDF bytes in memory, per locale and for all locales
//! in parallel. Reports the median and minimum wall time, the PDF size and the
//! process's peak resident memory (`VmHWM`).
//!
//! Run from the project root with a release build:
//! `cargo run --release --bin bench_pdf -- [runs] [locale…]`
//! (each locale in a fresh process gives the cleanest peak-memory figure).

use std::path::Path;
use std::time::{Duration, Instant};

use silkpress::l10n;
use silkpress::layout::{self, FontBook, Style};
use silkpress::project::Project;
use silkpress::render::pdf::{pdf, PdfOptions, PdfStandard, DEFAULT_EPOCH};

/// The allocator of the `silkpress` binary, so that time and memory are the CLI's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// One full build of one locale: style, fonts, resolve, layout, PDF.
fn build(project: &Project, root: &Path, tag: &str) -> Result<usize, String> {
    let stages = std::env::var_os("BENCH_STAGES").is_some();
    let t = Instant::now();
    let style = Style::load(root).map_err(|e| format!("{e:?}"))?;
    let book = FontBook::new(root, &style).map_err(|e| format!("{e:?}"))?;
    let report = l10n::resolve(project, tag)
        .map_err(|e| format!("{e:?}"))?
        .output;
    let t_resolve = t.elapsed();
    let doc = layout::layout(&report, &style, &book)
        .map_err(|e| format!("{e:?}"))?
        .output;
    let t_layout = t.elapsed();
    let opts = PdfOptions {
        standard: PdfStandard::Pdf17,
        created: DEFAULT_EPOCH,
    };
    let n = pdf(&doc, &book, &opts)
        .map(|b| b.len())
        .map_err(|e| format!("{e:?}"))?;
    if stages {
        eprintln!(
            "{tag}: resolve {:.1} ms, layout {:.1} ms, pdf {:.1} ms",
            ms(t_resolve),
            ms(t_layout - t_resolve),
            ms(t.elapsed() - t_layout)
        );
    }
    Ok(n)
}

/// Peak resident set size of this process in MiB (Linux), if known.
fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// CPU time used by this process so far (all threads), in ms (Linux; 10 ms ticks).
fn cpu_ms() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks * 10.0)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    let mut tags: Vec<String> = args.collect();
    let root = Path::new(".");
    let project = match Project::load(root) {
        Ok(p) => p,
        Err(e) => {
            eprintln!(
                "error: failed to load the project ({e:?}); run from the project root"
            );
            return std::process::ExitCode::from(2);
        }
    };
    let all = tags.is_empty();
    if all {
        tags = project
            .locales
            .iter()
            .map(|l| l.locale.tag.clone())
            .collect();
    }
    println!(
        "{:<8} {:>10} {:>10} {:>12} {:>10}",
        "locale", "median ms", "min ms", "CPU ms/run", "PDF KB"
    );
    for tag in &tags {
        let mut times = Vec::with_capacity(runs);
        let mut size = 0;
        let cpu0 = cpu_ms();
        for _ in 0..runs {
            let t = Instant::now();
            match build(&project, root, tag) {
                Ok(n) => size = n,
                Err(e) => {
                    eprintln!("error: {tag}: {e}");
                    return std::process::ExitCode::from(1);
                }
            }
            times.push(t.elapsed());
        }
        times.sort();
        let cpu = match (cpu0, cpu_ms()) {
            (Some(a), Some(b)) => (b - a) / runs as f64,
            _ => f64::NAN,
        };
        println!(
            "{tag:<8} {:>10.1} {:>10.1} {:>12.1} {:>10.0}",
            ms(times[times.len() / 2]),
            ms(times[0]),
            cpu,
            size as f64 / 1024.0
        );
    }
    if all && tags.len() > 1 {
        let mut times = Vec::with_capacity(runs);
        for _ in 0..runs {
            let t = Instant::now();
            std::thread::scope(|s| {
                for tag in &tags {
                    let project = &project;
                    s.spawn(move || build(project, root, tag));
                }
            });
            times.push(t.elapsed());
        }
        times.sort();
        println!(
            "{:<8} {:>10.1} {:>10.1}",
            "all ∥",
            ms(times[times.len() / 2]),
            ms(times[0])
        );
    }
    if let Some(p) = peak_mib() {
        println!("peak RSS {p:.1} MiB");
    }
    std::process::ExitCode::SUCCESS
}
