"""The bundled program: its size on disk and as .deb, and its start-up against the venv's.

Builds the bundle and the .deb as `make package` does (into benchmarks/out/package, or takes
dist/ with --reuse-dist), prints the bundle's size and what dominates it (the two executables,
the window's and the command line's, each carry every Python module), then starts, in one
run and alternating, (a) `python -m seminarnotes` from the virtual environment and (b) the
bundled program, both offscreen on the same library of one ~300-point seminar, until the window
is shown with the seminar open and the editor ready (see bench_startup.py). Target: the bundle's
median start-up at most 1.2x the venv's.

    .venv/bin/python benchmarks/bench_bundle.py [--runs 7] [--reuse-dist]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_startup import (
    OUT,
    REPO,
    SELECT_A_GROUP,
    SEMINARS,
    SMALL_LIBRARY,
    _env,
    build_library,
    medians,
)
from benchmarks.summary import Row, finish, ms, times

TARGET = 1.2
PACKAGE = OUT / "package"
PARTS = [  # (label, fits(file name, path parts inside the bundle)), the first that fits
    ("the window's executable (every Python module, compressed)", lambda name, parts: parts == ("seminarnotes",)),
    ("the command line's executable (the same modules again)", lambda name, parts: parts == ("seminarnotes-cli",)),
    ("ICU (Unicode tables and code, needed by QtCore)", lambda name, _: name.startswith("libicu")),
    ("Qt libraries", lambda name, _: name.startswith("libQt6")),
    ("Qt plugins", lambda _, parts: "plugins" in parts),
    ("PySide6 bindings", lambda name, parts: "PySide6" in parts or name.startswith(("libpyside6", "libshiboken6"))),
    ("Python", lambda name, parts: name.startswith(("libpython", "base_library")) or parts[1].startswith("python3")),
]


def build() -> tuple[Path, Path]:
    """The bundle folder and the .deb, made as `make package` makes them."""
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(PACKAGE / "dist"), "--workpath", str(PACKAGE / "work"),
                    "packaging/pyinstaller/seminarnotes.spec"], cwd=REPO, check=True)
    deb = subprocess.run([sys.executable, "packaging/linux/build_deb.py", "--bundle",
                          str(PACKAGE / "dist/seminarnotes"), "--out", str(PACKAGE / "dist")],
                         cwd=REPO, check=True, capture_output=True, text=True)
    return PACKAGE / "dist/seminarnotes", Path(deb.stdout.strip())


def sizes(bundle: Path, deb: Path) -> Row:
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    print(f"bundle {bundle}: {total / 2**20:.1f} MiB in {len(files)} files; "
          f".deb {deb.stat().st_size / 2**20:.1f} MiB")

    def part(path: Path) -> str:
        """What a file of the bundle belongs to; the first rule that fits."""
        inside = path.relative_to(bundle).parts
        for label, fits in PARTS:
            if fits(path.name, inside):
                return label
        return inside[1] if inside[0] == "_internal" else inside[0]

    weight = Counter()
    for path in files:
        weight[part(path)] += path.stat().st_size
    for label, size in weight.most_common(8):
        print(f"  {size / 2**20:5.1f} MiB {100 * size / total:3.0f}%  {label}")
    largest = ", ".join(f"{label.split(' (')[0]} {100 * size / total:.0f} %" for label, size in weight.most_common(4))
    second = weight[PARTS[1][0]] / 2**20  # what the console executable for Windows' command line costs
    return Row("the bundled program's size", f"{total / 2**20:.0f} MiB on disk ({largest}; the command line's "
                                             f"executable {second:.1f} MiB); .deb {deb.stat().st_size / 2**20:.1f} MiB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--reuse-dist", action="store_true", help="take dist/ from `make package` instead of building")
    args = parser.parse_args()
    if args.reuse_dist:
        bundle, deb = REPO / "dist/seminarnotes", next((REPO / "dist").glob("seminarnotes_*.deb"))
    else:
        bundle, deb = build()
    size = sizes(bundle, deb)
    if not SMALL_LIBRARY.exists():
        build_library(SMALL_LIBRARY, range(SEMINARS - 1, SEMINARS))
    subprocess.run([sys.executable, "-c", SELECT_A_GROUP, str(SMALL_LIBRARY)], env=_env(), cwd=REPO, check=True,
                   stderr=subprocess.DEVNULL)
    commands = {"venv": [sys.executable, "-m", "seminarnotes", "--library", str(SMALL_LIBRARY)],
                "bundle": [str(bundle / "seminarnotes"), "--library", str(SMALL_LIBRARY)]}
    med = medians(commands, args.runs)
    print(f"start-up, median of {args.runs} runs, one seminar of 300 points, offscreen")
    for name, (ready, idle, memory, whole) in med.items():
        print(f"  {name:8} ready {ready * 1000:5.0f} ms, idle {idle * 1000:5.0f} ms, peak RSS {memory:6.1f} MB "
              f"when ready / {whole:6.1f} MB whole run")
    ratio = med["bundle"][0] / med["venv"][0]
    return finish([size, Row(f"start-up of the bundled program, one seminar, median of {args.runs}",
                             ms(med["bundle"][0]), f"from .venv {ms(med['venv'][0])}", times(ratio), f"≤ {TARGET}×",
                             ratio <= TARGET)])


if __name__ == "__main__":
    sys.exit(main())
