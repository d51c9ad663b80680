"""The icon: the committed PNGs and .ico are the SVGs' exports (resources/icons/build.sh), in the
sizes the Linux icon theme, the window and Windows ask for."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.helpers import REPO, need

ICONS = REPO / "resources/icons"
PNG_SIZES = {16, 20, 22, 24, 32, 40, 48, 64, 128, 256, 512}


def _ico_sizes(path: Path) -> set[int]:
    data = path.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1), "not an icon file"
    return {data[6 + 16 * i] or 256 for i in range(count)}  # a width of 0 means 256


def test_every_size_is_there() -> None:
    assert {int(p.stem.rsplit("-", 1)[1]) for p in ICONS.glob("seminarnotes-*.png")} == PNG_SIZES
    for png in ICONS.glob("seminarnotes-*.png"):
        size = int(png.stem.rsplit("-", 1)[1])
        assert QImage(str(png)).size().toTuple() == (size, size), png.name
    assert _ico_sizes(ICONS / "seminarnotes.ico") == {16, 20, 24, 32, 40, 48, 64, 256}


def test_committed_exports_match_the_svgs(tmp_path: Path) -> None:
    """An edited SVG whose exports were not made again fails here: every pixel of a fresh export
    is within a rounding step of the committed one."""
    need("rsvg-convert", "icotool")
    fresh = tmp_path / "icons"
    shutil.copytree(ICONS, fresh, ignore=shutil.ignore_patterns("*.png", "*.ico"))
    subprocess.run(["bash", str(fresh / "build.sh")], check=True, capture_output=True)
    for png in ICONS.glob("seminarnotes-*.png"):
        old, new = QImage(str(png)), QImage(str(fresh / png.name))
        assert old.size() == new.size(), png.name
        worst = max(abs(a - b) for y in range(old.height()) for x in range(0, old.width(), 3)
                    for a, b in zip(old.pixelColor(x, y).getRgb(), new.pixelColor(x, y).getRgb()))
        assert worst <= 2, f"{png.name} differs from {png.name} made from the SVG now; run resources/icons/build.sh"
    assert _ico_sizes(fresh / "seminarnotes.ico") == _ico_sizes(ICONS / "seminarnotes.ico")
