#!/usr/bin/env bash
# sysdeps.sh GROUP... — make sure Debian packages that Seminarnotes needs are there.
# Groups: venv (python3-venv), qt (libraries Qt loads even offscreen), window (Qt's xcb
# plugin for a real window, and Xvfb for the tests that need one), readers (LibreOffice, poppler and pandoc for the tests
# that read our Word files back). As root the missing packages are installed with
# apt-get; otherwise the one apt-get line to run is printed and the exit status is 1.
set -euo pipefail
declare -A groups=(
  [venv]="python3-venv"
  [qt]="libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libx11-6 fonts-dejavu-core"
  [window]="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 xvfb"
  [readers]="libreoffice-writer-nogui poppler-utils pandoc fonts-liberation"
)
command -v dpkg-query >/dev/null || exit 0   # not Debian: nothing we know how to check
missing=()
for group in "$@"; do
  for pkg in ${groups[$group]:?unknown group $group}; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
done
((${#missing[@]})) || exit 0
if [[ $(id -u) -eq 0 ]]; then
  echo "installing ${missing[*]} …" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Seminarnotes needs system packages; run: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
