"""Seminars in and out of the library: Word and PDF export, packages (export, import,
the question when the library already holds one, dropped files) and the Word import
preview.
"""
