"""word/settings.xml written for each document instead of python-docx's template's.

The template's settings put Word 2013 and later in Compatibility Mode (mode 14),
describe an American-Japanese document (theme font language, "." and "," as
decimal symbol and list separator), claim spelling and grammar were checked, ask
for a preview picture that is not there, and give every export the same document
id and revision ids. Here the settings say what is true of this document: Word 2013+
mode, its language's conventions, a fresh id, and nothing else. Fields are not
marked for updating: Word recomputes PAGE and NUMPAGES in the footer by itself,
and `w:updateFields` would make it ask the reader about updating on every open.
"""

from __future__ import annotations

import secrets

from docx.document import Document
from docx.oxml import parse_xml

from seminarnotes.export.labels import Labels

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_WORD = "http://schemas.microsoft.com/office/word"
_COMPAT = {  # what Word 2013 and later write for a new document
    "compatibilityMode": "15",
    "overrideTableStyleFontSizeAndJustification": "1",
    "enableOpenTypeFeatures": "1",
    "doNotFlipMirrorIndents": "1",
    "differentiateMultirowTableHeaders": "1",
}


def new_doc_id() -> str:
    """A random w14:docId (8 hex digits, below 0x80000000 as Word writes them)."""
    return f"{secrets.randbelow(0x7FFFFFFF) + 1:08X}"


def settings_xml(labels: Labels, doc_id: str) -> str:
    compat = "".join(f'<w:compatSetting w:name="{name}" w:uri="{_WORD}" w:val="{value}"/>'
                     for name, value in _COMPAT.items())
    return (
        f'<w:settings xmlns:w="{_W}" xmlns:w14="{_W14}" xmlns:mc="{_MC}" mc:Ignorable="w14">'
        '<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        f"<w:compat>{compat}</w:compat>"
        f'<w:themeFontLang w:val="{labels.lang_tag}"/>'
        '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" '
        'w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" '
        'w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
        f'<w:decimalSymbol w:val="{labels.decimal_symbol}"/><w:listSeparator w:val="{labels.list_separator}"/>'
        f'<w14:docId w14:val="{doc_id}"/>'
        "</w:settings>"
    )


def write_settings(document: Document, labels: Labels) -> None:
    """Replace the document's settings part with ours, in `labels`' language."""
    part = document.part._settings_part
    part._element = parse_xml(settings_xml(labels, new_doc_id()))
