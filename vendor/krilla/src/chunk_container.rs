use pdf_writer::{Chunk, Finish, Name, Pdf, Ref, Str, TextStr};
use std::collections::HashMap;
use std::sync::OnceLock;
use xmp_writer::{RenditionClass, XmpWriter};

use crate::configure::{PdfVersion, ValidationError};
use crate::error::{KrillaError, KrillaResult};
use crate::interchange::metadata::Metadata;
use crate::metadata::PageLayout;
use crate::serialize::SerializeContext;
use crate::spill::{PageStream, Spill, SpilledPage};
use crate::util::{stable_hash_base64, stable_hash_base64_of_parts, Deferred};


/// Collects all chunks that we create while building
/// the PDF and then writes them out in an orderly manner.
pub(crate) struct ChunkContainer {
    pub(crate) streams: StreamChunks,
    pub(crate) mixed: MixedChunks,
    pub(crate) metadata: Option<Metadata>,
    pub(crate) non_stream: NonStreamChunks,
}

pub(crate) struct StreamChunks {
    pub(crate) fonts: Vec<Chunk>,
    pub(crate) shading_functions: Vec<Chunk>,
    pub(crate) patterns: Vec<Chunk>,
    pub(crate) pages: Vec<PageStream>,
    pub(crate) embedded_files: Vec<Chunk>,
    pub(crate) icc_profiles: Vec<Chunk>,
    pub(crate) x_objects: Vec<Chunk>,
    pub(crate) images: Vec<Deferred<KrillaResult<Chunk>>>,
}

pub(crate) struct MixedChunks {
    pub(crate) embedded_pdfs: Vec<Deferred<KrillaResult<EmbeddedPdfChunk>>>,
}

pub(crate) struct NonStreamChunks {
    pub(crate) page_tree: Option<(Ref, Chunk)>,
    pub(crate) outline: Option<(Ref, Chunk)>,
    pub(crate) page_label_tree: Option<(Ref, Chunk)>,
    pub(crate) destination_profiles: Option<(Ref, Chunk)>,
    pub(crate) struct_tree_root: Option<(Ref, Chunk)>,
    pub(crate) struct_elements: Option<Chunk>,
    pub(crate) page_labels: Chunk,
    pub(crate) annotations: Chunk,
    pub(crate) color_spaces: Chunk,
    pub(crate) destinations: Chunk,
    pub(crate) ext_g_states: Chunk,
    pub(crate) resource_dictionaries: Chunk,
    pub(crate) masks: Chunk,
    pub(crate) fonts: Chunk,
    pub(crate) shading_functions: Chunk,
    pub(crate) patterns: Chunk,
    pub(crate) pages: Chunk,
    pub(crate) embedded_files: Chunk,
}

impl ChunkContainer {
    pub(crate) fn new(sc: &SerializeContext) -> Self {
        Self {
            streams: StreamChunks {
                fonts: vec![],
                shading_functions: vec![],
                patterns: vec![],
                pages: vec![],
                embedded_files: vec![],
                icc_profiles: vec![],
                x_objects: vec![],
                images: vec![],
            },
            mixed: MixedChunks {
                embedded_pdfs: vec![],
            },
            metadata: None,
            non_stream: NonStreamChunks {
                page_tree: None,
                outline: None,
                page_label_tree: None,
                destination_profiles: None,
                struct_tree_root: None,
                struct_elements: None,
                page_labels: sc.new_chunk(),
                annotations: sc.new_chunk(),
                color_spaces: sc.new_chunk(),
                destinations: sc.new_chunk(),
                ext_g_states: sc.new_chunk(),
                resource_dictionaries: sc.new_chunk(),
                masks: sc.new_chunk(),
                fonts: sc.new_chunk(),
                shading_functions: sc.new_chunk(),
                patterns: sc.new_chunk(),
                pages: sc.new_chunk(),
                embedded_files: sc.new_chunk(),
            },
        }
    }

    pub(crate) fn finish(self, sc: &mut SerializeContext) -> KrillaResult<Assembled> {
        let mut remapped_ref = Ref::new(1);
        let mut remapper = HashMap::new();

        // Allows us to estimate the capacity we will need for the new PDF.
        let mut chunks_byte_len = 0;
        // silkpress patch: the chunks numbered, to check that as many are written.
        let mut numbered = 0usize;

        // This traverses the chunks in the order that we will write them to the PDF and assigns new
        // references as we go. This gives us the advantage that the PDF will be numbered with
        // monotonically increasing numbers, which, while it is not a strict requirement for a valid
        // PDF, makes it a lot cleaner and might make implementing features like object streams
        // easier down the road.
        //
        // It also allows us to estimate the capacity we will need for the new PDF.
        self.visit(sc, &mut |item| match item {
            Item::Chunk(chunk) => {
                numbered += 1;
                for object_ref in chunk.refs() {
                    let existing = remapper.insert(object_ref, remapped_ref.bump());
                    debug_assert!(existing.is_none());
                }
                chunks_byte_len += chunk.len();
            }
            Item::Spilled(page) => {
                numbered += 1;
                let existing = remapper.insert(page.ref_, remapped_ref.bump());
                debug_assert!(existing.is_none());
            }
        })?;

        // Chunk length is not an exact number because the length might change as we renumber,
        // so we add a bit of a padding by multiplying with 1.1. The 200 is additional padding
        // for the document catalog. This hopefully allows us to avoid re-alloactions in the general
        // case, and thus give us better performance.
        //
        // silkpress patch: plus the cross-reference table (20 bytes an object) and room
        // for the trailer, info dictionary and XMP metadata, which `Pdf::finish` and the
        // catalog add at the end. Without them, a long document's `Pdf` (tens of
        // megabytes once its page streams are spilled) grew by doubling at its very end.
        let objects = remapped_ref.get() as usize;
        let capacity =
            (chunks_byte_len as f32 * 1.1 + 200.0) as usize + 20 * (objects + 16) + 16 * 1024;
        let mut pdf = sc.new_pdf_with_capacity(capacity);
        sc.serialize_settings().pdf_version().set_version(&mut pdf);

        if sc.serialize_settings().ascii_compatible
            && !sc
                .serialize_settings()
                .validators()
                .requires_binary_header()
        {
            pdf.set_binary_marker(b"AAAA")
        }

        // Write the chunks in all the fields. A spilled page stream is not written here but
        // noted where it goes. silkpress patch: each chunk is dropped once written (they
        // were all held until the end, as much again as the `Pdf`), so what the catalog
        // needs of them is noted first.
        let roots = Roots::of(&self.non_stream);
        let ChunkContainer {
            streams,
            mixed,
            metadata,
            non_stream,
        } = self;
        let mut inserts = vec![];
        let mut written = 0usize;
        let mut write = |item: Item<'_>| match item {
            Item::Chunk(chunk) => {
                written += 1;
                chunk.renumber_into(&mut pdf, |old| remapper[&old])
            }
            Item::Spilled(page) => {
                written += 1;
                pdf.merge_limits(&page.limits);
                let new = remapper[&page.ref_];
                inserts.push(Insert {
                    at: pdf.len(),
                    len: page.len_as(new),
                    new,
                    page: page.clone(),
                });
            }
        };
        non_stream.visit_drop(sc, &mut write)?;
        mixed.visit_drop(sc, &mut write)?;
        streams.visit_drop(sc, &mut write)?;
        // `visit` numbers and `visit_drop` writes, each listing the fields in order: a
        // chunk numbered but not written would leave references to objects the file
        // lacks, so the two must have visited as many.
        if written != numbered {
            return Err(KrillaError::Io(
                std::io::ErrorKind::Other,
                format!("internal error: {numbered} chunks numbered but {written} written"),
            ));
        }
        let mut spill = sc.spill.take();

        let missing_title = metadata.as_ref().is_none_or(|m| m.title.is_none());

        if missing_title {
            sc.register_validation_error(ValidationError::NoDocumentTitle);
        }

        // Write the PDF document info metadata.
        if let Some(metadata) = &metadata {
            metadata.serialize_document_info(
                &mut remapped_ref,
                &mut pdf,
                sc.serialize_settings().configuration,
            );
        }

        let instance_id = match &mut spill {
            None => stable_hash_base64(pdf.as_bytes()),
            Some(spill) => {
                // The hash of the bytes written so far with the page streams in place.
                let len = pdf.len() + inserts.iter().map(|i| i.len).sum::<usize>();
                let mut buf = vec![];
                stable_hash_base64_of_parts(len, |feed| {
                    splice(pdf.as_bytes(), &inserts, spill, &mut buf, &mut |part| {
                        feed(part);
                        Ok(())
                    })
                })
                .map_err(io_error)?
            }
        };

        let document_id = if let Some(metadata) = &metadata {
            if let Some(document_id) = &metadata.document_id {
                stable_hash_base64(&(sc.serialize_settings().pdf_version().as_str(), document_id))
            } else if metadata.title.is_some() && metadata.authors.is_some() {
                stable_hash_base64(&(
                    sc.serialize_settings().pdf_version().as_str(),
                    &metadata.title,
                    &metadata.authors,
                ))
            } else {
                instance_id.clone()
            }
        } else {
            instance_id.clone()
        };

        let mut xmp = XmpWriter::new();
        if let Some(metadata) = &metadata {
            metadata.serialize_xmp_metadata(&mut xmp, sc, &instance_id);
        }

        let settings = sc.serialize_settings();
        let validators = settings.validators();
        validators.write_xmp(&mut xmp);

        xmp.num_pages(sc.page_infos().len() as u32);
        xmp.format("application/pdf");
        xmp.instance_id(&instance_id);
        xmp.document_id(&document_id);
        pdf.set_file_id((
            document_id.as_bytes().to_vec(),
            instance_id.as_bytes().to_vec(),
        ));

        xmp.rendition_class(RenditionClass::Proof);
        sc.serialize_settings().pdf_version().write_xmp(&mut xmp);

        let named_destinations = sc.global_objects.named_destinations.take();
        let embedded_files = sc.global_objects.embedded_files.take();

        // We only write a catalog if a page tree exists. Every valid PDF must have one
        // and krilla ensures that there always is one, but for snapshot tests, it can be
        // useful to not write a document catalog if we don't actually need it for the test.
        if roots.page_tree.is_some()
            || roots.outline.is_some()
            || roots.page_label_tree.is_some()
            || roots.destination_profiles.is_some()
            || roots.struct_tree_root.is_some()
        {
            let meta_ref = if sc.serialize_settings().xmp_metadata {
                let meta_ref = remapped_ref.bump();
                let xmp_buf = xmp.finish(None);
                pdf.stream(meta_ref, xmp_buf.as_bytes())
                    .pair(Name(b"Type"), Name(b"Metadata"))
                    .pair(Name(b"Subtype"), Name(b"XML"));
                Some(meta_ref)
            } else {
                None
            };

            let catalog_ref = remapped_ref.bump();

            let mut catalog = pdf.catalog(catalog_ref);

            if let Some(pt) = roots.page_tree {
                catalog.pages(remapper[&pt]);
            }

            if let Some(meta_ref) = meta_ref {
                catalog.metadata(meta_ref);
            }

            if let Some(pl) = roots.page_label_tree {
                catalog.pair(Name(b"PageLabels"), remapper[&pl]);
            }

            if let Some(oi) = roots.destination_profiles {
                catalog.pair(Name(b"OutputIntents"), remapper[&oi]);
            }

            if let Some(lang) = metadata.as_ref().and_then(|m| m.language.as_ref()) {
                catalog.lang(TextStr(lang));
            } else {
                sc.register_validation_error(ValidationError::NoDocumentLanguage);
            }

            if let Some(st) = roots.struct_tree_root {
                catalog.pair(Name(b"StructTreeRoot"), remapper[&st]);
                let mut mark_info = catalog.mark_info();
                mark_info.marked(true);
                if sc.serialize_settings().pdf_version() >= PdfVersion::Pdf16
                    && sc.serialize_settings().pdf_version() < PdfVersion::Pdf20
                {
                    // We always set suspects to false because it's required by PDF/UA.
                    mark_info.suspects(false);
                }
                mark_info.finish();
            }

            let write_doc_title = sc
                .serialize_settings()
                .validators()
                .requires_display_doc_title();
            let text_direction = metadata.as_ref().and_then(|m| m.text_direction);

            if write_doc_title || text_direction.is_some() {
                let mut vp = catalog.viewer_preferences();

                if write_doc_title {
                    vp.display_doc_title(true);
                }

                if let Some(dir) = text_direction {
                    vp.direction(dir.to_pdf());
                }
            }

            let page_layout = metadata.as_ref().and_then(|m| m.page_layout);
            if let Some(layout) = page_layout {
                // TwoPageLeft and TwoPageRight are only available PDF 1.5+
                if sc.serialize_settings().pdf_version() >= PdfVersion::Pdf15
                    || !matches!(layout, PageLayout::TwoPageLeft | PageLayout::TwoPageRight)
                {
                    catalog.page_layout(layout.to_pdf());
                }
            }

            if let Some(ol) = roots.outline {
                catalog.outlines(remapper[&ol]);
            }

            let settings = sc.serialize_settings();
            let validators = settings.validators();
            let write_embedded_files = roots.embedded_files
                || validators.requires_embedded_files_when_empty();

            if !named_destinations.is_empty() || write_embedded_files {
                // Cannot use pdf-writer API here because it requires Ref's, while
                // we write our destinations directly into the array.
                let mut names = catalog.names();

                if !named_destinations.is_empty() {
                    let mut dest_name_tree = names.destinations();
                    let mut dest_name_entries = dest_name_tree.names();

                    // "The Names entries in the leaf (or root) nodes shall
                    // contain the tree’s keys and their associated values,
                    // arranged in key-value pairs and shall be sorted lexically
                    // in ascending order by key. Shorter keys shall appear
                    // before longer ones beginning with the same byte sequence.
                    // Any encoding of the keys may be used as long as it is
                    // self-consistent; keys shall be compared for equality on
                    // a simple byte-by-byte basis."
                    let mut sorted = named_destinations.into_iter().collect::<Vec<_>>();
                    // Note that named destinations are guaranteed to be unique,
                    // hence just comparing by the name is enough.
                    sorted.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));

                    for (name, (dest_ref, _)) in sorted {
                        dest_name_entries.insert(Str(name.as_bytes()), remapper[&dest_ref]);
                    }

                    dest_name_entries.finish();
                    dest_name_tree.finish();
                }

                if write_embedded_files {
                    let mut embedded_files_name_tree = names.embedded_files();
                    let mut embedded_name_entries = embedded_files_name_tree.names();

                    for (name, _ref) in &embedded_files {
                        embedded_name_entries.insert(Str(name.as_bytes()), remapper[_ref]);
                    }
                }
            }

            if !embedded_files.is_empty() && settings.supports_associated_files() {
                let mut associated_files = catalog.insert(Name(b"AF")).array().typed();
                for _ref in embedded_files.values() {
                    associated_files.item(remapper[_ref]).finish();
                }
            }

            catalog.finish();
        }

        Ok(Assembled {
            pdf,
            inserts,
            spill,
        })
    }
}

/// silkpress patch: what the catalog needs of the non-stream chunks once they are
/// written and dropped: the references of the roots it points at, and whether there
/// are embedded files.
struct Roots {
    page_tree: Option<Ref>,
    outline: Option<Ref>,
    page_label_tree: Option<Ref>,
    destination_profiles: Option<Ref>,
    struct_tree_root: Option<Ref>,
    embedded_files: bool,
}

impl Roots {
    fn of(chunks: &NonStreamChunks) -> Roots {
        let root = |c: &Option<(Ref, Chunk)>| c.as_ref().map(|(r, _)| *r);
        Roots {
            page_tree: root(&chunks.page_tree),
            outline: root(&chunks.outline),
            page_label_tree: root(&chunks.page_label_tree),
            destination_profiles: root(&chunks.destination_profiles),
            struct_tree_root: root(&chunks.struct_tree_root),
            embedded_files: chunks.embedded_files.len() != 0,
        }
    }
}

/// silkpress patch: a spilled page stream's place in the PDF.
struct Insert {
    /// Where in the assembled PDF's bytes it goes.
    at: usize,
    /// Its length there.
    len: usize,
    /// Its reference there.
    new: Ref,
    page: SpilledPage,
}

/// silkpress patch: the PDF, less its spilled page streams, which
/// [`Assembled::write_to`] writes in their places.
pub(crate) struct Assembled {
    pdf: Pdf,
    inserts: Vec<Insert>,
    spill: Option<Spill>,
}

fn io_error(e: std::io::Error) -> KrillaError {
    KrillaError::Io(e.kind(), e.to_string())
}

/// Hands `bytes` to `out` with the spilled page streams at their places.
fn splice(
    bytes: &[u8],
    inserts: &[Insert],
    spill: &mut Spill,
    buf: &mut Vec<u8>,
    out: &mut dyn FnMut(&[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut from = 0;
    for insert in inserts {
        out(&bytes[from..insert.at])?;
        spill.write_renumbered(&insert.page, insert.new, buf, out)?;
        from = insert.at;
    }
    out(&bytes[from..])
}

/// In a PDF as `Pdf::finish` writes it: where its cross-reference table starts, the
/// bytes of the table's entries (20 each), and where `startxref` starts.
fn cross_references(bytes: &[u8]) -> Option<(usize, std::ops::Range<usize>, usize)> {
    let from = bytes.len().saturating_sub(64);
    let startxref = from + bytes[from..].windows(10).rposition(|w| w == b"startxref\n")?;
    let digits = &bytes[startxref + 10..];
    let n = digits.iter().position(|b| *b == b'\n')?;
    let xref: usize = std::str::from_utf8(&digits[..n]).ok()?.parse().ok()?;
    let head = bytes.get(xref..)?.strip_prefix(b"xref\n0 ")?;
    let n = head.iter().position(|b| *b == b'\n')?;
    let count: usize = std::str::from_utf8(&head[..n]).ok()?.parse().ok()?;
    let start = xref + 7 + n + 1;
    let end = start.checked_add(count.checked_mul(20)?)?;
    bytes.get(end..)?.starts_with(b"trailer\n").then_some((xref, start..end, startxref))
}

impl Assembled {
    /// The limits of the PDF's content (the spilled streams' included).
    pub(crate) fn limits(&self) -> &pdf_writer::Limits {
        self.pdf.limits()
    }

    /// Writes the PDF to `out`.
    pub(crate) fn write_to(self, out: &mut dyn std::io::Write) -> KrillaResult<()> {
        self.write_parts(&mut |_| {}, &mut |part| out.write_all(part))
    }

    /// The PDF's bytes, in a vector of the right size.
    pub(crate) fn into_bytes(self) -> KrillaResult<Vec<u8>> {
        if self.spill.is_none() {
            // Nothing spilled: the PDF is the `Pdf`'s bytes, as without the patch.
            return Ok(self.pdf.finish());
        }
        // The length and the bytes both go to the vector.
        let bytes = std::cell::RefCell::new(vec![]);
        self.write_parts(
            &mut |len| bytes.borrow_mut().reserve_exact(len),
            &mut |part| {
                bytes.borrow_mut().extend_from_slice(part);
                Ok(())
            },
        )?;
        Ok(bytes.into_inner())
    }

    /// Hands the PDF's length to `len`, then its bytes to `out`, in order.
    fn write_parts(
        self,
        len: &mut dyn FnMut(usize),
        out: &mut dyn FnMut(&[u8]) -> std::io::Result<()>,
    ) -> KrillaResult<()> {
        let Assembled {
            pdf,
            inserts,
            spill,
        } = self;
        let mut bytes = pdf.finish();
        let Some(mut spill) = spill else {
            debug_assert!(inserts.is_empty());
            len(bytes.len());
            return out(&bytes).map_err(io_error);
        };
        // `bytes` ends in `xref`, `trailer`, `startxref` and its offset, and `%%EOF`; the
        // table's offsets and the last lack the streams not in `bytes`.
        let (xref, entries, startxref) = cross_references(&bytes).ok_or_else(|| {
            KrillaError::Io(
                std::io::ErrorKind::InvalidData,
                "the PDF's cross-reference table is not as written".into(),
            )
        })?;
        // Streams inserted at or before a place come before what is there.
        let shift = |at: usize| -> usize {
            let n = inserts.partition_point(|i| i.at <= at);
            at + inserts[..n].iter().map(|i| i.len).sum::<usize>()
        };
        let mut before = 0;
        let mut inserted_at = HashMap::new();
        for i in &inserts {
            inserted_at.insert(i.new.get() as usize, i.at + before);
            before += i.len;
        }
        let entry = |k: usize| entries.start + 20 * k;
        let count = entries.len() / 20;
        let mut free = false;
        for k in 1..count {
            let e = entry(k);
            let line = if let Some(&at) = inserted_at.get(&k) {
                format!("{at:010} 00000 n\r\n")
            } else if bytes[e + 17] == b'n' {
                let old: usize = std::str::from_utf8(&bytes[e..e + 10])
                    .ok()
                    .and_then(|d| d.parse().ok())
                    .ok_or_else(|| {
                        KrillaError::Io(
                            std::io::ErrorKind::InvalidData,
                            "a cross-reference entry is not as written".into(),
                        )
                    })?;
                format!("{:010} 00000 n\r\n", shift(old))
            } else {
                free = true;
                continue;
            };
            bytes[e..e + 20].copy_from_slice(line.as_bytes());
        }
        if !free && count > 0 {
            // The free list's head: with every object in place, no object is free.
            let e = entry(0);
            bytes[e..e + 20].copy_from_slice(b"0000000000 65535 f\r\n");
        }
        let end = format!("startxref\n{}\n%%EOF", shift(xref));
        len(startxref + inserts.iter().map(|i| i.len).sum::<usize>() + end.len());
        let mut buf = vec![];
        splice(&bytes[..startxref], &inserts, &mut spill, &mut buf, out)
            .and_then(|_| out(end.as_bytes()))
            .map_err(io_error)
    }
}

pub(crate) struct EmbeddedPdfChunk {
    pub(crate) original_chunk: Chunk,
    pub(crate) root_ref_mappings: HashMap<Ref, Ref>,
    pub(crate) new_chunk: OnceLock<Chunk>,
}

/// Visits all chunks in a type.
trait Visit {
    fn visit(&self, sc: &mut SerializeContext, f: &mut impl FnMut(Item<'_>)) -> KrillaResult<()>;

    /// silkpress patch: visits the chunks in the same order, dropping each once
    /// visited (a composite drops its parts one by one).
    fn visit_drop(
        self,
        sc: &mut SerializeContext,
        f: &mut impl FnMut(Item<'_>),
    ) -> KrillaResult<()>
    where
        Self: Sized,
    {
        self.visit(sc, f)
    }
}

impl Visit for EmbeddedPdfChunk {
    fn visit(&self, sc: &mut SerializeContext, f: &mut impl FnMut(Item<'_>)) -> KrillaResult<()> {
        // Now, we have a chunk that contains everything we need to fully embed the PDF, including
        // the pages we wanted to extract into, as well as all their dependencies. The
        // problem is: during the document creation, we already assigned references to the
        // pages (stored in `SerializerContex::page_infos`), but `hayro_write` created new references
        // for those (stored in `result.root_refs`).

        // Because of this, embedded PDF chunks will be renumbered twice: First, we preprocess the
        // chunk such that page/XObjects are reassigned their original references from the serialize
        // context, and all other objects are assigned new, unique references provided by the
        // serialize context. Then, we renumber them once again by treating them like any other chunk.

        // Since we are calling `visit` twice, we also cache the renumbered chunk.

        let renumbered = self.new_chunk.get_or_init(|| {
            let mut remapper = self.root_ref_mappings.clone();

            self.original_chunk
                .renumber(|old| *remapper.entry(old).or_insert_with(|| sc.new_ref()))
        });

        renumbered.visit(sc, f)
    }
}

/// What a chunk container holds, visited in order: a chunk, or a page content stream in
/// the spill file (silkpress patch).
enum Item<'a> {
    Chunk(&'a Chunk),
    Spilled(&'a SpilledPage),
}

impl Visit for PageStream {
    fn visit(&self, sc: &mut SerializeContext, f: &mut impl FnMut(Item<'_>)) -> KrillaResult<()> {
        match self {
            PageStream::Held(chunk) => chunk.visit(sc, f),
            PageStream::Spilled(page) => {
                f(Item::Spilled(page));
                Ok(())
            }
        }
    }
}

impl Visit for ChunkContainer {
    fn visit(&self, sc: &mut SerializeContext, f: &mut impl FnMut(Item<'_>)) -> KrillaResult<()> {
        self.non_stream.visit(sc, f)?;
        self.mixed.visit(sc, f)?;
        self.streams.visit(sc, f)?;
        Ok(())
    }
}

impl Visit for StreamChunks {
    fn visit(&self, sc: &mut SerializeContext, f: &mut impl FnMut(Item<'_>)) -> KrillaResult<()> {
        self.fonts.visit(sc, f)?;
        self.shading_functions.visit(sc, f)?;
        self.patterns.visit(sc, f)?;
        self.pages.visit(sc, f)?;
        self.embedded_files.visit(sc, f)?;
        self.icc_profiles.visit(sc, f)?;
        self.x_objects.visit(sc, f)?;
        self.images.visit(sc, f)?;

        Ok(())
    }

    fn visit_drop(
        self,
        sc: &mut SerializeContext,
        f: &mut impl FnMut(Item<'_>),
    ) -> KrillaResult<()> {
        self.fonts.visit_drop(sc, f)?;
        self.shading_functions.visit_drop(sc, f)?;
        self.patterns.visit_drop(sc, f)?;
        self.pages.visit_drop(sc, f)?;
        self.embedded_files.visit_drop(sc, f)?;
        self.icc_profiles.visit_drop(sc, f)?;
        self.x_objects.visit_drop(sc, f)?;
        self.images.visit_drop(sc, f)?;

        Ok(())
    }
}

impl Visit for MixedChunks {
    fn visit(&self, sc: &mut SerializeContext, f: &mut impl FnMut(Item<'_>)) -> KrillaResult<()> {
        self.embedded_pdfs.visit(sc, f)?;

        Ok(())
    }

    fn visit_drop(
        self,
        sc: &mut SerializeContext,
        f: &mut impl FnMut(Item<'_>),
    ) -> KrillaResult<()> {
        self.embedded_pdfs.visit_drop(sc, f)?;

        Ok(())
    }
}

impl Visit for NonStreamChunks {
    fn visit(&self, sc: &mut SerializeContext, f: &mut impl FnMut(Item<'_>)) -> KrillaResult<()> {
        self.page_tree.visit(sc, f)?;
        self.outline.visit(sc, f)?;
        self.page_label_tree.visit(sc, f)?;
        self.destination_profiles.visit(sc, f)?;
        self.struct_tree_root.visit(sc, f)?;
        self.struct_elements.visit(sc, f)?;
        self.page_labels.visit(sc, f)?;
        self.annotations.visit(sc, f)?;
        self.color_spaces.visit(sc, f)?;
        self.destinations.visit(sc, f)?;
        self.ext_g_states.visit(sc, f)?;
        self.resource_dictionaries.visit(sc, f)?;
        self.masks.visit(sc, f)?;
        self.fonts.visit(sc, f)?;
        self.shading_functions.visit(sc, f)?;
        self.patterns.visit(sc, f)?;
        self.pages.visit(sc, f)?;
        self.embedded_files.visit(sc, f)?;

        Ok(())
    }

    fn visit_drop(
        self,
        sc: &mut SerializeContext,
        f: &mut impl FnMut(Item<'_>),
    ) -> KrillaResult<()> {
        self.page_tree.visit_drop(sc, f)?;
        self.outline.visit_drop(sc, f)?;
        self.page_label_tree.visit_drop(sc, f)?;
        self.destination_profiles.visit_drop(sc, f)?;
        self.struct_tree_root.visit_drop(sc, f)?;
        self.struct_elements.visit_drop(sc, f)?;
        self.page_labels.visit_drop(sc, f)?;
        self.annotations.visit_drop(sc, f)?;
        self.color_spaces.visit_drop(sc, f)?;
        self.destinations.visit_drop(sc, f)?;
        self.ext_g_states.visit_drop(sc, f)?;
        self.resource_dictionaries.visit_drop(sc, f)?;
        self.masks.visit_drop(sc, f)?;
        self.fonts.visit_drop(sc, f)?;
        self.shading_functions.visit_drop(sc, f)?;
        self.patterns.visit_drop(sc, f)?;
        self.pages.visit_drop(sc, f)?;
        self.embedded_files.visit_drop(sc, f)?;

        Ok(())
    }
}

impl Visit for Chunk {
    fn visit(&self, _: &mut SerializeContext, f: &mut impl FnMut(Item<'_>)) -> KrillaResult<()> {
        f(Item::Chunk(self));
        Ok(())
    }
}

impl Visit for Option<Chunk> {
    fn visit(&self, sc: &mut SerializeContext, f: &mut impl FnMut(Item<'_>)) -> KrillaResult<()> {
        if let Some(chunk) = self {
            chunk.visit(sc, f)?;
        }
        Ok(())
    }
}

impl Visit for Option<(Ref, Chunk)> {
    fn visit(&self, sc: &mut SerializeContext, f: &mut impl FnMut(Item<'_>)) -> KrillaResult<()> {
        if let Some((_, chunk)) = self {
            chunk.visit(sc, f)?;
        }
        Ok(())
    }
}

impl<T: Visit + Send + Sync + 'static> Visit for Deferred<T> {
    fn visit(&self, sc: &mut SerializeContext, f: &mut impl FnMut(Item<'_>)) -> KrillaResult<()> {
        self.wait().visit(sc, f)
    }
}

impl<T: Visit> Visit for KrillaResult<T> {
    fn visit(&self, sc: &mut SerializeContext, f: &mut impl FnMut(Item<'_>)) -> KrillaResult<()> {
        self.as_ref().map_err(|e| e.clone())?.visit(sc, f)
    }
}

impl<T: Visit> Visit for Vec<T> {
    fn visit(&self, sc: &mut SerializeContext, f: &mut impl FnMut(Item<'_>)) -> KrillaResult<()> {
        for field in self {
            field.visit(sc, f)?;
        }
        Ok(())
    }

    fn visit_drop(
        self,
        sc: &mut SerializeContext,
        f: &mut impl FnMut(Item<'_>),
    ) -> KrillaResult<()> {
        for field in self {
            field.visit_drop(sc, f)?;
        }
        Ok(())
    }
}
