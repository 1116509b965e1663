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

    // ---- Hostile inputs -------------------------------------------------------------
    /// An input is not a regular file inside the project, or is too large.
    RefusedInput = "refused-input", Error, Io,
        "an input is not a regular file inside the project (a link out of it, a FIFO, a device, a folder) or exceeds its size limit",
        "replace it by a regular file inside the project, of a sensible size";
    /// Placeables nest deeper than the limit (the file is not parsed).
    TooDeep = "too-deep", Error, Content,
        "placeables nest deeper than the limit of 100 (the file is not read)",
        "flatten the message: no text needs such nesting";
    /// A message uses a variable the build does not supply.
    UnsuppliedVariable = "unsupplied-variable", Error, Content,
        "a message uses a `$variable` the build does not supply (only `ui-page` has `$page`)",
        "write the text itself: report text has no variables";
    /// A message has more placeables than Fluent formats.
    TooManyPlaceables = "too-many-placeables", Error, Content,
        "a message has more placeables than Fluent formats (100)",
        "split the message, or write literal text";
    /// A message contains a control character.
    ControlCharacter = "control-character", Error, Content,
        "a message contains a control character (BEL, ESC, NUL…), named by its code point",
        "remove it";
    /// A string literal's escape names no character.
    InvalidEscape = "invalid-escape", Error, Content,
        "a string literal's `\\u`/`\\U` escape names no character (a surrogate U+D800–U+DFFF, or past U+10FFFF): Fluent reads it as U+FFFD, the replacement character",
        "write the escape of the character meant (U+0000–U+10FFFF, not a surrogate), or the character itself";
    /// A message contains a bidi override or embedding, or an unbalanced isolate.
    BidiControl = "bidi-control", Error, Content,
        "a bidi embedding or override (U+202A–U+202E), or an unbalanced isolate (U+2066–U+2069): a \"Trojan source\" risk",
        "remove it; balanced isolates and LRM/RLM/ALM are allowed";
    /// A locale directory (or an XLIFF file's language) is named by a tag in another
    /// case or with `_`.
    NonCanonicalLocale = "non-canonical-locale", Warning, Content,
        "a locale directory's tag (or an XLIFF file's srcLang/trgLang) is not in canonical form (`EN`, `zh_CN`): it is read as `en`, `zh-CN`",
        "rename the directory to its canonical tag";
    // ---- check on real Fluent trees (issue 17) ----------------------------------------
    /// A file of the locale the source does not have.
    ObsoleteFile = "obsolete-file", Warning, Content,
        "a file the source locale does not have",
        "delete it, or move its messages to a file of the source";
    /// In a bare tree, the translation's elements differ from the source's.
    MarkupDiffers = "markup-differs", Warning, Content,
        "the translation's HTML elements or data-l10n-names differ from the source's, \
         or are unbalanced where the source's are balanced",
        "keep the source's elements and their data-l10n-name attributes";
    /// An attribute defined twice in one message or term.
    DuplicateAttribute = "duplicate-attribute", Warning, Content,
        "an attribute is defined twice in one message or term: only the first is used",
        "delete or rename the repeated attribute";
    /// A variant key repeated in one select expression.
    DuplicateVariant = "duplicate-variant", Warning, Content,
        "a variant key is repeated in one select expression: only the first is selected",
        "delete or correct the repeated variant";
    /// The translation drops a message or term reference of the source.
    DroppedReference = "dropped-reference", Warning, Content,
        "the translation drops a message or term reference of the source",
        "write the reference where the source does, rather than its text";
    /// compare-locales' configuration includes a file it has read already.
    RepeatedInclude = "repeated-include", Warning, Config,
        "an l10n.toml includes a file it has included already: the file is read once",
        "include each file from one place only";
    /// A plural variant the locale's CLDR rules never select.
    UnreachablePluralCategory = "unreachable-plural-category", Warning, Content,
        "a plural variant names a category the locale's CLDR rules never select",
        "move its text to a category the language has";
    /// A chapter title too wide for the running head, with no short form that fits.
    RunningHeadTooLong = "running-head-too-long", Warning, Content,
        "a chapter title (or its `.short` form) is too wide for the running head, which \
         then shows the report's running title alone",
        "give the title a `.short` attribute that fits, e.g. `    .short = Chapter One: Results`";
    /// `xliff import`: the file is not well-formed XLIFF 2.x or 1.2, or is refused as
    /// hostile (a DOCTYPE or entity, too deep, too large).
    XliffInvalid = "xliff-invalid", Error, Content,
        "the XLIFF file is malformed, not XLIFF 2.x or 1.2, or refused as hostile",
        "export it again with `silkpress xliff export`, or repair it in the CAT tool";
    /// `xliff import`: a unit or segment names no message, attribute, term or variant.
    XliffUnknownId = "xliff-unknown-id", Error, Content,
        "a unit or segment ID of the XLIFF file is not in the source",
        "do not change unit IDs; export again if the source changed";
    /// `xliff import`: an inline code is unknown, deleted where it may not be, or
    /// unbalanced.
    XliffInlineCode = "xliff-inline-code", Error, Content,
        "an inline code of a target is unknown, deleted though protected, or unbalanced",
        "keep the codes the CAT tool shows as tags as they are in the source";
    /// `xliff import`: a select is translated in part, or a term would have no value.
    XliffIncomplete = "xliff-incomplete", Error, Content,
        "a translation is incomplete: a variant of a select has no target",
        "translate every segment of the unit";
    /// `xliff import`: whitespace a target holds that Fluent cannot: a target of only
    /// spaces or newlines (taken as not translated), a newline at the start or end of a
    /// value, attribute or variant (dropped).
    XliffWhitespace = "xliff-whitespace", Warning, Content,
        "a target's whitespace cannot be kept: a target of only whitespace is taken as not \
         translated, a newline at the start or end of a text is dropped",
        "type the translation, or leave the target empty; break lines inside the text only";
    /// `xliff import`: the file's languages are not this project's.
    XliffLocale = "xliff-locale", Error, Usage,
        "the XLIFF file's source or target language is not the project's",
        "import the file into the project it was exported from";

    // issue 22: `check --layout`, problems of the typeset page, each keyed to the
    // message that causes it and the PDF page it shows on.
    /// A justified line stretched beyond the tolerance of `[layout-check] max-stretch`.
    LooseLine = "loose-line", Warning, Content,
        "a justified line is stretched beyond the tolerance: its word spaces gape",
        "reword so that the next line's first word (named) fits or divides, or allow it \
         to divide (a shorter word, a hyphenated compound); raise `max-stretch` in \
         templates/style.toml [layout-check] to accept it";
    /// A heading, cover line or contents entry that wraps to more lines than its style
    /// allows, or does not fit its box.
    TitleTooLong = "title-too-long", Warning, Content,
        "a heading, cover line or contents entry wraps to more lines than its style \
         allows, or does not fit its place on the page",
        "shorten the title, or raise the limit in templates/style.toml [layout-check]";
    /// A heading left as the last thing on a page, its text on the next.
    HeadingAtPageFoot = "heading-at-page-foot", Warning, Content,
        "a heading is left at the foot of a page, away from the text it heads",
        "shorten the heading or the text before it so the heading moves with its text";
    /// A paragraph with a single line left at a page foot or carried to the next page.
    WidowOrOrphan = "widow-or-orphan", Warning, Content,
        "pagination could not avoid a single line of a paragraph alone at the foot \
         (orphan) or the head (widow) of a page",
        "shorten or lengthen the paragraph (or the one before it) by a line";
    /// A chapter whose page count grew past the ratio against the source edition.
    ChapterGrew = "chapter-grew", Warning, Content,
        "a chapter takes many more pages than in the source edition: an inflated or \
         duplicated translation",
        "compare the chapter's messages with the source (the hint names those that grew \
         most); the threshold is `chapter-growth` in templates/style.toml [layout-check]";
    /// A character of a strong script drawn from a fallback face of another script.
    FallbackFace = "fallback-face", Warning, Content,
        "characters are drawn from a fallback face of another script's stack, so they \
         do not match the text around them",
        "use the script's own characters (a look-alike from another script is a typo), \
         or add a face that covers them to the script's stack in templates/style.toml";
    // issue 17 point 4: locale typography lints (`check::lints`), warnings, each
    // configurable per locale (`[lints] off = [...]` in locale.toml).
    /// A quotation mark the locale does not use, its inner pair used outermost, or a
    /// quotation left open or closed without opening (after expanding references).
    QuoteMarks = "quote-marks", Warning, Content,
        "a quotation mark is not the locale's, the inner pair stands outermost, or a \
         quotation is not closed (term and message references expanded)",
        "use the locale's marks (the language registry's outer and inner pair), inner ones \
         only inside a quotation";
    /// A quotation inside a quotation in the same marks, once references are expanded.
    NestedQuotes = "nested-quotes", Warning, Content,
        "a quotation opens inside a quotation of the same marks (term and message \
         references expanded: a term's quotes inside a quotation count)",
        "use the inner marks inside, e.g. a term's inner-quote variant `{ -bri(case: \"gen-q\") }`";
    /// A plain space between a number and a unit, scale word or `%` the locale ties to it.
    MissingNbsp = "missing-nbsp", Warning, Content,
        "a plain space between a number and a unit, scale word or % that the locale ties \
         to it with a no-break space",
        "write U+00A0 (no-break space) between the number and the word";
    /// A full stop or comma inside a closing quotation mark where the locale puts it after.
    StopInsideQuote = "stop-inside-quote", Warning, Content,
        "a full stop or comma stands inside the closing quotation mark; the locale puts \
         it after («…».)",
        "move the punctuation after the closing mark";
    /// A Latin-script word in the running text of a locale written in another script.
    LatinWord = "latin-word", Warning, Content,
        "a Latin-script word in the running text of a locale written in another script \
         (an acronym in parentheses after the full name is allowed)",
        "write it in the locale's script, or list it in `[lints] latin-allowed` of \
         locale.toml";
    /// Two spaces in a row where the source has none.
    DoubleSpace = "double-space", Warning, Content,
        "the translation has two spaces in a row where the source has none",
        "delete the extra space";
    /// Leading or trailing whitespace that differs from the source's.
    EdgeWhitespace = "edge-whitespace", Warning, Content,
        "the translation starts or ends with whitespace the source does not, or the \
         reverse",
        "keep the source's leading and trailing whitespace";
    /// Sentence-final punctuation that differs from the source's.
    EndPunctuation = "end-punctuation", Warning, Content,
        "the translation ends with other punctuation than the source (full stop, \
         question or exclamation mark, colon, semicolon, ellipsis, or none)",
        "end it as the source does, in the locale's own marks (。 ؟ ؛ count as . ? ;)";
}

impl Code {
    /// Whether a load error of this code means a file there was not read (not UTF-8,
    /// refused, unreadable, nested too deep): a file that exists, so neither missing nor
    /// to be replaced.
    pub fn leaves_file_unread(self) -> bool {
        matches!(
            self,
            Code::IoError | Code::RefusedInput | Code::InvalidUtf8 | Code::TooDeep
        )
    }
}

impl Code {
    /// Whether `silkpress build` stops on an error of this code: loading, resolving,
    /// typesetting or writing an edition finds it itself, whatever `check` was told. A
    /// locale's `[[suppress]]` list therefore cannot accept such an error (`check`
    /// would pass a locale whose build then fails). The codes only `check` reports
    /// (`missing-message`, `unknown-reference`, `markup-mismatch`…) are not among them:
    /// the build falls back to the source, or reports what they lead to by its own code
    /// (`format-error`).
    pub fn stops_build(self) -> bool {
        matches!(
            self,
            // Loading: the locale's files, the source's, the structure, style and fonts.
            Code::SyntaxError
                | Code::InvalidUtf8
                | Code::IoError
                | Code::ConfigError
                | Code::FontUnreadable
                | Code::UnknownLocale
                | Code::UnknownScript
                | Code::UnknownMessage
                | Code::MarkupError
                | Code::RefusedInput
                | Code::TooDeep
                // Resolving: the bundle and each message shown, formatted as built.
                | Code::BadLocale
                | Code::DuplicateId
                | Code::IdCollision
                | Code::FormatError
                | Code::UnsuppliedVariable
                | Code::TooManyPlaceables
                | Code::ControlCharacter
                | Code::BidiControl
                // Typesetting and writing: the fonts, the templates, the PDF.
                | Code::MissingGlyph
                | Code::TemplateError
                | Code::PdfStandard
                | Code::PdfError
                | Code::InternalError
        )
    }
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
