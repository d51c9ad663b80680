"""Build the Debian package from the PyInstaller bundle, with dpkg-deb alone.

    python packaging/linux/build_deb.py [--bundle dist/seminarnotes] [--out dist]

The package installs the bundle under /opt/seminarnotes, the commands /usr/bin/seminarnotes and
/usr/bin/seminarnotes-cli (the bundle's two executables, which on Linux behave the same; the
second is there so that scripts written for Windows, where only it prints, run here too), the
desktop entry, the AppStream metainfo, the MIME type application/x-seminarnotes for
*.seminarnotes and the icon in the hicolor theme. Debian's own triggers (shared-mime-info,
desktop-file-utils, the icon cache) take them up, so the package needs no maintainer scripts.
Depends: the libraries the bundle takes from the system (sysdeps.sh's group "bundle"), with
the C library at least as new as the newest symbol version the bundle asks of it.
Prints the path of the .deb.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
COMMANDS = ("seminarnotes", "seminarnotes-cli")  # the bundle's executables: windowed, and with a console
APP_ID = "io.github.seminarnotes.Seminarnotes"
PREFIX = Path("opt/seminarnotes")
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # the sizes Debian's hicolor theme lists

DESCRIPTION = """\
Document seminar group discussions and export them to Word
 Seminarnotes is for people who document seminars. Type each group's points
 as they are said, offline and without a Save button, then send every
 participant a Word document laid out like the regional RESK documentation.
 Every seminar stays in a local library that can be searched and reopened,
 and travels to a colleague as one .seminarnotes file.
 .
 The program is bundled with its own Python, Qt and libraries under
 /opt/seminarnotes."""

COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Seminarnotes

Files: *
Copyright: The Seminarnotes developers
License: GPL-3.0-or-later
 On Debian systems the full text of the GNU General Public License version 3
 is in /usr/share/common-licenses/GPL-3.

Files: opt/seminarnotes/_internal/*
Comment: Bundled so that the program runs on its own: Python (PSF License),
 Qt 6 through PySide6 (LGPL-3.0-only), SQLAlchemy, Alembic, Mako, MarkupSafe,
 python-docx, platformdirs (MIT or BSD licences), lxml (BSD-3-Clause) with
 libxml2 and libxslt (MIT), ICU (Unicode licence), OpenSSL (Apache-2.0),
 SQLite (public domain), zlib, bzip2, xz, zstd, libffi.
"""


class BuildError(Exception):
    """Something the build needs is missing or wrong; str() is the sentence to print."""


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def newest_release(metainfo: Path) -> str:
    releases = ET.parse(metainfo).getroot().findall("./releases/release")
    return releases[0].get("version", "") if releases else ""


def bundle_depends(bundle: Path) -> list[str]:
    """sysdeps.sh's group "bundle", libc6 with the lowest version that has every GLIBC_x.y the
    bundle's binaries ask for."""
    names = subprocess.run(["bash", str(LINUX / "sysdeps.sh"), "--list", "bundle"], check=True,
                           capture_output=True, text=True).stdout.split()
    wanted: set[tuple[int, ...]] = set()
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and _is_elf(path):
            symbols = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
            wanted.update(tuple(map(int, v.split("."))) for v in re.findall(r"\bGLIBC_(\d+(?:\.\d+)+)", symbols))
    glibc = ".".join(map(str, max(wanted))) if wanted else None
    return [f"libc6 (>= {glibc})" if name == "libc6" and glibc else name for name in names]


def _is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def stage(bundle: Path, root: Path) -> None:
    """Lay out the package's files under `root` with the modes dpkg expects."""
    shutil.copytree(bundle, root / PREFIX, symlinks=True)
    (root / "usr/bin").mkdir(parents=True)
    for command in COMMANDS:
        (root / "usr/bin" / command).symlink_to(Path("/") / PREFIX / command)
    share = root / "usr/share"
    for source, target in (
        (LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop"),
        (LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml"),
        (LINUX / f"{APP_ID}.mime.xml", share / "mime" / "packages" / f"{APP_ID}.xml"),
        (ICONS / "seminarnotes.svg", share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg"),
        *((ICONS / f"seminarnotes-{size}.png", share / f"icons/hicolor/{size}x{size}/apps" / f"{APP_ID}.png")
          for size in HICOLOR_SIZES),
    ):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    doc = share / "doc" / "seminarnotes"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    for path in root.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True, text=True).stdout.strip()


def control(root: Path, depends: list[str], arch: str) -> str:
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    return (f"Package: seminarnotes\nVersion: {version()}\nArchitecture: {arch}\n"
            "Maintainer: The Seminarnotes developers <seminarnotes@users.noreply.invalid>\n"
            f"Installed-Size: {size_kib}\nDepends: {', '.join(depends)}\n"
            "Section: editors\nPriority: optional\n"
            f"Description: {DESCRIPTION}\n")


def build(bundle: Path, out: Path) -> Path:
    if not all((bundle / command).is_file() for command in COMMANDS):
        raise BuildError(f"{bundle} holds no bundle, or an old one without {COMMANDS[1]}; build it first "
                         "(make package does both).")
    metainfo = LINUX / f"{APP_ID}.metainfo.xml"
    if newest_release(metainfo) != version():
        raise BuildError(f"pyproject.toml says version {version()}, but the newest release in {metainfo.name} "
                         f"is {newest_release(metainfo) or 'missing'}; add a <release> for {version()} there.")
    for tool in ("dpkg-deb", "objdump"):
        if shutil.which(tool) is None:
            raise BuildError(f"{tool} is missing; run: bash packaging/linux/sysdeps.sh packaging")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="seminarnotes-deb-") as tmp:
        root = Path(tmp) / "root"
        stage(bundle, root)
        (root / "DEBIAN").mkdir(mode=0o755)
        arch = architecture()
        (root / "DEBIAN" / "control").write_text(control(root, bundle_depends(bundle), arch), encoding="utf-8")
        target = out / f"seminarnotes_{version()}_{arch}.deb"
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)], check=True,
                       stdout=subprocess.DEVNULL)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "seminarnotes")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    try:
        print(build(args.bundle, args.out))
    except BuildError as err:
        print(f"build_deb: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
