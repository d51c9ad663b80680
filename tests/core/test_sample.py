"""The sample seminar that `seminarnotes sample` and first-run users see.

It must be a valid package in the RESK shape, exercise every outline feature the
export has to render, and be our own text rather than a copy of the reference.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from seminarnotes.core import package
from seminarnotes.core.document import SeminarDoc
from seminarnotes.paths import SAMPLE_PACKAGE


@pytest.fixture(scope="module")
def sample() -> SeminarDoc:
    return package.read(SAMPLE_PACKAGE)


def _points(doc: SeminarDoc) -> list[str]:
    return [p.text for s in doc.sessions for g in s.groups for p in g.points]


def _shingles(text: str, size: int = 6) -> set[tuple[str, ...]]:
    """Runs of `size` words, to catch a copied sentence even if slightly edited."""
    words = re.findall(r"\w+", text.casefold())
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


def test_sample_is_a_valid_package(sample: SeminarDoc) -> None:
    assert sample.details.title
    assert sample.details.date is not None
    assert sample.details.language == "sv"
    assert sample.details.document_type == "Dokumentation av gruppdiskussioner"


def test_every_detail_and_closing_field_is_filled(sample: SeminarDoc) -> None:
    d = sample.details
    for name in ("title", "speaker", "venue", "organizer", "thanks", "about", "compiled_by", "contact_name",
                 "contact_role", "contact_organization", "contact_phone", "contact_email", "website"):
        assert getattr(d, name).strip(), f"{name} is empty"
    assert re.fullmatch(r"0\d{2,3}-\d{2,3} \d{2} \d{2}", d.contact_phone)
    assert d.contact_email.endswith("@example.se")
    assert d.website == "https://www.example.se"


def test_shape_is_like_resk(sample: SeminarDoc) -> None:
    assert [s.name for s in sample.sessions] == ["Förmiddag", "Eftermiddag"]
    assert all(s.question.endswith("?") for s in sample.sessions)
    groups = [g for s in sample.sessions for g in s.groups]
    assert len(groups) >= 8
    assert len({g.name for g in groups}) == len(groups)
    assert all(3 <= len(g.points) <= 7 for g in groups)
    with_highlight = [g for g in groups if any(p.kind == "highlight" for p in g.points)]
    assert len(groups) // 3 <= len(with_highlight) <= len(groups) - 2
    levels = [p.level for g in groups for p in g.points]
    assert levels.count(1) >= 5 and levels.count(2) >= 2
    assert sum("\n" in text for text in _points(sample)) >= 1


def test_round_trips_through_the_package_format(sample: SeminarDoc) -> None:
    assert package.loads(package.dumps(sample)) == sample


def test_shares_no_text_with_the_reference(sample: SeminarDoc, reference_package: Path) -> None:
    reference = package.read(reference_package)
    ours = _points(sample)
    assert not set(ours) & set(_points(reference))
    theirs = set().union(*map(_shingles, _points(reference)))
    copied = [text for text in ours if _shingles(text) & theirs]
    assert not copied, f"six or more words in a row from the reference: {copied}"
    assert sample.details.title != reference.details.title
    assert sample.details.speaker != reference.details.speaker
