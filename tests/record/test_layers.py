"""The record depends on no app above it: its models, services, selectors and permissions import nothing from
access (users and officers), ingest, tracking or the web, so none of them can pull the record into a cycle."""

import ast
from pathlib import Path

import dialogue.record

RECORD = Path(dialogue.record.__file__).parent
ABOVE = ("dialogue.access", "dialogue.ingest", "dialogue.tracking", "dialogue.web", "dialogue.jobs", "dialogue.feeds", "dialogue.cli")
# The admin shows the record to signed-in staff (whose request it is comes from access); the record file carries
# the exchange rates its deals are counted with (tracking's), so that a dump and load keep progress.
ALLOWED = {"admin.py": ("dialogue.access",), "interchange.py": ("dialogue.tracking.models",)}


def imports_of(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found


def test_no_module_of_the_record_imports_an_app_above_it():
    offenders = sorted(f"{path.relative_to(RECORD)} imports {name}"
                       for path in RECORD.rglob("*.py") if "migrations" not in path.parts
                       for name in imports_of(path) if name.startswith(ABOVE) and not name.startswith(ALLOWED.get(path.name, ("-",))))
    assert offenders == []
