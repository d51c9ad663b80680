"""A failed export keeps earlier files and says why; export stays linear and Qt-free."""

from __future__ import annotations

import errno
import subprocess
import sys
import time
from pathlib import Path

import docx
import pytest

from seminarnotes.core.atomic import WriteError
from seminarnotes.core.document import GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
from seminarnotes.core.outline import Point
from seminarnotes.export import export_docx
from seminarnotes.export import docx as docx_export


def _one_sentence(message: str) -> None:
    assert message and "\n" not in message and message.endswith(".")
    assert "Traceback" not in message and "Errno" not in message


def test_target_folder_is_a_file(seminar: SeminarDoc, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(WriteError) as caught:
        export_docx(seminar, blocker / "out.docx")
    _one_sentence(str(caught.value))
    assert "does not exist" in str(caught.value)


def test_target_is_a_folder(seminar: SeminarDoc, tmp_path: Path) -> None:
    folder = tmp_path / "out.docx"
    folder.mkdir()
    with pytest.raises(WriteError) as caught:
        export_docx(seminar, folder)
    _one_sentence(str(caught.value))
    assert "folder" in str(caught.value)
    assert folder.is_dir() and list(tmp_path.iterdir()) == [folder], "temporary file left behind"


def test_disk_full_keeps_the_earlier_file(seminar: SeminarDoc, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "resk.docx"
    export_docx(seminar, target)
    earlier = target.read_bytes()
    seminar.details.title = "Ny titel"

    def disk_full(self, path: str) -> None:
        Path(path).write_bytes(b"PK\x03\x04 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", disk_full)
    with pytest.raises(WriteError) as caught:
        export_docx(seminar, target)
    assert "full" in str(caught.value)
    _one_sentence(str(caught.value))
    assert target.read_bytes() == earlier
    assert [p.name for p in tmp_path.iterdir()] == ["resk.docx"]


def test_locked_file_message(seminar: SeminarDoc, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "resk.docx"
    target.write_bytes(b"earlier")

    def locked(src: str, dst: str) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("seminarnotes.core.atomic.os.replace", locked)
    with pytest.raises(WriteError) as caught:
        export_docx(seminar, target)
    assert "open in another program" in str(caught.value)
    assert target.read_bytes() == b"earlier"


def test_no_qt_in_the_exporter() -> None:
    code = ("import sys, seminarnotes.export, seminarnotes.export.docx;"
            "print([m for m in sys.modules if m.startswith(('PySide', 'PyQt', 'shiboken'))])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    for source in Path(docx_export.__file__).parent.glob("*.py"):
        assert "PySide" not in source.read_text() and "PyQt" not in source.read_text()


def _seminar(points: int) -> SeminarDoc:
    per_group = 30
    groups = [GroupDoc(f"Grupp {g}", [Point(f"Punkt {g}.{i} om lärande", [0, 1, 2, 1, 0][i % 5],
                                            "highlight" if i % 10 == 9 else "point")
                                      for i in range(per_group)])
              for g in range(points // per_group)]
    return SeminarDoc(SeminarDetails(title="Fart"), [SessionDoc("Pass", groups=groups)])


def test_export_time_grows_linearly(tmp_path: Path) -> None:
    """Ten times the points may take at most ~twenty times as long (quadratic would be 100x)."""
    def best(points: int) -> float:
        doc, times = _seminar(points), []
        for _ in range(3):
            start = time.perf_counter()
            docx_export.build_document(doc)
            times.append(time.perf_counter() - start)
        return min(times)

    small, large = best(1_500), best(15_000)
    assert large < 20 * small, f"{large:.2f}s for 15,000 points vs {small:.2f}s for 1,500"
