#!/usr/bin/env bash
# Export the icon: seminarnotes.svg to PNGs in the sizes the Linux icon theme and the window
# use, and to seminarnotes.ico for Windows (16-256 px). The 16-pixel PNG comes from
# seminarnotes-small.svg, the same picture drawn on the pixel grid. The results are committed,
# so building a package needs neither tool; tests/packaging/test_icons.py checks they match
# the SVGs. Needs rsvg-convert and icotool: `bash packaging/linux/sysdeps.sh icons`.
set -euo pipefail
cd "$(dirname "$0")"
PNG_SIZES=(16 20 22 24 32 40 48 64 128 256 512)
ICO_SIZES=(16 20 24 32 40 48 64)   # plus 256, stored as PNG inside the .ico
for size in "${PNG_SIZES[@]}"; do
  source=seminarnotes.svg
  if ((size == 16)); then source=seminarnotes-small.svg; fi
  rsvg-convert --width "$size" --height "$size" "$source" --output "seminarnotes-$size.png"
done
ico_parts=()
for size in "${ICO_SIZES[@]}"; do ico_parts+=("seminarnotes-$size.png"); done
icotool --create --output seminarnotes.ico "${ico_parts[@]}" --raw=seminarnotes-256.png
