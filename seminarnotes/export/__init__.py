"""Exporters: a seminar to other file formats. No Qt in here, so they run headless."""

from seminarnotes.export.docx import build_document, export_docx

__all__ = ["build_document", "export_docx"]
