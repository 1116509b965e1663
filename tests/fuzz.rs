//! The mutation fuzz pass: the project's own inputs (a locale's `.ftl` files, the
//! structure, the style) are mutated — bytes flipped, inserted and cut, lines doubled,
//! hostile snippets spliced in (deep nesting, control and bidi characters, invalid
//! UTF-8, huge and negative numbers) — and every command is run on the result. Each run
//! must:
//! - end within its time limit (no hang) and without a signal or a panic (exit 101);
//! - exit 0, 1 or 2;
//! - when `build` exits 0, have written valid output (a PDF that `qpdf --check` accepts
//!   when qpdf is installed, HTML without raw control characters and with its tags
//!   closed).
//!
//! It is `#[ignore]`d under `cargo test` (it runs the binary hundreds of times) and run by
//! `.ci/run` for a bounded time: `FUZZ_SECONDS` (default 60) and `FUZZ_SEED` (default:
//! the date, printed so a failure can be replayed).

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::copy_dir;

/// xorshift64*: a small deterministic generator, so a seed replays a run exactly.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Snippets that have broken silkpress or tools like it.
fn hostile(rng: &mut Rng) -> Vec<u8> {
    let depth = 1 + rng.below(3000);
    let choices: Vec<Vec<u8>> = vec![
        "{ ".repeat(depth).into_bytes(),
        "<i>".repeat(depth).into_bytes(),
        b"\x07\x1b[31m\x00".to_vec(),
        "\u{202E}\u{2066}".as_bytes().to_vec(),
        vec![0xff, 0xfe, 0xc3],
        b"{ $x }{ $y }{ -missing }".to_vec(),
        b"\n-term = { -term }\nloop = { loop }\n".to_vec(),
        b"x".repeat(1 + rng.below(200_000)),
        b"-1e9".to_vec(),
        b"0".to_vec(),
        b"-10.5".to_vec(),
        b"1e30".to_vec(),
        b"nan".to_vec(),
        b"\n[[blocks]]\n".to_vec(),
        b"\r\n\t".to_vec(),
        "\u{FEFF}".as_bytes().to_vec(),
        // A syntax error whose one-byte span ends inside a letter of another script
        // (quoting its line panicked), and a non-ASCII ID.
        "{".as_bytes().to_vec(),
        "{вет".as_bytes().to_vec(),
        "{ص".as_bytes().to_vec(),
        "\nzz-é = 中{文\n".as_bytes().to_vec(),
        b"{ \"\\uD800\" }".to_vec(),
    ];
    choices[rng.below(choices.len())].clone()
}

fn mutate(rng: &mut Rng, data: &mut Vec<u8>) {
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(data.len() + 1);
        match rng.below(6) {
            0 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] ^= 1 << rng.below(8);
            }
            1 => {
                let end = (at + rng.below(64)).min(data.len());
                data.drain(at..end);
            }
            2 => {
                let snippet = hostile(rng);
                data.splice(at..at, snippet);
            }
            3 if !data.is_empty() => {
                // Double a line.
                let start = data[..at]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |i| i + 1);
                let end = data[at..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(data.len(), |i| at + i + 1);
                let line = data[start..end].to_vec();
                data.splice(end..end, line);
            }
            4 => {
                // Replace a number (style sizes, margins) by a hostile one.
                if let Some(i) = (at..data.len()).find(|&i| data[i].is_ascii_digit()) {
                    let end = (i..data.len())
                        .find(|&j| !(data[j].is_ascii_digit() || data[j] == b'.'))
                        .unwrap_or(data.len());
                    let n = [&b"-10"[..], b"0", b"1e9", b"0.0001", b"-0.5"][rng.below(5)];
                    data.splice(i..end, n.iter().copied());
                }
            }
            _ => {
                let b = rng.below(256) as u8;
                data.insert(at, b);
            }
        }
    }
}

/// Runs the binary with a time limit; `None` when it had to be killed.
fn run(root: &Path, args: &[&str], limit: Duration) -> Option<(Option<i32>, String)> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_silkpress"))
        .arg("--root")
        .arg(root)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stderr.read_to_end(&mut s);
        String::from_utf8_lossy(&s).into_owned()
    });
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return Some((status.code(), reader.join().unwrap()));
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn html_is_sound(text: &str) -> Result<(), String> {
    if let Some(c) = text
        .chars()
        .find(|&c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
    {
        return Err(format!("raw control character U+{:04X}", c as u32));
    }
    for tag in ["html", "head", "body", "main", "p", "i", "b", "h2", "nav"] {
        let open = text.matches(&format!("<{tag}>")).count()
            + text.matches(&format!("<{tag} ")).count();
        let close = text.matches(&format!("</{tag}>")).count();
        if open != close {
            return Err(format!("<{tag}> opened {open} times, closed {close}"));
        }
    }
    Ok(())
}

fn qpdf_available() -> bool {
    Command::new("qpdf")
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The inputs a run may mutate, relative to the project root.
fn targets(root: &Path) -> Vec<PathBuf> {
    let mut ftl = Vec::new();
    for dir in ["locales/en", "locales/ru", "locales/fa"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "ftl") {
                ftl.push(p.strip_prefix(root).unwrap().to_path_buf());
            }
        }
    }
    ftl.sort();
    let mut out = vec![
        PathBuf::from("templates/report.toml"),
        PathBuf::from("templates/style.toml"),
    ];
    out.extend(ftl);
    out
}

#[test]
#[ignore = "runs the binary hundreds of times; .ci/run runs it with FUZZ_SECONDS"]
fn mutated_inputs_never_panic_hang_or_lie() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seconds: u64 = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_secs()
                / 86_400
        });
    eprintln!("fuzz: seed {seed}, {seconds} s (replay with FUZZ_SEED={seed})");
    let pristine = tempfile::tempdir().unwrap();
    for sub in [
        "templates",
        "fonts",
        "locales/en",
        "locales/ru",
        "locales/fa",
    ] {
        copy_dir(&repo.join(sub), &pristine.path().join(sub));
    }
    let files = targets(pristine.path());
    let qpdf = qpdf_available();
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut failures = Vec::new();
    let mut runs = 0;
    let mut case = 0u64;
    while Instant::now() < deadline && failures.len() < 5 {
        case += 1;
        let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ case | 1);
        let work = tempfile::tempdir().unwrap();
        for sub in ["templates", "locales"] {
            copy_dir(&pristine.path().join(sub), &work.path().join(sub));
        }
        // The fonts are never mutated: linked, not copied (20 MB a case).
        common::link_fonts(&pristine.path().join("fonts"), &work.path().join("fonts"));
        // A quarter of the cases mutate the style, a sixth the structure, the rest FTL.
        let file = match rng.below(12) {
            0..=2 => &files[1],
            3..=4 => &files[0],
            _ => &files[2 + rng.below(files.len() - 2)],
        };
        let path = work.path().join(file);
        let mut data = std::fs::read(&path).unwrap();
        mutate(&mut rng, &mut data);
        std::fs::write(&path, &data).unwrap();
        let out = work.path().join("out");
        // Half the checks print their diagnostics for a person, quoting lines.
        let check: &[&str] = if case % 2 == 0 {
            &["check", "--format", "json"]
        } else {
            &["check"]
        };
        let commands: [&[&str]; 4] = [
            check,
            &["fmt", "--check"],
            &["build", "--locale", "ru", "--format", "html"],
            &["build", "--locale", "en", "--format", "pdf"],
        ];
        for args in commands {
            runs += 1;
            let what = format!("case {case} ({}), {}", file.display(), args.join(" "));
            match run(work.path(), args, Duration::from_secs(60)) {
                None => failures.push(format!("{what}: hung (killed after 60 s)")),
                Some((code, err)) => {
                    if err.contains("panicked") || !matches!(code, Some(0..=2)) {
                        failures.push(format!(
                            "{what}: exit {code:?}\n{}",
                            err.lines().take(6).collect::<Vec<_>>().join("\n")
                        ));
                    } else if code == Some(0) && args[0] == "build" {
                        if args[4] == "html" {
                            let page =
                                std::fs::read_to_string(out.join("report.ru.html"));
                            match page
                                .map_err(|e| e.to_string())
                                .and_then(|p| html_is_sound(&p))
                            {
                                Ok(()) => {}
                                Err(e) => {
                                    failures.push(format!("{what}: exit 0 but {e}"))
                                }
                            }
                        } else if qpdf {
                            let pdf = out.join("report.en.pdf");
                            let ok = Command::new("qpdf")
                                .arg("--check")
                                .arg(&pdf)
                                .stdout(Stdio::null())
                                .stderr(Stdio::null())
                                .status()
                                .is_ok_and(|s| s.code() == Some(0));
                            if !ok {
                                failures.push(format!(
                                    "{what}: exit 0 but qpdf --check fails"
                                ));
                            }
                        }
                    }
                }
            }
        }
        if !failures.is_empty() {
            // Keep the input of the first failure for a replay.
            let keep = std::env::temp_dir().join(format!("silkpress-fuzz-{seed}-{case}"));
            copy_dir(work.path(), &keep);
            eprintln!("fuzz: failing project kept in {}", keep.display());
        }
    }
    eprintln!(
        "fuzz: {case} cases, {runs} runs, {} failures",
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_html_soundness_check_can_fail() {
    assert!(html_is_sound("<p>a</p>").is_ok());
    assert!(html_is_sound("<p>a\u{7}</p>").is_err());
    assert!(html_is_sound("<p><i>a</p>").is_err());
}
