"""The Swedish translation and the English plural forms: loaded by install_translations,
complete, and compiled (resources/translations/build.sh, `make translations`)."""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from seminarnotes.core.library import Library
from seminarnotes.paths import RESOURCES
from seminarnotes.ui.app import install_translations
from tests.helpers import PACKAGE_ROOT, show_window, venv_tool

FOLDER = RESOURCES / "translations"
TS_FILES = sorted(FOLDER.glob("seminarnotes_*.ts"))
SWEDISH = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
MENU_BAR_LETTERS = {"a", "r", "v", "h"}  # &Arkiv, &Redigera, &Visa, &Hjälp


@pytest.fixture
def translated(qapp) -> Iterator[Callable[[QLocale], None]]:  # noqa: ANN001 - pytest-qt's QApplication
    """install(locale) installs that language; every translator installed goes again
    after the test, so that the other tests read English."""
    installed = []

    def install(locale: QLocale) -> None:
        translators = install_translations(qapp, locale)
        assert translators, f"nothing loaded for {locale.name()}"
        installed.extend(translators)

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)


def _mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand)."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _letters(texts: list[str]) -> list[str]:
    return [m for m in map(_mnemonic, texts) if m]


def test_the_swedish_window_reads_swedish(qtbot, translated, library: Library,  # noqa: ANN001
                                          seminar_id: int) -> None:  # noqa: ARG001
    translated(SWEDISH)
    window = show_window(qtbot, library)
    bar = [a.text() for a in window.menuBar().actions()]
    assert bar == ["&Arkiv", "&Redigera", "&Visa", "&Hjälp"]
    assert window.windowActions.fileMenu.title() == "&Arkiv"
    file_texts = [a.text() for a in window.windowActions.fileMenu.actions() if not a.isSeparator()]
    assert file_texts[:4] == ["&Nytt seminarium", "Nytt &från exempel", "&Öppna…", "Öppna s&enaste"]
    assert window.editor.highlightAction().text() == "Markera som lyft"
    assert window.saveStatus.text() == "Alla ändringar är sparade"
    assert window.windowTitle() == "Samverkan — Seminarnotes"

    # Alt+letter is unambiguous: in the menu bar, inside each menu, and for the labels
    # and buttons of the form shown beside the menu bar
    assert len(set(_letters(bar))) == len(bar)
    for menu in (window.windowActions.fileMenu, window.windowActions.editMenu, window.windowActions.viewMenu, window.menuBar().actions()[3].menu()):
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        letters = _letters(texts)
        assert len(letters) == len(set(letters)), (menu.title(), texts)
    form = window.pages.currentWidget()
    assert form is window.seminarForm
    widgets = [w for w in form.findChildren(QWidget) if isinstance(w, (QLabel, QAbstractButton))]
    letters = _letters([w.text() for w in widgets if isinstance(w, QAbstractButton) or w.buddy() is not None])
    assert "l" in letters and len(letters) == len(set(letters))
    assert not MENU_BAR_LETTERS & set(letters)


def test_the_swedish_archive_leaves_the_menu_bar_letters_alone(qtbot, translated, library: Library,  # noqa: ANN001
                                                               seminar_id: int) -> None:  # noqa: ARG001
    translated(SWEDISH)
    window = show_window(qtbot, library)
    window.navigation.showArchive()
    view = window.navigation.archivePage.view
    texts = [a.text() for a in view.actions()] + [view.showArchivedBox.text(), view.deletedButton.text()]
    texts += [w.text() for w in view.findChildren(QLabel) if w.buddy() is not None]
    assert "&Filter:" in texts and "Ar&kivera" in texts
    letters = _letters(texts)
    assert len(letters) == len(set(letters)) and not MENU_BAR_LETTERS & set(letters)
    assert view.countLabel.text() == "1 seminarium"


@pytest.mark.parametrize(("locale", "one", "two"), [
    (SWEDISH, "1 träff", "2 träffar"),
    (ENGLISH, "1 match", "2 matches"),
])
def test_plural_counts(translated, locale: QLocale, one: str, two: str) -> None:  # noqa: ANN001
    translated(locale)
    assert QCoreApplication.translate("SearchPanel", "%n matches", "", 1) == one
    assert QCoreApplication.translate("SearchPanel", "%n matches", "", 2) == two
    seminars = QCoreApplication.translate("ArchiveView", "%n seminars", "", 1)
    assert seminars == ("1 seminarium" if locale == SWEDISH else "1 seminar")


def test_a_language_we_do_not_ship_gets_the_english_plurals(translated) -> None:  # noqa: ANN001
    translated(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert QCoreApplication.translate("SearchPanel", "%n matches", "", 1) == "1 match"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def _messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            if message.find("translation").get("type") not in ("vanished", "obsolete"):
                yield context.findtext("name"), message


_PLACEHOLDERS = re.compile(r"%(?:\d|n|s)|\{\w+\}")


def test_every_message_is_translated() -> None:
    assert [ts.name for ts in TS_FILES] == ["seminarnotes_en.ts", "seminarnotes_sv.ts"]
    for ts in TS_FILES:
        count = 0
        for context, message in _messages(ts):
            count += 1
            source = message.findtext("source")
            translation = message.find("translation")
            where = f"{ts.name}: {context}: {source!r}"
            assert translation.get("type") != "unfinished", where
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                assert len(forms) == 2 and all(form.strip() for form in forms), where  # one, other
                assert all("%n" in form for form in forms), where
                continue
            text = translation.text or ""
            assert text.strip(), where
            assert sorted(_PLACEHOLDERS.findall(text)) == sorted(_PLACEHOLDERS.findall(source)), where
            assert (_mnemonic(source) is None) == (_mnemonic(text) is None), where
        assert count >= (4 if ts.name.endswith("_en.ts") else 250), ts.name


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_the_qm_is_compiled_from_the_ts(ts: Path, tmp_path: Path) -> None:
    """Nobody forgot lrelease: the committed .qm is what lrelease makes of the .ts now.
    (Compared by content: in a fresh clone the files' times are checkout order.)"""
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} missing: run `make translations`"
    fresh = tmp_path / qm.name
    subprocess.run([venv_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is older than {ts.name}: run `make translations`"


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_lupdate_can_see_every_string_the_window_translates() -> None:
    """lupdate reads the text of tr("text") and translate("Context", "text") calls in the
    source; a text passed in a variable (a helper that wraps translate) never reaches the
    .ts files, and the window would show it in English. core_messages.translate, whose
    templates are listed for lupdate there, is the one exception."""
    hidden = []
    for path in sorted((PACKAGE_ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name == "tr" and not _is_text(node.args[0]):
                hidden.append(f"{path.relative_to(PACKAGE_ROOT)}:{node.lineno}")
            elif (name == "translate" and _is_text(node.args[0]) and len(node.args) > 1
                  and not _is_text(node.args[1]) and path.name != "core_messages.py"):
                hidden.append(f"{path.relative_to(PACKAGE_ROOT)}:{node.lineno}")
    assert hidden == []
