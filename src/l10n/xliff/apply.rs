//! Import: the targets of an XLIFF file written back into a locale's `.ftl` files.
//!
//! The units are built again from the files on disk exactly as the export built them,
//! and each segment of the XLIFF is compared with its unit's current translation:
//! only a unit whose segments changed is rewritten. Its pattern is rebuilt (the
//! structure of selects kept, each segment's text parsed as FTL, codes replaced by the
//! FTL they stand for), the entry serialised by fluent-syntax and spliced into the file
//! in place of the old entry: its comment and every other byte of the file stay as
//! they were (a file that was in `silkpress fmt`'s canonical layout is kept in it).
//! Every error is collected; on any error nothing is returned to write.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::PathBuf;

use fluent_syntax::{ast, parser, serializer};

use super::read::{read, ReadDoc, ReadSegment, Tok};
use super::units::{self, CodeKind, Inline, State, Unit};
use super::Version;
use crate::diag::{Code, DiagResult, Diagnostic, FileId, Sources, Span};
use crate::doc::markup::{self, offset_in};
use crate::l10n::index::{display_id, patterns, Index};
use crate::l10n::lock::{self, fingerprint, Fingerprint, Lock, LOCK_FILE};
use crate::l10n::sync;
use crate::project::locales::LocaleData;

/// What an import changes.
#[derive(Debug)]
pub struct Imported {
    /// The target locale.
    pub locale: String,
    /// Files to write (path on disk, text): changed `.ftl` files, then the lock file.
    pub files: Vec<(PathBuf, String)>,
    /// Units whose translation changed.
    pub changed: Vec<String>,
    /// Stale entries whose translation was confirmed unchanged (state moved on).
    pub confirmed: Vec<String>,
    /// Segments read.
    pub segments: usize,
    /// What the import could not keep as typed (`xliff-whitespace`).
    pub warnings: Vec<Diagnostic>,
}

/// A unit by (file, unit) index.
type UnitKey = (usize, usize);

/// The new patterns of an entry: value (`None`) or attribute, each rebuilt.
type NewPatterns<'c> = Vec<(Option<String>, ast::Pattern<&'c str>)>;

fn at(file: FileId, text: &str, offset: usize) -> Span {
    let end = (offset + 1).min(text.len());
    Span::new(file, offset.min(end)..end)
}

/// Reads the XLIFF file `xliff` (registered in `sources`) and computes the changes to
/// the translation it is for, one of `locales` (`source` indexes the source locale).
///
/// `loaded` is what loading the project found: a file of the target or source locale
/// the project could not read, or a second folder of the target locale, refuses the
/// import (the units of such a file cannot be matched, nor the file rewritten), and a
/// folder of the target named in another case is said as a warning.
///
/// When the import is refused, its warnings (a language tag in another case) come with
/// the errors, before them.
pub fn import(
    sources: &Sources,
    xliff: FileId,
    locales: &[LocaleData],
    source: usize,
    loaded: &[Diagnostic],
) -> DiagResult<Imported> {
    let mut warnings = Vec::new();
    import_warned(sources, xliff, locales, source, loaded, &mut warnings).map_err(
        |errors| {
            let mut all = std::mem::take(&mut warnings);
            all.extend(errors);
            all
        },
    )
}

/// [`import`], its warnings gathered in `warnings`.
fn import_warned(
    sources: &Sources,
    xliff: FileId,
    locales: &[LocaleData],
    source: usize,
    loaded: &[Diagnostic],
    warnings: &mut Vec<Diagnostic>,
) -> DiagResult<Imported> {
    let text = sources.text(xliff);
    let span = |offset: usize| at(xliff, text, offset);
    let doc: ReadDoc = read(text).map_err(|e| {
        vec![Diagnostic::error(Code::XliffInvalid, e.message)
            .at(span(e.at))
            .hint("export the file again with `silkpress xliff export`, or repair it in the CAT tool")]
    })?;
    let src = &locales[source];
    // The languages: the source must be the project's, the target one of its locales.
    if let Some((lang, offset)) =
        language(sources, xliff, &doc.sources, "source language", warnings)?
    {
        if lang != src.locale.tag {
            return Err(vec![Diagnostic::error(
                Code::XliffLocale,
                format!(
                    "the file translates from `{lang}`, but the source locale is `{}`",
                    src.locale.tag
                ),
            )
            .at(span(offset))]);
        }
    }
    let Some((tag, offset)) =
        language(sources, xliff, &doc.targets, "target language", warnings)?
    else {
        return Err(vec![Diagnostic::error(
            Code::XliffLocale,
            "the file names no target language (trgLang / target-language)",
        )
        .at(span(0))
        .hint("export it with `silkpress xliff export --locale LOC`")]);
    };
    let Some(target) = locales.iter().find(|l| l.locale.tag == tag) else {
        let known: Vec<&str> = locales.iter().map(|l| l.locale.tag.as_str()).collect();
        return Err(vec![Diagnostic::error(
            Code::XliffLocale,
            format!("the file is for `{tag}`, which is not a locale of this project"),
        )
        .at(span(offset))
        .hint(format!("the locales are {}", known.join(", ")))]);
    };
    if target.locale.tag == src.locale.tag {
        return Err(vec![Diagnostic::error(
            Code::XliffLocale,
            format!("`{tag}` is the source locale; XLIFF carries translations"),
        )
        .at(span(offset))]);
    }
    refuse_unread(
        sources,
        loaded,
        &target.locale.tag,
        &src.locale.tag,
        warnings,
    )?;
    let display_dir = PathBuf::from(crate::project::LOCALES_DIR).join(&tag);
    let old_lock =
        lock::read_lock(&target.root, &target.dir, &display_dir).map_err(|d| vec![d])?;
    // Mutable: a code the file's original data gives and a unit no longer has (its
    // translation changed since the export) is added to the unit's codes by `decode`.
    let mut files = units::units(sources, src, target, old_lock.as_ref());
    let mut by_id: HashMap<String, UnitKey> = HashMap::new();
    for (f, file) in files.iter().enumerate() {
        for (u, unit) in file.units.iter().enumerate() {
            by_id.insert(unit.id.clone(), (f, u));
        }
    }

    // Each segment of the file, decoded and matched to its unit's segment.
    let mut errors = Vec::new();
    let mut edits: BTreeMap<(usize, usize), Vec<Option<Vec<Inline>>>> = BTreeMap::new();
    let mut states: HashMap<(usize, usize), Vec<bool>> = HashMap::new();
    let mut seen: HashMap<(usize, usize, usize), &ReadSegment> = HashMap::new();
    // Per unit, how many codes it had as built from the files (the ones after are the
    // file's own, see `decode`).
    let mut own_codes: HashMap<UnitKey, usize> = HashMap::new();
    let mut budget = TARGETS_LIMIT;
    for seg in &doc.segments {
        let Some(&(f, u)) = by_id.get(seg.unit.as_str()) else {
            errors.push(
                Diagnostic::error(
                    Code::XliffUnknownId,
                    format!(
                        "`{}`{} is not a message, attribute or term of the source",
                        seg.unit,
                        seg.file
                            .as_deref()
                            .map(|f| format!(" (in <file original=\"{f}\">)"))
                            .unwrap_or_default()
                    ),
                )
                .at(span(seg.unit_at))
                .locale(&tag)
                .hint("a unit's ID names the message it translates; do not change it"),
            );
            continue;
        };
        let unit = &files[f].units[u];
        let Some(s) = find_segment(unit, seg, doc.version) else {
            errors.push(
                Diagnostic::error(
                    Code::XliffUnknownId,
                    format!(
                        "`{}` has no segment `{}` (its variants are {})",
                        unit.id,
                        seg.segment.as_deref().unwrap_or("?"),
                        unit.segments
                            .iter()
                            .map(|s| s.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
                .at(span(seg.at))
                .locale(&tag)
                .id(&unit.entry)
                .hint(
                    "the translation's variants changed since the export: export again",
                ),
            );
            continue;
        };
        if let Some(first) = seen.insert((f, u, s), seg) {
            errors.push(
                Diagnostic::error(
                    Code::XliffUnknownId,
                    format!(
                        "segment `{}` of `{}` appears twice",
                        unit.segments[s].id, unit.id
                    ),
                )
                .at(span(seg.at))
                .hint(format!(
                    "the first is at {}",
                    sources.span_location(&span(first.at))
                )),
            );
            continue;
        }
        let own = *own_codes.entry((f, u)).or_insert(unit.codes.len());
        let decoded = match &seg.target {
            Some(toks) => {
                match decode(toks, &mut files[f].units[u], own, &span, &mut budget) {
                    Ok(d) => d,
                    Err(d) => {
                        errors.push(d.locale(&tag).id(&files[f].units[u].entry));
                        continue;
                    }
                }
            }
            None => None,
        };
        let unit = &files[f].units[u];
        let confirmed = !matches!(
            seg.state.as_deref(),
            None | Some("initial" | "new" | "needs-translation")
                | Some("needs-review-translation" | "needs-adaptation" | "needs-l10n")
                | Some("needs-review-adaptation" | "needs-review-l10n")
        );
        states.entry((f, u)).or_default().push(confirmed);
        let current = &unit.segments[s].target;
        let Some(new) = decoded else {
            // Only spaces or newlines: not translated, as an empty target — but said.
            if seg.target.as_ref().is_some_and(|toks| !toks.is_empty()) {
                warnings.push(
                    Diagnostic::warning(
                        Code::XliffWhitespace,
                        format!(
                            "the target of `{}` ({}) is only whitespace: it counts as not \
                             translated{}",
                            unit.id,
                            unit.segments[s].id,
                            if current.is_some() {
                                "; the file's translation is kept"
                            } else {
                                ""
                            }
                        ),
                    )
                    .at(span(seg.at))
                    .locale(&tag)
                    .id(&unit.entry)
                    .hint("type the translation, or leave the target empty"),
                );
            }
            continue;
        };
        // Compared as FTL: codes of the same text (two `</i>`) are interchangeable.
        let ftl = |c: &[Inline]| units::to_ftl(c, &unit.codes);
        if current.as_deref().map(ftl) == Some(ftl(&new)) {
            continue;
        }
        if let Err(d) = check_codes(unit, s, &new, &span, seg.at) {
            errors.push(d.locale(&tag).id(&unit.entry));
            continue;
        }
        // A character the edition refuses to print (a control character, a bidi
        // override) is refused here, at its segment, not written for the build to stop on;
        // in a code the file's original data gave, too (the translator never saw it).
        let text: String = new
            .iter()
            .filter_map(|i| match i {
                Inline::Text(t) => Some(t.as_str()),
                Inline::Code(c) if *c >= own => Some(unit.codes[*c].ftl.as_str()),
                Inline::Code(_) => None,
            })
            .collect();
        let allowed = crate::l10n::resolve::overrides_allowed(&tag);
        if let Some(d) =
            crate::l10n::resolve::unsafe_text(&unit.entry, &tag, &text, allowed)
        {
            errors.push(d.at(span(seg.at)));
            continue;
        }
        let slot = edits
            .entry((f, u))
            .or_insert_with(|| vec![None; unit.segments.len()]);
        slot[s] = Some(new);
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    // The FTL text of every segment of every changed unit (the current translation where
    // the file leaves a segment out), parsed in one arena so the rebuilt syntax trees
    // can borrow from it.
    let mut arena: Vec<String> = Vec::new();
    let mut plan: Vec<(UnitKey, Vec<SegmentText>)> = Vec::new();
    for (&(f, u), slots) in &edits {
        let unit = &files[f].units[u];
        let mut texts = Vec::new();
        for (s, slot) in slots.iter().enumerate() {
            let content = match (slot, &unit.segments[s].target) {
                (Some(new), _) => new,
                (None, Some(current)) => current,
                (None, None) => {
                    let at_ = doc
                        .segments
                        .iter()
                        .find(|r| r.unit == unit.id)
                        .map_or(0, |r| r.unit_at);
                    errors.push(
                        Diagnostic::error(
                            Code::XliffIncomplete,
                            format!(
                                "`{}` is translated only in part: segment `{}` has no target",
                                unit.id, unit.segments[s].id
                            ),
                        )
                        .at(span(at_))
                        .locale(&tag)
                        .id(&unit.entry)
                        .hint("a Fluent select needs every variant: translate each segment"),
                    );
                    continue;
                }
            };
            let ftl = units::to_pattern_ftl(content, &unit.codes);
            arena.push(format!(
                "x = {{ \"\" }}{}{{ \"\" }}\n",
                ftl.replace('\n', "\n    ")
            ));
            // A segment the file leaves out is the translation on disk, which holds no
            // line break at an edge: its spaces are text.
            let (at_, preserve) = seen
                .get(&(f, u, s))
                .map_or((0, true), |r| (r.at, r.preserve));
            texts.push(SegmentText {
                arena: arena.len() - 1,
                at: at_,
                preserve,
            });
        }
        plan.push(((f, u), texts));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let arena = arena;
    let mut parsed: HashMap<usize, Vec<ast::PatternElement<&str>>> = HashMap::new();
    for (_, texts) in &plan {
        for text in texts {
            match segment_elements(&arena[text.arena]) {
                Ok(els) => {
                    parsed.insert(text.arena, els);
                }
                Err(why) => errors.push(
                    Diagnostic::error(
                        Code::SyntaxError,
                        format!("the target is not valid Fluent text ({why})"),
                    )
                    .at(span(text.at))
                    .locale(&tag)
                    .hint("write `{` and `}` only inside placeables; keep the inline codes as they are"),
                ),
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    // The new patterns, by entry.
    let src_index = Index::new(src);
    let tgt_index = Index::new(target);
    let mut entries: BTreeMap<String, NewPatterns> = BTreeMap::new();
    let mut changed = Vec::new();
    for ((f, u), texts) in &plan {
        let unit = &files[*f].units[*u];
        let (is_term, name) = match unit.entry.strip_prefix('-') {
            Some(n) => (true, n),
            None => (false, unit.entry.as_str()),
        };
        let current = tgt_index
            .get(name, is_term)
            .and_then(|l| tgt_index.ast(l))
            .and_then(|e| pattern_of(e, unit.attribute.as_deref()));
        let shape = match current {
            Some(p) => p,
            None => {
                let sloc = src_index.get(name, is_term);
                match sloc
                    .and_then(|l| src_index.ast(l))
                    .and_then(|e| pattern_of(e, unit.attribute.as_deref()))
                {
                    Some(p) => p,
                    None => continue,
                }
            }
        };
        let mut runs = texts
            .iter()
            .map(|&text| (parsed[&text.arena].clone(), text));
        let mut dropped = Vec::new();
        let pattern = rebuild(shape, &mut runs, &mut dropped);
        // Once per segment whose text began or ended with the line break, at it.
        let mut said: BTreeMap<usize, EdgeBreak> = BTreeMap::new();
        for (at_, what) in dropped {
            let most = said.entry(at_).or_insert(what);
            *most = (*most).max(what);
        }
        for (at_, what) in said {
            let (what, hint) = match what {
                EdgeBreak::Alone => (
                    "is dropped: Fluent cannot hold one there",
                    "break lines inside the text only",
                ),
                EdgeBreak::SpacesKept => (
                    "is dropped: Fluent cannot hold one there",
                    "break lines inside the text only; the spaces beside it are kept, as \
                     xml:space=\"preserve\" (which the export sets on every unit) makes \
                     them text: if a tool indented the target, remove them",
                ),
                EdgeBreak::SpacesDropped => (
                    "is dropped with the whitespace beside it: the XLIFF file's layout \
                     (xml:space is not \"preserve\" there), not text",
                    "break lines inside the text only; spaces beside a line break are \
                     text only under xml:space=\"preserve\", which the export sets on \
                     every unit",
                ),
            };
            warnings.push(
                Diagnostic::warning(
                    Code::XliffWhitespace,
                    format!(
                        "a newline at the start or end of the target of `{}` {what}",
                        unit.id
                    ),
                )
                .at(span(at_))
                .locale(&tag)
                .id(&unit.entry)
                .hint(hint),
            );
        }
        // What the target says once Fluent has its way (a newline at an edge dropped)
        // may be the translation the file has: then nothing changed.
        if current.is_some_and(|c| same_text(c, &pattern)) {
            continue;
        }
        entries
            .entry(unit.entry.clone())
            .or_default()
            .push((unit.attribute.clone(), pattern));
        changed.push(unit.id.clone());
    }

    // Splice each changed entry into its file.
    let mut file_edits: BTreeMap<usize, Vec<(Range<usize>, String)>> = BTreeMap::new();
    let mut new_files: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut new_fingerprints: Vec<(String, String)> = Vec::new();
    for (id, pats) in &entries {
        let (is_term, name) = match id.strip_prefix('-') {
            Some(n) => (true, n),
            None => (false, id.as_str()),
        };
        let tloc = tgt_index.get(name, is_term);
        let sloc = src_index.get(name, is_term);
        let old = tloc.and_then(|l| tgt_index.ast(l));
        let entry = match new_entry(
            name,
            is_term,
            old,
            pats,
            sloc.and_then(|l| src_index.ast(l)),
        ) {
            Some(e) => e,
            None => {
                errors.push(
                    Diagnostic::error(
                        Code::XliffIncomplete,
                        format!("`{id}` would have no value: translate its value too"),
                    )
                    .locale(&tag)
                    .id(id.clone()),
                );
                continue;
            }
        };
        new_fingerprints.push((id.clone(), fingerprint(&entry)));
        // A blank line inside a text is written bare, not as an indentation-only line
        // (the same blank line to Fluent, without invisible trailing spaces).
        let mut text =
            crate::l10n::fmt::bare_blank_lines(&serializer::serialize(&ast::Resource {
                body: vec![entry],
            }));
        match tloc {
            Some(l) => {
                let file = tgt_index.file(l);
                let ftl = sources.text(file.file);
                if ftl.contains("\r\n") {
                    text = text.replace('\n', "\r\n");
                }
                match entry_range(ftl, name, is_term) {
                    Some(r) => file_edits.entry(l.file).or_default().push((r, text)),
                    None => errors.push(
                        Diagnostic::error(
                            Code::InternalError,
                            format!("`{id}` could not be found again in its file"),
                        )
                        .in_file(sources.path(file.file)),
                    ),
                }
            }
            None => {
                // A new translation: in the file of the source's name, after the entry
                // that precedes it in the source (or in place of sync's commented copy).
                let rel = sloc
                    .map(|l| src_index.file(l).rel.clone())
                    .unwrap_or_default();
                match tgt_index.files.get(rel.as_str()) {
                    Some(&fi) => {
                        let file = &target.files[fi];
                        let ftl = sources.text(file.file);
                        let (range, text) = insertion(ftl, id, sloc, &src_index, text);
                        file_edits.entry(fi).or_default().push((range, text));
                    }
                    None => new_files.entry(rel).or_default().push(text),
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut out_files = Vec::new();
    for (fi, mut list) in file_edits {
        let file = &target.files[fi];
        let old = sources.text(file.file);
        list.sort_by_key(|(r, _)| (r.start, r.end));
        let mut new = String::with_capacity(old.len() + 256);
        let mut pos = 0;
        for (r, t) in &list {
            new.push_str(&old[pos..r.start.max(pos)]);
            new.push_str(t);
            pos = r.end.max(pos);
        }
        new.push_str(&old[pos..]);
        // A file in the canonical layout stays in it (sync's copies replaced by an entry
        // leave blank lines to settle); any other keeps every byte it had.
        if crate::l10n::fmt::format_text(old).as_deref() == Ok(old) {
            if let Ok(formatted) = crate::l10n::fmt::format_text(&new) {
                new = formatted;
            }
        }
        if let Err((_, e)) = parser::parse(new.as_str()) {
            return Err(vec![Diagnostic::error(
                Code::InternalError,
                format!(
                    "the rewritten {} would not parse ({} error(s)); nothing written",
                    sources.path(file.file).display(),
                    e.len()
                ),
            )]);
        }
        // Entries spliced as they were (a file keeps its bytes): not rewritten.
        if new == old {
            continue;
        }
        if file.bom {
            new.insert(0, '\u{FEFF}');
        }
        out_files.push((target.dir.join(&file.rel), new));
    }
    for (rel, entries) in new_files {
        let header = sync::header(&target.locale);
        let mut text = format!("### {header}\n\n");
        for e in entries {
            text.push_str(&e);
        }
        out_files.push((target.dir.join(rel), text));
    }

    // The lock, as sync would record it: a changed translation was made from the
    // current source; a stale one confirmed as it is (its state moved past `initial`)
    // is up to date again. Without a lock file there is no stale check to update.
    let mut confirmed = Vec::new();
    if let Some(old_lock) = &old_lock {
        let mut lock: Lock = old_lock.clone();
        let mut record = |id: &str, translation: String| {
            let (is_term, name) = match id.strip_prefix('-') {
                Some(n) => (true, n),
                None => (false, id),
            };
            if let Some(s) = src_index.get(name, is_term).and_then(|l| src_index.ast(l)) {
                lock.fingerprints.insert(
                    display_id(name, is_term),
                    Fingerprint::new(s, Some(translation)),
                );
            }
        };
        for (id, fp) in &new_fingerprints {
            record(id, fp.clone());
        }
        let mut by_entry: BTreeMap<&str, (bool, bool)> = BTreeMap::new();
        for (&(f, u), list) in &states {
            let unit = &files[f].units[u];
            let e = by_entry.entry(unit.entry.as_str()).or_insert((true, false));
            e.0 &= list.iter().all(|c| *c);
            e.1 |= unit.state == State::Stale;
        }
        for (id, (all_confirmed, stale)) in by_entry {
            if !(all_confirmed && stale) || entries.contains_key(id) {
                continue;
            }
            let (is_term, name) = match id.strip_prefix('-') {
                Some(n) => (true, n),
                None => (false, id),
            };
            if let Some(t) = tgt_index.get(name, is_term).and_then(|l| tgt_index.ast(l)) {
                record(id, fingerprint(t));
                confirmed.push(id.to_string());
            }
        }
        if lock != *old_lock {
            // Records written now carry their source text: the current format.
            lock.version = lock::VERSION;
            out_files.push((target.dir.join(LOCK_FILE), lock.to_text()));
        }
    }
    Ok(Imported {
        locale: tag,
        files: out_files,
        changed,
        confirmed,
        segments: doc.segments.len(),
        warnings: std::mem::take(warnings),
    })
}

/// The locale that the declarations of a language in the file `xliff` name (`what`:
/// "source language"), with the offset of the first; `None` without any. A tag in
/// another case or with `_` (`EN`, `zh_CN`) is its canonical locale, with a warning, as
/// a folder or `--locale` is: once per spelling, at the first declaration so written
/// (XLIFF 1.2 declares the languages on every `<file>`). Declarations of two locales
/// are refused.
fn language(
    sources: &Sources,
    xliff: FileId,
    decls: &[(String, usize)],
    what: &str,
    warnings: &mut Vec<Diagnostic>,
) -> Result<Option<(String, usize)>, Vec<Diagnostic>> {
    let span = |offset: usize| at(xliff, sources.text(xliff), offset);
    // The first declaration: its locale, its spelling and its offset.
    let mut first: Option<(String, &str, usize)> = None;
    let mut said: Vec<&str> = Vec::new();
    for (written, offset) in decls {
        if said.contains(&written.as_str()) {
            continue;
        }
        said.push(written);
        let tag = match crate::lang::Locale::parse(written) {
            Ok(l) if l.tag != *written => {
                warnings.push(
                    Diagnostic::warning(
                        Code::NonCanonicalLocale,
                        format!(
                            "the file's {what} `{written}` is read as the locale `{}`",
                            l.tag
                        ),
                    )
                    .at(span(*offset))
                    .locale(&l.tag)
                    .hint(format!("the canonical tag is `{}`", l.tag)),
                );
                l.tag
            }
            _ => written.clone(),
        };
        match &first {
            None => first = Some((tag, written, *offset)),
            Some((locale, earlier, at_)) if *locale != tag => {
                return Err(vec![Diagnostic::error(
                    Code::XliffInvalid,
                    format!(
                        "this <file>'s {what} is `{written}`, an earlier one's `{earlier}`: one locale per file"
                    ),
                )
                .at(span(*offset))
                .hint(format!(
                    "the earlier <file> is at {}; export the file again with `silkpress xliff export`",
                    sources.span_location(&span(*at_))
                ))]);
            }
            Some(_) => {}
        }
    }
    Ok(first.map(|(tag, _, offset)| (tag, offset)))
}

/// Refuses an import into `target` when loading the project left out a file of it or
/// of `source` (not UTF-8, a link out of the project or a dangling one, too large, too
/// deep), or a second folder of it: each such error, and for a file of the target that
/// it is not written. The units of an unread file would otherwise be taken as new
/// translations (their codes then "unknown", the file replaced by their text alone).
/// A syntax error in a file of either is refused too: the rewritten file would not
/// parse (an "internal error" before), and the broken entry's text would be matched
/// to nothing. The load's warnings about `target` (a folder named in another case) go
/// to `warnings`.
fn refuse_unread(
    sources: &Sources,
    loaded: &[Diagnostic],
    target: &str,
    source: &str,
    warnings: &mut Vec<Diagnostic>,
) -> Result<(), Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut broken: Option<String> = None;
    for d in loaded {
        let Some(locale) = d.locale.as_deref() else {
            continue;
        };
        if locale != target && locale != source {
            continue;
        }
        if !d.is_error() {
            if d.code == Code::NonCanonicalLocale && locale == target {
                warnings.push(d.clone());
            }
            continue;
        }
        let unread = d.code.leaves_file_unread();
        if d.code == Code::SyntaxError {
            broken.get_or_insert(locale.to_string());
        } else if !unread && d.code != Code::BadLocale {
            continue;
        }
        errors.push(d.clone());
        let path = d
            .span
            .as_ref()
            .map(|s| sources.path(s.file).to_path_buf())
            .or_else(|| d.path.clone());
        if let (true, Some(path)) = (unread, path) {
            let (why, hint) = if locale == target {
                (
                    "is not written: it exists but the project could not read it (the error above)",
                    "fix or remove the file, then import again; its translations are not lost",
                )
            } else {
                (
                    "of the source could not be read: its units cannot be matched",
                    "fix the source file, then import again",
                )
            };
            errors.push(
                Diagnostic::error(Code::IoError, format!("{} {why}", path.display()))
                    .in_file(path)
                    .locale(locale)
                    .hint(hint),
            );
        }
    }
    if let Some(locale) = broken {
        errors.push(
            Diagnostic::error(
                Code::SyntaxError,
                format!(
                    "the import writes nothing while a file of `{locale}` has a syntax \
                     error (above): the file would be rewritten around an entry it \
                     cannot read"
                ),
            )
            .locale(&locale)
            .hint(format!(
                "fix it (`silkpress check --locale {locale}` shows each), then import again"
            )),
        );
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// The unit's segment a segment of the file is.
fn find_segment(unit: &Unit, seg: &ReadSegment, version: Version) -> Option<usize> {
    match (&seg.segment, version) {
        (Some(id), _) => unit.segments.iter().position(|s| s.id == *id),
        (None, _) if unit.segments.len() == 1 => Some(0),
        _ => None,
    }
}

/// Target content as codes of the unit; `None` when it is empty (not translated).
///
/// A code with original data in the file is the unit's code of that FTL: what the export
/// wrote, and the CAT tool showed, whatever number it has in the unit as built now (a
/// translation changed or deleted since the export renumbers the codes only it had, and
/// the codes after them). A code the unit no longer has is taken from that data and
/// added to the unit's codes, if [`file_code`] accepts it. A code without data is the
/// unit's code of its number, among its first `own` (the ones built from the files).
///
/// `budget` is what the import's targets may still add up to as FTL, each code counted
/// at its length: a file that names one long code thousands of times would otherwise
/// be written out as hundreds of megabytes (from a 1.4 MB file, gigabytes of memory).
fn decode(
    toks: &[Tok],
    unit: &mut Unit,
    own: usize,
    span: &dyn Fn(usize) -> Span,
    budget: &mut usize,
) -> Result<Option<Vec<Inline>>, Diagnostic> {
    let mut out: Vec<Inline> = Vec::new();
    let mut open: Vec<(usize, String)> = Vec::new();
    let mut placeables = 0usize;
    for tok in toks {
        match tok {
            Tok::Text(t) => match out.last_mut() {
                Some(Inline::Text(last)) => last.push_str(t),
                _ => out.push(Inline::Text(t.clone())),
            },
            Tok::Ph { id, data, at } => {
                let c = code_of(unit, own, Some(id), data.as_deref(), *at, span)?;
                out.push(Inline::Code(c));
            }
            Tok::Open { id, data, at, .. } => {
                let c = code_of(unit, own, Some(id), data.as_deref(), *at, span)?;
                let CodeKind::Open(name) = &unit.codes[c].kind else {
                    return Err(Diagnostic::error(
                        Code::XliffInlineCode,
                        format!(
                            "code `{id}` is `{}`, not an opening tag",
                            unit.codes[c].ftl
                        ),
                    )
                    .at(span(*at)));
                };
                open.push((c, name.clone()));
                out.push(Inline::Code(c));
            }
            Tok::Close {
                start,
                id,
                data,
                at,
            } => {
                let close = match (data, start, id) {
                    (Some(_), _, _) | (None, None, Some(_)) => {
                        code_of(unit, own, id.as_deref(), data.as_deref(), *at, span)?
                    }
                    (None, Some(s), _) => {
                        let c = code_of(unit, own, Some(s), None, *at, span)?;
                        let CodeKind::Open(name) = &unit.codes[c].kind else {
                            return Err(Diagnostic::error(
                                Code::XliffInlineCode,
                                format!("code `{s}` closed here is not an opening tag"),
                            )
                            .at(span(*at)));
                        };
                        // The close tag of the same name: the unit's code for it.
                        unit.codes
                            .iter()
                            .position(|k| k.kind == CodeKind::Close(name.clone()))
                            .ok_or_else(|| {
                                Diagnostic::error(
                                    Code::XliffInlineCode,
                                    format!(
                                        "`<{name}>` has no closing code in this unit"
                                    ),
                                )
                                .at(span(*at))
                            })?
                    }
                    (None, None, None) => {
                        return Err(Diagnostic::error(
                            Code::XliffInlineCode,
                            "an end code without `id` or `startRef`",
                        )
                        .at(span(*at)))
                    }
                };
                open.pop();
                out.push(Inline::Code(close));
            }
        }
        // Fluent formats at most 100 placeables: a target of more would be written, and
        // then fail the check and the build (a typed brace becomes a placeable too).
        // (`<i>`/`<b>` codes are markup, text to Fluent.)
        placeables += match tok {
            Tok::Text(t) => t.matches(['{', '}']).count(),
            Tok::Ph { .. } => 1,
            Tok::Open { .. } | Tok::Close { .. } => 0,
        };
        if placeables > MAX_PLACEABLES {
            let d = Diagnostic::error(
                Code::TooManyPlaceables,
                format!(
                    "the target has more than {MAX_PLACEABLES} placeables (codes and typed \
                     braces): Fluent formats at most {MAX_PLACEABLES} in a message"
                ),
            )
            .hint("keep the codes the source has; a CAT tool does not multiply them");
            return Err(at_tok(d, tok, span));
        }
        let size = match (tok, out.last()) {
            (Tok::Text(t), _) => t.len(),
            (_, Some(Inline::Code(c))) => unit.codes[*c].ftl.len(),
            _ => 0,
        };
        *budget = budget.checked_sub(size).ok_or_else(|| {
            let d = Diagnostic::error(
                Code::XliffInvalid,
                format!(
                    "the file's targets add up to more than {} MiB of FTL (each code \
                     counted at its length): refused",
                    TARGETS_LIMIT >> 20
                ),
            )
            .hint("a translation repeats a code thousands of times: check the file");
            at_tok(d, tok, span)
        })?;
    }
    let empty = out
        .iter()
        .all(|i| matches!(i, Inline::Text(t) if t.trim().is_empty()));
    Ok((!empty).then_some(out))
}

/// The most FTL an import's targets may add up to (each code counted at its length): the
/// XLIFF file's own limit.
const TARGETS_LIMIT: usize = crate::project::input::XLIFF.bytes as usize;

/// `d` pointed at the code `tok` (text has no position of its own).
fn at_tok(d: Diagnostic, tok: &Tok, span: &dyn Fn(usize) -> Span) -> Diagnostic {
    match tok {
        Tok::Ph { at, .. } | Tok::Open { at, .. } | Tok::Close { at, .. } => {
            d.at(span(*at))
        }
        Tok::Text(_) => d,
    }
}

/// The most placeables fluent-bundle formats in one message.
const MAX_PLACEABLES: usize = 100;

/// The longest original data taken as a code the unit does not have (a form of a term).
const CODE_DATA_LIMIT: usize = 1024;

/// The index in the unit's codes of the file's code `id` with original `data`, as
/// [`decode`] reads it.
fn code_of(
    unit: &mut Unit,
    own: usize,
    id: Option<&str>,
    data: Option<&str>,
    at: usize,
    span: &dyn Fn(usize) -> Span,
) -> Result<usize, Diagnostic> {
    let shown = id.unwrap_or("?");
    let Some(data) = data else {
        return id
            .and_then(|id| id.parse::<usize>().ok())
            .filter(|n| (1..=own).contains(n))
            .map(|n| n - 1)
            .ok_or_else(|| {
                Diagnostic::error(
                    Code::XliffInlineCode,
                    format!("inline code `{shown}` is not one of `{}`'s codes", unit.id),
                )
                .at(span(at))
                .hint(
                    "keep the codes the CAT tool shows as tags; do not type or edit them",
                )
            });
    };
    // The code of its number first: two codes of one FTL are the same to the import.
    let numbered = id
        .and_then(|id| id.parse::<usize>().ok())
        .and_then(|n| n.checked_sub(1));
    if let Some(n) =
        numbered.filter(|&n| unit.codes.get(n).is_some_and(|c| c.ftl == data))
    {
        return Ok(n);
    }
    if let Some(n) = unit.codes.iter().position(|c| c.ftl == data) {
        return Ok(n);
    }
    let code = file_code(unit, data).ok_or_else(|| {
        // What the data says, on one line and not at any length.
        let mut said: String = data.chars().take(80).collect();
        if said.len() < data.len() {
            said.push('…');
        }
        Diagnostic::error(
            Code::XliffInlineCode,
            format!(
                "code `{shown}` stands for `{}` in the file's original data, which is \
                 neither one of `{}`'s codes nor a form of a term its source uses",
                said.replace('\n', "\\n"),
                unit.id
            ),
        )
        .at(span(at))
        .hint(
            "the translation the export took it from changed or was removed since the \
             export, or the file's original data was altered (a CAT tool keeps it as it \
             is): export the locale again, or restore the translation and import again",
        )
    })?;
    if let Some(n) = unit.codes.iter().position(|c| c.ftl == code.ftl) {
        return Ok(n);
    }
    unit.codes.push(code);
    Ok(unit.codes.len() - 1)
}

/// The code the file's original data `data` gives, for a unit that has no code of that
/// FTL: taken only when it is one placeable that is the unit's code once written as the
/// export writes it, or a form of a term the unit's source uses — `{ -china(case: "gen")
/// }` where the source has `{ -china }`: the codes a translation has of its own, which an
/// export carries from the translation on disk. Anything else — another term, a
/// variable, a message, text, a second entry or an attribute line — would put FTL in the
/// file that nobody typed and the source does not ask for: `None`.
fn file_code(unit: &Unit, data: &str) -> Option<units::Code> {
    // A form of a term is a short placeable with plain arguments (`case: "gen"`);
    // longer data, or an escape (`"\uD800"`, `"\u202E"`: what the check refuses, or
    // a control character spelt so that no scan of the text sees it), is no
    // translator's.
    if data.len() > CODE_DATA_LIMIT || data.contains('\\') {
        return None;
    }
    let (ftl, term) = one_placeable(data)?;
    let known = unit.codes.iter().any(|c| c.ftl == ftl);
    let of_source = term.is_some_and(|term| {
        unit.segments.iter().flat_map(|s| &s.source).any(|i| {
            matches!(i, Inline::Code(c)
                if one_placeable(&unit.codes[*c].ftl).and_then(|(_, t)| t).as_ref() == Some(&term))
        })
    });
    (known || of_source).then_some(units::Code {
        ftl,
        kind: CodeKind::Placeable { variable: false },
    })
}

/// FTL that is exactly one placeable: the placeable as the export writes it
/// ([`units::placeable_ftl`]), and the term it names when it is a term reference with
/// named arguments only (`{ -china(case: "gen") }` → `china`). `None` for anything else.
fn one_placeable(ftl: &str) -> Option<(String, Option<String>)> {
    let text = format!("x = {ftl}\n");
    let res = parser::parse(text.as_str()).ok()?;
    let [ast::Entry::Message(m)] = res.body.as_slice() else {
        return None;
    };
    let (Some(value), true) = (&m.value, m.attributes.is_empty()) else {
        return None;
    };
    let [ast::PatternElement::Placeable { expression }] = value.elements.as_slice()
    else {
        return None;
    };
    let term = match expression {
        ast::Expression::Inline(ast::InlineExpression::TermReference {
            id,
            attribute: None,
            arguments,
        }) if arguments.as_ref().is_none_or(|a| a.positional.is_empty()) => {
            Some(id.name.to_string())
        }
        _ => None,
    };
    Some((units::placeable_ftl(expression), term))
}

/// Checks a changed segment's codes: no variable of the source deleted, and tags
/// balanced where the source's are.
fn check_codes(
    unit: &Unit,
    s: usize,
    new: &[Inline],
    span: &dyn Fn(usize) -> Span,
    at_: usize,
) -> Result<(), Diagnostic> {
    let seg = &unit.segments[s];
    for item in &seg.source {
        let Inline::Code(c) = item else { continue };
        let code = &unit.codes[*c];
        if code.kind == (CodeKind::Placeable { variable: true })
            && !new
                .iter()
                .any(|i| matches!(i, Inline::Code(k) if unit.codes[*k].ftl == code.ftl))
        {
            return Err(Diagnostic::error(
                Code::XliffInlineCode,
                format!(
                    "the target of `{}` ({}) lost the code `{}`, which may not be deleted",
                    unit.id, seg.id, code.ftl
                ),
            )
            .at(span(at_))
            .hint("put the variable back where the sentence needs it"));
        }
    }
    let balanced =
        |c: &[Inline]| markup::tags(&units::to_ftl(c, &unit.codes)).1.is_empty();
    if balanced(&seg.source) && !balanced(new) {
        return Err(Diagnostic::error(
            Code::XliffInlineCode,
            format!(
                "the target of `{}` ({}) has an opening tag without its end, or the reverse",
                unit.id, seg.id
            ),
        )
        .at(span(at_))
        .hint("keep each paired tag's start and end; delete both or neither"));
    }
    Ok(())
}

/// The pattern elements of a segment's FTL (a message `x = { "" }…{ "" }`): the text
/// between the two empty literals, which keep its leading and trailing spaces.
fn segment_elements(src: &str) -> Result<Vec<ast::PatternElement<&str>>, String> {
    let res = parser::parse(src).map_err(|(_, e)| {
        e.first()
            .map(|e| {
                // The segment's own line: the FTL around it adds none before it.
                let line = src[..e.pos.start.min(src.len())].matches('\n').count() + 1;
                let what = e.kind.to_string();
                if line > 1 {
                    format!("{what}, on the target's line {line}")
                } else {
                    what
                }
            })
            .unwrap_or_default()
    })?;
    let [ast::Entry::Message(m)] = res.body.as_slice() else {
        return Err("more than one entry".into());
    };
    let Some(value) = &m.value else {
        return Err("no text".into());
    };
    if !m.attributes.is_empty() {
        return Err("an attribute line".into());
    }
    let n = value.elements.len();
    if n < 2 {
        return Err("no text".into());
    }
    let mut els = value.elements[1..n - 1].to_vec();
    if els.is_empty() {
        return Err("no text".into());
    }
    // A blank line inside a run would end up dedented; nothing else changes.
    if let Some(ast::PatternElement::TextElement { value }) = els.first() {
        if value.is_empty() {
            els.remove(0);
        }
    }
    Ok(els)
}

/// The pattern of an entry's value or attribute.
fn pattern_of<'a>(
    entry: &'a ast::Entry<&'a str>,
    attr: Option<&str>,
) -> Option<&'a ast::Pattern<&'a str>> {
    patterns(entry).find(|(a, _)| *a == attr).map(|(_, p)| p)
}

/// A segment's FTL text in the arena of [`import`].
#[derive(Clone, Copy)]
struct SegmentText {
    /// Its index there.
    arena: usize,
    /// Where its target is in the XLIFF file.
    at: usize,
    /// Whether `xml:space="preserve"` is in effect for that target.
    preserve: bool,
}

/// A pattern with its runs replaced, in the order [`units::shapes`] numbers them;
/// `dropped` gets, at the target that had it, each line break at the start or end of a
/// pattern that had to go ([`edge_line_break`]).
fn rebuild<'c>(
    p: &ast::Pattern<&'c str>,
    runs: &mut dyn Iterator<Item = (Vec<ast::PatternElement<&'c str>>, SegmentText)>,
    dropped: &mut Vec<(usize, EdgeBreak)>,
) -> ast::Pattern<&'c str> {
    let mut elements = Vec::new();
    // Where the runs of this pattern's own text are in the XLIFF file (a variant's are
    // its own pattern's), and whether their spaces are text: the first and last are
    // where an edge line break was typed.
    let mut ats: Vec<SegmentText> = Vec::new();
    for piece in units::pieces(p) {
        match piece {
            units::Piece::Run(_) => {
                if let Some((run, text)) = runs.next() {
                    elements.extend(run);
                    ats.push(text);
                }
            }
            units::Piece::Select(selector, variants) => {
                let variants = variants
                    .iter()
                    .map(|v| ast::Variant {
                        key: v.key.clone(),
                        value: rebuild(&v.value, runs, dropped),
                        default: v.default,
                    })
                    .collect();
                elements.push(ast::PatternElement::Placeable {
                    expression: ast::Expression::Select {
                        selector: selector.clone(),
                        variants,
                    },
                });
            }
        }
    }
    for (start, run) in [(true, ats.first()), (false, ats.last())] {
        if let Some(text) = run {
            if let Some(what) = edge_line_break(&mut elements, start, text.preserve) {
                dropped.push((text.at, what));
            }
        }
    }
    literal_edge_spaces(&mut elements);
    literal_first_bracket(&mut elements);
    ast::Pattern { elements }
}

/// Whether two patterns are the same text to Fluent: the same when serialised.
fn same_text(a: &ast::Pattern<&str>, b: &ast::Pattern<&str>) -> bool {
    let text = |p: &ast::Pattern<&str>| {
        serializer::serialize(&ast::Resource {
            body: vec![ast::Entry::Message(ast::Message {
                id: ast::Identifier { name: "x" },
                value: Some(p.clone()),
                attributes: Vec::new(),
                comment: None,
            })],
        })
    };
    text(a) == text(b)
}

/// What went with a line break at an edge of a pattern ([`edge_line_break`]), least
/// first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum EdgeBreak {
    /// The line break alone: no other whitespace was beside it.
    Alone,
    /// The line break; the spaces beside it are text (`xml:space="preserve"`), kept.
    SpacesKept,
    /// The line break and the whitespace beside it: the file's layout.
    SpacesDropped,
}

/// Fluent cannot begin or end a pattern with a line break (its parser drops it, and the
/// fingerprint recorded in the lock would not be the file's). When the whitespace at one
/// edge of a pattern — text, and the literal spaces a line of the target began or ended
/// with — holds one, the line breaks go. Under `xml:space="preserve"` the spaces beside
/// them are text and stay, made literals by [`literal_edge_spaces`] (XML 1.0 §2.10);
/// otherwise the whitespace is the XLIFF file's layout, a formatter's indentation
/// (`<target>\n      text\n    </target>`), and goes whole, tabs too, as a translator
/// typed none of it. `None` when the edge holds no line break.
fn edge_line_break(
    elements: &mut Vec<ast::PatternElement<&str>>,
    start: bool,
    preserve: bool,
) -> Option<EdgeBreak> {
    let blank = |c: char| c == ' ' || c == '\n' || (c == '\t' && !preserve);
    let n = elements.len();
    // The k-th element from the edge inwards.
    let nth = |k: usize| if start { k } else { n - 1 - k };
    // The edge's whitespace: `whole` elements of it from the edge (text, or a literal of
    // spaces), then the edge of the next if it is text; any other placeable ends it.
    let (mut whole, mut breaks, mut spaces) = (0, false, false);
    while whole < n {
        match &elements[nth(whole)] {
            ast::PatternElement::TextElement { value } => {
                let body = if start {
                    value.trim_start_matches(blank)
                } else {
                    value.trim_end_matches(blank)
                };
                let ws = if start {
                    &value[..value.len() - body.len()]
                } else {
                    &value[body.len()..]
                };
                breaks |= ws.contains('\n');
                spaces |= ws.contains(|c| c != '\n');
                if !body.is_empty() {
                    break;
                }
            }
            ast::PatternElement::Placeable {
                expression:
                    ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } if !value.is_empty() && value.bytes().all(|b| b == b' ') => spaces = true,
            ast::PatternElement::Placeable { .. } => break,
        }
        whole += 1;
    }
    if !breaks {
        return None;
    }
    let run = if start { 0..whole } else { n - whole..n };
    let partial = (whole < n).then(|| nth(whole));
    let mut kept = Vec::with_capacity(n);
    for (i, el) in elements.drain(..).enumerate() {
        let in_run = run.contains(&i);
        match el {
            ast::PatternElement::TextElement { value }
                if in_run || partial == Some(i) =>
            {
                // Under preserve, only the line breaks: by [`units::to_pattern_ftl`] the
                // spaces beside a line break are literals of their own.
                let value = match (preserve, in_run, start) {
                    (false, true, _) => "",
                    (false, false, true) => value.trim_start_matches(blank),
                    (false, false, false) => value.trim_end_matches(blank),
                    (true, true, _) => value.trim_matches('\n'),
                    (true, false, true) => value.trim_start_matches('\n'),
                    (true, false, false) => value.trim_end_matches('\n'),
                };
                if !value.is_empty() {
                    kept.push(ast::PatternElement::TextElement { value });
                }
            }
            ast::PatternElement::Placeable { .. } if in_run && !preserve => {}
            el => kept.push(el),
        }
    }
    *elements = kept;
    Some(match (spaces, preserve) {
        (false, _) => EdgeBreak::Alone,
        (true, true) => EdgeBreak::SpacesKept,
        (true, false) => EdgeBreak::SpacesDropped,
    })
}

/// Fluent drops the spaces a pattern (a value, an attribute, a variant) begins or ends
/// with; a target's are kept as literals (`{ "  " }`), so that what the translator typed
/// is what the file says.
fn literal_edge_spaces(elements: &mut Vec<ast::PatternElement<&str>>) {
    let literal = |value| ast::PatternElement::Placeable {
        expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral {
            value,
        }),
    };
    if let Some(&ast::PatternElement::TextElement { value }) = elements.first() {
        let body = value.trim_start_matches(' ');
        if body.len() < value.len() {
            let mut first = vec![literal(&value[..value.len() - body.len()])];
            if !body.is_empty() {
                first.push(ast::PatternElement::TextElement { value: body });
            }
            elements.splice(..1, first);
        }
    }
    if let Some(&ast::PatternElement::TextElement { value }) = elements.last() {
        let body = value.trim_end_matches(' ');
        if body.len() < value.len() {
            let mut last = Vec::new();
            if !body.is_empty() {
                last.push(ast::PatternElement::TextElement { value: body });
            }
            last.push(literal(&value[body.len()..]));
            let n = elements.len();
            elements.splice(n - 1.., last);
        }
    }
}

/// A pattern the serializer starts on a line of its own (text over several lines, a
/// select) would begin that line with its first text: a `[` or `*` there reads back as a
/// variant and a `.` as an attribute, so that character is written as a literal
/// (`{ "[" }`), as
/// [`units::to_pattern_ftl`] does for the lines after the first.
fn literal_first_bracket(elements: &mut Vec<ast::PatternElement<&str>>) {
    let own_line = elements.iter().any(|e| match e {
        ast::PatternElement::TextElement { value } => value.contains('\n'),
        ast::PatternElement::Placeable { expression } => {
            matches!(expression, ast::Expression::Select { .. })
        }
    });
    let Some(&ast::PatternElement::TextElement { value }) = elements.first() else {
        return;
    };
    let body = value.trim_start_matches(' ');
    if !own_line || !body.starts_with(['[', '*', '.']) {
        return;
    }
    let lead = &value[..value.len() - body.len()];
    let mut first = Vec::new();
    if !lead.is_empty() {
        first.push(ast::PatternElement::TextElement { value: lead });
    }
    first.push(ast::PatternElement::Placeable {
        expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral {
            value: &body[..1],
        }),
    });
    if body.len() > 1 {
        first.push(ast::PatternElement::TextElement { value: &body[1..] });
    }
    elements.splice(..1, first);
}

/// The entry with its new patterns: the translation's entry changed, or a new one in
/// the order of the source's attributes. `None` when a term would have no value.
fn new_entry<'c>(
    name: &'c str,
    is_term: bool,
    old: Option<&ast::Entry<&'c str>>,
    pats: &[(Option<String>, ast::Pattern<&'c str>)],
    source: Option<&'c ast::Entry<&'c str>>,
) -> Option<ast::Entry<&'c str>> {
    let (mut value, mut attributes): (
        Option<ast::Pattern<&str>>,
        Vec<ast::Attribute<&str>>,
    ) = match old {
        Some(ast::Entry::Message(m)) => (m.value.clone(), m.attributes.clone()),
        Some(ast::Entry::Term(t)) => (Some(t.value.clone()), t.attributes.clone()),
        _ => (None, Vec::new()),
    };
    let source_attrs: Vec<&str> = source
        .map(|s| patterns(s).filter_map(|(a, _)| a).collect())
        .unwrap_or_default();
    for (attr, pattern) in pats {
        match attr {
            None => value = Some(pattern.clone()),
            Some(a) => match attributes.iter_mut().find(|x| x.id.name == a) {
                Some(x) => x.value = pattern.clone(),
                None => {
                    // The attribute's name as the source spells it (a borrowed slice).
                    let Some(&sname) = source_attrs.iter().find(|s| *s == a) else {
                        continue;
                    };
                    attributes.push(ast::Attribute {
                        id: ast::Identifier { name: sname },
                        value: pattern.clone(),
                    });
                }
            },
        }
    }
    let id = ast::Identifier { name };
    if is_term {
        Some(ast::Entry::Term(ast::Term {
            id,
            value: value?,
            attributes,
            comment: None,
        }))
    } else {
        if value.is_none() && attributes.is_empty() {
            return None;
        }
        Some(ast::Entry::Message(ast::Message {
            id,
            value,
            attributes,
            comment: None,
        }))
    }
}

/// Start of the line holding `offset`.
fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |i| i + 1)
}

/// The first borrowed slice of an entry, to find where it starts.
fn first_slice<'s>(entry: &ast::Entry<&'s str>) -> Option<&'s str> {
    match entry {
        ast::Entry::Message(m) => Some(m.id.name),
        ast::Entry::Term(t) => Some(t.id.name),
        ast::Entry::Comment(c)
        | ast::Entry::GroupComment(c)
        | ast::Entry::ResourceComment(c) => c.content.first().copied(),
        ast::Entry::Junk { content } => Some(content),
    }
}

/// The bytes of an entry in its file, from its ID's line (after its comment) to the end
/// of its last line: up to the next entry, less blank and comment lines (which a
/// pattern's continuation lines, always indented, cannot be).
fn entry_range(text: &str, name: &str, is_term: bool) -> Option<Range<usize>> {
    let res = match parser::parse(text) {
        Ok(r) => r,
        Err(_) => return None,
    };
    let i = res.body.iter().position(|e| match e {
        ast::Entry::Message(m) => !is_term && m.id.name == name,
        ast::Entry::Term(t) => is_term && t.id.name == name,
        _ => false,
    })?;
    let start = line_start(text, offset_in(text, first_slice(&res.body[i])?));
    let next = res.body[i + 1..]
        .iter()
        .find_map(first_slice)
        .map_or(text.len(), |s| line_start(text, offset_in(text, s)));
    let mut end = next;
    loop {
        let body = &text[start..end];
        let trimmed = body.strip_suffix('\n').unwrap_or(body);
        let last = trimmed.rfind('\n').map_or(0, |i| i + 1);
        let line = &trimmed[last..];
        let droppable = line.trim().is_empty() || line.starts_with('#');
        if last == 0 || !droppable {
            break;
        }
        end = start + last;
    }
    // The range must hold exactly the entry: parsing it alone gives the same tree.
    let alone = parser::parse(&text[start..end]).ok()?;
    let same = match (alone.body.as_slice(), &res.body[i]) {
        ([ast::Entry::Message(a)], ast::Entry::Message(b)) => {
            a.value == b.value && a.attributes == b.attributes
        }
        ([ast::Entry::Term(a)], ast::Entry::Term(b)) => {
            a.value == b.value && a.attributes == b.attributes
        }
        _ => false,
    };
    same.then_some(start..end)
}

/// Where a new entry goes in a translation's file, and its text: in place of sync's
/// commented copy of it, else after the entry of this file that precedes it in the
/// source, else at the end.
fn insertion(
    text: &str,
    id: &str,
    sloc: Option<crate::l10n::index::Loc>,
    src: &Index,
    entry_text: String,
) -> (Range<usize>, String) {
    let entry_text = if text.contains("\r\n") {
        entry_text.replace('\n', "\r\n")
    } else {
        entry_text
    };
    let res = match parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    // Sync's copy: a comment whose first line is the mark and whose second starts the
    // entry (`id =`).
    for entry in &res.body {
        if let ast::Entry::Comment(c) = entry {
            if sync::is_missing_copy(c, id) {
                let start = line_start(text, offset_in(text, c.content[0]));
                let last = c.content[c.content.len() - 1];
                let end_of_last = offset_in(text, last) + last.len();
                let end = text[end_of_last..]
                    .find('\n')
                    .map_or(text.len(), |i| end_of_last + i + 1);
                return (start..end, entry_text);
            }
        }
    }
    // After the nearest preceding source entry this file has.
    if let Some(sloc) = sloc {
        let file = src.file(sloc);
        for e in file.entries[..sloc.entry].iter().rev() {
            if let Some(r) = entry_range(text, &e.id, e.is_term) {
                return (r.end..r.end, entry_text);
            }
        }
    }
    let mut t = entry_text;
    if !text.is_empty() && !text.ends_with('\n') {
        t.insert(0, '\n');
    }
    (text.len()..text.len(), t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_ranges_end_before_the_next_comment() {
        let text = "# c\na = A\n    continued\n\n# next\nb =\n    { $n ->\n       *[x] X\n    }\n\n## G\n";
        let a = entry_range(text, "a", false).unwrap();
        assert_eq!(&text[a], "a = A\n    continued\n");
        let b = entry_range(text, "b", false).unwrap();
        assert_eq!(&text[b], "b =\n    { $n ->\n       *[x] X\n    }\n");
        assert!(entry_range(text, "c", false).is_none());
    }

    #[test]
    fn segment_text_keeps_its_spaces_and_lines() {
        let src = "x = { \"\" } a\n    b { -t } { \"\" }\n".to_string();
        let els = segment_elements(&src).unwrap();
        let text: String = els
            .iter()
            .map(|e| match e {
                ast::PatternElement::TextElement { value } => value.to_string(),
                ast::PatternElement::Placeable { .. } => "{}".into(),
            })
            .collect();
        assert_eq!(text, " a\nb {} ");
        assert!(segment_elements("x = { \"\" }a { { \"\" }\n").is_err());
    }
}
