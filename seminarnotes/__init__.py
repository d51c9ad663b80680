"""Seminarnotes: document seminar group discussions and export them to Word."""

__version__ = "0.1.0"
