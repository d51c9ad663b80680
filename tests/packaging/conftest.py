"""The bundle built from a clean copy of the checkout, the .deb made from it, and how to run
the bundled program as a user would: no virtual environment, no checkout, a fresh home.

Building takes a minute or two, so the tests that need it are marked `packaging`
(`pytest -m 'not packaging'` skips them); `make test` and CI run them. Installing the .deb
needs root, which CI has.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.export.test_readers import need


def need_root() -> None:
    if os.geteuid() != 0:
        if os.environ.get("CI"):
            pytest.fail("installing the .deb needs root")
        pytest.skip("installing the .deb needs root")


@pytest.fixture(scope="session")
def clean_checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The files git knows (committed or to be committed; nothing ignored such as .venv,
    build/ or dist/), copied elsewhere: what a fresh clone holds."""
    target = tmp_path_factory.mktemp("checkout")
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=REPO,
                            check=True, capture_output=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = REPO / name
        if source.is_file():  # not a file deleted but not yet committed
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="session")
def build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("build")


@pytest.fixture(scope="session")
def bundle(clean_checkout: Path, build_dir: Path) -> Path:
    """dist/seminarnotes as `make package` builds it, from the clean copy."""
    need("objdump")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(build_dir / "dist"), "--workpath", str(build_dir / "work"),
         "packaging/pyinstaller/seminarnotes.spec"],
        cwd=clean_checkout, capture_output=True, text=True, timeout=900,
        # a cache of its own: other checkouts on this machine may build at the same time
        env={**os.environ, "PYINSTALLER_CONFIG_DIR": str(build_dir / "cache")})
    assert result.returncode == 0, result.stderr[-3000:]
    return build_dir / "dist" / "seminarnotes"


@pytest.fixture(scope="session")
def deb(clean_checkout: Path, bundle: Path, build_dir: Path) -> Path:
    need("dpkg-deb", "objdump")
    result = subprocess.run([sys.executable, "packaging/linux/build_deb.py", "--bundle", str(bundle),
                             "--out", str(build_dir / "dist")],
                            cwd=clean_checkout, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    return Path(result.stdout.strip())


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """A user's environment: system PATH only (no virtual environment), a home of its own."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
            "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_STATE_HOME": str(home / ".local/state"), **extra}


def run_program(program: Path | str, home: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    """The bundled program with `args`, as a user starts it, outside the checkout."""
    home.mkdir(parents=True, exist_ok=True)
    return subprocess.run([str(program), *args], env=user_env(home, **extra), cwd=home, capture_output=True,
                          text=True, timeout=300)
