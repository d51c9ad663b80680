"""`make bench`: every benchmark in turn, each in a process of its own and with its own
output, then one summary table of all their rows (see summary.py). Exits with status 1
when a target was missed or a benchmark failed.

    .venv/bin/python benchmarks/run_all.py [--only typing,archive]

The machine is shared with other jobs: the load average before and after is printed
with the table, and every figure is a median (or a percentile) of several runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.summary import SUMMARY_FILE, Row, read, table


def _load() -> str:
    try:
        return " / ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated names, e.g. typing,archive (bench_NAME.py)")
    args = parser.parse_args()
    wanted = {name.strip() for name in args.only.split(",") if name.strip()}
    benchmarks = [path for path in sorted(HERE.glob("bench_*.py"))
                  if not wanted or path.stem.removeprefix("bench_") in wanted]
    if wanted and len(benchmarks) != len(wanted):
        parser.error(f"no such benchmark among: {', '.join(sorted(wanted))}")
    load_before, started = _load(), time.monotonic()
    rows: list[Row] = []
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="seminarnotes-bench-") as folder:
        for path in benchmarks:
            print(f"\n=== {path.name}", flush=True)
            found = Path(folder) / f"{path.stem}.jsonl"
            env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
            env[SUMMARY_FILE] = str(found)
            status = subprocess.run([sys.executable, str(path)], env=env, cwd=HERE.parent).returncode
            mine = read(found)
            rows += mine
            if status != 0 and not any(row.met is False for row in mine):
                failed.append(f"{path.name} (exit status {status})")
    minutes = (time.monotonic() - started) / 60
    print(f"\n=== summary: {len(benchmarks)} benchmarks, {minutes:.0f} min, {dt.date.today().isoformat()}, "
          f"{os.cpu_count()} cores, {platform.system()} {platform.machine()}, Python {platform.python_version()}; "
          f"load average (1/5/15 min) {load_before} before, {_load()} after: a shared machine, medians")
    print(table(rows))
    for name in failed:
        print(f"FAILED: {name}")
    missed = [row.what for row in rows if row.met is False]
    for what in missed:
        print(f"TARGET MISSED: {what}")
    return 1 if failed or missed else 0


if __name__ == "__main__":
    sys.exit(main())
