from __future__ import annotations

import os

import pytest


@pytest.fixture
def redis_url() -> str:
    """The suite's Redis: skipped without one, except on CI's PostgreSQL run, which `make test-postgres` gives one."""
    if url := os.environ.get("REDIS_URL"):
        return url
    if os.environ.get("CI") == "true" and os.environ.get("DATABASE_URL", "").startswith("postgres"):
        pytest.fail("CI's PostgreSQL run must have REDIS_URL: `make test-postgres` starts one (scripts/with-redis)")
    pytest.skip("needs a Redis server in REDIS_URL (scripts/with-redis starts a throwaway one)")
