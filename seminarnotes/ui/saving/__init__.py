"""Saving without a Save button: the Autosaver runs saves when typing pauses, at once
for structure steps and on every flush, and hands slow writes to its writer thread.
"""
