# Two commands: `make run` installs and starts Seminarnotes, `make test` installs
# and runs every test. Both set up .venv themselves (and, as root, the Debian
# packages they need).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SYSDEPS := bash packaging/linux/sysdeps.sh

.PHONY: run test soak bench clean package

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV) 2>/dev/null || { rm -rf $(VENV); $(SYSDEPS) venv && $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,package]'
	touch $(STAMP)

run: $(STAMP)
	$(SYSDEPS) qt window
	$(VENV)/bin/seminarnotes

# Two sessions: everything offscreen, then the menu and focus tests (marked xcb) in a
# real X window on Xvfb, where menus and focus behave as users see them.
test: $(STAMP)
	$(SYSDEPS) qt window readers bundle packaging icons || echo "(tests that need these packages will skip outside CI)"
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:xvfb -m "not xcb"
	QT_QPA_PLATFORM=xcb $(PY) -m pytest -q -m xcb

# The long runs: 300 kills while typing, and 200 longer random sessions of the window.
soak: $(STAMP)
	$(SYSDEPS) qt window
	SEMINARNOTES_SOAK=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:xvfb tests/ui/saving/test_typing_kills.py
	SEMINARNOTES_SOAK=1 QT_QPA_PLATFORM=xcb $(PY) -m pytest -q tests/ui/window/test_window_model.py

bench: $(STAMP)
	$(SYSDEPS) qt readers packaging
	for b in benchmarks/bench_*.py; do QT_QPA_PLATFORM=offscreen $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build dist

# The bundled program (dist/seminarnotes/, PyInstaller) and the Debian package made from it
# (dist/seminarnotes_VERSION_ARCH.deb); the Windows installer is built by .github/workflows/build.yml.
package: $(STAMP)
	$(SYSDEPS) packaging bundle
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/pyinstaller/seminarnotes.spec
	$(PY) packaging/linux/build_deb.py --bundle dist/seminarnotes --out dist

# Refresh resources/translations/*.ts from the UI strings (translations kept) and
# compile them to the .qm files the app loads; both are committed, so `run` needs no step.
.PHONY: translations
translations: $(STAMP)
	PYSIDE6_BIN=$(CURDIR)/$(VENV)/bin bash resources/translations/build.sh
