# Each target sets itself up on a fresh machine: a .venv with the package and its dependencies.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench screenshot translations system-deps clean

$(STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

# Qt needs a few shared libraries that a bare Debian image may lack; install them only if Qt cannot load.
system-deps: $(STAMP)
	@tools/ensure_system_deps.sh $(BIN)/python

run: system-deps
	$(BIN)/python main.py

test: system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/ruff check .

lint: $(STAMP)
	$(BIN)/ruff check .

bench: system-deps
	$(BIN)/python benchmarks/bench_search.py
	$(BIN)/python benchmarks/bench_visits.py
	$(BIN)/python benchmarks/bench_startup.py
	$(BIN)/python benchmarks/bench_reminders.py
	$(BIN)/python benchmarks/bench_reports.py
	$(BIN)/python benchmarks/bench_import.py

# Catalogues: lupdate the sources into resources/translations/*.ts (new zh_TW entries converted with OpenCC),
# then lrelease the .qm files the app ships and loads. Translate what `tools/translations.py missing en` lists.
translations: $(STAMP)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[tools]'
	$(BIN)/python tools/translations.py update
	$(BIN)/python tools/translations.py release

screenshot: system-deps
	@tools/ensure_system_deps.sh $(BIN)/python --fonts
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshot.py docs/screenshots

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache
