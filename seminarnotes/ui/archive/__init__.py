"""Finding seminars and text: the archive of every seminar (a page of the window),
search across all seminars (a dock, on a thread of its own) and the find bar for the
open seminar.
"""
