# The two commands of README.md: `make site` and `make test`. Each sets up .venv on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test lint typecheck serve bench clean browser-deps wordnet-deps

site: $(STAMP) wordnet-deps
	$(BIN)/explainer build

test: $(STAMP) browser-deps wordnet-deps
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check generator tests
	$(BIN)/ruff format --check generator tests

typecheck: $(STAMP)
	$(BIN)/mypy

serve: $(STAMP)
	$(BIN)/explainer serve

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[extract,test]'
	touch $(STAMP)

# What the browser tests (tests/test_browser.py) need, installed beforehand so that nothing is
# downloaded while they run: Debian's Chromium, which Playwright drives, and axe-core, the
# accessibility checker injected into every page (pinned by tests/browser_deps/package-lock.json).
# As root (CI), missing system packages are installed; otherwise it says what to install.
BROWSER_DEPS := tests/browser_deps
AXE := $(BROWSER_DEPS)/node_modules/axe-core/axe.min.js

browser-deps: $(AXE)
	@test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "browser tests need Debian's chromium: sudo apt-get install chromium"; fi; }

$(AXE): $(BROWSER_DEPS)/package.json $(BROWSER_DEPS)/package-lock.json
	@if command -v npm >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get update -qq \
	      && apt-get install -y -qq npm >/dev/null; }; then \
	  npm ci --prefix $(BROWSER_DEPS) --no-audit --no-fund --silent && touch $(AXE); \
	else echo "browser tests need npm for axe-core: sudo apt-get install npm, then make browser-deps"; fi

# The glossary's dictionary (generator/extract/glossary/wordnet.py): Debian's WordNet 3.0. Without
# it extraction still runs and says so in one line, leaving terms without a definition wanted.
wordnet-deps:
	@test -f /usr/share/wordnet/data.noun || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wordnet-base >/dev/null; \
	  else echo "glossary definitions need Debian's wordnet-base: sudo apt-get install wordnet-base"; fi; }

# Extraction quality and speed against ../shared (gold data we may not commit); by hand, not in CI.
SHARED ?= ../shared
GOLD_TMP := $(shell mktemp -u /tmp/explainer-gold-XXXX).json
bench: $(STAMP)
	$(BIN)/explainer extract $(SHARED)/articles/kremlin-security-assurances.txt --published 2023-07-12 \
	  --format json > $(GOLD_TMP)
	$(BIN)/python $(SHARED)/bench/score.py $(GOLD_TMP) $(SHARED)/gold/kremlin-security-assurances.yaml
	$(BIN)/python $(SHARED)/bench/quotes.py --cli $(BIN)/explainer
	$(BIN)/python $(SHARED)/bench/times.py --cli $(BIN)/explainer
	$(BIN)/python bench/html_ingest.py $(SHARED)/articles/html
	$(BIN)/python bench/batch_speed.py $(SHARED)/articles
	$(BIN)/python $(SHARED)/bench/corpus.py /tmp/explainer-corpus
	$(BIN)/python bench/site_scale.py 100 --articles /tmp/explainer-corpus
	$(BIN)/python bench/review_flags.py --cli $(BIN)/explainer $(SHARED)/gold $(SHARED)/articles

clean:
	rm -rf site .cache $(VENV)
	find docs -mindepth 1 ! -name .gitignore -delete
