"""What a user does first with the bundled program, whether started from the bundle folder or
installed from the .deb: ask its version, import a seminar, export it to Word, open the window;
and how to run it as a user would: no virtual environment, no checkout, a fresh home."""

from __future__ import annotations

import os
import subprocess
import tomllib
from pathlib import Path

from seminarnotes.core.package import read
from tests.export.test_readers import readers_accept
from tests.helpers import REFERENCE_PACKAGE, REPO, unavailable


def need_root() -> None:
    if os.geteuid() != 0:
        unavailable("installing the .deb needs root")


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


VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def prints_its_version(program: Path | str, home: Path) -> None:
    result = run_program(program, home, "--version")
    assert (result.returncode, result.stdout) == (0, f"seminarnotes {VERSION}\n"), result.stderr


def imports_and_exports_the_reference(program: Path | str, home: Path, workdir: Path) -> None:
    """The 2014 RESK seminar into a fresh library, out again as a .docx that LibreOffice and
    pandoc read as the exporter's own tests expect."""
    library = home / "library.sqlite"
    imported = run_program(program, home, "--library", str(library), "import", str(REFERENCE_PACKAGE))
    assert imported.returncode == 0, imported.stderr
    seminar = read(REFERENCE_PACKAGE)
    listed = run_program(program, home, "--library", str(library), "list")
    assert listed.stdout.split("\t")[2].strip() == seminar.details.title, listed.stderr
    docx = workdir / "resk.docx"
    exported = run_program(program, home, "--library", str(library), "export", imported.stdout.strip(),
                           "-o", str(docx))
    assert exported.returncode == 0 and docx.stat().st_size > 0, exported.stderr
    readers_accept(docx, seminar, workdir)


def opens_the_window_and_quits(program: Path | str, home: Path, *, not_from: list[Path]) -> None:
    """The window comes up offscreen with the library's seminar open and the editor ready, then
    closes with exit status 0; meanwhile the process has mapped no file from `not_from`."""
    library = home / "window.sqlite"
    assert run_program(program, home, "--library", str(library), "sample").returncode == 0
    child = subprocess.Popen([str(program), "--library", str(library)], cwd=home, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=user_env(home, QT_QPA_PLATFORM="offscreen", SEMINARNOTES_BENCH_READY="1"))
    try:
        assert child.stdout is not None
        ready = child.stdout.readline()
        mapped = Path(f"/proc/{child.pid}/maps").read_text()
        out, err = child.communicate(timeout=60)
    finally:
        child.kill()
    assert ready.startswith("ready ") and "ok=1" in ready, (ready, err)
    assert "idle " in out and child.returncode == 0, err
    assert "Traceback" not in err and "unexpected error" not in err, err
    files = {line.split(None, 5)[5] for line in mapped.splitlines() if len(line.split(None, 5)) == 6}
    assert not [f for f in files if any(f.startswith(str(folder)) for folder in not_from)]
