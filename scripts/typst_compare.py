#!/usr/bin/env python3
"""Sets the report's text in Typst with silkpress's fonts, size, leading and measure, so
that scripts/typo_figures.py can measure both engines on the same text.

Usage: scripts/typst_compare.py OUTDIR LOCALE...   (needs `pip install typst`, and the
release binary at target/release/silkpress or $SILKPRESS)

Each locale is exported as Markdown (`silkpress export`), turned into Typst markup
(headings, paragraphs, quotations, list items; emphasis dropped) and compiled with the
fonts of fonts/ only: A4, margins 72/68 pt, 10.5 pt Noto Serif (Noto Serif SC for
Chinese, Vazirmatn right to left for Persian), baselines 1.45 × size apart (1.75 for
Chinese), justified, hyphenated where Typst has patterns for the language, 1.5-em
first-line indents (2 em in Chinese), chapters on new pages after a title page. The
PDFs are written as OUTDIR/report.LOCALE.pdf.

With `--furniture` (first), the document also has what silkpress's edition has and the
plain one lacks: a contents page (chapters and sections, with their page numbers) after
the title page, and running heads (the current chapter's title). `bench_pdf --typst`
times Typst on both, so that its ratio is also given for the same work.
"""

import os
import re
import subprocess
import sys

import typst

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SILKPRESS = os.environ.get("SILKPRESS", os.path.join(ROOT, "target/release/silkpress"))

FONTS = {"zh-CN": "Noto Serif SC", "fa": "Vazirmatn"}
# Noto Serif's cap height (0.714 em): Typst's leading runs from a line's baseline to the
# next line's cap height; Noto Serif SC's and Vazirmatn's tops are set as the same edge.
CAP = 0.714


def escape(text):
    text = re.sub(r"\*\*?([^*]+)\*\*?", r"\1", text)
    return re.sub(r"([\\#$*_@<>`\[\]~/=+-])", r"\\\1", text)


def markup(md, furniture=False):
    out, meta = [], True
    lines = md.splitlines()
    if lines and lines[0] == "---":
        end = lines.index("---", 1)
        title = [l.split(":", 1)[1].strip() for l in lines[1:end] if ":" in l]
        out.append("#align(center)[#text(28pt)[%s]]\n#pagebreak()\n" % escape(title[0]))
        if furniture:
            out.append("#outline(depth: 2)\n#pagebreak()\n")
        lines = lines[end + 1 :]
    for line in lines:
        if not line.strip():
            out.append("")
            continue
        m = re.match(r"^(#+) (.*)$", line)
        if m:
            out.append("%s %s" % ("=" * len(m.group(1)), escape(m.group(2))))
        elif line.startswith("> "):
            out.append("#quote(block: true)[%s]" % escape(line[2:]))
        elif line.startswith("- "):
            out.append("- " + escape(line[2:]))
        else:
            out.append(escape(line))
    return "\n".join(out)


# The current chapter's title at the head of each page after the contents.
HEADER = """
#set page(header: context {
  let before = query(heading.where(level: 1).before(here()))
  if before.len() > 0 { align(center, text(9pt, before.last().body)) }
})
"""


def preamble(tag):
    han = tag.startswith("zh")
    size, lead = 10.5, 1.75 if han else 1.45
    lang = tag.split("-")[0]
    region = ', region: "cn"' if han else ""
    font = FONTS.get(tag, "Noto Serif")
    indent = 2.0 if han else 1.5
    return f"""
#set page(paper: "a4", margin: (top: 72pt, bottom: 72pt, left: 68pt, right: 68pt),
  numbering: "1")
#set text(font: ("{font}", "Noto Serif"), size: {size}pt, lang: "{lang}"{region},
  dir: {"rtl" if tag == "fa" else "ltr"})
#set par(justify: true, leading: {size * lead - size * CAP:.3f}pt,
  spacing: {size * lead - size * CAP:.3f}pt, first-line-indent: {indent}em)
#show heading: set text(weight: "bold")
#show heading.where(level: 1): it => {{ pagebreak(weak: true); v(2 * {size * lead}pt); text(20pt, it) }}
#show heading.where(level: 2): set text(14pt)
#show heading.where(level: 3): set text(12pt)
#show heading.where(level: 4): set text(10.5pt, style: "italic")
#show quote.where(block: true): set text(10pt)
"""


def main():
    args = sys.argv[1:]
    furniture = bool(args) and args[0] == "--furniture"
    if furniture:
        args = args[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    outdir, tags = args[0], args[1:]
    os.makedirs(outdir, exist_ok=True)
    for tag in tags:
        md = subprocess.run(
            [SILKPRESS, "export", "--locale", tag, "--format", "md", "--root", ROOT],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        src = os.path.join(outdir, f"report.{tag}.typ")
        with open(src, "w") as f:
            f.write(preamble(tag) + (HEADER if furniture else "") + markup(md, furniture))
        pdf = os.path.join(outdir, f"report.{tag}.pdf")
        typst.compile(
            src,
            output=pdf,
            font_paths=[os.path.join(ROOT, "fonts")],
            ignore_system_fonts=True,
        )
        print(f"wrote {pdf}")


if __name__ == "__main__":
    main()
