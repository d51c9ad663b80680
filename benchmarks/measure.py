"""Timing helpers the benchmarks share: medians and percentiles of repeated runs.

The machine is shared, so a figure is never one run: the median of several, and for
latencies (a key) the 50th and 99th percentile of many.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def seconds(run: Callable[[], object]) -> float:
    """Wall time of one call."""
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def samples(run: Callable[[], object], runs: int, *, warm_up: bool = False) -> list[float]:
    """Wall times of `runs` calls; with `warm_up`, one call first that is not counted (it
    pays for imports and the page cache)."""
    if warm_up:
        run()
    return [seconds(run) for _ in range(runs)]


def in_turns(runs: int, *actions: Callable[[], object], warm_up: bool = False) -> list[float]:
    """The median wall time of each action, the actions taking turns run after run, so that
    a figure and its baseline meet the same moments of a shared machine."""
    if warm_up:
        for action in actions:
            action()
    taken: list[list[float]] = [[] for _ in actions]
    for _ in range(runs):
        for times, action in zip(taken, actions, strict=True):
            times.append(seconds(action))
    return [median(times) for times in taken]


def median(values: list[float]) -> float:
    return statistics.median(values)


def median_of(run: Callable[[], object], runs: int, *, warm_up: bool = False) -> float:
    """The median wall time of `runs` calls."""
    return median(samples(run, runs, warm_up=warm_up))


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank, 0 < q <= 100): p99 of 300 keys is the 297th fastest."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))  # ceil(n * q / 100)
    return ordered[int(rank) - 1]
