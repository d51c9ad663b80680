"""The core's sentences reach the window in the user's language: every template the core
marks with N_ is listed once in ui/common/core_messages.py (where lupdate finds it), no core error
is raised with an unmarked sentence, and a translation is applied with its arguments."""

from __future__ import annotations

import ast
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QMessageBox

from seminarnotes.core.errors import LibraryError
from seminarnotes.core.messages import N_
from seminarnotes.core.package import PackageError
from seminarnotes.ui.common.core_messages import TEMPLATES, translated
from tests.helpers import PACKAGE_ROOT, venv_tool

ERRORS = {"LibraryError", "PackageError", "MessageError", "Message", "DamagedLibrary", "QueryTooLong",
          "WriteError", "_fail"}


def _core_files() -> list[Path]:
    return [p for p in sorted(PACKAGE_ROOT.rglob("*.py")) if "ui" not in p.relative_to(PACKAGE_ROOT).parts[:1]]


def _name(call: ast.Call) -> str:
    return getattr(call.func, "id", None) or getattr(call.func, "attr", "")


def _marked() -> list[str]:
    found = []
    for path in _core_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node) == "N_":
                assert isinstance(node.args[0], ast.Constant), f"{path}:{node.lineno}: N_ takes a literal"
                found.append(node.args[0].value)
    return found


def test_every_core_template_is_listed_once_for_translation() -> None:
    assert len(TEMPLATES) == len(set(TEMPLATES))
    assert sorted(TEMPLATES) == sorted(set(_marked()))


def test_no_core_error_is_raised_with_an_unmarked_sentence() -> None:
    unmarked = []
    for path in _core_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node) in ERRORS and node.args:
                sentence = node.args[1] if _name(node) == "WriteError" and len(node.args) > 1 else node.args[0]
                if _name(node) == "_fail" and len(node.args) > 1:
                    sentence = node.args[1]
                if isinstance(sentence, (ast.JoinedStr, ast.Constant)) and isinstance(
                        getattr(sentence, "value", ""), str):
                    unmarked.append(f"{path.relative_to(PACKAGE_ROOT)}:{node.lineno}")
    assert unmarked == []


def test_lupdate_finds_every_template_under_the_core_context(tmp_path: Path) -> None:
    ts = tmp_path / "core.ts"
    source = PACKAGE_ROOT / "ui" / "common" / "core_messages.py"
    subprocess.run([venv_tool("pyside6-lupdate"), "-silent", str(source), "-ts", str(ts)], check=True)
    contexts = {c.findtext("name"): [m.findtext("source") for m in c.iter("message")]
                for c in ET.parse(ts).getroot().iter("context")}
    assert sorted(contexts["Core"]) == sorted(TEMPLATES)


SWEDISH = {
    "There is no library at %1.": "Det finns inget bibliotek i %1.",
    "%1 cannot be used: %2": "%1 kan inte användas: %2",
    "The file is not valid JSON (line %1, column %2: %3).": "Filen är inte giltig JSON (rad %1, kolumn %2: %3).",
}


@pytest.fixture
def swedish_core(qapp, tmp_path: Path):  # noqa: ANN001, ANN201 - pytest-qt's QApplication
    root = ET.Element("TS", version="2.1", language="sv_SE")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "Core"
    for source, translation in SWEDISH.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = translation
    ts, qm = tmp_path / "core_sv.ts", tmp_path / "core_sv.qm"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([venv_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_a_core_error_is_shown_in_swedish_with_its_arguments(swedish_core: None, monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path: Path) -> None:
    from seminarnotes.core import package
    from seminarnotes.ui.common.user_errors import warn

    error = LibraryError(N_("There is no library at %1."), "/hem/bibliotek.sqlite")
    assert str(error) == "There is no library at /hem/bibliotek.sqlite."  # the command line's English
    assert translated(error) == "Det finns inget bibliotek i /hem/bibliotek.sqlite."
    bad = tmp_path / "trasig.seminarnotes"
    bad.write_text("{ inte json", encoding="utf-8")
    with pytest.raises(PackageError) as nested:
        package.read(bad)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text: shown.append(text)))
    warn(None, nested.value)
    assert shown == ["trasig.seminarnotes kan inte användas: Filen är inte giltig JSON (rad 1, kolumn 3: Expecting "
                     "property name enclosed in double quotes)."]
