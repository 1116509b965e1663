//! Benchmark of `silkpress import` (figures in the README).
//!
//! Generates, deterministically, a 12,000-word Markdown document (6 chapters of 4
//! sections, each with paragraphs, a quote with its attribution, a sub-heading and a
//! list, words drawn from a vocabulary with emphasis here and there) and a revision of it
//! (one paragraph in ten edited, a paragraph inserted and one deleted in every section,
//! the rest re-wrapped). It makes a project with the release `silkpress init` beside it,
//! then times, as a user runs it (a fresh process each time, under `/usr/bin/time -v`
//! when present):
//!
//! 1. the first import, every block new (`--dry-run`: everything computed, nothing
//!    written, so every run starts from the same project), then once for real;
//! 2. the import of the revision (`--dry-run`);
//! 3. the same document again (nothing to write).
//!
//! and checks each summary's counts. Then the same for a long document of small blocks,
//! a list of 60,000 items (every ID under one stem, every message in one file): its first
//! import, a revision with every thousandth item edited (the first and the last among
//! them, so the pairing's unchanged middle is long), and one with every item edited (no
//! unchanged block to anchor the pairing). Run:
//! `cargo build --release --features bench-bins --bins && target/release/bench_import [RUNS]`.

use std::path::{Path, PathBuf};
use std::process::Command;

mod common;

/// xorshift64*: a small deterministic generator, so every run imports the same text.
struct Rng(u64);

impl Rng {
    /// The next number.
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n`.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Words every paragraph shares, as prose does.
const COMMON: &[&str] = &[
    "the", "of", "and", "in", "to", "a", "with", "for", "by", "on", "new", "between",
    "across", "while", "more", "than", "its", "their", "has", "have", "been", "2024",
];

/// Syllables of the other words: a vocabulary of thousands, so that two unrelated
/// paragraphs share few words beyond the common ones, as in real prose.
const SYLLABLES: &[&str] = &[
    "tra", "de", "re", "gion", "coop", "er", "a", "tion", "cor", "ri", "dor", "en", "gy",
    "in", "vest", "ment", "part", "ner", "growth", "vel", "op", "se", "cu", "ty", "cul",
    "ture", "ex", "change", "stu", "dent", "mar", "ket", "lo", "gis", "tic", "bor",
];

/// A word: common (one in three) or made of two or three syllables.
fn word(rng: &mut Rng) -> String {
    if rng.below(3) == 0 {
        return COMMON[rng.below(COMMON.len())].to_string();
    }
    (0..2 + rng.below(2))
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect()
}

/// A sentence of `n` words, capitalised, with emphasis on some word now and then.
fn sentence(rng: &mut Rng, n: usize) -> String {
    let mut words: Vec<String> = (0..n).map(|_| word(rng)).collect();
    if let Some(first) = words.first_mut() {
        let mut c = first.chars();
        *first = c
            .next()
            .map_or(String::new(), |f| f.to_uppercase().chain(c).collect());
    }
    if rng.below(6) == 0 {
        let i = rng.below(n);
        words[i] = format!("*{}*", words[i]);
    }
    format!("{}.", words.join(" "))
}

/// A paragraph of about 60 words.
fn paragraph(rng: &mut Rng) -> String {
    (0..4)
        .map(|_| {
            let n = 12 + rng.below(7);
            sentence(rng, n)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The document's blocks as Markdown, one string each, and its word count.
fn document(rng: &mut Rng) -> (Vec<String>, usize) {
    let mut blocks = Vec::new();
    for c in 1..=6 {
        blocks.push(format!("# Chapter {c}: {}", sentence(rng, 5)));
        blocks.push(format!("> “{}”\n>\n> — Speaker {c}", sentence(rng, 25)));
        for s in 1..=4 {
            blocks.push(format!("## {s}. {}", sentence(rng, 6)));
            for p in 0..8 {
                if p == 4 {
                    blocks.push(format!("#### {}", sentence(rng, 4)));
                }
                blocks.push(paragraph(rng));
            }
            if s == 2 {
                blocks.push(
                    (0..4)
                        .map(|_| format!("- {}", sentence(rng, 6)))
                        .collect::<Vec<_>>()
                        .join("\n"),
                );
            }
        }
    }
    let words = blocks
        .iter()
        .map(|b| {
            b.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
        })
        .sum();
    (blocks, words)
}

/// The revision: one paragraph in ten edited (a word replaced), one inserted and one
/// deleted per section, every other paragraph re-wrapped at eight words a line.
fn revise(rng: &mut Rng, blocks: &[String]) -> (Vec<String>, usize, usize, usize) {
    let (mut edited, mut inserted, mut deleted) = (0, 0, 0);
    let mut out = Vec::new();
    let mut in_section = 0;
    for b in blocks {
        let is_paragraph = !b.starts_with(['#', '>', '-']);
        if b.starts_with("## ") {
            in_section = 0;
        }
        if is_paragraph {
            in_section += 1;
            if in_section == 3 {
                deleted += 1;
                continue;
            }
            if in_section == 5 {
                out.push(paragraph(rng));
                inserted += 1;
            }
            if rng.below(10) == 0 {
                let mut words: Vec<&str> = b.split(' ').collect();
                let i = 1 + rng.below(words.len() - 2);
                if !words[i].contains('*') && words[i] != "partnership" {
                    words[i] = "partnership";
                    out.push(words.join(" "));
                    edited += 1;
                    continue;
                }
            }
            let words: Vec<&str> = b.split(' ').collect();
            out.push(
                words
                    .chunks(8)
                    .map(|c| c.join(" "))
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
            continue;
        }
        out.push(b.clone());
    }
    (out, edited, inserted, deleted)
}

/// Times `runs` runs of `args` in `dir`; checks the summary line of each.
fn bench(name: &str, bin: &Path, dir: &Path, args: &[&str], expect: &str, runs: usize) {
    let mut walls = Vec::new();
    let mut cpus = Vec::new();
    let mut rss = None;
    for _ in 0..runs {
        let run = common::run(bin, dir, args).expect("silkpress runs");
        let stdout = String::from_utf8_lossy(&run.output.stdout);
        assert!(
            run.output.status.success() && stdout.contains(expect),
            "{name}: expected {expect:?}:\n{stdout}\n{}",
            String::from_utf8_lossy(&run.output.stderr)
        );
        walls.push(run.wall);
        cpus.extend(run.cpu_ms);
        rss = rss.max(run.rss_kb);
    }
    walls.sort();
    cpus.sort_by(f64::total_cmp);
    println!(
        "{name}: median {:.1} ms wall over {runs} runs (min {:.1}); CPU {}; peak RSS {}",
        walls[walls.len() / 2].as_secs_f64() * 1e3,
        walls[0].as_secs_f64() * 1e3,
        cpus.get(cpus.len() / 2)
            .map_or("n/a".into(), |c| format!("{c:.0} ms")),
        rss.map_or("n/a".into(), |k| format!("{:.1} MB", k as f64 / 1024.0)),
    );
}

/// Generates the documents, makes the project and runs the measurements.
fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(9);
    let bin: PathBuf = common::silkpress_beside_me().unwrap_or_default();
    assert!(
        bin.exists(),
        "{} not found: run `cargo build --release --features bench-bins --bins` first",
        bin.display()
    );
    let base = std::env::temp_dir()
        .join(format!("silkpress-bench-import-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    std::fs::create_dir_all(&base).expect("temporary folder");

    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let (blocks, words) = document(&mut rng);
    let (revised, edited, inserted, deleted) = revise(&mut rng, &blocks);
    std::fs::write(base.join("doc.md"), blocks.join("\n\n") + "\n").expect("write");
    std::fs::write(base.join("rev.md"), revised.join("\n\n") + "\n").expect("write");
    let n_blocks: usize = blocks
        .iter()
        .map(|b| {
            b.lines()
                .filter(|l| !l.trim_matches('>').trim().is_empty())
                .count()
        })
        .sum();

    let status = Command::new(&bin)
        .arg("init")
        .arg("proj")
        .current_dir(&base)
        .status();
    assert!(status.is_ok_and(|s| s.success()), "silkpress init failed");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "silkpress import benchmark ({cores} cores): {words} words, {n_blocks} blocks"
    );
    let root = ["--root", "proj"];
    let args = |rest: &[&'static str]| -> Vec<&'static str> {
        root.iter().chain(rest).copied().collect()
    };
    bench(
        "first import (every block new, --dry-run)",
        &bin,
        &base,
        &args(&["import", "doc.md", "--dry-run"]),
        &format!("0 edited, {n_blocks} inserted"),
        runs,
    );
    bench(
        "first import, written",
        &bin,
        &base,
        &args(&["import", "doc.md"]),
        "inserted",
        1,
    );
    bench(
        &format!("revision ({edited} edited, {inserted} inserted, {deleted} deleted, re-wrapped; --dry-run)"),
        &bin,
        &base,
        &args(&["import", "rev.md", "--dry-run"]),
        &format!("{edited} edited, {inserted} inserted, {deleted} deleted"),
        runs,
    );
    bench(
        "the same document again (nothing to write)",
        &bin,
        &base,
        &args(&["import", "doc.md"]),
        "nothing to write",
        runs,
    );

    // The long list: one run each, on a project of its own.
    const ITEMS: usize = 60_000;
    let item = |i: usize, how: &str| format!("- Item number {i} of the list{how}.\n");
    let list = |edited: &dyn Fn(usize) -> bool, how: &str| -> String {
        let mut md = String::from("# The list\n\n");
        for i in 0..ITEMS {
            md.push_str(&item(i, if edited(i) { how } else { "" }));
        }
        md
    };
    let every_thousandth = |i: usize| i % 1000 == 0 || i == ITEMS - 1;
    let revised_items = (0..ITEMS).filter(|&i| every_thousandth(i)).count();
    std::fs::write(base.join("list.md"), list(&|_| false, "")).expect("write");
    std::fs::write(
        base.join("list-rev.md"),
        list(&every_thousandth, ", revised"),
    )
    .expect("write");
    std::fs::write(base.join("list-all.md"), list(&|_| true, ", all revised"))
        .expect("write");
    let status = Command::new(&bin)
        .arg("init")
        .arg("long")
        .current_dir(&base)
        .status();
    assert!(status.is_ok_and(|s| s.success()), "silkpress init failed");
    let long = |rest: &[&'static str]| -> Vec<&'static str> {
        ["--root", "long"].iter().chain(rest).copied().collect()
    };
    bench(
        &format!("a list of {ITEMS} items: first import, written"),
        &bin,
        &base,
        &long(&["import", "list.md"]),
        &format!("{} inserted", ITEMS + 1),
        1,
    );
    bench(
        &format!("the list with {revised_items} items edited (--dry-run)"),
        &bin,
        &base,
        &long(&["import", "list-rev.md", "--dry-run"]),
        &format!("{revised_items} edited, 0 inserted, 0 deleted"),
        1,
    );
    bench(
        "the list with every item edited (--dry-run)",
        &bin,
        &base,
        &long(&["import", "list-all.md", "--dry-run"]),
        &format!("{ITEMS} edited, 0 inserted, 0 deleted"),
        1,
    );
    let _ = std::fs::remove_dir_all(&base);
}
