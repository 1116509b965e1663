//! Plurals: a select expression on a number that misses a CLDR plural category of the
//! locale (Russian needs `one`, `few`, `many` and `other`).
//!
//! The categories come from CLDR through `intl_pluralrules` (the crate fluent-bundle
//! itself selects variants with): a locale's categories are those its rules return for
//! a spread of sample numbers — integers 0–1,000,000 at every magnitude and decimals —
//! which reaches every category CLDR defines for cardinals.

use std::collections::BTreeSet;

use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use crate::diag::{Code, Diagnostic};
use crate::l10n::index::{Index, Loc};

/// The CLDR names of plural categories.
const NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// The cardinal plural categories of a locale, or none when CLDR has no rules for it.
pub fn categories(langid: &LanguageIdentifier) -> Option<BTreeSet<&'static str>> {
    let mut language = LanguageIdentifier::default();
    language.language = langid.language;
    let rules = PluralRules::create(langid.clone(), PluralRuleType::CARDINAL)
        .or_else(|_| PluralRules::create(language, PluralRuleType::CARDINAL))
        .ok()?;
    let mut out = BTreeSet::new();
    let mut samples: Vec<String> = (0..=200).map(|n| n.to_string()).collect();
    for exp in 3..=7 {
        for lead in [1, 2, 5, 11] {
            samples.push((lead * 10u64.pow(exp)).to_string());
        }
    }
    for d in [
        "0.0", "0.1", "0.5", "1.0", "1.5", "2.0", "2.5", "3.5", "5.5", "10.1", "1.25",
    ] {
        samples.push(d.to_string());
    }
    for s in &samples {
        if let Ok(c) = rules.select(s.as_str()) {
            out.insert(name(c));
        }
    }
    Some(out)
}

/// Whether a select expression chooses by plural category: its selector is a variable
/// or `NUMBER()`, and a variant key is a category name other than `other`, or a number.
fn is_plural(
    selector: &ast::InlineExpression<&str>,
    variants: &[ast::Variant<&str>],
) -> bool {
    let numeric_selector = match selector {
        ast::InlineExpression::VariableReference { .. } => false,
        ast::InlineExpression::FunctionReference { id, .. } => id.name == "NUMBER",
        _ => return false,
    };
    let keyed = variants.iter().any(|v| match &v.key {
        ast::VariantKey::NumberLiteral { .. } => true,
        ast::VariantKey::Identifier { name } => *name != "other" && NAMES.contains(name),
    });
    numeric_selector || keyed
}

/// Checks one select expression of the entry at `loc` against the locale's plural
/// categories `wanted` (`missing-plural-category`). The default variant still catches
/// such numbers at run time, so this is a warning: the text shown is probably the wrong
/// grammatical form.
pub fn select(
    index: &Index,
    wanted: &BTreeSet<&'static str>,
    loc: Loc,
    attr: Option<&str>,
    (selector, variants): (&ast::InlineExpression<&str>, &[ast::Variant<&str>]),
    out: &mut Vec<Diagnostic>,
) {
    if !is_plural(selector, variants) {
        return;
    }
    let have: BTreeSet<&str> = variants
        .iter()
        .filter_map(|v| match &v.key {
            ast::VariantKey::Identifier { name } => Some(*name),
            _ => None,
        })
        .collect();
    let missing: Vec<&str> = wanted
        .iter()
        .copied()
        .filter(|c| !have.contains(c))
        .collect();
    if missing.is_empty() {
        return;
    }
    let part = attr
        .map(|a| format!(" (attribute `.{a}`)"))
        .unwrap_or_default();
    let all: Vec<&str> = wanted.iter().copied().collect();
    out.push(
        index
            .diag(
                Diagnostic::warning(
                    Code::MissingPluralCategory,
                    format!(
                        "a plural select misses the categor{} {} of `{}`{part}",
                        if missing.len() == 1 { "y" } else { "ies" },
                        missing.join(", "),
                        index.tag()
                    ),
                ),
                loc,
            )
            .hint(format!("CLDR's categories for it are {}", all.join(", "))),
    );
}

#[cfg(test)]
mod tests {
    use super::categories;

    #[test]
    fn cldr_categories() {
        let cats = |t: &str| {
            categories(&t.parse().unwrap())
                .unwrap()
                .into_iter()
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(cats("en"), "one other");
        assert_eq!(cats("ru"), "few many one other");
        assert_eq!(cats("zh-CN"), "other");
        assert_eq!(cats("ar"), "few many one other two zero");
    }
}
