"""Word documents back into seminars: our own exports exactly, hand-made RESK-shaped
documents by their shape, with every guess named. No Qt in here."""

from seminarnotes.wordimport.assemble import Assembly, Row, Uncertainty
from seminarnotes.wordimport.container import WordImportError, looks_like_word_file
from seminarnotes.wordimport.reader import WordReading, read_word

__all__ = ["Assembly", "Row", "Uncertainty", "WordImportError", "WordReading", "looks_like_word_file", "read_word"]
