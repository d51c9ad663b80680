"""At the venue: the projector view that follows the documenter's typing (projector:
F5, its screen and options; feed: what the window shows, as a slide; projector_view:
the slide in large type; screens: which screen it goes to) and the program's
appearance for dark rooms and dark systems (appearance).
"""
