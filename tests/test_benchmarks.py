"""`make bench`'s summary: a missed target fails the run, and the rows reach the table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.measure import percentile
from benchmarks.summary import SUMMARY_FILE, Row, finish, read, table

REPO = Path(__file__).resolve().parents[1]


def test_a_missed_target_fails_and_rows_without_targets_do_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(SUMMARY_FILE, str(tmp_path / "rows.jsonl"))
    met = Row("start-up", "305 ms", "bare window 133 ms", "2.29×", "≤ 2.5×", True)
    info = Row("of which list_seminars()", "22 ms")
    missed = Row("search | slowest", "61 ms", "bare FTS5 count 5 ms", "12×", "< 50 ms", False)
    assert finish([met, info]) == 0
    assert finish([missed]) == 1
    assert read(tmp_path / "rows.jsonl") == [met, info, missed]
    printed = capsys.readouterr().out
    assert "| start-up | 305 ms | bare window 133 ms | 2.29× | ≤ 2.5× | yes |" in printed
    assert "| of which list_seminars() | 22 ms | — | — | — | — |" in printed
    assert table([missed]).splitlines()[-1] == ("| search \\| slowest | 61 ms | bare FTS5 count 5 ms | 12× | < 50 ms "
                                                "| **NO** |")


def test_percentiles_are_nearest_rank() -> None:
    keys = [k / 1000 for k in range(1, 301)]  # 1 ms … 300 ms
    assert percentile(keys, 99) == 0.297
    assert percentile(keys, 50) == 0.150
    assert percentile(keys, 100) == 0.300
    assert percentile([0.004], 99) == 0.004


def test_run_all_refuses_an_unknown_benchmark() -> None:
    done = subprocess.run([sys.executable, "benchmarks/run_all.py", "--only", "typo"], cwd=REPO,
                          capture_output=True, text=True)
    assert done.returncode == 2 and "no such benchmark" in done.stderr
