//! Locale tags: parsing, validation, and the script and direction a tag implies.

use serde::Serialize;
use unic_langid::LanguageIdentifier;

/// Writing direction of a locale's main script.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// `ltr` or `rtl`, as HTML's `dir` wants it.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A validated locale: its tag as written, and what the tag implies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Locale {
    /// The canonical tag (`zh-CN`, `kk`, `uz`), whatever the case or separators it was
    /// written with.
    pub tag: String,
    /// The parsed identifier.
    pub langid: LanguageIdentifier,
    /// ISO 15924 code of the main script, from CLDR likely subtags (`kk` → `Cyrl`).
    pub script: String,
    /// Writing direction of that script.
    pub direction: Direction,
}

/// Scripts written right to left (ISO 15924), for the ones CLDR's likely subtags can produce.
const RTL_SCRIPTS: &[&str] = &[
    "Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg", "Mand", "Samr", "Yezi",
];

impl Locale {
    /// Parses a tag such as `zh-CN`, `kk` or `uz`, filling in the likely script.
    ///
    /// Tags come from directory names and the command line, so anything that is not a
    /// well-formed BCP 47 language tag (path characters such as `/` or `..` included) is
    /// refused before it can name a path.
    ///
    /// ```
    /// use silkpress::lang::locale::{Locale, Direction};
    /// let kk = Locale::parse("kk").unwrap();
    /// assert_eq!((kk.script.as_str(), kk.direction), ("Cyrl", Direction::Ltr));
    /// assert_eq!(Locale::parse("fa").unwrap().direction, Direction::Rtl);
    /// assert!(Locale::parse("../x").is_err());
    /// ```
    pub fn parse(tag: &str) -> Result<Locale, String> {
        let well_formed = !tag.is_empty()
            && tag.len() <= 64
            && tag
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !well_formed {
            return Err(format!(
                "`{tag}` is not a locale tag (expected a BCP 47 tag such as `en`, `zh-CN` or `uz`)"
            ));
        }
        let langid: LanguageIdentifier = tag
            .parse()
            .map_err(|e| format!("`{tag}` is not a valid locale tag ({e})"))?;
        let mut max = langid.clone();
        max.maximize();
        let script = max
            .script
            .map(|s| s.as_str().to_string())
            .unwrap_or_else(|| "Latn".into());
        let direction = if RTL_SCRIPTS.contains(&script.as_str()) {
            Direction::Rtl
        } else {
            Direction::Ltr
        };
        // The canonical form (`EN` → `en`, `en-us` → `en-US`, `zh_CN` → `zh-CN`): one
        // locale has one tag, however its folder or the command line spells it.
        Ok(Locale {
            tag: langid.to_string(),
            langid,
            script,
            direction,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn likely_scripts_and_directions() {
        let cases = [
            ("en", "Latn", Direction::Ltr),
            ("zh-CN", "Hans", Direction::Ltr),
            ("ru", "Cyrl", Direction::Ltr),
            ("kk", "Cyrl", Direction::Ltr),
            ("uz", "Latn", Direction::Ltr),
            ("ky", "Cyrl", Direction::Ltr),
            ("tg", "Cyrl", Direction::Ltr),
            ("tk", "Latn", Direction::Ltr),
            ("fa", "Arab", Direction::Rtl),
            ("ug", "Arab", Direction::Rtl),
            ("ar-XB", "Arab", Direction::Rtl),
        ];
        for (tag, script, dir) in cases {
            let l = Locale::parse(tag).unwrap();
            assert_eq!((l.script.as_str(), l.direction), (script, dir), "{tag}");
        }
    }

    #[test]
    fn tags_are_canonical() {
        for (written, tag) in [
            ("EN", "en"),
            ("en-us", "en-US"),
            ("zh_CN", "zh-CN"),
            ("zh-cn", "zh-CN"),
        ] {
            assert_eq!(Locale::parse(written).unwrap().tag, tag, "{written}");
        }
    }

    #[test]
    fn path_characters_are_refused() {
        for bad in ["../x", "en/..", "", "a b", "x\\y", "en.ftl"] {
            assert!(Locale::parse(bad).is_err(), "{bad:?} accepted");
        }
    }
}
