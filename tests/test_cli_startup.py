"""What the `dialogue` command loads before it answers: help without Django, and reading commands
without the libraries of extraction, charts, PDF or the web API. How long that takes is
`bench/cli_startup.py`'s to measure; this guards what made it fast."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Libraries that only extraction, the chair's report or the web API need, each a tenth of a second or more to import.
HEAVY = ["spacy", "thinc", "dateparser", "lingua", "trafilatura", "altair", "vl_convert", "weasyprint", "pandas", "numpy",
         "pydantic", "ninja"]

# Runs the command line in this process without exiting, then prints which of the modules asked about it loaded.
PROBE = """
import json, sys
from dialogue.cli import main
for args in json.loads(sys.argv[1]):
    try:
        main(args, prog_name="dialogue")
    except SystemExit as stop:
        assert stop.code in (0, None), (args, stop.code)
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules} & set(json.loads(sys.argv[2])))))
"""


@pytest.fixture(scope="module")
def environment(tmp_path_factory):
    """A process environment with an SQLite database of its own, set up for this version and holding the shipped record."""
    from dialogue.record.defaults import DEFAULT_RECORD

    folder = tmp_path_factory.mktemp("startup")
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env |= {"DIALOGUE_DATA_DIR": str(folder), "DATABASE_URL": f"sqlite:///{folder / 'record.sqlite3'}"}
    dialogue = str(Path(sys.executable).parent / "dialogue")
    subprocess.run([dialogue, "migrate"], env=env, check=True, capture_output=True)
    subprocess.run([dialogue, "load", str(DEFAULT_RECORD)], env=env, check=True, capture_output=True)
    return env


def loaded(environment: dict[str, str], commands: list[list[str]], modules: list[str]) -> list[str]:
    probe = subprocess.run([sys.executable, "-c", PROBE, json.dumps(commands), json.dumps(modules)], env=environment,
                           capture_output=True, text=True, check=True)
    return json.loads(probe.stdout.splitlines()[-1])


def test_help_of_the_command_line_and_of_a_command_loads_neither_django_nor_a_heavy_library(environment):
    assert loaded(environment, [["--help"], ["progress", "--help"], ["review", "accept", "--help"]], ["django", *HEAVY]) == []


def test_reading_commands_load_no_library_of_extraction_charts_or_the_api(environment):
    assert loaded(environment, [["progress"], ["initiatives"], ["compare"], ["review", "list"]], ["django", *HEAVY]) == ["django"]
