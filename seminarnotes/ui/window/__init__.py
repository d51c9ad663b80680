"""The main window and what it wires: the open seminar's page (the tree beside the
forms), its actions and menus (one key table), the per-library settings, which page it
shows (navigation), Open Recent, undo and redo, the focus rule (keys never go nowhere)
and the small dialogs of the Help menu.
"""
