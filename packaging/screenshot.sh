#!/usr/bin/env bash
# Make the README's screenshots with the real window on a virtual screen
# (../shared/tools/screenshot-app), from a throw-away library and settings:
#   resources/screenshots/main-window.png  the sample seminar open, a group with highlights
#                                          and sub-points selected;
#   resources/screenshots/archive.png      File > Open... (Ctrl+O): the archive of the library
#                                          (the sample and the 2014 RESK reference seminar);
# then the venue's: the projector view and the dark window (screenshot_venue.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
tool=${SCREENSHOT_APP:-../shared/tools/screenshot-app}
py=${PYTHON:-.venv/bin/python}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
"$py" -m seminarnotes --library "$work/library.sqlite" sample >/dev/null
# From the seminar, three Ctrl+PgDown reach "Ludvika/Smedjebacken" (a highlight, sub-points);
# Ctrl+2 puts the cursor in its points, as while typing at the venue.
ACTIONS="key ctrl+Next; key ctrl+Next; key ctrl+Next; key ctrl+2; key ctrl+End" \
  "$tool" resources/screenshots/main-window.png 5 -- "$py" -m seminarnotes --library "$work/library.sqlite"
echo "resources/screenshots/main-window.png"
reference=${REFERENCE:-../shared/reference/resk-2014-04-08.seminarnotes}
"$py" -m seminarnotes --library "$work/library.sqlite" import "$reference" >/dev/null
ACTIONS="key ctrl+o; sleep 0.5" \
  "$tool" resources/screenshots/archive.png 5 -- "$py" -m seminarnotes --library "$work/library.sqlite"
echo "resources/screenshots/archive.png"
bash packaging/screenshot_venue.sh
