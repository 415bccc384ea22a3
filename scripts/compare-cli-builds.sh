#!/bin/bash
# `scripts/compare-cli-builds.sh <rev> <file>[@<rev>]...`: builds the CLI twice from a copy of the working tree — as it
# is, and with each named file as it was at <rev> (or at its own @<rev>; a file absent there is removed) — and compares
# their reports on a corpus, JSON (English) and text and JSON in Japanese on its jp_sf folder. For a change meant to
# leave every report as it was (issue #19's start-up work): prints IDENTICAL or the first difference, and exits 1 then.
# CORPUS (default ../shared/corpus). The copies live in a temporary folder; dist/ is not touched.
set -euo pipefail
base=${1:?usage: scripts/compare-cli-builds.sh <rev> <file>[@<rev>]...}
shift
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=$(cd "${CORPUS:-$root/../shared/corpus}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tree=$work/tree
mkdir -p "$tree"
(cd "$root" && tar --exclude=./node_modules --exclude=./dist --exclude=./.git -cf - .) | tar -xf - -C "$tree"
ln -s "$root/node_modules" "$tree/node_modules"

# The CLI of the tree now, beside the IP table it finds at ../data.
build() {
  (cd "$tree" && npx webpack --mode production --config-name cli >"$work/$1.log" 2>&1) || { tail -20 "$work/$1.log"; exit 1; }
  mkdir -p "$work/$1/cli"
  ln -s "$root/dist/data" "$work/$1/data"
  cp "$tree/dist/cli/phish-inspector.cjs" "$work/$1/cli/"
}
build after
for spec in "$@"; do
  file=${spec%@*}
  rev=$base
  [ "$spec" != "$file" ] && rev=${spec#*@}
  if git -C "$root" cat-file -e "$rev:$file" 2>/dev/null; then git -C "$root" show "$rev:$file" >"$tree/$file"; else rm -f "$tree/$file"; fi
done
build before

for v in before after; do
  cli=$work/$v/cli/phish-inspector.cjs
  # Exit status 1 means some file was not mail: the reports are still compared.
  node "$cli" --json "$corpus" >"$work/$v.json" || true
  node "$cli" --lang ja "$corpus/jp_sf" >"$work/$v.ja.txt" || true
  node "$cli" --json --lang ja "$corpus/jp_sf" >"$work/$v.ja.json" || true
done
status=0
for out in json ja.txt ja.json; do
  if cmp -s "$work/before.$out" "$work/after.$out"; then
    echo "$out: IDENTICAL ($(wc -l <"$work/after.$out") lines)"
  else
    echo "$out: DIFFERENT"
    diff "$work/before.$out" "$work/after.$out" | head -20
    status=1
  fi
done
exit $status
