//! Benchmark of `silkpress serve`'s incremental rebuilds: edit-to-updated-preview, as a
//! translator sees it, beside a full build of the same editions.
//!
//! For each locale it copies the project (templates, locales; fonts hard-linked) to a
//! temporary folder, starts the release `silkpress serve --port 0` beside this binary,
//! then, `runs` times, changes one paragraph's translation (a different number appended
//! each time) and measures:
//! - **html**: from writing the `.ftl` file (as any editor would) to the first
//!   `/preview/<loc>.html` holding the change — the watcher's polling included;
//! - **disk**: from writing the `.ftl` file to having received
//!   both the new `/preview/<loc>.html` (checked to hold the change) and the new
//!   `/preview/<loc>.pdf` — the watcher's polling included;
//! - **save**: from sending the edit to `/api/message` (as the editor page does) to
//!   having received both previews;
//!
//! (with, from the server's state, how many of the body's pages the rebuild placed: from
//! the start of the chapter the edit is in), and beside them **full**: `silkpress build
//! -l LOC -f html -f pdf` run afresh (process start, reading and building everything).
//! Prints the median and minimum of each.
//!
//! Run from the project root:
//! `cargo build --release --features bench-bins --bins && target/release/bench_serve [runs] [locale…]`

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

mod common;

/// A response's status and body.
struct Reply {
    status: u16,
    body: Vec<u8>,
}

/// One HTTP/1.1 request to the server (`Connection: close`).
fn http(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Result<Reply, String> {
    let host = format!("127.0.0.1:{port}");
    let mut s = TcpStream::connect(&host).map_err(|e| format!("connect {host} ({e})"))?;
    let mut req =
        format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    s.write_all(req.as_bytes()).map_err(|e| e.to_string())?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).map_err(|e| e.to_string())?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or("no header block")?;
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or("no status")?;
    let mut body = raw[split + 4..].to_vec();
    if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        body = dechunk(&body);
    }
    Ok(Reply { status, body })
}

/// The body of a chunked response.
fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(nl) = data.windows(2).position(|w| w == b"\r\n") {
        let size = std::str::from_utf8(&data[..nl])
            .ok()
            .and_then(|s| usize::from_str_radix(s.trim(), 16).ok())
            .unwrap_or(0);
        if size == 0 || data.len() < nl + 2 + size {
            break;
        }
        out.extend_from_slice(&data[nl + 2..nl + 2 + size]);
        data = &data[(nl + 4 + size).min(data.len())..];
    }
    out
}

fn get_json(port: u16, path: &str) -> Result<serde_json::Value, String> {
    let r = http(port, "GET", path, &[], "")?;
    serde_json::from_slice(&r.body).map_err(|e| format!("{path}: {e}"))
}

/// Receives both previews; the HTML must hold `marker`.
fn previews(port: u16, tag: &str, marker: &str) -> Result<bool, String> {
    let html = http(port, "GET", &format!("/preview/{tag}.html"), &[], "")?;
    let pdf = http(port, "GET", &format!("/preview/{tag}.pdf"), &[], "")?;
    Ok(html.status == 200
        && pdf.status == 200
        && pdf.body.starts_with(b"%PDF")
        && visible(&html.body).contains(marker))
}

/// Writes a file as editors do: a temporary file renamed over it.
fn write_atomic(path: &Path, text: &str) -> Result<(), String> {
    let tmp = path.with_extension("bench-tmp");
    std::fs::write(&tmp, text).map_err(|e| e.to_string())?;
    std::fs::rename(&tmp, path).map_err(|e| e.to_string())
}

/// Waits for reloads after `version` until both previews are served and the HTML one
/// satisfies `done` (at most 30 s). Returns how long after `start` the HTML preview
/// first satisfied `done`, and how long until the PDF preview was received too (the
/// server answers a PDF request once the PDF of the change is built).
fn until(
    port: u16,
    tag: &str,
    mut version: u64,
    start: Instant,
    done: impl Fn(&str) -> bool,
) -> Result<(Duration, Duration), String> {
    let mut html_at = None;
    while start.elapsed() < Duration::from_secs(30) {
        version = get_json(port, &format!("/api/wait?since={version}"))?["version"]
            .as_u64()
            .unwrap_or(version);
        let html = http(port, "GET", &format!("/preview/{tag}.html"), &[], "")?;
        if html.status != 200 || !done(&visible(&html.body)) {
            continue;
        }
        let html_at = *html_at.get_or_insert_with(|| start.elapsed());
        let pdf = http(port, "GET", &format!("/preview/{tag}.pdf"), &[], "")?;
        if pdf.status == 200 && pdf.body.starts_with(b"%PDF") {
            return Ok((html_at, start.elapsed()));
        }
    }
    Err("the preview did not follow the change on disk within 30 s".into())
}

/// An HTML body as read: without the soft hyphens and word joiners set inside words.
fn visible(body: &[u8]) -> String {
    String::from_utf8_lossy(body)
        .chars()
        .filter(|&c| c != '\u{AD}' && c != '\u{2060}')
        .collect()
}

/// A server, killed when dropped.
struct Serve(Child);

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        if e.path().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()))?;
        } else {
            std::fs::copy(e.path(), to.join(e.file_name()))?;
        }
    }
    Ok(())
}

fn median(mut v: Vec<Duration>) -> (f64, f64) {
    v.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    (ms(v[v.len() / 2]), ms(v[0]))
}

fn bench(bin: &Path, tag: &str, runs: usize) -> Result<(), String> {
    let dir = std::env::temp_dir().join(format!(
        "silkpress-bench-serve-{}-{tag}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    for d in ["templates", "locales"] {
        copy_dir(Path::new(d), &dir.join(d)).map_err(|e| format!("copy {d} ({e})"))?;
    }
    // Fonts are read only from inside the project: hard links (copies across devices).
    std::fs::create_dir_all(dir.join("fonts")).map_err(|e| e.to_string())?;
    for e in std::fs::read_dir("fonts").map_err(|e| format!("fonts ({e})"))? {
        let e = e.map_err(|e| e.to_string())?;
        let to = dir.join("fonts").join(e.file_name());
        if std::fs::hard_link(e.path(), &to).is_err() {
            std::fs::copy(e.path(), &to).map_err(|e| format!("copy a font ({e})"))?;
        }
    }
    let mut child = Command::new(bin)
        .arg("--root")
        .arg(&dir)
        .args(["serve", "--port", "0", "--locale", tag])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("failed to start {bin:?} ({e})"))?;
    let mut line = String::new();
    BufReader::new(child.stdout.take().ok_or("no stdout")?)
        .read_line(&mut line)
        .map_err(|e| e.to_string())?;
    let _serve = Serve(child);
    let port: u16 = line
        .split("127.0.0.1:")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok())
        .ok_or_else(|| format!("no port in {line:?}"))?;
    let page =
        String::from_utf8_lossy(&http(port, "GET", "/", &[], "")?.body).to_string();
    let token = page
        .split("name=\"silkpress-token\" content=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .ok_or("no token in the page")?
        .to_string();
    let state = get_json(port, &format!("/api/state?locale={tag}"))?;
    // A body paragraph halfway through the edition.
    let pages = state["pages"].as_array().ok_or("no pages")?;
    let messages = state["messages"].as_array().ok_or("no messages")?;
    let paragraph = |p: &&serde_json::Value| {
        let id = p["id"].as_str().unwrap_or("");
        messages.iter().any(|m| {
            m["id"] == id
                && m["translation"].is_string()
                && m["source"].as_str().is_some_and(|s| s.lines().count() == 1)
        }) && p["excerpt"]
            .as_str()
            .is_some_and(|e| e.chars().count() >= 80)
    };
    let candidates: Vec<&serde_json::Value> = pages.iter().filter(paragraph).collect();
    let target = candidates
        .get(candidates.len() / 2)
        .ok_or("no paragraph to edit")?;
    let id = target["id"].as_str().unwrap_or("").to_string();
    let message = messages
        .iter()
        .find(|m| m["id"] == id.as_str())
        .ok_or("no message")?;
    let original = message["translation"]
        .as_str()
        .unwrap_or("")
        .trim_end()
        .to_string();
    let file = dir
        .join("locales")
        .join(tag)
        .join(message["file"].as_str().unwrap_or(""));

    let mut disk = Vec::new();
    let mut disk_html = Vec::new();
    let mut stages: [Vec<Duration>; 4] = Default::default();
    let mut save = Vec::new();
    // Body pages placed by the rebuild after the edit, of the body's pages.
    let mut placed = (0, 0);
    for i in 0..runs {
        // On disk: the message's line with a number appended.
        let text = std::fs::read_to_string(&file).map_err(|e| e.to_string())?;
        let version = get_json(port, &format!("/api/state?locale={tag}"))?["version"]
            .as_u64()
            .unwrap_or(0);
        let marker = format!("{}", 7_100_000 + i * 2);
        let edited = text.replacen(&original, &format!("{original} {marker}"), 1);
        if edited == text {
            return Err(format!(
                "`{id}` not found as one line in {}",
                file.display()
            ));
        }
        let start = Instant::now();
        write_atomic(&file, &edited)?;
        let (html_at, both_at) =
            until(port, tag, version, start, |html| html.contains(&marker))?;
        disk_html.push(html_at);
        disk.push(both_at);
        let state = get_json(port, &format!("/api/state?locale={tag}"))?;
        let version = state["version"].as_u64().unwrap_or(0);
        for (i, k) in ["read_ms", "html_ms", "build_ms", "check_ms"]
            .iter()
            .enumerate()
        {
            stages[i].push(Duration::from_secs_f64(
                state["timings"][k].as_f64().unwrap_or(0.0) / 1000.0,
            ));
        }
        let pages = |k: &str| state["timings"][k].as_u64().unwrap_or(0);
        placed = (pages("placed_pages"), pages("body_pages"));
        write_atomic(&file, &text)?;
        until(port, tag, version, Instant::now(), |html| {
            !html.contains(&marker)
        })?;

        // Through the editor: the same change saved with the token (translations only:
        // the source is edited in its files).
        if state["source"] == tag {
            continue;
        }
        let marker = format!("{}", 7_100_001 + i * 2);
        let body = serde_json::json!({ "locale": tag, "id": id, "text": format!("{original} {marker}") }).to_string();
        let start = Instant::now();
        let r = http(
            port,
            "POST",
            "/api/message",
            &[
                ("Content-Type", "application/json"),
                ("X-Silkpress-Token", &token),
            ],
            &body,
        )?;
        if r.status != 200 {
            return Err(format!(
                "save refused: {}",
                String::from_utf8_lossy(&r.body)
            ));
        }
        if !previews(port, tag, &marker)? {
            return Err(format!(
                "the preview does not show the saved edit (run {i})"
            ));
        }
        save.push(start.elapsed());
        // Back to the original for the next run (through the editor, waited for).
        let body =
            serde_json::json!({ "locale": tag, "id": id, "text": original }).to_string();
        http(
            port,
            "POST",
            "/api/message",
            &[
                ("Content-Type", "application/json"),
                ("X-Silkpress-Token", &token),
            ],
            &body,
        )?;
    }

    let mut full = Vec::new();
    let mut full_cpu: Vec<f64> = Vec::new();
    let mut peak = 0u64;
    for _ in 0..runs {
        let out = dir.join("out");
        let run = common::run(
            bin,
            &dir,
            &[
                "--root",
                &dir.to_string_lossy(),
                "build",
                "-l",
                tag,
                "-f",
                "html",
                "-f",
                "pdf",
            ],
        )
        .map_err(|e| e.to_string())?;
        if !run.output.status.success() {
            return Err(format!(
                "build failed: {}",
                String::from_utf8_lossy(&run.output.stderr)
            ));
        }
        let _ = std::fs::remove_dir_all(out);
        full.push(run.wall);
        if let Some(cpu) = run.cpu_ms {
            full_cpu.push(cpu);
        }
        peak = peak.max(run.rss_kb.unwrap_or(0));
    }
    let (hm, hn) = median(disk_html);
    let (dm, dn) = median(disk);
    let (sm, sn) = if save.is_empty() {
        ("-".to_string(), "-".to_string())
    } else {
        let (m, n) = median(save);
        (format!("{m:.1}"), format!("{n:.1}"))
    };
    let (fm, fn_) = median(full);
    full_cpu.sort_by(f64::total_cmp);
    let cpu = full_cpu
        .get(full_cpu.len() / 2)
        .map_or("-".into(), |c| format!("{c:.0}"));
    println!(
        "{tag:<6} {id:<22} {hm:>8.1} {hn:>7.1} {dm:>8.1} {dn:>7.1} {sm:>8} {sn:>7} {fm:>8.1} {fn_:>7.1} {cpu:>8} {:>7}",
        peak / 1024
    );
    let [r, h, b, c] = stages.map(|v| median(v).0);
    println!(
        "{:<29} server side (median): read {r:.1}, HTML {h:.1}, PDF {b:.1}, check {c:.1}; \
         body pages placed {} of {}",
        "", placed.0, placed.1
    );
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runs = args
        .first()
        .and_then(|a| a.parse().ok())
        .unwrap_or(9usize)
        .max(1);
    let mut tags: Vec<String> = args
        .iter()
        .filter(|a| a.parse::<usize>().is_err())
        .cloned()
        .collect();
    if tags.is_empty() {
        tags = ["en", "zh-CN", "ru", "fa"].map(String::from).to_vec();
    }
    let Some(bin) = common::silkpress_beside_me() else {
        eprintln!("error: build the release binary first (`cargo build --release --features bench-bins --bins`)");
        return ExitCode::from(2);
    };
    println!("edit-to-updated-preview, ms over {runs} runs: html = file written -> HTML preview holding the change; disk = -> HTML and PDF received; save = editor request -> both; full = `build -f html -f pdf`");
    println!(
        "{:<6} {:<22} {:>8} {:>7} {:>8} {:>7} {:>8} {:>7} {:>8} {:>7} {:>8} {:>7}",
        "locale",
        "paragraph",
        "html med",
        "min",
        "disk med",
        "min",
        "save med",
        "min",
        "full med",
        "min",
        "full cpu",
        "MB"
    );
    for tag in &tags {
        if let Err(e) = bench(&bin, tag, runs) {
            eprintln!("error: {tag}: {e}");
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}
