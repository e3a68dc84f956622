# The two commands a newcomer needs: `make serve` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: serve test test-long lint generate hashes system-deps clean

# kb and what serving needs: all `make serve` installs, at the versions whose hashes kb ships
# (kb/serve/dependency-hashes.txt), so that `kb package` and `kb init` can pin every one of them by hash.
HASHES := kb/serve/dependency-hashes.txt
CONSTRAINTS := $(VENV)/constraints.txt
$(BIN)/kb: pyproject.toml $(HASHES)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip uninstall --quiet --yes kb 2>/dev/null || true  # kb's distribution before it was negotiation-kb
	sed 's/ .*//' $(HASHES) > $(CONSTRAINTS)
	$(BIN)/pip install --quiet -c $(CONSTRAINTS) -e .
	touch $@

# The test extra besides (pytest, Playwright, citeproc-py, cog, ruff, mypy…), for test, lint and generate.
TEST_EXTRA := $(VENV)/.test-extra
$(TEST_EXTRA): $(BIN)/kb
	$(BIN)/pip install --quiet -c $(CONSTRAINTS) -e '.[test]'
	touch $@

# Debian's Chromium (for the browser tests), pandoc and Node.js (for the citation tests: citeproc-js from npm,
# pinned by tests/citeproc_js/package-lock.json), wrk (for benchmarks/load.py), LibreOffice Calc (to open
# kb's CSV in a real spreadsheet: tests/test_csv_injection.py) and nginx-light (the caching proxy kb package
# ships, for its tests and the load benchmark).
CITEPROC_JS := tests/citeproc_js/node_modules/citeproc/package.json
# command:package, each installed only when its command is missing (a Node.js from elsewhere brings its own npm,
# and Debian's npm conflicts with it).
SYSTEM_DEPS := chromium:chromium pandoc:pandoc wrk:wrk node:nodejs soffice:libreoffice-calc-nogui nginx:nginx-light
system-deps:
	@missing=""; for pair in $(SYSTEM_DEPS); do \
	  command -v $${pair%%:*} >/dev/null || [ -x /usr/sbin/$${pair%%:*} ] || missing="$$missing $${pair#*:}"; \
	done; \
	command -v npm >/dev/null || missing="$$missing npm"; \
	[ -z "$$missing" ] || ($(SUDO) apt-get update && $(SUDO) apt-get install -y $$missing)
	@[ -f $(CITEPROC_JS) ] || npm ci --prefix tests/citeproc_js --no-audit --no-fund

# Build the bundled knowledge base if its events changed, then publish it at http://127.0.0.1:8001
serve: $(BIN)/kb
	$(BIN)/kb serve --host 127.0.0.1 --port 8001

test: $(TEST_EXTRA) system-deps
	$(BIN)/pytest

test-long: $(TEST_EXTRA) system-deps
	$(BIN)/pytest -m slow --hypothesis-profile=long

# Every generated file, made again from the code: the JSON Schemas, metadata.json, the codebook, the
# CLI reference in README.md, docs/design.md's table of kinds, docs/citing.md's styles and the bundled
# knowledge base's golden rows.
generate: $(TEST_EXTRA)
	$(BIN)/kb schema
	$(BIN)/kb metadata
	$(BIN)/python -m kb.events.import_csv > docs/codebook.md
	$(BIN)/cog -r README.md docs/citing.md docs/design.md
	KB_UPDATE_GOLDEN=1 $(BIN)/pytest -q -p no:cacheprovider tests/test_seed_rows.py

# The SHA-256s of the files of every package kb runs on, at the versions installed here, from PyPI (the one
# step that asks the network): after a dependency changes version; tests/test_publish_package.py says when.
hashes: $(BIN)/kb
	$(BIN)/python -m kb.serve.requirements > $(HASHES).new
	mv $(HASHES).new $(HASHES)

lint: $(TEST_EXTRA)
	$(BIN)/ruff check kb tests benchmarks
	$(BIN)/ruff format --check kb tests benchmarks
	$(BIN)/mypy kb

clean:
	rm -rf $(VENV) kb.db .kb test-artifacts
