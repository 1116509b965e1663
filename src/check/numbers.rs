//! Numbers: a number of the source that the translation does not contain.
//!
//! **Normalisation rule.** A number is compared by its *significant digits*: the digits
//! as written, whatever the digit set, separators and scale, with leading and trailing
//! zeros removed. `94.8 billion`, `94,8 млрд`, `۹۴٫۸ میلیارد` and `948亿` all read
//! `948`; `USD 460 million` and `4.6亿美元` read `46`; `55 GW` and `5500万千瓦` read
//! `55`. A source number is found when some number of the translation has the same
//! significant digits. This ignores the two things languages legitimately change —
//! separator conventions and the unit of scale (万/亿 count in 10⁴ and 10⁸, Russian
//! writes `млрд`) — and still catches a changed digit (`94.8` → `94.9`, `48.1%` →
//! `48%`, `2024` → `2023`). Only numbers of the source are looked for: translations
//! legitimately add digits where the source spells a number out ("ten" → "10").
//!
//! 1. Digits: any decimal digit — ASCII, Arabic-Indic (٠–٩), Persian (۰–۹), Devanagari,
//!    Bengali, fullwidth (０–９), NKo — and runs of Chinese numerals (`两千`, `第二`,
//!    `一万二千`), read as their value.
//! 2. A number is one token when its digit groups are joined by separators: `.` `,`
//!    (decimal or grouping), `٫` (Arabic decimal), `٬`, apostrophes, no-break, narrow
//!    no-break and thin spaces (grouping), and a plain space only before exactly three
//!    digits (`2 000`, but `in 2023 10 agreements` is two numbers).
//! 3. A token that cannot be one number — it is neither grouped in threes nor a single
//!    decimal point after grouping (`12.05.2024`, `1.2.3`) — also matches each of its
//!    groups, so a date written `12.05.2024` finds the source's `12` and `2024`.
//! 4. A source number glued to letters — an ordinal (`21st`, `3,000th`) or a name
//!    (`G20`) — is not looked for: languages spell those out (`двадцать первый`,
//!    `گروه بیست`, `二十国集团`).
//!
//! 5. A translation with no number at all has spelled its numbers out; a *round*
//!    source number (one significant digit: `2,000`, `30`, `7`) is then not looked for
//!    (`более чем двухтысячелетнюю`). A number with more digits still is (`94.8`).
//!
//! Numbers inside placeables (`{ $count }`, term references) are not text and are not
//! compared.

use crate::diag::{Code, Diagnostic};
use crate::doc::markup::PatternText;
use crate::l10n::index::{Index, Loc};

/// A number found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Number {
    /// As written, for messages.
    pub written: String,
    /// Byte range in the text.
    pub range: std::ops::Range<usize>,
    /// Its significant digits, and for a token that cannot be one number, each group's.
    pub keys: Vec<String>,
    /// Whether letters touch it (`21st`, `G20`).
    pub glued: bool,
}

fn digit(c: char) -> Option<u32> {
    const ZEROS: &[u32] = &[
        0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xE50, 0xFF10,
    ];
    let c = c as u32;
    ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&c))
        .map(|z| c - z)
}

/// Separator kinds.
#[derive(Clone, Copy, PartialEq)]
enum Sep {
    /// `.` or `,`: decimal or grouping.
    Either(char),
    /// Decimal only.
    Decimal,
    /// Grouping only.
    Grouping,
}

fn separator(c: char) -> Option<Sep> {
    match c {
        '.' | ',' => Some(Sep::Either(c)),
        '\u{066B}' => Some(Sep::Decimal),
        '\u{066C}' | '\'' | '\u{2019}' | '\u{00A0}' | '\u{202F}' | '\u{2009}' | ' ' => {
            Some(Sep::Grouping)
        }
        _ => None,
    }
}

/// The significant digits of a digit string: leading and trailing zeros removed
/// (`0` stays `0`).
fn significant(digits: &str) -> String {
    let t = digits.trim_start_matches('0').trim_end_matches('0');
    if t.is_empty() {
        "0".into()
    } else {
        t.into()
    }
}

/// Whether the groups and separators of a token read as one number: groups of three
/// after the first, with at most a final decimal separator of another kind.
fn one_number(groups: &[String], seps: &[Sep]) -> bool {
    let grouped = |gs: &[String], ss: &[Sep]| {
        ss.windows(2).all(|w| w[0] == w[1])
            && ss.iter().all(|s| *s != Sep::Decimal)
            && gs[1..].iter().all(|g| g.len() == 3)
            && (1..=3).contains(&gs[0].len())
    };
    if seps.len() <= 1 || grouped(groups, seps) {
        return true;
    }
    let n = seps.len();
    seps[n - 1] != Sep::Grouping
        && seps[n - 2] != seps[n - 1]
        && grouped(&groups[..n], &seps[..n - 1])
}

/// A Chinese numeral.
#[derive(Clone, Copy)]
enum Numeral {
    /// A digit (`〇`–`九`, `零`, `两`).
    Digit(u64),
    /// A unit multiplying the digits before it (`十`, `百`, `千`, `万`, `亿`).
    Unit(u64),
}

/// The Chinese numeral `c` is, if it is one: the only table of them.
fn numeral(c: char) -> Option<Numeral> {
    use Numeral::{Digit, Unit};
    Some(match c {
        '〇' | '零' => Digit(0),
        '一' => Digit(1),
        '二' | '两' => Digit(2),
        '三' => Digit(3),
        '四' => Digit(4),
        '五' => Digit(5),
        '六' => Digit(6),
        '七' => Digit(7),
        '八' => Digit(8),
        '九' => Digit(9),
        '十' => Unit(10),
        '百' => Unit(100),
        '千' => Unit(1000),
        '万' => Unit(10_000),
        '亿' => Unit(100_000_000),
        _ => return None,
    })
}

/// The value of a run of Chinese numerals, or none when it is not a number.
fn chinese(run: &str) -> Option<u64> {
    let mut total: u64 = 0;
    let mut section: u64 = 0;
    let mut current: u64 = 0;
    let mut any = false;
    for c in run.chars() {
        any = true;
        match numeral(c)? {
            Numeral::Digit(d) => current = current.saturating_mul(10).saturating_add(d),
            Numeral::Unit(unit) => {
                if unit >= 10_000 {
                    section = section.saturating_add(current).saturating_mul(unit);
                    total = total.saturating_add(section);
                    section = 0;
                } else {
                    section += if current == 0 { 1 } else { current } * unit;
                }
                current = 0;
            }
        }
    }
    any.then_some(total + section + current)
}

/// Whether a text may hold a number ([`extract`] finds nothing in a text without a
/// digit or Chinese numeral).
pub fn has_number(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
        || (!text.is_ascii()
            && text
                .chars()
                .any(|c| digit(c).is_some() || is_chinese_numeral(c)))
}

fn is_chinese_numeral(c: char) -> bool {
    numeral(c).is_some()
}

/// Every number in `text`.
///
/// ```
/// use silkpress::check::numbers::extract;
/// let keys = |t: &str| extract(t).into_iter().map(|n| n.keys.join("|")).collect::<Vec<_>>();
/// assert_eq!(keys("USD 94.8 billion"), ["948"]);
/// assert_eq!(keys("948亿美元"), ["948"]);
/// assert_eq!(keys("۹۴٫۸ میلیارد"), ["948"]);
/// assert_eq!(keys("2,000 years, 2 000 лет"), ["2", "2"]);
/// assert_eq!(keys("12.05.2024"), ["12052024|12|5|2024"]);
/// ```
pub fn extract(text: &str) -> Vec<Number> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let letter_at = |k: usize| chars.get(k).is_some_and(|(_, c)| c.is_alphabetic());
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if is_chinese_numeral(c) {
            let mut j = i;
            while j < chars.len() && is_chinese_numeral(chars[j].1) {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |(b, _)| *b);
            let run = &text[start..end];
            // A lone 万 or 亿 scales the number before it; it is not a number itself.
            if let Some(v) = chinese(run).filter(|_| !matches!(run, "万" | "亿" | "万亿"))
            {
                out.push(Number {
                    written: run.to_string(),
                    range: start..end,
                    keys: vec![significant(&v.to_string())],
                    glued: false,
                });
            }
            i = j;
            continue;
        }
        if digit(c).is_none() {
            i += 1;
            continue;
        }
        let mut groups = vec![String::new()];
        let mut seps = Vec::new();
        let mut j = i;
        while j < chars.len() {
            let c = chars[j].1;
            if let Some(d) = digit(c) {
                if let Some(g) = groups.last_mut() {
                    g.push(char::from(b'0' + d as u8));
                }
                j += 1;
                continue;
            }
            let Some(sep) = separator(c) else { break };
            // A separator joins only when digits follow; a space only before exactly
            // three digits.
            let follow = chars[j + 1..]
                .iter()
                .take_while(|(_, c)| digit(*c).is_some())
                .count();
            if follow == 0 || (c == ' ' && follow != 3) {
                break;
            }
            seps.push(sep);
            groups.push(String::new());
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |(b, _)| *b);
        let mut keys = vec![significant(&groups.concat())];
        if !one_number(&groups, &seps) {
            keys.extend(groups.iter().map(|g| significant(g)));
        }
        out.push(Number {
            written: text[start..end].to_string(),
            range: start..end,
            keys,
            glued: (i > 0 && letter_at(i - 1)) || letter_at(j),
        });
        i = j;
    }
    out
}

/// The numbers of `source` that the translation does not contain (see the module's
/// rule); `found` is every number of the translation ([`extract`]).
pub fn missing(source: &str, found: &[Number]) -> Vec<Number> {
    // A translation with no number at all spelled its numbers out: a round source
    // number (one significant digit: `2,000`, `30`) is then not looked for.
    let spelled_out = found.is_empty();
    extract(source)
        .into_iter()
        .filter(|n| !n.glued)
        .filter(|n| !(spelled_out && n.keys[0].len() == 1))
        .filter(|n| {
            !found
                .iter()
                .any(|f| f.keys.iter().any(|k| n.keys.contains(k)))
        })
        .collect()
}

/// Compares the numbers of a translated pattern with its source (`number-mismatch`).
pub fn compare(
    source: &PatternText,
    tgt: &Index,
    tloc: Loc,
    target: &PatternText,
    attr: Option<&str>,
    out: &mut Vec<Diagnostic>,
) {
    let numbers = extract(&target.text);
    let lost = missing(&source.text, &numbers);
    if lost.is_empty() {
        return;
    }
    let list: Vec<String> = lost.iter().map(|n| format!("`{}`", n.written)).collect();
    let found: Vec<String> = numbers.iter().map(|n| format!("`{}`", n.written)).collect();
    let part = attr
        .map(|a| format!(" (attribute `.{a}`)"))
        .unwrap_or_default();
    let mut d = tgt.diag(
        Diagnostic::warning(
            Code::NumberMismatch,
            format!(
                "the source's {} {} not in the translation{part}",
                list.join(", "),
                if lost.len() == 1 { "is" } else { "are" }
            ),
        ),
        tloc,
    );
    d = if found.is_empty() {
        d.hint("the translation has no number")
    } else {
        d.hint(format!("the translation has {}", found.join(", ")))
    };
    out.push(d);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str, t: &str) -> bool {
        missing(s, &extract(t)).is_empty()
    }

    #[test]
    fn conventions_match() {
        assert!(found("USD 94.8 billion", "948亿美元"));
        assert!(found("USD 94.8 billion", "94,8 млрд долларов"));
        assert!(found("USD 94.8 billion", "94,8 mlrd dollar"));
        assert!(found("USD 94.8 billion", "۹۴٫۸ میلیارد دلار"));
        assert!(found("USD 460 million", "4.6亿美元"));
        assert!(found("USD 17 billion", "170亿美元"));
        assert!(found("about 55 GW", "约5500万千瓦"));
        assert!(found("more than 2,000 years", "两千多年"));
        assert!(found("more than 2,000 years", "более 2 000 лет"));
        assert!(found("more than 2,000 years", "более 2\u{00A0}000 лет"));
        assert!(found("7.2 percent", "7,2 %"));
        assert!(found("in 2024", "۲۰۲۴"));
        assert!(found("1,234.5", "1 234,5"));
        assert!(found("1,234.5", "1.234,5"));
        assert!(found("May 12, 2024", "12.05.2024"));
        assert!(found("more than 2,000 years", "более чем двухтысячелетнюю"));
        assert!(found(
            "the 21st century and the G20",
            "XXI век, «Группа двадцати»"
        ));
    }

    #[test]
    fn differences_are_found() {
        assert!(!found("USD 94.8 billion", "94,9 млрд"));
        assert!(!found("in 2024", "в 2023 году"));
        assert!(!found("48.1%", "48%"));
        assert!(!found("ten overseas warehouses in 2024", "десять складов"));
        assert!(!found("USD 94.8 billion", "девяносто четыре миллиарда"));
        assert!(!found("2,000 years", "3 000 лет"));
    }

    #[test]
    fn tokens() {
        let w = |t: &str| {
            extract(t)
                .into_iter()
                .map(|n| n.written)
                .collect::<Vec<_>>()
        };
        assert_eq!(w("in 2023 10 agreements"), ["2023", "10"]);
        assert_eq!(w("2022-2026"), ["2022", "2026"]);
        assert_eq!(w("第二届"), ["二"]);
        assert_eq!(extract("一万二千")[0].keys, ["12"]);
    }
}
