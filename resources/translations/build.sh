#!/usr/bin/env bash
# Refresh the translation sources (.ts) from the UI code and compile them (.qm).
#
#   lupdate  adds new strings as unfinished and keeps every translation already made
#            (a string gone from the code stays in the .ts, marked vanished);
#   lrelease writes the .qm files that the app loads (seminarnotes/ui/app.py).
#
# lupdate reads every module under seminarnotes/ui/, its rooms included.
#
# seminarnotes_sv.ts holds every string, seminarnotes_en.ts only the plural forms
# ("%n matches" -> "1 match"). Both .ts and .qm are committed; run this (`make
# translations`) after changing UI strings, translate what is unfinished, run it again.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${PYSIDE6_BIN:-$root/.venv/bin}"
lupdate="$bin/pyside6-lupdate"
lrelease="$bin/pyside6-lrelease"
[ -x "$lupdate" ] || lupdate=pyside6-lupdate
[ -x "$lrelease" ] || lrelease=pyside6-lrelease

cd "$root"
shopt -s globstar
sources=(seminarnotes/ui/**/*.py)
"$lupdate" -silent -source-language en "${sources[@]}" -ts "$here/seminarnotes_sv.ts"
"$lupdate" -silent -source-language en -pluralonly "${sources[@]}" -ts "$here/seminarnotes_en.ts"
for ts in "$here"/seminarnotes_*.ts; do
    "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
