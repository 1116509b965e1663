//! The IDs of the interface messages every locale provides besides those the
//! structure names (language name, page label, running header, switcher and ToC labels).

/// The language's own name.
pub const UI_LANGUAGE_NAME: &str = "ui-language-name";
/// Page label, with `$page`.
pub const UI_PAGE: &str = "ui-page";
/// Running header of body pages.
pub const UI_RUNNING_HEADER: &str = "ui-running-header";
/// Label of the language switcher.
pub const UI_LANGUAGES: &str = "ui-languages";
/// Label of the ToC navigation landmark.
pub const UI_TOC_NAV: &str = "ui-toc-nav";
/// Label of the HTML skip link (to the text, past the switcher and the contents).
pub const UI_SKIP_LINK: &str = "ui-skip-link";
/// Messages the renderers use besides those the structure names.
pub const UI_MESSAGES: &[&str] = &[
    UI_LANGUAGE_NAME,
    UI_PAGE,
    UI_RUNNING_HEADER,
    UI_LANGUAGES,
    UI_TOC_NAV,
    UI_SKIP_LINK,
];
