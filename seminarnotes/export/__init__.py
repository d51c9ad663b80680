"""Exporters: a seminar to other file formats. No Qt in here, so they run headless.

The Word exporter (and python-docx with it) loads on first use, so that the window can
ask `export.pdf` whether LibreOffice is installed without paying for python-docx.
"""

from __future__ import annotations

from typing import Any

__all__ = ["build_document", "export_docx"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from seminarnotes.export import docx

        return getattr(docx, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
