#!/usr/bin/env python3
"""Writes tests/fixtures/lints-bd5da9b: a bare tree (en source and the translations) of
the messages in which the typography lints find the mechanical defects of the
translations as they stood before the translation review (commit bd5da9b), with every
term of each locale (messages reference them). Run from the repository root:

    python3 scripts/extract_lint_fixture.py

The messages are copied verbatim from `git show bd5da9b:locales/<tag>/<file>`.
"""
import pathlib
import subprocess

COMMIT = "bd5da9b"
OUT = pathlib.Path("tests/fixtures/lints-bd5da9b")
# file -> IDs, per locale (en gets the union).
PICK = {
    "fa": {"chapter-1.ftl": ["ch1-q1", "ch1-s1-p2", "ch1-s1-p6", "ch1-s2-p7", "ch1-s3-p3"],
           "chapter-2.ftl": ["ch2-s2-p8"],
           "chapter-3.ftl": ["ch3-q1"]},
    "kk": {"chapter-1.ftl": ["ch1-q1", "ch1-s1-p1"], "chapter-2.ftl": ["ch2-q1"],
           "chapter-3.ftl": ["ch3-q1"]},
    "ru": {"chapter-1.ftl": ["ch1-s1-p1", "ch1-s1-p2"]},
    "uz": {"chapter-1.ftl": ["ch1-q1", "ch1-s1-p1"], "chapter-2.ftl": ["ch2-s2-p7"],
           "chapter-3.ftl": ["ch3-q1"]},
    "zh-CN": {"chapter-3.ftl": ["ch3-q1"]},
}


def show(locale, file):
    return subprocess.run(["git", "show", f"{COMMIT}:locales/{locale}/{file}"],
                          check=True, capture_output=True, text=True).stdout


def entries(text):
    """(id, lines) of each message and term, comments dropped."""
    out, cur = [], None
    for line in text.splitlines():
        if line and not line[0].isspace() and not line.startswith("#"):
            cur = (line.split("=", 1)[0].strip(), [line])
            out.append(cur)
        elif line.startswith("#") or not line.strip():
            cur = None if line.startswith("#") else cur
            if cur and not line.strip():
                cur[1].append(line)
        elif cur:
            cur[1].append(line)
    return out


def write(locale, file, ids):
    keep = [e for e in entries(show(locale, file)) if e[0] in ids or (file == "terms.ftl")]
    text = "\n".join("\n".join(lines).rstrip("\n") for _, lines in keep) + "\n"
    path = OUT / locale / file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"# Extracted from {COMMIT}:locales/{locale}/{file} by scripts/extract_lint_fixture.py\n" + text)


source = {}
for locale, files in PICK.items():
    for file, ids in files.items():
        write(locale, file, ids)
        source.setdefault(file, set()).update(ids)
    write(locale, "terms.ftl", [])
for file, ids in source.items():
    write("en", file, ids)
write("en", "terms.ftl", [])
