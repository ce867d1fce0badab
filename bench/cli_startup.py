"""How long the `dialogue` command takes to answer, start-up included: `--help`, a command's
`--help`, `progress` and `extract` of one synthetic report, each in a fresh process against a
temporary SQLite database holding the shipped record. Beside them, `python -c pass` with the same
interpreter, measured in the same rounds, so that a figure from a busy machine can be read as a
ratio to the interpreter's own start-up.

    .venv/bin/python bench/cli_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DIALOGUE = str(Path(sys.executable).parent / "dialogue")


def wall(command: list[str], env: dict[str, str], cwd: str) -> float:
    """Seconds from spawning the command to its exit; a failure stops the bench, since its time would mislead."""
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per command (default 7)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as data:
        env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
        env |= {"DIALOGUE_DATA_DIR": data, "DATABASE_URL": f"sqlite:///{Path(data) / 'record.sqlite3'}"}
        os.environ |= env | {"DJANGO_SETTINGS_MODULE": "dialogue.settings"}
        import django

        django.setup()
        from django.core.management import call_command

        from bench.synthetic import report
        from dialogue.record.defaults import default_record_load_if_empty

        call_command("migrate", verbosity=0)
        default_record_load_if_empty()
        one_report = Path(data) / "one-report.jsonl"
        one_report.write_text(json.dumps(report(1)) + "\n", encoding="utf-8")

        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "dialogue --help": [DIALOGUE, "--help"],
            "dialogue progress --help": [DIALOGUE, "progress", "--help"],
            "dialogue progress": [DIALOGUE, "progress"],
            "dialogue extract ONE_REPORT": [DIALOGUE, "extract", str(one_report)],
        }
        for command in commands.values():  # once unmeasured, so that every run finds the same warm caches
            wall(command, env, data)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):  # round by round, so that a busy spell weighs on every command alike
            for name, command in commands.items():
                times[name].append(wall(command, env, data))

    reference = statistics.median(times["python -c pass"])
    print(f"dialogue start-up, wall time over {args.runs} fresh processes each (SQLite, shipped record)")
    print(f"{'command':30} {'median':>8} {'min':>8} {'max':>8} {'ratio':>7}")
    for name, seconds in times.items():
        median = statistics.median(seconds)
        print(f"{name:30} {median:8.3f} {min(seconds):8.3f} {max(seconds):8.3f} {median / reference:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
