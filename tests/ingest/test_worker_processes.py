"""Extraction workers end with the process that started them, even when it is killed outright."""

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
POOL = textwrap.dedent("""
    import os, sys, time
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dialogue.settings")
    import django
    django.setup()
    from concurrent.futures import ProcessPoolExecutor
    from dialogue.ingest.gazetteer import Gazetteer
    from dialogue.ingest.services import _worker_start
    empty = Gazetteer(countries={}, country_names={}, demonyms={}, cities={})
    pool = ProcessPoolExecutor(max_workers=2, initializer=_worker_start, initargs=(empty,))
    list(pool.map(abs, range(8)))
    print(" ".join(str(pid) for pid in pool._processes), flush=True)
    time.sleep(120)
""")


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc (Linux)")
def test_workers_end_when_their_parent_is_killed(tmp_path):
    script = tmp_path / "pool.py"
    script.write_text(POOL)
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, cwd=REPO,
                              env={**os.environ, "PYTHONPATH": str(REPO), "DIALOGUE_DATA_DIR": str(tmp_path)})
    try:
        workers = [int(pid) for pid in parent.stdout.readline().split()]
        assert len(workers) == 2 and all(_alive(pid) for pid in workers)
    finally:
        parent.kill()  # as kill -9 would
        parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)
