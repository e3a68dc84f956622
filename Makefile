# The two commands a newcomer needs: `make serve` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: serve test test-long lint generate system-deps clean

$(BIN)/kb: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Debian's Chromium (for the browser tests), pandoc (for the citation tests), wrk (for benchmarks/load.py)
# and nginx-light (the caching proxy kb package ships, for its tests and the load benchmark).
system-deps:
	@command -v chromium >/dev/null && command -v pandoc >/dev/null && command -v wrk >/dev/null \
	  && (command -v nginx || test -x /usr/sbin/nginx) >/dev/null || \
	  ($(SUDO) apt-get update && $(SUDO) apt-get install -y chromium pandoc wrk nginx-light)

# Build the bundled knowledge base if its events changed, then publish it at http://127.0.0.1:8001
serve: $(BIN)/kb
	$(BIN)/kb serve --host 127.0.0.1 --port 8001

test: $(BIN)/kb system-deps
	$(BIN)/pytest

test-long: $(BIN)/kb system-deps
	$(BIN)/pytest -m slow --hypothesis-profile=long

# Every generated file, made again from the code: the JSON Schemas, metadata.json, the codebook, the
# CLI reference in README.md, docs/citing.md's styles and the bundled knowledge base's golden rows.
generate: $(BIN)/kb
	$(BIN)/kb schema
	$(BIN)/kb metadata
	$(BIN)/python -m kb.events.import_csv > docs/codebook.md
	$(BIN)/cog -r README.md docs/citing.md
	KB_UPDATE_GOLDEN=1 $(BIN)/pytest -q -p no:cacheprovider tests/test_seed_rows.py

lint: $(BIN)/kb
	$(BIN)/ruff check kb tests benchmarks
	$(BIN)/ruff format --check kb tests benchmarks
	$(BIN)/mypy kb

clean:
	rm -rf $(VENV) kb.db .kb test-artifacts
