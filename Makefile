# Two commands for a fresh Debian machine with Python 3.11: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,postgresql]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/giamsat-desktop $(if $(DB),--db $(DB))

lint: $(STAMP)
	$(BIN)/ruff check giamsat_desktop tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy

# One test process per core; a file's tests stay together, so a module's shared database (the
# demo office) is built once.
test: lint
	$(BIN)/python -m pytest -n auto --dist loadfile

translations: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete giamsat_desktop -ts i18n/giamsat_en.ts
	$(BIN)/pyside6-lrelease i18n/giamsat_en.ts -qm i18n/giamsat_en.qm
	$(BIN)/pyside6-lrelease i18n/qtbase_vi.ts -qm i18n/qtbase_vi.qm
