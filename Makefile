# Set-up and everyday commands. `make serve` and `make test` work on a new machine that
# has only Python 3.11, pip and apt: they bootstrap uv, install the locked dependencies
# into .venv, and (for the tests) start a throwaway PostgreSQL and Redis.

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

.PHONY: install serve test test-sqlite test-postgres messages

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet "uv==$(UV_VERSION)"

$(VENV)/.installed: pyproject.toml uv.lock | $(UV)
	scripts/system-packages
	$(UV) sync --frozen --python $(PYTHON) --compile-bytecode
	$(VENV)/bin/python -m compileall -q dialogue
	touch $@

# The translations: a translator edits dialogue/locale/LANG/LC_MESSAGES/django.po; the compiled .mo beside it is
# committed too, so that a checkout shows Russian as it is, and `make install` recompiles an edited .po with Babel
# (no GNU gettext needed to serve).
CATALOGUES := $(patsubst %.po,%.mo,$(wildcard dialogue/locale/*/LC_MESSAGES/django.po))

install: $(VENV)/.installed $(CATALOGUES)

dialogue/locale/%/LC_MESSAGES/django.mo: dialogue/locale/%/LC_MESSAGES/django.po | $(VENV)/.installed
	$(VENV)/bin/pybabel compile --domain django --directory dialogue/locale --locale $*

## Gather new strings of the pages, the report and the command line into every language's .po (Django's
## makemessages, which needs GNU gettext: apt-get install gettext), then compile them.
messages: $(VENV)/.installed
	cd dialogue && ../$(VENV)/bin/python ../manage.py makemessages --all --no-obsolete --extension html,md,py
	$(VENV)/bin/pybabel compile --domain django --directory dialogue/locale

## Serve the C5+Japan record on http://127.0.0.1:8000/ (PORT=... to move it).
serve: install
	$(VENV)/bin/dialogue serve $(if $(wildcard $(SEEDS)/*.txt),--texts $(SEEDS))

## The whole suite on SQLite, then again on PostgreSQL with a throwaway Redis (for the tests of background jobs).
## Each test that uses the database ends with `dialogue check` on the record it leaves (errors fail the test, see
## tests/conftest.py): issue 10's "the check is clean after the whole suite's scenarios". About 0.15-0.2 s a test.
test: test-sqlite test-postgres

test-sqlite: install
	env -u DATABASE_URL DIALOGUE_CHECK_EACH_TEST=1 $(PYTEST)

test-postgres: install
	DIALOGUE_CHECK_EACH_TEST=1 scripts/with-postgres scripts/with-redis $(PYTEST)
