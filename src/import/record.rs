//! The record of every message ID ever issued to a block of the project
//! (`templates/ids.toml`), so that an inserted block never gets the ID of a deleted
//! one: a translation of the deleted block may still be in some locale, and would
//! silently become the translation of the new one.

use std::collections::BTreeSet;

use serde::Deserialize;

/// Where the record lives, relative to the project root.
pub const RECORD_PATH: &str = "templates/ids.toml";

/// The IDs issued so far.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IdRecord {
    /// Every ID, sorted.
    pub issued: BTreeSet<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
/// The record as TOML has it.
struct Raw {
    version: u32,
    issued: Vec<String>,
}

impl IdRecord {
    /// Parses the record's text.
    ///
    /// ```
    /// use silkpress::import::record::IdRecord;
    /// let r = IdRecord::parse("version = 1\nissued = [\"ch1-p1\", \"ch1-p2\"]\n").unwrap();
    /// assert!(r.issued.contains("ch1-p2"));
    /// assert_eq!(IdRecord::parse(&r.to_text()).unwrap(), r);
    /// ```
    pub fn parse(text: &str) -> Result<IdRecord, String> {
        let raw: Raw = toml::from_str(text).map_err(|e| e.message().to_string())?;
        if raw.version != 1 {
            return Err(format!("unknown version {}", raw.version));
        }
        Ok(IdRecord {
            issued: raw.issued.into_iter().collect(),
        })
    }

    /// The record as written to disk: one ID a line, sorted, so that its diffs read well.
    pub fn to_text(&self) -> String {
        let mut out = String::from(
            "# Every message ID `silkpress import` has given a block of this project, those of\n\
             # deleted blocks included, so that a new block never gets an ID a translation may\n\
             # still hold. Written by `silkpress import`; commit it, do not edit it.\n\
             version = 1\n\
             issued = [\n",
        );
        for id in &self.issued {
            // IDs are Fluent identifiers ([a-zA-Z][a-zA-Z0-9_-]*): nothing to escape.
            out.push_str(&format!("  \"{id}\",\n"));
        }
        out.push_str("]\n");
        out
    }
}
