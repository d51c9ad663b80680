"""The points editor (EDITOR.md): one group's points in one text area. The widget
turns keys into outline steps (keys), writes them into its QTextDocument (document,
cursor), records them for undo (undo_steps), draws bullets and highlights (look) and
carries whole points through the clipboard (clipboard). The outline rules themselves
are in core/outline.py.
"""
