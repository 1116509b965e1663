//! Running heads: a chapter title (or its `.short` form) too wide for the running head
//! of the PDF edition, which then shows the report's running title alone
//! (`running-head-too-long`).
//!
//! The width is measured with the font book's faces at the style's header size by
//! [`FontBook::running_head_fits`], the rule the layout applies when it sets the head,
//! so the check and the build agree without laying anything out.

use crate::diag::{Code, Diagnostic};
use crate::fonts::{running_head_room, FontBook};
use crate::l10n::resolve::chapter_heads;
use crate::lang::ScriptClass;
use crate::project::locales::LocaleData;
use crate::project::style::Style;
use crate::project::Structure;

/// Reports each chapter of `structure` whose running head text is too wide in the
/// locale `data`.
pub fn running_heads(
    structure: &Structure,
    book: &FontBook,
    style: &Style,
    data: &LocaleData,
    out: &mut Vec<Diagnostic>,
) {
    let class = ScriptClass::of_script(&data.locale.script);
    let tag = &data.locale.tag;
    for head in chapter_heads(structure, data) {
        let fits = match book.running_head_fits(style, class, &head.text) {
            Ok(fits) => fits,
            Err(d) => {
                out.push(d.locale(tag));
                return;
            }
        };
        if fits {
            continue;
        }
        let (what, hint) = if head.short {
            (
                "its `.short` form",
                "shorten the `.short` attribute".to_string(),
            )
        } else {
            (
                "the title, which has no `.short` form,",
                format!(
                    "add a short form under the title that fits: `{} = …` then \
                     `    .short = …`",
                    head.id
                ),
            )
        };
        let mut d = Diagnostic::warning(
            Code::RunningHeadTooLong,
            format!(
                "the running head of `{}` would show no chapter title: {what} is wider \
                 than the {:.0} pt the head has room for",
                head.id,
                running_head_room(style)
            ),
        )
        .locale(tag)
        .id(&head.id)
        .hint(hint);
        if let Some(span) = head.span {
            d = d.at(span);
        }
        out.push(d);
    }
}
