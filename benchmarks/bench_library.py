"""How the library behaves with a realistic archive: 1,000 seminars of 300 points.

A documenter collects hundreds of seminars over the years; importing them must be
reasonable and `seminarnotes list` (the archive view's query) must stay instant.
Startup of a bare `python -c "import sqlite3"` is timed alongside, so the CLI
figure can be read as a ratio on any machine.

Usage: .venv/bin/python benchmarks/bench_library.py [--seminars N] [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from seminarnotes.core.document import GroupDoc, SeminarDetails, SeminarDoc, SessionDoc  # noqa: E402
from seminarnotes.core.library import Library  # noqa: E402
from seminarnotes.core.outline import Point  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
WORDS = (
    "samverkan verksamheten medarbetare chef arbetsplatsen utveckla uppföljning rutiner dialog tillit "
    "kompetens lärande elevhälsan socialtjänsten förskola skola brukare anhöriga kommunen regionen "
    "tydlighet ansvar ledning kunskap erfarenheter arbetssätt reflektion planering insatser stöd "
    "barn unga äldreomsorg vården kvalitet delaktighet information mål resultat gemensam viktigt "
    "behöver skapa hitta former för att och med i på av som till det vi ska kan mer"
).split()
TOWNS = ("Falun Borlänge Mora Orsa Leksand Rättvik Säter Gagnef Avesta Hedemora Ludvika Smedjebacken "
         "Västerås Köping Arboga Sala Fagersta Norberg Surahammar Hallstahammar Kungsör Uppsala Enköping").split()


def _sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(5, 22))
    return " ".join(words).capitalize()


def _points(rng: random.Random, count: int) -> list[Point]:
    """`count` points over three levels (each at most one deeper than the last), 10 % highlights."""
    points: list[Point] = []
    level = -1
    for _ in range(count):
        level = rng.choices([0, min(level + 1, 2), max(level, 0)], weights=[5, 3, 2])[0] if points else 0
        points.append(Point(_sentence(rng), level, "highlight" if rng.random() < 0.1 else "point"))
    return points


def make_seminar(rng: random.Random, number: int, points: int = 300) -> SeminarDoc:
    """A seminar in the RESK shape: two sessions, about ten groups, `points` points in all."""
    group_count = rng.randint(8, 12)
    sizes = [points // group_count + (1 if i < points % group_count else 0) for i in range(group_count)]
    groups = [GroupDoc(rng.choice(TOWNS), _points(rng, size)) for size in sizes]
    half = group_count // 2
    details = SeminarDetails(
        title=f"Seminarium {number}: {_sentence(rng)}", speaker=f"Talare {number}", venue=rng.choice(TOWNS),
        date=dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(5000)),
        document_type="Dokumentation av gruppdiskussioner", organizer="Kommunförbundet",
        thanks="Tack för din medverkan!", compiled_by="Utvecklingsledaren",
    )
    return SeminarDoc(details, [SessionDoc("Förmiddag", _sentence(rng) + "?", groups[:half]),
                                SessionDoc("Eftermiddag", _sentence(rng) + "?", groups[half:])])


def median_seconds(run: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _command(args: list[str]) -> Callable[[], object]:
    return lambda: subprocess.run(args, check=True, stdout=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seminars", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    OUT.mkdir(exist_ok=True)
    path = OUT / "bench-library.sqlite"
    for stale in OUT.glob("bench-library.sqlite*"):
        stale.unlink()
    rng = random.Random(2014)
    docs = [make_seminar(rng, i + 1) for i in range(args.seminars)]
    points = sum(d.point_count() for d in docs)

    with Library.open(path) as lib:
        start = time.perf_counter()
        for doc in docs:
            lib.import_doc(doc)
        seconds = time.perf_counter() - start
        print(f"import: {len(docs)} seminars, {points} points in {seconds:.1f} s "
              f"({len(docs) / seconds:.1f} seminars/s, {points / seconds:.0f} points/s)")
        listed = lib.list_seminars()
        assert len(listed) == len(docs), "the library does not list every imported seminar"
        in_process = median_seconds(lib.list_seminars, args.runs)
    print(f"library file: {path} ({path.stat().st_size / 1e6:.1f} MB)")

    cli = [str(Path(sys.executable).with_name("seminarnotes")), "--library", str(path), "list"]
    out = subprocess.run(cli, check=True, capture_output=True, text=True).stdout.splitlines()
    assert len(out) == len(docs) and out[0].count("\t") == 2, "unexpected `seminarnotes list` output"
    baseline = median_seconds(_command([sys.executable, "-c", "import sqlite3"]), args.runs)
    cli_time = median_seconds(_command(cli), args.runs)

    print(f"median of {args.runs}:")
    print(f"  list_seminars() in process:   {in_process * 1000:8.1f} ms")
    print(f"  python -c 'import sqlite3':   {baseline * 1000:8.1f} ms  (startup baseline)")
    print(f"  seminarnotes --library F list: {cli_time * 1000:8.1f} ms  ({cli_time / baseline:.1f}x the baseline)")


if __name__ == "__main__":
    main()
