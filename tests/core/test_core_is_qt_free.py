"""The core and the exporters must run where Qt is not installed."""

import subprocess
import sys

CODE = """
import pkgutil, importlib, sys
import seminarnotes.core
for package in (seminarnotes.core,):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".migrations" not in info.name:
            importlib.import_module(info.name)
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "docx"))
walked = [m for m in ("seminarnotes.core.outline", "seminarnotes.core.fold") if m not in sys.modules]
print(",".join(bad + walked))
"""

EXPORT_CODE = """
import pkgutil, importlib, sys
import seminarnotes.export, seminarnotes.wordimport
for package in (seminarnotes.export, seminarnotes.wordimport):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
print(",".join(sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))))
"""


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_core_imports_neither_qt_nor_python_docx() -> None:
    """Every module of core/ (the outline rules and folding among them) imports without Qt."""
    assert _run(CODE) == ""


def test_export_and_word_import_do_not_import_qt() -> None:
    assert _run(EXPORT_CODE) == ""
