# Set-up and everyday commands. `make serve` and `make test` work on a new machine that
# has only Python 3.11, pip and apt: they bootstrap uv, install the locked dependencies
# into .venv, and (for the tests) start a throwaway PostgreSQL.

PYTHON ?= python3
VENV := .venv
TOOLS := .tools
UV := $(TOOLS)/bin/uv
UV_VERSION := 0.13.9
SEEDS := ../shared/seeds
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)
# A red run ends with a summary naming each failed or erroring test and its error (-rfE), and why each
# skipped test was skipped (-rs).
PYTEST := $(VENV)/bin/pytest -rfEs

.PHONY: install serve test test-sqlite test-postgres

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet "uv==$(UV_VERSION)"

$(VENV)/.installed: pyproject.toml uv.lock | $(UV)
	scripts/system-packages
	$(UV) sync --frozen --python $(PYTHON) --compile-bytecode
	$(VENV)/bin/python -m compileall -q dialogue
	touch $@

install: $(VENV)/.installed

## Serve the C5+Japan record on http://127.0.0.1:8000/ (PORT=... to move it).
serve: install
	$(VENV)/bin/dialogue serve $(if $(wildcard $(SEEDS)/*.txt),--texts $(SEEDS))

## The whole suite on SQLite, then again on PostgreSQL.
test: test-sqlite test-postgres

test-sqlite: install
	env -u DATABASE_URL $(PYTEST)

test-postgres: install
	scripts/with-postgres $(PYTEST)
