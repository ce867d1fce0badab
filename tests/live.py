"""A real Dialogue Ledger server for browser tests: `dialogue serve` (gunicorn) in its own process and database.

On the SQLite run the database is a file of its own; on the PostgreSQL run it is a new database on the
server that DATABASE_URL names, dropped afterwards. Nothing is shared with the test's own transaction.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dj_database_url

DIALOGUE = str(Path(sys.executable).parent / "dialogue")  # the command installed beside the running Python


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def own_database(data_dir: Path) -> Iterator[dict[str, str]]:
    """Environment for a process with a database of its own, on the same engine as the suite's."""
    # Without REDIS_URL the served site runs its jobs in its own process, as `make serve` does: the suite's Redis is
    # for the tests of tests/jobs, which start workers of their own.
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env["DIALOGUE_DATA_DIR"] = str(data_dir)
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield env
        return
    import psycopg

    config = dj_database_url.parse(url)
    name = f"dialogue_live_{uuid.uuid4().hex[:12]}"
    admin = dict(host=config["HOST"], port=config["PORT"] or 5432, user=config["USER"], password=config["PASSWORD"],
                 dbname=config["NAME"], autocommit=True)
    with psycopg.connect(**admin) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    env["DATABASE_URL"] = url.rsplit("/", 1)[0] + "/" + name
    try:
        yield env
    finally:
        with psycopg.connect(**admin) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def dialogue(env: dict[str, str], *args: str, **extra_env: str) -> str:
    done = subprocess.run([DIALOGUE, *args], env={**env, **extra_env}, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@contextmanager
def serving(env: dict[str, str], *, workers: int = 2, texts: Path | None = None, timeout: float = 90) -> Iterator[str]:
    """`dialogue serve` on a free loopback port until the block ends; yields its base URL."""
    port = free_port()
    command = [DIALOGUE, "serve", "--port", str(port), "--workers", str(workers), *(["--texts", str(texts)] if texts else [])]
    log = Path(env["DIALOGUE_DATA_DIR"]) / f"serve-{port}.log"  # a file, not a pipe: a full pipe would stall the server
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as output:
        server = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                urllib.request.urlopen(url + "/", timeout=5).read()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError("the server did not start:\n" + log.read_text(errors="replace")) from None
                time.sleep(0.3)
        yield url
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
