//! Plurals: a select expression on a number that misses a CLDR plural category of the
//! locale (Russian needs `one`, `few`, `many` and `other`).
//!
//! The categories come from CLDR through `intl_pluralrules` (the crate fluent-bundle
//! itself selects variants with): a locale's categories are those its rules return for
//! a spread of sample numbers — integers 0–1,000,000 at every magnitude and decimals —
//! which reaches every category CLDR defines for cardinals.

use std::collections::BTreeSet;

use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules as Cldr};
use unic_langid::LanguageIdentifier;

use crate::diag::{Code, Diagnostic};
use crate::l10n::index::{Index, Loc};

/// Whose plural rules a plural select is checked against.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PluralRules {
    /// CLDR's cardinal categories (`intl_pluralrules`, what fluent-bundle selects
    /// with); a select is plural when its selector is numeric or a key names a
    /// category.
    #[default]
    Cldr,
    /// Gecko's (`PluralForm.jsm`, as compare-locales checks them): Russian is `one`,
    /// `few`, `many`; a select is checked when a key names a category of the locale
    /// other than `other`.
    Gecko,
}

/// The categories a locale's plural selects need, under the given rules.
#[derive(Clone, Debug)]
pub struct Wanted {
    /// The categories.
    pub set: BTreeSet<&'static str>,
    /// Whose they are.
    pub rules: PluralRules,
}

/// The categories of a locale under `rules`, or none when they have no rule for it.
pub fn wanted(locale: &crate::lang::Locale, rules: PluralRules) -> Option<Wanted> {
    let set = match rules {
        PluralRules::Cldr => categories(&locale.langid)?,
        PluralRules::Gecko => super::plurals_gecko::categories(&locale.tag)?
            .iter()
            .copied()
            .collect(),
    };
    Some(Wanted { set, rules })
}

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
    let rules = Cldr::create(langid.clone(), PluralRuleType::CARDINAL)
        .or_else(|_| Cldr::create(language, PluralRuleType::CARDINAL))
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
    wanted: &Wanted,
    loc: Loc,
    attr: Option<&str>,
    (selector, variants): (&ast::InlineExpression<&str>, &[ast::Variant<&str>]),
    out: &mut Vec<Diagnostic>,
) {
    let have: BTreeSet<&str> = variants
        .iter()
        .filter_map(|v| match &v.key {
            ast::VariantKey::Identifier { name } => Some(*name),
            _ => None,
        })
        .collect();
    let plural = match wanted.rules {
        PluralRules::Cldr => is_plural(selector, variants),
        PluralRules::Gecko => {
            have.iter().any(|k| *k != "other" && wanted.set.contains(k))
        }
    };
    if !plural {
        return;
    }
    let wanted = &wanted.set;
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
            .hint(format!(
                "the plural rules' categories for it are {}",
                all.join(", ")
            )),
    );
}

/// Reports variant keys a select expression repeats (`duplicate-variant`): only the
/// first can ever be selected.
pub fn duplicate_keys(
    index: &Index,
    loc: Loc,
    variants: &[ast::Variant<&str>],
    out: &mut Vec<Diagnostic>,
) {
    let key = |v: &ast::Variant<&str>| match &v.key {
        ast::VariantKey::Identifier { name } => name.to_string(),
        ast::VariantKey::NumberLiteral { value } => value.to_string(),
    };
    let mut seen = BTreeSet::new();
    for v in variants {
        let k = key(v);
        if !seen.insert(k.clone()) {
            let range = crate::l10n::index::name_range(
                index.text(loc),
                match &v.key {
                    ast::VariantKey::Identifier { name } => name,
                    ast::VariantKey::NumberLiteral { value } => value,
                },
                0,
            );
            out.push(
                Diagnostic::warning(
                    Code::DuplicateVariant,
                    format!("variant key `[{k}]` is repeated: only the first is ever selected"),
                )
                .at(index.span_at(loc, range))
                .locale(index.tag())
                .id({
                    let e = index.entry(loc);
                    crate::l10n::index::display_id(&e.id, e.is_term)
                }),
            );
        }
    }
}

/// The cardinal categories CLDR's rules can select for a locale, from ICU4X's compiled
/// data (`icu_plurals_data` 2.4: CLDR 49.0, current for Tajik, Kyrgyz and Turkmen);
/// `None` when CLDR has no rules for its language (ICU4X would fall back to the root
/// locale's `other` alone, which would make every other key look unreachable).
pub fn reachable(locale: &crate::lang::Locale) -> Option<BTreeSet<&'static str>> {
    let tag: icu_locale_core::Locale = locale.tag.parse().ok()?;
    let rules = icu_plurals::PluralRules::try_new_cardinal((&tag).into()).ok()?;
    let set: BTreeSet<&'static str> = rules
        .categories()
        .map(|c| match c {
            icu_plurals::PluralCategory::Zero => "zero",
            icu_plurals::PluralCategory::One => "one",
            icu_plurals::PluralCategory::Two => "two",
            icu_plurals::PluralCategory::Few => "few",
            icu_plurals::PluralCategory::Many => "many",
            icu_plurals::PluralCategory::Other => "other",
        })
        .collect();
    if set.len() == 1 && categories(&locale.langid).is_none() {
        return None;
    }
    Some(set)
}

/// Reports a variant key of a plural select that names a CLDR category the locale's
/// rules never select (`unreachable-plural-category`): `[one]` in Chinese, `[zero]`
/// in English. Its text is never shown. Number keys (`[0]`) match exactly and are
/// always reachable.
pub fn unreachable(
    index: &Index,
    reachable: &BTreeSet<&'static str>,
    loc: Loc,
    (selector, variants): (&ast::InlineExpression<&str>, &[ast::Variant<&str>]),
    out: &mut Vec<Diagnostic>,
) {
    if !is_plural(selector, variants) {
        return;
    }
    for v in variants {
        let ast::VariantKey::Identifier { name } = &v.key else {
            continue;
        };
        if !NAMES.contains(name) || reachable.contains(name) {
            continue;
        }
        let range = crate::l10n::index::name_range(index.text(loc), name, 0);
        let e = index.entry(loc);
        let all: Vec<&str> = reachable.iter().copied().collect();
        out.push(
            Diagnostic::warning(
                Code::UnreachablePluralCategory,
                format!(
                    "variant `[{name}]` is never selected: CLDR's plural rules for `{}` have no `{name}`",
                    index.tag()
                ),
            )
            .at(index.span_at(loc, range))
            .locale(index.tag())
            .id(crate::l10n::index::display_id(&e.id, e.is_term))
            .hint(format!(
                "the language's categories are {} (CLDR 49); move the text to one of them",
                all.join(", ")
            )),
        );
    }
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

    #[test]
    fn cldr_49_reachable_categories() {
        let cats = |t: &str| {
            super::reachable(&crate::lang::Locale::parse(t).unwrap())
                .map(|s| s.into_iter().collect::<Vec<_>>().join(" "))
        };
        assert_eq!(cats("zh-CN").as_deref(), Some("other"));
        assert_eq!(cats("ru").as_deref(), Some("few many one other"));
        for t in ["tg", "ky", "tk", "kk", "uz", "fa"] {
            assert_eq!(cats(t).as_deref(), Some("one other"), "{t}");
        }
    }
}
