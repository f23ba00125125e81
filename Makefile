# Imprimatur: `make serve` runs the service, `make test` runs the tests; both set up first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: install serve test chaos lint format bench clean promtool browser

install: $(STAMP)

# Re-installs only when pyproject.toml changed; torch is pinned to the CPU build on disk.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

serve: install
	$(VENV)/bin/imprimatur serve config/local.yaml

test: install promtool browser
	$(PY) -m pytest $(PYTEST_ARGS)

# The chaos suite's full form (tests/chaos/): replicas killed, PostgreSQL and Redis out of
# reach, a redeploy, each under load, on a cluster of its own; about 10 minutes at most. Needs
# PostgreSQL on 127.0.0.1:5432 (a database of its own is made and dropped) and redis-server
# (started on CHAOS_REDIS_PORT, default 6390). Its short form runs inside `make test`
# (tests/integration/test_chaos_short.py).
chaos: install
	$(PY) -m pytest tests/chaos -s $(PYTEST_ARGS)

# promtool (Debian's prometheus package, ~100 MB) checks and unit-tests the alert rules.
promtool:
	@command -v promtool >/dev/null || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prometheus >/dev/null; }

# Debian's chromium and its chromedriver: the console's browser tests (tests/e2e/test_console.py)
# drive them through Selenium, which is given the driver's path and never downloads one.
browser:
	@test -x /usr/bin/chromium && test -x /usr/bin/chromedriver || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

bench: install
	@for script in benchmarks/[!_]*.py; do \
		echo "== $$script"; $(PY) $$script || exit 1; \
	done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
