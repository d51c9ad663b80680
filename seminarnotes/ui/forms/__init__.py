"""The right-hand forms: the seminar's details and export settings, a session's name
and question, a group's name above its points (whose saving the group form owns),
and the date field.
"""
