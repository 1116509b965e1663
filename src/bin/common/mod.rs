//! Shared by the benchmark binaries: run the release `silkpress` as a user does, a fresh
//! process each time, and measure it.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// One measured run of a command.
pub struct Run {
    /// Wall time.
    pub wall: Duration,
    /// User + system CPU in ms, if `/usr/bin/time` told.
    pub cpu_ms: Option<f64>,
    /// Peak RSS in KiB, if `/usr/bin/time` told.
    pub rss_kb: Option<u64>,
    /// What the command wrote and its exit status (stderr includes `time`'s report).
    pub output: Output,
}

/// Runs `bin` with `args` in `dir`, under `/usr/bin/time -v` when it exists (for CPU
/// time and peak memory).
pub fn run(bin: &Path, dir: &Path, args: &[&str]) -> std::io::Result<Run> {
    let time = Path::new("/usr/bin/time");
    let mut cmd = if time.exists() {
        let mut c = Command::new(time);
        c.arg("-v").arg(bin);
        c
    } else {
        Command::new(bin)
    };
    cmd.args(args).current_dir(dir);
    let start = Instant::now();
    let output = cmd.output()?;
    let wall = start.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let field = |label: &str| {
        stderr
            .lines()
            .find_map(|l| l.trim().strip_prefix(label))
            .map(str::trim)
    };
    let secs = |label: &str| field(label).and_then(|v| v.parse::<f64>().ok());
    let cpu_ms = secs("User time (seconds): ")
        .zip(secs("System time (seconds): "))
        .map(|(u, s)| (u + s) * 1000.0);
    let rss_kb =
        field("Maximum resident set size (kbytes): ").and_then(|v| v.parse().ok());
    Ok(Run {
        wall,
        cpu_ms,
        rss_kb,
        output,
    })
}

/// The release `silkpress` binary beside the running benchmark, if built.
pub fn silkpress_beside_me() -> Option<std::path::PathBuf> {
    std::env::current_exe()
        .ok()
        .and_then(|p| p.parent().map(|d| d.join("silkpress")))
        .filter(|p| p.is_file())
}
