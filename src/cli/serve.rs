//! `silkpress serve`: the translators' live editor, a small HTTP server on the loopback
//! interface (tiny_http, one thread per request; no async runtime needed for one user).
//!
//! Security (the page can write files, so no other web page may make it):
//! - it listens on 127.0.0.1 and ::1 only, never on another interface;
//! - every request must name this server in `Host` (`127.0.0.1:PORT`, `[::1]:PORT` or
//!   `localhost:PORT`), so a page of another site whose name was rebound to 127.0.0.1
//!   (DNS rebinding) is refused, reads included;
//! - every write is a `POST` with `Content-Type: application/json` (a cross-origin
//!   page cannot send one without a CORS preflight, which is never granted) carrying
//!   the per-run token in `X-Silkpress-Token` (128 bits from the OS's random source,
//!   held only in the page this server serves, which other origins cannot read), and,
//!   when the browser sends `Origin`, an origin of this server;
//! - the app page may not be framed by another origin, and the previews are served
//!   with a policy that runs no script.
//!
//! Changes on disk are found by polling the modification times, sizes and inodes of
//! the project's `locales/` and `templates/` trees every [`POLL`]: a hundred files
//! cost well under a millisecond to stat, polling sees every way an editor saves
//! (in place, by rename, through a symlink, on a network or bind-mounted folder, where
//! inotify misses events) and needs no dependency; its latency is in the bench figure.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant, SystemTime};

use serde::Deserialize;
use serde_json::json;
use tiny_http::{Header, Method, Request, Response, Server};

use super::*;
use crate::project::input;
use crate::serve::edit::{self, EditError};
use crate::serve::Session;

/// How often the project's files are compared with what was last read.
const POLL: Duration = Duration::from_millis(20);
/// The longest a `/api/wait` request is held open.
const WAIT: Duration = Duration::from_secs(20);
/// The largest request body accepted (an edited message).
const MAX_BODY: u64 = 1 << 20;
/// The most requests handled at once (the editor's page keeps two or three open: a
/// wait, a save, a preview); more are answered 503 at once instead of each holding a
/// thread, so a flood of connections cannot exhaust the machine.
const MAX_IN_FLIGHT: usize = 64;
/// The header carrying the token.
const TOKEN_HEADER: &str = "X-Silkpress-Token";

/// The editor page, its script and its style.
const PAGE: &str = include_str!("serve/app.html");
const SCRIPT: &str = include_str!("serve/app.js");
const STYLE: &str = include_str!("serve/app.css");

/// What the files of the project looked like: modification time, size and inode of
/// each, by path.
type Snapshot = BTreeMap<PathBuf, (Option<SystemTime>, u64, u64)>;

/// The server's state, shared by the request threads and the watcher.
struct App {
    root: PathBuf,
    token: String,
    port: u16,
    session: Mutex<Session>,
    /// The files as last read, and the session's version, for the watcher and waiters.
    seen: Mutex<Snapshot>,
    changed: Condvar,
    /// The version waiters are told about.
    version: Mutex<u64>,
    /// Requests being handled now (at most [`MAX_IN_FLIGHT`]).
    in_flight: std::sync::atomic::AtomicUsize,
}

/// One request's place among the [`MAX_IN_FLIGHT`], given back when it is answered.
struct Slot(Arc<App>);

impl Slot {
    fn take(app: &Arc<App>) -> Option<Slot> {
        use std::sync::atomic::Ordering::SeqCst;
        let taken = app.in_flight.fetch_add(1, SeqCst);
        if taken >= MAX_IN_FLIGHT {
            app.in_flight.fetch_sub(1, SeqCst);
            return None;
        }
        Some(Slot(Arc::clone(app)))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.0
            .in_flight
            .fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

pub(super) fn serve(cli: &Cli, args: &ServeArgs) -> CmdResult {
    let locale = match &args.locale {
        Some(tag) => Some(canonical_locale(tag)?.tag),
        None => None,
    };
    // The project must load to be served; its errors are printed as `build` prints them.
    let project = load(cli, locale.as_ref().map(std::slice::from_ref))?;
    let source = project.source_locale().locale.tag.clone();
    let tag = match &locale {
        Some(t) if project.available.contains(t) => t.clone(),
        Some(t) => {
            return Err(usage_error(&format!(
                "no locale `{t}` in {} (it has: {})",
                cli.root.join(crate::project::LOCALES_DIR).display(),
                project.available.join(", ")
            )))
        }
        None => project
            .available
            .iter()
            .find(|t| **t != source)
            .unwrap_or(&source)
            .clone(),
    };
    drop(project);
    let token = token().map_err(|e| {
        tell!("error: failed to get random bytes for the access token ({e})");
        Failure::Usage
    })?;
    let v4 = Server::http(("127.0.0.1", args.port)).map_err(|e| {
        tell!("error: failed to listen on 127.0.0.1:{} ({e})", args.port);
        tell!("hint: choose another port with --port, or --port 0 for any free one");
        Failure::Usage
    })?;
    let port = v4
        .server_addr()
        .to_ip()
        .map(|a| a.port())
        .unwrap_or(args.port);
    // IPv6 loopback on the same port, when the machine has it.
    let v6 = Server::http(("::1", port)).ok();

    let session = Session::open(&cli.root, std::slice::from_ref(&tag));
    let app = Arc::new(App {
        root: cli.root.clone(),
        token,
        port,
        seen: Mutex::new(snapshot(&cli.root)),
        session: Mutex::new(session),
        changed: Condvar::new(),
        version: Mutex::new(1),
        in_flight: Default::default(),
    });
    // A closed standard output (a parent that read the address and went) must not
    // stop the server.
    {
        use std::io::Write as _;
        let mut out = std::io::stdout().lock();
        let _ = writeln!(
            out,
            "silkpress serve: editing `{tag}` at http://127.0.0.1:{port}/?locale={tag}"
        );
        if v6.is_some() {
            let _ = writeln!(out, "                 also at http://[::1]:{port}/");
        }
        let _ = writeln!(out, "press Ctrl-C to stop");
        let _ = out.flush();
    }

    {
        let app = Arc::clone(&app);
        std::thread::spawn(move || watch(&app));
    }
    let mut listeners = vec![v4];
    listeners.extend(v6);
    let threads: Vec<_> = listeners
        .into_iter()
        .map(|server| {
            let app = Arc::clone(&app);
            std::thread::spawn(move || {
                for request in server.incoming_requests() {
                    match Slot::take(&app) {
                        Some(slot) => {
                            std::thread::spawn(move || handle(&slot.0, request));
                        }
                        None => {
                            let _ = request.respond(text(
                                503,
                                "busy: too many requests at once; try again",
                            ));
                        }
                    }
                }
            })
        })
        .collect();
    for t in threads {
        let _ = t.join();
    }
    Ok(())
}

/// 128 random bits from the operating system, as hex.
fn token() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Every file under the project's `locales/` and `templates/`, found by the walk the
/// loader uses ([`input::walk_files`]): a link to a folder is followed only to a new
/// folder inside, so links to `.` (or to each other) cost one listing, not one per
/// path through them, at start-up and at every poll.
fn snapshot(root: &Path) -> Snapshot {
    let mut out = Snapshot::new();
    for dir in [crate::project::LOCALES_DIR, "templates"] {
        let dir = root.join(dir);
        // What cannot be walked is the loader's to report; here it is no file to watch.
        let Ok((files, _refused)) = input::walk_files(root, &dir, &dir) else {
            continue;
        };
        for rel in files {
            let path = dir.join(rel);
            if let Ok(m) = std::fs::metadata(&path) {
                #[cfg(unix)]
                let ino = std::os::unix::fs::MetadataExt::ino(&m);
                #[cfg(not(unix))]
                let ino = 0;
                out.insert(path, (m.modified().ok(), m.len(), ino));
            }
        }
    }
    out
}

/// Reloads the session when the files changed since last seen; returns whether it did.
/// The snapshot is taken before reading, so a change made while reading is seen next
/// time.
fn refresh(app: &App) -> bool {
    let mut seen = lock(&app.seen);
    let now = snapshot(&app.root);
    if now == *seen {
        return false;
    }
    *seen = now;
    reload(app);
    true
}

/// Reloads the session and wakes the waiters (the caller holds `app.seen`), in two
/// steps: the HTML previews are published as soon as they are built, then the PDF
/// previews and the check. A PDF asked for in between is answered when it is built.
fn reload(app: &App) {
    let mut session = lock(&app.session);
    session.reload_html();
    let job = session.pdf_job();
    publish(app, session);
    // The PDF editions are set without the session: the HTML previews, the state and
    // the other requests are answered meanwhile.
    if let Some(job) = job {
        let done = job.run();
        let mut session = lock(&app.session);
        session.finish(done);
        publish(app, session);
    }
}

/// Releases the session and tells the waiters its version.
fn publish(app: &App, session: MutexGuard<'_, Session>) {
    let version = session.version();
    drop(session);
    *lock(&app.version) = version;
    app.changed.notify_all();
}

/// The watcher: polls the files for ever.
fn watch(app: &App) {
    loop {
        std::thread::sleep(POLL);
        refresh(app);
    }
}

/// Answers one request.
fn handle(app: &App, mut request: Request) {
    let response = route(app, &mut request);
    let _ = request.respond(response);
}

type Reply = Response<std::io::Cursor<Vec<u8>>>;

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).unwrap_or_else(|()| {
        Header::from_bytes(&b"X-Invalid"[..], &b"1"[..]).expect("ascii")
    })
}

fn reply(status: u16, content_type: &str, body: Vec<u8>) -> Reply {
    Response::from_data(body)
        .with_status_code(status)
        .with_header(header("Content-Type", content_type))
        .with_header(header("X-Content-Type-Options", "nosniff"))
        .with_header(header("Cache-Control", "no-store"))
        .with_header(header("Referrer-Policy", "no-referrer"))
}

fn json_reply(status: u16, value: &serde_json::Value) -> Reply {
    reply(
        status,
        "application/json; charset=utf-8",
        value.to_string().into_bytes(),
    )
}

fn text(status: u16, message: &str) -> Reply {
    reply(
        status,
        "text/plain; charset=utf-8",
        format!("{message}\n").into_bytes(),
    )
}

fn header_value<'r>(request: &'r Request, name: &'static str) -> Option<&'r str> {
    request
        .headers()
        .iter()
        .find(|h| h.field.equiv(name))
        .map(|h| h.value.as_str())
}

/// Whether `host` (a `Host` header or an origin's host) names this server.
fn is_own_host(app: &App, host: &str) -> bool {
    let p = app.port;
    [
        format!("127.0.0.1:{p}"),
        format!("localhost:{p}"),
        format!("[::1]:{p}"),
    ]
    .iter()
    .any(|h| h.eq_ignore_ascii_case(host))
}

/// Equal strings, in time independent of where they differ.
fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// Why a write request is refused, if it is.
fn refuse_write(app: &App, request: &Request) -> Option<&'static str> {
    if let Some(origin) = header_value(request, "Origin") {
        let own = origin
            .strip_prefix("http://")
            .is_some_and(|host| is_own_host(app, host));
        if !own {
            return Some("writes are accepted from this server's own page only (Origin)");
        }
    }
    if header_value(request, "Sec-Fetch-Site").is_some_and(|s| s != "same-origin") {
        return Some(
            "writes are accepted from this server's own page only (Sec-Fetch-Site)",
        );
    }
    let token_ok =
        header_value(request, TOKEN_HEADER).is_some_and(|t| same_secret(t, &app.token));
    if !token_ok {
        return Some("missing or wrong access token: reload the editor page");
    }
    let json = header_value(request, "Content-Type").is_some_and(|t| {
        t.split(';')
            .next()
            .is_some_and(|m| m.trim() == "application/json")
    });
    if !json {
        return Some("a write must be sent as application/json");
    }
    None
}

/// The query parameter `name` of a URL.
fn query<'u>(url: &'u str, name: &str) -> Option<&'u str> {
    let (_, q) = url.split_once('?')?;
    q.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
        (k == name).then_some(v)
    })
}

fn route(app: &App, request: &mut Request) -> Reply {
    // DNS rebinding: a name of another site resolved to 127.0.0.1 still says its name.
    let host_ok = header_value(request, "Host").is_some_and(|h| is_own_host(app, h));
    if !host_ok {
        return text(
            403,
            "unexpected Host: open the address silkpress serve printed",
        );
    }
    let url = request.url().to_string();
    let path = url.split('?').next().unwrap_or("");
    match (request.method(), path) {
        (Method::Get, "/") => page(app, &url),
        (Method::Get, "/app.js") => {
            reply(200, "text/javascript; charset=utf-8", SCRIPT.into())
        }
        // Browsers ask for it; there is none.
        (Method::Get, "/favicon.ico") => reply(204, "image/x-icon", Vec::new()),
        (Method::Get, "/app.css") => reply(200, "text/css; charset=utf-8", STYLE.into()),
        (Method::Get, "/api/state") => state(app, query(&url, "locale").unwrap_or("")),
        (Method::Get, "/api/wait") => {
            let since = query(&url, "since")
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            wait(app, since)
        }
        (Method::Post, "/api/message") => match refuse_write(app, request) {
            Some(why) => json_reply(403, &json!({ "error": why })),
            None => save(app, request),
        },
        (Method::Get, p) if p.starts_with("/preview/") => {
            preview(app, &p["/preview/".len()..])
        }
        (Method::Get, _) => text(404, "not found"),
        _ => text(405, "method not allowed"),
    }
}

/// The editor page, with the token and the locale.
fn page(app: &App, url: &str) -> Reply {
    let locale = query(url, "locale").unwrap_or("");
    let session = lock(&app.session);
    let locales = session.locales();
    let locale = if locales.iter().any(|l| l == locale) {
        locale.to_string()
    } else {
        // The locale first previewed.
        session
            .locales()
            .into_iter()
            .find(|l| Some(l.as_str()) != session.source())
            .unwrap_or_default()
    };
    drop(session);
    let body = PAGE
        .replace("{{token}}", &app.token)
        .replace("{{locale}}", &html_escape(&locale));
    reply(200, "text/html; charset=utf-8", body.into_bytes())
        .with_header(header("X-Frame-Options", "SAMEORIGIN"))
        .with_header(header(
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self'; \
             frame-src 'self'; object-src 'self'; frame-ancestors 'self'",
        ))
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// What the editor shows for a locale.
fn state(app: &App, tag: &str) -> Reply {
    let mut session = lock(&app.session);
    let version = session.version();
    let locales = session.locales();
    let source = session.source().unwrap_or("").to_string();
    let load_errors = session.load_errors();
    if !load_errors.is_empty() {
        return json_reply(
            200,
            &json!({ "version": version, "locale": tag, "locales": locales,
                     "source": source, "load_errors": load_errors, "messages": [] }),
        );
    }
    let Some(messages) = session.messages(tag) else {
        return json_reply(404, &json!({ "error": format!("no locale `{tag}`") }));
    };
    let version = session.version();
    let locale_errors = session.locale_load_errors(tag);
    let preview = session.preview(tag);
    let (pages, not_built, took, pdf_pending) = preview
        .map(|p| {
            (
                p.pages.clone(),
                p.not_built.clone(),
                p.took.as_secs_f64() * 1000.0,
                p.pdf_pending,
            )
        })
        .unwrap_or_default();
    json_reply(
        200,
        &json!({
            "version": version, "locale": tag, "locales": locales, "source": source,
            "messages": messages, "pages": pages, "not_built": not_built,
            "build_ms": took, "load_errors": locale_errors, "timings": session.timings(),
            "pdf_pending": pdf_pending,
        }),
    )
}

/// Holds the request until the version passes `since` (or [`WAIT`] passes).
fn wait(app: &App, since: u64) -> Reply {
    let deadline = Instant::now() + WAIT;
    let mut version = lock(&app.version);
    while *version <= since {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        version = app
            .changed
            .wait_timeout(version, left)
            .unwrap_or_else(PoisonError::into_inner)
            .0;
    }
    json_reply(200, &json!({ "version": *version }))
}

/// A saved message.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Save {
    locale: String,
    id: String,
    text: String,
}

/// Writes an edited message, then the lock file, then rebuilds.
fn save(app: &App, request: &mut Request) -> Reply {
    let mut body = String::new();
    if request
        .as_reader()
        .take(MAX_BODY + 1)
        .read_to_string(&mut body)
        .is_err()
        || body.len() as u64 > MAX_BODY
    {
        return json_reply(
            400,
            &json!({ "error": "the request body is not UTF-8 or is too long" }),
        );
    }
    let save: Save = match serde_json::from_str(&body) {
        Ok(s) => s,
        Err(e) => {
            return json_reply(400, &json!({ "error": format!("bad request ({e})") }))
        }
    };
    // One write at a time, and none while the watcher reloads.
    let mut seen = lock(&app.seen);
    let session = lock(&app.session);
    let Some(project) = session.project() else {
        return json_reply(
            409,
            &json!({ "error": "the project does not load; fix it first" }),
        );
    };
    let change = match edit::edit(project, &save.locale, &save.id, &save.text) {
        Ok(c) => c,
        Err(EditError::Syntax {
            line,
            column,
            message,
        }) => {
            return json_reply(
                422,
                &json!({ "error": format!("syntax error at {line}:{column}: {message}"),
                         "line": line, "column": column }),
            )
        }
        Err(e @ EditError::Refused(_)) => {
            return json_reply(422, &json!({ "error": e.to_string() }))
        }
    };
    // Never write through a link out of the project or a dangling one, into a FIFO, or
    // over a file the project could not read.
    let on_disk = match input::replaceable(&app.root, &change.path, input::FTL) {
        Ok(bytes) => bytes,
        Err(why) => {
            return json_reply(
                409,
                &json!({ "error": format!("{} is not written: {}",
                                          change.display.display(), why.cause) }),
            )
        }
    };
    // Never overwrite a change made on disk since the project was read.
    let expected = change.was.as_ref().map(|t| t.as_bytes());
    let unchanged = match (&on_disk, expected) {
        (None, None) => true,
        // The loaded text has no byte-order mark; the file may.
        (Some(d), Some(e)) => d == e || d.strip_prefix("\u{FEFF}".as_bytes()) == Some(e),
        _ => false,
    };
    if !unchanged {
        return json_reply(
            409,
            &json!({ "error": format!("{} changed on disk since it was read; \
                                       the editor reloads it, then save again",
                                      change.display.display()) }),
        );
    }
    if change.was.as_deref() != Some(change.text.as_str()) || on_disk.is_none() {
        if let Some(dir) = change.path.parent() {
            if let Err(e) = std::fs::create_dir_all(dir) {
                return json_reply(
                    500,
                    &json!({ "error": format!("failed to create {} ({e})", dir.display()) }),
                );
            }
        }
        if let Err(e) = output::write(&change.path, change.text.as_bytes()) {
            return json_reply(
                500,
                &json!({ "error": format!("failed to write {} ({e})", change.display.display()) }),
            );
        }
    }
    drop(session);
    // The lock, as sync writes it, from the files now on disk.
    let mut warnings = Vec::new();
    match crate::project::Project::load_only(
        &app.root,
        Some(std::slice::from_ref(&save.locale)),
    ) {
        Ok(project) => match edit::lock(&project, &save.locale) {
            Ok(Some((path, text))) => {
                if let Err(why) = input::replaceable(&app.root, &path, input::LOCK) {
                    warnings.push(format!(
                        "{} is not written: {}",
                        path.display(),
                        why.cause
                    ));
                } else if let Err(e) = output::write(&path, text.as_bytes()) {
                    warnings.push(format!("failed to write {} ({e})", path.display()));
                }
            }
            Ok(None) => {}
            Err(ds) => warnings.extend(
                ds.iter()
                    .map(|d| format!("the lock file was not updated: {}", d.message)),
            ),
        },
        Err(f) => warnings.extend(
            f.diagnostics
                .iter()
                .map(|d| format!("the lock file was not updated: {}", d.message)),
        ),
    }
    // What is on disk now is what the session reads: the watcher need not read it again.
    *seen = snapshot(&app.root);
    reload(app);
    drop(seen);
    let version = lock(&app.session).version();
    json_reply(
        200,
        &json!({ "version": version, "file": change.display, "warnings": warnings }),
    )
}

/// The session once the PDF of `tag` is built: a reload publishes the HTML preview
/// first and the PDF a moment later (bounded by [`WAIT`]).
fn pdf_ready<'a>(
    app: &'a App,
    mut session: MutexGuard<'a, Session>,
    tag: &str,
) -> MutexGuard<'a, Session> {
    let deadline = Instant::now() + WAIT;
    while session.pdf_pending(tag) && Instant::now() < deadline {
        let since = session.version();
        drop(session);
        let mut version = lock(&app.version);
        while *version <= since && Instant::now() < deadline {
            version = app
                .changed
                .wait_timeout(version, deadline - Instant::now())
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
        drop(version);
        session = lock(&app.session);
    }
    session
}

/// The CSP sources that allow exactly the inline scripts of an edition (its copy
/// handler, which drops soft hyphens from copied text), by their SHA-256 as browsers
/// compute it (over the element's text, line breaks normalised to LF); `'none'` when it
/// has none. No other script runs in a preview (`src` scripts are not allowed).
fn script_hashes(html: &[u8]) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let text = String::from_utf8_lossy(html);
    let lower = text.to_ascii_lowercase();
    let mut sources = Vec::new();
    let mut at = 0;
    while let Some(open) = lower[at..].find("<script").map(|i| at + i) {
        let Some(tag_end) = lower[open..].find('>').map(|i| open + i + 1) else {
            break;
        };
        let Some(close) = lower[tag_end..].find("</script").map(|i| tag_end + i) else {
            break;
        };
        let name_ends = lower[open + "<script".len()..]
            .chars()
            .next()
            .is_some_and(|c| c == '>' || c.is_ascii_whitespace() || c == '/');
        if name_ends && !lower[open..tag_end].contains("src=") {
            let body = text[tag_end..close]
                .replace("\r\n", "\n")
                .replace('\r', "\n");
            let digest = sha2::Sha256::digest(body.as_bytes());
            sources.push(format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            ));
        }
        at = close;
    }
    if sources.is_empty() {
        "'none'".to_string()
    } else {
        sources.join(" ")
    }
}

/// `/preview/<locale>.html` and `/preview/<locale>.pdf`.
fn preview(app: &App, name: &str) -> Reply {
    let (tag, html) = if let Some(t) = name.strip_suffix(".html") {
        (t, true)
    } else if let Some(t) = name.strip_suffix(".pdf") {
        (t, false)
    } else {
        return text(404, "not found: ask for /preview/<locale>.html or .pdf");
    };
    let mut session = lock(&app.session);
    if !html {
        session = pdf_ready(app, session, tag);
    }
    let load_errors = session.load_errors();
    if !load_errors.is_empty() {
        let lines: Vec<String> = load_errors
            .iter()
            .map(|n| format!("{}: {}", n.code, n.message))
            .collect();
        return text(
            503,
            &format!("the project does not load:\n{}", lines.join("\n")),
        );
    }
    let Some(p) = session.preview(tag) else {
        return text(404, &format!("no locale `{tag}`"));
    };
    let (bytes, kind) = if html {
        (p.html.clone(), "text/html; charset=utf-8")
    } else {
        (p.pdf.clone(), "application/pdf")
    };
    match bytes {
        Some(b) if html => {
            let policy = format!(
                "default-src 'none'; script-src {}; style-src 'unsafe-inline'; \
                 font-src data:; img-src data:; frame-ancestors 'self'",
                script_hashes(&b)
            );
            reply(200, kind, b).with_header(header("Content-Security-Policy", &policy))
        }
        Some(b) => reply(200, kind, b),
        None => {
            let why = if !html && p.pdf_pending {
                "the PDF edition of the last change is still being set: ask again"
                    .to_string()
            } else if p.not_built.is_empty() {
                "the edition was not built".to_string()
            } else {
                p.not_built.join("; ")
            };
            let errors: Vec<String> = p
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .map(|d| format!("{}: {}", d.code.name(), d.message))
                .collect();
            text(503, &format!("{why}\n{}", errors.join("\n")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::script_hashes;

    #[test]
    fn inline_scripts_are_allowed_by_their_hash_and_nothing_else() {
        // SHA-256 of "x", base64.
        let x = "'sha256-LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE='";
        assert_eq!(script_hashes(b"<p>no script</p>"), "'none'");
        assert_eq!(script_hashes(b"<script>x</script>"), x);
        assert_eq!(
            script_hashes(b"<SCRIPT type=\"text/javascript\">x</Script>"),
            x
        );
        assert_eq!(script_hashes(b"<script src=\"a.js\"></script>"), "'none'");
        assert_eq!(script_hashes(b"<scripts>x</scripts>"), "'none'");
        // Browsers hash the text with CRLF as LF.
        assert_eq!(
            script_hashes(b"<script>a\r\nb</script>"),
            script_hashes(b"<script>a\nb</script>")
        );
    }
}
