//! `silkpress xliff export|import` end to end on copies of the project: the round trip
//! of every locale byte for byte, an edit changing exactly its message, the errors (at
//! their XLIFF line and column, nothing written), stale translations and the lock, and
//! (run by `.ci/run`, needing xmllint) the exports against the OASIS schemas.

mod common;

use common::{copy_dir, repo};

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The project's translations.
const TARGETS: &[&str] = &["fa", "kk", "ky", "ru", "tg", "tk", "uz", "zh-CN"];

/// A copy of the project (templates and locales) to run commands in.
struct Dir(tempfile::TempDir);

impl Dir {
    fn project() -> Dir {
        let d = tempfile::tempdir().unwrap();
        for sub in ["templates", "locales"] {
            copy_dir(&repo().join(sub), &d.path().join(sub));
        }
        Dir(d)
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.0.path().join(rel)
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap()
    }

    fn write(&self, rel: &str, text: &str) {
        std::fs::write(self.path(rel), text).unwrap();
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_silkpress"))
            .args(args)
            .current_dir(self.0.path())
            .env_clear()
            .output()
            .unwrap()
    }

    /// Every file under `locales/`, by path, as bytes.
    fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_symlink() {
                    // A link as where it points (it may point to nothing).
                    let to = std::fs::read_link(&p).unwrap();
                    out.insert(
                        p.strip_prefix(root).unwrap().to_path_buf(),
                        to.into_os_string().into_encoded_bytes(),
                    );
                } else if p.is_dir() {
                    walk(&p, root, out);
                } else {
                    out.insert(
                        p.strip_prefix(root).unwrap().to_path_buf(),
                        std::fs::read(&p).unwrap(),
                    );
                }
            }
        }
        let mut out = BTreeMap::new();
        walk(&self.path("locales"), self.0.path(), &mut out);
        out
    }

    fn export(&self, locale: &str, version: &str, file: &str) {
        let o = self.run(&[
            "xliff",
            "export",
            "--locale",
            locale,
            "--xliff-version",
            version,
            "-o",
            file,
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
    }

    fn import(&self, file: &str) -> Output {
        self.run(&["--diagnostic-format", "short", "xliff", "import", file])
    }

    /// Exports `locale` as XLIFF 2.1, types `typed` as the target of unit `id` and
    /// imports it.
    fn import_typed(&self, locale: &str, id: &str, typed: &str) -> Output {
        let file = format!("{locale}.xlf");
        self.export(locale, "2.1", &file);
        let xlf = self.read(&file);
        let (tgt, end) = target_text(&xlf, &format!("<unit id=\"{id}\""));
        self.write(&file, &format!("{}{}{}", &xlf[..tgt], typed, &xlf[end..]));
        self.import(&file)
    }

    /// Unit `id` of `locale` as exported now (XLIFF 2.1).
    fn exported_unit(&self, locale: &str, id: &str) -> String {
        self.export(locale, "2.1", "again.xlf");
        unit(&self.read("again.xlf"), id)
    }
}

/// The XLIFF 2 `<unit>` of `id` in `xlf`, up to its end tag.
fn unit(xlf: &str, id: &str) -> String {
    let a = xlf
        .find(&format!("<unit id=\"{id}\""))
        .unwrap_or_else(|| panic!("unit {id} not found"));
    xlf[a..a + xlf[a..].find("</unit>").unwrap()].to_string()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// One-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (line, col)
}

/// The lines of two texts that differ (old, new), as a crude line diff that is enough
/// when line counts match.
fn changed_lines(old: &str, new: &str) -> Vec<(String, String)> {
    assert_eq!(
        old.lines().count(),
        new.lines().count(),
        "line count changed"
    );
    old.lines()
        .zip(new.lines())
        .filter(|(a, b)| a != b)
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn a_round_trip_without_changes_leaves_every_locale_byte_identical() {
    let d = Dir::project();
    let before = d.snapshot();
    assert_eq!(
        before
            .keys()
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .count(),
        9 * 9,
        "nine locales of nine files"
    );
    for version in ["2.1", "1.2"] {
        for locale in TARGETS {
            let file = format!("{locale}.{version}.xlf");
            d.export(locale, version, &file);
            let text = d.read(&file);
            // Every translated unit is in the file with its target.
            assert!(text.contains("<target"), "{locale} {version}");
            let o = d.import(&file);
            assert!(o.status.success(), "{locale} {version}: {}", stderr(&o));
            assert!(
                stdout(&o).contains(" 0 unit(s) changed"),
                "{locale} {version}: {}",
                stdout(&o)
            );
            assert_eq!(d.snapshot(), before, "{locale} {version}: a file changed");
        }
    }
}

#[test]
fn an_edited_target_changes_exactly_its_message_and_the_lock() {
    let d = Dir::project();
    d.export("kk", "2.1", "kk.xlf");
    let xlf = d.read("kk.xlf");
    // A paragraph with placeables: change one word of its target.
    let (target, end) = target_text(&xlf, "<unit id=\"ch1-s1-p1\"");
    let old_target = &xlf[target..end];
    assert!(
        old_target.contains("<ph id="),
        "placeables are codes: {old_target}"
    );
    let word = "ынтымақтастық";
    assert!(old_target.contains(word), "{old_target}");
    let new_target = old_target.replacen(word, "ЫНТЫМАҚТАСТЫҚ", 1);
    let edited = format!("{}{}{}", &xlf[..target], new_target, &xlf[end..]);
    d.write("kk.xlf", &edited);
    let before = d.snapshot();
    let o = d.import("kk.xlf");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains(" 1 unit(s) changed"), "{}", stdout(&o));
    let after = d.snapshot();
    let changed: Vec<&PathBuf> = after
        .iter()
        .filter(|(p, b)| before.get(*p) != Some(b))
        .map(|(p, _)| p)
        .collect();
    assert_eq!(
        changed,
        [
            Path::new("locales/kk/chapter-1.ftl"),
            Path::new("locales/kk/l10n.lock")
        ],
        "only the message's file and the lock"
    );
    let old =
        String::from_utf8(before[Path::new("locales/kk/chapter-1.ftl")].clone()).unwrap();
    let new = d.read("locales/kk/chapter-1.ftl");
    let diff = changed_lines(&old, &new);
    assert_eq!(diff.len(), 1, "{diff:?}");
    assert!(diff[0].1.starts_with("ch1-s1-p1 = "), "{diff:?}");
    assert_eq!(diff[0].0.replacen(word, "ЫНТЫМАҚТАСТЫҚ", 1), diff[0].1);
    // The lock records the new translation (only its entry's line changes), and the
    // locale still checks clean and stays formatted.
    let old_lock =
        String::from_utf8(before[Path::new("locales/kk/l10n.lock")].clone()).unwrap();
    let lock_diff = changed_lines(&old_lock, &d.read("locales/kk/l10n.lock"));
    assert_eq!(lock_diff.len(), 1, "{lock_diff:?}");
    let o = d.run(&["check", "--source", "en", "--locale", "kk"]);
    assert!(o.status.success(), "{}", stdout(&o));
    let o = d.run(&["fmt", "--check", "--locale", "kk"]);
    assert!(o.status.success(), "{}", stdout(&o));
}

#[test]
fn each_variant_of_a_select_is_a_segment_and_edits_only_its_line() {
    let d = Dir::project();
    d.export("kk", "1.2", "kk.xlf");
    let xlf = d.read("kk.xlf");
    // `-china` has case variants in Kazakh: one trans-unit per variant.
    let (text_start, end) = target_text(&xlf, "<trans-unit id=\"-china#s2.gen\"");
    let old_text = xlf[text_start..end].to_string();
    let edited = format!("{}{}X{}", &xlf[..text_start], old_text, &xlf[end..]);
    d.write("kk.xlf", &edited);
    let old = d.read("locales/kk/terms.ftl");
    let o = d.import("kk.xlf");
    assert!(o.status.success(), "{}", stderr(&o));
    let diff = changed_lines(&old, &d.read("locales/kk/terms.ftl"));
    assert_eq!(diff.len(), 1, "{diff:?}");
    assert!(diff[0].0.trim_start().starts_with("[gen]"), "{diff:?}");
    assert_eq!(format!("{}X", diff[0].0), diff[0].1);
}

#[test]
fn a_target_line_may_begin_with_what_fluent_reads_as_syntax() {
    // `[` and `*` begin a variant and `.` an attribute at the start of an FTL line: a
    // translator's line beginning with one is written as a literal (`{ "[" }`), not
    // refused, and reads back as typed; so are spaces that begin a line.
    let d = Dir::project();
    let typed = "Сотрудничество\n[1] плоды\n  .точка\n*[x] звезда";
    let o = d.import_typed("ru", "ch1-title.short", typed);
    assert!(o.status.success(), "{}", stderr(&o));
    let ftl = d.read("locales/ru/chapter-1.ftl");
    assert!(ftl.contains("{ \"[\" }1] плоды"), "{ftl}");
    // The spaces that begin the line are kept too (as a literal: else they would be
    // indentation), which leaves the `.` after it, no longer at the line's start.
    assert!(ftl.contains("{ \"  \" }.точка"), "{ftl}");
    assert!(ftl.contains("{ \"*\" }[x] звезда"), "{ftl}");
    // Checks clean, and the export shows the lines as they were typed: the literals as
    // their text, not as codes (before, `{ "[" }` came back as a code).
    let o = d.run(&["check", "--source", "en", "--locale", "ru"]);
    assert!(o.status.success(), "{}", stdout(&o));
    let unit = d.exported_unit("ru", "ch1-title.short");
    for piece in ["Сотрудничество\n", "[1] плоды\n", ".точка\n", "*[x] звезда"]
    {
        assert!(unit.contains(piece), "{piece:?} in {unit}");
    }
    assert!(!unit.contains("<ph"), "{unit}");
    // Imported again unchanged, the file is as it was.
    let ftl = d.read("locales/ru/chapter-1.ftl");
    let o = d.import("again.xlf");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(d.read("locales/ru/chapter-1.ftl"), ftl);
}

#[test]
fn spaces_a_target_begins_or_ends_with_are_kept() {
    // Fluent drops the spaces a pattern begins or ends with; the import keeps a
    // translator's as literals (before, they were dropped without a word), and the
    // export shows them as typed.
    let d = Dir::project();
    let typed = "  Два пробела впереди, один сзади ";
    let o = d.import_typed("ru", "ch1-title.short", typed);
    assert!(o.status.success(), "{}", stderr(&o));
    let ftl = d.read("locales/ru/chapter-1.ftl");
    assert!(
        ftl.contains("    .short = { \"  \" }Два пробела впереди, один сзади{ \" \" }\n"),
        "{ftl}"
    );
    let o = d.run(&["check", "--source", "en", "--locale", "ru"]);
    assert!(o.status.success(), "{}", stdout(&o));
    let unit = d.exported_unit("ru", "ch1-title.short");
    assert!(
        unit.contains(&format!("<target>{typed}</target>")),
        "{unit}"
    );
    let o = d.import("again.xlf");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(d.read("locales/ru/chapter-1.ftl"), ftl);
}

#[test]
fn a_newline_at_the_edge_of_a_target_is_dropped_and_said() {
    // Fluent cannot begin or end a value with a newline. Before, the import dropped it
    // without a word, and recorded in the lock the fingerprint of a translation that was
    // not the file's (`sync` then rewrote it; a later source change would not have been
    // flagged stale).
    for typed in ["Глава первая\n", "\n\nГлава первая", "\n Глава первая \n  "]
    {
        let d = Dir::project();
        let o = d.import_typed("ru", "ch1-title", typed);
        assert!(o.status.success(), "{typed:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("warning[xliff-whitespace]: a newline at the start or end of the target of `ch1-title` is dropped"),
            "{typed:?}: {}",
            stderr(&o)
        );
        let ftl = d.read("locales/ru/chapter-1.ftl");
        let line = ftl.lines().find(|l| l.starts_with("ch1-title =")).unwrap();
        // Spaces typed beside the text stay, as literals (xml:space="preserve", as
        // exported: those after the last line break too); the newlines go.
        let want = if typed.starts_with("\n ") {
            "ch1-title = { \" \" }Глава первая{ \" \" }{ \"  \" }"
        } else {
            "ch1-title = Глава первая"
        };
        assert_eq!(line, want, "{typed:?}");
        let lock = d.read("locales/ru/l10n.lock");
        let o = d.run(&["sync", "ru"]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(d.read("locales/ru/l10n.lock"), lock, "{typed:?}");
    }
}

#[test]
fn a_target_of_only_whitespace_keeps_the_translation_and_is_said() {
    // As an empty target, it counts as not translated; before, without a word.
    for typed in ["   ", "\n", " \n  \n "] {
        let d = Dir::project();
        let before = d.snapshot();
        let o = d.import_typed("ru", "ch1-title", typed);
        assert!(o.status.success(), "{typed:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("warning[xliff-whitespace]: the target of `ch1-title` (s1) is only whitespace: it counts as not translated; the file's translation is kept"),
            "{typed:?}: {}",
            stderr(&o)
        );
        assert_eq!(d.snapshot(), before, "{typed:?}");
    }
}

#[test]
fn a_blank_line_in_a_target_is_written_bare() {
    // The serializer indents a blank line inside a text: the file got a line of only
    // spaces (invisible trailing whitespace). `fmt` writes it bare too.
    let d = Dir::project();
    let o = d.import_typed("ru", "ch1-title", "Глава\n\nпервая");
    assert!(o.status.success(), "{}", stderr(&o));
    let ftl = d.read("locales/ru/chapter-1.ftl");
    assert!(
        ftl.contains("ch1-title =\n    Глава\n\n    первая\n"),
        "{ftl}"
    );
    let o = d.run(&["fmt", "--check"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let unit = d.exported_unit("ru", "ch1-title");
    assert!(unit.contains("<target>Глава\n\nпервая</target>"), "{unit}");
}

#[test]
fn a_target_over_several_lines_may_begin_with_a_bracket_or_a_star() {
    // A value over several lines is written on a line of its own after `=`: its first
    // line beginning with `[` or `*` would read back as a variant (before: internal
    // error, nothing written).
    for typed in [
        "[1] плоды\nвторая строка",
        "*[x] звезда\nвторая строка",
        ".точка\nвторая строка",
    ] {
        let d = Dir::project();
        let o = d.import_typed("ru", "ch1-title.short", typed);
        assert!(o.status.success(), "{typed:?}: {}", stderr(&o));
        let o = d.run(&["check", "--source", "en", "--locale", "ru"]);
        assert!(o.status.success(), "{}", stdout(&o));
        let unit = d.exported_unit("ru", "ch1-title.short");
        for piece in [&typed[1..], "вторая строка"] {
            assert!(unit.contains(piece), "{piece:?} in {unit}");
        }
    }
}

/// The text of the first `<target>` after `anchor` (its start and end in `xlf`).
fn target_text(xlf: &str, anchor: &str) -> (usize, usize) {
    let at = xlf
        .find(anchor)
        .unwrap_or_else(|| panic!("{anchor} not found"));
    let tag = at + xlf[at..].find("<target").unwrap();
    let start = tag + xlf[tag..].find('>').unwrap() + 1;
    (start, start + xlf[start..].find("</target>").unwrap())
}

/// Replaces the first occurrence of `from` after `anchor` and returns the text with the
/// byte offset of the replacement.
fn edit_after(text: &str, anchor: &str, from: &str, to: &str) -> (String, usize) {
    let a = text
        .find(anchor)
        .unwrap_or_else(|| panic!("{anchor} not found"));
    let at = a + text[a..]
        .find(from)
        .unwrap_or_else(|| panic!("{from} not found"));
    (
        format!("{}{}{}", &text[..at], to, &text[at + from.len()..]),
        at,
    )
}

#[test]
fn errors_point_at_their_xliff_line_and_nothing_is_written() {
    let d = Dir::project();
    d.export("ru", "2.1", "ru.xlf");
    let xlf = d.read("ru.xlf");
    let before = d.snapshot();
    let cases: Vec<(&str, String, usize, &str, i32)> = {
        let mut v = Vec::new();
        // An inline code that is not the unit's.
        let anchor = "<unit id=\"ch1-s1-p1\"";
        let t = xlf.find(anchor).unwrap();
        let tgt = t + xlf[t..].find("<target>").unwrap();
        let ph = tgt + xlf[tgt..].find("<ph id=\"").unwrap();
        // Its number and its original data: a code's data says what it is.
        let data_end = ph + xlf[ph..].find("\" canCopy").unwrap();
        let text = format!(
            "{}<ph id=\"999\" dataRef=\"d999{}",
            &xlf[..ph],
            &xlf[data_end..]
        );
        v.push(("broken code", text, ph, "xliff-inline-code", 1));
        // A variable deleted: `{ $page }` of ui-page.
        let (text, _) =
            edit_after(&xlf, "<unit id=\"ui-page\"", "<target>", "<target>XX");
        let u = text.find("<unit id=\"ui-page\"").unwrap();
        let tgt = u + text[u..].find("<target>").unwrap();
        let end = tgt + text[tgt..].find("</target>").unwrap();
        let text = format!("{}<target>Бет{}", &text[..tgt], &text[end..]);
        v.push(("deleted variable", text, tgt, "xliff-inline-code", 1));
        // An unknown unit ID.
        let (text, at) =
            edit_after(&xlf, "<unit id=\"ch1-s1-p1\"", "ch1-s1-p1", "ch1-s1-p99");
        let at = text[..at].rfind("<unit").unwrap();
        v.push(("unknown id", text, at, "xliff-unknown-id", 1));
        // The wrong target language.
        let (text, at) = edit_after(&xlf, "<xliff", "trgLang=\"ru\"", "trgLang=\"de\"");
        let at = text[..at].rfind("<xliff").unwrap();
        v.push(("wrong locale", text, at, "xliff-locale", 2));
        // (A brace typed into a target is text: `hostile.rs`'s
        // typed_ftl_in_a_target_is_text_and_codes_are_bounded.)
        // A document type declaration (billion laughs).
        let dtd = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n";
        let decl_end = xlf.find("?>").unwrap() + 3;
        let text = format!("{}{}{}", &xlf[..decl_end], dtd, &xlf[decl_end..]);
        v.push(("doctype", text, decl_end, "xliff-invalid", 1));
        v
    };
    for (what, text, offset, code, exit) in cases {
        d.write("bad.xlf", &text);
        let o = d.import("bad.xlf");
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(exit), "{what}: {err}");
        let (line, col) = line_col(&text, offset);
        let want = format!("bad.xlf:{line}:{col}: error[{code}]");
        assert!(err.contains(&want), "{what}: wanted {want} in\n{err}");
        assert!(err.contains("nothing written"), "{what}: {err}");
        assert_eq!(d.snapshot(), before, "{what}: a file changed");
    }
}

#[test]
fn a_new_translation_is_added_and_a_stale_one_confirmed() {
    let d = Dir::project();
    // Untranslate one Uzbek message, and change an English source text.
    let uz = d.read("locales/uz/ui.ftl");
    let line = uz
        .lines()
        .find(|l| l.starts_with("ui-languages = "))
        .unwrap();
    d.write("locales/uz/ui.ftl", &uz.replace(&format!("{line}\n"), ""));
    let en = d.read("locales/en/ui.ftl");
    d.write(
        "locales/en/ui.ftl",
        &en.replace(
            "ui-toc-title = Contents",
            "ui-toc-title = Table of Contents",
        ),
    );
    d.export("uz", "2.1", "uz.xlf");
    let xlf = d.read("uz.xlf");
    let unit = |id: &str| unit(&xlf, id);
    let missing = unit("ui-languages");
    assert!(
        missing.contains("state=\"initial\"") && !missing.contains("<target"),
        "{missing}"
    );
    let stale = unit("ui-toc-title");
    assert!(
        stale.contains("subState=\"silkpress:needs-review\""),
        "{stale}"
    );
    // Its note says what it was made from and what changed (the lock keeps the text).
    assert!(
        stale.contains("the source this translation was made from:\nContents\n")
            && stale.contains("{+Table of +}Contents"),
        "{stale}"
    );
    assert!(unit("ui-page").contains("state=\"translated\""));
    // The translator fills the missing one and confirms the stale one as it is.
    let text = xlf.replacen(
        "<source>Languages</source>",
        "<source>Languages</source>\n    <target>Tillar</target>",
        1,
    );
    let a = text.find("<unit id=\"ui-toc-title\"").unwrap();
    let s = a + text[a..]
        .find("state=\"initial\" subState=\"silkpress:needs-review\"")
        .unwrap();
    let text = format!(
        "{}state=\"translated\"{}",
        &text[..s],
        &text[s + "state=\"initial\" subState=\"silkpress:needs-review\"".len()..]
    );
    d.write("uz.xlf", &text);
    let o = d.run(&[
        "check", "--source", "en", "--locale", "uz", "--format", "json",
    ]);
    let report = stdout(&o);
    assert!(report.contains("stale-translation") && report.contains("missing-message"));
    let o = d.import("uz.xlf");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("1 stale translation(s) confirmed"),
        "{}",
        stdout(&o)
    );
    assert!(d
        .read("locales/uz/ui.ftl")
        .contains("\nui-languages = Tillar\n"));
    let o = d.run(&[
        "check", "--source", "en", "--locale", "uz", "--format", "json",
    ]);
    let report = stdout(&o);
    assert!(
        !report.contains("stale-translation") && !report.contains("missing-message"),
        "{report}"
    );
    let o = d.run(&["fmt", "--check", "--locale", "uz"]);
    assert!(o.status.success(), "{}", stdout(&o));
}

/// Validates every locale's export, 2.1 and 1.2, against the OASIS schemas with xmllint
/// (installed by `.ci/run`).
#[test]
#[ignore = "needs xmllint (libxml2-utils); run by .ci/run"]
fn exports_validate_against_the_oasis_schemas() {
    let d = Dir::project();
    // A stale unit in every locale, so its note of the source change is validated too.
    let en = d.read("locales/en/ui.ftl");
    d.write(
        "locales/en/ui.ftl",
        &en.replace(
            "ui-toc-title = Contents",
            "ui-toc-title = <Table> & \"Contents\"",
        ),
    );
    let schemas = repo().join("tests/schemas/xliff");
    for locale in TARGETS {
        for (version, schema) in [
            ("2.1", "xliff_core_2.0.xsd"),
            ("1.2", "xliff-core-1.2-strict.xsd"),
        ] {
            let file = format!("{locale}.{version}.xlf");
            d.export(locale, version, &file);
            let o = Command::new("xmllint")
                .args(["--nonet", "--noout", "--schema"])
                .arg(schemas.join(schema))
                .arg(d.path(&file))
                .env("XML_CATALOG_FILES", schemas.join("catalog.xml"))
                .output()
                .expect("xmllint runs");
            assert!(o.status.success(), "{locale} {version}: {}", stderr(&o));
        }
    }
}

#[test]
fn a_file_linked_out_of_the_project_is_not_written_through() {
    // kk's editorial-note.ftl becomes a link to a file outside the project after the
    // XLIFF was exported: the project refuses to read it (and `export` now refuses the
    // locale), and an import that translates one of its messages must not overwrite the
    // file the link names.
    let d = Dir::project();
    d.export("kk", "2.1", "kk.xlf");
    let outside = tempfile::tempdir().unwrap();
    let kept = outside.path().join("editorial-note.ftl");
    let rel = "locales/kk/editorial-note.ftl";
    std::fs::copy(d.path(rel), &kept).unwrap();
    let original = std::fs::read(&kept).unwrap();
    std::fs::remove_file(d.path(rel)).unwrap();
    std::os::unix::fs::symlink(&kept, d.path(rel)).unwrap();
    let o = d.run(&["xliff", "export", "--locale", "kk", "-o", "again.xlf"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(!d.path("again.xlf").exists());
    let xlf = d.read("kk.xlf");
    let (open, close) = target_text(&xlf, "original=\"editorial-note.ftl\"");
    let edited = format!("{}Аударма{}", &xlf[..open], &xlf[close..]);
    d.write("kk.xlf", &edited);
    let before = d.snapshot();
    let o = d.import("kk.xlf");
    assert!(!o.status.success(), "{}", stdout(&o));
    assert!(stderr(&o).contains("not written"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&kept).unwrap(), original);
    assert_eq!(d.snapshot(), before);
    // Dangling, the link is not written through either.
    std::fs::remove_file(&kept).unwrap();
    let o = d.import("kk.xlf");
    assert!(!o.status.success(), "{}", stdout(&o));
    assert!(stderr(&o).contains("dangling"), "{}", stderr(&o));
    assert!(!kept.exists());
}

#[test]
fn a_control_character_in_a_target_is_an_error_at_its_segment() {
    // `<cp>` carries characters XML cannot; a CAT tool's NUL or bidi override written
    // into the .ftl file would stop the build (`check`'s control-character), so the
    // import refuses it at its XLIFF line and writes nothing.
    let d = Dir::project();
    d.export("ru", "2.1", "ru.xlf");
    let xlf = d.read("ru.xlf");
    let unit = xlf.find("<unit id=\"ch1-title\"").unwrap();
    let target = unit + xlf[unit..].find("<target>").unwrap() + "<target>".len();
    let before = d.snapshot();
    for (inserted, code) in [
        ("<cp hex=\"0000\"/>", "control-character"),
        ("<cp hex=\"001B\"/>", "control-character"),
        ("\u{202E}", "bidi-control"),
    ] {
        d.write(
            "ru.xlf",
            &format!("{}{inserted}{}", &xlf[..target], &xlf[target..]),
        );
        let o = d.import("ru.xlf");
        assert!(!o.status.success(), "{inserted}: {}", stdout(&o));
        let (line, col) = line_col(&xlf, target - "<target>".len());
        assert!(
            stderr(&o).contains(&format!("ru.xlf:{line}:{col}: error[{code}]")),
            "{inserted}: {}",
            stderr(&o)
        );
        assert_eq!(d.snapshot(), before, "{inserted}: something was written");
    }
}

#[test]
fn a_file_the_project_cannot_read_is_not_replaced() {
    // kk's editorial-note.ftl holds a byte that is not UTF-8: the project does not
    // read it. Importing a translation of one of its messages must not replace the file
    // with one holding that message alone.
    let d = Dir::project();
    let rel = "locales/kk/editorial-note.ftl";
    let o = d.run(&["xliff", "export", "--locale", "kk", "-o", "kk.xlf"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut bytes = std::fs::read(d.path(rel)).unwrap();
    bytes.extend_from_slice(b"\n# \xff\n");
    std::fs::write(d.path(rel), &bytes).unwrap();
    // An edited target of that file, in the XLIFF exported while it was readable.
    let xlf = d.read("kk.xlf");
    let (open, close) = target_text(&xlf, "original=\"editorial-note.ftl\"");
    d.write(
        "kk.xlf",
        &format!("{}Аударма{}", &xlf[..open], &xlf[close..]),
    );
    let before = d.snapshot();
    let o = d.import("kk.xlf");
    assert!(!o.status.success(), "{}", stdout(&o));
    assert!(stderr(&o).contains("could not read it"), "{}", stderr(&o));
    assert_eq!(d.snapshot(), before);
    assert_eq!(std::fs::read(d.path(rel)).unwrap(), bytes);
}

#[test]
fn export_refuses_a_locale_with_a_file_it_cannot_read() {
    // Its messages would be exported as untranslated, and translated again for nothing.
    let d = Dir::project();
    let rel = "locales/kk/editorial-note.ftl";
    let mut bytes = std::fs::read(d.path(rel)).unwrap();
    bytes.extend_from_slice(b"\n# \xff\n");
    std::fs::write(d.path(rel), &bytes).unwrap();
    let o = d.run(&["xliff", "export", "--locale", "kk", "-o", "kk.xlf"]);
    // Exit 1, as `sync` and `check` give for a file that is not UTF-8.
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("editorial-note.ftl"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("nothing was exported"),
        "{}",
        stderr(&o)
    );
    assert!(!d.path("kk.xlf").exists());
}

#[test]
fn spaces_ending_a_line_are_kept_visibly() {
    // A line's trailing spaces in a target over several lines are written as a literal,
    // not as invisible spaces at the end of an FTL line (which many editors trim).
    let d = Dir::project();
    let typed = "Первая строка  \nвторая строка";
    let o = d.import_typed("ru", "ch1-title.short", typed);
    assert!(o.status.success(), "{}", stderr(&o));
    let ftl = d.read("locales/ru/chapter-1.ftl");
    assert!(ftl.contains("Первая строка{ \"  \" }\n"), "{ftl}");
    assert!(!ftl.lines().any(|l| l.ends_with(' ')), "{ftl}");
    let unit = d.exported_unit("ru", "ch1-title.short");
    assert!(
        unit.contains(&format!("<target>{typed}</target>")),
        "{unit}"
    );
}

#[test]
fn a_file_the_project_cannot_read_refuses_the_import_and_is_named() {
    // kk's chapter-1.ftl has placeables (a term's case forms among its codes). Made
    // unreadable after the export, an unchanged import gave 34 bogus
    // `xliff-inline-code` errors (its units were rebuilt from the source alone), exit 1,
    // and never named the file. Now: the file, why it was not read, exit 2, nothing
    // written — for each way a file can be left unread.
    const REL: &str = "locales/kk/chapter-1.ftl";
    type Spoil = fn(&Dir, &Path);
    let spoils: [(&str, Spoil); 4] = [
        ("not UTF-8", |d, _| {
            let mut bytes = std::fs::read(d.path(REL)).unwrap();
            bytes.extend_from_slice(b"# \xff\n");
            std::fs::write(d.path(REL), bytes).unwrap();
        }),
        ("too large", |d, _| {
            let mut text = d.read(REL);
            text.push_str(&format!("# {}\n", "x".repeat(17 << 20)));
            d.write(REL, &text);
        }),
        ("a link out of the project", |d, outside| {
            let kept = outside.join("chapter-1.ftl");
            std::fs::rename(d.path(REL), &kept).unwrap();
            std::os::unix::fs::symlink(&kept, d.path(REL)).unwrap();
        }),
        ("a dangling link", |d, outside| {
            std::fs::remove_file(d.path(REL)).unwrap();
            std::os::unix::fs::symlink(outside.join("gone.ftl"), d.path(REL)).unwrap();
        }),
    ];
    for (what, spoil) in spoils {
        let d = Dir::project();
        d.export("kk", "2.1", "kk.xlf");
        let outside = tempfile::tempdir().unwrap();
        spoil(&d, outside.path());
        let before = d.snapshot();
        let o = d.import("kk.xlf");
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{what}: {err}");
        assert!(
            err.contains(&format!(
                "{REL} is not written: it exists but the project could not read it"
            )),
            "{what}: {err}"
        );
        assert!(!err.contains("xliff-inline-code"), "{what}: {err}");
        // Why, in the load's own error.
        assert!(
            err.lines().any(|l| l.contains("chapter-1.ftl")
                && (l.contains("invalid-utf8") || l.contains("failed to read"))),
            "{what}: {err}"
        );
        assert_eq!(d.snapshot(), before, "{what}: something was written");
    }
}

#[test]
fn an_import_refuses_two_folders_of_one_locale_and_warns_of_another_case() {
    // `locales/kk` and `locales/KK`: every other command refuses the project
    // (`bad-locale`); the import wrote into one of them, exit 0.
    let d = Dir::project();
    d.export("kk", "2.1", "kk.xlf");
    copy_dir(&d.path("locales/kk"), &d.path("locales/KK"));
    let before = d.snapshot();
    let o = d.import("kk.xlf");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("error[bad-locale]"), "{}", stderr(&o));
    assert_eq!(d.snapshot(), before);
    // `KK` alone is `kk`, said as the other commands say it.
    std::fs::remove_dir_all(d.path("locales/kk")).unwrap();
    let o = d.import("kk.xlf");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("warning[non-canonical-locale]"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).contains(" 0 unit(s) changed"), "{}", stdout(&o));
}

#[test]
fn a_newline_dropped_from_an_unchanged_target_changes_nothing() {
    // `\n` + the translation as it is: once the newline is dropped (and said), the
    // text is the file's. Before, every import counted the unit as changed, said
    // `wrote locales/kk/chapter-1.ftl` and replaced the file with the same bytes.
    let d = Dir::project();
    d.export("kk", "2.1", "kk.xlf");
    let xlf = d.read("kk.xlf");
    let (open, close) = target_text(&xlf, "<unit id=\"ch1-s1-title\"");
    let edited = format!("{}\n{}", &xlf[..open], &xlf[open..]);
    assert_ne!(&xlf[open..close], "");
    d.write("kk.xlf", &edited);
    let rel = "locales/kk/chapter-1.ftl";
    let inode = |d: &Dir| {
        std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(d.path(rel)).unwrap())
    };
    let (before, ino) = (d.snapshot(), inode(&d));
    for _ in 0..2 {
        let o = d.import("kk.xlf");
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(
            stderr(&o).contains("warning[xliff-whitespace]"),
            "{}",
            stderr(&o)
        );
        let out = stdout(&o);
        assert!(!out.contains("wrote"), "{out}");
        assert!(!out.contains("changed ch1-s1-title"), "{out}");
        assert!(out.contains(" 0 unit(s) changed"), "{out}");
        assert_eq!(d.snapshot(), before);
        assert_eq!(inode(&d), ino, "the file was replaced");
    }
}

#[test]
fn a_dropped_newline_in_a_variant_is_said_at_its_segment() {
    // Kazakh's `-china` has a segment per case; a newline ending `s7.ins` was said at
    // the unit's first segment (`s1.nom`).
    let d = Dir::project();
    d.export("kk", "2.1", "kk.xlf");
    let xlf = d.read("kk.xlf");
    let unit_at = xlf.find("<unit id=\"-china\"").unwrap();
    let seg_at = unit_at + xlf[unit_at..].find("<segment id=\"s7.ins\"").unwrap();
    let target = seg_at + xlf[seg_at..].find("<target").unwrap();
    let close = target + xlf[target..].find("</target>").unwrap();
    d.write("kk.xlf", &format!("{}\n{}", &xlf[..close], &xlf[close..]));
    let o = d.import("kk.xlf");
    assert!(o.status.success(), "{}", stderr(&o));
    let (line, col) = line_col(&xlf, target);
    let want = format!("kk.xlf:{line}:{col}: warning[xliff-whitespace]");
    assert!(stderr(&o).contains(&want), "{want}: {}", stderr(&o));
    assert!(stdout(&o).contains(" 0 unit(s) changed"), "{}", stdout(&o));
}

#[test]
fn language_tags_in_another_case_are_read_as_the_locale() {
    // `trgLang="KK"`, `srcLang="EN"`, `zh_CN` were refused (`xliff-locale`, exit 2)
    // though a folder or `--locale` so written is read as its locale, with a warning.
    for (locale, version, from, to) in [
        ("kk", "2.1", "trgLang=\"kk\"", "trgLang=\"KK\""),
        ("kk", "2.1", "srcLang=\"en\"", "srcLang=\"EN\""),
        ("zh-CN", "2.1", "trgLang=\"zh-CN\"", "trgLang=\"zh_cn\""),
        (
            "kk",
            "1.2",
            "target-language=\"kk\"",
            "target-language=\"Kk\"",
        ),
    ] {
        let d = Dir::project();
        d.export(locale, version, "x.xlf");
        let xlf = d.read("x.xlf");
        assert!(xlf.contains(from), "{from}");
        d.write("x.xlf", &xlf.replace(from, to));
        let before = d.snapshot();
        let o = d.import("x.xlf");
        assert!(o.status.success(), "{to}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("warning[non-canonical-locale]"),
            "{to}: {}",
            stderr(&o)
        );
        assert_eq!(d.snapshot(), before, "{to}");
    }
    // A tag that is no locale of the project is still refused.
    let d = Dir::project();
    d.export("kk", "2.1", "x.xlf");
    d.write(
        "x.xlf",
        &d.read("x.xlf")
            .replacen("trgLang=\"kk\"", "trgLang=\"KY-x\"", 1),
    );
    let o = d.import("x.xlf");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("error[xliff-locale]"), "{}", stderr(&o));
}

#[test]
fn a_refused_import_still_says_its_language_tag_warnings() {
    // The tags' warnings were dropped when the import failed: only the errors were said.
    let d = Dir::project();
    d.export("kk", "2.1", "x.xlf");
    let xlf = d
        .read("x.xlf")
        .replacen("trgLang=\"kk\"", "trgLang=\"KK\"", 1);
    // An error of the file's: a unit the source does not have.
    let xlf = xlf.replacen("<unit id=\"", "<unit id=\"no-such-", 1);
    d.write("x.xlf", &xlf);
    let before = d.snapshot();
    let o = d.import("x.xlf");
    assert!(!o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("warning[non-canonical-locale]"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("error["), "{}", stderr(&o));
    assert_eq!(d.snapshot(), before);
}

#[test]
fn xliff_12_files_spelling_one_locale_in_two_cases_are_one_locale() {
    // A 1.2 file's <file>s in `ru` and `RU` were refused as two locales
    // (`xliff-invalid`); with every <file> in `RU`, the warning pointed at the last.
    // Now tags are compared as the locales they name, and each spelling in another
    // case is said once, at the first <file> that has it.
    let d = Dir::project();
    d.export("ru", "1.2", "ru.xlf");
    let xlf = d.read("ru.xlf");
    let files: Vec<usize> = xlf.match_indices("<file ").map(|(i, _)| i).collect();
    assert!(files.len() > 3, "{}", files.len());
    // The file with `attr` written `to` from its `from`-th <file> on.
    let respell = |from: usize, attr: &str, to: &str| {
        let (head, tail) = xlf.split_at(files[from]);
        let was = if attr == "source-language" {
            "en"
        } else {
            "ru"
        };
        let tail =
            tail.replace(&format!("{attr}=\"{was}\""), &format!("{attr}=\"{to}\""));
        format!("{head}{tail}")
    };
    let before = d.snapshot();
    for (what, text, warned_at) in [
        (
            "every <file> in RU",
            respell(0, "target-language", "RU"),
            files[0],
        ),
        (
            "the second on in RU",
            respell(1, "target-language", "RU"),
            files[1],
        ),
        (
            "the third on in EN",
            respell(2, "source-language", "EN"),
            files[2],
        ),
    ] {
        d.write("x.xlf", &text);
        let o = d.import("x.xlf");
        let err = stderr(&o);
        assert!(o.status.success(), "{what}: {err}");
        assert_eq!(err.matches("warning[").count(), 1, "{what}: {err}");
        let (line, col) = line_col(&text, warned_at);
        let want = format!("x.xlf:{line}:{col}: warning[non-canonical-locale]");
        assert!(err.contains(&want), "{what}: wanted {want} in\n{err}");
        assert!(
            stdout(&o).contains(" 0 unit(s) changed"),
            "{what}: {}",
            stdout(&o)
        );
        assert_eq!(d.snapshot(), before, "{what}");
    }
    // <file>s of two locales are still refused, at the first of the second locale.
    let text = respell(3, "target-language", "kk");
    d.write("x.xlf", &text);
    let o = d.import("x.xlf");
    let (line, col) = line_col(&text, files[3]);
    let want = format!("x.xlf:{line}:{col}: error[xliff-invalid]");
    assert!(
        stderr(&o).contains(&want),
        "wanted {want} in\n{}",
        stderr(&o)
    );
    assert_eq!(d.snapshot(), before);
}

#[test]
fn a_pretty_printed_target_loses_its_indentation_unless_spaces_are_preserved() {
    // A formatter writes `<target>\n      text\n    </target>`. The leading indentation
    // was kept as a literal (`{ "      " }`) and the trailing one dropped without a
    // word. Without xml:space="preserve" that whitespace is the file's layout: both
    // go, said. Under it (the export sets it on every unit) it is text: both stay,
    // and the line break, which Fluent cannot hold, goes, said.
    let text = "Глава первая";
    let line = |d: &Dir| {
        let ftl = d.read("locales/ru/chapter-1.ftl");
        ftl.lines()
            .find(|l| l.starts_with("ch1-title ="))
            .unwrap()
            .to_string()
    };
    let pretty = format!("\n          {text}\n        ");
    for (typed, layout) in [
        (pretty.as_str(), "default"),
        ("\n\t\t\tГлава первая", "default"),
        ("Глава первая  \n    ", "default"),
    ] {
        // xml:space="default" on the unit: as a tool that does not keep the attribute.
        for version in ["2.1", "1.2"] {
            let d = Dir::project();
            d.export("ru", version, "ru.xlf");
            let xlf = d.read("ru.xlf");
            let anchor = if version == "2.1" {
                "<unit id=\"ch1-title\""
            } else {
                "<trans-unit id=\"ch1-title\""
            };
            let (open, close) = target_text(&xlf, anchor);
            let a = xlf.find(anchor).unwrap();
            let head = xlf[..open].to_string();
            let head = format!(
                "{}{}",
                &head[..a],
                head[a..].replacen(
                    "xml:space=\"preserve\"",
                    &format!("xml:space=\"{layout}\""),
                    1
                )
            );
            d.write("ru.xlf", &format!("{head}{typed}{}", &xlf[close..]));
            let o = d.import("ru.xlf");
            assert!(o.status.success(), "{typed:?} {version}: {}", stderr(&o));
            assert!(
                stderr(&o).contains("warning[xliff-whitespace]: a newline at the start or end of the target of `ch1-title` is dropped with the whitespace beside it"),
                "{typed:?} {version}: {}",
                stderr(&o)
            );
            assert_eq!(
                line(&d),
                format!("ch1-title = {text}"),
                "{typed:?} {version}"
            );
        }
    }
    // Under xml:space="preserve", as exported: the spaces are text.
    for (typed, want) in [
        (
            pretty.as_str(),
            format!("ch1-title = {{ \"          \" }}{text}{{ \"        \" }}"),
        ),
        (
            "\n  Глава первая",
            format!("ch1-title = {{ \"  \" }}{text}"),
        ),
        (
            "Глава первая\n  ",
            format!("ch1-title = {text}{{ \"  \" }}"),
        ),
    ] {
        let d = Dir::project();
        let o = d.import_typed("ru", "ch1-title", typed);
        assert!(o.status.success(), "{typed:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("warning[xliff-whitespace]: a newline at the start or end of the target of `ch1-title` is dropped: Fluent cannot hold one there (hint: break lines inside the text only; the spaces beside it are kept"),
            "{typed:?}: {}",
            stderr(&o)
        );
        assert_eq!(line(&d), want, "{typed:?}");
    }
    // Spaces a text genuinely begins with, under xml:space="preserve": kept, unsaid.
    let d = Dir::project();
    let o = d.import_typed("ru", "ch1-title", "   Глава первая");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("warning"), "{}", stderr(&o));
    assert_eq!(line(&d), format!("ch1-title = {{ \"   \" }}{text}"));
}

/// `ru`'s `locales/ru/chapter-1.ftl` without its translation of `ch1-s1-p1`, whose case
/// forms of terms (`{ -china(case: "ins") }`) only that translation has: the text
/// before and after.
fn delete_ch1_s1_p1(d: &Dir) -> (String, String) {
    let rel = "locales/ru/chapter-1.ftl";
    let ftl = d.read(rel);
    let line = ftl.lines().find(|l| l.starts_with("ch1-s1-p1 = ")).unwrap();
    assert!(line.contains("{ -china(case: \"ins\") }"), "{line}");
    let deleted = ftl.replace(&format!("{line}\n"), "");
    d.write(rel, &deleted);
    (ftl, deleted)
}

#[test]
fn an_unedited_export_imports_after_the_translation_it_carries_was_deleted() {
    // The codes only a translation has (a term's case form) are numbered after the
    // source's; with that translation deleted from the .ftl file after the export, the
    // unit built again had no such numbers and the untouched file was refused
    // (`xliff-inline-code`, "do not type or edit them"). The file's original data says
    // what each code is: the translation comes back as it was.
    let rel = "locales/ru/chapter-1.ftl";
    for version in ["2.1", "1.2"] {
        let d = Dir::project();
        d.export("ru", version, "ru.xlf");
        let (ftl, _) = delete_ch1_s1_p1(&d);
        let o = d.import("ru.xlf");
        assert!(o.status.success(), "{version}: {}", stderr(&o));
        assert!(
            stdout(&o).contains("changed ch1-s1-p1\n"),
            "{version}: {}",
            stdout(&o)
        );
        assert_eq!(d.read(rel), ftl, "{version}");
        let o = d.run(&["check", "--source", "en", "--locale", "ru"]);
        assert!(o.status.success(), "{version}: {}", stdout(&o));
    }
}

#[test]
fn codes_are_read_by_their_original_data_not_their_number() {
    // In a select, the codes of the second variant are numbered after the first
    // variant's target's own: once the translation was deleted, they were renumbered,
    // and the untouched file's numbers named other codes. The import wrote
    // `{ -china }` for `{ -china(case: "gen") }` and `{ -bri }` for `{ -china }`,
    // without a word.
    let d = Dir::project();
    let append = |rel: &str, text: &str| {
        let old = d.read(rel);
        d.write(rel, &format!("{old}{text}"));
    };
    append(
        "locales/en/ui.ftl",
        "\nxl-shift =\n    { $n ->\n        [one] One of { -china }\n       *[other] Many of { -china } and { -bri }\n    }\n",
    );
    let ru = d.read("locales/ru/ui.ftl");
    let translation = "xl-shift =\n    { $n ->\n        [one] Один из { -china(case: \"gen\") }\n       *[other] Много из { -china }\n    }\n";
    append("locales/ru/ui.ftl", &format!("\n{translation}"));
    for version in ["2.1", "1.2"] {
        d.export("ru", version, "ru.xlf");
        d.write("locales/ru/ui.ftl", &ru);
        let o = d.import("ru.xlf");
        assert!(o.status.success(), "{version}: {}", stderr(&o));
        let now = d.read("locales/ru/ui.ftl");
        assert!(now.contains(translation), "{version}: {now}");
    }
}

#[test]
fn original_data_the_source_has_no_form_of_is_refused_without_blaming_the_translator() {
    // A code the unit does not have is taken from the file's original data only as a
    // form of a term the source uses; anything else there (another term, a variable, a
    // second entry, an attribute line: FTL the translator never saw) is refused, as
    // the file's, not the translator's doing.
    let d = Dir::project();
    d.export("ru", "2.1", "ru.xlf");
    delete_ch1_s1_p1(&d);
    let xlf = d.read("ru.xlf");
    let unit_at = xlf.find("<unit id=\"ch1-s1-p1\"").unwrap();
    let data = "<data id=\"d6\">{ -china(case: &quot;ins&quot;) }</data>";
    let data_at = unit_at + xlf[unit_at..].find(data).unwrap();
    let target = unit_at + xlf[unit_at..].find("<target>").unwrap();
    let ph = target + xlf[target..].find("<ph id=\"6\"").unwrap();
    let before = d.snapshot();
    for (hostile, code) in [
        ("{ -report-name }", "xliff-inline-code"),
        ("{ $secret }", "xliff-inline-code"),
        (
            "{ -china(case: \"ins\") }\nevil = { -bri }",
            "xliff-inline-code",
        ),
        (
            "{ -china(case: \"ins\") }\n    .title = x",
            "xliff-inline-code",
        ),
        ("{ -china(case: \"ins\") } text", "xliff-inline-code"),
        ("{ -china(case: \"&#x202E;\") }", "bidi-control"),
    ] {
        let text = format!(
            "{}<data id=\"d6\">{}</data>{}",
            &xlf[..data_at],
            hostile.replace('"', "&quot;"),
            &xlf[data_at + data.len()..]
        );
        // Both after the data, moved by its new length.
        let (ph, target) = (ph + text.len() - xlf.len(), target + text.len() - xlf.len());
        d.write("bad.xlf", &text);
        let o = d.import("bad.xlf");
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{hostile}: {err}");
        let (line, col) =
            line_col(&text, if code == "bidi-control" { target } else { ph });
        let want = format!("bad.xlf:{line}:{col}: error[{code}]");
        assert!(err.contains(&want), "{hostile}: wanted {want} in\n{err}");
        assert!(!err.contains("do not type or edit"), "{hostile}: {err}");
        if code == "xliff-inline-code" {
            assert!(err.contains("original data"), "{hostile}: {err}");
        }
        assert_eq!(d.snapshot(), before, "{hostile}: a file changed");
    }
}
