//! Locale typography lints (issue 17 point 4): warnings about how a translation is set,
//! each with its own code, driven by the language registry (`lang::registry`: the
//! locale's quotation marks and [`Conventions`]) and run on each translated message's
//! text as a reader sees it — term and message references expanded ([`expand`]), so a
//! term's quotation marks inside a quotation count.
//!
//! - [`quotes`]: `quote-marks` (marks the locale does not use, the inner pair
//!   outermost, a quotation not closed) and `nested-quotes` (a quotation inside one of
//!   the same marks);
//! - [`spacing`]: `missing-nbsp` (a plain space between a number and a word the
//!   locale ties to it), `double-space`, `edge-whitespace` (as Weblate's "Double
//!   space", "Starting spaces", "Trailing space");
//! - [`punctuation`]: `stop-inside-quote` (a full stop or comma inside the closing
//!   mark where the locale puts it after) and `end-punctuation` (the sentence-final
//!   mark differs from the source's, as Weblate's "Mismatched full stop" and its
//!   question, exclamation, colon, semicolon and ellipsis checks);
//! - [`latin`]: `latin-word` (a Latin-script word in the running text of a locale
//!   written in another script, outside `[lints] latin-allowed`).
//!
//! A locale turns lints off with `[lints] off = ["latin-word"]` in its `locale.toml`
//! (in a project or a bare tree). Terms are not linted on their own (a term's variant
//! is a fragment: `[gen-q] инициативы „Пояс и путь“`), only where messages use them.
//! A locale whose language has no registry row gets the lints that compare with the
//! source only (spacing and end punctuation), not those that need its conventions.

pub mod expand;
pub mod latin;
pub mod punctuation;
pub mod quotes;
pub mod spacing;

use fluent_syntax::ast;

use crate::diag::{Code, Diagnostic};
use crate::l10n::index::{display_id, patterns, FxMap, Index, Loc, Pair};
use crate::lang::registry::{Conventions, Profile};
use crate::project::structure::BlockKind;
use crate::project::Structure;
use expand::Expanded;

/// Every lint code, in the order they are documented.
pub const CODES: &[Code] = &[
    Code::QuoteMarks,
    Code::NestedQuotes,
    Code::MissingNbsp,
    Code::StopInsideQuote,
    Code::LatinWord,
    Code::DoubleSpace,
    Code::EdgeWhitespace,
    Code::EndPunctuation,
];

/// What the lints of one locale need to know.
pub struct Setup<'a> {
    /// The language's row, when the registry knows the language in the locale's script.
    pub profile: Option<&'static Profile>,
    /// The locale's `[lints] off`, as codes.
    off: Vec<Code>,
    /// Words the locale writes in Latin letters on purpose.
    pub latin_allowed: &'a [String],
    /// In a project, the messages that are titles rather than sentences (headings,
    /// attributions, the cover's texts): a title may drop or add a full stop, as
    /// languages differ in whether headings take one.
    titles: std::collections::HashSet<&'a str>,
}

impl Setup<'_> {
    /// Whether a lint runs.
    pub fn on(&self, code: Code) -> bool {
        !self.off.contains(&code)
    }

    /// The language's conventions, if known.
    pub fn conventions(&self) -> Option<&'static Conventions> {
        self.profile.map(|p| &p.conventions)
    }
}

/// One message's pattern (value or attribute) with its source, as the lints see them.
pub struct Text<'a> {
    /// The translation, expanded.
    pub target: &'a Expanded<'a>,
    /// The source, expanded.
    pub source: &'a Expanded<'a>,
}

/// Where a lint's finding goes: the locale's diagnostics, pointed into the message.
pub struct Sink<'a, 'o> {
    /// The target locale.
    pub tgt: &'a Index<'a>,
    /// The message.
    pub loc: Loc,
    /// The attribute, if not the value.
    pub attr: Option<&'a str>,
    /// The output.
    pub out: &'o mut Vec<Diagnostic>,
}

impl Sink<'_, '_> {
    /// Reports `message` at `range` of the expanded target text.
    pub fn report(
        &mut self,
        text: &Expanded<'_>,
        range: std::ops::Range<usize>,
        code: Code,
        message: String,
        hint: &str,
    ) {
        let part = self
            .attr
            .map(|a| format!(" (attribute `.{a}`)"))
            .unwrap_or_default();
        let entry = self.tgt.entry(self.loc);
        let at = text.source_range(range);
        self.out.push(
            Diagnostic::warning(code, format!("{message}{part}"))
                .at(self.tgt.span_at(self.loc, at))
                .locale(self.tgt.tag())
                .id(display_id(&entry.id, entry.is_term))
                .hint(hint),
        );
    }
}

/// Reads a locale's lint settings: an unknown code in `off` is a `config-error`.
pub fn setup<'a>(
    data: &'a crate::project::locales::LocaleData,
    structure: Option<&'a Structure>,
    settings_file: &std::path::Path,
) -> Result<Setup<'a>, Diagnostic> {
    let mut off = Vec::new();
    for name in &data.settings.lints.off {
        match CODES.iter().find(|c| c.name() == name) {
            Some(&c) => off.push(c),
            None => {
                return Err(Diagnostic::error(
                    Code::ConfigError,
                    format!("`[lints] off` names `{name}`, which is not a lint"),
                )
                .in_file(settings_file)
                .locale(&data.locale.tag)
                .hint(format!(
                    "the lints are {}",
                    CODES
                        .iter()
                        .map(|c| c.name())
                        .collect::<Vec<_>>()
                        .join(", ")
                )))
            }
        }
    }
    let profile = crate::lang::profile(&data.locale)
        .ok()
        .map(|t| t.profile)
        .filter(|p| p.is_known());
    let titles = structure
        .map(|s| {
            let meta = [&s.meta.title, &s.meta.subtitle, &s.meta.publisher];
            let blocks = s.blocks.iter().filter(|b| {
                !matches!(
                    b.kind,
                    BlockKind::Paragraph | BlockKind::Quote | BlockKind::Item
                )
            });
            meta.into_iter()
                .chain(blocks.filter_map(|b| b.msg.as_ref()))
                .map(|m| m.id.as_str())
                .collect()
        })
        .unwrap_or_default();
    Ok(Setup {
        profile,
        off,
        latin_allowed: &data.settings.lints.latin_allowed,
        titles,
    })
}

/// The source locale's messages expanded once, for the lints of every target locale:
/// by entry and attribute (`None` for the value).
#[derive(Default)]
pub struct SourceTexts<'a>(FxMap<(Loc, Option<&'a str>), Expanded<'a>>);

/// Expands every message of the source locale (in parallel).
pub fn source_texts<'a>(src: &Index<'a>) -> SourceTexts<'a> {
    use rayon::prelude::*;
    let locs: Vec<Loc> = src.firsts().filter(|&l| !src.entry(l).is_term).collect();
    let texts = locs
        .par_iter()
        .flat_map_iter(|&loc| {
            src.ast(loc)
                .into_iter()
                .flat_map(patterns)
                .map(move |(attr, p)| ((loc, attr), expand::expand(src, loc, p)))
                .collect::<Vec<_>>()
        })
        .collect();
    SourceTexts(texts)
}

/// Runs every lint on each translated message of the target (terms only where used),
/// with the source's texts from [`source_texts`].
pub fn lints(
    setup: &Setup,
    (src, texts): (&Index, &SourceTexts),
    tgt: &Index,
    pairs: &[Pair],
    out: &mut Vec<Diagnostic>,
) {
    if CODES.iter().all(|&c| !setup.on(c)) {
        return;
    }
    for &(sloc, target) in pairs {
        let Some(tloc) = target else { continue };
        if tgt.entry(tloc).is_term {
            continue;
        }
        let (Some(sast), Some(tast)) = (src.ast(sloc), tgt.ast(tloc)) else {
            continue;
        };
        let tpatterns = patterns(tast);
        for (attr, sp) in patterns(sast) {
            let Some((_, tp)) = tpatterns.clone().find(|(a, _)| *a == attr) else {
                continue;
            };
            let expanded;
            let source = match texts.0.get(&(sloc, attr)) {
                Some(e) => e,
                None => {
                    expanded = expand::expand(src, sloc, sp);
                    &expanded
                }
            };
            lint_pattern(setup, source, (tgt, tloc, tp), attr, out);
        }
    }
}

/// The lints of one pattern and its source.
fn lint_pattern(
    setup: &Setup,
    source: &Expanded<'_>,
    (tgt, tloc, tp): (&Index, Loc, &ast::Pattern<&str>),
    attr: Option<&str>,
    out: &mut Vec<Diagnostic>,
) {
    let target = expand::expand(tgt, tloc, tp);
    let text = Text {
        target: &target,
        source,
    };
    let mut sink = Sink {
        tgt,
        loc: tloc,
        attr,
        out,
    };
    if let Some(profile) = setup.profile {
        quotes::quotes(setup, profile, &text, &mut sink);
        let conventions = &profile.conventions;
        if setup.on(Code::MissingNbsp) {
            spacing::nbsp(conventions, &text, &mut sink);
        }
        if conventions.stop_after_quote && setup.on(Code::StopInsideQuote) {
            punctuation::stop_inside_quote(profile, &text, &mut sink);
        }
        if conventions.latin_is_foreign && setup.on(Code::LatinWord) {
            latin::latin(setup, &text, &mut sink);
        }
    }
    if setup.on(Code::DoubleSpace) {
        spacing::double_space(&text, &mut sink);
    }
    if setup.on(Code::EdgeWhitespace) {
        spacing::edges(&text, &mut sink);
    }
    if setup.on(Code::EndPunctuation) {
        let title = attr.is_none() && setup.titles.contains(tgt.entry(tloc).id.as_str());
        punctuation::end(&text, title, &mut sink);
    }
}
