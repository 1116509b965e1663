//! The HTML renderer on the fixture project `tests/fixtures/html/mini` (every block kind,
//! English and a partly translated Persian): golden pages, escaping of hostile text, the
//! heading outline, fallback-language marking and stable anchors.
//!
//! Golden files are `tests/ref/html/*.html`, rendered without embedded fonts (the font
//! data is tested in `html_fonts.rs`) and with the stylesheet left out. After an intended change, bless them with
//! `UPDATE=1 cargo test --test html` and review the diff.

mod common;

use common::{copy_dir, repo};

use std::path::PathBuf;

use silkpress::diag::Code;
use silkpress::doc::{Block, StyledText};
use silkpress::l10n::{self, Report};
use silkpress::lang::Locale;
use silkpress::project::Project;
use silkpress::render::html::{self, HtmlOptions, Sibling, Templates};

fn fixture() -> PathBuf {
    repo().join("tests/fixtures/html/mini")
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(repo().join(rel)).unwrap()
}

fn templates() -> Templates {
    Templates::read(repo()).unwrap_or_else(|d| panic!("the templates do not load: {d:?}"))
}

fn project() -> Project {
    Project::load(&fixture()).unwrap_or_else(|d| panic!("fixture does not load: {d:?}"))
}

fn siblings() -> Vec<Sibling> {
    vec![
        Sibling {
            locale: Locale::parse("en").unwrap(),
            name: "English".into(),
            href: "report.en.html".into(),
        },
        Sibling {
            locale: Locale::parse("fa").unwrap(),
            name: "فارسی".into(),
            href: "report.fa.html".into(),
        },
    ]
}

fn resolve(project: &Project, tag: &str) -> Report {
    l10n::resolve(project, tag)
        .unwrap_or_else(|d| panic!("{tag} does not resolve: {d:?}"))
        .output
}

fn render(report: &Report) -> String {
    let t = templates();
    let siblings = siblings();
    let options = HtmlOptions {
        subsets: None,
        templates: &t,
        siblings: &siblings,
        fonts: None,
    };
    html::html(report, &options).unwrap_or_else(|d| panic!("render failed: {d:?}"))
}

/// Compares `actual` with the golden file, or writes it under `UPDATE=1`.
fn golden(name: &str, actual: &str) {
    let path = repo().join("tests/ref/html").join(name);
    if std::env::var_os("UPDATE").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} ({e}); create it with UPDATE=1", path.display()));
    if expected != actual {
        let (e, a): (Vec<_>, Vec<_>) =
            (expected.lines().collect(), actual.lines().collect());
        let first = e
            .iter()
            .zip(&a)
            .position(|(x, y)| x != y)
            .unwrap_or(e.len().min(a.len()));
        let show = |lines: &[&str]| {
            lines[first.saturating_sub(2)..(first + 3).min(lines.len())].join("\n")
        };
        panic!(
            "{name} differs from the golden file at line {}\n--- expected\n{}\n--- got\n{}\n\
             (run UPDATE=1 cargo test --test html to accept)",
            first + 1,
            show(&e),
            show(&a)
        );
    }
}

/// Start tags in document order: (name, the tag's full text).
fn tags(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect();
        let end = rest.find('>').unwrap_or(rest.len());
        if !name.is_empty() {
            out.push((name.to_ascii_lowercase(), rest[..end].to_string()));
        }
        rest = &rest[end..];
    }
    out
}

/// A page without its soft hyphens, for tests of its structure and ties.
fn unhyphenated(page: &str) -> String {
    page.replace('\u{AD}', "")
}

#[test]
fn golden_pages() {
    let p = project();
    for tag in ["en", "fa"] {
        let page = render(&resolve(&p, tag));
        // The stylesheet is a template file of its own; the goldens hold the structure.
        let (head, rest) = page.split_at(page.find("<style>").unwrap() + "<style>".len());
        let page = format!("{head}…{}", &rest[rest.find("</style>").unwrap()..]);
        golden(&format!("mini.{tag}.html"), &page);
    }
}

#[test]
fn hostile_text_is_escaped_everywhere() {
    let p = project();
    let mut report = resolve(&p, "en");
    let hostile = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "</p></main><iframe src=javascript:alert(1)>",
        "' onmouseover='alert(1)",
    ];
    for (i, t) in report.doc.texts_mut().into_iter().enumerate() {
        t.content = StyledText::plain(hostile[i % hostile.len()]);
    }
    let cover = &mut report.doc.cover;
    cover.title.content =
        StyledText::plain(format!("</title><script>alert(0)</script>{}", hostile[3]));
    cover.subtitle.content = StyledText::plain(hostile[1]);
    cover.publisher.content = StyledText::plain(hostile[2]);
    report.ui.languages = hostile[1].into();
    report.ui.toc_nav = format!("{}{}", hostile[2], hostile[3]);
    report.ui.skip_link = hostile[0].into();
    let page = render(&report);
    // Without a ToC title the ToC's heading is the `ui-toc-nav` label.
    let mut untitled = report;
    untitled.doc.toc.title = None;
    let untitled = render(&untitled);
    let allowed = [
        "!doctype",
        "html",
        "head",
        "meta",
        "title",
        "link",
        "style",
        "body",
        "header",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "p",
        "nav",
        "ul",
        "ol",
        "li",
        "a",
        "main",
        "article",
        "section",
        "figure",
        "blockquote",
        "figcaption",
        "div",
        // The template's own copy handler, and nothing else (counted below).
        "script",
    ];
    for page in [&page, &untitled] {
        assert_eq!(
            page.matches("<script>").count(),
            1,
            "a script from the text"
        );
        assert!(page.contains("<script>\ndocument.addEventListener(\"copy\""));
    }
    for (name, text) in tags(&page).into_iter().chain(tags(&untitled)) {
        assert!(allowed.contains(&name.as_str()), "unexpected tag <{text}>");
        // Attribute values are quoted and escaped, so what is left outside quotes is
        // attribute names: none may be an event handler.
        let outside: String = text.split('"').step_by(2).collect();
        assert!(
            !outside.contains("onerror") && !outside.contains("onmouseover"),
            "<{text}>"
        );
    }
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    // minijinja escapes `/` too.
    assert!(page.contains("<title>&lt;&#x2f;title&gt;&lt;script&gt;alert(0)"));
    assert!(page.contains("content=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\""));
    assert!(page.contains("aria-label=\"&quot;&gt;&lt;img"));
    assert!(page.contains("<a class=\"skip\" href=\"#_text\">&lt;script&gt;alert(1)"));
    assert!(untitled.contains(
        "<h2 id=\"toc-title\">&lt;&#x2f;p&gt;&lt;&#x2f;main&gt;&lt;iframe \
         src=javascript:alert(1)&gt;&#x27; onmouseover=&#x27;alert(1)</h2>"
    ));
}

#[test]
fn markup_in_messages_becomes_only_the_documented_tags() {
    let p = project();
    let page = render(&resolve(&p, "en"));
    assert!(page.contains(
        "Text with <i>italic</i>, <b>bold</b> and <b>bold </b><b><i>italic</i></b> runs."
    ));
    // Escaped markup in a message stays text, exactly once escaped.
    assert!(page.contains(
        "a &lt; b &amp;&amp; c &gt; d, and &lt;script&gt;alert(1)&lt;/script&gt;."
    ));
    assert!(page.contains("<title>Tea &amp; Silk: a Mini Report</title>"));
    assert!(page.contains(
        "content=\"Quotes &quot;double&quot; and &#x27;single&#x27; &lt;b&gt; in an attribute\""
    ));
}

#[test]
fn a_tag_in_a_translation_is_refused_not_rendered() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture(), dir.path());
    std::fs::write(
        dir.path().join("locales/fa/body.ftl"),
        "ch1-title = <script>alert(1)</script>\nch1-q1 = \"><img src=x onerror=alert(1)>\n",
    )
    .unwrap();
    let p = Project::load(dir.path()).unwrap();
    let errors = match l10n::resolve(&p, "fa") {
        Ok(_) => panic!("hostile markup was accepted"),
        Err(e) => e,
    };
    assert!(
        errors
            .iter()
            .any(|d| d.message.contains("unknown markup `<script>`")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|d| d.message.contains("unknown markup `<img")),
        "{errors:?}"
    );
}

#[test]
fn the_outline_never_skips_a_level() {
    let p = project();
    let page = render(&resolve(&p, "en"));
    let levels = heading_levels(&page);
    assert_eq!(levels[0].0, 1, "the page starts with its <h1>");
    assert_eq!(
        levels.iter().filter(|(l, _)| *l == 1).count(),
        1,
        "one <h1>"
    );
    for w in levels.windows(2) {
        assert!(w[1].0 <= w[0].0 + 1, "<{}> follows <{}>", w[1].1, w[0].1);
    }
    // A subheading is one level below whatever heading it sits under.
    assert!(page.contains("<h4 id=\"ch1-s1-h1\">A Subheading under the Section</h4>"));
    assert!(page.contains("<h4 id=\"ch1-s1-ss1\">A Subsection</h4>"));
    assert!(
        page.contains("<h5 id=\"ch1-s1-ss1-h1\">A Subheading under the Subsection</h5>")
    );
}

/// Heading levels of a page in document order, with each heading's start tag.
fn heading_levels(page: &str) -> Vec<(u8, String)> {
    tags(page)
        .into_iter()
        .filter(|(n, _)| n.len() == 2 && n.starts_with('h') && n != "hr")
        .filter_map(|(n, t)| Some((n[1..].parse().ok()?, t)))
        .collect()
}

#[test]
fn the_real_reports_outline_never_skips_a_level() {
    let p = Project::load(repo()).unwrap_or_else(|d| panic!("{d:?}"));
    let page = render(&resolve(&p, "en"));
    let main = &page[page.find("<main ").unwrap()..];
    let levels = heading_levels(main);
    assert_eq!(levels[0].0, 2, "chapters are <h2> under the page's <h1>");
    for w in levels.windows(2) {
        assert!(w[1].0 <= w[0].0 + 1, "<{}> follows <{}>", w[1].1, w[0].1);
    }
    // A subheading right under a section, and one under a subsection.
    assert!(levels
        .iter()
        .any(|(l, t)| *l == 4 && t.contains("id=\"ch1-s1-h1\"")));
    assert!(levels
        .iter()
        .any(|(l, t)| *l == 5 && t.contains("id=\"ch2-s4-ss1-h1\"")));
}

#[test]
fn toc_lists_chapters_and_sections_with_resolving_anchors() {
    let p = project();
    let page = render(&resolve(&p, "en"));
    let toc =
        &page[page.find("<nav class=\"toc\"").unwrap()..page.find("<main ").unwrap()];
    let hrefs: Vec<&str> = toc
        .split("href=\"#")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    // As deep as the PDF's ToC (`doc::TOC_DEPTH`): the subsection is not listed.
    assert_eq!(hrefs, ["ch1", "ch1-s1", "ch2", "ch2-s1"]);
    for h in hrefs {
        assert!(
            page.contains(&format!(" id=\"{h}\"")),
            "#{h} resolves to nothing"
        );
    }
}

#[test]
fn quotes_lists_and_chapters_are_semantic() {
    let p = project();
    let page = unhyphenated(&render(&resolve(&p, "en")));
    assert!(page.contains(
        "<figure class=\"quote\">\n<blockquote><p>“A quotation, with its attribution below.”</p></blockquote>\n<figcaption>— Someone Quoted</figcaption>\n</figure>"
    ));
    assert!(page.contains(
        "<figure class=\"quote\">\n<blockquote><p>A quotation without attribution.</p></blockquote>\n</figure>"
    ));
    assert!(page.contains("<ul>\n<li>First item</li>\n<li>Second item with &quot;quotes&quot; &amp; an ampersand</li>\n</ul>"));
    assert_eq!(page.matches("<section class=\"chapter\"").count(), 2);
    assert!(page.contains(
        "<section class=\"chapter\" aria-labelledby=\"ch1\">\n<h2 id=\"ch1\">"
    ));
    assert!(page.contains("<div class=\"page-break\"></div>"));
}

#[test]
fn a_quotation_of_two_paragraphs_keeps_its_attribution_under_the_last() {
    let p = project();
    let mut report = resolve(&p, "en");
    let q = report.doc.chapters[0]
        .blocks
        .iter_mut()
        .find_map(|b| match b {
            Block::Quote(q) => Some(q),
            _ => None,
        })
        .unwrap();
    let mut second = q.paragraphs[0].clone();
    second.content = StyledText::plain("And its second paragraph.");
    q.paragraphs.push(second);
    let page = unhyphenated(&render(&report));
    assert!(page.contains(
        "<figure class=\"quote\">\n<blockquote><p>“A quotation, with its attribution below.”</p></blockquote>\n</figure>\n\
         <figure class=\"quote\">\n<blockquote><p>And its second paragraph.</p></blockquote>\n<figcaption>— Someone Quoted</figcaption>\n</figure>"
    ));
}

#[test]
fn fallback_text_carries_its_own_language_and_direction() {
    let p = project();
    let page = render(&resolve(&p, "fa"));
    assert!(page.contains("<html lang=\"fa\" dir=\"rtl\">"));
    // Translated text inherits the page's language.
    assert!(page.contains("<h2 id=\"ch1\">فصل نخست</h2>"));
    assert!(page.contains("<p>متنی با <i>کج</i> و <b>پررنگ</b>.</p>"));
    // Text that fell back to English says so, so that it is read, hyphenated, set in a
    // Latin face and laid out left to right as English.
    assert!(page.contains("<h4 id=\"ch1-s1-h1\" lang=\"en\" dir=\"ltr\">A Subheading under the Section</h4>"));
    assert!(page.contains("<li lang=\"en\" dir=\"ltr\">First item</li>"));
    assert!(
        page.contains("<a href=\"#ch2\" lang=\"en\" dir=\"ltr\">The Second Chapter</a>")
    );
    // The English page marks nothing.
    let en = render(&resolve(&p, "en"));
    assert!(!en[en.find("<body>").unwrap()..].contains(" lang=\"en\" dir=\"ltr\">The"));
}

/// The fixture's Russian body, complete.
const RU_BODY: &str = "\
ch1-title = Первая глава
ch1-q1 = «Цитата, под ней её автор.»
ch1-qa1 = — Кто-то
ch1-s1-title = Раздел
ch1-s1-p1 = Живу в <i>доме</i> — это правда: в 1998 г. было 25 кг.
ch1-s1-h1 = Подзаголовок в разделе
ch1-s1-p2 = Знаки разметки: a &lt; b &amp;&amp; c &gt; d.
ch1-s1-ss1-title = Подраздел
ch1-s1-ss1-h1 = Подзаголовок в подразделе
ch1-s1-ss1-p1 = Далее список.
ch1-li1 = Первый пункт
ch1-li2 = Второй пункт
ch1-s1-ss1-p2 = После списка.
ch2-title = Вторая глава
ch2-q1 = Цитата без автора.
ch2-p1 = Перед разрывом страницы.
ch2-s1-title = После разрыва
ch2-s1-p1 = Последний абзац.
";

#[test]
fn a_complete_translation_marks_nothing_as_english() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture(), dir.path());
    std::fs::write(dir.path().join("locales/ru/body.ftl"), RU_BODY).unwrap();
    let p = Project::load(dir.path()).unwrap_or_else(|d| panic!("{d:?}"));
    let report = resolve(&p, "ru");
    assert!(
        report.doc.body_texts().iter().all(|(_, t)| !t.fallback),
        "a message of the Russian fixture falls back"
    );
    let page = render(&report);
    // Only the language switcher's link to the English edition is in English.
    let nav = page.find("<nav class=\"languages\"").unwrap();
    let end = nav + page[nav..].find("</nav>").unwrap();
    assert!(page[nav..end].contains(" lang=\"en\""));
    for outside in [&page[..nav], &page[end..]] {
        if let Some(at) = outside.find(" lang=\"en\"") {
            let from = outside[..at].rfind('<').unwrap_or(0);
            let to = at + outside[at..].find('>').unwrap_or(0);
            panic!("text marked as English: {}>", &outside[from..to]);
        }
    }
}

#[test]
fn anchors_are_the_same_in_every_locale() {
    let p = project();
    let ids = |page: &str| -> Vec<String> {
        page.split(" id=\"")
            .skip(1)
            .map(|s| s[..s.find('"').unwrap()].to_string())
            .collect()
    };
    let en = ids(&render(&resolve(&p, "en")));
    let fa = ids(&render(&resolve(&p, "fa")));
    assert!(en.len() >= 8, "{en:?}");
    assert_eq!(en, fa);
}

#[test]
fn language_switcher_names_each_edition_in_its_language() {
    let p = project();
    let page = render(&resolve(&p, "fa"));
    let nav = &page[page.find("<nav class=\"languages\"").unwrap()..];
    let nav = &nav[..nav.find("</nav>").unwrap()];
    assert!(nav.contains("aria-label=\"زبان‌ها\""));
    assert!(nav.contains(
        "<a href=\"report.en.html\" hreflang=\"en\" lang=\"en\" dir=\"ltr\">English</a>"
    ));
    assert!(nav.contains("<a aria-current=\"page\" href=\"report.fa.html\" lang=\"fa\" dir=\"rtl\">فارسی</a>"));
    assert!(
        page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"report.en.html\">")
    );
}

#[test]
fn isolation_marks_are_kept_as_characters() {
    let p = project();
    let mut report = resolve(&p, "en");
    let p = report
        .doc
        .chapters
        .iter_mut()
        .flat_map(|c| &mut c.blocks)
        .find_map(|b| match b {
            Block::Paragraph(t) => Some(t),
            _ => None,
        })
        .unwrap();
    p.content = StyledText::plain("Rate: \u{2068}٧٫٢٪\u{2069} a year");
    let page = render(&report);
    assert!(page.contains("<p>Rate: \u{2068}٧٫٢٪\u{2069} a year</p>"));
}

#[test]
fn a_broken_template_is_a_diagnostic_not_a_panic() {
    let errors = Templates::new(
        read(html::TEMPLATE_PATH) + "\n{% for x in %}",
        read(html::INDEX_TEMPLATE_PATH),
        read(html::CSS_PATH),
    )
    .unwrap_err();
    assert_eq!(errors[0].code, Code::TemplateError);
    assert!(
        errors[0]
            .message
            .contains("templates/report.html.j2 at line"),
        "{}",
        errors[0].message
    );
}

#[test]
fn russian_text_gets_its_non_breaking_spaces() {
    let p = project();
    let page = unhyphenated(&render(&resolve(&p, "ru")));
    assert!(
        page.contains("<p>Живу в\u{A0}<i>доме</i>\u{A0}— это правда: в\u{A0}1998\u{A0}г.\u{A0}было 25\u{A0}кг.</p>"),
        "{}",
        &page[page.find("Живу").unwrap() - 10..][..200]
    );
    // English text on the same page (fallback) keeps its spaces.
    assert!(page.contains("<p lang=\"en\" dir=\"ltr\">A list follows.</p>"));
}

/// The words of `text` that carry soft hyphens: (the word, its soft hyphens' offsets).
fn divided_words(text: &str) -> Vec<(String, Vec<usize>)> {
    let mut out = Vec::new();
    let (mut word, mut points) = (String::new(), Vec::new());
    let mut n = 0;
    for c in text.chars().chain([' ']) {
        if c == '\u{AD}' {
            points.push(n);
        } else if silkpress::lang::script::in_word(c) {
            word.push(c);
            n += 1;
        } else {
            if !points.is_empty() {
                out.push((std::mem::take(&mut word), std::mem::take(&mut points)));
            }
            word.clear();
            points.clear();
            n = 0;
        }
    }
    out
}

#[test]
fn soft_hyphens_are_the_pdfs_divisions_and_only_in_body_text() {
    use silkpress::lang::{division, registry};
    let p = Project::load(repo()).unwrap_or_else(|d| panic!("{d:?}"));
    for tag in ["en", "ru", "kk", "uz", "ky", "tg", "tk", "zh-CN", "fa"] {
        let page = render(&resolve(&p, tag));
        let main = &page[page.find("<main ").unwrap()..];
        let mut text = main.to_string();
        for tag in ["<i>", "</i>", "<b>", "</b>"] {
            text = text.replace(tag, "");
        }
        let words = divided_words(&text);
        let profile = registry::language(tag.split('-').next().unwrap()).unwrap();
        if matches!(tag, "zh-CN" | "fa") {
            assert!(words.is_empty(), "{tag}: {:?}", &words[..1]);
            continue;
        }
        assert!(
            words.len() > 100,
            "{tag}: only {} divided words",
            words.len()
        );
        // Long words only, never fewer than four letters on either side (more than the
        // PDF's own minimum fragments: two or three).
        let (min_word, min_fragment) = (html::HTML_MIN_WORD, html::HTML_MIN_FRAGMENT);
        for (word, points) in &words {
            let allowed = division::points(profile, word);
            assert!(
                points.iter().all(|p| allowed.contains(p)),
                "{tag}: {} is not divided as `silkpress hyphenate` divides it: {}",
                division::mark(word, points),
                division::mark(word, &allowed)
            );
            let len = word.chars().count();
            assert!(
                len >= min_word
                    && points[0] >= min_fragment
                    && len - points[points.len() - 1] >= min_fragment,
                "{tag}: {}",
                division::mark(word, points)
            );
        }
        // Headings, the cover and the contents are never divided, as in the PDF.
        let front = &page[page.find("<body>").unwrap()..page.find("<main ").unwrap()];
        assert!(
            !front.contains('\u{AD}'),
            "{tag}: soft hyphen before the text"
        );
        for h in ["<h2", "<h3", "<h4", "<h5"] {
            for part in main.split(h).skip(1) {
                let heading = &part[..part.find("</h").unwrap()];
                assert!(!heading.contains('\u{AD}'), "{tag}: {heading}");
            }
        }
        // No word after a number's or abbreviation's hyphen is divided (2024-yilda).
        assert!(!main.contains("-\u{2060}\u{AD}"), "{tag}");
        for (i, _) in main.match_indices("-\u{2060}") {
            let rest: String = main[i + 4..].chars().take_while(|c| *c != ' ').collect();
            assert!(!rest.contains('\u{AD}'), "{tag}: {rest}");
        }
    }
}
