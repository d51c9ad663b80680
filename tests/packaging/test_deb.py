"""The .deb (packaging/linux/build_deb.py): installed with apt-get as a user's administrator
would, used from /usr/bin, checked with the desktop's own tools, and removed again."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from seminarnotes.paths import APP_ID
from tests.helpers import REPO, need
from tests.packaging.program import (
    VERSION,
    imports_and_exports_the_reference,
    need_root,
    opens_the_window_and_quits,
    prints_its_version,
    run_program,
)

pytestmark = pytest.mark.packaging
MIME = "application/x-seminarnotes"
OPT = Path("/opt/seminarnotes")
SHARE = Path("/usr/share")
APT = ["apt-get", "-y", "-q", "-o", "DPkg::Lock::Timeout=300"]
LOCK = Path("/tmp/seminarnotes-deb-test.lock")


def _installed() -> bool:
    status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "seminarnotes"], capture_output=True, text=True)
    return "ok installed" in status.stdout


def _filetype(path: Path, desktop: str) -> str:
    """What the desktop says a file is: `xdg-mime` as in a GNOME session (gio), or with no
    desktop known (File::MimeInfo); both read shared-mime-info's database."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(path.parent), "XDG_DATA_HOME": str(path.parent / "data")}
    if desktop:
        env["XDG_CURRENT_DESKTOP"] = desktop
    return subprocess.run(["xdg-mime", "query", "filetype", str(path)], env=env, capture_output=True,
                          text=True).stdout.strip()


@pytest.fixture(scope="module")
def package_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("mime") / "Seminarium.seminarnotes"
    path.write_bytes((REPO / "resources/sample.seminarnotes").read_bytes())
    return path


@contextmanager
def _machine_lock(waiting: float = 900) -> Iterator[None]:
    """One test run at a time installs the package: several checkouts share this machine."""
    with open(LOCK, "a") as handle:
        deadline = time.monotonic() + waiting
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    pytest.fail(f"another test run has held {LOCK} for {waiting:.0f} s")
                time.sleep(2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@pytest.fixture(scope="module")
def installed(deb: Path, package_file: Path) -> Iterator[Path]:
    """The .deb installed by `apt-get install ./FILE.deb`, which also fetches its Depends;
    purged at the end if a test has not done that already."""
    need_root()
    need("apt-get", "xdg-mime", "mimetype", "gio")
    with _machine_lock():
        if _installed():  # by hand, or left by a test run that was killed
            if not os.environ.get("CI"):
                pytest.skip("seminarnotes is installed on this machine; the test would replace it")
            subprocess.run([*APT, "purge", "seminarnotes"], check=True, capture_output=True, timeout=600)
        for desktop in ("GNOME", ""):  # else the test after installing proves nothing
            assert _filetype(package_file, desktop) != MIME
        result = subprocess.run([*APT, "install", str(deb)], capture_output=True, text=True, timeout=600,
                                env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
        yield Path("/usr/bin/seminarnotes")
        if _installed():
            subprocess.run([*APT, "purge", "seminarnotes"], capture_output=True, timeout=600)


def test_control_names_version_and_system_libraries(deb: Path) -> None:
    fields = dict(line.split(": ", 1) for line in subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Package", "Version", "Depends"], check=True, capture_output=True,
        text=True).stdout.splitlines())
    assert (fields["Package"], fields["Version"]) == ("seminarnotes", VERSION)
    depends = {item.split()[0] for item in fields["Depends"].split(", ")}
    listed = subprocess.run(["bash", str(REPO / "packaging/linux/sysdeps.sh"), "--list", "bundle"],
                            check=True, capture_output=True, text=True).stdout.split()
    assert depends == set(listed)
    assert deb.name == f"seminarnotes_{VERSION}_{deb.name.rsplit('_', 1)[1]}"


def test_installed_program_prints_its_version(installed: Path, tmp_path: Path) -> None:
    assert installed.resolve() == OPT / "seminarnotes"
    prints_its_version("seminarnotes", tmp_path / "home")  # found on the system PATH


def test_installed_program_imports_and_exports(installed: Path, tmp_path: Path) -> None:
    imports_and_exports_the_reference("seminarnotes", tmp_path / "home", tmp_path)


def test_installed_program_opens_the_window_and_quits(installed: Path, tmp_path: Path) -> None:
    opens_the_window_and_quits(installed, tmp_path / "home", not_from=[REPO, Path(sys.base_prefix).resolve()])


def _owner(library: str) -> str:
    """The Debian package that ships `library` (dpkg knows /lib and /usr/lib apart)."""
    real = os.path.realpath(library)
    for path in (library, real, real.removeprefix("/usr"), "/usr" + library):
        found = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True)
        if found.returncode == 0:
            return found.stdout.split(":")[0]
    return ""


def test_depends_cover_every_library_taken_from_the_system(installed: Path) -> None:
    """Every library that a file under /opt/seminarnotes names and loads from outside it
    belongs to a package the .deb depends on, so that apt-get brings it to a machine that
    lacks it; and everything resolves."""
    need("objdump")
    depends = subprocess.run(["dpkg-query", "-W", "-f=${Depends}", "seminarnotes"], check=True,
                             capture_output=True, text=True).stdout
    named = {item.split()[0] for item in depends.split(", ")}
    env = {**os.environ, "LD_LIBRARY_PATH": str(OPT / "_internal")}  # as the bundle's own loader sets it
    outside: dict[str, str] = {}
    for path in OPT.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        resolved = {}
        for line in subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True).stdout.splitlines():
            assert "not found" not in line, f"{path.name}: {line.strip()}"
            parts = line.split()
            if len(parts) >= 3 and parts[1] == "=>":
                resolved[parts[0]] = parts[2]
        dump = subprocess.run(["objdump", "-p", str(path)], check=True, capture_output=True, text=True).stdout
        for name in (line.split()[1] for line in dump.splitlines() if line.strip().startswith("NEEDED ")):
            if not resolved.get(name, str(OPT)).startswith(str(OPT)):
                outside[resolved[name]] = path.name
    assert outside
    for library, user in sorted(outside.items()):
        package = _owner(library)
        assert package.split(":")[0] in named, f"{user} loads {library} from {package or 'no package'}, not in Depends"


def test_desktop_entry_and_metainfo_validate(installed: Path, deb: Path, tmp_path: Path) -> None:
    need("desktop-file-validate", "appstreamcli")
    desktop = SHARE / "applications" / f"{APP_ID}.desktop"
    metainfo = SHARE / "metainfo" / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    # the whole package as a software centre sees it: metainfo, desktop entry and icon together
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path)], check=True)
    result = subprocess.run(["appstreamcli", "validate-tree", "--no-net", str(tmp_path)], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout
    for size in (16, 32, 48, 256):
        assert (SHARE / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    assert (SHARE / f"icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()


def test_desktop_knows_the_file_type_and_its_program(installed: Path, package_file: Path) -> None:
    assert _filetype(package_file, "GNOME") == MIME
    assert _filetype(package_file, "") == MIME
    default = subprocess.run(["xdg-mime", "query", "default", MIME], capture_output=True, text=True,
                             env={"PATH": "/usr/bin:/bin", "HOME": str(package_file.parent)})
    assert default.stdout.strip() == f"{APP_ID}.desktop"


def test_purge_removes_the_program_and_keeps_the_library(installed: Path, package_file: Path,
                                                         tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run_program("seminarnotes", home, "sample").returncode == 0
    library = home / ".local/share/Seminarnotes/library.sqlite"
    assert library.is_file()
    result = subprocess.run([*APT, "purge", "seminarnotes"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert not _installed() and not OPT.exists() and not installed.exists()
    assert not (SHARE / "applications" / f"{APP_ID}.desktop").exists()
    assert _filetype(package_file, "GNOME") != MIME
    assert library.is_file()
