"""The main window and what it wires: its actions and menus (one key table), the
per-library settings, which page it shows (navigation), Open Recent, the focus rule
(keys never go nowhere) and the small dialogs of the Help menu.
"""
