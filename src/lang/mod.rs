//! Languages and scripts: locale tags and what they imply (script, direction), and
//! the script classes and character properties the other stages share.

pub mod locale;
pub mod script;

pub use locale::{Direction, Locale};
pub use script::ScriptClass;
