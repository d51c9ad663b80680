"""Importing seminars into the library, and listing them: 1,000 seminars of 300 points.

A documenter collects hundreds of seminars over the years; importing them must be
reasonable and `seminarnotes list` (the archive view's query) must stay instant.

Import: every seminar is timed on its own (one transaction each, as the program imports a
package), and the figure is the median and p99 per seminar, not one long run that a busy
moment of the shared machine would skew. Baseline: the same seminars written by plain
sqlite3 INSERTs (same pragmas, one transaction each) into a library of their own, in the
same run: the least any import must do. `seminarnotes list` is timed against a bare
`python -c "import sqlite3"`, so that it can be read as a ratio on any machine.

Usage: .venv/bin/python benchmarks/bench_library.py [--seminars N] [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.measure import median, median_of, percentile, seconds
from benchmarks.summary import Row, finish, ms, times
from seminarnotes.core import connections
from seminarnotes.core.document import ExportSettings, GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point

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


_SEMINAR_COLUMNS = (*SeminarDetails.names(), *ExportSettings.names(), "uid", "created", "modified")


def insert_plainly(db: sqlite3.Connection, doc: SeminarDoc, number: int) -> None:
    """The baseline: the seminar's rows by plain INSERTs in one transaction."""
    stamp = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
    values = {name: getattr(doc.details, name) for name in SeminarDetails.names()}
    values.update({name: getattr(doc.export, name) for name in ExportSettings.names()})
    values.update(date=doc.details.date.isoformat() if doc.details.date else None, uid=f"{number:032x}",
                  created=stamp, modified=stamp)
    db.execute("BEGIN IMMEDIATE")
    seminar_id = db.execute(f"INSERT INTO seminar ({', '.join(_SEMINAR_COLUMNS)}) "
                            f"VALUES ({', '.join('?' * len(_SEMINAR_COLUMNS))})",
                            [values[name] for name in _SEMINAR_COLUMNS]).lastrowid
    for i, session in enumerate(doc.sessions):
        session_id = db.execute("INSERT INTO seminar_session (seminar_id, position, name, question) "
                                "VALUES (?, ?, ?, ?)", (seminar_id, i, session.name, session.question)).lastrowid
        for j, group in enumerate(session.groups):
            group_id = db.execute("INSERT INTO discussion_group (session_id, position, name) VALUES (?, ?, ?)",
                                  (session_id, j, group.name)).lastrowid
            db.executemany("INSERT INTO point (group_id, position, text, level, kind, created) "
                           "VALUES (?, ?, ?, ?, ?, ?)",
                           [(group_id, k, p.text, p.level, p.kind, stamp) for k, p in enumerate(group.points)])
    db.execute("COMMIT")


def _command(args: list[str]) -> Callable[[], object]:
    return lambda: subprocess.run(args, check=True, stdout=subprocess.DEVNULL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seminars", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    OUT.mkdir(exist_ok=True)
    path, plain = OUT / "bench-library.sqlite", OUT / "bench-library-plain.sqlite"
    for stale in [*OUT.glob("bench-library.sqlite*"), *OUT.glob("bench-library-plain.sqlite*")]:
        stale.unlink()
    rng = random.Random(2014)
    docs = [make_seminar(rng, i + 1) for i in range(args.seminars)]
    points = sum(d.point_count() for d in docs)

    Library.open(plain).close()
    ours: list[float] = []
    baseline: list[float] = []
    with Library.open(path) as lib:
        db = connections.for_writing(plain)
        try:
            for number, doc in enumerate(docs):  # in turns, so that both meet the same moments of the machine
                ours.append(seconds(lambda doc=doc: lib.import_doc(doc)))
                baseline.append(seconds(lambda doc=doc, number=number: insert_plainly(db, doc, number)))
        finally:
            db.close()
        assert len(lib.list_seminars()) == len(docs), "the library does not list every imported seminar"
    print(f"import: {len(docs)} seminars, {points} points in {sum(ours):.1f} s ({len(docs) / sum(ours):.1f} "
          f"seminars/s); plain INSERTs {sum(baseline):.1f} s; library file {path.stat().st_size / 1e6:.1f} MB")

    cli = [str(Path(sys.executable).with_name("seminarnotes")), "--library", str(path), "list"]
    out = subprocess.run(cli, check=True, capture_output=True, text=True).stdout.splitlines()
    assert len(out) == len(docs) and out[0].count("\t") == 2, "unexpected `seminarnotes list` output"
    startup = median_of(_command([sys.executable, "-c", "import sqlite3"]), args.runs, warm_up=True)
    listing = median_of(_command(cli), args.runs, warm_up=True)
    per = f"{points // len(docs)}-point"
    return finish([
        Row(f"import of a {per} seminar (one transaction), median / p99 of {len(docs):,}",
            f"{ms(median(ours))} / {ms(percentile(ours, 99))}",
            f"plain INSERTs {ms(median(baseline))} / {ms(percentile(baseline, 99))}",
            times(median(ours) / median(baseline))),
        Row(f"`seminarnotes list` on {len(docs):,} seminars, median of {args.runs}", ms(listing),
            f"`python -c 'import sqlite3'` {ms(startup)}", times(listing / startup)),
    ])


if __name__ == "__main__":
    sys.exit(main())
