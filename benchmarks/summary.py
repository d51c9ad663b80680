"""Every benchmark ends with rows of one table: what, figure, baseline (measured in the
same run), ratio, target, met. `make bench` (benchmarks/run_all.py) gathers the rows of
all of them into one table; the README's Measured table is made from it.

A benchmark run on its own prints its rows too, and exits with status 1 when a target
is missed. With SEMINARNOTES_BENCH_SUMMARY set, the rows are also appended to that file
(JSON, one row a line) for run_all.py.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

SUMMARY_FILE = "SEMINARNOTES_BENCH_SUMMARY"
COLUMNS = ("what", "figure", "baseline", "ratio", "target", "met?")


@dataclass(frozen=True)
class Row:
    """One figure with its same-run baseline; `met` is None where there is no target."""

    what: str
    figure: str
    baseline: str = "—"
    ratio: str = "—"
    target: str = "—"
    met: bool | None = None

    def cells(self) -> tuple[str, ...]:
        met = "—" if self.met is None else ("yes" if self.met else "**NO**")
        return self.what, self.figure, self.baseline, self.ratio, self.target, met


def ms(seconds: float) -> str:
    """A time for the table: milliseconds below a second, seconds above."""
    if seconds >= 10:
        return f"{seconds:.1f} s"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 0.1:
        return f"{seconds * 1000:.0f} ms"
    if seconds >= 0.001:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds * 1000:.2f} ms"


def times(ratio: float) -> str:
    return f"{ratio:.2f}×" if ratio < 10 else f"{ratio:.1f}×"


def table(rows: list[Row]) -> str:
    """The rows as a Markdown table (readable as it is in a terminal)."""
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + " --- |" * len(COLUMNS)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def finish(rows: list[Row]) -> int:
    """Print the rows, hand them to run_all.py if it asked, and return the exit status:
    1 when a target was missed."""
    print()
    print(table(rows), flush=True)
    target = os.environ.get(SUMMARY_FILE)
    if target:
        with Path(target).open("a", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(asdict(row), ensure_ascii=False) + "\n")
    return 1 if any(row.met is False for row in rows) else 0


def read(path: Path) -> list[Row]:
    """Rows written by `finish`."""
    if not path.exists():
        return []
    return [Row(**json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line]
