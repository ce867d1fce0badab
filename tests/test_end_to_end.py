"""The installed `dialogue` command against its own SQLite files, as a new user runs it."""

import os
import subprocess
import urllib.request

import pytest

from tests.live import DIALOGUE, serving


@pytest.fixture
def sqlite_env(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["DIALOGUE_DATA_DIR"] = str(tmp_path / "data")
    return env


def test_serve_answers_with_the_default_record(sqlite_env, seeds):
    with serving(sqlite_env, workers=1, texts=seeds) as url:
        page = urllib.request.urlopen(f"{url}/", timeout=5).read().decode()
        assert "Central Asia + Japan Dialogue" in page and "Kazakhstan" in page
        meeting = urllib.request.urlopen(f"{url}/meetings/c5-japan.fm-9/", timeout=5).read().decode()
        summit = urllib.request.urlopen(f"{url}/meetings/c5-japan.summit-1/", timeout=5).read().decode()
        for name in ["9th Foreign Ministers", "Tokyo", "Tileuberdi", "Hayashi"]:
            assert name in meeting
        for name in ["First Summit", "Takaichi", "Mirziyoyev"]:
            assert name in summit
        evidence = urllib.request.urlopen(f"{url}/facts/meetings/c5-japan.fm-9/", timeout=5).read().decode()
        assert "<mark>TOKYO</mark>" in evidence


def test_a_dump_loaded_into_a_fresh_database_dumps_to_an_identical_file(sqlite_env, tmp_path, seeds):
    def dialogue(*args, **env):
        return subprocess.run([DIALOGUE, *args], env={**sqlite_env, **env}, cwd=tmp_path, capture_output=True, text=True, check=True)

    from dialogue.record.defaults import DEFAULT_RECORD

    dialogue("migrate")
    dialogue("load", str(DEFAULT_RECORD))
    dialogue("sources", "attach", str(seeds))
    dialogue("dump", "--format", "json", "a.json")
    dialogue("migrate", DATABASE_URL="sqlite:///fresh.sqlite3")
    dialogue("load", "a.json", DATABASE_URL="sqlite:///fresh.sqlite3")
    dialogue("dump", "--format", "json", "b.json", DATABASE_URL="sqlite:///fresh.sqlite3")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert '"text": ' in (tmp_path / "a.json").read_text()
