//! `silkpress hyphenate`: how a locale's words divide at a line end, for typographers and
//! translators to inspect and report divisions. It prints exactly what the PDF's line
//! breaker is offered ([`crate::lang::division`]), so a wrong division seen here is a
//! wrong division the PDF may print.

use std::io::{BufWriter, ErrorKind, Write};

use super::{usage_error, CmdResult, Failure, HyphenateArgs};
use crate::lang::{self, division, registry, Division};

/// Prints each word on its own line with its division points marked by `-`.
pub(super) fn hyphenate(args: &HyphenateArgs) -> CmdResult {
    let locale = super::canonical_locale(&args.locale)?;
    let language = locale.langid.language.as_str();
    if registry::language(language).is_none() {
        let known: Vec<&str> = registry::PROFILES.iter().map(|p| p.language).collect();
        return Err(usage_error(&format!(
            "unknown locale `{}`: silkpress has no rules for the language `{language}` \
             (known: {})",
            locale.tag,
            known.join(", ")
        )));
    }
    let typography = lang::profile(&locale).map_err(|e| usage_error(&e.to_string()))?;
    let profile = typography.profile;
    if profile.division == Division::None {
        tell!(
            "note: silkpress does not divide words in `{}`; they are printed unchanged",
            locale.tag
        );
    }
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let written = args
        .words
        .iter()
        .try_for_each(|w| {
            writeln!(out, "{}", division::mark(w, &division::points(profile, w)))
        })
        .and_then(|()| out.flush());
    match written {
        Ok(()) => Ok(()),
        // A reader that stopped early (`| head`) is not an error.
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(()),
        Err(e) => {
            tell!("error: failed to write the words ({e})");
            Err(Failure::Usage)
        }
    }
}
