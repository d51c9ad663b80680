"""How fast the Word export is, against pandoc doing the same outline, and that it scales.

A seminar here is 10 sessions x 20 groups x 30 points (6,000 points, three levels,
10 % highlights), and ten times that (60,000). Targets: the 6,000-point export at
least 10x faster than pandoc's markdown->docx of the same outline (issue 11; issue 3
asked 5x), and the 60,000-point export under 12x the 6,000-point time (python-docx's
add_paragraph would be quadratic: ~40x).

Usage: .venv/bin/python benchmarks/bench_export.py [--runs N] [--no-large]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from seminarnotes.core.document import GroupDoc, SeminarDetails, SeminarDoc, SessionDoc  # noqa: E402
from seminarnotes.core.outline import Point  # noqa: E402
from seminarnotes.export import export_docx  # noqa: E402

LEVELS = (0, 1, 2, 2, 1, 0, 1, 0, 0, 1)  # valid outline: never more than one level deeper
SENTENCE = "Vi behöver hitta former för att sprida kunskap från utbildningar till andra på arbetsplatsen"


def make_seminar(sessions: int, groups: int = 20, points: int = 30) -> SeminarDoc:
    """A synthetic seminar shaped like the reference, only bigger."""
    details = SeminarDetails(title="Benchmark", speaker="Talare", venue="Aros", organizer="VKL",
                             thanks="Tack!", compiled_by="Någon")
    return SeminarDoc(details, [
        SessionDoc(f"Pass {s + 1}", "Vad vill vi fokusera på?", [
            GroupDoc(f"Grupp {s + 1}.{g + 1}", [
                Point(f"{SENTENCE} ({s}.{g}.{i})", LEVELS[i % len(LEVELS)],
                      "highlight" if i % 10 == 7 else "point")
                for i in range(points)])
            for g in range(groups)])
        for s in range(sessions)])


def as_markdown(doc: SeminarDoc) -> str:
    """The same outline as pandoc markdown: headings, nested bullets, highlights in italics."""
    lines = [f"% {doc.details.title}", ""]
    for session in doc.sessions:
        lines += [f"# {session.name}", "", f"*{session.question}*", ""]
        for group in session.groups:
            lines += [f"## {group.name}", ""]
            for p in group.points:
                text = f"*{p.text}*" if p.kind == "highlight" else p.text
                lines.append(f"{'    ' * p.level}- {text}")
            lines.append("")
    return "\n".join(lines)


def timed(action: Callable[[], object], runs: int) -> float:
    """Median wall time of `runs` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs for the 6,000-point figures (median)")
    parser.add_argument("--no-large", action="store_true", help="skip the 60,000-point run")
    args = parser.parse_args()
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        print("pandoc is not installed, so there is nothing to compare with: "
              "apt-get install pandoc (or see https://pandoc.org/installing.html).", file=sys.stderr)

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        # (sessions, runs of ours, runs of pandoc): pandoc needs ~30 s for 60,000 points
        sizes = [(10, args.runs, args.runs)] + ([] if args.no_large else [(100, 3, 1)])
        ours: dict[int, float] = {}
        for sessions, runs, pandoc_runs in sizes:
            doc = make_seminar(sessions)
            n = doc.point_count()
            ours[n] = timed(lambda: export_docx(doc, tmp / "ours.docx"), runs)
            line = f"{n:>6} points  seminarnotes {ours[n]:7.2f} s (median of {runs})"
            if pandoc:
                md = tmp / "outline.md"
                md.write_text(as_markdown(doc), encoding="utf-8")
                theirs = timed(lambda: subprocess.run([pandoc, "-f", "markdown", "-t", "docx", "-o",
                                                       str(tmp / "pandoc.docx"), str(md)], check=True),
                               pandoc_runs)
                line += f"  pandoc {theirs:7.2f} s (median of {pandoc_runs})  pandoc/ours {theirs / ours[n]:5.1f}x"
            print(line, flush=True)
    if len(ours) == 2:
        small, large = sorted(ours)
        ratio = ours[large] / ours[small]
        print(f"scaling: {large:,} points take {ratio:.1f}x the time of {small:,} (target < 12x; linear = 10x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
