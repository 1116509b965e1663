//! The line breaker end to end (opportunities, total fit, finalize) on text of every
//! script the report uses.

use super::finalize::{finalize_with, Scan};
use super::knuth_plass::{lines_of, total_fit, total_fit_within, Breaker};
use super::opportunities::{add_hyphenation, candidates};
use super::*;
use crate::doc::StyledText;
use crate::layout::testing::typesetter;
use crate::layout::{Align, ParStyle, Typesetter};

fn style(ts: &Typesetter, align: Align) -> ParStyle {
    let (size, lead) = ts.body();
    ParStyle::new(size, size * lead, align)
}

/// The windowed search must find the very breaks the full one does: on every block
/// of every locale of the report, in its own style and options, with and without
/// hyphenation points.
#[test]
fn skipping_very_loose_lines_never_changes_the_breaks() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = crate::project::Project::load(root).unwrap();
    let mut compared = 0;
    for tag in &project.available {
        let report = crate::l10n::resolve(&project, tag).unwrap().output;
        let ts = typesetter(tag);
        for (role, text) in report.doc.body_texts() {
            if text.content.runs.is_empty() {
                continue;
            }
            // The paragraph's own style, as the build sets it.
            let ps = ts.par_style(role, false);
            let origin = crate::layout::Origin {
                locale: tag,
                id: Some(&text.id),
            };
            let par =
                crate::layout::itemize(&text.content, ts.rtl, ts.class, ts.book, origin)
                    .unwrap();
            let runs = ts.shaper_for_tests().shape(&par, ps.size);
            let opts = ts.break_options(&par, &ps);
            let m = Measure::new(&par, &runs);
            if m.chars.is_empty() {
                continue;
            }
            let b = Breaker::new(&m, &opts);
            let mut cands = candidates(&par, &m, &opts);
            for hyphenate in [false, true] {
                if hyphenate {
                    let Some(h) = opts.hyphenator else { break };
                    add_hyphenation(&m, h, &mut cands);
                }
                let full = total_fit_within(&b, &cands, None);
                assert_eq!(total_fit(&b, &cands), full, "{tag} {}", text.id);
                compared += 1;
            }
        }
    }
    assert!(compared > 1500, "only {compared} paragraphs compared");
}

/// Sets `text` at the measure `width` and returns the lines' logical text.
fn lines(tag: &str, text: &str, width: f32) -> Vec<String> {
    let mut ts = typesetter(tag);
    ts.width = width;
    let ps = style(&ts, Align::Justify);
    let set = ts.set(&StyledText::plain(text), &ps, None).unwrap().output;
    for l in &set.lines {
        assert!(
            l.width <= width + 0.01,
            "line wider than the measure: {l:?}"
        );
    }
    set.lines
        .iter()
        .map(|l| {
            let hy = l
                .segments
                .iter()
                .any(|s| s.text.ends_with('-') && !l.text.ends_with('-'));
            format!("{}{}", l.text, if hy { "-" } else { "" })
        })
        .collect()
}

const ZH: &str = "古丝绸之路的历史起点陕西省，正在建设面向中亚、以粮食和果蔬为重点的大宗商品交易中心，\
    并与中亚国家携手共建国际物流枢纽和园区。目前已建成10个海外仓。2024年，陕西与中亚贸易额增长48.1%。\
    “中国—中亚精神”是（双方）共同的《宝贵财富》；我们说：“好！”";

#[test]
fn kinsoku_no_forbidden_line_starts_or_ends() {
    // At every width from 8 to 30 em, no line starts with closing punctuation or
    // ends with opening punctuation (CLREQ basic level).
    for ems in 8..30 {
        let ls = lines("zh-CN", ZH, ems as f32 * 10.5);
        for l in &ls {
            let first = l.chars().next().unwrap();
            let last = l.chars().last().unwrap();
            assert!(
                !"。，、；：）》」！？”".contains(first),
                "line starts with {first}: {l}"
            );
            assert!(!"（《「“".contains(last), "line ends with {last}: {l}");
        }
    }
}

#[test]
fn chinese_has_no_lone_last_character() {
    for ems in 8..30 {
        let ls = lines("zh-CN", ZH, ems as f32 * 10.5);
        let last = ls.last().unwrap();
        let n = last.chars().filter(|c| c.is_alphanumeric()).count();
        assert!(n >= 2, "lone last line {last:?} at {ems} em");
    }
}

#[test]
fn chinese_line_end_punctuation_is_half_width() {
    let mut ts = typesetter("zh-CN");
    ts.width = 10.0 * 10.5;
    let ps = style(&ts, Align::Justify);
    // Nine ideographs then a comma: the comma ends the first line at ½ em.
    let text = "中国中亚合作成果丰，硕国家合作";
    let set = ts.set(&StyledText::plain(text), &ps, None).unwrap().output;
    let first = &set.lines[0];
    assert!(first.text.ends_with('，'), "{:?}", first.text);
    let seg = first.segments.last().unwrap();
    let comma = seg.glyphs.last().unwrap();
    assert!(
        (comma.advance - 10.5 / 2.0).abs() < 0.6,
        "comma advance {}",
        comma.advance
    );
}

#[test]
fn han_latin_spacing_is_at_most_a_quarter_em() {
    let mut ts = typesetter("zh-CN");
    ts.width = 400.0;
    let ps = style(&ts, Align::Start);
    let set = ts
        .set(&StyledText::plain("采用RFID技术"), &ps, None)
        .unwrap()
        .output;
    let line = &set.lines[0];
    // Segments: Han, Latin, Han. The Latin face is used for the acronym.
    assert_eq!(line.segments.len(), 3, "{line:?}");
    let han = &line.segments[0];
    let last_han = han.glyphs.last().unwrap();
    let natural = 10.5; // ideographs are 1 em wide
    let gap = last_han.advance - natural;
    assert!(gap > 0.0 && gap <= 10.5 / 4.0 + 0.01, "gap {gap}");
}

/// The Han–Latin gap of a set line, per boundary: for each character after which the
/// line has extra advance, that character and the extra (ems), in logical order.
fn gaps_after(ts: &Typesetter, text: &str) -> Vec<(char, f32)> {
    let ps = style(ts, Align::Start);
    let set = ts.set(&StyledText::plain(text), &ps, None).unwrap().output;
    assert_eq!(set.lines.len(), 1);
    let mut out = Vec::new();
    for seg in &set.lines[0].segments {
        for g in &seg.glyphs {
            let c = seg.text[g.text.clone()].chars().next().unwrap();
            let (_, natural) = ts.shaper_for_tests().advance_of(seg.face, c, seg.size);
            let extra = (g.advance - natural) / seg.size;
            if extra.abs() > 0.01 {
                out.push((c, (extra * 100.0).round() / 100.0));
            }
        }
    }
    out
}

/// A number's sign belongs to the number: the ¼ em gap goes after "10%" as after "10",
/// before a Han character, never beside full-width punctuation (CLREQ mixed text).
#[test]
fn han_latin_gap_is_the_same_around_number_signs() {
    let mut ts = typesetter("zh-CN");
    ts.width = 400.0;
    assert_eq!(
        gaps_after(&ts, "增长10%和9%；共3000列"),
        [
            ('长', 0.25),
            ('%', 0.25),
            ('和', 0.25),
            ('共', 0.25),
            ('0', 0.25)
        ]
    );
    assert_eq!(gaps_after(&ts, "2024年"), [('4', 0.25)]);
    // The gap is advance, not a character: no space in the line's text or its glyphs.
    let ps = style(&ts, Align::Start);
    let set = ts
        .set(&StyledText::plain("截至2024年12月"), &ps, None)
        .unwrap();
    let line = &set.output.lines[0];
    assert_eq!(line.text, "截至2024年12月");
    for seg in &line.segments {
        assert!(!seg.text.contains(' '), "{seg:?}");
        assert!(seg
            .glyphs
            .iter()
            .all(|g| !seg.text[g.text.clone()].contains(' ')));
    }
}

#[test]
fn adjacent_chinese_punctuation_is_compressed_to_one_and_a_half_em() {
    let mut ts = typesetter("zh-CN");
    ts.width = 400.0;
    let ps = style(&ts, Align::Start);
    let set = ts
        .set(&StyledText::plain("他说：“好。”然后"), &ps, None)
        .unwrap()
        .output;
    let seg = &set.lines[0].segments[0];
    let adv = |c: &str| {
        let at = seg.text.find(c).unwrap();
        seg.glyphs
            .iter()
            .find(|g| g.text.start == at)
            .unwrap()
            .advance
    };
    // CLREQ: two adjacent full-width marks take 1.5 em, not 2 (OpenType `chws`).
    let pair = adv("。") + adv("”");
    assert!((pair - 1.5 * ps.size).abs() < 0.3, "。” take {pair} pt");
    let pair = adv("：") + adv("“");
    assert!((pair - 1.5 * ps.size).abs() < 0.3, "：“ take {pair} pt");
}

#[test]
fn a_word_wider_than_the_measure_is_cut_and_reported() {
    let mut ts = typesetter("en");
    ts.width = 60.0;
    let ps = style(&ts, Align::Justify);
    let word = "4829104829104829104829104829";
    let w = ts
        .set(&StyledText::plain(format!("A {word} here")), &ps, Some("x"))
        .unwrap();
    assert!(w.output.lines.iter().all(|l| l.width <= 60.01));
    assert_eq!(w.warnings.len(), 1, "{:?}", w.warnings);
    assert_eq!(w.warnings[0].code, crate::diag::Code::OverfullLine);
    assert!(
        w.warnings[0].message.contains(word),
        "{}",
        w.warnings[0].message
    );
}

const EN: &str = "In recent years, economic and trade cooperation between China and the \
    Central Asian countries has grown in volume and quality. China has become Central \
    Asia's largest trading partner and a significant source of investment. Since the \
    inaugural China-Central Asia Summit in 2023, China has introduced a series of trade \
    facilitation measures to ensure smooth trade flows with Central Asian countries, \
    expand the supply of their products, and diversify the bilateral trade structure.";

#[test]
fn knuth_plass_beats_first_fit() {
    let mut ts = typesetter("en");
    ts.width = 250.0;
    let ps = style(&ts, Align::Justify);
    let text = StyledText::plain(EN);
    let origin = crate::layout::Origin {
        locale: "en",
        id: None,
    };
    let par = crate::layout::itemize(&text, false, ScriptClass::Latin, ts.book, origin)
        .unwrap();
    let runs = ts.shaper_for_tests().shape(&par, ps.size);
    let opts = BreakOptions {
        width: 250.0,
        indent: 0.0,
        justify: true,
        rules: Rules::Plain,
        hyphenator: None,
        breaking: crate::lang::registry::UNDIVIDED,
        hyphen_width: 3.0,
        em: ps.size,
        looseness: 0,
    };
    let kp = linebreak(&par, &runs, &opts).lines;
    let ff = first_fit(&par, &runs, &opts);
    assert!(
        looseness(&kp) < looseness(&ff),
        "total fit {} vs first fit {}",
        looseness(&kp),
        looseness(&ff)
    );
    for l in kp.iter().chain(&ff) {
        assert!(l.ratio >= -1.0);
    }
}

#[test]
fn words_are_hyphenated_correctly() {
    for (tag, text) in [
        (
            "en",
            "internationalization telecommunications infrastructure interoperability",
        ),
        (
            "ru",
            "государственный внешнеэкономический сотрудничество взаимовыгодного",
        ),
        // Syllable rules, not patterns (layout::syllables).
        (
            "kk",
            "ынтымақтастығы мемлекетаралық стратегиялық қауіпсіздігінің",
        ),
        (
            "uz",
            "hamkorligining oʻzbekistonliklar mamlakatlarining barqarorlikni",
        ),
    ] {
        let mut hyphenated = 0;
        for w in [60.0, 70.0, 80.0, 90.0] {
            let ls = lines(tag, text, w);
            // Rejoining the lines (hyphens removed) gives back the text, and every
            // piece of a divided word has at least two letters (RU-ORF §§211–219).
            let mut joined = String::new();
            for l in &ls {
                match l.strip_suffix('-') {
                    Some(head) => {
                        hyphenated += 1;
                        assert!(head.rsplit(' ').next().unwrap().chars().count() >= 2);
                        joined.push_str(head);
                    }
                    None => {
                        joined.push_str(l);
                        joined.push(' ');
                    }
                }
                assert!(l.split(' ').next().unwrap().chars().count() >= 2, "{ls:?}");
            }
            assert_eq!(joined.trim_end(), text, "{ls:?}");
        }
        assert!(hyphenated > 0, "{tag}: nothing hyphenated");
    }
}

#[test]
fn russian_non_breaking_rules() {
    let text =
        "Он сказал, что в 1998 г. в городе было 25 кг груза, а А. С. Пушкин — поэт, \
        и т. д. и т. п.; в доме № 5 к нам пришли с работы и о нас говорили у входа.";
    for w in (70..260).step_by(7) {
        let ls = lines("ru", text, w as f32);
        for l in &ls {
            let last = l.rsplit(' ').next().unwrap();
            let one_letter =
                last.chars().count() == 1 && last.chars().all(char::is_alphabetic);
            assert!(
                !one_letter,
                "one-letter word at line end: {l:?} (width {w})"
            );
            assert!(
                !(last.len() <= 3 && last.ends_with('.') && last.chars().count() == 2),
                "initial or abbreviation at line end: {l:?}"
            );
            assert!(
                !last.chars().all(|c| c.is_ascii_digit()) || last.is_empty(),
                "number split from its unit: {l:?}"
            );
            assert!(last != "№", "№ at line end: {l:?}");
            assert!(!l.starts_with('—'), "line starts with a dash: {l:?}");
        }
    }
}

/// Numbers keep their units and suffixes, abbreviations their endings, and a word with a
/// hyphen of its own is divided only there: at every measure, no line ends inside
/// `3000-м`, `31 %-ға`, `1 000 МВт-тан`, `ШОС-тың` or `военно-морской` except at
/// the compound's hyphen. (That no paragraph's last full line ends in a hyphen is held
/// on the editions by `tests/typography.rs`: in this short text, packed with things
/// that may not break, every other setting has a far too loose line.)
#[test]
fn numbers_units_and_compounds_are_divided_only_at_their_own_hyphen() {
    let text = "Мощность станций превышает 1 000 МВт-тан, а на высоте 3000-м хребта \
        стоит 31 %-ға всех военно-морской и сельскохозяйственной техники \
        ШОС-тың участников международного сотрудничества.";
    for w in (90..300).step_by(5) {
        let ls = lines("ru", text, w as f32);
        for pair in ls.windows(2) {
            let (l, next) = (&pair[0], &pair[1]);
            let last = l.rsplit(' ').next().unwrap();
            for bad in ["3000-", "%-", "МВт-", "ШОС-"] {
                assert!(
                    !last.ends_with(bad),
                    "{bad:?} at a line end: {l:?} ({w} pt)"
                );
            }
            assert!(!l.ends_with(" 000"), "number split from its unit: {l:?}");
            // военно-морской: only after its hyphen.
            assert!(
                !(last.starts_with("военно-")
                    && last != "военно-"
                    && last.ends_with('-')),
                "{l:?} / {next:?}"
            );
            assert!(
                !(last.ends_with('-')
                    && next.split(' ').next().unwrap().contains("о-мор")),
                "{l:?} / {next:?}"
            );
        }
    }
}

#[test]
fn uzbek_apostrophe_letters_stay_in_their_words() {
    let text =
        "Oʻzbekiston va Xitoy oʻrtasidagi hamkorlik gʻoyat muhim; taʼlim sohasida ham.";
    for w in (50..200).step_by(5) {
        for l in lines("uz", text, w as f32) {
            assert!(
                !l.starts_with(['ʻ', 'ʼ']) && !l.ends_with(['ʻ', 'ʼ']),
                "{l:?}"
            );
        }
    }
}

#[test]
fn persian_zwnj_is_never_a_break_and_nothing_is_hyphenated() {
    let text =
        "کتاب‌ها و خانه‌ها در شهرهای آسیای مرکزی می‌توانند همکاری‌های بیشتری داشته باشند.";
    for w in (40..200).step_by(5) {
        for l in lines("fa", text, w as f32) {
            assert!(
                !l.starts_with('\u{200C}') && !l.ends_with('\u{200C}'),
                "{l:?}"
            );
            assert!(!l.ends_with('-'), "{l:?}");
        }
    }
}

#[test]
fn bidi_order_of_a_mixed_persian_latin_number_line() {
    let mut ts = typesetter("fa");
    ts.width = 400.0;
    let ps = style(&ts, Align::Start);
    let set = ts
        .set(&StyledText::plain("سلام ABC 123 دنیا"), &ps, None)
        .unwrap()
        .output;
    let line = &set.lines[0];
    let visual: Vec<&str> = line.segments.iter().map(|s| s.text.as_str()).collect();
    // Right to left paragraph: the last word in logical order is drawn leftmost,
    // and the Latin + number run keeps its own left-to-right order.
    assert!(visual.first().unwrap().contains("دنیا"), "{visual:?}");
    assert!(visual.last().unwrap().contains("سلام"), "{visual:?}");
    let latin = line
        .segments
        .iter()
        .find(|s| s.text.contains("ABC"))
        .unwrap();
    assert!(!latin.rtl && latin.text.contains("ABC 123"), "{latin:?}");
    let persian = line
        .segments
        .iter()
        .find(|s| s.text.contains("سلام"))
        .unwrap();
    assert!(persian.rtl);
    // Right-aligned: the line ends at the right edge of the measure.
    assert!(
        (line.x + line.width - 400.0).abs() < 0.01,
        "{} + {}",
        line.x,
        line.width
    );
}

/// First fit, for comparison: each line takes as much as fits.
fn first_fit(par: &Paragraph, runs: &[ShapedRun], opts: &BreakOptions) -> Vec<Line> {
    let m = Measure::new(par, runs);
    let b = Breaker::new(&m, opts);
    let mut cands = candidates(par, &m, opts);
    if let Some(h) = opts.hyphenator {
        add_hyphenation(&m, h, &mut cands);
    }
    let mut path = Vec::new();
    let mut start = 0;
    let mut j = 0;
    while j < cands.len() {
        let mut k = j;
        while k + 1 < cands.len() {
            let fit = b.fit(start, &cands[k + 1]);
            if fit.natural - fit.shrink > opts.width {
                break;
            }
            k += 1;
        }
        path.push(k);
        start = cands[k].next;
        j = k + 1;
    }
    lines_of(&b, &cands, &path)
}

/// Sum of squared adjustment ratios of the justified lines: the measure of evenness
/// by which total fit should beat first fit.
fn looseness(lines: &[Line]) -> f32 {
    lines
        .iter()
        .filter(|l| l.justified)
        .map(|l| l.ratio * l.ratio)
        .sum()
}

#[test]
fn justified_lines_fill_the_measure_in_every_script() {
    for (tag, text) in [
        ("fa", "چین با هر پنج کشور آسیای مرکزی موافقت‌نامه‌های بین‌دولتی حمل‌ونقل هوایی امضا کرده و آزادسازی بازار حمل‌ونقل هوایی را به‌طور پیوسته پیش برده است. اتصال هوایی میان شی‌آن و آسیای مرکزی از صفر به پوشش کامل پنج کشور و هفت شهر رسیده است. اکنون هشت مسیر پرواز مسافری که چین را به این شهرهای آسیای مرکزی پیوند می‌دهند به‌طور پایدار فعال‌اند؛ این مسیرها مناطق اقتصادی چین و آسیای مرکزی را یکپارچه می‌کنند."),
        ("en", "In recent years, economic and trade cooperation between China and the Central Asian countries has grown in volume and quality. China has become Central Asia's largest trading partner and a significant source of investment."),
    ] {
        let mut ts = typesetter(tag);
        ts.width = 300.0;
        let (size, lead) = ts.body();
        let ps = ParStyle::new(size, size * lead, Align::Justify);
        let set = ts.set(&StyledText::plain(text), &ps, None).unwrap().output;
        let n = set.lines.len();
        for l in &set.lines[..n - 1] {
            assert!((l.width - 300.0).abs() < 0.05, "{tag}: width {} x {}: {:?}", l.width, l.x, l.text);
            assert!(l.x.abs() < 0.05, "{tag}: x {}", l.x);
        }
    }
}

// ---- The fast paths against the scans they replace ------------------------------------
//
// Each stage after the breaker finds what belongs to a line by binary search (issue 15:
// a scan per line made a long paragraph quadratic). These references scan, as the code
// did, and must give the same on real text of every locale.

/// [`super::opportunities::hyphen_joins_words`] as it was: the whole words on each side
/// of the hyphen read, then cut at their nearest other hyphen.
fn hyphen_joins_words_by_words(m: &Measure, end: usize) -> bool {
    let before = word_before(m, end - 1);
    let part = before
        .rsplit(|c| matches!(c, '-' | '\u{2010}'))
        .next()
        .unwrap_or(before);
    let after = word_after(m, end);
    let next_part = after
        .split(|c| matches!(c, '-' | '\u{2010}'))
        .next()
        .unwrap_or(after);
    let letters = |w: &[char]| w.iter().take_while(|c| c.is_alphabetic()).count();
    let core = |w: &[char]| {
        w.iter()
            .copied()
            .filter(|c| !matches!(c, '«' | '„' | '“' | '(' | '"' | '\u{2018}'))
            .collect::<Vec<char>>()
    };
    let part = core(part);
    part.len() >= 2
        && part.iter().all(|c| c.is_alphabetic())
        && !part[1..].iter().any(|c| c.is_uppercase())
        && letters(next_part) >= 2
}

/// `layout::fits` as it was: every cut and every borrowed character scanned per line.
fn fits_by_scan(par: &Paragraph, broken: &Broken, frames: &mut [LineFrame]) {
    let lines = &broken.lines;
    for (k, (line, frame)) in lines.iter().zip(frames.iter_mut()).enumerate() {
        let fit = &mut frame.fit;
        fit.ratio = if line.justified { line.ratio } else { 0.0 };
        if fit.ratio > 1.0 {
            fit.next = lines.get(k + 1).map(|n| {
                par.text[n.range.clone()]
                    .split(' ')
                    .next()
                    .unwrap_or_default()
                    .to_string()
            });
        }
        let next_start = lines.get(k + 1).map_or(usize::MAX, |n| n.range.start);
        fit.cut = broken
            .cuts
            .iter()
            .find(|(at, _)| *at >= line.range.end && *at <= next_start)
            .map(|(_, w)| w.clone());
        fit.borrowed = par
            .borrowed
            .iter()
            .filter(|(at, _, _)| line.range.contains(at))
            .map(|&(_, c, f)| (c, f))
            .collect();
    }
}

/// What the comparisons covered, so that the test can tell it compared something.
#[derive(Default, Debug)]
struct Covered {
    paragraphs: usize,
    lines: usize,
    cuts: usize,
    borrowed: usize,
    hyphens: usize,
    rtl_runs: usize,
}

/// Breaks and finalizes `text` at the measure `width` both ways and compares.
fn compare_fast_paths(tag: &str, text: &StyledText, width: f32, covered: &mut Covered) {
    let mut ts = typesetter(tag);
    ts.width = width;
    let ps = style(&ts, Align::Justify);
    let origin = crate::layout::Origin {
        locale: tag,
        id: None,
    };
    let par = crate::layout::itemize(text, ts.rtl, ts.class, ts.book, origin).unwrap();
    let runs = ts.shaper_for_tests().shape(&par, ps.size);
    let opts = ts.break_options(&par, &ps);
    let broken = linebreak(&par, &runs, &opts);
    let m = &broken.measure;
    let hyphen = |face, size| ts.shaper_for_tests().advance_of(face, '-', size);
    let mut fast =
        finalize_with(&par, &runs, m, &broken.lines, &opts, &hyphen, Scan::Search);
    let mut scan =
        finalize_with(&par, &runs, m, &broken.lines, &opts, &hyphen, Scan::All);
    assert_eq!(fast, scan, "{tag} at {width} pt: {}", par.text);
    crate::layout::fits(&par, &broken, &mut fast);
    fits_by_scan(&par, &broken, &mut scan);
    assert_eq!(fast, scan, "{tag} at {width} pt: {}", par.text);
    // Each cut names the whole word it was made in.
    for (at, word) in &broken.cuts {
        let k = m.bytes.partition_point(|b| b < at);
        let whole: String = word_before(m, k).iter().chain(word_after(m, k)).collect();
        assert_eq!(&**word, whole.as_str(), "{tag}: cut at {at}");
    }
    // Every explicit hyphen is judged as the whole words judged it.
    for end in 1..m.chars.len() {
        if matches!(m.chars[end - 1], '-' | '\u{2010}') && !is_space(m.chars[end]) {
            assert_eq!(
                super::opportunities::hyphen_joins_words(m, end),
                hyphen_joins_words_by_words(m, end),
                "{tag}: hyphen before {end} in {}",
                par.text
            );
            covered.hyphens += 1;
        }
    }
    covered.paragraphs += 1;
    covered.lines += fast.len();
    covered.cuts += fast.iter().filter(|f| f.fit.cut.is_some()).count();
    covered.borrowed += fast.iter().map(|f| f.fit.borrowed.len()).sum::<usize>();
    covered.rtl_runs += runs.iter().filter(|r| r.rtl()).count();
}

/// Every block of every locale of the report, at the body measure and at a measure
/// narrow enough for emergency cuts, and each locale's body as one long paragraph: the
/// lines found by binary search are the lines the scans found. Persian blocks are also
/// set with Cyrillic letters in them, which come from another script's face (the only
/// borrowed characters the layout records).
#[test]
fn lines_found_by_search_are_the_lines_the_scans_found() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = crate::project::Project::load(root).unwrap();
    let mut covered = Covered::default();
    let borrowing = |text: &StyledText| {
        let mut t = StyledText::default();
        for r in &text.runs {
            t.runs.push(r.clone());
            t.runs.push(crate::doc::TextRun {
                text: " Жж ".into(),
                style: r.style,
            });
        }
        t
    };
    for tag in &project.available {
        let report = crate::l10n::resolve(&project, tag).unwrap().output;
        let body = typesetter(tag).width;
        for (_, text) in report.doc.body_texts() {
            if text.content.is_empty() {
                continue;
            }
            for width in [body, 60.0] {
                compare_fast_paths(tag, &text.content, width, &mut covered);
            }
            if tag == "fa" {
                compare_fast_paths(tag, &borrowing(&text.content), body, &mut covered);
            }
        }
        let long = long_paragraph(&report, tag, 20_000);
        compare_fast_paths(tag, &long, body, &mut covered);
        if tag == "fa" {
            compare_fast_paths(tag, &borrowing(&long), body, &mut covered);
        }
    }
    assert!(
        covered.paragraphs > 3000
            && covered.lines > 20_000
            && covered.cuts > 100
            && covered.borrowed > 100
            && covered.hyphens > 100
            && covered.rtl_runs > 100,
        "too little compared: {covered:?}"
    );
}

/// The body of a locale's report as one paragraph of about `chars` characters (its
/// blocks repeated, joined by a space, none in Chinese).
fn long_paragraph(report: &crate::l10n::Report, tag: &str, chars: usize) -> StyledText {
    let texts: Vec<&StyledText> = report
        .doc
        .body_texts()
        .into_iter()
        .map(|(_, t)| &t.content)
        .filter(|t| !t.is_empty())
        .collect();
    let mut long = StyledText::default();
    let mut count = 0;
    for t in texts.iter().cycle() {
        if count >= chars {
            break;
        }
        if count > 0 && !tag.starts_with("zh") {
            long.runs.push(crate::doc::TextRun {
                text: " ".into(),
                style: Default::default(),
            });
        }
        long.runs.extend(t.runs.iter().cloned());
        count += t.to_plain().chars().count() + 1;
    }
    long
}

/// On paragraphs long enough for their totals to tie (large sums in f32), the windowed
/// search still finds the full search's breaks, in every locale, with and without
/// hyphenation points.
#[test]
fn long_paragraphs_break_as_the_full_search_does() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = crate::project::Project::load(root).unwrap();
    let mut lines = 0;
    for tag in &project.available {
        let report = crate::l10n::resolve(&project, tag).unwrap().output;
        let ts = typesetter(tag);
        let ps = ts.par_style(crate::doc::Role::Paragraph, false);
        let origin = crate::layout::Origin {
            locale: tag,
            id: None,
        };
        let text = long_paragraph(&report, tag, 100_000);
        let par =
            crate::layout::itemize(&text, ts.rtl, ts.class, ts.book, origin).unwrap();
        let runs = ts.shaper_for_tests().shape(&par, ps.size);
        let opts = ts.break_options(&par, &ps);
        let m = Measure::new(&par, &runs);
        let b = Breaker::new(&m, &opts);
        let mut cands = candidates(&par, &m, &opts);
        for hyphenate in [false, true] {
            if hyphenate {
                let Some(h) = opts.hyphenator else { break };
                add_hyphenation(&m, h, &mut cands);
            }
            let full = total_fit_within(&b, &cands, None).expect("the paragraph sets");
            let windowed = total_fit(&b, &cands).expect("the paragraph sets");
            if let Some(k) = (0..full.len()).find(|&k| full.get(k) != windowed.get(k)) {
                panic!("{tag}: line {k} differs (hyphenated: {hyphenate})");
            }
            assert_eq!(full.len(), windowed.len(), "{tag}");
            lines += full.len();
        }
    }
    assert!(lines > 20_000, "only {lines} lines compared");
}

/// A paragraph set to another line count (TeX's `\looseness`) has exactly that many
/// lines, every justified one within the bound, or is left at its best breaking; the
/// exact search with the line count as state agrees with the plain search when asked
/// for the best breaking's own count, and some paragraphs of the report can take a
/// line more and some a line fewer.
#[test]
fn looseness_gives_the_asked_line_count_within_the_bound() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = crate::project::Project::load(root).unwrap();
    let (mut more, mut fewer, mut tried) = (0, 0, 0);
    for tag in ["en", "ru", "kk", "fa", "zh-CN"] {
        let report = crate::l10n::resolve(&project, tag).unwrap().output;
        let ts = typesetter(tag);
        for (role, text) in report.doc.body_texts() {
            let ps = ts.par_style(role, false);
            if text.content.runs.is_empty() || ps.align != Align::Justify {
                continue;
            }
            let origin = crate::layout::Origin {
                locale: tag,
                id: Some(&text.id),
            };
            let par =
                crate::layout::itemize(&text.content, ts.rtl, ts.class, ts.book, origin)
                    .unwrap();
            let runs = ts.shaper_for_tests().shape(&par, ps.size);
            let best = linebreak(&par, &runs, &ts.break_options(&par, &ps)).lines;
            if best.len() < 2 {
                continue;
            }
            // The search with the count as state finds the plain search's breaks when
            // they are within the tolerance.
            let opts = ts.break_options(&par, &ps);
            let m = Measure::new(&par, &runs);
            let b = Breaker::new(&m, &opts);
            let cands = candidates(&par, &m, &opts);
            if let Some(plain) = total_fit(&b, &cands) {
                let own = lines_of(&b, &cands, &plain);
                if own.iter().all(|l| l.ratio <= opts.breaking.tolerance) {
                    let counted = super::looseness::fit_lines(&b, &cands, plain.len());
                    assert_eq!(counted.as_ref(), Some(&plain), "{tag} {}", text.id);
                }
            }
            for looseness in [-1i8, 1] {
                let ps = ParStyle { looseness, ..ps };
                let opts = ts.break_options(&par, &ps);
                let lines = linebreak(&par, &runs, &opts).lines;
                tried += 1;
                if lines.len() == best.len() {
                    assert_eq!(
                        lines, best,
                        "{tag} {}: not loosened, so the best",
                        text.id
                    );
                    continue;
                }
                assert_eq!(
                    lines.len() as isize,
                    best.len() as isize + isize::from(looseness),
                    "{tag} {}",
                    text.id
                );
                let n = lines.len();
                for l in &lines[..n - 1] {
                    assert!(
                        l.ratio <= super::looseness::MAX_RATIO + 1e-4,
                        "{tag} {}: a line at {}",
                        text.id,
                        l.ratio
                    );
                }
                if looseness > 0 {
                    more += 1;
                } else {
                    fewer += 1;
                }
            }
        }
    }
    assert!(
        more > 100 && fewer > 10,
        "of {tried} tries, {more} took a line more and {fewer} a line fewer"
    );
}

/// A walk finds `partition_point`'s point for queries that rise, fall, repeat and jump,
/// with both comparisons the breaker uses.
#[test]
fn walk_finds_the_partition_point_of_every_query() {
    let v = [0usize, 1, 1, 3, 4, 4, 4, 9, 12, 13];
    let queries = [0usize, 1, 1, 2, 4, 13, 14, 3, 3, 0, 9, 10, 5, 14, 14, 1];
    let (mut below, mut upto) = (Walk::default(), Walk::default());
    for q in queries {
        assert_eq!(
            below.point(&v, |x| x < q),
            v.partition_point(|&x| x < q),
            "< {q}"
        );
        assert_eq!(
            upto.point(&v, |x| x <= q),
            v.partition_point(|&x| x <= q),
            "<= {q}"
        );
    }
    assert_eq!(Walk::default().point(&[], |x| x < 3), 0);
}

/// The line-start and line-end sets hold no ASCII letter or digit (`candidates` looks
/// such a character up in neither).
#[test]
fn kinsoku_sets_hold_no_ascii_letter_or_digit() {
    for set in [NO_START, NO_END] {
        assert!(!set.chars().any(|c| c.is_ascii_alphanumeric()), "{set}");
    }
}
