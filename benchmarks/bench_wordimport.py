"""How long reading a large hand-made Word document takes, and how much memory, against
python-docx merely opening the same file and reading its paragraphs' text (the least
any reader must do), measured in the same run.

Documents: hand-made shape (bold sessions and group names, Word lists on two levels,
shaded examples, typed dashes), 5,000 and 50,000 paragraphs. Figures: median wall time
of reading + recognising + assembling; the same for the preview window being built
(offscreen); writing the 50,000-paragraph seminar to a library; peak memory (VmHWM of a fresh process)
of a fresh process doing each. Targets (issue 12): time and memory bounded, i.e. the
reader within a small factor of python-docx's own reading, and 10x the paragraphs
taking about 10x the time (linear), not 100x.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_wordimport.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bench_export import timed  # noqa: E402
from tests.wordimport.handmade import large_handmade  # noqa: E402

_MEMORY = """
import sys
sys.path.insert(0, {repo!r})
path = {path!r}
if {ours!r}:
    from seminarnotes.wordimport import read_word
    read_word(path).assemble()
else:
    import docx
    [p.text for p in docx.Document(path).paragraphs]
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forked parent across exec
print(next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:")))
"""


def peak_kib(path: Path, ours: bool) -> int:
    code = _MEMORY.format(repo=str(REPO), path=str(path), ours=ours)
    return int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import docx

    from seminarnotes.core.library import Library
    from seminarnotes.wordimport import read_word

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        ours: dict[int, float] = {}
        for paragraphs in (5_000, 50_000):
            path = large_handmade(tmp / f"doc{paragraphs}.docx", paragraphs)
            ours[paragraphs] = timed(lambda: read_word(path).assemble(), args.runs)
            theirs = timed(lambda: [p.text for p in docx.Document(str(path)).paragraphs], args.runs)
            print(f"{paragraphs:>6} paragraphs  read+recognise+assemble {ours[paragraphs]:6.2f} s   "
                  f"python-docx open+text {theirs:6.2f} s   ratio {ours[paragraphs] / theirs:4.1f}x "
                  f"(median of {args.runs})", flush=True)
        big = tmp / "doc50000.docx"
        print(f"scaling: 50,000 paragraphs take {ours[50_000] / ours[5_000]:.1f}x the time of 5,000 (linear = 10x)")

        reading = read_word(big)
        from PySide6.QtWidgets import QApplication

        from seminarnotes.ui.import_export.word_import import WordImportDialog

        app = QApplication.instance() or QApplication([])
        preview = timed(lambda: WordImportDialog(reading).deleteLater(), args.runs)
        app.processEvents()
        print(f"preview window for 50,000 paragraphs built in {preview:.2f} s (median of {args.runs})")

        doc = reading.assemble().doc
        with Library.open(tmp / "lib.sqlite") as library:
            start = time.perf_counter()
            library.import_doc(doc)
            print(f"library import of {doc.point_count():,} points in one transaction: "
                  f"{time.perf_counter() - start:.2f} s")

        mine, baseline = peak_kib(big, True), peak_kib(big, False)
        print(f"peak memory (VmHWM of a fresh process), 50,000 paragraphs ({big.stat().st_size / 1e6:.1f} MB file): reader "
              f"{mine / 1024:.0f} MiB, python-docx open+text {baseline / 1024:.0f} MiB, ratio {mine / baseline:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
