"""Helpers for the Word import tests: small Word documents built the way people build them."""

from __future__ import annotations

from tests.export.conftest import tiny_png

__all__ = ["tiny_png"]
