# Targets the README uses. Needs only python3 (3.11+) and make.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= amity.db

.PHONY: demo test install dev lint system-deps bench-ingest bench-extract bench-registry bench-serve clean

$(BIN)/amity: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	@touch $@

$(VENV)/.dev: $(BIN)/amity
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@

install: $(BIN)/amity

dev: $(VENV)/.dev

# Debian packages the PDF digests and their tests need: fonts covering Chinese, Japanese,
# Korean and Cyrillic names, Pango for WeasyPrint, poppler-utils (pdftoppm, pdftotext).
SYSTEM_DEPS := fonts-noto-cjk fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0 poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

system-deps:
	@missing=$$(for p in $(SYSTEM_DEPS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

demo: install
	$(BIN)/amity --db $(DB) registry import
	$(BIN)/amity --db $(DB) ingest examples/reports
	$(BIN)/amity --db $(DB) stats
	@echo "Query it: $(BIN)/amity --db $(DB) reports | search WORD | partners CITY | export events --format csv"
	@echo "Open http://127.0.0.1:8000/ (Ctrl-C stops the app)"
	$(BIN)/amity --db $(DB) serve

test: lint
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

lint: dev
	$(BIN)/ruff check amity tests
	$(BIN)/ruff format --check amity tests
	$(BIN)/mypy

bench-ingest: install
	$(BIN)/python -m benchmarks.ingest

bench-extract: install
	$(BIN)/python -m benchmarks.extract

bench-registry: install
	$(BIN)/python -m benchmarks.registry

bench-serve: dev
	$(BIN)/python -m benchmarks.serve

clean:
	rm -rf $(VENV) build *.egg-info
