#!/usr/bin/env python3
"""Per-locale missing and obsolete counts of compare-locales and `silkpress check`,
side by side, on a tree of FTL files with a compare-locales project configuration.

    scripts/compare_locales_counts.py TREE L10N_TOML [--source en-US]
        [--silkpress target/release/silkpress] [--compare-locales compare-locales]
        [--expected FILE] [--write-expected FILE]

Runs `compare-locales --json - L10N_TOML TREE` and `silkpress --root TREE check
--source SOURCE --l10n-toml L10N_TOML --format json`, prints one row per locale with
both tools' `missing` and `obsolete` (and their wall times), and exits 1 when they
differ. `--expected FILE` also compares compare-locales' counts with a committed file
(tests/fixtures/firefox/compare-locales.json), so the numbers a test asserts stay what
compare-locales prints; `--write-expected FILE` writes that file.
"""

import argparse
import json
import subprocess
import sys
import time


def run(cmd):
    start = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.monotonic() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr}")
    return json.loads(proc.stdout), wall


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("tree")
    ap.add_argument("l10n_toml")
    ap.add_argument("--source", default="en-US")
    ap.add_argument("--silkpress", default="target/release/silkpress")
    ap.add_argument("--compare-locales", default="compare-locales")
    ap.add_argument("--expected")
    ap.add_argument("--write-expected")
    args = ap.parse_args()

    cl, cl_wall = run([args.compare_locales, "--json", "-", args.l10n_toml, args.tree])
    cl_counts = {}
    for observer in cl:
        for locale, s in observer["summary"].items():
            c = cl_counts.setdefault(locale, {"missing": 0, "obsolete": 0})
            c["missing"] += s.get("missing", 0)
            c["obsolete"] += s.get("obsolete", 0)
    sp, sp_wall = run(
        [
            args.silkpress, "--root", args.tree, "check", "--source", args.source,
            "--l10n-toml", args.l10n_toml, "--format", "json",
        ]
    )
    sp_counts = {
        s["locale"]: {"missing": s["missing"], "obsolete": s["obsolete"]}
        for s in sp["summary"]
    }

    ok = True
    print(f"{'locale':<10} {'missing':>17} {'obsolete':>17}")
    print(f"{'':<10} {'c-l':>8} {'silk':>8} {'c-l':>8} {'silk':>8}")
    for locale in sorted(set(cl_counts) | set(sp_counts)):
        a = cl_counts.get(locale, {"missing": 0, "obsolete": 0})
        b = sp_counts.get(locale)
        if b is None:
            b = {"missing": "-", "obsolete": "-"}
        same = a == b
        ok &= same
        print(
            f"{locale:<10} {a['missing']:>8} {b['missing']:>8} {a['obsolete']:>8}"
            f" {b['obsolete']:>8}  {'same' if same else 'DIFFERENT'}"
        )
    print(f"wall time: compare-locales {cl_wall:.3f} s, silkpress {sp_wall:.3f} s")

    if args.write_expected:
        with open(args.write_expected, "w") as f:
            json.dump(cl_counts, f, indent=1, sort_keys=True)
            f.write("\n")
    if args.expected:
        with open(args.expected) as f:
            expected = json.load(f)
        if expected != cl_counts:
            print(f"compare-locales no longer prints {args.expected}: {cl_counts}")
            ok = False
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
