"""The library file's care: opening it in a window and replacing it (session), one
window per library (single_instance), the background check and backups (care),
restore and copy-back from backups, and what to do with a damaged library.
"""
