//! Localisation: locales, loading `.ftl` files, inline markup, resolving the report's
//! messages for a locale (with fallback), and checking translations.

pub mod diff;
pub mod fmt;
pub mod index;
pub mod lock;
pub mod numbers;
pub mod pseudo;
pub mod resolve;
pub mod sync;
pub mod xliff;

pub use resolve::{resolve, resolve_preview, Report};
