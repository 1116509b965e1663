//! Languages and scripts: locale tags, the language registry (one row per language:
//! script, word division, line-break rules, quotation marks), which words divide where
//! (for the PDF and `silkpress hyphenate` alike), syllable rules for the languages
//! without TeX patterns, and the script classes and character properties the
//! other stages share.

pub mod division;
pub mod locale;
pub mod registry;
pub mod script;
pub mod syllables;

pub use locale::{Direction, Locale};
pub use registry::{profile, Breaking, Division, LineRules, Profile, Typography};
pub use script::ScriptClass;
