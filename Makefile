# Targets the README uses. Needs only python3 (3.11+) and make.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= amity.db

.PHONY: demo test install dev lint system-deps bench-ingest bench-extract bench-registry bench-serve clean \
	fast test-fast bench-extract-fast

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

# The extraction pipeline compiled to C with mypyc (setup.py, AMITY_COMPILE=1), built in place in
# a copy of the sources under build/, so that an edited source never runs as stale compiled code.
FAST := build/fast
EXTRACT_SOURCES := $(shell find amity/extract -name '*.py') setup.py

fast: $(FAST)/.built

# The stamp takes the time of the copy: a source edited while it compiles is built again.
$(FAST)/.built: $(VENV)/.dev $(EXTRACT_SOURCES)
	rm -rf $(FAST) && mkdir -p $(FAST) && touch build/.fast-copied
	cp -r amity tests benchmarks examples pyproject.toml setup.py README.md $(FAST)/
	ln -sfn $(abspath ..)/shared build/shared
	cd $(FAST) && AMITY_COMPILE=1 ../../$(BIN)/python setup.py -q build_ext --inplace -j 2
	touch -r build/.fast-copied $@

# The extraction tests and the quality gate on the compiled build: the same outputs, enforced.
test-fast: fast
	cd $(FAST) && ../../$(BIN)/python -m pytest -q -n 2 -p no:cacheprovider tests/extract tests/quality

bench-extract-fast: fast
	cd $(FAST) && ../../$(BIN)/python -m benchmarks.extract

bench-registry: install
	$(BIN)/python -m benchmarks.registry

bench-serve: dev
	$(BIN)/python -m benchmarks.serve

clean:
	rm -rf $(VENV) build *.egg-info
