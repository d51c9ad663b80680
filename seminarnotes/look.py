"""Colours the Word document and the editor share, so a highlight on screen looks
like the highlight the participants will read (hex RGB, no Qt, no python-docx)."""

INK = "1A1A1A"  # near-black body text, softer than pure black on paper and screen
BLUE = "1F3A5F"  # restrained dark blue for titles and headings
GREY = "595959"  # header, footer, subtitle: passes WCAG contrast on white
HIGHLIGHT_FILL = "EEF3F8"  # the shading behind a highlight
HIGHLIGHT_RULE = "2E5C8A"  # the highlight's left border
LINK = "1F5A96"
