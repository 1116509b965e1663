#!/usr/bin/env bash
# Builds every edition (PDF, PDF/A-2a and HTML, with the index) with two revisions of
# silkpress on the SAME project tree and compares the outputs byte for byte.
#
#   scripts/compare-editions.sh OLD_REV [NEW_REV]     # NEW_REV defaults to the work tree
#
# Each revision is checked out in a temporary git worktree and built in release mode
# (CARGO_TARGET_DIR is kept per revision under target/compare/ so reruns are quick).
# Both binaries build the editions of the current work tree's project (templates/,
# locales/, fonts/), so only the code differs. Exit 0 when every file is identical.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
old="${1:?usage: compare-editions.sh OLD_REV [NEW_REV]}"
new="${2:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"; git -C "$root" worktree prune' EXIT

binary() { # rev -> path of its release binary
  local rev="$1" sha dir
  sha="$(git -C "$root" rev-parse --short "$rev")"
  dir="$work/src-$sha"
  git -C "$root" worktree add -q --detach "$dir" "$sha"
  CARGO_TARGET_DIR="$root/target/compare/$sha" cargo build -q --release --bin silkpress \
    --manifest-path "$dir/Cargo.toml" >&2
  git -C "$root" worktree remove --force "$dir"
  echo "$root/target/compare/$sha/release/silkpress"
}

editions() { # binary outdir
  local bin="$1" out="$2"
  mkdir -p "$out/a2a"
  (cd "$work" && "$bin" --root "$root" build --all --format pdf --format html -o /dev/null >/dev/null 2>&1 || true)
  "$bin" --root "$root" build --all --format pdf --format html >/dev/null
  cp "$root"/out/report.*.pdf "$root"/out/report.*.html "$root"/out/index.html "$out/"
  for pdf in "$root"/out/report.*.pdf; do
    tag="$(basename "$pdf" .pdf)"; tag="${tag#report.}"
    "$bin" --root "$root" build --locale "$tag" --format pdf --pdf-standard a-2a -o "$out/a2a/report.$tag.pdf" >/dev/null
  done
}

old_bin="$(binary "$old")"
if [ -n "$new" ]; then new_bin="$(binary "$new")"; else
  cargo build -q --release --bin silkpress --manifest-path "$root/Cargo.toml" >&2
  new_bin="$root/target/release/silkpress"; fi
editions "$old_bin" "$work/old"
editions "$new_bin" "$work/new"
status=0
for f in $(cd "$work/old" && find . -type f | sort); do
  if cmp -s "$work/old/$f" "$work/new/$f"; then echo "identical  $f"; else echo "DIFFERENT  $f"; status=1; fi
done
exit $status
