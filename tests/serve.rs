//! `silkpress serve` from outside: the binary on an ephemeral port over a copy of the
//! small fixture project (`tests/fixtures/html/mini` with the repository's style,
//! templates and fonts), spoken to over raw HTTP/1.1. Loopback-only binding, the Host,
//! token and Origin rules, an edit reflected in the preview, a change on disk reflected,
//! and a syntax error reported at its line and column with the file left as it was.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{copy_dir, repo};

/// A running server, killed when dropped.
struct Server {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
    root: std::path::PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The fixture project in a temporary folder.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("templates"), &dir.path().join("templates"));
    copy_dir(&repo().join("tests/fixtures/html/mini"), dir.path());
    // Fonts are read only from inside the project (a link out of it is refused):
    // hard links, not 20 MB of copies.
    common::link_fonts(&repo().join("fonts"), &dir.path().join("fonts"));
    dir
}

fn start() -> Server {
    start_in(project())
}

/// The server on a prepared project.
fn start_in(dir: tempfile::TempDir) -> Server {
    let root = dir.path().to_path_buf();
    let mut child = Command::new(env!("CARGO_BIN_EXE_silkpress"))
        .args(["--root"])
        .arg(&root)
        .args(["serve", "--port", "0", "--locale", "ru"])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    // The address line, within a minute: a server that never starts fails the test
    // instead of blocking the suite.
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let Ok(line) = rx.recv_timeout(Duration::from_secs(60)) else {
        let _ = child.kill();
        let _ = child.wait();
        panic!("serve printed no address within 60 s (a hang)");
    };
    let port = line
        .split("127.0.0.1:")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no port in {line:?}"));
    Server {
        child,
        port,
        _dir: dir,
        root,
    }
}

/// A response: status, headers (lower-case names) and body.
struct Reply {
    status: u16,
    body: Vec<u8>,
}

impl Reply {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The text as a reader sees it: without the soft hyphens and word joiners the
    /// HTML edition puts inside words, and with no-break spaces as spaces.
    fn visible(&self) -> String {
        self.text()
            .chars()
            .filter(|&c| c != '\u{AD}' && c != '\u{2060}')
            .map(|c| {
                if c == '\u{A0}' || c == '\u{202F}' {
                    ' '
                } else {
                    c
                }
            })
            .collect()
    }
}

/// Sends one request (`Connection: close`) to 127.0.0.1 and reads the whole reply.
fn http(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Reply {
    let host = format!("127.0.0.1:{port}");
    let mut stream = TcpStream::connect(&host).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\n");
    if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
        req.push_str(&format!("Host: {host}\r\n"));
    }
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    stream.write_all(req.as_bytes()).unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a header block");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap();
    let mut body = raw[split + 4..].to_vec();
    if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        body = dechunk(&body);
    }
    Reply { status, body }
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(nl) = data.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size =
            usize::from_str_radix(std::str::from_utf8(&data[..nl]).unwrap().trim(), 16)
                .unwrap();
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&data[nl + 2..nl + 2 + size]);
        data = &data[nl + 2 + size + 2..];
    }
}

fn get(port: u16, path: &str) -> Reply {
    http(port, "GET", path, &[], "")
}

/// The token the editor page holds.
fn token(port: u16) -> String {
    let page = get(port, "/").text();
    let at = page.find("name=\"silkpress-token\" content=\"").unwrap();
    page[at..].split('"').nth(3).unwrap().to_string()
}

fn save(port: u16, headers: &[(&str, &str)], id: &str, text: &str) -> Reply {
    let body = serde_json::json!({ "locale": "ru", "id": id, "text": text }).to_string();
    http(port, "POST", "/api/message", headers, &body)
}

/// The preview of `ru` until it contains `needle`, or `None` after `limit`.
fn wait_for(port: u16, needle: &str, limit: Duration) -> Option<Duration> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if get(port, "/preview/ru.html").visible().contains(needle) {
            return Some(start.elapsed());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

fn read(root: &Path, rel: &str) -> Vec<u8> {
    std::fs::read(root.join(rel)).unwrap()
}

#[test]
fn serve_listens_on_loopback_only() {
    let s = start();
    // Every socket listening on the port is a loopback one.
    #[cfg(target_os = "linux")]
    for (table, loopback) in [
        ("/proc/net/tcp", &["0100007F"][..]),
        ("/proc/net/tcp6", &["00000000000000000000000001000000"][..]),
    ] {
        let Ok(text) = std::fs::read_to_string(table) else {
            continue;
        };
        let port = format!(":{:04X}", s.port);
        for line in text.lines().skip(1) {
            let cols: Vec<&str> = line.split_whitespace().collect();
            // State 0A is LISTEN.
            if cols.len() > 3 && cols[1].ends_with(&port) && cols[3] == "0A" {
                let addr = cols[1].split(':').next().unwrap();
                assert!(
                    loopback.contains(&addr),
                    "listening on {addr} in {table}, not loopback"
                );
            }
        }
    }
    // A non-loopback address of this machine, if it has one, is refused.
    if let Ok(udp) = std::net::UdpSocket::bind("0.0.0.0:0") {
        if udp.connect("192.0.2.1:9").is_ok() {
            if let Ok(local) = udp.local_addr() {
                if !local.ip().is_loopback() && !local.ip().is_unspecified() {
                    let addr = (local.ip(), s.port)
                        .to_socket_addrs()
                        .unwrap()
                        .next()
                        .unwrap();
                    assert!(
                        TcpStream::connect_timeout(&addr, Duration::from_secs(2))
                            .is_err(),
                        "reachable on {addr}"
                    );
                }
            }
        }
    }
    assert_eq!(get(s.port, "/").status, 200);
    // Another name for this address (DNS rebinding) is refused, reads included.
    let foreign = http(
        s.port,
        "GET",
        "/preview/ru.html",
        &[("Host", "evil.example:80")],
        "",
    );
    assert_eq!(foreign.status, 403);
}

#[test]
fn writes_need_the_token_and_the_own_origin_and_show_in_the_preview() {
    let s = start();
    let port = s.port;
    let token = token(port);
    assert_eq!(token.len(), 32);
    let json = ("Content-Type", "application/json");
    let file = "locales/ru/body.ftl";
    let before = read(&s.root, file);
    let new = "ch1-s1-p1 = Новый текст абзаца.";

    let none = save(port, &[json], "ch1-s1-p1", new);
    assert_eq!(none.status, 403, "{}", none.text());
    let wrong = save(
        port,
        &[json, ("X-Silkpress-Token", &"0".repeat(32))],
        "ch1-s1-p1",
        new,
    );
    assert_eq!(wrong.status, 403, "{}", wrong.text());
    let origin = format!("http://127.0.0.1:{port}");
    let foreign = save(
        port,
        &[
            json,
            ("X-Silkpress-Token", &token),
            ("Origin", "http://evil.example"),
        ],
        "ch1-s1-p1",
        new,
    );
    assert_eq!(foreign.status, 403, "{}", foreign.text());
    let not_json = save(port, &[("X-Silkpress-Token", &token)], "ch1-s1-p1", new);
    assert_eq!(not_json.status, 403, "{}", not_json.text());
    assert_eq!(
        read(&s.root, file),
        before,
        "a refused write changed the file"
    );
    assert!(!get(port, "/preview/ru.html")
        .visible()
        .contains("Новый текст абзаца"));

    let ok = save(
        port,
        &[json, ("X-Silkpress-Token", &token), ("Origin", &origin)],
        "ch1-s1-p1",
        new,
    );
    assert_eq!(ok.status, 200, "{}", ok.text());
    // The preview served after the reply already holds the edit.
    assert!(get(port, "/preview/ru.html")
        .visible()
        .contains("Новый текст абзаца"));
    let pdf = get(port, "/preview/ru.pdf");
    assert_eq!(pdf.status, 200);
    assert!(pdf.body.starts_with(b"%PDF"));
    // Only that message changed, and the file is as `fmt` writes it.
    let after = String::from_utf8(read(&s.root, file)).unwrap();
    let before = String::from_utf8(before).unwrap();
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(changed[0].1, new);
    assert_eq!(
        silkpress::l10n::fmt::format_text(&after).unwrap(),
        after,
        "not in canonical form"
    );
    // The lock file records the new translation, as `sync` would.
    let lock = String::from_utf8(read(&s.root, "locales/ru/l10n.lock")).unwrap();
    assert!(lock.contains("[fingerprints.ch1-s1-p1]"), "{lock}");
    // The state lists the message with its new text.
    let state: serde_json::Value =
        serde_json::from_str(&get(port, "/api/state?locale=ru").text()).unwrap();
    let m = state["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "ch1-s1-p1")
        .unwrap();
    assert_eq!(m["translation"].as_str().unwrap().trim(), new);
    assert!(state["pages"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["id"] == "ch1-s1-p1"));
}

#[test]
fn a_file_written_on_disk_shows_in_the_preview() {
    let s = start();
    assert_eq!(get(s.port, "/").status, 200);
    let state = get(s.port, "/api/state?locale=ru").text();
    assert!(state.contains("\"load_errors\":[]"), "{state}");
    let path = s.root.join("locales/ru/body.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replace(
        "Живу в <i>доме</i>",
        "Записано другим редактором в <i>доме</i>",
    );
    assert_ne!(text, edited);
    let pdf_before = get(s.port, "/preview/ru.pdf").body;
    assert!(pdf_before.starts_with(b"%PDF"));
    std::fs::write(&path, edited).unwrap();
    // The bench measures the latency of a release build; a debug build on a busy
    // machine gets a wide margin here.
    let took = wait_for(
        s.port,
        "Записано другим редактором",
        Duration::from_secs(30),
    );
    assert!(
        took.is_some(),
        "the change on disk never reached the preview"
    );
    // The HTML preview is published before the PDF is set; a PDF asked for right after
    // is the one of the change (the server waits for it), never the previous one.
    let pdf_after = get(s.port, "/preview/ru.pdf");
    assert_eq!(pdf_after.status, 200);
    assert!(pdf_after.body.starts_with(b"%PDF"));
    assert_ne!(pdf_after.body, pdf_before, "the PDF served is the old one");
    let state = get(s.port, "/api/state?locale=ru");
    assert_eq!(state.status, 200);
}

#[test]
fn a_syntax_error_is_reported_at_its_column_and_nothing_is_written() {
    let s = start();
    let token = token(s.port);
    let file = "locales/ru/body.ftl";
    let before = read(&s.root, file);
    let lock_before = std::fs::read(s.root.join("locales/ru/l10n.lock")).ok();
    let r = save(
        s.port,
        &[
            ("Content-Type", "application/json"),
            ("X-Silkpress-Token", &token),
        ],
        "ch1-s1-p1",
        "ch1-s1-p1 = Текст\n    продолжение }",
    );
    assert_eq!(r.status, 422, "{}", r.text());
    let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
    // The unbalanced brace: line 2, column 17 (in characters).
    assert_eq!(
        (v["line"].as_u64(), v["column"].as_u64()),
        (Some(2), Some(17)),
        "{v}"
    );
    assert!(v["error"].as_str().unwrap().contains("2:17"), "{v}");
    assert_eq!(read(&s.root, file), before, "the file changed");
    assert_eq!(
        std::fs::read(s.root.join("locales/ru/l10n.lock")).ok(),
        lock_before
    );
    // Another ID is refused too, as a usage error, not written.
    let r = save(
        s.port,
        &[
            ("Content-Type", "application/json"),
            ("X-Silkpress-Token", &token),
        ],
        "ch1-s1-p1",
        "other = Текст",
    );
    assert_eq!(r.status, 422, "{}", r.text());
    assert_eq!(read(&s.root, file), before);
}

#[test]
fn a_missing_message_is_added_to_the_mirroring_file_and_stops_being_missing() {
    let s = start();
    let token = token(s.port);
    let status = |port| -> String {
        let state: serde_json::Value =
            serde_json::from_str(&get(port, "/api/state?locale=ru").text()).unwrap();
        let m = state["messages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["id"] == "ch1-s1-p2")
            .cloned()
            .unwrap();
        m["status"].as_str().unwrap().to_string()
    };
    assert_eq!(status(s.port), "missing");
    let before = String::from_utf8(read(&s.root, "locales/ru/body.ftl")).unwrap();
    let r = save(
        s.port,
        &[
            ("Content-Type", "application/json"),
            ("X-Silkpress-Token", &token),
        ],
        "ch1-s1-p2",
        "ch1-s1-p2 = Второй абзац, переведённый в редакторе.",
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let after = String::from_utf8(read(&s.root, "locales/ru/body.ftl")).unwrap();
    // Everything that was there is still there, the new message after it.
    assert!(after.starts_with(before.trim_end()), "{after}");
    assert!(after.ends_with("ch1-s1-p2 = Второй абзац, переведённый в редакторе.\n"));
    assert_eq!(status(s.port), "translated");
    // (The HTML ties short words with no-break spaces: look for one word.)
    assert!(get(s.port, "/preview/ru.html")
        .visible()
        .contains("переведённый"));
    // The source locale is not edited here.
    let r = http(
        s.port,
        "POST",
        "/api/message",
        &[("Content-Type", "application/json"), ("X-Silkpress-Token", &token)],
        &serde_json::json!({ "locale": "en", "id": "ch1-s1-p2", "text": "ch1-s1-p2 = x" })
            .to_string(),
    );
    assert_eq!(r.status, 422, "{}", r.text());
}

#[test]
fn a_stale_message_shows_how_its_source_changed() {
    let dir = project();
    let sync = Command::new(env!("CARGO_BIN_EXE_silkpress"))
        .arg("--root")
        .arg(dir.path())
        .args(["sync", "ru"])
        .output()
        .unwrap();
    assert!(
        sync.status.success(),
        "{}",
        String::from_utf8_lossy(&sync.stderr)
    );
    let en = dir.path().join("locales/en/body.ftl");
    let text = std::fs::read_to_string(&en).unwrap();
    std::fs::write(
        &en,
        text.replace(
            "and <b>bold <i>italic</i></b> runs.",
            "and <b>bold</b> runs.",
        ),
    )
    .unwrap();
    // Sync writes the change beside the stale message.
    let sync = Command::new(env!("CARGO_BIN_EXE_silkpress"))
        .arg("--root")
        .arg(dir.path())
        .args(["sync", "ru"])
        .output()
        .unwrap();
    assert!(
        sync.status.success(),
        "{}",
        String::from_utf8_lossy(&sync.stderr)
    );
    let ru = || std::fs::read_to_string(dir.path().join("locales/ru/body.ftl")).unwrap();
    assert!(ru().contains("# silkpress-sync: stale;"), "{}", ru());
    let s = start_in(dir);
    let state: serde_json::Value =
        serde_json::from_str(&get(s.port, "/api/state?locale=ru").text()).unwrap();
    let m = state["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "ch1-s1-p1")
        .unwrap();
    assert_eq!(m["status"], "stale", "{m:#}");
    let note = m["notes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["code"] == "stale-translation")
        .unwrap();
    let change = &note["change"];
    assert!(change["old"]
        .as_str()
        .unwrap()
        .ends_with("<b>bold <i>italic</i></b> runs."));
    assert!(change["new"]
        .as_str()
        .unwrap()
        .ends_with("and <b>bold</b> runs."));
    let side = |op: &str| -> String {
        change["diff"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["op"] == op)
            .map(|e| e["text"].as_str().unwrap())
            .collect()
    };
    // Words were only taken away: the difference deletes the italic and adds nothing.
    assert!(side("delete").contains("italic"), "{change:#}");
    assert_eq!(side("insert"), "", "{change:#}");
    // The page renders the difference.
    let app = get(s.port, "/app.js").text();
    assert!(
        app.contains("changeView"),
        "the editor script shows the change"
    );

    // The translator updates it in the editor: sync's note of the change goes with
    // the staleness, and the lock records the new pair.
    let token = token(s.port);
    let r = save(
        s.port,
        &[
            ("Content-Type", "application/json"),
            ("X-Silkpress-Token", &token),
        ],
        "ch1-s1-p1",
        "ch1-s1-p1 = Текст с <i>курсивом</i> и <b>полужирным</b>.",
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let body = String::from_utf8(read(&s.root, "locales/ru/body.ftl")).unwrap();
    assert!(
        !body.contains("silkpress-sync: stale") && !body.contains("silkpress-sync>"),
        "{body}"
    );
    assert!(
        body.contains("ch1-s1-p1 = Текст с <i>курсивом</i>"),
        "{body}"
    );
    let lock = String::from_utf8(read(&s.root, "locales/ru/l10n.lock")).unwrap();
    assert!(lock.contains("and <b>bold</b> runs."), "{lock}");
}

#[test]
fn a_linked_out_dangling_or_fifo_ftl_file_is_never_written() {
    // The locale's front-matter.ftl is replaced by something the project refuses to
    // read (so its messages show as missing): a save of one of them must not write
    // through it, nor block on it.
    let outside = tempfile::tempdir().unwrap();
    let kept = outside.path().join("kept.ftl");
    std::fs::write(&kept, "report-title = Оставить\n").unwrap();
    let dangling = outside.path().join("nowhere.ftl");
    let dir = project();
    let ftl = dir.path().join("locales/ru/front-matter.ftl");
    std::fs::remove_file(&ftl).unwrap();
    std::os::unix::fs::symlink(&kept, &ftl).unwrap();
    let s = start_in(dir);
    let token = token(s.port);
    let headers = [
        ("Content-Type", "application/json"),
        ("X-Silkpress-Token", token.as_str()),
    ];
    let entry = "report-publisher = Издатель";
    // The editor says why the edition is not built: the file it could not read (the
    // state listed no error beside "not built").
    let state = get(s.port, "/api/state?locale=ru").text();
    let json: serde_json::Value = serde_json::from_str(&state).unwrap();
    let errors = json["load_errors"].as_array().expect("load_errors");
    assert!(
        errors.iter().any(|e| e["code"] == "refused-input"
            && e["at"].as_str().unwrap_or("").contains("front-matter.ftl")),
        "{state}"
    );
    // A link out of the project.
    let r = save(s.port, &headers, "report-publisher", entry);
    assert_eq!(r.status, 409, "{}", r.text());
    assert_eq!(
        std::fs::read_to_string(&kept).unwrap(),
        "report-title = Оставить\n"
    );
    // A dangling link: the file it names is not created.
    std::fs::remove_file(&ftl).unwrap();
    std::os::unix::fs::symlink(&dangling, &ftl).unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let r = save(s.port, &headers, "report-publisher", entry);
    assert_eq!(r.status, 409, "{}", r.text());
    assert!(r.text().contains("dangling"), "{}", r.text());
    assert!(!dangling.exists());
    assert!(std::fs::symlink_metadata(&ftl)
        .unwrap()
        .file_type()
        .is_symlink());
    // A FIFO: refused at once, and the server still answers.
    std::fs::remove_file(&ftl).unwrap();
    let made = Command::new("mkfifo").arg(&ftl).status().unwrap();
    assert!(made.success());
    std::thread::sleep(Duration::from_millis(200));
    let r = save(s.port, &headers, "report-publisher", entry);
    assert_eq!(r.status, 409, "{}", r.text());
    assert!(r.text().contains("FIFO"), "{}", r.text());
    assert_eq!(get(s.port, "/api/state?locale=ru").status, 200);
}

#[test]
fn a_missing_message_takes_the_place_of_syncs_commented_copy() {
    // After `sync`, the missing message is a commented copy in ru's body.ftl; the
    // editor's save puts the translation in its place, so the file says nothing is
    // missing and a `sync` after it has nothing to change.
    let dir = project();
    let synced = Command::new(env!("CARGO_BIN_EXE_silkpress"))
        .arg("--root")
        .arg(dir.path())
        .args(["sync", "ru"])
        .output()
        .unwrap();
    assert!(synced.status.success(), "{synced:?}");
    let s = start_in(dir);
    let before = String::from_utf8(read(&s.root, "locales/ru/body.ftl")).unwrap();
    assert!(before.contains("# ch1-s1-p2 = "), "{before}");
    let token = token(s.port);
    let r = save(
        s.port,
        &[
            ("Content-Type", "application/json"),
            ("X-Silkpress-Token", &token),
        ],
        "ch1-s1-p2",
        "ch1-s1-p2 = Второй абзац.",
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let after = String::from_utf8(read(&s.root, "locales/ru/body.ftl")).unwrap();
    assert!(!after.contains("# ch1-s1-p2 = "), "{after}");
    assert!(after.contains("\nch1-s1-p2 = Второй абзац.\n"), "{after}");
    // Where the copy was: before the next message's copy, not at the end.
    let at = after.find("ch1-s1-p2 = Второй").unwrap();
    assert!(after[at..].contains("# ch2-s1-p1 = "), "{after}");
    let resynced = Command::new(env!("CARGO_BIN_EXE_silkpress"))
        .arg("--root")
        .arg(&s.root)
        .args(["sync", "ru"])
        .output()
        .unwrap();
    assert!(resynced.status.success(), "{resynced:?}");
    assert_eq!(
        String::from_utf8(read(&s.root, "locales/ru/body.ftl")).unwrap(),
        after
    );
}

#[test]
fn a_translation_that_does_not_format_shows_the_source_in_the_preview_as_a_fallback() {
    let s = start();
    assert_eq!(get(s.port, "/").status, 200);
    let message = |port| -> serde_json::Value {
        let state: serde_json::Value =
            serde_json::from_str(&get(port, "/api/state?locale=ru").text()).unwrap();
        state["messages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["id"] == "ch1-s1-p1")
            .cloned()
            .unwrap()
    };
    assert_eq!(message(s.port)["status"], "translated");
    // A translator's typo on disk: a term the locale does not define.
    let path = s.root.join("locales/ru/body.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replace("Живу в <i>доме</i>", "Живу в { -nowhere }");
    assert_ne!(text, edited);
    std::fs::write(&path, edited).unwrap();
    // The preview stays up, with the source's text in the message's place…
    let took = wait_for(s.port, "Text with", Duration::from_secs(30));
    assert!(took.is_some(), "the preview never showed the source's text");
    let pdf = get(s.port, "/preview/ru.pdf");
    assert_eq!(pdf.status, 200);
    assert!(pdf.body.starts_with(b"%PDF"));
    // …and the editor says why: the status and the error at the message.
    let m = message(s.port);
    assert_eq!(m["status"], "fallback", "{m}");
    let notes = m["notes"].as_array().unwrap();
    assert!(
        notes
            .iter()
            .any(|n| n["code"] == "format-error" && n["severity"] == "error"),
        "{m}"
    );
    // The build itself still stops on it (check implies build, and build needs check).
    let out = Command::new(env!("CARGO_BIN_EXE_silkpress"))
        .arg("--root")
        .arg(&s.root)
        .args(["build", "--locale", "ru", "--format", "html", "-o"])
        .arg(s.root.join("out.html"))
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0));
    assert!(!s.root.join("out.html").exists());
}

#[test]
fn a_flood_of_held_requests_is_answered_busy_and_the_server_recovers() {
    let s = start();
    let port = s.port;
    // Every preview built (a PDF still being set would move the version on).
    assert!(get(port, "/preview/ru.pdf").body.starts_with(b"%PDF"));
    let since: u64 =
        serde_json::from_slice::<serde_json::Value>(&get(port, "/api/wait?since=0").body)
            .unwrap()["version"]
            .as_u64()
            .unwrap();
    // 80 waits for a change that has not happened: each is held (up to 20 s).
    let held: Vec<_> = (0..80)
        .map(|_| {
            std::thread::spawn(move || {
                get(port, &format!("/api/wait?since={since}")).status
            })
        })
        .collect();
    // Once the server holds its maximum, a further request is refused at once.
    let start = Instant::now();
    let mut busy = None;
    while busy.is_none() && start.elapsed() < Duration::from_secs(15) {
        let r = get(port, "/api/state?locale=ru");
        if r.status == 503 {
            busy = Some(r.text());
        }
    }
    let busy = busy.expect("never refused: requests are not limited");
    assert!(busy.contains("busy"), "{busy}");
    // A change on disk ends the waits; their places are given back.
    let path = s.root.join("locales/ru/body.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{text}\n")).unwrap();
    let statuses: Vec<u16> = held.into_iter().map(|h| h.join().unwrap()).collect();
    assert!(
        statuses.iter().all(|&c| c == 200 || c == 503),
        "{statuses:?}"
    );
    assert!(
        statuses.iter().filter(|&&c| c == 200).count() >= 60,
        "{statuses:?}"
    );
    assert_eq!(get(port, "/api/state?locale=ru").status, 200);
}

#[test]
fn folder_links_to_the_locale_itself_stall_neither_the_start_nor_the_watcher() {
    // Two links to `.` in a locale: the start-up snapshot of every file under
    // `locales/` followed every link (2^40 paths) and printed nothing; links that
    // appear while serving stalled the watcher. (In `fa`, not served: links in `ru`
    // are refused inputs, and its edition is then not built, as by `build`.)
    use std::os::unix::fs::symlink;
    let dir = project();
    for name in ["a", "b"] {
        symlink(".", dir.path().join("locales/fa").join(name)).unwrap();
    }
    let s = start_in(dir);
    assert_eq!(get(s.port, "/").status, 200);
    for name in ["c", "d"] {
        symlink(".", s.root.join("locales/fa").join(name)).unwrap();
        symlink("..", s.root.join("templates").join(name)).unwrap();
    }
    let path = s.root.join("locales/ru/body.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replace(
        "Живу в <i>доме</i>",
        "Записано рядом со ссылками в <i>доме</i>",
    );
    assert_ne!(text, edited);
    std::fs::write(&path, edited).unwrap();
    assert!(
        wait_for(
            s.port,
            "Записано рядом со ссылками",
            Duration::from_secs(30)
        )
        .is_some(),
        "the change on disk never reached the preview: the watcher is stuck"
    );
}
