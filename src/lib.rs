//! silkpress: a multilingual publishing toolchain.
//!
//! The report's structure names language-neutral message IDs; Project Fluent files hold
//! each locale's text. The pipeline:
//!
//! 1. [`project::Project::load`]: the structure (`templates/report.toml`) and every
//!    locale's `.ftl` files, parsed and validated.
//! 2. [`l10n::resolve`]: the report in one locale as a [`doc::Document`] tree (chapters,
//!    headings with their levels and anchors, quotations, lists, the ToC; every text with
//!    its message), built once for every renderer, with fallback to the source locale
//!    reported as warnings.
//! 3. Render: [`render::html`] (HTML through a template); PDF through the layout engine.
//!
//! Authors bring a document in as Markdown with [`import`] (structure and source
//! messages, with IDs stable across revisions) and take any edition out the same way.
//!
//! Stages return typed outputs and [`diag::Diagnostic`]s; only [`cli`] prints and writes.

pub mod build;
pub mod check;
pub mod cli;
pub mod diag;
pub mod doc;
pub mod fonts;
pub mod import;
pub mod l10n;
pub mod lang;
pub mod layout;
pub mod project;
pub mod render;
pub mod serve;
