#!/usr/bin/env bash
# The README's venue screenshots, taken of the real program (Qt's xcb platform) on a virtual
# X display with two screens, as at a venue: a 1366×768 laptop (X screen 0, the main window)
# and a 1024×768 projector (X screen 1, where F5 puts the projector view, full screen):
#   resources/screenshots/projector-light.png  the projector's screen, the documenter typing
#                                              in a group of the sample seminar;
#   resources/screenshots/projector-dark.png   the same after View > Projector options > Dark;
#   resources/screenshots/main-window-dark.png the main window after View > Appearance > Dark,
#                                              a find bar's match marked in the points.
# Every step is a key the documenter presses (xdotool), in a throw-away library and settings.
# Needs Xvfb, xdotool and ImageMagick's import (Debian: xvfb xdotool imagemagick).
set -euo pipefail
cd "$(dirname "$0")/.."
py=${PYTHON:-.venv/bin/python}
out=${OUT:-resources/screenshots}
for tool in Xvfb xdotool import; do
  command -v "$tool" >/dev/null || { echo "screenshot_venue.sh: $tool is missing (xvfb, xdotool, imagemagick)" >&2; exit 2; }
done
work=$(mktemp -d)
disp=:$((80 + RANDOM % 9))
app=
Xvfb "$disp" -screen 0 1366x768x24 -screen 1 1024x768x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state
"$py" -m seminarnotes --library "$work/library.sqlite" sample >/dev/null
DISPLAY=$disp.0 QT_QPA_PLATFORM=xcb "$py" -m seminarnotes --library "$work/library.sqlite" >"$work/app.log" 2>&1 &
app=$!
sleep 4

press() { DISPLAY=$disp.0 xdotool key --clearmodifiers "$@"; sleep 0.5; }
typed() { DISPLAY=$disp.0 xdotool type --delay 40 -- "$1"; sleep 0.8; }
shot() {  # shot SCREEN FILE [WINDOW]: the whole of one X screen, or one window on it
  DISPLAY=$disp.$1 import -window "${3:-root}" "$2"
  echo "$2"
}

# Three Ctrl+PgDown from the seminar reach "Ludvika/Smedjebacken" (a highlight, sub-points);
# Ctrl+2 and Ctrl+End put the cursor at the end of its last point, as while typing.
press ctrl+Next ctrl+Next ctrl+Next ctrl+2 ctrl+End
press F5
typed " - vi sa tillit, inte tid"
shot 1 "$out/projector-light.png"
press alt+v i d   # View > Projector options > Dark colours
shot 1 "$out/projector-dark.png"
press alt+v a d   # View > Appearance > Dark
press ctrl+f      # the find bar, its match marked in the points
typed "samverkan"
press Return
shot 0 "$out/main-window-dark.png" "$(DISPLAY=$disp.0 xdotool search --screen 0 --onlyvisible --pid "$app" \
  --name ' Seminarnotes$' | head -1)"
kill "$app"
wait "$app" 2>/dev/null || true
app=
if grep -q Traceback "$work/app.log"; then
  cat "$work/app.log" >&2
  exit 1
fi
