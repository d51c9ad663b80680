"""The PyInstaller bundle (packaging/pyinstaller/seminarnotes.spec), built from a clean copy of
the checkout and started from its folder with nothing of the checkout or the virtual
environment in reach."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO
from tests.packaging.program import (
    VERSION,
    imports_and_exports_the_reference,
    opens_the_window_and_quits,
    prints_its_version,
)

pytestmark = pytest.mark.packaging
AWAY = [REPO, Path(sys.base_prefix).resolve()]  # the checkout with its .venv, and the Python it was made from


def test_prints_its_version(bundle: Path, tmp_path: Path) -> None:
    prints_its_version(bundle / "seminarnotes", tmp_path / "home")


def test_imports_and_exports_the_reference_seminar(bundle: Path, tmp_path: Path) -> None:
    imports_and_exports_the_reference(bundle / "seminarnotes", tmp_path / "home", tmp_path)


def test_opens_the_window_and_quits(bundle: Path, tmp_path: Path) -> None:
    opens_the_window_and_quits(bundle / "seminarnotes", tmp_path / "home", not_from=AWAY)


def test_carries_what_runs(bundle: Path) -> None:
    """Files the program reads at run time: our translations, sample, icons and migrations
    (Alembic reads those as files), python-docx's templates, Qt's strings for our languages,
    the installed metadata that holds the version."""
    inside = bundle / "_internal"
    languages = sorted(p.stem.split("_", 1)[1] for p in (REPO / "resources/translations").glob("*.qm"))
    assert languages and all((inside / f"resources/translations/seminarnotes_{lang}.qm").is_file()
                             for lang in languages)
    sample = "resources/sample.seminarnotes"
    assert (inside / sample).read_bytes() == (REPO / sample).read_bytes()
    assert {p.name for p in (inside / "resources/icons").iterdir()} == {
        p.name for p in (REPO / "resources/icons").iterdir() if p.suffix in (".png", ".ico")}
    migrations = REPO / "seminarnotes/core/migrations"
    assert {p.name for p in (inside / "seminarnotes/core/migrations/versions").glob("*.py")} == {
        p.name for p in (migrations / "versions").glob("*.py")}
    assert (inside / "seminarnotes/core/migrations/env.py").is_file()
    for template in ("default.docx", "default-header.xml", "default-footer.xml"):
        assert (inside / "docx/templates" / template).is_file()
    assert sorted(p.name for p in (inside / "PySide6/Qt/translations").iterdir()) == [
        f"qtbase_{lang}.qm" for lang in languages]
    assert list(inside.glob(f"seminarnotes-{VERSION}.dist-info/METADATA"))


def test_leaves_out_what_does_not_run(bundle: Path, build_dir: Path, clean_checkout: Path) -> None:
    """No test code, no Qt module the program does not use, no library the .deb takes from the
    system; and every module of ours comes from the clean copy, not from the checkout."""
    toc = ast.literal_eval((build_dir / "work/seminarnotes/PYZ-00.toc").read_text())
    modules = {name: source for name, source, _kind in toc[1]}
    unwanted = ("tests", "pytest", "_pytest", "pytestqt", "hypothesis", "unittest", "setuptools", "pip", "tkinter")
    assert not [m for m in modules if m.split(".")[0] in unwanted]
    ours = {name: source for name, source in modules.items() if name.split(".")[0] == "seminarnotes"}
    assert "seminarnotes.ui.window.main_window" in ours and "seminarnotes.export.docx" in ours
    assert all(Path(source).is_relative_to(clean_checkout) for source in ours.values())
    files = [str(p.relative_to(bundle)) for p in bundle.rglob("*") if p.is_file()]
    for unused in ("Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt6Network", "Qt6OpenGL", "Qt6Pdf", "libqgtk3",
                   "libxcb", "libX11", "libfontconfig", "libstdc++", "libglib-2.0"):
        assert not [f for f in files if unused in f], unused
