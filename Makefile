# Set-up and everyday commands. Everything runs inside .venv, created on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8001
DB ?= statements.db

.PHONY: install serve serve-only ingest test test-browser eval bench train clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed data/lexicon/derived/places.tsv

# Places, demonyms, given names and common first names and surnames compacted from the installed packages
# (pressarchive/gazetteer.py; names-dataset takes half a minute and 2 GB here, never at run time).
data/lexicon/derived/places.tsv: $(VENV)/.installed pressarchive/gazetteer.py
	$(BIN)/python -m pressarchive.gazetteer

ingest: install
	$(BIN)/python ingest.py $(DB) data/ --prune

# Arbitrary SQL (?sql=, the SQL editor) is off; `make serve ALLOW_SQL=1` turns it on (still read-only, with
# the time limit and plugins/pressarchive_guard.py's limits). Canned queries (search, feeds ...) always work.
ALLOW_SQL ?= 0
SQL_SETTING := $(if $(filter 1 on yes true,$(ALLOW_SQL)),on,off)
SERVE_FLAGS = --metadata metadata.yml --template-dir templates --plugins-dir plugins \
	--static static:static --host 127.0.0.1 --port $(PORT) \
	--setting sql_time_limit_ms 2000 --setting default_page_size 50 --setting suggest_facets off \
	--setting max_returned_rows 1000 --setting max_csv_mb 10 --setting allow_download off \
	--setting facet_time_limit_ms 200 --setting default_allow_sql $(SQL_SETTING) \
	--setting num_sql_threads $(SQL_THREADS)

# WORKERS Datasette processes on one port (pressarchive/site/serve.py): one renders pages on one core. Each runs
# its queries on its event loop (SQL_THREADS 0): handing every query to a thread cost a quarter of the CPU time of
# a request, and the time limit still stops a query at 2 s, so one slow query holds its worker at most that long.
WORKERS ?= 2
SQL_THREADS ?= 0
serve: ingest
	$(BIN)/python -m pressarchive.site.serve --workers $(WORKERS) -- $(DB) $(SERVE_FLAGS)

# Serve an existing database without ingesting data/ into it (make serve-only DB=/tmp/big.db).
serve-only: install
	$(BIN)/python -m pressarchive.site.serve --workers $(WORKERS) -- $(DB) $(SERVE_FLAGS)

# The browser tests drive a real Chromium; they run in their own pytest process (sync Playwright would
# break the asyncio tests that follow it in the same process).
test: install
	$(BIN)/pytest -q
	$(MAKE) --no-print-directory test-browser

test-browser: install
	@if [ -x /usr/lib/chromium/chromium ] || command -v chromium >/dev/null; then \
		$(BIN)/pytest -q -m browser -p no:asyncio -W ignore::pytest.PytestConfigWarning tests/browser; \
	else echo "chromium not installed: browser tests not run (apt-get install -y chromium)"; fi

# Dev gold sets, our own train/test sets, set A's train split as plain-text dumps, then PolNeAR's test split (all
# sources, and named sources).
eval: install
	$(BIN)/python bench/eval_dev.py
	$(BIN)/python bench/eval_plaintext.py
	$(BIN)/python bench/bench_polnear.py

# Rebuilds data/models/attribution.crfsuite from the corpora (deterministic; a few minutes on one core).
train: install
	nice $(BIN)/python -m pressarchive.train

bench: install
	for b in bench/bench_*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm artifacts
