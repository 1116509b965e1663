//! silkpress patch (see PATCHES.md): page content streams kept in a temporary file
//! rather than in memory, from when they are compressed until the PDF is written, and
//! the PDF written out around them without ever being held whole.
//!
//! A page's content stream is a chunk of one object with no indirect reference in it.
//! It is stored renumbered to its own reference (so exactly as `Chunk::renumber` writes
//! it); renumbered to its final reference it differs only in the number that starts it
//! (`N 0 obj`), which is how [`Spill::write_renumbered`] writes it.
//!
//! The file is created exclusively under an unpredictable name in the temporary folder
//! and, on Unix, unlinked at once: it never outlives the process, however that ends.
//! Elsewhere it is removed when the spill is dropped.

use std::fs::{File, OpenOptions};
use std::hash::{BuildHasher, Hasher};
use std::io::{self, Read, Seek, SeekFrom, Write};

use pdf_writer::{Chunk, Limits, Ref};

/// A page content stream in the spill file.
#[derive(Clone, Debug)]
pub(crate) struct SpilledPage {
    /// The reference the chunk was written with.
    pub(crate) ref_: Ref,
    /// Where its bytes start in the file.
    offset: u64,
    /// How many bytes it takes (renumbered to `ref_`).
    len: usize,
    /// The chunk's limits.
    pub(crate) limits: Limits,
}

impl SpilledPage {
    /// Its length renumbered to `new`.
    pub(crate) fn len_as(&self, new: Ref) -> usize {
        self.len - header(self.ref_).len() + header(new).len()
    }
}

/// How a chunk's object of reference `r` starts (generation 0: a chunk's objects).
fn header(r: Ref) -> String {
    format!("{} 0 obj\n", r.get())
}

/// The temporary file holding the page content streams.
pub(crate) struct Spill {
    file: File,
    /// Bytes written so far.
    end: u64,
    #[cfg(not(unix))]
    path: std::path::PathBuf,
}

impl Spill {
    /// A new, empty spill file.
    pub(crate) fn new() -> io::Result<Spill> {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        if let Ok(d) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
            h.write_u128(d.as_nanos());
        }
        let path = std::env::temp_dir().join(format!(
            ".krilla-pages-{}-{:016x}.tmp",
            std::process::id(),
            h.finish()
        ));
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&path)?;
        #[cfg(unix)]
        std::fs::remove_file(&path)?;
        Ok(Spill {
            file,
            end: 0,
            #[cfg(not(unix))]
            path,
        })
    }

    /// Stores a page content stream chunk; `None` (nothing stored) if it is not a chunk of
    /// one object that renumbering leaves as it is but for its number (no reference to
    /// another object inside it).
    /// `same` is an empty chunk with the settings of the PDF's chunks.
    pub(crate) fn push(
        &mut self,
        chunk: &Chunk,
        mut same: Chunk,
    ) -> io::Result<Option<SpilledPage>> {
        let mut refs = chunk.refs();
        let (Some(ref_), None) = (refs.next(), refs.next()) else {
            return Ok(None);
        };
        // Renumbered twice, to itself and with every reference moved: the two may differ
        // only in the header, or the stream refers to another object (whose number the
        // document's renumbering would change inside it) and stays in memory.
        let mut moved = same.clone();
        chunk.renumber_into(&mut same, |r| r);
        chunk.renumber_into(&mut moved, |_| Ref::new(i32::MAX));
        let bytes = same.as_bytes();
        let (own, far) = (header(ref_), header(Ref::new(i32::MAX)));
        if !bytes.starts_with(own.as_bytes())
            || !moved.as_bytes().starts_with(far.as_bytes())
            || moved.as_bytes()[far.len()..] != bytes[own.len()..]
        {
            return Ok(None);
        }
        self.file.seek(SeekFrom::Start(self.end))?;
        self.file.write_all(bytes)?;
        let page = SpilledPage {
            ref_,
            offset: self.end,
            len: bytes.len(),
            limits: chunk.limits().clone(),
        };
        self.end += bytes.len() as u64;
        Ok(Some(page))
    }

    /// Reads a page's chunk as stored (renumbered to its own reference) into `buf`.
    pub(crate) fn read(&mut self, page: &SpilledPage, buf: &mut Vec<u8>) -> io::Result<()> {
        buf.clear();
        buf.resize(page.len, 0);
        self.file.seek(SeekFrom::Start(page.offset))?;
        self.file.read_exact(buf)
    }

    /// Hands the page's chunk renumbered to `new` to `out`, in two parts, reading it into
    /// `buf`.
    pub(crate) fn write_renumbered(
        &mut self,
        page: &SpilledPage,
        new: Ref,
        buf: &mut Vec<u8>,
        out: &mut dyn FnMut(&[u8]) -> io::Result<()>,
    ) -> io::Result<()> {
        self.read(page, buf)?;
        let old = header(page.ref_);
        if !buf.starts_with(old.as_bytes()) {
            return Err(io::Error::other("the spilled page stream was changed"));
        }
        out(header(new).as_bytes())?;
        out(&buf[old.len()..])
    }
}

#[cfg(not(unix))]
impl Drop for Spill {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// A page's content stream: being compressed or held in memory, or in the spill file.
pub(crate) enum PageStream {
    Held(crate::util::Deferred<Chunk>),
    Spilled(SpilledPage),
}

#[cfg(test)]
mod tests {
    use super::*;
    use pdf_writer::{Chunk, Name, Ref};

    #[test]
    fn a_stream_is_spilled_unless_it_refers_to_another_object() {
        let mut spill = Spill::new().unwrap();
        let mut plain = Chunk::new();
        plain.stream(Ref::new(7), b"BT ET");
        let page = spill.push(&plain, Chunk::new()).unwrap().expect("spilled");
        let mut out = Vec::new();
        let mut buf = Vec::new();
        spill
            .write_renumbered(&page, Ref::new(3), &mut buf, &mut |b| {
                out.extend_from_slice(b);
                Ok(())
            })
            .unwrap();
        let mut want = Chunk::new();
        plain.renumber_into(&mut want, |_| Ref::new(3));
        assert_eq!(out, want.as_bytes());
        // A stream whose dictionary refers to another object keeps it in memory.
        let mut linked = Chunk::new();
        linked
            .stream(Ref::new(8), b"BT ET")
            .pair(Name(b"Other"), Ref::new(9));
        assert!(spill.push(&linked, Chunk::new()).unwrap().is_none());
    }
}
