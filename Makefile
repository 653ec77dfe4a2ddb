# The project's verbs. `make run` and `make test` set up everything they need first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) -m werkplaats
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/werkplaats
PYTEST_ARGS ?=
# The suite runs on every core (pytest-xdist): each worker has its own test database.
PYTEST_WORKERS ?= auto

.PHONY: run setup install assets system-packages browser migrate demo static test test-sqlite \
        test-postgres lint format messages bench bench-search clean

run: setup migrate demo static ## Set up everything and serve on http://127.0.0.1:8000
	$(MANAGE) serve

setup: install assets system-packages compile-messages

install: $(VENV)/.installed
$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

assets: node_modules/.installed
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# msgfmt compiles the Dutch catalogue; Debian's gettext has it. The tests read the PDF
# reports back with pdftotext (poppler-utils); WeasyPrint itself needs Pango, which Debian has.
system-packages:
	@command -v msgfmt >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext; }
	@command -v pdftotext >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils; }

# Debian's Chromium for the browser tests (Playwright cannot download browsers here).
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

.PHONY: compile-messages
compile-messages: install
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v0

migrate: setup
	$(MANAGE) migrate --noinput -v0

demo: migrate
	$(MANAGE) demo --if-empty

static: setup
	$(MANAGE) collectstatic --noinput -v0

test: setup browser lint test-sqlite test-postgres ## The whole suite on SQLite and PostgreSQL

test-sqlite: setup
	$(BIN)/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

# PostgreSQL answers on 127.0.0.1:5432 here and in CI. Without it the run says so and
# skips, unless REQUIRE_POSTGRES=1 (as .ci/run sets) makes that a failure.
test-postgres: setup
	@if $(PY) -c "import socket; socket.create_connection(('127.0.0.1', 5432), 2)" 2>/dev/null; then \
		DATABASE_URL=$(POSTGRES_URL) $(BIN)/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS); \
	elif [ "$(REQUIRE_POSTGRES)" = "1" ]; then \
		echo "PostgreSQL does not answer on 127.0.0.1:5432."; exit 1; \
	else \
		echo "PostgreSQL does not answer on 127.0.0.1:5432: the PostgreSQL run is skipped."; \
	fi

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) makemigrations --check --dry-run -v0

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install ## Update the message catalogue after changing texts
	$(MANAGE) makemessages -l nl --ignore=.venv --ignore=node_modules --ignore=var --no-obsolete

bench: setup
	$(PY) bench/wsgi_servers.py

# Search at 100,000 publications on SQLite, PostgreSQL and tantivy (the reference); ~6 minutes.
bench-search: setup
	$(BIN)/pip install --quiet -e '.[bench]'
	$(PY) bench/search.py

clean:
	rm -rf $(VENV) node_modules var .pytest_cache .ruff_cache
