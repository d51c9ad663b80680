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

from tests.helpers import REPO, need


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
