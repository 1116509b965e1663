//! An edit of one message from the editor: the entry the translator typed (`id = …`,
//! with its attributes), parsed by fluent-syntax, put in place of the message in its
//! `.ftl` file (its comment kept), the file set in the canonical layout of `silkpress
//! fmt`; then, once written, the lock file as `silkpress sync` writes it.
//!
//! Nothing is written here: [`edit`] returns the new text of the file and the text the
//! file had when it was read, so the caller can refuse to overwrite a file that
//! changed on disk in between.

use std::path::PathBuf;

use fluent_syntax::{ast, parser, serializer};

use crate::diag::DiagResult;
use crate::l10n::fmt::format_text;
use crate::l10n::lock::{fingerprint, LOCK_FILE};
use crate::l10n::sync;
use crate::project::{Project, LOCALES_DIR};

/// A file to write.
#[derive(Debug)]
pub struct Change {
    /// Where, on disk.
    pub path: PathBuf,
    /// Where, as shown (`locales/ru/chapter-1.ftl`).
    pub display: PathBuf,
    /// The new text.
    pub text: String,
    /// The text the file had when the project was read (its byte-order mark aside);
    /// `None` for a new file. The caller writes only while the file still holds it.
    pub was: Option<String>,
}

/// Why an edit was not made.
#[derive(Debug, PartialEq, Eq)]
pub enum EditError {
    /// The entry typed does not parse: the first error, at a one-based line and column
    /// (in characters) of the entry.
    Syntax {
        /// Line in the typed entry.
        line: usize,
        /// Column in the typed entry.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// The edit cannot be made, and why (a usage problem, not a syntax error).
    Refused(String),
}

/// The one-based line and column (in characters) of byte `offset` of `text`.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

/// The file change that sets message `id` of locale `tag` to `entry` (FTL: `id = …`
/// and its attributes; a comment typed above it replaces the message's comment,
/// otherwise the old comment stays). A message the locale lacks goes in place of the
/// commented copy `sync` left of it, else at the end of the locale's file that mirrors
/// the source file holding it (created if need be).
///
/// ```
/// use silkpress::serve::edit::{parse_entry, EditError};
/// assert!(parse_entry("hello = Hi", "hello").is_ok());
/// let Err(EditError::Syntax { line, column, .. }) = parse_entry("hello = {", "hello")
/// else { panic!() };
/// assert_eq!((line, column), (1, 10));
/// ```
pub fn edit(
    project: &Project,
    tag: &str,
    id: &str,
    entry: &str,
) -> Result<Change, EditError> {
    let source = project.source_locale();
    if source.locale.tag == tag {
        return Err(EditError::Refused(format!(
            "`{tag}` is the source locale; serve edits translations (edit the source in \
             its files or with `silkpress import`)"
        )));
    }
    let Some(target) = project.locale(tag) else {
        return Err(EditError::Refused(format!(
            "no locale `{tag}`; create it with `silkpress new-locale {tag}`"
        )));
    };
    if source.find(id, false).is_none() {
        return Err(EditError::Refused(format!(
            "the source locale has no message `{id}`"
        )));
    }
    let message = parse_entry(entry, id)?;
    let display_dir = PathBuf::from(LOCALES_DIR).join(tag);
    // The file holding the message, else the one mirroring the source's file.
    let (rel, was) = match target.find(id, false) {
        Some((f, _)) => (f.rel.clone(), Some(project.sources.text(f.file))),
        None => {
            let rel = source
                .find(id, false)
                .map(|(f, _)| f.rel.clone())
                .unwrap_or_default();
            let was = target
                .files
                .iter()
                .find(|f| f.rel == rel)
                .map(|f| project.sources.text(f.file));
            (rel, was)
        }
    };
    let display = display_dir.join(&rel);
    let old_text = was.unwrap_or("");
    let header = sync::header(&target.locale);
    let mut resource = parser::parse(old_text).map_err(|(_, errors)| {
        EditError::Refused(format!(
            "{} has {} syntax error(s); fix them first (`silkpress check` shows where)",
            display.display(),
            errors.len()
        ))
    })?;
    if was.is_none() {
        resource
            .body
            .push(ast::Entry::ResourceComment(ast::Comment {
                content: vec![header.as_str()],
            }));
    }
    let at = resource
        .body
        .iter()
        .position(|e| matches!(e, ast::Entry::Message(m) if m.id.name == id));
    match at {
        Some(i) => {
            let ast::Entry::Message(old) = &resource.body[i] else {
                unreachable!("found as a message")
            };
            let mut new = message;
            if new.comment.is_none() {
                new.comment = old.comment.clone();
                // A changed translation is no longer stale: the note of its source's
                // change that `sync` wrote goes (the translator's own lines stay).
                let changed = fingerprint(&ast::Entry::Message(old.clone()))
                    != fingerprint(&ast::Entry::Message(new.clone()));
                if changed {
                    if let Some(c) = &mut new.comment {
                        c.content.retain(|l| !sync::is_stale_line(l));
                    }
                    if new.comment.as_ref().is_some_and(|c| c.content.is_empty()) {
                        new.comment = None;
                    }
                }
            }
            resource.body[i] = ast::Entry::Message(new);
        }
        // In place of sync's commented copy of it, as `xliff import` puts it.
        None => match resource.body.iter().position(
            |e| matches!(e, ast::Entry::Comment(c) if sync::is_missing_copy(c, id)),
        ) {
            Some(i) => resource.body[i] = ast::Entry::Message(message),
            None => resource.body.push(ast::Entry::Message(message)),
        },
    }
    let text =
        format_text(&serializer::serialize(&resource)).map_err(EditError::Refused)?;
    Ok(Change {
        path: target.dir.join(&rel),
        display,
        text,
        was: was.map(str::to_string),
    })
}

/// The message `id` of an entry typed in the editor, or why it is not one: the first
/// syntax error at its line and column, or an entry that is not exactly that message.
pub fn parse_entry<'s>(
    entry: &'s str,
    id: &str,
) -> Result<ast::Message<&'s str>, EditError> {
    // A character the edition refuses to print (`check`'s control-character and
    // bidi-control) is refused here, at its place, not written for the build to stop on.
    use crate::l10n::resolve::{is_control_at, is_override};
    if let Some((at, c)) = entry
        .char_indices()
        .find(|&(at, c)| is_control_at(entry, at, c) || is_override(c))
    {
        let (line, column) = line_col(entry, at);
        let what = if !is_override(c) {
            "a control character"
        } else {
            "a bidi embedding or override (a \"Trojan source\" risk; use an isolate or LRM/RLM)"
        };
        return Err(EditError::Syntax {
            line,
            column,
            message: format!("U+{:04X} is {what}; remove it", c as u32),
        });
    }
    let resource = parser::parse(entry).map_err(|(_, errors)| {
        let first = &errors[0];
        let (line, column) = line_col(entry, first.pos.start);
        EditError::Syntax {
            line,
            column,
            message: first.kind.to_string(),
        }
    })?;
    let mut messages = Vec::new();
    for e in resource.body {
        match e {
            ast::Entry::Message(m) => messages.push(m),
            ast::Entry::Comment(_) | ast::Entry::Junk { .. } => {
                return Err(EditError::Refused(
                    "type only the message (`id = …`, its attributes, and a `#` comment \
                     right above it if any)"
                        .into(),
                ))
            }
            ast::Entry::Term(t) => {
                return Err(EditError::Refused(format!(
                    "`-{}` is a term; edit message `{id}` here",
                    t.id.name
                )))
            }
            ast::Entry::GroupComment(_) | ast::Entry::ResourceComment(_) => {
                return Err(EditError::Refused(
                    "group and file comments (`##`, `###`) belong in the file, not in a \
                     message"
                        .into(),
                ))
            }
        }
    }
    match messages.len() {
        1 if messages[0].id.name == id => Ok(messages.remove(0)),
        1 => Err(EditError::Refused(format!(
            "the entry defines `{}`; this editor edits `{id}` (keep its ID)",
            messages[0].id.name
        ))),
        0 => Err(EditError::Refused(format!(
            "nothing to save: type the message as `{id} = …`"
        ))),
        n => Err(EditError::Refused(format!(
            "the entry defines {n} messages; type only `{id}`"
        ))),
    }
}

/// The lock file of locale `tag` as `silkpress sync` would write it for `project` (read
/// after an edit was written), or `None` when it already holds that. Only the lock:
/// the commented copies sync adds to the `.ftl` files are left to `sync`.
pub fn lock(project: &Project, tag: &str) -> DiagResult<Option<(PathBuf, String)>> {
    let source = project.source_locale();
    let Some(target) = project.locale(tag) else {
        return Ok(None);
    };
    let display = PathBuf::from(LOCALES_DIR).join(tag);
    let out = sync::sync(
        &project.sources,
        source,
        Some(target),
        &target.locale,
        &target.dir,
        &display,
    )?;
    Ok(out
        .files
        .into_iter()
        .find(|(p, _)| p.file_name().is_some_and(|n| n == LOCK_FILE)))
}

/// An edit error as a diagnostic-free sentence, for the editor.
impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EditError::Syntax {
                line,
                column,
                message,
            } => write!(f, "syntax error at {line}:{column}: {message}"),
            EditError::Refused(why) => f.write_str(why),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_point_at_their_line_and_column() {
        let e = parse_entry("hello = Hi\n  there }", "hello").unwrap_err();
        let EditError::Syntax { line, column, .. } = e else {
            panic!("{e:?}")
        };
        assert_eq!((line, column), (2, 9));
        // Columns count characters, not bytes.
        let e = parse_entry("hello = Текст { $x", "hello").unwrap_err();
        assert!(
            matches!(
                e,
                EditError::Syntax {
                    line: 1,
                    column: 19,
                    ..
                }
            ),
            "{e:?}"
        );
    }

    #[test]
    fn control_characters_and_overrides_are_refused_at_their_place() {
        for (entry, at) in [
            ("hello = a\u{7}b", (1, 10)),
            ("hello =\n    line \u{1b}[31m", (2, 10)),
            ("hello = \u{202E}olleh", (1, 9)),
        ] {
            let Err(EditError::Syntax { line, column, .. }) = parse_entry(entry, "hello")
            else {
                panic!("{entry:?} was accepted");
            };
            assert_eq!((line, column), at, "{entry:?}");
        }
        // Isolates and marks, which right-to-left text needs, are kept.
        assert!(parse_entry("hello = \u{2068}x\u{2069} \u{200F}", "hello").is_ok());
    }

    #[test]
    fn another_id_or_two_messages_are_refused() {
        assert!(matches!(
            parse_entry("other = Hi", "hello"),
            Err(EditError::Refused(_))
        ));
        assert!(matches!(
            parse_entry("hello = Hi\nhello2 = Ho", "hello"),
            Err(EditError::Refused(_))
        ));
        assert!(matches!(
            parse_entry("", "hello"),
            Err(EditError::Refused(_))
        ));
    }

    #[test]
    fn a_comment_above_the_message_is_its_comment() {
        let m = parse_entry("# note\nhello = Hi", "hello").unwrap();
        assert_eq!(m.comment.unwrap().content, vec!["note"]);
    }
}
