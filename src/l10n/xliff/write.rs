//! Writing units as XLIFF 2.1 or 1.2 with quick-xml (every text and attribute escaped by
//! the writer; characters XML 1.0 cannot carry are `<cp/>` in 2.1 and refused in 1.2).

use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;

use super::units::{CodeKind, FileUnits, Inline, State, Unit};
use super::Version;

/// XLIFF 2.x core namespace (2.1 keeps 2.0's; only `version` says 2.1).
pub const NS_2: &str = "urn:oasis:names:tc:xliff:document:2.0";
/// XLIFF 1.2 namespace.
pub const NS_12: &str = "urn:oasis:names:tc:xliff:document:1.2";

/// A character XML 1.0 cannot hold (or would not keep: a carriage return is read back
/// as a line feed).
pub fn needs_escape(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{D}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// What the export is of.
pub struct Header<'a> {
    /// Source locale tag.
    pub source: &'a str,
    /// Target locale tag.
    pub target: &'a str,
    /// Whether the target is written right to left.
    pub rtl: bool,
}

/// The XLIFF 1.2 `ctype` of each inline tag's `<g>`.
const G_CTYPES: [(&str, &str); 2] = [("i", "italic"), ("b", "bold")];

/// The 1.2 `ctype` of a tag's `<g>`: `i` → `italic`, `b` → `bold`.
fn ctype_of_tag(tag: &str) -> &'static str {
    G_CTYPES
        .iter()
        .find(|(t, _)| *t == tag)
        .map_or("bold", |(_, c)| c)
}

/// The tag a 1.2 `<g>` of this `ctype` stands for, as [`ctype_of_tag`] writes it.
pub fn tag_of_ctype(ctype: &str) -> Option<&'static str> {
    G_CTYPES.iter().find(|(_, c)| *c == ctype).map(|(t, _)| *t)
}

type W = Writer<Vec<u8>>;

/// Text for notes and attributes, which are shown, not imported: a character XML cannot
/// hold becomes U+FFFD (the content itself goes through [`content_text`]).
fn clean(t: &str) -> std::borrow::Cow<'_, str> {
    if t.contains(needs_escape) {
        t.replace(needs_escape, "\u{FFFD}").into()
    } else {
        t.into()
    }
}

fn start<'a>(name: &'a str, attrs: &[(&'a str, &'a str)]) -> BytesStart<'a> {
    let mut e = BytesStart::new(name);
    for (k, v) in attrs {
        e.push_attribute((*k, clean(v).as_ref()));
    }
    e
}

/// A line break and indentation between structural elements (never inside a source,
/// target, note or data: there whitespace is content).
fn nl(w: &mut W, depth: usize) {
    let pad = format!("\n{}", "  ".repeat(depth));
    let _ = w.write_event(Event::Text(BytesText::from_escaped(pad)));
}

fn open(w: &mut W, name: &str, attrs: &[(&str, &str)]) {
    let _ = w.write_event(Event::Start(start(name, attrs)));
}

fn close(w: &mut W, name: &str) {
    let _ = w.write_event(Event::End(BytesEnd::new(name)));
}

fn empty(w: &mut W, name: &str, attrs: &[(&str, &str)]) {
    let _ = w.write_event(Event::Empty(start(name, attrs)));
}

fn text(w: &mut W, t: &str) {
    let _ = w.write_event(Event::Text(BytesText::new(t)));
}

fn element(w: &mut W, name: &str, attrs: &[(&str, &str)], t: &str) {
    open(w, name, attrs);
    text(w, &clean(t));
    close(w, name);
}

/// Writes text, characters XML cannot hold as `<cp hex="…"/>` (2.1) or an error (1.2).
fn content_text(w: &mut W, t: &str, version: Version, unit: &str) -> Result<(), String> {
    let mut rest = t;
    while let Some(i) = rest.find(needs_escape) {
        text(w, &rest[..i]);
        let c = rest[i..].chars().next().unwrap_or('\0');
        match version {
            Version::V21 => {
                let hex = format!("{:04X}", u32::from(c));
                empty(w, "cp", &[("hex", &hex)]);
            }
            Version::V12 => {
                return Err(format!(
                "`{unit}` holds U+{:04X}, which XLIFF 1.2 cannot carry; export XLIFF 2.1",
                u32::from(c)
            ))
            }
        }
        rest = &rest[i + c.len_utf8()..];
    }
    text(w, rest);
    Ok(())
}

/// Which codes of a content are balanced tag pairs: for each open tag's position, the
/// position of its close.
fn pairs(content: &[Inline], unit: &Unit) -> Vec<Option<usize>> {
    let mut out = vec![None; content.len()];
    let mut stack: Vec<(usize, &str)> = Vec::new();
    for (i, item) in content.iter().enumerate() {
        let Inline::Code(c) = item else { continue };
        match &unit.codes[*c].kind {
            CodeKind::Open(name) => stack.push((i, name)),
            CodeKind::Close(name) => {
                if let Some(&(o, n)) = stack.last() {
                    if n == name {
                        stack.pop();
                        out[o] = Some(i);
                        continue;
                    }
                }
                // Unbalanced: everything open stays a placeholder.
                stack.clear();
            }
            CodeKind::Placeable { .. } => {}
        }
    }
    out
}

/// Writes inline content (a source or target).
fn content(
    w: &mut W,
    items: &[Inline],
    unit: &Unit,
    version: Version,
) -> Result<(), String> {
    let pairs = pairs(items, unit);
    write_range(w, items, &pairs, 0, items.len(), unit, version)
}

fn write_range(
    w: &mut W,
    items: &[Inline],
    pairs: &[Option<usize>],
    from: usize,
    to: usize,
    unit: &Unit,
    version: Version,
) -> Result<(), String> {
    let mut i = from;
    while i < to {
        match &items[i] {
            Inline::Text(t) => content_text(w, t, version, &unit.id)?,
            Inline::Code(c) => {
                let code = &unit.codes[*c];
                let id = (c + 1).to_string();
                if let (Some(end), CodeKind::Open(name)) = (pairs[i], &code.kind) {
                    let Inline::Code(close_code) = items[end] else {
                        unreachable!("pairs() pairs codes")
                    };
                    let close_ftl = &unit.codes[close_code].ftl;
                    match version {
                        Version::V21 => {
                            let (ds, de) =
                                (format!("d{}", c + 1), format!("d{}", close_code + 1));
                            open(
                                w,
                                "pc",
                                &[
                                    ("id", &id),
                                    ("dataRefStart", &ds),
                                    ("dataRefEnd", &de),
                                    ("canOverlap", "no"),
                                    ("canCopy", "no"),
                                    ("dispStart", &code.ftl),
                                    ("dispEnd", close_ftl),
                                    ("type", "fmt"),
                                    (
                                        "subType",
                                        if name == "i" { "xlf:i" } else { "xlf:b" },
                                    ),
                                ],
                            );
                            write_range(w, items, pairs, i + 1, end, unit, version)?;
                            close(w, "pc");
                        }
                        Version::V12 => {
                            let ctype = ctype_of_tag(name);
                            open(
                                w,
                                "g",
                                &[("id", &id), ("ctype", ctype), ("clone", "no")],
                            );
                            write_range(w, items, pairs, i + 1, end, unit, version)?;
                            close(w, "g");
                        }
                    }
                    i = end + 1;
                    continue;
                }
                // A placeable, or a tag whose partner is in another segment.
                let variable =
                    matches!(code.kind, CodeKind::Placeable { variable: true });
                match version {
                    Version::V21 => {
                        let d = format!("d{}", c + 1);
                        empty(
                            w,
                            "ph",
                            &[
                                ("id", &id),
                                ("dataRef", &d),
                                ("canCopy", "yes"),
                                ("canDelete", if variable { "no" } else { "yes" }),
                                ("disp", &code.ftl),
                                ("type", "other"),
                            ],
                        );
                    }
                    Version::V12 => {
                        let ctype = match code.kind {
                            CodeKind::Placeable { .. } => "x-fluent-placeable",
                            _ => "x-fluent-markup",
                        };
                        element(w, "ph", &[("id", &id), ("ctype", ctype)], &code.ftl);
                    }
                }
            }
        }
        i += 1;
    }
    Ok(())
}

fn notes_text(unit: &Unit) -> Vec<(&'static str, &str)> {
    unit.notes
        .iter()
        .map(|(k, t)| (k.category(), t.as_str()))
        .collect()
}

/// The XLIFF document.
pub fn write(
    header: &Header,
    files: &[FileUnits],
    version: Version,
) -> Result<String, String> {
    let mut w = Writer::new(Vec::new());
    let _ = w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
    match version {
        Version::V21 => write_2(&mut w, header, files)?,
        Version::V12 => write_12(&mut w, header, files)?,
    }
    let mut out = String::from_utf8(w.into_inner()).map_err(|e| e.to_string())?;
    out.push('\n');
    Ok(out)
}

fn write_2(w: &mut W, header: &Header, files: &[FileUnits]) -> Result<(), String> {
    nl(w, 0);
    open(
        w,
        "xliff",
        &[
            ("xmlns", NS_2),
            ("version", "2.1"),
            ("srcLang", header.source),
            ("trgLang", header.target),
        ],
    );
    for (n, file) in files.iter().enumerate() {
        if file.units.is_empty() {
            continue;
        }
        let id = format!("f{}", n + 1);
        nl(w, 1);
        open(
            w,
            "file",
            &[
                ("id", &id),
                ("original", &file.rel),
                // Segment IDs name variants: a tool must not split or join them.
                ("canResegment", "no"),
                ("trgDir", if header.rtl { "rtl" } else { "ltr" }),
            ],
        );
        if !file.notes.is_empty() {
            nl(w, 2);
            open(w, "notes", &[]);
            for note in &file.notes {
                nl(w, 3);
                element(w, "note", &[("category", "file-comment")], note);
            }
            nl(w, 2);
            close(w, "notes");
        }
        for unit in &file.units {
            nl(w, 2);
            open(
                w,
                "unit",
                &[
                    ("id", &unit.id),
                    ("name", &unit.id),
                    ("xml:space", "preserve"),
                ],
            );
            let notes = notes_text(unit);
            if !notes.is_empty() {
                nl(w, 3);
                open(w, "notes", &[]);
                for (cat, t) in notes {
                    nl(w, 4);
                    element(w, "note", &[("category", cat)], t);
                }
                nl(w, 3);
                close(w, "notes");
            }
            if !unit.codes.is_empty() {
                nl(w, 3);
                open(w, "originalData", &[]);
                for (i, code) in unit.codes.iter().enumerate() {
                    let d = format!("d{}", i + 1);
                    nl(w, 4);
                    open(w, "data", &[("id", &d)]);
                    content_text(w, &code.ftl, Version::V21, &unit.id)?;
                    close(w, "data");
                }
                nl(w, 3);
                close(w, "originalData");
            }
            for seg in &unit.segments {
                let mut attrs = vec![("id", seg.id.as_str())];
                match unit.state {
                    State::Missing => attrs.push(("state", "initial")),
                    State::Translated => attrs.push(("state", "translated")),
                    State::Stale => {
                        attrs.push(("state", "initial"));
                        attrs.push(("subState", "silkpress:needs-review"));
                    }
                }
                nl(w, 3);
                open(w, "segment", &attrs);
                nl(w, 4);
                open(w, "source", &[]);
                content(w, &seg.source, unit, Version::V21)?;
                close(w, "source");
                if let Some(t) = &seg.target {
                    nl(w, 4);
                    open(w, "target", &[]);
                    content(w, t, unit, Version::V21)?;
                    close(w, "target");
                }
                nl(w, 3);
                close(w, "segment");
            }
            nl(w, 2);
            close(w, "unit");
        }
        nl(w, 1);
        close(w, "file");
    }
    nl(w, 0);
    close(w, "xliff");
    Ok(())
}

/// The trans-unit ID of a segment in XLIFF 1.2 (one trans-unit per segment).
pub fn id_12(unit: &str, segment: &str, segments: usize) -> String {
    if segments == 1 {
        unit.to_string()
    } else {
        format!("{unit}#{segment}")
    }
}

fn write_12(w: &mut W, header: &Header, files: &[FileUnits]) -> Result<(), String> {
    nl(w, 0);
    open(w, "xliff", &[("xmlns", NS_12), ("version", "1.2")]);
    for file in files {
        if file.units.is_empty() {
            continue;
        }
        nl(w, 1);
        open(
            w,
            "file",
            &[
                ("original", &file.rel),
                ("source-language", header.source),
                ("target-language", header.target),
                ("datatype", "x-fluent"),
            ],
        );
        if !file.notes.is_empty() {
            nl(w, 2);
            open(w, "header", &[]);
            for note in &file.notes {
                nl(w, 3);
                element(w, "note", &[("from", "file-comment")], note);
            }
            nl(w, 2);
            close(w, "header");
        }
        nl(w, 2);
        open(w, "body", &[]);
        for unit in &file.units {
            for seg in &unit.segments {
                let id = id_12(&unit.id, &seg.id, unit.segments.len());
                nl(w, 3);
                open(
                    w,
                    "trans-unit",
                    &[
                        ("id", &id),
                        ("resname", &unit.id),
                        ("xml:space", "preserve"),
                    ],
                );
                nl(w, 4);
                open(w, "source", &[]);
                content(w, &seg.source, unit, Version::V12)?;
                close(w, "source");
                if let Some(t) = &seg.target {
                    let state = match unit.state {
                        State::Stale => "needs-review-translation",
                        _ => "translated",
                    };
                    nl(w, 4);
                    open(w, "target", &[("state", state)]);
                    content(w, t, unit, Version::V12)?;
                    close(w, "target");
                }
                for (cat, t) in notes_text(unit) {
                    nl(w, 4);
                    element(w, "note", &[("from", cat)], t);
                }
                nl(w, 3);
                close(w, "trans-unit");
            }
        }
        nl(w, 2);
        close(w, "body");
        nl(w, 1);
        close(w, "file");
    }
    nl(w, 0);
    close(w, "xliff");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::read::{read, Tok};
    use super::super::units::{unit, FileUnits};
    use super::*;
    use fluent_syntax::{ast, parser};

    fn files(ftl: &str) -> Vec<FileUnits> {
        let res = parser::parse(ftl).unwrap();
        let ast::Entry::Message(m) = &res.body[0] else {
            panic!()
        };
        let p = m.value.as_ref().unwrap();
        vec![FileUnits {
            rel: "a & b.ftl".into(),
            notes: vec!["<note> & \u{1} \"quoted\"".into()],
            units: vec![unit("x", None, p, Some(p), false)],
        }]
    }

    const HEADER: Header = Header {
        source: "en",
        target: "fa",
        rtl: true,
    };

    #[test]
    fn special_and_control_characters_survive_the_xml() {
        let f = files("x = a & b < c \"q\" ]]> \u{7}\u{1b} { $v } <i>t</i>\n");
        let text = write(&HEADER, &f, Version::V21).unwrap();
        assert!(
            text.contains("<cp hex=\"0007\"/><cp hex=\"001B\"/>"),
            "{text}"
        );
        assert!(text.contains("&lt;note&gt; &amp; \u{FFFD}"), "{text}");
        assert!(text.contains("original=\"a &amp; b.ftl\""), "{text}");
        assert!(text.contains("trgDir=\"rtl\""));
        let doc = read(&text).unwrap();
        let t = doc.segments[0].target.as_ref().unwrap();
        assert_eq!(
            t[0],
            Tok::Text("a & b < c \"q\" ]]> \u{7}\u{1b} ".into()),
            "{text}"
        );
        assert!(matches!(&t[1], Tok::Ph { .. }));
        assert!(matches!(&t[3], Tok::Open { paired: true, .. }));
        // XLIFF 1.2 has no way to carry U+0007: refused, not written broken.
        let e = write(&HEADER, &f, Version::V12).unwrap_err();
        assert!(e.contains("U+0007"), "{e}");
        let f = files("x = a & b < c { $v } <i>t</i>\n");
        let text = write(&HEADER, &f, Version::V12).unwrap();
        let doc = read(&text).unwrap();
        assert_eq!(doc.version, Version::V12);
        let t = doc.segments[0].target.as_ref().unwrap();
        assert_eq!(t[0], Tok::Text("a & b < c ".into()));
    }
}
