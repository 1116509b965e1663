//! The diagnostic codes: every problem silkpress reports, each with its stable kebab-case
//! name (what JSON, SARIF and the short line print), its default severity, its exit
//! class, what it means and what to do about it.
//!
//! The exit status of a command follows from the codes of its errors alone
//! ([`ExitClass::of`]): the JSON schema (`docs/check.schema.json`) and the README's
//! table of codes list exactly [`Code::ALL`], which a test checks.

use std::fmt;

use serde::Serialize;

use super::Severity;

/// Who has to act on an error, which decides the exit status: `1` for content (the
/// translations, the report's text), `2` for everything about how the command was run
/// or what it runs on. Ordered by weight: when a command has errors of several classes,
/// the highest wins, so a usage error is never hidden by a content error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ExitClass {
    /// The input's content is wrong (bad FTL, a missing message, broken markup): exit 1.
    Content,
    /// The command line asks for something that does not exist: exit 2.
    Usage,
    /// A configuration file (style, structure, lock, locale settings) is malformed:
    /// exit 2.
    Config,
    /// A file cannot be read (or is not what it should be, as a broken font): exit 2.
    Io,
    /// silkpress itself failed (the PDF writer refused its own output): exit 2.
    Internal,
}

impl ExitClass {
    /// The process exit status of a command failing with this class.
    pub fn exit_code(self) -> u8 {
        match self {
            ExitClass::Content => 1,
            ExitClass::Usage
            | ExitClass::Config
            | ExitClass::Io
            | ExitClass::Internal => 2,
        }
    }

    /// The class of a set of diagnostics: the highest class of its errors (warnings do
    /// not count), `None` when there is no error.
    pub fn of<'a>(
        diags: impl IntoIterator<Item = &'a super::Diagnostic>,
    ) -> Option<Self> {
        diags
            .into_iter()
            .filter(|d| d.is_error())
            .map(|d| d.code.exit_class())
            .max()
    }
}

/// Declares [`Code`] from one row per code: variant, name, default severity, exit class,
/// what it means, what to do.
macro_rules! codes {
    ($(
        $(#[$doc:meta])*
        $variant:ident = $name:literal, $severity:ident, $class:ident,
            $what:literal, $help:literal;
    )*) => {
        /// A diagnostic code. Its name is stable: scripts and code hosts match on it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($(#[$doc])* $variant,)*
        }

        impl Code {
            /// Every code, in the order the README and the SARIF rules list them.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The stable kebab-case name (`missing-message`).
            pub fn name(self) -> &'static str {
                match self { $(Code::$variant => $name,)* }
            }

            /// The severity this code is reported with, unless a context says otherwise
            /// (`bad-locale` is a warning in a foreign FTL tree).
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// Which exit status an error with this code leads to.
            pub fn exit_class(self) -> ExitClass {
                match self { $(Code::$variant => ExitClass::$class,)* }
            }

            /// What the code means, in one line.
            pub fn what(self) -> &'static str {
                match self { $(Code::$variant => $what,)* }
            }

            /// What to do about it, in one line.
            pub fn help(self) -> &'static str {
                match self { $(Code::$variant => $help,)* }
            }
        }
    };
}

codes! {
    // ---- Reading the project --------------------------------------------------------
    /// The FTL parser rejected an entry.
    SyntaxError = "syntax-error", Error, Content,
        "the FTL parser rejected an entry (it is skipped)",
        "fix the entry's syntax at the position shown";
    /// A file is not valid UTF-8.
    InvalidUtf8 = "invalid-utf8", Error, Content,
        "a file is not valid UTF-8",
        "save the file as UTF-8";
    /// A file or directory could not be read, listed or written.
    IoError = "io-error", Error, Io,
        "a file or directory could not be read",
        "check that the path exists and can be read";
    /// A configuration file is malformed: the style, the report structure, a lock file
    /// or a locale's settings.
    ConfigError = "config-error", Error, Config,
        "a style, structure, settings or lock file is malformed",
        "fix the file at the position shown (compare with the repository's copy)";
    /// A font file of the style is missing, cannot be read or is not a usable font.
    FontUnreadable = "font-unreadable", Error, Io,
        "a font file of templates/style.toml is missing, unreadable or not a font",
        "restore fonts/ from git, or fix the path under [faces] in templates/style.toml";
    /// A locale directory is not named by a BCP 47 tag.
    BadLocale = "bad-locale", Error, Content,
        "a locale directory is not named by a BCP 47 tag",
        "rename the directory to its BCP 47 tag (en, zh-CN, kk)";
    /// A locale asked for, or the source locale, has no directory.
    UnknownLocale = "unknown-locale", Error, Usage,
        "a locale asked for, or the source locale, has no directory",
        "check the tag, or create the locale with `silkpress new-locale`";
    /// A locale is written in a script the language registry has no row for.
    UnknownScript = "unknown-script", Error, Config,
        "a locale is written in a script with no fonts or rules (no row in lang::registry)",
        "add the script to lang::registry::SCRIPTS and a font stack to templates/style.toml";
    /// The report structure or a renderer names a message the source locale lacks.
    UnknownMessage = "unknown-message", Error, Content,
        "the report structure names a message the source lacks",
        "add the message to the source locale, or fix the ID";
    /// Inline markup is unknown or unbalanced.
    MarkupError = "markup-error", Error, Content,
        "inline markup is unknown or unbalanced",
        "use only the tags the README lists, each closed";

    // ---- Comparing a locale with the source ----------------------------------------
    /// A file of the source locale is missing from a translation.
    MissingFile = "missing-file", Error, Content,
        "a file of the source locale is missing",
        "create it with `silkpress sync <locale>`";
    /// A message of the source is not translated.
    MissingMessage = "missing-message", Error, Content,
        "a message of the source is not translated",
        "translate it (`silkpress sync <locale>` adds it as a comment)";
    /// A term of the source is not translated.
    MissingTerm = "missing-term", Error, Content,
        "a term of the source is not translated",
        "translate it (`silkpress sync <locale>` adds it as a comment)";
    /// The source message has a value, the translation none.
    MissingValue = "missing-value", Error, Content,
        "the source message has a value, the translation none",
        "give the translation a value";
    /// The translation has a value, the source message none.
    ExtraValue = "extra-value", Error, Content,
        "the translation has a value, the source message none",
        "remove the value: the source has attributes only";
    /// An attribute of the source is not translated.
    MissingAttribute = "missing-attribute", Error, Content,
        "an attribute of the source is not translated",
        "translate the attribute";
    /// An ID is defined twice in a locale.
    DuplicateId = "duplicate-id", Error, Content,
        "an ID is defined twice in a locale",
        "remove or rename one definition (the first one wins)";
    /// A term and a message share a name.
    IdCollision = "id-collision", Error, Content,
        "a term and a message share a name (one namespace in fluent-bundle)",
        "rename the term or the message";
    /// The translation uses a variable the source does not offer.
    UnknownVariable = "unknown-variable", Error, Content,
        "the translation uses a variable the source does not offer",
        "use only the source message's variables";
    /// A reference to a message, term or attribute that does not exist.
    UnknownReference = "unknown-reference", Error, Content,
        "a reference to a message, term or attribute that does not exist",
        "define what it references, or fix the reference";
    /// Messages or terms reference each other in a cycle.
    CyclicReference = "cyclic-reference", Error, Content,
        "messages or terms reference each other in a cycle",
        "break the cycle: a message cannot contain itself";
    /// The translation drops or adds inline markup.
    MarkupMismatch = "markup-mismatch", Error, Content,
        "the translation drops or adds inline markup",
        "keep the source's tags (or allow dropping them with `dropped-markup`)";
    /// No font of the style can draw a character.
    MissingGlyph = "missing-glyph", Error, Content,
        "no font of the edition can draw a character",
        "replace the character, or add a face that covers it to templates/style.toml";
    /// A message the source no longer has.
    ObsoleteMessage = "obsolete-message", Warning, Content,
        "a message the source no longer has",
        "remove it (`silkpress sync <locale>` marks it)";
    /// A term the source no longer has.
    ObsoleteTerm = "obsolete-term", Warning, Content,
        "a term the source no longer has",
        "remove it (`silkpress sync <locale>` marks it)";
    /// An attribute the source message does not have.
    ObsoleteAttribute = "obsolete-attribute", Warning, Content,
        "an attribute the source message does not have",
        "remove the attribute";
    /// The translation drops a variable of the source.
    DroppedVariable = "dropped-variable", Warning, Content,
        "the translation drops a variable of the source",
        "use it, unless the language really has no place for it";
    /// A number of the source is not in the translation.
    NumberMismatch = "number-mismatch", Warning, Content,
        "a number of the source is not in the translation",
        "check the number against the source";
    /// The translation is identical to the source.
    IdenticalToSource = "identical-to-source", Warning, Content,
        "the translation is identical to the source",
        "translate it, or allow it if it is the same in both languages";
    /// A plural select misses a CLDR category of the locale.
    MissingPluralCategory = "missing-plural-category", Warning, Content,
        "a plural select misses a CLDR category of the locale",
        "add a variant for the category";
    /// The source changed after the message was translated.
    StaleTranslation = "stale-translation", Warning, Content,
        "the source changed after the message was translated",
        "review the translation, then run `silkpress sync <locale>`";
    /// The build would show the source locale's text.
    Fallback = "fallback", Warning, Content,
        "the build would show the source locale's text",
        "translate the messages listed";
    /// A file starts with a UTF-8 byte-order mark.
    Utf8Bom = "utf8-bom", Warning, Content,
        "a file starts with a UTF-8 byte-order mark",
        "run `silkpress fmt` to remove it";
    /// A file has CRLF line endings.
    CrlfLineEndings = "crlf-line-endings", Warning, Content,
        "a file has CRLF line endings",
        "run `silkpress fmt` to convert them";
    /// A file defines nothing.
    EmptyFile = "empty-file", Warning, Content,
        "a file defines nothing",
        "delete it, or add its messages";

    // ---- Building the editions ------------------------------------------------------
    /// Fluent could not format a message.
    FormatError = "format-error", Error, Content,
        "a message could not be formatted (Fluent reported an error)",
        "fix the message at the position shown";
    /// A word is wider than the measure and was broken without a hyphen.
    OverfullLine = "overfull-line", Warning, Content,
        "a word is wider than the line and was broken without a hyphen",
        "shorten the word, or give it a break opportunity";
    /// The contents' page numbers did not settle: the contents may show a wrong page.
    TocUnstable = "toc-unstable", Warning, Content,
        "the table of contents' page numbers did not settle after repeated passes",
        "shorten the contents' entries, or report the document so the fixpoint can be fixed";
    /// A Markdown construct the document model cannot hold (`import`).
    UnsupportedMarkdown = "unsupported-markdown", Error, Content,
        "a Markdown construct the document model cannot hold (table, image, code, link…)",
        "rewrite it as paragraphs, headings, block quotes or bullet lists";
    /// A Markdown document with no block to import.
    EmptyDocument = "empty-document", Error, Content,
        "the Markdown document has no block to import",
        "import a document with at least one heading or paragraph";
    /// A block that `export` cannot write so that `import` reads it back the same.
    ExportLossy = "export-lossy", Warning, Content,
        "a block would not read back from Markdown exactly as it is",
        "check the block in the exported file (an emphasis Markdown cannot spell)";
    /// A bug: an invariant of silkpress did not hold.
    InternalError = "internal-error", Error, Internal,
        "an invariant of silkpress did not hold (a bug)",
        "report it with the input that caused it";
    /// An HTML template does not compile or fails to render.
    TemplateError = "template-error", Error, Content,
        "an HTML template does not compile or fails to render",
        "fix the template at the position shown";
    /// The PDF does not meet the requested PDF/A standard.
    PdfStandard = "pdf-standard", Error, Content,
        "the PDF does not meet the requested standard",
        "build without --pdf-standard, or report this as a bug";
    /// The PDF writer failed.
    PdfError = "pdf-error", Error, Internal,
        "the PDF writer failed",
        "report this as a bug";
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_kebab_case() {
        let mut seen = std::collections::BTreeSet::new();
        for code in Code::ALL {
            let name = code.name();
            assert!(seen.insert(name), "{name} twice");
            assert!(
                !name.is_empty()
                    && !name.starts_with('-')
                    && !name.ends_with('-')
                    && !name.contains("--")
                    && name.chars().all(|c| c.is_ascii_lowercase()
                        || c.is_ascii_digit()
                        || c == '-'),
                "{name} is not kebab-case"
            );
            assert!(!code.what().is_empty() && !code.help().is_empty(), "{name}");
        }
    }

    #[test]
    fn content_exits_1_and_every_other_class_2() {
        assert_eq!(Code::MissingMessage.exit_class().exit_code(), 1);
        assert_eq!(Code::MissingGlyph.exit_class().exit_code(), 1);
        for code in [
            Code::IoError,
            Code::ConfigError,
            Code::FontUnreadable,
            Code::UnknownLocale,
            Code::PdfError,
        ] {
            assert_eq!(code.exit_class().exit_code(), 2, "{code}");
        }
    }

    #[test]
    fn the_highest_class_of_the_errors_wins() {
        use super::super::Diagnostic;
        let content = Diagnostic::error(Code::SyntaxError, "x");
        let usage = Diagnostic::error(Code::UnknownLocale, "y");
        let warning = Diagnostic::warning(Code::IoError, "z");
        assert_eq!(
            ExitClass::of([&usage, &content]),
            Some(ExitClass::Usage),
            "a usage error is never hidden by a content error"
        );
        assert_eq!(ExitClass::of([&content, &usage]), Some(ExitClass::Usage));
        assert_eq!(
            ExitClass::of([&content, &warning]),
            Some(ExitClass::Content),
            "warnings do not count"
        );
        assert_eq!(ExitClass::of([&warning]), None);
    }
}
