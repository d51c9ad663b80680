"""The Qt binding must keep Python's reference counts right: PySide6 6.12.0 drops a
reference to None on every void call, and on Python 3.11 the program then aborts
after some thousand calls ("deallocating None") — minutes into typing."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="from Python 3.12 None is immortal: the bug can neither "
                                                        "abort the program nor be seen in its reference count")
def test_void_qt_calls_leave_none_alone(qapp) -> None:  # noqa: ANN001 - pytest-qt's QApplication
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(200):
        painter.save()
        painter.setBrush(QColor("black"))
        painter.drawRect(QRectF(1, 1, 5, 5))
        painter.restore()
    after = sys.getrefcount(None)
    painter.end()
    assert after - before > -50, f"None lost {before - after} references in 800 Qt calls"
