//! Localisation: locales, loading `.ftl` files, inline markup, resolving the report's
//! messages for a locale (with fallback), and checking translations.

pub mod check;
pub mod fmt;
pub mod load;
pub mod locale;
pub mod lock;
pub mod markup;
pub mod numbers;
pub mod pseudo;
pub mod resolve;
pub mod sync;

pub use locale::{Direction, Locale};
pub use markup::{Style, StyledText, TextRun};
pub use resolve::{resolve, Report, ResolvedBlock};
