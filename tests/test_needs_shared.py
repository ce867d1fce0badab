"""Tests that need ../shared skip on a developer's machine without it, but fail under CI, where a skip would pass unseen."""

import pytest

from tests.conftest import SHARED, needs_shared

MISSING = SHARED / "no-such-folder-for-this-test"


def test_without_ci_a_missing_shared_path_skips_the_test_and_names_the_path(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="../shared/no-such-folder-for-this-test"):
        needs_shared(MISSING)


def test_under_ci_a_missing_shared_path_fails_the_test_and_says_why(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI is set"):
        needs_shared(MISSING)


def test_a_path_that_is_there_is_handed_back_even_under_ci(monkeypatch, tmp_path):
    monkeypatch.setenv("CI", "true")
    assert needs_shared(tmp_path) == tmp_path
