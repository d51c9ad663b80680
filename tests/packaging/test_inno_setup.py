"""The Windows installer script (packaging/windows/seminarnotes.iss), as far as Linux can check
it: Inno Setup only runs on Windows (.github/workflows/build.yml builds it there), but every file
the script names must be in the bundle, which the same spec builds here."""

from __future__ import annotations

import re
from pathlib import Path, PureWindowsPath

import pytest

from tests.helpers import REPO

ISS = REPO / "packaging/windows/seminarnotes.iss"
WORKFLOW = REPO / ".github/workflows/build.yml"


def _script() -> tuple[dict[str, str], dict[str, list[str]]]:
    """The script with its #defines expanded: [Setup]'s settings, and each section's lines."""
    text = ISS.read_text(encoding="utf-8")
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"', text, re.M))
    for name, value in defines.items():
        text = text.replace("{#" + name + "}", value)
    sections: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = []
        elif current:
            sections[current].append(line)
    setup = dict(line.split("=", 1) for line in sections.get("Setup", []))
    return setup, sections


def _entries(lines: list[str]) -> list[dict[str, str]]:
    """`Name: "x"; Flags: y` lines as dictionaries (quotes removed, "" kept as ")."""
    fields = re.compile(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)')
    return [{key: value.strip().removeprefix('"').removesuffix('"').replace('""', '"')
             for key, value in fields.findall(line)} for line in lines]


def test_installs_per_user_with_the_all_users_option_in_swedish_and_english() -> None:
    setup, sections = _script()
    assert setup["PrivilegesRequired"] == "lowest"
    assert "dialog" in setup["PrivilegesRequiredOverridesAllowed"]
    assert setup["DefaultDirName"].startswith("{autopf}")  # Programs in the user's folder, or Program Files
    languages = {entry["Name"]: entry["MessagesFile"] for entry in _entries(sections["Languages"])}
    assert languages == {"en": "compiler:Default.isl", "sv": "compiler:Languages\\Swedish.isl"}
    assert any(entry["Name"].startswith("{autoprograms}") for entry in _entries(sections["Icons"]))


def test_associates_seminarnotes_files_with_the_program_and_its_icon() -> None:
    setup, sections = _script()
    keys = {(entry["Subkey"], entry.get("ValueName", "")): entry["ValueData"]
            for entry in _entries(sections["Registry"])}
    prog_id = keys[("Software\\Classes\\.seminarnotes", "")]
    assert keys[(f"Software\\Classes\\{prog_id}\\shell\\open\\command", "")] == '"{app}\\seminarnotes.exe" "%1"'
    assert keys[(f"Software\\Classes\\{prog_id}\\DefaultIcon", "")].endswith(".ico")
    assert all(entry["Root"] == "HKA" for entry in _entries(sections["Registry"]))  # HKCU, or HKLM for all users
    assert setup["ChangesAssociations"] == "yes"


def test_uninstaller_leaves_the_users_library_alone() -> None:
    _setup, sections = _script()
    assert "UninstallDelete" not in sections and "Code" not in sections
    assert "localappdata" not in ISS.read_text(encoding="utf-8").lower().split("[setup]", 1)[1]


def test_version_comes_from_pyproject() -> None:
    setup, _sections = _script()
    assert setup["AppVersion"] == setup["VersionInfoVersion"] == "{#AppVersion}"
    assert "-{#AppVersion}-setup" in setup["OutputBaseFilename"]
    workflow = WORKFLOW.read_text(encoding="utf-8")
    assert 'tomllib.load(open("pyproject.toml", "rb"))["project"]["version"]' in workflow
    assert "/DAppVersion=${{ steps.version.outputs.version }}" in workflow


@pytest.mark.packaging
def test_names_only_files_the_bundle_has(bundle: Path) -> None:
    """On Windows the program is seminarnotes.exe; the Linux bundle has it without .exe and is
    laid out the same otherwise."""
    setup, sections = _script()
    sources = [entry["Source"] for entry in _entries(sections["Files"])]
    for source in sources:
        relative = PureWindowsPath(source).relative_to("..\\..\\dist\\seminarnotes")
        assert list(bundle.glob(relative.as_posix())), source
    named = set(re.findall(r"\{app\}\\([^\";\n]+)", "\n".join(line for lines in sections.values() for line in lines)))
    named.add(PureWindowsPath(setup["UninstallDisplayIcon"]).relative_to("{app}").as_posix())
    assert "seminarnotes.exe" in named
    for name in named:
        path = bundle / PureWindowsPath(name).as_posix().removesuffix(".exe")
        assert path.is_file(), name
    assert (ISS.parent / PureWindowsPath(setup["SetupIconFile"]).as_posix()).resolve().is_file()
