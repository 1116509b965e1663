//! `silkpress build --format pdf` from the command line: output written atomically,
//! reproducible, and clear failures with the documented exit codes.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn silkpress(root: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_silkpress"));
    c.arg("--root").arg(root).env_remove("SOURCE_DATE_EPOCH");
    c
}

#[test]
fn builds_english_pdf_reproducibly_and_honours_source_date_epoch() {
    let dir = tempfile::tempdir().unwrap();
    let out = |name: &str| dir.path().join(name);
    let run = |name: &str, epoch: Option<&str>| {
        let mut c = silkpress(&root());
        c.args(["build", "-l", "en", "-f", "pdf", "-o"])
            .arg(out(name));
        if let Some(e) = epoch {
            c.env("SOURCE_DATE_EPOCH", e);
        }
        let o = c.output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        std::fs::read(out(name)).unwrap()
    };
    let a = run("a.pdf", None);
    let b = run("b.pdf", None);
    assert!(a.starts_with(b"%PDF"));
    assert!(a == b, "two builds differ");
    let c = run("c.pdf", Some("1700000000"));
    let has =
        |bytes: &[u8], needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(
        has(&c, b"D:20231114"),
        "SOURCE_DATE_EPOCH not used as the creation date"
    );
    assert!(has(&a, b"D:20250101"));
}

#[test]
fn missing_fonts_fail_with_exit_2_and_no_output() {
    let dir = tempfile::tempdir().unwrap();
    let r = dir.path();
    std::fs::create_dir_all(r.join("templates")).unwrap();
    std::fs::create_dir_all(r.join("locales/en")).unwrap();
    for f in ["templates/report.toml", "templates/style.toml"] {
        std::fs::copy(root().join(f), r.join(f)).unwrap();
    }
    for f in std::fs::read_dir(root().join("locales/en"))
        .unwrap()
        .flatten()
    {
        std::fs::copy(f.path(), r.join("locales/en").join(f.file_name())).unwrap();
    }
    let out = r.join("out.pdf");
    let o = silkpress(r)
        .args(["build", "-l", "en", "-f", "pdf", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("fonts/NotoSerif-Regular.ttf"), "{stderr}");
    assert!(stderr.contains("does not exist"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn a_broken_style_fails_both_formats_with_exit_2_and_no_output() {
    let dir = tempfile::tempdir().unwrap();
    let r = dir.path();
    for d in ["templates", "locales/en"] {
        std::fs::create_dir_all(r.join(d)).unwrap();
        for f in std::fs::read_dir(root().join(d)).unwrap().flatten() {
            std::fs::copy(f.path(), r.join(d).join(f.file_name())).unwrap();
        }
    }
    std::fs::write(r.join("templates/style.toml"), "[page]\nwidth = \"A4\"\n").unwrap();
    for format in ["pdf", "html"] {
        let out = r.join(format!("out.{format}"));
        let o = silkpress(r)
            .args(["build", "-l", "en", "-f", format, "-o"])
            .arg(&out)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{format}: {stderr}");
        assert!(
            stderr.contains("templates/style.toml"),
            "{format}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(!out.exists());
    }
}

#[test]
fn the_pdf_passes_through_a_temporary_file_that_never_stays_behind() {
    // The PDF is written to an unnamed temporary file (and krilla's page streams to
    // another) in the temporary folder: nothing of them is left there, whether the
    // edition is written, sent to standard output, or cannot be written.
    let dir = tempfile::tempdir().unwrap();
    let tmp = dir.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let run = |out: &Path| {
        silkpress(&root())
            .args(["build", "-l", "en", "-f", "pdf", "-o"])
            .arg(out)
            .env("TMPDIR", &tmp)
            .output()
            .unwrap()
    };
    let file = dir.path().join("a.pdf");
    let o = run(&file);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let written = std::fs::read(&file).unwrap();
    assert!(written.starts_with(b"%PDF-") && written.ends_with(b"%%EOF"));
    let o = run(Path::new("-"));
    assert!(o.status.success());
    assert!(o.stdout == written, "-o - differs from the file written");
    // Standard output named as a file (here a pipe) holds the PDF alone: the status line
    // goes to standard error.
    if Path::new("/dev/stdout").exists() {
        let o = run(Path::new("/dev/stdout"));
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert!(
            o.stdout == written,
            "-o /dev/stdout differs from the file written"
        );
        assert!(String::from_utf8_lossy(&o.stderr).contains("wrote /dev/stdout"));
    }
    // Without a usable temporary folder the PDF is held in memory: the same bytes.
    let o = silkpress(&root())
        .args(["build", "-l", "en", "-f", "pdf", "-o", "-"])
        .env("TMPDIR", dir.path().join("no-such-folder"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(o.stdout == written, "the PDF held in memory differs");
    // A target under a regular file cannot be written.
    let o = run(&file.join("b.pdf"));
    assert!(!o.status.success());
    let left: Vec<_> = std::fs::read_dir(&tmp).unwrap().flatten().collect();
    assert!(left.is_empty(), "left in the temporary folder: {left:?}");
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    names.sort();
    assert_eq!(names, ["a.pdf", "tmp"]);
}

/// Runs silkpress with `args`, reads the first 16 bytes of its standard output and
/// closes it (long before the whole output is written), as `| head -c 16` would.
fn read_first_bytes(args: &[&str]) -> std::process::Output {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = silkpress(&root())
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_reader_that_stops_early_is_no_error() {
    // `build -o - | head`: standard output closed after the first bytes is no error, as
    // for every product of standard output (before: exit 2, "failed to write -").
    let targets = if Path::new("/dev/stdout").exists() {
        vec!["-", "/dev/stdout"]
    } else {
        vec!["-"]
    };
    for (format, target) in ["pdf", "html"]
        .into_iter()
        .flat_map(|f| targets.iter().map(move |t| (f, *t)))
    {
        let o = read_first_bytes(&["build", "-l", "en", "-f", format, "-o", target]);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert!(
            o.status.success(),
            "{format} {target}: {:?} {stderr}",
            o.status
        );
        assert!(!stderr.contains("error"), "{format} {target}: {stderr}");
        // Nor does it pass for a whole edition written (before: "wrote /dev/stdout").
        assert!(
            stderr.contains(&format!(
                "the reader of {target} stopped before the end; it got only the beginning"
            )),
            "{format} {target}: {stderr}"
        );
        assert!(!stderr.contains("wrote"), "{format} {target}: {stderr}");
    }
}

#[test]
fn markdown_export_to_standard_output_says_when_its_reader_stopped() {
    // Without -o, `export` writes standard output as `-o -` does (before, it said nothing
    // where `xliff export` and `build -o -` say so).
    let o = read_first_bytes(&["export", "--locale", "en", "--format", "md"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{:?} {stderr}", o.status);
    assert!(
        stderr.contains("the reader of - stopped before the end"),
        "{stderr}"
    );
}
