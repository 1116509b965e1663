//! Message IDs for the blocks of an imported document: the old ID for a block that
//! continues an old one, and a new structural, readable ID (`ch2-s1-p4`) never issued
//! before in this project for a block that is new.
//!
//! A new ID names the block's place when it was created: its chapter (`ch2`), section
//! (`-s1`) and subsection (`-ss1`) as their own IDs name them (a kept heading keeps its
//! old ID, so its new children extend that), then the kind (`-p` paragraph, `-h`
//! sub-heading, `-q` quote, `-qa` attribution, `-li` list item) and the next number
//! after the highest ever issued with that stem — so a deleted `ch1-s1-p3` is never
//! reused, even when it was the last. Blocks before the first chapter are `intro-…`.

use std::collections::{BTreeSet, HashMap};

use crate::project::BlockKind;

/// The number after the highest `k` such that an issued ID is `stem` then `k`, alone or
/// followed by `-` (1 when there is none).
/// Numbers of up to 38 digits count (read as `u128`, they leave room to add one); a
/// longer one counts for nothing, and [`Highest::fresh`] steps past any ID it would
/// otherwise issue again.
fn next_number(issued: &BTreeSet<String>, stem: &str) -> u128 {
    let mut max = 0;
    for id in issued
        .range(stem.to_string()..)
        .take_while(|id| id.starts_with(stem))
    {
        let rest = &id[stem.len()..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0
            || digits > MAX_DIGITS
            || !(rest.len() == digits || rest[digits..].starts_with('-'))
        {
            continue;
        }
        if let Ok(k) = rest[..digits].parse::<u128>() {
            max = max.max(k);
        }
    }
    max + 1
}

/// The most digits of a number that counts ([`next_number`]).
const MAX_DIGITS: usize = 38;

/// The highest number issued per stem ([`next_number`]'s, found once per stem), kept up
/// to date as IDs are issued: finding it again for every new block cost time quadratic
/// in the blocks under one stem (a list of 60,000 items: 18 s).
#[derive(Default)]
struct Highest(HashMap<String, u128>);

impl Highest {
    /// A new ID `stem` `k` `suffix`, `k` [`next_number`] of `stem`, or the first number
    /// after it whose ID was never issued (before, a number of 4294967295 in
    /// `templates/ids.toml` wrapped to 0, and two new blocks got one ID: one's text was
    /// lost).
    fn fresh(&mut self, issued: &BTreeSet<String>, stem: &str, suffix: &str) -> String {
        let mut k = match self.0.get(stem) {
            Some(&max) => max + 1,
            None => {
                let next = next_number(issued, stem);
                self.0.insert(stem.to_string(), next - 1);
                next
            }
        };
        loop {
            let id = format!("{stem}{k}{suffix}");
            if !issued.contains(&id) {
                return id;
            }
            k += 1;
        }
    }

    /// Notes `id`, just issued, under every stem it counts for by [`next_number`]'s rule:
    /// each run of digits that follows a non-digit and ends the ID or a `-`.
    fn issue(&mut self, id: &str) {
        let bytes = id.as_bytes();
        for (p, &b) in bytes.iter().enumerate() {
            if !b.is_ascii_digit() || p > 0 && bytes[p - 1].is_ascii_digit() {
                continue;
            }
            let digits = bytes[p..].iter().take_while(|b| b.is_ascii_digit()).count();
            if digits > MAX_DIGITS || !matches!(bytes.get(p + digits), None | Some(b'-'))
            {
                continue;
            }
            let (Some(max), Ok(k)) =
                (self.0.get_mut(&id[..p]), id[p..p + digits].parse())
            else {
                continue;
            };
            *max = (*max).max(k);
        }
    }
}

/// The scope a heading's ID opens for the blocks under it: the ID without `-title`.
fn scope_of(id: &str) -> String {
    id.strip_suffix("-title").unwrap_or(id).to_string()
}

/// The ID of every block, in order: `old[i]` when the block continues an old one, else
/// a new ID (see the module documentation), which is added to `issued`. Page breaks
/// have none.
///
/// ```
/// use std::collections::BTreeSet;
/// use silkpress::import::number::number;
/// use silkpress::project::BlockKind::*;
/// let mut issued: BTreeSet<String> = ["ch1-title", "ch1-p1", "ch1-p2"].map(String::from).into();
/// let ids = number(&[Chapter, Paragraph, Paragraph], &[Some("ch1-title".into()), Some("ch1-p1".into()), None], &mut issued);
/// // ch1-p2 was deleted: the new paragraph does not take its ID.
/// assert_eq!(ids, [Some("ch1-title".into()), Some("ch1-p1".into()), Some("ch1-p3".into())]);
/// ```
pub fn number(
    kinds: &[BlockKind],
    old: &[Option<String>],
    issued: &mut BTreeSet<String>,
) -> Vec<Option<String>> {
    debug_assert_eq!(kinds.len(), old.len());
    let mut chapter: Option<String> = None;
    let mut section: Option<String> = None;
    let mut subsection: Option<String> = None;
    // The number of the quote just before, for its attribution.
    let mut last_quote: Option<(String, u128)> = None;
    let mut out = Vec::with_capacity(kinds.len());
    let mut highest = Highest::default();
    for (&kind, old) in kinds.iter().zip(old) {
        if kind == BlockKind::PageBreak {
            out.push(None);
            continue;
        }
        let intro = || "intro".to_string();
        let id = match old {
            Some(id) => id.clone(),
            None => {
                let new = match kind {
                    BlockKind::Chapter => highest.fresh(issued, "ch", "-title"),
                    BlockKind::Section => {
                        let scope = chapter.clone().unwrap_or_else(intro);
                        let stem = format!("{scope}-s");
                        highest.fresh(issued, &stem, "-title")
                    }
                    BlockKind::Subsection => {
                        let scope =
                            section.clone().or(chapter.clone()).unwrap_or_else(intro);
                        let stem = format!("{scope}-ss");
                        highest.fresh(issued, &stem, "-title")
                    }
                    _ => {
                        let scope = subsection
                            .clone()
                            .or(section.clone())
                            .or(chapter.clone())
                            .unwrap_or_else(intro);
                        let suffix = match kind {
                            BlockKind::Subheading => "h",
                            BlockKind::Quote => "q",
                            BlockKind::Attribution => "qa",
                            BlockKind::Item => "li",
                            _ => "p",
                        };
                        // An attribution takes its quote's number when it is free.
                        let paired = match (&last_quote, kind) {
                            (Some((s, k)), BlockKind::Attribution) if *s == scope => {
                                Some(format!("{scope}-qa{k}"))
                                    .filter(|id| !issued.contains(id))
                            }
                            _ => None,
                        };
                        paired.unwrap_or_else(|| {
                            let stem = format!("{scope}-{suffix}");
                            highest.fresh(issued, &stem, "")
                        })
                    }
                };
                highest.issue(&new);
                issued.insert(new.clone());
                new
            }
        };
        match kind {
            BlockKind::Chapter => {
                chapter = Some(scope_of(&id));
                section = None;
                subsection = None;
            }
            BlockKind::Section => {
                section = Some(scope_of(&id));
                subsection = None;
            }
            BlockKind::Subsection => subsection = Some(scope_of(&id)),
            _ => {}
        }
        last_quote = None;
        if kind == BlockKind::Quote {
            // `<scope>-q<k>`: remember scope and k.
            if let Some((scope, k)) = id.rsplit_once("-q") {
                if let Ok(k) = k.parse() {
                    last_quote = Some((scope.to_string(), k));
                }
            }
        }
        out.push(Some(id));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use BlockKind::*;

    /// Numbers at the edge of any width never make a new ID one already issued (before,
    /// `ch1-s1-p4294967295` in the record made the next two paragraphs both `ch1-s1-p0`).
    #[test]
    fn huge_numbers_in_the_record_never_give_an_id_twice() {
        let before: BTreeSet<String> = [
            "ch4294967295-title",
            "ch1-s1-p4294967295",
            "ch1-s1-p18446744073709551615",
            "ch1-s1-p340282366920938463463374607431768211455",
            "ch1-s1-p99999999999999999999999999999999999999",
            "ch1-s1-p100000000000000000000000000000000000000",
        ]
        .map(String::from)
        .into();
        let mut issued = before.clone();
        let kinds = [Chapter, Section, Paragraph, Paragraph, Chapter, Paragraph];
        let old = [
            Some("ch1-title".to_string()),
            Some("ch1-s1-title".to_string()),
        ];
        let old: Vec<Option<String>> = old
            .into_iter()
            .chain(std::iter::repeat_n(None, 4))
            .collect();
        let ids = number(&kinds, &old, &mut issued);
        let new: Vec<&String> = ids[2..].iter().flatten().collect();
        assert_eq!(new.len(), 4);
        for (i, id) in new.iter().enumerate() {
            assert!(!before.contains(*id), "{id} was issued before");
            assert!(!new[..i].contains(id), "{id} issued twice");
        }
    }

    /// Every new ID takes the number [`next_number`] gives its stem at that point, as
    /// looking it up afresh for each block did: the kept maxima never drift, whatever
    /// stems the new IDs count for (`ch1-s2-title` counts for `ch` and `ch1-s`).
    #[test]
    fn kept_maxima_number_as_a_fresh_search_would() {
        let choices = [
            Chapter, Section, Subsection, Paragraph, Item, Subheading, Quote,
        ];
        let mut state = 7u64;
        let kinds: Vec<BlockKind> = (0..3000)
            .map(|_| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let r = (state >> 33) as usize;
                // Headings rarer than paragraphs and items.
                choices[if r % 10 < 3 { r % 3 } else { 3 + r % 4 }]
            })
            .collect();
        let before: BTreeSet<String> = [
            "ch1-li3",
            "ch2-s1-title",
            "ch3-title",
            "intro-p9",
            "ch2-s1-p40",
            "ch12-title",
        ]
        .map(String::from)
        .into();
        let mut issued = before.clone();
        let ids = number(&kinds, &vec![None; kinds.len()], &mut issued);
        let mut seen = before;
        for id in ids.iter().flatten() {
            let body = id.strip_suffix("-title").unwrap_or(id);
            let digits = body.bytes().rev().take_while(u8::is_ascii_digit).count();
            let (stem, k) = body.split_at(body.len() - digits);
            assert_eq!(k.parse::<u128>().unwrap(), next_number(&seen, stem), "{id}");
            assert!(seen.insert(id.clone()), "{id} issued twice");
        }
        assert_eq!(issued, seen);
    }

    #[test]
    fn a_fresh_document_is_numbered_like_the_report() {
        let kinds = [
            Paragraph,
            Chapter,
            Quote,
            Attribution,
            Section,
            Paragraph,
            Subheading,
            Paragraph,
            Subsection,
            Paragraph,
            Item,
            Item,
            PageBreak,
            Chapter,
            Paragraph,
        ];
        let mut issued = BTreeSet::new();
        let ids = number(&kinds, &vec![None; kinds.len()], &mut issued);
        let ids: Vec<_> = ids.iter().map(|i| i.as_deref().unwrap_or("")).collect();
        assert_eq!(
            ids,
            [
                "intro-p1",
                "ch1-title",
                "ch1-q1",
                "ch1-qa1",
                "ch1-s1-title",
                "ch1-s1-p1",
                "ch1-s1-h1",
                "ch1-s1-p2",
                "ch1-s1-ss1-title",
                "ch1-s1-ss1-p1",
                "ch1-s1-ss1-li1",
                "ch1-s1-ss1-li2",
                "",
                "ch2-title",
                "ch2-p1",
            ]
        );
        assert_eq!(issued.len(), 14);
    }

    #[test]
    fn new_blocks_extend_kept_headings_and_skip_every_issued_number() {
        let mut issued: BTreeSet<String> = [
            "foreword-title",
            "foreword-p1",
            "foreword-p2",
            "ch1-title",
            "ch3-s2-p1",
        ]
        .map(String::from)
        .into();
        let ids = number(
            &[Chapter, Paragraph, Section, Chapter],
            &[Some("foreword-title".into()), None, None, None],
            &mut issued,
        );
        assert_eq!(
            ids,
            [
                Some("foreword-title".into()),
                Some("foreword-p3".into()),
                Some("foreword-s1-title".into()),
                Some("ch4-title".into()),
            ]
        );
    }

    #[test]
    fn stems_do_not_confuse_kinds() {
        let issued: BTreeSet<String> = ["ch1-qa7", "ch1-ss2-title", "ch10-title"]
            .map(String::from)
            .into();
        assert_eq!(next_number(&issued, "ch1-q"), 1);
        assert_eq!(next_number(&issued, "ch1-s"), 1);
        assert_eq!(next_number(&issued, "ch1-ss"), 3);
        assert_eq!(next_number(&issued, "ch"), 11);
    }
}
