"""The hand-made 2014 RESK document imports as the reference seminar."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from seminarnotes.core import package
from seminarnotes.core.document import ExportSettings, SeminarDoc
from seminarnotes.wordimport import read_word
from tests.helpers import REFERENCE_HANDMADE as HANDMADE


# What the document itself cannot say, so the comparison leaves it out:
# - export settings: Word has no "include empty groups" and the logo's file name; the
#   date form (140408, "compact") and the page breaks it does show are checked below;
# - created/modified and the seminar's identity (uid), which belong to the library.
# Everything else (every field, session, question, group, point text, level and kind) is compared.
def _comparable(doc: SeminarDoc) -> SeminarDoc:
    return dataclasses.replace(doc, export=ExportSettings(), created=None, modified=None, uid="")


def test_the_hand_made_document_is_the_reference_seminar(reference_package: Path) -> None:
    expected = package.read(reference_package)
    reading = read_word(HANDMADE)
    imported = reading.doc
    assert imported.details == expected.details
    assert [(s.name, s.question) for s in imported.sessions] == [(s.name, s.question) for s in expected.sessions]
    assert [[g.name for g in s.groups] for s in imported.sessions] == [[g.name for g in s.groups]
                                                                      for s in expected.sessions]
    for got, want in zip(imported.sessions, expected.sessions):
        for got_group, want_group in zip(got.groups, want.groups):
            assert got_group.points == want_group.points, got_group.name
    assert _comparable(imported) == _comparable(expected)
    assert (imported.export.date_format, imported.export.session_page_break) == ("compact", True)


def test_nothing_in_the_hand_made_document_is_a_guess() -> None:
    """Its shape is clear throughout: bold session and group lines, Word lists, shaded examples."""
    reading = read_word(HANDMADE)
    assert reading.uncertainties == []
    assert reading.facts.notes == []
    assert not reading.facts.own_export
