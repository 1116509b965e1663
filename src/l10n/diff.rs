//! The word difference between the source text a translation was made from and the
//! source text now, for `stale-translation` ([`crate::diag::Change`]).
//!
//! Texts are split at the word boundaries of Unicode's UAX #29 (words, runs of space,
//! each punctuation mark), so a difference is word-level in a language that spaces its
//! words and character-level in one that does not (each Han, kana or Thai character is
//! its own segment): whatever the source locale's script. The segments are compared
//! with Myers' algorithm (`similar`); a text of more than [`MAX_SEGMENTS`] segments is
//! shown as replaced whole, so a hostile lock cannot make the comparison quadratic.

use similar::{utils::diff_slices, Algorithm, ChangeTag};
use unicode_segmentation::UnicodeSegmentation;

use super::lock::shown_text;
use crate::diag::{Change, Edit, EditOp};

/// The most segments of a text compared word by word.
pub const MAX_SEGMENTS: usize = 2000;

/// How the source changed from `old` to `new`, both as a lock keeps them (serialised
/// entries, see [`crate::l10n::lock::Fingerprint::source_text`]); the texts shown and
/// compared are their [`shown_text`]s. `old` is `None` when it is not known.
pub fn change(old: Option<&str>, new: &str) -> Change {
    let new = shown_text(new);
    let Some(old) = old.map(shown_text) else {
        return Change {
            old: None,
            new,
            diff: Vec::new(),
        };
    };
    let diff = diff(&old, &new);
    Change {
        old: Some(old),
        new,
        diff,
    }
}

/// The edits turning `old` into `new`, adjacent edits of one kind merged and a space
/// between two changes folded into them (`[-a b-]{+c d+}` rather than
/// `[-a-]{+c+} [-b-]{+d+}`).
pub fn diff(old: &str, new: &str) -> Vec<Edit> {
    let a: Vec<&str> = old.split_word_bounds().collect();
    let b: Vec<&str> = new.split_word_bounds().collect();
    let mut edits: Vec<Edit> = Vec::new();
    let mut push = |op: EditOp, text: &str| {
        if text.is_empty() {
            return;
        }
        match edits.last_mut() {
            Some(last) if last.op == op => last.text.push_str(text),
            _ => edits.push(Edit {
                op,
                text: text.to_string(),
            }),
        }
    };
    if a.len() > MAX_SEGMENTS || b.len() > MAX_SEGMENTS {
        push(EditOp::Delete, old);
        push(EditOp::Insert, new);
    } else {
        for (tag, part) in diff_slices(Algorithm::Myers, &a, &b) {
            let op = match tag {
                ChangeTag::Equal => EditOp::Equal,
                ChangeTag::Delete => EditOp::Delete,
                ChangeTag::Insert => EditOp::Insert,
            };
            push(op, &part.concat());
        }
    }
    fold_spaces(edits)
}

/// Folds each run of changes joined by spaces into one deletion and one insertion,
/// when it both removes and adds text (only then is nothing lost: the space is in both
/// texts, so it goes to both sides).
fn fold_spaces(edits: Vec<Edit>) -> Vec<Edit> {
    let is_space =
        |e: &Edit| e.op == EditOp::Equal && e.text.chars().all(char::is_whitespace);
    let mut out = Vec::with_capacity(edits.len());
    let mut i = 0;
    while i < edits.len() {
        if edits[i].op == EditOp::Equal {
            out.push(edits[i].clone());
            i += 1;
            continue;
        }
        let mut j = i + 1;
        loop {
            if j < edits.len() && edits[j].op != EditOp::Equal {
                j += 1;
            } else if j + 1 < edits.len() && is_space(&edits[j]) {
                j += 2;
            } else {
                break;
            }
        }
        let run = &edits[i..j];
        let has = |op| run.iter().any(|e| e.op == op);
        if has(EditOp::Delete) && has(EditOp::Insert) {
            let side = |skip: EditOp| -> String {
                run.iter()
                    .filter(|e| e.op != skip)
                    .map(|e| e.text.as_str())
                    .collect()
            };
            out.push(Edit {
                op: EditOp::Delete,
                text: side(EditOp::Insert),
            });
            out.push(Edit {
                op: EditOp::Insert,
                text: side(EditOp::Delete),
            });
        } else {
            out.extend_from_slice(run);
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The inline form of the difference from `old` to `new`.
    fn inline(old: &str, new: &str) -> String {
        let edits = diff(old, new);
        // Both texts come back from the edits.
        let side = |skip: EditOp| -> String {
            edits
                .iter()
                .filter(|e| e.op != skip)
                .map(|e| e.text.as_str())
                .collect()
        };
        assert_eq!(side(EditOp::Insert), old);
        assert_eq!(side(EditOp::Delete), new);
        Change {
            old: Some(old.into()),
            new: new.into(),
            diff: edits,
        }
        .inline()
        .unwrap()
    }

    #[test]
    fn words_change_whole() {
        assert_eq!(
            inline(
                "The report covers 2019 to 2023.",
                "The report covers 2019 to 2024."
            ),
            "The report covers 2019 to [-2023-]{+2024+}."
        );
        assert_eq!(
            inline(
                "Trade grew fast in Asia",
                "Trade grew slowly in Central Asia"
            ),
            "Trade grew [-fast-]{+slowly+} in {+Central +}Asia"
        );
        assert_eq!(
            inline("one two three four", "one five six four"),
            "one [-two three-]{+five six+} four"
        );
    }

    #[test]
    fn chinese_changes_by_character() {
        assert_eq!(
            inline("中国与欧洲的贸易", "中国与中亚的贸易"),
            "中国与[-欧洲-]{+中亚+}的贸易"
        );
    }

    #[test]
    fn cyrillic_and_arabic_words() {
        assert_eq!(
            inline("Торговля выросла быстро", "Торговля выросла медленно"),
            "Торговля выросла [-быстро-]{+медленно+}"
        );
        assert_eq!(
            inline("تجارت رشد کرد", "تجارت کاهش یافت"),
            "تجارت [-رشد کرد-]{+کاهش یافت+}"
        );
    }

    #[test]
    fn long_texts_are_replaced_whole() {
        let old = "a ".repeat(MAX_SEGMENTS);
        let new = "b ".repeat(MAX_SEGMENTS);
        let edits = diff(&old, &new);
        assert_eq!(edits.len(), 2);
        assert_eq!(edits[0].text, old);
        assert_eq!(edits[1].text, new);
    }

    #[test]
    fn changes_are_made_of_shown_texts() {
        let c = change(Some("a = Old text"), "a = New text\n    .title = T");
        assert_eq!(c.old.as_deref(), Some("Old text"));
        assert_eq!(c.new, "New text\n.title = T");
        assert_eq!(c.inline().unwrap(), "[-Old-]{+New+} text{+\n.title = T+}");
        let unknown = change(None, "a = New");
        assert_eq!((unknown.old, unknown.diff.len()), (None, 0));
    }
}
