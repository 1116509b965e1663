//! Untranslated text: a translation identical to its source.
//!
//! Identical text is fine, and not reported, when it has no letters (numbers,
//! punctuation, markup or placeables only), when every word is an acronym (`BRI`,
//! `SCO`, `RFID`), when it is a short proper name (two to four words, each capitalised:
//! `Xi Jinping`; a single capitalised word is too often a plain heading like `Contents`),
//! when it is a single character (an access key), when it is a term of capitalised
//! words (a brand: `-brand-short-name = Firefox`), when the locale's language is the
//! source's (`en-GB` from `en`), or
//! when the locale lists the ID in `identical-allowed` of its `locale.toml`.

use crate::diag::{Code, Diagnostic};
use crate::doc::markup::{self, PatternText};
use crate::l10n::index::{Index, Loc};

/// Whether identical text may stay as it is.
pub fn allowed(text: &str) -> bool {
    let plain = markup::parse(text)
        .map(|t| t.to_plain())
        .unwrap_or_else(|_| text.to_string());
    let words: Vec<&str> = plain
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    // No words, or a single character: an access key (`.accesskey = F`) keeps its
    // letter when the label keeps it.
    if words.is_empty() || plain.trim().chars().count() == 1 {
        return true;
    }
    let acronym = |w: &&str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    if words.iter().all(acronym) {
        return true;
    }
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    (2..=4).contains(&words.len()) && words.iter().all(capitalised)
}

/// Reports a translated pattern equal to its source (`identical-to-source`) unless the
/// text may stay as it is. The caller has compared the syntax trees: only patterns
/// equal to their source's come here, with the source's text.
pub fn compare(
    src: &Index,
    source: &PatternText,
    tgt: &Index,
    tloc: Loc,
    attr: Option<&str>,
    out: &mut Vec<Diagnostic>,
) {
    let (sl, tl) = (&src.data.locale.langid, &tgt.data.locale.langid);
    if sl.language == tl.language {
        return;
    }
    let entry = tgt.entry(tloc);
    let shown = crate::l10n::index::display_id(&entry.id, entry.is_term);
    if tgt.data.settings.identical_allowed.contains(&shown) || allowed(&source.text) {
        return;
    }
    // A term that is a capitalised name (`-brand-short-name = Firefox`) is a brand:
    // kept as it is by design.
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    if entry.is_term
        && source
            .text
            .split_whitespace()
            .all(|w| capitalised(w) || !w.chars().any(char::is_alphabetic))
    {
        return;
    }
    let part = attr
        .map(|a| format!(" (attribute `.{a}`)"))
        .unwrap_or_default();
    out.push(
        tgt.diag(
            Diagnostic::warning(
                Code::IdenticalToSource,
                format!("the text is identical to the source: probably untranslated{part}"),
            ),
            tloc,
        )
        .hint(format!(
            "translate it, or add \"{shown}\" to `identical-allowed` in the locale's locale.toml"
        )),
    );
}

#[cfg(test)]
mod tests {
    use super::allowed;

    #[test]
    fn allow_list() {
        assert!(allowed("BRI"));
        assert!(allowed("2024 – 2025"));
        assert!(allowed("<i>\u{FFFC}</i>"));
        assert!(allowed("Xi Jinping"));
        assert!(allowed("RFID (SCO)"));
        assert!(allowed("F"));
        assert!(!allowed("Belt and Road Initiative"));
        assert!(!allowed("Contents"));
        assert!(!allowed("Page \u{FFFC}"));
    }
}
