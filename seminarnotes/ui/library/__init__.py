"""The library file's care, as the window offers it: the background integrity check and
backups (care), other programs' writes noticed (watch), restore from a backup and a
seminar copied back from one (backups_dialog, backup_view), and what to do with a
damaged library (damaged_dialog). Opening the library in a window and replacing it is
the session's (ui/session.py).
"""
