# Two commands for a fresh Debian machine with Python 3.11: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

BUNDLE_STAMP := $(VENV)/.bundle-installed
RELEASE := build/release

.PHONY: run test lint translations bundle release-check

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,postgresql]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/giamsat-desktop $(if $(DB),--db $(DB))

lint: $(STAMP)
	$(BIN)/ruff check giamsat_desktop tests benchmarks installer
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

# The one-folder bundle of installer/giamsat.spec (on Linux a stand-in for the Windows one).
$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,postgresql,bundle]"
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath $(RELEASE)/dist --workpath $(RELEASE)/work installer/giamsat.spec

# The bundle run from itself alone, its contents by size, and the installer script compiled
# against it (.ci/run; GIAMSAT_SMOKE_POSTGRES_URL names an empty database for the driver).
release-check: bundle
	bash installer/check_release.sh $(RELEASE)/dist/GiamSat
