#!/usr/bin/env bash
# Render page 1 of the reference seminar's Word export to
# resources/screenshots/reference-export-page1.png, for the README.
# Needs: the repo's .venv, LibreOffice (soffice) and poppler-utils (pdftoppm).
# Usage: packaging/render_reference.sh [PACKAGE.seminarnotes]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${SEMINARNOTES_SHARED:-$repo/../shared}
package=${1:-$shared/reference/resk-2014-04-08.seminarnotes}
out=$repo/resources/screenshots/reference-export-page1.png
work=$(mktemp -d /tmp/render-reference.XXXXXX)
trap 'rm -rf "$work"' EXIT
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install libreoffice-writer-nogui poppler-utils" >&2; exit 2; }
done
cd "$repo"
"$repo/.venv/bin/python" - "$package" "$work/reference.docx" <<'PY'
import sys
from pathlib import Path
from seminarnotes.core.package import read
from seminarnotes.export import export_docx
export_docx(read(Path(sys.argv[1])), Path(sys.argv[2]))
PY
timeout 180 soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf \
  --outdir "$work" "$work/reference.docx" >/dev/null 2>&1
pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/reference.pdf" "${out%.png}"
echo "$out"
