//! The PDF writer: a laid-out [`Document`] to PDF bytes with krilla.
//!
//! Glyphs go to krilla 1:1 as rustybuzz produced them (`draw_glyphs`), with the text
//! they stand for, so krilla writes ToUnicode maps (and ActualText where glyphs and
//! text disagree) and subsets every font to the glyphs used. A glyph set wider than its
//! advance (the Han–Latin gap) is drawn with a widened copy of itself ([`super::widths`]),
//! so that extractors read no word space there. The document gets `/Lang`,
//! title and author, a nested outline pointing at each heading, ToC entries as
//! internal links, a tag tree (headings, paragraphs, quotes, lists, ToC) and a
//! creation date from the options, so that two builds are byte-identical. No IO here.

use std::io::{Seek, SeekFrom, Write};
use std::num::NonZeroU16;

use krilla::annotation::{Annotation, LinkAnnotation, Target};
use krilla::configure::{Archival, ConfigurationBuilder, PdfVersion};
use krilla::destination::{Destination, XyzDestination};
use krilla::geom::{Point, Rect};
use krilla::metadata::{DateTime, Metadata, TextDirection};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, Node, SpanTag, Tag,
    TagGroup, TagKind, TagTree,
};
use krilla::text::{Font, GlyphId};
use krilla::{Document as PdfDocument, SerializeSettings};

use crate::diag::{Code, DiagResult, Diagnostic};
use crate::fonts::FontBook;
use crate::layout::paginate::{Document, ElementKind, Head, OutlineEntry, Page};

/// A PDF standard to produce and validate against.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PdfStandard {
    /// Plain PDF 1.7 (tagged).
    #[default]
    Pdf17,
    /// PDF/A-2b (archival, visual appearance).
    A2b,
    /// PDF/A-2u (archival, with Unicode text).
    A2u,
    /// PDF/A-2a (archival, tagged and accessible).
    A2a,
}

/// How to write the PDF.
#[derive(Clone, Debug, Default)]
pub struct PdfOptions {
    /// Standard to validate against.
    pub standard: PdfStandard,
    /// Creation date, seconds since the Unix epoch (from `SOURCE_DATE_EPOCH`, or a
    /// fixed date), so that builds are reproducible.
    pub created: i64,
}

/// A fixed creation date for builds without `SOURCE_DATE_EPOCH`: 2025-01-01T00:00:00Z.
pub const DEFAULT_EPOCH: i64 = 1_735_689_600;

/// Civil date from Unix seconds (proleptic Gregorian, UTC).
fn date_time(secs: i64) -> DateTime {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Howard Hinnant's days_from_civil inverse.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    DateTime::new(y.clamp(0, 9999) as u16)
        .month(m as u8)
        .day(d as u8)
        .hour((rem / 3600) as u8)
        .minute((rem % 3600 / 60) as u8)
        .second((rem % 60) as u8)
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}

/// The longest string a PDF/A file may hold, in bytes as written (ISO 19005-2, 6.1.13,
/// after the implementation limits of ISO 32000-1, Annex C).
const MAX_STRING: usize = 32_767;

/// `text` as a PDF text string that fits [`MAX_STRING`]: the document's title and
/// author, an outline entry or a heading's structure title longer than that is cut at a
/// character boundary and ends with an ellipsis (the page shows the whole text; these
/// only name it), so that no edition fails PDF/A on a long message. The length is
/// counted as krilla checks it (UTF-8) and as the string is written (printable ASCII
/// as is, anything else as UTF-16BE after a byte-order mark), whichever is longer.
fn pdf_text(text: &str) -> String {
    let fits =
        |utf8: usize, units: usize| utf8 <= MAX_STRING && 2 + 2 * units <= MAX_STRING;
    let ascii = text.bytes().all(|b| matches!(b, b' '..=b'~'));
    if (ascii && text.len() <= MAX_STRING)
        || fits(text.len(), text.encode_utf16().count())
    {
        return text.to_string();
    }
    // The ellipsis takes three bytes of UTF-8 and one unit of UTF-16.
    let (mut utf8, mut units, mut end) = ('…'.len_utf8(), 1, 0);
    for (at, c) in text.char_indices() {
        utf8 += c.len_utf8();
        units += c.len_utf16();
        if !fits(utf8, units) {
            break;
        }
        end = at + c.len_utf8();
    }
    format!("{}…", &text[..end])
}

/// Nests flat outline entries by level.
fn outline_nodes(entries: &[OutlineEntry], i: &mut usize, level: u8) -> Vec<OutlineNode> {
    let mut out = Vec::new();
    while *i < entries.len() && entries[*i].level >= level {
        let e = &entries[*i];
        *i += 1;
        let dest = XyzDestination::new(e.page, Point::from_xy(0.0, e.y));
        let mut node = OutlineNode::new(pdf_text(&e.title), dest);
        for child in outline_nodes(entries, i, e.level + 1) {
            node.push_child(child);
        }
        out.push(node);
    }
    out
}

fn tag_of(kind: ElementKind, title: Option<&str>) -> TagKind {
    match kind {
        ElementKind::Title => Tag::Title.into(),
        ElementKind::Heading(l) => Tag::Hn(
            NonZeroU16::MIN.saturating_add(u16::from(l) - 1),
            title.map(pdf_text),
        )
        .into(),
        ElementKind::BlockQuote => Tag::BlockQuote.into(),
        ElementKind::List => Tag::L(ListNumbering::Circle).into(),
        ElementKind::ListItem => Tag::LI.into(),
        ElementKind::Toc => Tag::TOC.into(),
        ElementKind::TocItem => Tag::TOCI.into(),
        ElementKind::Paragraph | ElementKind::CoverLine | ElementKind::Attribution => {
            Tag::P.into()
        }
    }
}

/// Writes the document as PDF.
pub fn pdf(doc: &Document, book: &FontBook, opts: &PdfOptions) -> DiagResult<Vec<u8>> {
    let head = doc.head();
    let mut w = Writer::new(&head, book, super::widths::widen(doc, book), opts)?;
    for page in &doc.pages {
        w.page(page)?;
    }
    w.finish(&head, opts)
}

/// A PDF being written a page at a time (pages are compressed and their glyphs dropped as
/// they come: a long document is never held whole); the tag tree, outline and metadata
/// are written by [`Writer::finish`].
pub struct Writer<'b> {
    pdf: PdfDocument,
    book: &'b FontBook,
    /// Each face's font, made when first drawn.
    fonts: Vec<Option<Font>>,
    /// Glyphs drawn wider than their advance get a widened copy (see `widths`).
    widened: Vec<Option<super::widths::Widened>>,
    /// The marked content of each structure element.
    content: Vec<Vec<Identifier>>,
    /// The link annotations of each structure element.
    links: Vec<Vec<Identifier>>,
    /// Every page's size.
    size: PageSettings,
    /// The glyphs of the segment being drawn (kept for the next).
    glyphs: Vec<PdfGlyph>,
}

/// A glyph as krilla draws it: its metrics at size 1 (as `KrillaGlyph`'s, whose methods
/// krilla's drawing calls several times a glyph and cannot inline from its crate).
struct PdfGlyph {
    id: u16,
    /// The characters it stands for, in the segment's text.
    text: std::ops::Range<usize>,
    x_advance: f32,
    x_offset: f32,
    y_offset: f32,
}

impl krilla::text::Glyph for PdfGlyph {
    #[inline]
    fn glyph_id(&self) -> GlyphId {
        GlyphId::new(u32::from(self.id))
    }

    #[inline]
    fn text_range(&self) -> std::ops::Range<usize> {
        self.text.clone()
    }

    #[inline]
    fn x_advance(&self, size: f32) -> f32 {
        self.x_advance * size
    }

    #[inline]
    fn x_offset(&self, size: f32) -> f32 {
        self.x_offset * size
    }

    #[inline]
    fn y_offset(&self, size: f32) -> f32 {
        self.y_offset * size
    }

    #[inline]
    fn y_advance(&self, size: f32) -> f32 {
        0.0 * size
    }

    #[inline]
    fn location(&self) -> Option<krilla::surface::Location> {
        None
    }
}

impl<'b> Writer<'b> {
    /// A writer for the document `head` describes, drawing from `book`'s faces (or
    /// their `widened` copies: every glyph the pages draw must be in them).
    pub fn new(
        head: &Head,
        book: &'b FontBook,
        widened: Vec<Option<super::widths::Widened>>,
        opts: &PdfOptions,
    ) -> DiagResult<Writer<'b>> {
        let mut cfg = ConfigurationBuilder::new().with_version(PdfVersion::Pdf17);
        cfg = match opts.standard {
            PdfStandard::Pdf17 => cfg,
            PdfStandard::A2b => cfg.with_archival_validator(Archival::A2_B),
            PdfStandard::A2u => cfg.with_archival_validator(Archival::A2_U),
            PdfStandard::A2a => cfg.with_archival_validator(Archival::A2_A),
        };
        let configuration = cfg.finish().map_err(|e| {
            vec![Diagnostic::error(
                Code::PdfError,
                format!("failed to configure the PDF writer ({e:?})"),
            )]
        })?;
        let settings = SerializeSettings {
            configuration,
            enable_tagging: true,
            ..SerializeSettings::default()
        };
        let size = PageSettings::from_wh(head.width, head.height).ok_or_else(|| {
            vec![Diagnostic::error(
                Code::PdfError,
                "the page size is not positive",
            )]
        })?;
        Ok(Writer {
            pdf: PdfDocument::new_with(settings),
            book,
            fonts: vec![None; book.faces().len()],
            widened,
            content: vec![Vec::new(); head.elements.len()],
            links: vec![Vec::new(); head.elements.len()],
            size,
            glyphs: Vec::new(),
        })
    }

    /// Writes the next page.
    pub fn page(&mut self, page: &Page) -> DiagResult<()> {
        let (book, widened, fonts) = (self.book, &self.widened, &mut self.fonts);
        let glyphs = &mut self.glyphs;
        let mut p = self.pdf.start_page_with(self.size.clone());
        let mut surface = p.surface();
        for item in &page.items {
            let tag = match item.elem {
                Some(_) => ContentTag::Span(SpanTag::empty()),
                None => ContentTag::Artifact(Artifact::new(ArtifactType::Layout, None)),
            };
            let id = surface.start_tagged(tag);
            for seg in &item.line.segments {
                let font = match &fonts[seg.face] {
                    Some(f) => f.clone(),
                    None => {
                        let face = book.face(seg.face);
                        let data = match &widened[seg.face] {
                            Some(w) => w.data.clone(),
                            None => face.data().map_err(|d| vec![d])?.clone(),
                        };
                        let f = Font::new(data.into(), 0).ok_or_else(|| {
                            vec![Diagnostic::error(
                                Code::FontUnreadable,
                                format!(
                                    "the PDF writer cannot read font file `{}` of face `{}`",
                                    face.path.display(),
                                    face.name
                                ),
                            )
                            .in_file(&face.path)]
                        })?;
                        fonts[seg.face] = Some(f.clone());
                        f
                    }
                };
                let size = seg.size;
                glyphs.clear();
                glyphs.extend(seg.glyphs.iter().map(|g| {
                    let id = match &widened[seg.face] {
                        Some(w) => w.glyph(g.id, g.advance, size),
                        None => g.id,
                    };
                    PdfGlyph {
                        id,
                        text: g.text.clone(),
                        x_advance: g.advance / size,
                        x_offset: g.x_offset / size,
                        y_offset: g.y_offset / size,
                    }
                }));
                let start = Point::from_xy(item.x + seg.x, item.baseline);
                surface.draw_glyphs(start, glyphs, font, &seg.text, size, false);
            }
            surface.end_tagged();
            if let Some(e) = item.elem {
                self.content[e].push(id);
            }
        }
        surface.finish();
        for link in &page.links {
            let [l, t, r, b] = link.rect;
            let Some(rect) = Rect::from_ltrb(l, t, r, b) else {
                continue;
            };
            let dest = XyzDestination::new(link.page, Point::from_xy(0.0, link.y));
            let annot = Annotation::new_link(
                LinkAnnotation::new(rect, Target::Destination(Destination::Xyz(dest))),
                Some("go to the section".to_string()),
            );
            let id = p.add_tagged_annotation(annot);
            if let Some(owner) = self.links.get_mut(link.elem) {
                owner.push(id);
            }
        }
        p.finish();
        Ok(())
    }

    /// Writes the tag tree, the outline and the metadata of `head` (the head the writer
    /// was made for), and returns the PDF.
    pub fn finish(self, head: &Head, opts: &PdfOptions) -> DiagResult<Vec<u8>> {
        let bytes = self.document(head, opts)?.finish().map_err(krilla_errors)?;
        Ok(without_suspects(bytes))
    }

    /// [`Writer::finish`] to `out` (at its current position), the PDF never held whole:
    /// the same bytes.
    pub fn finish_to<W: Write + Seek>(
        self,
        head: &Head,
        opts: &PdfOptions,
        out: &mut W,
    ) -> DiagResult<()> {
        let pdf = self.document(head, opts)?;
        let start = out.stream_position().map_err(write_error)?;
        let mut scan = Scan::new(&mut *out);
        pdf.finish_to(&mut scan).map_err(krilla_errors)?;
        // As `without_suspects`: the last `MARK_INFO` (the catalog's) replaced in place.
        if let Some(at) = scan.last {
            out.seek(SeekFrom::Start(start + at))
                .and_then(|_| out.write_all(MARK_INFO.1))
                .and_then(|_| out.seek(SeekFrom::End(0)).map(|_| ()))
                .map_err(write_error)?;
        }
        out.flush().map_err(write_error)
    }

    /// The krilla document with the tag tree, the outline and the metadata written.
    fn document(self, head: &Head, opts: &PdfOptions) -> DiagResult<PdfDocument> {
        let Writer {
            mut pdf,
            content,
            links,
            ..
        } = self;
        let doc = head;
        // Tag tree: elements in reading order, children inside their parents.
        // Each element's identifiers are dropped as its group takes them, and a group is
        // made with room for exactly its own content and links (a long document has
        // hundreds of thousands of paragraph groups, which have nothing more); child
        // elements' groups are inserted into their parent's later.
        let mut groups: Vec<Option<TagGroup>> = doc
            .elements
            .iter()
            .zip(content.into_iter().zip(links))
            .map(|(e, (content, links))| {
                // Text that fell back to the source locale is tagged with its own language.
                let tag = tag_of(e.kind, e.title.as_deref()).with_lang(e.lang.clone());
                let mut g = TagGroup::new(tag);
                g.children.reserve_exact(content.len() + links.len());
                for id in content {
                    g.push(id);
                }
                for id in links {
                    g.push(TagGroup::with_children(Tag::Link, vec![Node::Leaf(id)]));
                }
                Some(g)
            })
            .collect();
        let mut tree = TagTree::new().with_lang(Some(doc.lang.clone()));
        // Children first (they come after their parent), so walk backwards: each
        // element's child groups, gathered last first, go before its own content when
        // it is reached (in linear time, however many children a list or the contents
        // have), then it goes to its own parent's.
        let mut children: rustc_hash::FxHashMap<usize, Vec<Node>> = Default::default();
        for i in (0..groups.len()).rev() {
            if let (Some(mut kids), Some(g)) = (children.remove(&i), groups[i].as_mut()) {
                kids.reverse();
                g.children.splice(0..0, kids);
            }
            if let Some(p) = doc.elements[i].parent.filter(|&p| p < i) {
                if let Some(child) = groups[i].take() {
                    children.entry(p).or_default().push(child.into());
                }
            }
        }
        for g in groups.into_iter().flatten() {
            tree.push(g);
        }
        pdf.set_tag_tree(tree);

        let mut outline = Outline::new();
        let mut i = 0;
        for node in outline_nodes(&doc.outline, &mut i, 1) {
            outline.push_child(node);
        }
        pdf.set_outline(outline);
        let mut meta = Metadata::new()
            .title(pdf_text(&doc.title))
            .authors(vec![pdf_text(&doc.author)])
            .language(doc.lang.clone())
            .creator("silkpress".to_string())
            .producer("silkpress (krilla)".to_string())
            .creation_date(date_time(opts.created));
        if doc.rtl {
            meta = meta.text_direction(TextDirection::RightToLeft);
        }
        pdf.set_metadata(meta);
        Ok(pdf)
    }
}

/// A PDF that could not be written (to its file, or to memory) as a diagnostic.
pub fn write_error(cause: impl std::fmt::Display) -> Vec<Diagnostic> {
    vec![Diagnostic::error(
        Code::PdfError,
        format!("failed to write the PDF ({cause})"),
    )]
}

/// krilla's errors as diagnostics.
fn krilla_errors(e: krilla::error::KrillaError) -> Vec<Diagnostic> {
    match e {
        krilla::error::KrillaError::Validation(errs) => errs
            .into_iter()
            .map(|(v, _)| {
                Diagnostic::error(
                    Code::PdfStandard,
                    format!("the PDF does not meet the requested standard ({v:?})"),
                )
                .hint("build without --pdf-standard, or report this as a bug")
            })
            .collect(),
        krilla::error::KrillaError::Io(_, message) => write_error(message),
        other => write_error(format_args!("{other:?}")),
    }
}

/// A writer passing bytes on to `out` and noting where the last `MARK_INFO.0` in them
/// starts (a match may span two writes).
struct Scan<'w, W: Write> {
    out: &'w mut W,
    /// Bytes passed on so far.
    at: u64,
    /// The last bytes passed on, fewer than a match.
    tail: Vec<u8>,
    last: Option<u64>,
}

impl<'w, W: Write> Scan<'w, W> {
    /// A scan of what is written to `out`, from its start.
    fn new(out: &'w mut W) -> Self {
        Scan {
            out,
            at: 0,
            tail: Vec::new(),
            last: None,
        }
    }
}

impl<W: Write> Write for Scan<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        let buf = &buf[..n];
        let from = MARK_INFO.0;
        let keep = from.len() - 1;
        // The tail and the start of `buf`, for a match across the two.
        let head = &buf[..buf.len().min(keep)];
        let mut joined = std::mem::take(&mut self.tail);
        let joined_start = self.at - joined.len() as u64;
        joined.extend_from_slice(head);
        if let Some(i) = memchr::memmem::rfind(&joined, from) {
            self.last = Some(joined_start + i as u64);
        }
        if let Some(i) = memchr::memmem::rfind(buf, from) {
            self.last = Some(self.at + i as u64);
        }
        self.at += n as u64;
        // The last bytes: of `buf` alone when it is long enough (the PDF comes in parts
        // of up to tens of megabytes, never copied), else of the tail and `buf`, which
        // `joined` then holds.
        let mut tail = joined;
        if buf.len() >= keep {
            tail.clear();
            tail.extend_from_slice(&buf[buf.len() - keep..]);
        } else {
            let cut = tail.len().saturating_sub(keep);
            tail.drain(..cut);
        }
        self.tail = tail;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// The catalog's mark information as krilla writes it for PDF 1.6–1.7, and the same
/// without `/Suspects` (padded to the same length).
const MARK_INFO: (&[u8], &[u8]) = (
    b"/MarkInfo<</Marked true/Suspects false>>",
    b"/MarkInfo<</Marked true>>               ",
);

/// Drops `/Suspects false` from the catalog's `/MarkInfo`. krilla always writes it
/// (PDF/UA asks that it not be true), and poppler reads a false `Suspects` as the wrong
/// type, so `pdfinfo`, `pdftotext` and every poppler tool printed "Syntax Error:
/// Suspects object is wrong type (boolean)". An absent `Suspects` means false (ISO
/// 32000-1, table 321), and neither PDF/A-2 nor PDF/UA requires the key. The
/// replacement has the same length, so every offset of the cross-reference table holds;
/// the catalog is written uncompressed and last, so the one match is found from the end.
fn without_suspects(mut bytes: Vec<u8>) -> Vec<u8> {
    let (from, to) = MARK_INFO;
    debug_assert_eq!(from.len(), to.len());
    if let Some(i) = memchr::memmem::rfind(&bytes, from) {
        bytes[i..i + from.len()].copy_from_slice(to);
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scan_finds_the_last_mark_info_across_writes() {
        let from = MARK_INFO.0;
        let mut bytes = b"%PDF-1.7 ".to_vec();
        bytes.extend_from_slice(from);
        bytes.extend_from_slice(b" 12 0 obj ");
        let last = bytes.len() as u64;
        bytes.extend_from_slice(from);
        bytes.extend_from_slice(b" xref trailer");
        // Every split into two writes, and one byte at a time.
        for cut in 0..=bytes.len() {
            let mut out = Vec::new();
            let mut scan = Scan::new(&mut out);
            scan.write_all(&bytes[..cut]).unwrap();
            scan.write_all(&bytes[cut..]).unwrap();
            assert_eq!(scan.last, Some(last), "cut at {cut}");
            assert_eq!(out, bytes);
        }
        let mut out = Vec::new();
        let mut scan = Scan::new(&mut out);
        for b in &bytes {
            scan.write_all(std::slice::from_ref(b)).unwrap();
        }
        assert_eq!(scan.last, Some(last));
        let mut sink = Vec::new();
        let mut none = Scan::new(&mut sink);
        none.write_all(&from[1..]).unwrap();
        assert_eq!(none.last, None);
    }
}
