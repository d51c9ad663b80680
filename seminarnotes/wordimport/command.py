"""`seminarnotes import FILE.docx [--dry-run]`: import a Word document with the
recognition as it is, or print the recognised outline and write nothing.

Everything printed that a document, a package or a file name brings goes through
`printable`, so that a document cannot drive the terminal (seminarnotes/terminal.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from seminarnotes.core.document import SeminarDoc
from seminarnotes.terminal import printable
from seminarnotes.wordimport.assemble import Assembly, Row
from seminarnotes.wordimport.items import ROLE_NAMES
from seminarnotes.wordimport.reader import read_word

KIND_NAMES = {**ROLE_NAMES, "organizer": "organiser (page header)", "closing": "closing"}


def outline_lines(rows: list[Row]) -> list[str]:
    """One line per row: the paragraph's number, '?' for a guess, the kind and the text,
    indented by depth (sub-points deeper than their points); control characters escaped."""
    lines = []
    for row in rows:
        number = str(row.line) if row.line is not None else ""
        text = printable(row.text.replace("\n", " \u21b5 ").replace("\t", " "))
        kind = KIND_NAMES.get(row.kind, row.kind)
        lines.append(f"{number:>6} {'?' if row.uncertain else ' '} {'  ' * row.depth}{kind}: {text}".rstrip())
    return lines


def summary(doc: SeminarDoc) -> str:
    groups = [g for s in doc.sessions for g in s.groups]
    points = [p for g in groups for p in g.points]
    examples = sum(1 for p in points if p.kind == "highlight")
    return f"Sessions: {len(doc.sessions)}, groups: {len(groups)}, points: {len(points)} ({examples} good examples)."


def rows_of(doc: SeminarDoc) -> list[Row]:
    """The outline of a seminar that comes from a package (no lines, no guesses)."""
    rows = [Row("title", doc.details.title, 0)]
    for session in doc.sessions:
        rows.append(Row("session", session.name, 0))
        if session.question:
            rows.append(Row("question", session.question, 1))
        for group in session.groups:
            rows.append(Row("group", group.name, 1))
            rows += [Row(p.kind, p.text, 2 + p.level, level=p.level) for p in group.points]
    return rows


def print_outline(assembly: Assembly, notes: list[str], out: TextIO) -> None:
    print("\n".join(outline_lines(assembly.rows)), file=out)
    print(f"\n{summary(assembly.doc)}", file=out)
    if assembly.uncertainties:
        print(f"Uncertain lines (marked ?): {len(assembly.uncertainties)}", file=out)
        for uncertainty in assembly.uncertainties:
            print(f"  {printable(str(uncertainty))}", file=out)
    for note in notes:
        print(printable(str(note)), file=out)


def import_file(path: Path, open_library: Callable[[], Any], *, dry_run: bool, out: TextIO, err: TextIO,
                library: Path | None = None) -> int:
    """Import a Word document (or with dry_run show it, and a package's outline too);
    `library` and its own files are refused unread (library_files.refuse_as_source)."""
    from seminarnotes.core.library_files import refuse_as_source

    refuse_as_source(path, library)  # before _is_word looks at its first bytes
    if dry_run and not _is_word(path):
        from seminarnotes.core import package

        doc = package.read(path, library=library)
        print_outline(Assembly(doc, rows_of(doc), []), [], out)
        print("Nothing was written (--dry-run).", file=out)
        return 0
    reading = read_word(path, library=library)
    assembly = reading.assemble()
    if dry_run:
        print_outline(assembly, reading.facts.notes, out)
        print("Nothing was written (--dry-run).", file=out)
        return 0
    for note in [*map(str, assembly.uncertainties), *reading.facts.notes]:
        print(f"seminarnotes: note: {printable(str(note))}", file=err)
    with open_library() as library:
        print(library.import_doc(assembly.doc), file=out)
    return 0


def _is_word(path: Path) -> bool:
    from seminarnotes.wordimport.container import looks_like_word_file

    return looks_like_word_file(path)
