"""The installed `dialogue` command against its own SQLite files, as a new user runs it."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

DIALOGUE = str(Path(sys.executable).parent / "dialogue")


@pytest.fixture
def sqlite_env(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["DIALOGUE_DATA_DIR"] = str(tmp_path / "data")
    return env


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_answers_with_the_default_record(sqlite_env, seeds):
    port = _free_port()
    server = subprocess.Popen(
        [DIALOGUE, "serve", "--port", str(port), "--workers", "1", "--texts", str(seeds)],
        env=sqlite_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).read().decode()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(server.stdout.read().decode()) from None
                time.sleep(0.3)
        assert "Central Asia + Japan Dialogue" in page and "Kazakhstan" in page
        meeting = urllib.request.urlopen(f"http://127.0.0.1:{port}/meetings/c5-japan.fm-9/", timeout=5).read().decode()
        summit = urllib.request.urlopen(f"http://127.0.0.1:{port}/meetings/c5-japan.summit-1/", timeout=5).read().decode()
        for name in ["9th Foreign Ministers", "Tokyo", "Tileuberdi", "Hayashi"]:
            assert name in meeting
        for name in ["First Summit", "Takaichi", "Mirziyoyev"]:
            assert name in summit
        evidence = urllib.request.urlopen(f"http://127.0.0.1:{port}/facts/meetings/c5-japan.fm-9/", timeout=5).read().decode()
        assert "<mark>TOKYO</mark>" in evidence
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def test_a_dump_loaded_into_a_fresh_database_dumps_to_an_identical_file(sqlite_env, tmp_path, seeds):
    def dialogue(*args, **env):
        return subprocess.run([DIALOGUE, *args], env={**sqlite_env, **env}, cwd=tmp_path, capture_output=True, text=True, check=True)

    from dialogue.record.defaults import DEFAULT_RECORD

    dialogue("load", str(DEFAULT_RECORD))
    dialogue("sources", "attach", str(seeds))
    dialogue("dump", "--format", "json", "a.json")
    dialogue("load", "a.json", DATABASE_URL="sqlite:///fresh.sqlite3")
    dialogue("dump", "--format", "json", "b.json", DATABASE_URL="sqlite:///fresh.sqlite3")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert '"text": ' in (tmp_path / "a.json").read_text()
