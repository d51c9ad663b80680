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


def test_the_desktop_starts_the_window_and_the_command_line_is_installed_beside_it() -> None:
    """Shortcuts, the file association, the uninstall entry and the run after setup name the
    windowed seminarnotes.exe; the console seminarnotes-cli.exe, which would open a console
    window beside the program's, is installed into the same folder and named by none of them."""
    setup, sections = _script()
    started = [entry["Filename"] for section in ("Icons", "Run") for entry in _entries(sections[section])]
    started += [entry["ValueData"] for entry in _entries(sections["Registry"]) if "shell\\open" in entry["Subkey"]]
    started.append(setup["UninstallDisplayIcon"])
    assert started and all("{app}\\seminarnotes.exe" in value for value in started), started
    installed = {(PureWindowsPath(entry["Source"]).name, entry["DestDir"]) for entry in _entries(sections["Files"])}
    assert {("seminarnotes.exe", "{app}"), ("seminarnotes-cli.exe", "{app}")} <= installed


def _bundle_path(bundle: Path, windows_path: PureWindowsPath | str) -> Path:
    """Where the Linux bundle has what a Windows path names: the same layout, the executables
    without .exe."""
    return bundle / PureWindowsPath(windows_path).as_posix().removesuffix(".exe")


def _sources(sections: dict[str, list[str]]) -> list[tuple[PureWindowsPath, bool]]:
    """[Files]' sources inside the bundle folder, each with whether it reaches into subfolders."""
    return [(PureWindowsPath(entry["Source"]).relative_to("..\\..\\dist\\seminarnotes"),
             "recursesubdirs" in entry.get("Flags", "")) for entry in _entries(sections["Files"])]


@pytest.mark.packaging
def test_names_only_files_the_bundle_has(bundle: Path) -> None:
    setup, sections = _script()
    for source, _deep in _sources(sections):
        pattern = _bundle_path(bundle, source)
        assert list(pattern.parent.glob(pattern.name)), source
    values = [value for name, lines in sections.items() if name != "Setup" for entry in _entries(lines)
              for key, value in entry.items() if key != "DestDir"]  # (DestDir names folders made in {app})
    named = set(re.findall(r"\{app\}\\([^\"\n]+)", "\n".join(values)))
    named.add(PureWindowsPath(setup["UninstallDisplayIcon"]).relative_to("{app}").as_posix())
    assert {"seminarnotes.exe", "_internal\\resources\\icons\\seminarnotes.ico"} <= named
    for name in named:
        assert _bundle_path(bundle, name).is_file(), name
    assert (ISS.parent / PureWindowsPath(setup["SetupIconFile"]).as_posix()).resolve().is_file()


@pytest.mark.packaging
def test_installs_everything_the_bundle_has(bundle: Path) -> None:
    """[Files] names the bundle's files one by one or by folder; nothing of the bundle is left
    out of the installation, such as a third executable that a new spec adds."""
    _setup, sections = _script()
    covered: set[Path] = set()
    for source, deep in _sources(sections):
        pattern = _bundle_path(bundle, source)
        covered.update(pattern.parent.rglob(pattern.name) if deep else pattern.parent.glob(pattern.name))
    left_out = [str(path.relative_to(bundle)) for path in bundle.rglob("*") if path.is_file() and path not in covered]
    assert not left_out, left_out
