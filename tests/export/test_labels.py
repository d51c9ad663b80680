"""Dates and the label table by document language (DOCX-LAYOUT.md, "Dates" and "Labels")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from seminarnotes.core.document import SeminarDoc
from seminarnotes.export.labels import LABELS, format_date, labels_for
from tests.export.documents import body_paragraphs, roundtrip

DAY = dt.date(2014, 4, 8)


@pytest.mark.parametrize(("style", "language", "shown"), [
    ("iso", "sv", "2014-04-08"), ("long", "sv", "8 april 2014"), ("compact", "sv", "140408"),
    ("iso", "en", "2014-04-08"), ("long", "en", "8 April 2014"), ("compact", "en", "140408"),
])
def test_date_formats(style: str, language: str, shown: str) -> None:
    assert format_date(DAY, style, LABELS[language]) == shown


def test_all_swedish_month_names() -> None:
    names = [format_date(dt.date(2024, m, 1), "long", LABELS["sv"]).split()[1] for m in range(1, 13)]
    assert names == ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                     "september", "oktober", "november", "december"]


def test_no_date_and_unknown_language() -> None:
    assert format_date(None, "long", LABELS["sv"]) == ""
    assert labels_for("fi") is LABELS["sv"]


def test_label_table_exactly_as_specified() -> None:
    table = {  # DOCX-LAYOUT.md, "Labels by document language"
        "subtitle_lead": ("Seminarium med", "Seminar with"),
        "document_type": ("Dokumentation av gruppdiskussioner", "Documentation of group discussions"),
        "compiled_by": ("Sammanställningen gjord av", "Compiled by"),
        "contact": ("Välkommen att kontakta:", "For questions, please contact:"),
        "phone": ("Telefon", "Phone"), "email": ("E-post", "Email"),
        "website": ("Besök vår webbplats på", "Visit our website at"),
        "thanks": ("Tack för din medverkan vid seminariet!", "Thank you for taking part in the seminar!"),
        "page": ("Sida", "Page"),
    }
    for key, (sv, en) in table.items():
        assert (getattr(LABELS["sv"], key), getattr(LABELS["en"], key)) == (sv, en)


def test_long_date_in_subtitle(seminar: SeminarDoc, tmp_path: Path) -> None:
    seminar.export.date_format = "long"
    assert body_paragraphs(roundtrip(seminar, tmp_path))[1][1].endswith(", 8\u00a0april\u00a02014")


def test_compact_date_in_subtitle(seminar: SeminarDoc, tmp_path: Path) -> None:
    seminar.export.date_format = "compact"
    assert body_paragraphs(roundtrip(seminar, tmp_path))[1][1].endswith(", 140408")


def test_english_document(seminar: SeminarDoc, tmp_path: Path) -> None:
    d = seminar.details
    d.language, d.document_type = "en", ""
    d.contact_phone, d.contact_email, d.website = "+46 21 39 80 00", "k@vkl.se", "vkl.se"
    seminar.export.date_format = "long"
    paragraphs = body_paragraphs(roundtrip(seminar, tmp_path))
    assert paragraphs[1] == ("Subtitle", "Seminar with Per-Erik Ellström, Aros Congress Center, 8\u00a0April\u00a02014")
    assert paragraphs[3] == ("Document Type", "Documentation of group discussions")
    texts = [text for _, text in paragraphs]
    for line in ("Compiled by Karina Tilling", "For questions, please contact:", "Phone: +46 21 39 80 00",
                 "Email: k@vkl.se", "Visit our website at vkl.se"):
        assert line in texts
    assert not any("Sammanställningen" in t or "Telefon" in t for t in texts)
