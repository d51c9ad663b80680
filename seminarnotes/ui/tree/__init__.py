"""The tree of the open seminar: the model over the library's sessions and groups, its
view (drag and drop, F2, keys to reorder), and Structure: the undoable add, rename,
move and delete that every tree gesture becomes.
"""
