//! Locale-aware number formatting with ICU4X (CLDR data), plugged into Fluent.
//!
//! Fluent formats numbers with Rust's `Display` (ASCII digits, no grouping). A Persian
//! page number must read ۱۲, a Chinese one 12; CLDR knows each locale's default numbering
//! system, decimal and grouping separators, so we ask ICU4X rather than keep digit tables.

use fluent_bundle::memoizer::MemoizerKind;
use fluent_bundle::FluentValue;
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use unic_langid::LanguageIdentifier;

/// A locale's integer formatter.
pub struct NumberFormat(DecimalFormatter);

impl NumberFormat {
    /// The formatter for `langid`; the root locale's if ICU4X does not know it.
    pub fn new(langid: &LanguageIdentifier) -> Self {
        let locale: icu_locale_core::Locale = langid
            .to_string()
            .parse()
            .unwrap_or(icu_locale_core::Locale::UNKNOWN);
        let formatter = DecimalFormatter::try_new((&locale).into(), Default::default())
            .or_else(|_| {
                DecimalFormatter::try_new(Default::default(), Default::default())
            })
            .expect("ICU4X's compiled data always has the root locale");
        NumberFormat(formatter)
    }

    /// Formats an integer with the locale's digits and grouping.
    ///
    /// ```
    /// use silkpress::l10n::numbers::NumberFormat;
    /// let fa = NumberFormat::new(&"fa".parse().unwrap());
    /// assert_eq!(fa.integer(12), "۱۲");
    /// let en = NumberFormat::new(&"en".parse().unwrap());
    /// assert_eq!(en.integer(1234), "1,234");
    /// ```
    pub fn integer(&self, n: i64) -> String {
        self.0.format(&Decimal::from(n)).to_string()
    }
}

impl intl_memoizer::Memoizable for NumberFormat {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(NumberFormat::new(&lang))
    }
}

/// The number formatter installed in every bundle: integers get the locale's digits;
/// anything else (fractions, explicit NUMBER() options) keeps Fluent's own formatting.
pub fn fluent_formatter<M: MemoizerKind>(
    value: &FluentValue,
    memo: &M,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let plain = n.options.minimum_fraction_digits.is_none()
        && n.options.maximum_fraction_digits.is_none()
        && n.options.minimum_integer_digits.is_none()
        && n.value.fract() == 0.0
        && n.value.abs() < 1e15;
    if !plain {
        return None;
    }
    memo.with_try_get_threadsafe::<NumberFormat, _, _>((), |f| f.integer(n.value as i64))
        .ok()
}
