#!/usr/bin/env python3
"""Typography figures of built PDF editions, measured from outside as a reader's tools see
them: `pdftotext -bbox-layout` (poppler) gives every line and word box; nothing of
silkpress's own layout data is used, so the same script measures a PDF from any engine
(Typst's too, see scripts/typst_compare.py).

Usage: scripts/typo_figures.py [--check] [--body-size PT] PDF...

Per PDF it prints, over the body text lines (body size, on the pages after the contents,
inside the text area: running heads and folios excluded):
  lines      body text lines
  hyph %     lines ending in a hyphen (a divided word or a compound broken at its hyphen)
  run        longest run of consecutive lines ending in a hyphen
  page-end   pages (or columns) whose last line ends in a hyphen, text continuing overleaf
  loose %    justified lines whose mean word space is above 1/2 em
  overfull   lines running past the text area
  kinsoku    lines starting with a character CLREQ forbids at a line start, or ending with
             one it forbids at a line end
  short-end  chapter-ending pages holding fewer than 5 lines
  short      other pages ending 3 lines or more short of the bottom, the next page not a
             chapter opening (a heading pushed to the next page)

With --check, exits 1 when a figure misses the targets of issue 16 (hyphenated lines at
most 9 % in English and 22 % elsewhere, runs of at most two, no page-end division,
loose lines at most 1 %, no overfull line, no kinsoku violation, no chapter ending on a
page of fewer than 5 lines, no other page ending 3 lines or more short).
"""

import argparse
import collections
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

# Text area of the A4 page in templates/style.toml (pt): top and bottom margins 72.
TOP, BOTTOM = 72.0, 841.89 - 72.0
# CLREQ line-start and line-end prohibitions (src/layout/linebreak/opportunities.rs).
NO_START = "、，；：。！？）》」』〉】〕〗〙〛］｝”’·・…‥—–～々〻ヽヾゝゞ゛゜ー％‰℃)]}.,;:!?»،؛؟"
NO_END = "（《「『〈【〔〖〘〚［｛“‘([{«"
# Full-width punctuation set at 1/2 em at a line end (GB/T 15834 5.1.10): its box is
# still a full em wide, so it may reach 1/2 em past the measure.
HALF_AT_END = "、，；：。！？）》」』〉】〕〗］｝”’"
HYPHENS = ("-", "\u2010", "\u00ad")
MIN_CHAPTER_END_LINES = 5
NS = "{http://www.w3.org/1999/xhtml}"


class Line:
    def __init__(self, el):
        self.x0, self.y0 = float(el.get("xMin")), float(el.get("yMin"))
        self.x1, self.y1 = float(el.get("xMax")), float(el.get("yMax"))
        self.words = [
            (float(w.get("xMin")), float(w.get("xMax")), w.text or "")
            for w in el.iter(NS + "word")
        ]
        self.text = " ".join(w[2] for w in self.words)

    @property
    def height(self):
        return self.y1 - self.y0

    def hyphenated(self):
        return self.text.rstrip().endswith(HYPHENS) and not self.text.rstrip().endswith("--")


def pages_of(pdf):
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", pdf, "-"],
        check=True,
        capture_output=True,
    ).stdout
    # poppler writes an XHTML document; its DOCTYPE needs no network.
    root = ET.fromstring(out)
    pages = []
    for page in root.iter(NS + "page"):
        lines = [Line(l) for l in page.iter(NS + "line")]
        pages.append(lines)
    return pages


def is_contents(lines):
    """A contents page: dot leaders."""
    leaders = sum(1 for l in lines if re.search(r"(\.\s?){6,}|…{3,}", l.text))
    return leaders >= 3


def measure(pdf, body_size, lang):
    pages = pages_of(pdf)
    # Body pages: after the last contents page (the cover and contents come first).
    contents = [i for i, p in enumerate(pages) if is_contents(p)]
    first = (contents[-1] + 1) if contents else 1
    body = []  # per page: (lines in the text area in reading order, opens a chapter)
    for lines in pages[first:]:
        area = [l for l in lines if l.y0 >= TOP - 2.0 and l.y1 <= BOTTOM + 2.0]
        furniture_top = any(l.y1 < TOP - 2.0 for l in lines)
        area.sort(key=lambda l: (round(l.y0, 1), l.x0))
        # A page without a running head opens a chapter (or the foreword).
        body.append((area, not furniture_top))
    heights = collections.Counter(
        round(l.height, 1) for area, _ in body for l in area
    )
    if not heights:
        return None
    body_h = heights.most_common(1)[0][0]
    em = body_size  # the body height belongs to the body size
    all_lines = [l for area, _ in body for l in area]
    left = collections.Counter(round(l.x0, 0) for l in all_lines).most_common(1)[0][0]
    right = collections.Counter(round(l.x1, 0) for l in all_lines).most_common(1)[0][0]
    is_body = lambda l: abs(l.height - body_h) <= 0.3
    n = hyph = run = longest = loose = justified = overfull = kinsoku = 0
    page_end, short_end, short = [], [], []
    prev_full = False
    examples = collections.defaultdict(list)
    for pi, (area, _) in enumerate(body):
        number = first + pi + 1
        run = 0
        for l in area:
            t = l.text.strip()
            slack = em / 2.0 if t and t[-1] in HALF_AT_END else 0.0
            if l.x1 > right + 1.0 + slack or l.x0 < left - 1.0:
                overfull += 1
                examples["overfull"].append((number, l.text))
            # Kinsoku: a line continuing a paragraph (the line before it full) must
            # not start with a closing mark; no line may end with an opening one.
            if lang.startswith("zh") and t:
                if (t[0] in NO_START and prev_full) or t[-1] in NO_END:
                    kinsoku += 1
                    examples["kinsoku"].append((number, t))
            prev_full = l.x1 >= right - 1.0
            if not is_body(l):
                run = 0
                continue
            n += 1
            if l.hyphenated():
                hyph += 1
                run += 1
                longest = max(longest, run)
            else:
                run = 0
            # Justified: flush at both edges of the column (the first line's indent
            # aside); the paragraph's last line is short and does not count.
            flush = abs(l.x1 - right) <= 1.0 if lang != "fa" else abs(l.x0 - left) <= 1.0
            if flush and len(l.words) >= 3:
                justified += 1
                gaps = [b[0] - a[1] for a, b in zip(l.words, l.words[1:])]
                if sum(gaps) / len(gaps) > em / 2.0:
                    loose += 1
                    examples["loose"].append((number, l.text))
        last = [l for l in area if is_body(l)]
        if last and last[-1].hyphenated() and pi + 1 < len(body):
            page_end.append(number)
        # The page before a chapter opening (or the last page) ends a chapter.
        ends_chapter = pi + 1 == len(body) or body[pi + 1][1]
        if ends_chapter and len(area) < MIN_CHAPTER_END_LINES:
            short_end.append((number, len(area)))
        elif not ends_chapter and area:
            lead = body_h * 1.45 / 1.362 if body_h else 15.0
            if BOTTOM - area[-1].y1 > 3 * lead:
                short.append(number)
    return {
        "pages": len(pages),
        "lines": n,
        "hyph": hyph,
        "longest": longest,
        "page_end": page_end,
        "loose": loose,
        "justified": justified,
        "overfull": overfull,
        "kinsoku": kinsoku,
        "short_end": short_end,
        "short": short,
        "examples": examples,
    }


def lang_of(pdf):
    m = re.search(r"\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\.pdf$", os.path.basename(pdf))
    return m.group(1) if m else "en"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pdf", nargs="+")
    ap.add_argument("--body-size", type=float, default=10.5)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    failed = []
    print(
        f"{'edition':<28} {'pages':>5} {'lines':>6} {'hyph %':>7} {'run':>4} "
        f"{'page-end':>8} {'loose %':>8} {'overfull':>8} {'kinsoku':>7} "
        f"{'short-end':>9} {'short':>5}"
    )
    for pdf in args.pdf:
        lang = lang_of(pdf)
        r = measure(pdf, args.body_size, lang)
        if r is None:
            print(f"{pdf}: no body text found", file=sys.stderr)
            failed.append(pdf)
            continue
        hp = 100.0 * r["hyph"] / max(r["lines"], 1)
        lp = 100.0 * r["loose"] / max(r["justified"], 1)
        print(
            f"{os.path.basename(pdf):<28} {r['pages']:>5} {r['lines']:>6} {hp:>6.1f}% "
            f"{r['longest']:>4} {len(r['page_end']):>8} {lp:>7.1f}% {r['overfull']:>8} "
            f"{r['kinsoku']:>7} {len(r['short_end']):>9} {len(r['short']):>5}"
        )
        if args.verbose:
            print(f"    page-end divisions on pages {r['page_end']}")
            print(f"    chapter ends (page, lines) {r['short_end']}; short pages {r['short']}")
            for kind, ex in r["examples"].items():
                for page, text in ex[:8]:
                    print(f"    {kind} p{page}: {text}")
        limit = 9.0 if lang == "en" else 22.0
        misses = []
        if hp > limit:
            misses.append(f"hyphenated {hp:.1f}% > {limit}%")
        if r["longest"] > 2:
            misses.append(f"run of {r['longest']} hyphenated lines")
        if r["page_end"]:
            misses.append(f"page-end division on pages {r['page_end']}")
        if lp > 1.0:
            misses.append(f"loose lines {lp:.1f}%")
        if r["overfull"]:
            misses.append(f"{r['overfull']} overfull lines")
        if r["kinsoku"]:
            misses.append(f"{r['kinsoku']} kinsoku violations")
        if r["short_end"]:
            misses.append(f"chapter ends on short pages {r['short_end']}")
        if r["short"]:
            misses.append(f"pages ending 3 lines or more short {r['short']}")
        if misses:
            failed.append(pdf)
            if args.check:
                for m in misses:
                    print(f"    MISS {m}")
    if args.check and failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
