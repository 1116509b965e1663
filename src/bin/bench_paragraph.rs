//! Benchmark of one long paragraph: whether line breaking stays linear in paragraph
//! length. For each locale (English, Russian, Chinese, Persian: spaced and hyphenated,
//! Cyrillic with its non-breaking rules, CJK with a break after every character,
//! right to left) and each size, it makes a project whose body is one chapter of one
//! paragraph of that many characters — the report's own paragraphs of that locale,
//! repeated — and times the release `silkpress build --locale L --format pdf` beside
//! this binary in it, a fresh process per build. Prints the median wall time, the
//! time per character, how that compares with the smallest size (1.00× everywhere is
//! linear; 10× at ten times the length would be quadratic), the same for the median
//! CPU time (user + system, from `/usr/bin/time`: on a loaded machine it says more
//! than the wall time), the peak resident memory, and the goal: a paragraph of
//! 1,000,000 characters in under 2 s of wall time. Fails when a build fails or writes
//! no PDF.
//!
//! Run from the project root (the projects are made from its templates, fonts and
//! locales, in a temporary folder removed afterwards):
//! `cargo build --release --features bench-bins --bins && target/release/bench_paragraph [runs] [locale…]`

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

mod common;

/// Paragraph lengths, in characters.
const SIZES: [usize; 4] = [100_000, 200_000, 500_000, 1_000_000];

/// The locales measured by default.
const LOCALES: [&str; 4] = ["en", "ru", "zh-CN", "fa"];

/// The goal: a paragraph of [`GOAL_CHARS`] characters built in under this.
const GOAL: Duration = Duration::from_secs(2);
const GOAL_CHARS: usize = 1_000_000;

/// The single-line paragraphs of a locale's message files with no placeable and no
/// markup (`id-pN = text`), in file order.
fn paragraphs(root: &Path, locale: &str) -> Result<Vec<String>, String> {
    let dir = root.join("locales").join(locale);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("cannot read {} ({e})", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f)
            .map_err(|e| format!("cannot read {} ({e})", f.display()))?;
        for line in text.lines() {
            let Some((id, value)) = line.split_once(" = ") else {
                continue;
            };
            let is_paragraph = id.rsplit_once("-p").is_some_and(|(_, n)| {
                !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
            });
            let plain_id = id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if is_paragraph && plain_id && !value.contains(['{', '}', '<']) {
                out.push(value.to_string());
            }
        }
    }
    if out.is_empty() {
        return Err(format!("no plain paragraph in {}", dir.display()));
    }
    Ok(out)
}

/// One paragraph of exactly `chars` characters (trailing space aside): `paragraphs`
/// repeated, separated by a space (none in Chinese).
fn long_text(paragraphs: &[String], locale: &str, chars: usize) -> String {
    let sep = if locale.starts_with("zh") { "" } else { " " };
    let mut text = String::new();
    let mut count = 0;
    for p in paragraphs.iter().cycle() {
        if count >= chars {
            break;
        }
        if !text.is_empty() {
            text.push_str(sep);
            count += sep.chars().count();
        }
        text.push_str(p);
        count += p.chars().count();
    }
    let cut: String = text.chars().take(chars).collect();
    cut.trim_end().to_string()
}

/// Copies a folder of plain files.
fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        if e.file_type()?.is_file() {
            std::fs::copy(e.path(), to.join(e.file_name()))?;
        }
    }
    Ok(())
}

/// Makes, in `dir`, a project of the repository's templates, fonts, English source and
/// `locale`, whose body is one chapter holding the one paragraph `text`.
fn make_project(
    root: &Path,
    dir: &Path,
    locale: &str,
    text: &str,
) -> std::io::Result<()> {
    copy_dir(&root.join("templates"), &dir.join("templates"))?;
    let fonts = dir.join("fonts");
    std::fs::create_dir_all(&fonts)?;
    for e in std::fs::read_dir(root.join("fonts"))? {
        let e = e?;
        let target = fonts.join(e.file_name());
        // Hard links where possible: the fonts are 20 MB.
        if std::fs::hard_link(e.path(), &target).is_err() {
            std::fs::copy(e.path(), &target)?;
        }
    }
    let ftl = format!("long-title = Long\nlong-p = {text}\n");
    for l in ["en", locale] {
        let to = dir.join("locales").join(l);
        copy_dir(&root.join("locales").join(l), &to)?;
        std::fs::write(to.join("long.ftl"), &ftl)?;
    }
    // The report's metadata, then one part: a chapter heading and the paragraph.
    let toml = std::fs::read_to_string(root.join("templates/report.toml"))?;
    let meta = toml.find("[[part]]").map_or(&toml[..], |at| &toml[..at]);
    let structure = format!(
        "{meta}[[part]]\nfile = \"long\"\nblocks = [\n  {{ chapter = \"long-title\" }},\n  \
         {{ paragraph = \"long-p\" }},\n]\n"
    );
    std::fs::write(dir.join("templates/report.toml"), structure)
}

/// One measured size.
struct Row {
    /// The size asked for.
    size: usize,
    /// The paragraph's characters (the size, less a trailing space).
    chars: usize,
    wall: Duration,
    /// Median CPU time (user + system), ms: what the machine's load changes least.
    cpu_ms: Option<f64>,
    rss_kb: Option<u64>,
}

/// Builds the `locale` project in `dir` `runs` times; the median wall and CPU times
/// and the peak RSS, or why a build failed.
fn measure(
    bin: &Path,
    dir: &Path,
    locale: &str,
    runs: usize,
) -> Result<(Duration, Option<f64>, Option<u64>), String> {
    let args = [
        "build", "--locale", locale, "--format", "pdf", "-o", "long.pdf",
    ];
    let mut walls = Vec::with_capacity(runs);
    let mut cpus = Vec::with_capacity(runs);
    let mut rss = None;
    for _ in 0..runs {
        let _ = std::fs::remove_file(dir.join("long.pdf"));
        let run = common::run(bin, dir, &args)
            .map_err(|e| format!("failed to run {bin:?} ({e})"))?;
        if !run.output.status.success() {
            return Err(format!(
                "`silkpress {}` failed in {}:\n{}",
                args.join(" "),
                dir.display(),
                String::from_utf8_lossy(&run.output.stderr)
            ));
        }
        let pdf = std::fs::read(dir.join("long.pdf")).unwrap_or_default();
        if !pdf.starts_with(b"%PDF-") {
            return Err(format!(
                "`silkpress {}` wrote no PDF in {}",
                args.join(" "),
                dir.display()
            ));
        }
        walls.push(run.wall);
        cpus.extend(run.cpu_ms);
        rss = rss.max(run.rss_kb);
    }
    walls.sort();
    cpus.sort_by(f64::total_cmp);
    Ok((
        walls[walls.len() / 2],
        cpus.get(cpus.len() / 2).copied(),
        rss,
    ))
}

/// Measures every size of one locale and prints its rows.
fn bench_locale(
    bin: &Path,
    root: &Path,
    work: &Path,
    locale: &str,
    runs: usize,
) -> Result<Vec<Row>, String> {
    let paras = paragraphs(root, locale)?;
    let mut rows: Vec<Row> = Vec::new();
    for chars in SIZES {
        let dir = work.join(format!("{locale}-{chars}"));
        let text = long_text(&paras, locale, chars);
        make_project(root, &dir, locale, &text)
            .map_err(|e| format!("cannot make the project in {} ({e})", dir.display()))?;
        let (wall, cpu_ms, rss_kb) = measure(bin, &dir, locale, runs)?;
        let _ = std::fs::remove_dir_all(&dir);
        let row = Row {
            size: chars,
            chars: text.chars().count(),
            wall,
            cpu_ms,
            rss_kb,
        };
        let per_char = |r: &Row| r.wall.as_secs_f64() / r.chars as f64;
        let ratio = rows
            .first()
            .map_or(1.0, |first| per_char(&row) / per_char(first));
        let cpu_per_char = |r: &Row| r.cpu_ms.map(|c| c / r.chars as f64);
        let cpu_ratio = match (rows.first().and_then(cpu_per_char), cpu_per_char(&row)) {
            (Some(first), Some(now)) => format!("{:.2}×", now / first),
            (None, Some(_)) => "1.00×".to_string(),
            _ => "?".to_string(),
        };
        let cpu = cpu_ms.map_or("?".to_string(), |c| format!("{c:.0} ms"));
        let goal = if chars == GOAL_CHARS {
            if wall < GOAL {
                "under 2 s"
            } else {
                "OVER 2 s"
            }
        } else {
            ""
        };
        println!(
            "| {locale} | {} | {:.0} ms | {:.2} µs | {ratio:.2}× | {cpu} | {cpu_ratio} | {} | {goal} |",
            row.chars,
            wall.as_secs_f64() * 1000.0,
            per_char(&row) * 1e6,
            row.rss_kb
                .map_or("?".to_string(), |k| format!("{} MB", k / 1024)),
        );
        rows.push(row);
    }
    Ok(rows)
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1).peekable();
    let runs: usize = match args.peek().and_then(|a| a.parse().ok()) {
        Some(n) => {
            args.next();
            n
        }
        None => 3,
    };
    let runs = runs.max(1);
    let locales: Vec<String> = args.collect();
    let locales: Vec<&str> = if locales.is_empty() {
        LOCALES.to_vec()
    } else {
        locales.iter().map(String::as_str).collect()
    };
    let Some(bin) = common::silkpress_beside_me() else {
        eprintln!("error: build the release silkpress first (cargo build --release --features bench-bins --bins)");
        return ExitCode::from(2);
    };
    let root = Path::new(".");
    if !root.join("templates/report.toml").is_file() {
        eprintln!("error: run from the project root");
        return ExitCode::from(2);
    }
    let work = std::env::temp_dir()
        .join(format!("silkpress-bench-paragraph-{}", std::process::id()));
    println!("one paragraph of N characters, `build --locale L --format pdf`, median of {runs} runs");
    println!("| locale | characters | wall | wall per character | vs the smallest | CPU | CPU per character vs the smallest | peak RSS | goal (1 M chars < 2 s wall) |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    let mut failed = false;
    let mut over = Vec::new();
    for locale in &locales {
        match bench_locale(&bin, root, &work, locale, runs) {
            Ok(rows) => {
                if let Some(r) =
                    rows.iter().find(|r| r.size == GOAL_CHARS && r.wall >= GOAL)
                {
                    over.push(format!("{locale}: {:.2} s", r.wall.as_secs_f64()));
                }
            }
            Err(e) => {
                eprintln!("error: {e}");
                failed = true;
            }
        }
    }
    let _ = std::fs::remove_dir_all(&work);
    if over.is_empty() {
        println!("goal met: every 1 M-character paragraph built in under 2 s");
    } else {
        println!("goal missed: {}", over.join(", "));
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
