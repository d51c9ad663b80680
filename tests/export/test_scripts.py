"""Right-to-left and East Asian text carry their language and direction (DOCX-LAYOUT.md,
"Readers and accessibility"), so Word does not proof Arabic as Swedish."""

from __future__ import annotations

from pathlib import Path

from docx.oxml.ns import qn
from hypothesis import given
from hypothesis import strategies as st

from seminarnotes.core.document import SeminarDoc
from seminarnotes.core.outline import Point
from seminarnotes.export.scripts import Piece, pieces
from tests.export.documents import roundtrip


def test_plain_swedish_is_one_piece() -> None:
    assert pieces("Ständigt reflektera – även på APT (2014)!") == [Piece("Ständigt reflektera – även på APT (2014)!")]


def test_pieces_by_script_with_spaces_inside_a_script_kept_together() -> None:
    assert pieces("Vi sa مرحبا بالعالم och 学习, 日本語です, 한국어 텍스트!") == [
        Piece("Vi sa "), Piece("مرحبا بالعالم", "rtl", "ar-SA"), Piece(" och "),
        Piece("学习, 日本語です", "eastAsia", "ja-JP"), Piece(", "), Piece("한국어 텍스트", "eastAsia", "ko-KR"),
        Piece("!")]


def test_languages_are_told_apart_by_their_letters() -> None:
    assert pieces("שלום")[0].lang == "he-IL"
    assert pieces("سلام، چطوری؟")[0].lang == "fa-IR"
    assert pieces("آپ کیسے ہیں")[0].lang == "ur-PK"
    assert pieces("مرحبا")[0].lang == "ar-SA"
    assert pieces("学习")[0].lang == "zh-CN"


@given(st.text())
def test_pieces_keep_the_text(text: str) -> None:
    assert "".join(p.text for p in pieces(text)) == text
    assert all(p.text for p in pieces(text)) or text == ""


def _runs(document, text_start: str) -> list[tuple[str, dict[str, str | None]]]:  # noqa: ANN001
    p = next(p for p in document.paragraphs if p.text.startswith(text_start))
    out = []
    for r in p._p.iter(qn("w:r")):
        rpr = r.find(qn("w:rPr"))
        lang = rpr.find(qn("w:lang")) if rpr is not None else None
        marks = {"rtl": "yes" if rpr is not None and rpr.find(qn("w:rtl")) is not None else None,
                 "bidi": lang.get(qn("w:bidi")) if lang is not None else None,
                 "eastAsia": lang.get(qn("w:eastAsia")) if lang is not None else None}
        out.append(("".join(t.text for t in r.iter(qn("w:t"))), marks))
    return out


def test_exported_runs_carry_direction_and_language(seminar: SeminarDoc, tmp_path: Path) -> None:
    none = {"rtl": None, "bidi": None, "eastAsia": None}
    seminar.sessions[0].groups[0].points[0] = Point("Föräldrar sa: مرحبا بالعالم och 你好")
    seminar.sessions[0].groups[0].points[1] = Point("Gott exempel: שלום עולם", 0, "highlight")
    document = roundtrip(seminar, tmp_path)
    assert _runs(document, "Föräldrar sa") == [
        ("Föräldrar sa: ", none), ("مرحبا بالعالم", {**none, "rtl": "yes", "bidi": "ar-SA"}), (" och ", none),
        ("你好", {**none, "eastAsia": "zh-CN"})]
    highlight = _runs(document, "Gott exempel")
    assert highlight[1] == ("שלום עולם", {**none, "rtl": "yes", "bidi": "he-IL"})
    assert all(r.italic for r in next(p for p in document.paragraphs if p.text.startswith("Gott")).runs)
    plain = next(p for p in document.paragraphs if p.style.name == "List Bullet" and "Som chef" in p.text)
    assert not list(plain._p.iter(qn("w:rtl"))) and not list(plain._p.iter(qn("w:lang")))
