//! Benchmark of the PDF edition, as a publisher runs it: the release `silkpress` binary
//! beside this one, started afresh for every build (`build --locale L --format pdf`), so
//! process start, reading the locale and the fonts, and writing the file all count.
//! Reports, per locale and for `build --all`, the median and minimum wall time, the
//! median CPU time, the peak resident memory (from `/usr/bin/time -v` when present) and
//! the PDF size.
//!
//! With `--stages`, it instead builds in this process and prints the time of each
//! pipeline stage (resolve, layout, PDF) per run, for profiling; those runs are warm
//! (allocator, page cache and thread pool already set up) and so faster than the CLI's.
//!
//! With `--typst`, it sets each locale's text in Typst too (`scripts/typst_compare.py`
//! writes the Typst source: same fonts, size, leading and measure; needs Python's `typst`
//! package) and times, in turn, the silkpress CLI's build and Typst's compile of that
//! source in a fresh Python process — Typst's time taken inside the process, after its
//! import, so Python's start does not count against it — and prints the medians and
//! ratios. Typst compiles two documents: the plain text, and the same with the contents
//! page and running heads silkpress's edition has (`typst_compare.py --furniture`), so
//! the second ratio compares the same work.
//!
//! Run from the project root:
//! `cargo build --release --bins && target/release/bench_pdf [--stages|--typst] [runs]
//! [locale…]`

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use silkpress::l10n;
use silkpress::layout::{self, FontBook, Style};
use silkpress::project::Project;
use silkpress::render::pdf::{pdf, PdfOptions, PdfStandard, DEFAULT_EPOCH};

mod common;

/// The allocator of the `silkpress` binary, so that `--stages` times are the CLI's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Runs `silkpress` with `args` in `dir` (outputs land there); an error if it fails.
fn run_cli(bin: &Path, dir: &Path, args: &[&str]) -> Result<common::Run, String> {
    let run = common::run(bin, dir, args)
        .map_err(|e| format!("failed to run {bin:?} ({e})"))?;
    if !run.output.status.success() {
        let stderr = String::from_utf8_lossy(&run.output.stderr);
        return Err(format!("`silkpress {}` failed:\n{stderr}", args.join(" ")));
    }
    Ok(run)
}

/// Runs the CLI `runs` times and prints one row of the table.
fn bench_cli(
    bin: &Path,
    dir: &Path,
    label: &str,
    args: &[&str],
    output: Option<&Path>,
    runs: usize,
) -> Result<(), String> {
    let mut measured = Vec::with_capacity(runs);
    for _ in 0..runs {
        measured.push(run_cli(bin, dir, args)?);
    }
    let mut walls: Vec<Duration> = measured.iter().map(|r| r.wall).collect();
    walls.sort();
    let mut cpus: Vec<f64> = measured.iter().filter_map(|r| r.cpu_ms).collect();
    cpus.sort_by(f64::total_cmp);
    let rss = measured.iter().filter_map(|r| r.rss_kb).max();
    let size = output
        .and_then(|p| std::fs::metadata(dir.join(p)).ok())
        .map(|m| format!("{:.0}", m.len() as f64 / 1024.0));
    println!(
        "{label:<8} {:>10.1} {:>10.1} {:>12} {:>10} {:>10}",
        ms(walls[walls.len() / 2]),
        ms(walls[0]),
        cpus.get(cpus.len() / 2)
            .map_or("n/a".into(), |c| format!("{c:.0}")),
        rss.map_or("n/a".into(), |k| format!("{:.1}", k as f64 / 1024.0)),
        size.unwrap_or_default(),
    );
    Ok(())
}

/// One in-process build of one locale, printing the time of each stage.
fn build_stages(project: &Project, root: &Path, tag: &str) -> Result<Duration, String> {
    let t = Instant::now();
    let style = Style::load(root).map_err(|e| format!("{e:?}"))?;
    let book = FontBook::load(root, &style).map_err(|e| format!("{e:?}"))?;
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
    pdf(&doc, &book, &opts).map_err(|e| format!("{e:?}"))?;
    let total = t.elapsed();
    println!(
        "{tag}: resolve {:.1} ms, layout {:.1} ms, pdf {:.1} ms, total {:.1} ms",
        ms(t_resolve),
        ms(t_layout - t_resolve),
        ms(total - t_layout),
        ms(total)
    );
    Ok(total)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Compiles a Typst source (argv 1) to a PDF (argv 2) with the fonts of a directory
/// (argv 3) only, and prints the milliseconds the compile took.
const TYPST_ONCE: &str = "import sys, time, typst
t = time.perf_counter()
typst.compile(sys.argv[1], output=sys.argv[2], font_paths=[sys.argv[3]], ignore_system_fonts=True)
print((time.perf_counter() - t) * 1000)
";

/// Writes the Typst source of `tag` into `dir` (`scripts/typst_compare.py`, with
/// `--furniture` when `furniture`), returning its path.
fn typst_source(
    bin: &Path,
    root: &Path,
    dir: &Path,
    tag: &str,
    furniture: bool,
) -> Result<PathBuf, String> {
    let script = root.join("scripts/typst_compare.py");
    let mut cmd = std::process::Command::new("python3");
    cmd.arg(&script);
    if furniture {
        cmd.arg("--furniture");
    }
    let made = cmd
        .arg(dir)
        .arg(tag)
        .env("SILKPRESS", bin)
        .output()
        .map_err(|e| format!("failed to run python3 ({e})"))?;
    if !made.status.success() {
        return Err(format!(
            "{} failed (is Python's `typst` package installed? `pip install typst`):\n{}",
            script.display(),
            String::from_utf8_lossy(&made.stderr)
        ));
    }
    Ok(dir.join(format!("report.{tag}.typ")))
}

/// Typst's time to compile `source` in a fresh Python process, after its import.
fn typst_once(source: &Path, pdf: &Path, fonts: &Path) -> Result<f64, String> {
    let run = std::process::Command::new("python3")
        .args(["-c", TYPST_ONCE])
        .arg(source)
        .arg(pdf)
        .arg(fonts)
        .output()
        .map_err(|e| format!("failed to run python3 ({e})"))?;
    match String::from_utf8_lossy(&run.stdout).trim().parse::<f64>() {
        Ok(t) if run.status.success() => Ok(t),
        _ => Err(format!(
            "Typst failed on {}:\n{}",
            source.display(),
            String::from_utf8_lossy(&run.stderr)
        )),
    }
}

/// Times silkpress's build of `tag` and Typst's compile of the same text, in turn,
/// `runs` times each, and prints a row: the medians and their ratios. Typst sets the
/// text twice: as the plain document, and with the contents page and running heads
/// silkpress's edition has (`--furniture`), so that the second ratio is for the same
/// work.
fn bench_typst(
    bin: &Path,
    root: &Path,
    dir: &Path,
    tag: &str,
    runs: usize,
) -> Result<(), String> {
    let plain_dir = dir.join("plain");
    let full_dir = dir.join("furniture");
    let plain = typst_source(bin, root, &plain_dir, tag, false)?;
    let full = typst_source(bin, root, &full_dir, tag, true)?;
    let typst_pdf = dir.join(format!("typst.{tag}.pdf"));
    let fonts = root.join("fonts");
    let root_arg = root.to_string_lossy().into_owned();
    let out = format!("report.{tag}.pdf");
    let args = [
        "--root", &root_arg, "build", "--locale", tag, "--format", "pdf", "-o", &out,
    ];
    let (mut ours, mut theirs, mut theirs_full) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        ours.push(ms(run_cli(bin, dir, &args)?.wall));
        theirs.push(typst_once(&plain, &typst_pdf, &fonts)?);
        theirs_full.push(typst_once(&full, &typst_pdf, &fonts)?);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (a, b, c) = (
        median(&mut ours),
        median(&mut theirs),
        median(&mut theirs_full),
    );
    println!(
        "{tag:<8} {a:>14.1} {b:>14.1} {:>10.2} {c:>16.1} {:>10.2}",
        a / b,
        a / c
    );
    Ok(())
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let stages = args.first().is_some_and(|a| a == "--stages");
    let typst = args.first().is_some_and(|a| a == "--typst");
    if stages || typst {
        args.remove(0);
    }
    let runs: usize = match args.first().map(|a| a.parse()) {
        Some(Ok(n)) if n > 0 => {
            args.remove(0);
            n
        }
        _ => 10,
    };
    let root = match std::env::current_dir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: no current directory ({e})");
            return ExitCode::from(2);
        }
    };
    let project = match Project::load(&root) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: failed to load the project ({e:?}); run from the root");
            return ExitCode::from(2);
        }
    };
    let all = args.is_empty();
    let tags: Vec<String> = if all { project.available.clone() } else { args };
    if stages {
        for tag in &tags {
            for _ in 0..runs {
                if let Err(e) = build_stages(&project, &root, tag) {
                    eprintln!("error: {tag}: {e}");
                    return ExitCode::from(1);
                }
            }
        }
        return ExitCode::SUCCESS;
    }
    let Some(bin) = common::silkpress_beside_me() else {
        eprintln!("error: no silkpress binary beside this one; run `cargo build --release --bins`");
        return ExitCode::from(2);
    };
    let dir = match tempfile_dir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    if typst {
        println!(
            "{:<8} {:>14} {:>14} {:>10} {:>16} {:>10}",
            "build", "silkpress ms", "Typst ms", "ratio", "Typst+ToC,heads", "ratio"
        );
        let result = tags
            .iter()
            .try_for_each(|tag| bench_typst(&bin, &root, &dir, tag, runs));
        let _ = std::fs::remove_dir_all(&dir);
        return match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(1)
            }
        };
    }
    let root_arg = root.to_string_lossy().into_owned();
    println!(
        "{:<8} {:>10} {:>10} {:>12} {:>10} {:>10}",
        "build", "median ms", "min ms", "CPU ms", "peak MB", "PDF KB"
    );
    let mut result = Ok(());
    for tag in &tags {
        let out = PathBuf::from(format!("report.{tag}.pdf"));
        let out_arg = out.to_string_lossy().into_owned();
        let args = [
            "--root", &root_arg, "build", "--locale", tag, "--format", "pdf", "-o",
            &out_arg,
        ];
        result =
            result.and_then(|()| bench_cli(&bin, &dir, tag, &args, Some(&out), runs));
    }
    if all && result.is_ok() {
        let args = ["--root", &root_arg, "build", "--all", "--format", "pdf"];
        result = bench_cli(&bin, &dir, "--all", &args, None, runs);
    }
    let _ = std::fs::remove_dir_all(&dir);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

/// A fresh directory for the outputs, under the system's temporary directory.
fn tempfile_dir() -> Result<PathBuf, String> {
    let dir =
        std::env::temp_dir().join(format!("silkpress-bench-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir)
        .map_err(|e| format!("failed to create {} ({e})", dir.display()))?;
    Ok(dir)
}
