//! Benchmark of `silkpress check` (figures in the README).
//!
//! Generates, deterministically, two synthetic inputs in a temporary directory:
//!
//! 1. a Firefox-like l10n tree: `en-US` plus 6 locales, 600 files each in nested
//!    directories (`browser/…`, `toolkit/…`), ~25 entries per file with attributes,
//!    variables, term references, plural selects and comments; every target lacks some
//!    messages and some whole files and has some obsolete messages;
//! 2. a single 50,000-message file pair (`en-US/big.ftl`, `de/big.ftl`).
//!
//! It then runs the release `silkpress` binary beside it (`check --root DIR --source
//! en-US --format json`) several times, reporting the median wall time, peak RSS (from
//! `/usr/bin/time -v` when present) and whether the missing and obsolete counts equal
//! what the generator put in.
//!
//! Run: `cargo build --release --bins && target/release/bench_check [RUNS]`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

mod common;

/// xorshift64*: a small deterministic generator, so every run checks the same tree.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const WORDS: &[&str] = &[
    "open",
    "file",
    "window",
    "tab",
    "bookmark",
    "history",
    "settings",
    "privacy",
    "search",
    "download",
    "account",
    "sync",
    "password",
    "certificate",
    "extension",
    "theme",
    "network",
    "proxy",
    "update",
    "language",
    "page",
    "print",
    "zoom",
    "reader",
    "mode",
];

/// One message's text in a language: words from `WORDS`, transformed per locale so
/// translations differ from the source.
fn sentence(rng: &mut Rng, words: usize, locale: usize) -> String {
    let mut s = String::new();
    for i in 0..words {
        if i > 0 {
            s.push(' ');
        }
        let w = WORDS[rng.below(WORDS.len() as u64) as usize];
        match locale {
            0 => s.push_str(w),
            n => {
                // A cheap "translation": rotate letters by the locale number.
                s.extend(w.chars().map(|c| {
                    let b = (c as u8 - b'a' + n as u8) % 26 + b'a';
                    b as char
                }));
            }
        }
    }
    s
}

/// The FTL of one entry in a locale (0 = source).
fn entry(rng: &mut Rng, id: &str, kind: u64, locale: usize) -> String {
    let words = 3 + rng.below(12) as usize;
    match kind {
        0 => format!("{id} = {}\n", sentence(rng, words, locale)),
        1 => format!(
            "{id} = {} {{ $count }} {}\n    .title = {}\n",
            sentence(rng, 3, locale),
            sentence(rng, 2, locale),
            sentence(rng, 4, locale)
        ),
        2 => format!(
            "{id} =\n    {{ $count ->\n        [one] {} {{ $count }}\n       *[other] {} {{ $count }}\n    }}\n",
            sentence(rng, 3, locale),
            sentence(rng, 3, locale)
        ),
        3 => format!(
            "# Comment for {id}: $name is the user name.\n{id} = {} {{ -brand-short-name }} {{ $name }}\n",
            sentence(rng, words, locale)
        ),
        _ => format!(
            "{id} =\n    .label = {}\n    .accesskey = {}\n",
            sentence(rng, 2, locale),
            (b'A' + rng.below(26) as u8) as char
        ),
    }
}

/// What the generator put in: per target locale, missing and obsolete entries.
#[derive(Default, Clone, Copy, Debug, PartialEq)]
struct Truth {
    missing: usize,
    obsolete: usize,
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("a parent")).expect("create dirs");
    std::fs::write(path, text).expect("write");
}

/// The Firefox-like tree; returns the truth per target locale.
fn firefox_tree(root: &Path, files: usize, locales: &[&str]) -> Vec<Truth> {
    let mut rng = Rng(0x5EED_F1FE_F0C5);
    let areas = ["browser", "toolkit", "devtools", "mail", "dom", "security"];
    let mut truth = vec![Truth::default(); locales.len()];
    for f in 0..files {
        let area = areas[f % areas.len()];
        let rel = format!("{area}/sub{}/file-{f}.ftl", f % 17);
        let n = 10 + rng.below(31) as usize;
        let kinds: Vec<u64> = (0..n).map(|_| rng.below(5)).collect();
        let header = "# This Source Code Form is subject to the terms of the Mozilla Public\n# License, v. 2.0.\n\n";
        for (l, tag) in locales.iter().enumerate() {
            // Each target lacks ~1 % of files and ~3 % of the messages of the others, and
            // has ~1 obsolete message every 4 files.
            if l > 0 && rng.below(100) == 0 {
                truth[l].missing += n + usize::from(f == 0);
                continue;
            }
            let mut text = String::from(header);
            if f == 0 {
                text.push_str("-brand-short-name = Firefox\n");
            }
            for (i, kind) in kinds.iter().enumerate() {
                if l > 0 && rng.below(100) < 3 {
                    truth[l].missing += 1;
                    continue;
                }
                text.push_str(&entry(&mut rng, &format!("{area}-f{f}-m{i}"), *kind, l));
            }
            if l > 0 && rng.below(4) == 0 {
                truth[l].obsolete += 1;
                text.push_str(&entry(&mut rng, &format!("{area}-f{f}-old"), 0, l));
            }
            write(&root.join(tag).join(&rel), &text);
        }
    }
    truth
}

/// A 50,000-message file pair; returns the truth of the target.
fn big_pair(root: &Path, messages: usize) -> Truth {
    let mut rng = Rng(0xB16_F11E);
    let mut truth = Truth::default();
    let mut src = String::from("-brand-short-name = Firefox\n");
    let mut tgt = String::from("-brand-short-name = Firefox\n");
    for i in 0..messages {
        let kind = rng.below(5);
        let id = format!("message-{i}");
        src.push_str(&entry(&mut rng, &id, kind, 0));
        if rng.below(50) == 0 {
            truth.missing += 1;
        } else {
            tgt.push_str(&entry(&mut rng, &id, kind, 3));
        }
        if rng.below(100) == 0 {
            truth.obsolete += 1;
            tgt.push_str(&entry(&mut rng, &format!("gone-{i}"), 0, 3));
        }
    }
    write(&root.join("en-US/big.ftl"), &src);
    write(&root.join("de/big.ftl"), &tgt);
    truth
}

/// One timed run: wall time, peak RSS in KiB and CPU seconds (user + system, when
/// measurable), the JSON output.
fn run_check(
    bin: &Path,
    root: &Path,
) -> (Duration, Option<u64>, Option<f64>, serde_json::Value) {
    let root = root.to_string_lossy();
    let args = [
        "--root", &root, "check", "--source", "en-US", "--format", "json",
    ];
    let run = common::run(bin, Path::new("."), &args).expect("run silkpress");
    let json = serde_json::from_slice(&run.output.stdout).unwrap_or_else(|e| {
        let stderr = String::from_utf8_lossy(&run.output.stderr);
        panic!("check printed no JSON ({e}); stderr: {stderr}");
    });
    (run.wall, run.rss_kb, run.cpu_ms.map(|ms| ms / 1000.0), json)
}

/// Runs `runs` times; prints the median and checks the counts.
fn bench(
    name: &str,
    bin: &Path,
    root: &Path,
    truth: &[(String, Truth)],
    runs: usize,
) -> String {
    let mut walls = Vec::new();
    let mut cpus = Vec::new();
    let mut rss_max = None;
    let mut last = serde_json::Value::Null;
    for _ in 0..runs {
        let (wall, rss, cpu, json) = run_check(bin, root);
        walls.push(wall);
        cpus.extend(cpu);
        rss_max = rss_max.max(rss);
        last = json;
    }
    walls.sort();
    cpus.sort_by(f64::total_cmp);
    let median = walls[walls.len() / 2];
    let mut report = format!(
        "{name}: median {:.0} ms wall over {runs} runs (min {:.0}, max {:.0}); CPU {}; peak RSS {}\n",
        median.as_secs_f64() * 1e3,
        walls[0].as_secs_f64() * 1e3,
        walls[walls.len() - 1].as_secs_f64() * 1e3,
        cpus.get(cpus.len() / 2)
            .map_or("n/a".to_string(), |c| format!("{:.0} ms user+sys (median)", c * 1e3)),
        rss_max.map_or("n/a (no /usr/bin/time)".to_string(), |k| format!(
            "{:.1} MB",
            k as f64 / 1024.0
        )),
    );
    let mut all_equal = true;
    for (tag, t) in truth {
        let s = last["summary"]
            .as_array()
            .and_then(|a| a.iter().find(|s| s["locale"] == tag.as_str()))
            .expect("a summary per locale");
        let got = Truth {
            missing: s["missing"].as_u64().unwrap_or(0) as usize,
            obsolete: s["obsolete"].as_u64().unwrap_or(0) as usize,
        };
        all_equal &= got == *t;
        let _ = writeln!(
            report,
            "  {tag}: missing {} (generated {}), obsolete {} (generated {})",
            got.missing, t.missing, got.obsolete, t.obsolete
        );
    }
    let _ = writeln!(
        report,
        "  counts {}",
        if all_equal {
            "equal the generator's"
        } else {
            "DIFFER"
        }
    );
    report
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(7);
    let bin: PathBuf = common::silkpress_beside_me().unwrap_or_default();
    assert!(
        bin.exists(),
        "{} not found: run `cargo build --release --bins` first",
        bin.display()
    );
    let keep = std::env::var_os("BENCH_KEEP").map(PathBuf::from);
    let base = keep.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("silkpress-bench-{}", std::process::id()))
    });
    let _ = std::fs::remove_dir_all(&base);

    let locales = ["en-US", "de", "fr", "ja", "ru", "zh-CN", "ar"];
    let tree = base.join("tree");
    let truth = firefox_tree(&tree, 600, &locales);
    let named: Vec<(String, Truth)> = locales[1..]
        .iter()
        .zip(&truth[1..])
        .map(|(t, tr)| (t.to_string(), *tr))
        .collect();
    let pair = base.join("pair");
    let big = big_pair(&pair, 50_000);

    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("silkpress check benchmark ({cores} cores)");
    print!(
        "{}",
        bench("600 files x 7 locales", &bin, &tree, &named, runs)
    );
    print!(
        "{}",
        bench(
            "50,000-message file pair",
            &bin,
            &pair,
            &[("de".into(), big)],
            runs
        )
    );
    match keep {
        Some(k) => println!("trees kept in {}", k.display()),
        None => {
            let _ = std::fs::remove_dir_all(&base);
        }
    }
}
