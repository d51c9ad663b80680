"""The version is written once, in pyproject.toml; --version, the About box (tests/ui), the .deb,
the AppStream release list and the Windows installer (tests/packaging) all show that one."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET

import seminarnotes
from tests.helpers import REPO

VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def _python(code: str, *flags: str, **env: str) -> str:
    return subprocess.run([sys.executable, *flags, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, **env}, cwd=REPO / "tests").stdout.strip()


def test_the_package_and_the_command_line_say_the_pyproject_version() -> None:
    assert seminarnotes.__version__ == VERSION
    assert _python("from seminarnotes.cli import main; main(['--version'])") == f"seminarnotes {VERSION}"


def test_a_source_tree_that_is_not_installed_reads_pyproject() -> None:
    # -S: no site-packages, so no installed metadata; the checkout alone on the path
    assert _python("import seminarnotes; print(seminarnotes.__version__)", "-S", PYTHONPATH=str(REPO)) == VERSION


def test_starting_the_window_does_not_look_the_version_up() -> None:
    """Reading the installed metadata costs some 20 ms; only --version, About and the log need it."""
    code = "import sys; from seminarnotes.ui.app import make_application; make_application(); " \
           "print('importlib.metadata' in sys.modules)"
    assert _python(code, QT_QPA_PLATFORM="offscreen") == "False"


def test_the_newest_appstream_release_is_this_version() -> None:
    metainfo = REPO / "packaging/linux/io.github.seminarnotes.Seminarnotes.metainfo.xml"
    releases = ET.parse(metainfo).getroot().findall("./releases/release")
    assert releases[0].get("version") == VERSION
