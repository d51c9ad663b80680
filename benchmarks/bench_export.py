"""How fast the Word export is, against pandoc writing the same outline, and that it scales;
and what the PDF export adds to LibreOffice's own conversion.

A seminar here is 10 sessions x 20 groups x 30 points (6,000 points, three levels,
10 % highlights), and ten times that (60,000). Targets: the 6,000-point export at
least 10x faster than pandoc (issue 11), and the 60,000-point export under 12x the
6,000-point time (python-docx's add_paragraph would be quadratic: ~40x).

Our export is timed in process (`export_docx`: building the document and writing the
file). Pandoc can only be run as a program: its figure includes starting pandoc (the
Haskell runtime), reading the Markdown file, the conversion and writing the .docx. To
compare in-process work with in-process work, pandoc's start-up (pandoc converting a
one-line document, same run) is taken off its figure for the target. Both as commands,
start-up included on both sides (`seminarnotes export FILE.seminarnotes -o F.docx`
against `pandoc`), is reported as well, without a target.

The PDF export of the sample seminar is timed against LibreOffice converting the Word
export of that seminar with a profile of its own, as the export does (`soffice
--headless --convert-to pdf`), same run.

Usage: .venv/bin/python benchmarks/bench_export.py [--runs N] [--no-large]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.measure import in_turns, median_of
from benchmarks.summary import Row, finish, ms, times
from seminarnotes.core import package
from seminarnotes.core.document import GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
from seminarnotes.core.outline import Point
from seminarnotes.export import export_docx

REPO = Path(__file__).resolve().parents[1]
PANDOC_TARGET, SCALING_TARGET = 10.0, 12.0
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


def _run(command: list[str], env: dict[str, str] | None = None) -> Callable[[], object]:
    return lambda: subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)


def pdf_rows(tmp: Path, runs: int) -> list[Row]:
    """The sample seminar's PDF export against LibreOffice converting its Word export."""
    from seminarnotes.export.pdf import export_pdf, find_soffice

    soffice = find_soffice()
    if soffice is None:
        print("LibreOffice is not installed: the PDF export is not measured.", file=sys.stderr)
        return []
    doc = package.read(REPO / "resources" / "sample.seminarnotes")
    source = tmp / "sample.docx"
    export_docx(doc, source)
    rounds = iter(range(1_000_000))

    def convert() -> None:
        profile = tmp / f"profile-{next(rounds)}"
        subprocess.run([str(soffice), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to",
                        "pdf", "--outdir", str(tmp / "soffice"), str(source)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(profile, ignore_errors=True)

    ours, theirs = in_turns(runs, lambda: export_pdf(doc, tmp / "sample.pdf"), convert, warm_up=True)
    return [Row(f"PDF export of the sample seminar ({doc.point_count()} points), median of {runs}", ms(ours),
                f"`soffice --convert-to pdf` of its .docx {ms(theirs)}", times(ours / theirs))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs for the 6,000-point figures (median)")
    parser.add_argument("--no-large", action="store_true", help="skip the 60,000-point run")
    args = parser.parse_args()
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        print("pandoc is not installed, so there is nothing to compare with: "
              "apt-get install pandoc (or see https://pandoc.org/installing.html).", file=sys.stderr)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env = dict(os.environ, XDG_CONFIG_HOME=str(tmp), XDG_DATA_HOME=str(tmp), XDG_STATE_HOME=str(tmp))
        doc = make_seminar(10)
        n = doc.point_count()

        def export() -> None:
            export_docx(doc, tmp / "ours.docx")

        if pandoc:
            md, empty, saved = tmp / "outline.md", tmp / "empty.md", tmp / "seminar.seminarnotes"
            md.write_text(as_markdown(doc), encoding="utf-8")
            empty.write_text("% Tom\n\nEn rad.\n", encoding="utf-8")
            package.write(doc, saved)
            ours, theirs, start, ours_command = in_turns(
                args.runs, export,
                _run([pandoc, "-f", "markdown", "-t", "docx", "-o", str(tmp / "p.docx"), str(md)]),
                _run([pandoc, "-f", "markdown", "-t", "docx", "-o", str(tmp / "e.docx"), str(empty)]),
                _run([sys.executable, "-m", "seminarnotes", "export", str(saved), "-o", str(tmp / "c.docx")], env),
                warm_up=True)
            work = theirs - start
            rows.append(Row(f"Word export, {n:,} points, in process, median of {args.runs}", ms(ours),
                            f"pandoc {ms(work)} (its {ms(theirs)} less its start-up {ms(start)})",
                            f"pandoc {times(work / ours)} slower", f"pandoc ≥ {PANDOC_TARGET:.0f}× slower",
                            work / ours >= PANDOC_TARGET))
            rows.append(Row(f"the same as commands, start-up included, median of {args.runs}",
                            f"`seminarnotes export` {ms(ours_command)}", f"`pandoc` {ms(theirs)}",
                            f"pandoc {times(theirs / ours_command)} slower"))
        else:
            ours = median_of(export, args.runs, warm_up=True)
            rows.append(Row(f"Word export, {n:,} points, in process, median of {args.runs}", ms(ours),
                            "pandoc is not installed", "—", f"pandoc ≥ {PANDOC_TARGET:.0f}× slower", False))
        if not args.no_large:
            large_doc = make_seminar(100)
            small, large = in_turns(3, export, lambda: export_docx(large_doc, tmp / "large.docx"))
            rows.append(Row(f"Word export, {large_doc.point_count():,} points, median of 3", ms(large),
                            f"{n:,} points {ms(small)}", times(large / small),
                            f"< {SCALING_TARGET:.0f}× (linear: 10×)", large / small < SCALING_TARGET))
        rows += pdf_rows(tmp, max(1, args.runs // 2))
    return finish(rows)


if __name__ == "__main__":
    raise SystemExit(main())
