"""The Qt-free heart of Seminarnotes: storage, outline rules, packages, search."""
