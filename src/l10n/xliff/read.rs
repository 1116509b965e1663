//! Reading an XLIFF 2.x or 1.2 file back: its languages and every segment's target as
//! text and inline codes, each with its byte offset in the file for diagnostics.
//!
//! Hostile input is refused before it costs anything: a document type declaration (and
//! with it every entity definition, so no billion laughs or external entities), any
//! entity but XML's five and character references, nesting deeper than
//! [`MAX_DEPTH`], a file larger than [`MAX_BYTES`].

use std::collections::HashMap;
use std::rc::Rc;

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;

use super::write::{tag_of_ctype, NS_12, NS_2};
use super::Version;

/// The largest XLIFF file read (the whole report in one locale is about 1 MB).
pub const MAX_BYTES: usize = crate::project::input::XLIFF.bytes as usize;
/// The most inline codes read in one source or target (each a few hundred bytes once
/// read: a 64 MB file of nothing else took a gigabyte). Fluent formats at most 100
/// placeables in a message; markup tags add some more.
pub const MAX_INLINE: usize = 1000;
/// The deepest element nesting accepted (real files nest under 10).
pub const MAX_DEPTH: usize = 64;

/// A problem at a byte offset of the file.
#[derive(Debug)]
pub struct ReadError {
    /// Byte offset.
    pub at: usize,
    /// What is wrong, lower-case.
    pub message: String,
}

fn err<T>(at: usize, message: impl Into<String>) -> Result<T, ReadError> {
    Err(ReadError {
        at,
        message: message.into(),
    })
}

/// A piece of target content as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tok {
    /// Text.
    Text(String),
    /// A standalone code (`<ph/>`, 1.2 `<x/>` or `<ph>…</ph>`): its ID (or the ID it is
    /// a copy of).
    Ph {
        /// The code's ID.
        id: String,
        /// The FTL it stands for, as the file's original data says: the `<data>` its
        /// `dataRef` names (2.x), or its content (1.2 `<ph>`).
        data: Option<Rc<str>>,
        /// Byte offset of the element.
        at: usize,
    },
    /// The start of a paired code (`<pc>`, `<g>`) or a start code (`<sc/>`, `<bx/>`).
    Open {
        /// The code's ID.
        id: String,
        /// The FTL it stands for (`<i>`): the `<data>` its `dataRefStart` or `dataRef`
        /// names (2.x), or its `ctype` (1.2 `<g>`).
        data: Option<Rc<str>>,
        /// Whether its end is the element's end (`<pc>`, `<g>`), else a separate `<ec/>`.
        paired: bool,
        /// Byte offset.
        at: usize,
    },
    /// The end of a paired code, or an end code: the start's ID (`startRef`, `rid`), or
    /// its own ID (`isolated`).
    Close {
        /// The ID of the start it closes, when known.
        start: Option<String>,
        /// Its own ID.
        id: Option<String>,
        /// The FTL it stands for (`</i>`), as for [`Tok::Open`] (`dataRefEnd`).
        data: Option<Rc<str>>,
        /// Byte offset.
        at: usize,
    },
}

/// A segment of the file with its target.
#[derive(Debug)]
pub struct ReadSegment {
    /// The unit's ID.
    pub unit: String,
    /// The segment's ID (1.2: after `#` in the trans-unit ID, else the unit's only one).
    pub segment: Option<String>,
    /// Byte offset of the unit (or 1.2 trans-unit).
    pub unit_at: usize,
    /// Byte offset of the target (or of the segment, without one).
    pub at: usize,
    /// The `state` of the segment (2.x) or target (1.2).
    pub state: Option<String>,
    /// The target, when there is one.
    pub target: Option<Vec<Tok>>,
    /// Whether `xml:space="preserve"` is in effect for the target (set on it or inherited:
    /// the export sets it on every `<unit>` and `<trans-unit>`): its whitespace is text,
    /// not the file's layout.
    pub preserve: bool,
    /// The `original` of its file.
    pub file: Option<String>,
}

/// What the file holds.
#[derive(Debug)]
pub struct ReadDoc {
    /// Its version.
    pub version: Version,
    /// The source language as each declaration writes it, with its offset, in file
    /// order: the root's `srcLang` (2.x), or each `<file>`'s `source-language` (1.2).
    pub sources: Vec<(String, usize)>,
    /// The target language likewise: `trgLang`, or each `<file>`'s `target-language`.
    pub targets: Vec<(String, usize)>,
    /// Every segment, in file order.
    pub segments: Vec<ReadSegment>,
}

struct Parser<'i> {
    r: NsReader<&'i [u8]>,
    depth: usize,
    ns: &'static str,
    /// Per open element, whether `xml:space="preserve"` is in effect for it (XML 1.0
    /// §2.10: an element's own `xml:space`, else its parent's; `default` at the root).
    space: Vec<bool>,
    /// The original data of the 2.x unit being read: each `<data>`'s text by its ID.
    /// Shared, not copied, by each code that names it: a file of many references to
    /// one large `<data>` cost a copy each (gigabytes from a 1.4 MB file).
    data: HashMap<String, Rc<str>>,
}

/// An element event: start (with its attributes), end, or text.
enum Ev {
    Start {
        name: String,
        /// In the namespace of the document's version.
        ours: bool,
        /// The element's namespace.
        ns: String,
        attrs: Vec<(String, String)>,
        at: usize,
    },
    End,
    Text(String),
    Eof,
}

impl<'i> Parser<'i> {
    fn pos(&self) -> usize {
        usize::try_from(self.r.buffer_position()).unwrap_or(usize::MAX)
    }

    fn attrs(
        &self,
        e: &BytesStart,
        at: usize,
    ) -> Result<Vec<(String, String)>, ReadError> {
        let mut out = Vec::new();
        for a in e.attributes() {
            let a = match a {
                Ok(a) => a,
                Err(e) => return err(at, format!("malformed attribute ({e})")),
            };
            let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
            let value = match a.normalized_value(quick_xml::XmlVersion::Implicit1_0) {
                Ok(v) => v.into_owned(),
                Err(e) => return err(at, format!("attribute `{key}`: {e}")),
            };
            out.push((key, value));
        }
        Ok(out)
    }

    /// The next event that matters.
    fn next(&mut self) -> Result<Ev, ReadError> {
        loop {
            let at = self.pos();
            let (ns, ev) = match self.r.read_resolved_event() {
                Ok((ns, ev)) => (ns, ev),
                Err(e) => {
                    let at = usize::try_from(self.r.error_position()).unwrap_or(at);
                    return err(at, format!("not well-formed XML ({e})"));
                }
            };
            let ns = match ns {
                ResolveResult::Bound(n) => {
                    String::from_utf8_lossy(n.as_ref()).into_owned()
                }
                _ => String::new(),
            };
            let ours = ns == self.ns;
            match ev {
                Event::Start(e) => {
                    self.depth += 1;
                    if self.depth > MAX_DEPTH {
                        return err(
                            at,
                            format!("elements nested deeper than {MAX_DEPTH} levels; refused"),
                        );
                    }
                    let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                    let attrs = self.attrs(&e, at)?;
                    let inherited = self.preserve();
                    self.space.push(
                        match attrs.iter().find(|(k, _)| k == "xml:space") {
                            Some((_, v)) => v == "preserve",
                            None => inherited,
                        },
                    );
                    return Ok(Ev::Start {
                        name,
                        ours,
                        ns,
                        attrs,
                        at,
                    });
                }
                Event::End(_) => {
                    self.depth = self.depth.saturating_sub(1);
                    self.space.pop();
                    return Ok(Ev::End);
                }
                Event::Text(t) => {
                    let text = t
                        .xml10_content()
                        .map_err(|e| ReadError {
                            at,
                            message: format!("undecodable text ({e})"),
                        })?
                        .into_owned();
                    return Ok(Ev::Text(text));
                }
                Event::CData(t) => {
                    let text = String::from_utf8_lossy(&t.into_inner()).into_owned();
                    return Ok(Ev::Text(text));
                }
                Event::GeneralRef(r) => {
                    if let Ok(Some(c)) = r.resolve_char_ref() {
                        return Ok(Ev::Text(c.to_string()));
                    }
                    let name = String::from_utf8_lossy(&r.into_inner()).into_owned();
                    let c = match name.as_str() {
                        "lt" => "<",
                        "gt" => ">",
                        "amp" => "&",
                        "apos" => "'",
                        "quot" => "\"",
                        _ => {
                            return err(
                                at,
                                format!(
                                    "entity `&{name};` is not defined (XLIFF files define no entities)"
                                ),
                            )
                        }
                    };
                    return Ok(Ev::Text(c.to_string()));
                }
                Event::DocType(_) => {
                    return err(
                        at,
                        "a document type declaration (<!DOCTYPE …>) is refused: XLIFF needs none, and its entities could expand without bound",
                    )
                }
                Event::Eof => return Ok(Ev::Eof),
                // The reader is configured to expand them into a start and an end.
                Event::Empty(_) => return err(at, "an empty element was not expanded"),
                Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
            }
        }
    }

    /// Whether `xml:space="preserve"` is in effect for the element last started.
    fn preserve(&self) -> bool {
        self.space.last().copied().unwrap_or(false)
    }

    /// Skips the rest of the current element.
    fn skip(&mut self) -> Result<(), ReadError> {
        let mut depth = 1;
        while depth > 0 {
            match self.next()? {
                Ev::Start { .. } => depth += 1,
                Ev::End => depth -= 1,
                Ev::Text(_) => {}
                Ev::Eof => return err(self.pos(), "the file ends inside an element"),
            }
        }
        Ok(())
    }

    /// The text of the current element up to its end, a `<cp/>` as its character: the
    /// native code a `<data>` or a 1.2 `<ph>` holds. `None` when it holds other markup
    /// (a 1.2 `<sub>`).
    fn code_text(&mut self) -> Result<Option<String>, ReadError> {
        let mut out = Some(String::new());
        loop {
            match self.next()? {
                Ev::Eof => return err(self.pos(), "the file ends inside a code"),
                Ev::End => return Ok(out),
                Ev::Text(t) => {
                    if let Some(o) = out.as_mut() {
                        o.push_str(&t)
                    }
                }
                Ev::Start {
                    name,
                    ours,
                    attrs,
                    at,
                    ..
                } => {
                    let hex = attrs.iter().find(|(k, _)| k == "hex");
                    match (self.ns, ours, name.as_str(), hex) {
                        (NS_2, true, "cp", Some((_, hex))) => {
                            let c = code_point(hex, at)?;
                            if let Some(o) = out.as_mut() {
                                o.push(c)
                            }
                        }
                        _ => out = None,
                    }
                    self.skip()?;
                }
            }
        }
    }

    /// The `<data>` of a 2.x `<originalData>`, up to its end, into [`Parser::data`].
    fn original_data(&mut self) -> Result<(), ReadError> {
        loop {
            match self.next()? {
                Ev::Eof => return err(self.pos(), "the file ends inside <originalData>"),
                Ev::End => return Ok(()),
                Ev::Text(_) => {}
                Ev::Start {
                    name, ours, attrs, ..
                } => {
                    let id = attrs.iter().find(|(k, _)| k == "id").map(|(_, v)| v);
                    match (ours && name == "data", id) {
                        (true, Some(id)) => {
                            let id = id.clone();
                            // Empty data says nothing: the code is then read by number.
                            if let Some(text) =
                                self.code_text()?.filter(|t| !t.is_empty())
                            {
                                self.data.insert(id, text.into());
                            }
                        }
                        _ => self.skip()?,
                    }
                }
            }
        }
    }

    /// Text content of the current element, its markup skipped (for `<source>`).
    fn content(&mut self) -> Result<Vec<Tok>, ReadError> {
        let mut out = Vec::new();
        self.inline(&mut out)?;
        Ok(out)
    }

    /// Inline content up to the end of the current element.
    fn inline(&mut self, out: &mut Vec<Tok>) -> Result<(), ReadError> {
        loop {
            match self.next()? {
                Ev::Eof => return err(self.pos(), "the file ends inside a target"),
                Ev::End => return Ok(()),
                Ev::Text(t) => match out.last_mut() {
                    Some(Tok::Text(last)) => last.push_str(&t),
                    _ => out.push(Tok::Text(t)),
                },
                Ev::Start {
                    name,
                    ours,
                    attrs,
                    at,
                    ..
                } => {
                    if !ours {
                        return err(
                            at,
                            format!(
                                "element <{name}> of another namespace inside a target"
                            ),
                        );
                    }
                    if out.len() >= MAX_INLINE {
                        return err(
                            at,
                            format!(
                                "more than {MAX_INLINE} inline codes in one segment (a \
                                 message has at most 100 placeables)"
                            ),
                        );
                    }
                    let get = |k: &str| {
                        attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone())
                    };
                    let id = get("copyOf").or_else(|| get("id"));
                    // The FTL of a 2.x code: its reference into the unit's original data.
                    let data =
                        |key: &str| get(key).and_then(|d| self.data.get(&d).cloned());
                    match (self.ns, name.as_str()) {
                        (NS_2, "ph") | (NS_12, "x") => {
                            let Some(id) = id else {
                                return err(at, format!("<{name}> without an id"));
                            };
                            let data = data("dataRef");
                            out.push(Tok::Ph { id, data, at });
                            self.skip()?;
                        }
                        (NS_12, "ph") => {
                            let Some(id) = id else {
                                return err(at, "<ph> without an id");
                            };
                            // Its content is the native code: the FTL the export wrote.
                            // An empty `<ph/>` says nothing: read by its number.
                            let data =
                                self.code_text()?.filter(|t| !t.is_empty()).map(Rc::from);
                            out.push(Tok::Ph { id, data, at });
                        }
                        (NS_2, "pc") | (NS_12, "g") => {
                            let Some(id) = id else {
                                return err(at, format!("<{name}> without an id"));
                            };
                            let (start, end) = match self.ns {
                                NS_2 => (data("dataRefStart"), data("dataRefEnd")),
                                _ => {
                                    let tag = get("ctype").and_then(|c| tag_of_ctype(&c));
                                    (
                                        tag.map(|t| Rc::from(format!("<{t}>"))),
                                        tag.map(|t| Rc::from(format!("</{t}>"))),
                                    )
                                }
                            };
                            out.push(Tok::Open {
                                id: id.clone(),
                                data: start,
                                paired: true,
                                at,
                            });
                            self.inline(out)?;
                            out.push(Tok::Close {
                                start: Some(id),
                                id: None,
                                data: end,
                                at,
                            });
                        }
                        (NS_2, "sc") | (NS_12, "bx") => {
                            let Some(id) = id else {
                                return err(at, format!("<{name}> without an id"));
                            };
                            let data = data("dataRef");
                            out.push(Tok::Open {
                                id,
                                data,
                                paired: false,
                                at,
                            });
                            self.skip()?;
                        }
                        (NS_2, "ec") | (NS_12, "ex") => {
                            let start = get("startRef").or_else(|| get("rid"));
                            let data = data("dataRef");
                            out.push(Tok::Close {
                                start,
                                id,
                                data,
                                at,
                            });
                            self.skip()?;
                        }
                        (NS_2, "cp") => {
                            let c = code_point(&get("hex").unwrap_or_default(), at)?;
                            match out.last_mut() {
                                Some(Tok::Text(last)) => last.push(c),
                                _ => out.push(Tok::Text(c.to_string())),
                            }
                            self.skip()?;
                        }
                        // Annotations: their content is text of the segment.
                        (NS_2, "mrk") | (NS_12, "mrk") => self.inline(out)?,
                        // Markers of annotations that span segments carry no text.
                        (NS_2, "sm") | (NS_2, "em") => self.skip()?,
                        _ => {
                            return err(
                                at,
                                format!(
                                    "<{name}> is not an inline element silkpress reads"
                                ),
                            )
                        }
                    }
                }
            }
        }
    }
}

/// The character of a `<cp hex="…"/>`.
fn code_point(hex: &str, at: usize) -> Result<char, ReadError> {
    match u32::from_str_radix(hex, 16).ok().and_then(char::from_u32) {
        Some(c) => Ok(c),
        None => err(at, format!("<cp hex=\"{hex}\"> is not a character")),
    }
}

/// Reads an XLIFF document.
pub fn read(text: &str) -> Result<ReadDoc, ReadError> {
    if text.len() > MAX_BYTES {
        return err(
            0,
            format!(
                "the file is larger than {} MB; refused",
                MAX_BYTES / 1024 / 1024
            ),
        );
    }
    let mut r = NsReader::from_str(text);
    r.config_mut().expand_empty_elements = true;
    r.config_mut().check_end_names = true;
    let mut p = Parser {
        r,
        depth: 0,
        ns: NS_2,
        space: Vec::new(),
        data: HashMap::new(),
    };
    // The root element decides the version.
    let (attrs, xmlns, at) = loop {
        match p.next()? {
            Ev::Start {
                name,
                attrs,
                ns,
                at,
                ..
            } if name == "xliff" => break (attrs, ns, at),
            Ev::Start { name, at, .. } => {
                return err(at, format!("the root element is <{name}>, not <xliff>"))
            }
            Ev::Text(t) if t.trim().is_empty() => {}
            Ev::Text(_) => return err(p.pos(), "text before the root element"),
            Ev::End | Ev::Eof => return err(0, "no <xliff> root element"),
        }
    };
    let get = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let version = get("version").unwrap_or_default();
    let version = match (xmlns.as_str(), version.as_str()) {
        (NS_2, "2.0" | "2.1" | "2.2") => Version::V21,
        (NS_12, "1.2") => Version::V12,
        _ => {
            return err(
                at,
                format!(
                    "not XLIFF 2.x or 1.2 (version `{version}`, namespace `{xmlns}`); silkpress reads the XLIFF it writes"
                ),
            )
        }
    };
    p.ns = match version {
        Version::V21 => NS_2,
        Version::V12 => NS_12,
    };
    let mut doc = ReadDoc {
        version,
        sources: get("srcLang").map(|l| (l, at)).into_iter().collect(),
        targets: get("trgLang").map(|l| (l, at)).into_iter().collect(),
        segments: Vec::new(),
    };
    walk(&mut p, &mut doc, None)?;
    // Nothing but whitespace and comments may follow the root.
    loop {
        match p.next()? {
            Ev::Eof => break,
            Ev::Text(t) if t.trim().is_empty() => {}
            _ => return err(p.pos(), "content after the root element"),
        }
    }
    Ok(doc)
}

/// Walks structural elements (files, groups, units) up to the end of the current one.
fn walk(p: &mut Parser, doc: &mut ReadDoc, file: Option<&str>) -> Result<(), ReadError> {
    loop {
        match p.next()? {
            Ev::Eof => return err(p.pos(), "the file ends inside <xliff>"),
            Ev::End => return Ok(()),
            Ev::Text(_) => {}
            Ev::Start {
                name,
                ours,
                attrs,
                at,
                ..
            } => {
                let get =
                    |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
                if !ours {
                    p.skip()?;
                    continue;
                }
                match (p.ns, name.as_str()) {
                    (_, "file") => {
                        // Compared by the import, as the locales they name (`ru` and
                        // `RU` are one).
                        if p.ns == NS_12 {
                            doc.sources.extend(get("source-language").map(|l| (l, at)));
                            doc.targets.extend(get("target-language").map(|l| (l, at)));
                        }
                        let original = get("original");
                        walk(p, doc, original.as_deref())?;
                    }
                    (_, "group") | (NS_12, "body") => walk(p, doc, file)?,
                    (NS_2, "unit") => {
                        let Some(id) = get("id") else {
                            return err(at, "<unit> without an id");
                        };
                        // A unit's codes refer to its own original data only.
                        p.data.clear();
                        unit_2(p, doc, &id, at, file)?;
                    }
                    (NS_12, "trans-unit") => {
                        let Some(id) = get("id") else {
                            return err(at, "<trans-unit> without an id");
                        };
                        trans_unit(p, doc, &id, at, file)?;
                    }
                    _ => p.skip()?,
                }
            }
        }
    }
}

fn unit_2(
    p: &mut Parser,
    doc: &mut ReadDoc,
    id: &str,
    unit_at: usize,
    file: Option<&str>,
) -> Result<(), ReadError> {
    loop {
        match p.next()? {
            Ev::Eof => return err(p.pos(), "the file ends inside a <unit>"),
            Ev::End => return Ok(()),
            Ev::Text(_) => {}
            Ev::Start {
                name,
                ours,
                attrs,
                at,
                ..
            } => {
                if ours && name == "originalData" {
                    p.original_data()?;
                    continue;
                }
                if !(ours && (name == "segment" || name == "ignorable")) {
                    p.skip()?;
                    continue;
                }
                let get =
                    |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
                let mut seg = ReadSegment {
                    unit: id.to_string(),
                    segment: get("id"),
                    unit_at,
                    at,
                    state: get("state"),
                    target: None,
                    preserve: false,
                    file: file.map(String::from),
                };
                loop {
                    match p.next()? {
                        Ev::Eof => {
                            return err(p.pos(), "the file ends inside a <segment>")
                        }
                        Ev::End => break,
                        Ev::Text(_) => {}
                        Ev::Start { name, ours, at, .. } => {
                            if ours && name == "target" {
                                seg.at = at;
                                seg.preserve = p.preserve();
                                seg.target = Some(p.content()?);
                            } else {
                                p.skip()?;
                            }
                        }
                    }
                }
                // Ignorable parts (whitespace between segments) are not translations.
                if name == "segment" {
                    doc.segments.push(seg);
                }
            }
        }
    }
}

fn trans_unit(
    p: &mut Parser,
    doc: &mut ReadDoc,
    id: &str,
    unit_at: usize,
    file: Option<&str>,
) -> Result<(), ReadError> {
    let (unit, segment) = match id.split_once('#') {
        Some((u, s)) => (u.to_string(), Some(s.to_string())),
        None => (id.to_string(), None),
    };
    let mut seg = ReadSegment {
        unit,
        segment,
        unit_at,
        at: unit_at,
        state: None,
        target: None,
        preserve: false,
        file: file.map(String::from),
    };
    loop {
        match p.next()? {
            Ev::Eof => return err(p.pos(), "the file ends inside a <trans-unit>"),
            Ev::End => break,
            Ev::Text(_) => {}
            Ev::Start {
                name,
                ours,
                attrs,
                at,
                ..
            } => {
                if ours && name == "target" {
                    seg.at = at;
                    seg.preserve = p.preserve();
                    seg.state = attrs
                        .iter()
                        .find(|(n, _)| n == "state")
                        .map(|(_, v)| v.clone());
                    seg.target = Some(p.content()?);
                } else {
                    p.skip()?;
                }
            }
        }
    }
    doc.segments.push(seg);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_input_is_refused() {
        let laughs = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en"><file id="f"><unit id="u"><segment><source>&lol2;</source></segment></unit></file></xliff>"#;
        let e = read(laughs).unwrap_err();
        assert!(e.message.contains("DOCTYPE"), "{}", e.message);
        assert_eq!(e.at, 21);
        let entity = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en"><file id="f"><unit id="u"><segment><source>a</source><target>&x;</target></segment></unit></file></xliff>"#;
        assert!(read(entity).unwrap_err().message.contains("not defined"));
        let deep = format!(
            r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en">{}"#,
            "<group id=\"g\">".repeat(200)
        );
        assert!(read(&deep).unwrap_err().message.contains("deeper"));
        assert!(read("<html/>").unwrap_err().message.contains("<html>"));
        let huge = " ".repeat(MAX_BYTES + 1);
        assert!(read(&huge).unwrap_err().message.contains("larger than"));
        assert!(read("<xliff").is_err());
    }

    #[test]
    fn xml_space_is_inherited_and_overridden() {
        let doc = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="kk" xml:space="preserve"><file id="f"><unit id="a"><segment><source>x</source><target>a</target></segment></unit><unit id="b" xml:space="default"><segment><source>x</source><target> b</target></segment><segment><source>x</source><target xml:space="preserve"> c</target></segment></unit></file></xliff>"#;
        let d = read(doc).unwrap();
        let preserve: Vec<bool> = d.segments.iter().map(|s| s.preserve).collect();
        assert_eq!(preserve, [true, false, true]);
    }

    #[test]
    fn targets_with_codes_and_references() {
        let doc = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="kk"><file id="f" original="a.ftl"><unit id="u"><originalData><data id="d2">{ -t(case: "gen") }<cp hex="0007"/></data></originalData><segment id="s1" state="translated"><source>x</source><target>A &amp; <pc id="1">b<ph id="2" dataRef="d2"/></pc>&#x9;<cp hex="0007"/></target></segment></unit></file></xliff>"#;
        let d = read(doc).unwrap();
        assert_eq!(d.targets[0].0, "kk");
        let s = &d.segments[0];
        assert_eq!(s.segment.as_deref(), Some("s1"));
        assert_eq!(s.file.as_deref(), Some("a.ftl"));
        let t = s.target.as_ref().unwrap();
        assert_eq!(t[0], Tok::Text("A & ".into()));
        assert!(matches!(&t[1], Tok::Open { id, paired: true, .. } if id == "1"));
        assert_eq!(t[2], Tok::Text("b".into()));
        assert!(matches!(&t[3], Tok::Ph { id, data: Some(d), .. }
            if id == "2" && &**d == "{ -t(case: \"gen\") }\u{7}"));
        assert!(matches!(&t[1], Tok::Open { data: None, .. }));
        assert!(matches!(&t[4], Tok::Close { start: Some(s), .. } if s == "1"));
        assert_eq!(t[5], Tok::Text("\t\u{7}".into()));
    }
}
