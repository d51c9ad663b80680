"""Seminarnotes: document seminar group discussions and export them to Word."""


def __getattr__(name: str) -> str:
    """`seminarnotes.__version__`, looked up when first asked for. pyproject.toml is the one
    place the version is written; the installed metadata (copied into the bundle too) carries
    it, and reading that costs start-up time that only --version, About and the log need."""
    if name != "__version__":
        raise AttributeError(f"module 'seminarnotes' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("seminarnotes")
    except PackageNotFoundError:  # a source tree on sys.path, not installed
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        value = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    globals()["__version__"] = value
    return value
