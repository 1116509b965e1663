//! Benchmark of `silkpress check --layout` over every edition, as CI runs it: the release
//! `silkpress` binary beside this one, started afresh each time in the project root
//! (`check --layout --format json`), so process start, reading every locale and every
//! font, typesetting the nine editions and the checks all count. Prints the median and
//! minimum wall time, the median CPU time (user + system) and the peak resident memory,
//! against the target of 1 s, and, for comparison, plain `check` on the same project.
//! It fails when `check --layout` fails or its JSON has no page counts.
//!
//! Run from the project root:
//! `cargo build --release --features bench-bins --bins && target/release/bench_layout [runs]`

use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

mod common;

/// Runs `silkpress ARGS` `runs` times in `dir`; the measured runs, or why they failed.
fn measure(
    bin: &Path,
    dir: &Path,
    args: &[&str],
    runs: usize,
) -> Result<Vec<common::Run>, String> {
    let mut out = Vec::with_capacity(runs);
    for _ in 0..runs {
        let run = common::run(bin, dir, args)
            .map_err(|e| format!("failed to run {bin:?} ({e})"))?;
        if !run.output.status.success() {
            return Err(format!(
                "`silkpress {}` failed:\n{}",
                args.join(" "),
                String::from_utf8_lossy(&run.output.stderr)
            ));
        }
        out.push(run);
    }
    Ok(out)
}

/// One row: label, median and minimum wall, median CPU, peak RSS.
fn row(label: &str, runs: &[common::Run]) {
    let mut walls: Vec<Duration> = runs.iter().map(|r| r.wall).collect();
    walls.sort();
    let mut cpus: Vec<f64> = runs.iter().filter_map(|r| r.cpu_ms).collect();
    cpus.sort_by(f64::total_cmp);
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let cpu = cpus
        .get(cpus.len() / 2)
        .map_or("?".to_string(), |c| format!("{c:.0} ms"));
    let rss = runs
        .iter()
        .filter_map(|r| r.rss_kb)
        .max()
        .map_or("?".to_string(), |k| format!("{} MB", k / 1024));
    println!(
        "| {label} | {:.0} ms ({:.0}) | {cpu} | {rss} |",
        ms(walls[walls.len() / 2]),
        ms(walls[0]),
    );
}

fn main() -> ExitCode {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(9)
        .max(1);
    let Some(bin) = common::silkpress_beside_me() else {
        eprintln!("error: build the release silkpress first (cargo build --release --features bench-bins --bins)");
        return ExitCode::from(2);
    };
    let dir = Path::new(".");
    if !dir.join("templates/report.toml").is_file() {
        eprintln!("error: run from the project root");
        return ExitCode::from(2);
    }
    let layout = ["check", "--layout", "--format", "json"];
    let plain = ["check", "--format", "json"];
    let result = measure(&bin, dir, &layout, runs).and_then(|l| {
        let json: serde_json::Value = serde_json::from_slice(&l[0].output.stdout)
            .map_err(|e| format!("check --layout wrote no JSON ({e})"))?;
        let editions = json["layout"].as_array().map_or(0, Vec::len);
        if editions == 0 {
            return Err("check --layout reported no page counts".into());
        }
        Ok((l, editions, measure(&bin, dir, &plain, runs)?))
    });
    match result {
        Ok((l, editions, p)) => {
            println!("{runs} runs each; {editions} editions typeset");
            println!("| command | wall, median (min) | CPU, median | peak RSS |");
            println!("| --- | --- | --- | --- |");
            row("`check --layout` (all editions)", &l);
            row("`check` (no layout)", &p);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
