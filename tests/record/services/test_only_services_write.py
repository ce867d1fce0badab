"""Facts are written by the record's services and nowhere else (DESIGN.md): a scan of the code for writes of record
models outside `dialogue/record/services/`, so that a new writer elsewhere fails here, named by file and line."""

from __future__ import annotations

import ast
from pathlib import Path

from django.apps import apps

ROOT = Path(__file__).resolve().parents[3] / "dialogue"
WRITES = {"save", "create", "bulk_create", "get_or_create", "update_or_create", "update", "bulk_update", "delete", "add",
          "set", "remove", "clear"}
# Writers not yet moved into the services, each with its reason; shrink this list, never grow it.
NOT_YET_MOVED = {
    ("record/interchange.py", "ExchangeRate.objects.bulk_create"),  # rates are reference data, not facts
    ("ingest/services.py", "source.save"),  # a submitted report's text kept on its source
}


OTHER_MODELS = {  # saves of other apps' own models in modules that also read the record
    ("access/services.py", "user.save"), ("feeds/services.py", "feed.save"), ("ingest/review.py", "candidate.save"),
    ("jobs/services.py", "row.save"),
}


def _record_models() -> tuple[set[str], set[str]]:
    """The record's model names, and the names of its many-to-many fields."""
    models = list(apps.get_app_config("record").get_models())
    return {model.__name__ for model in models}, {field.name for model in models for field in model._meta.many_to_many}


def _root(node: ast.expr) -> str:
    while isinstance(node, (ast.Attribute, ast.Call, ast.Subscript)):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else ""


def _writes(path: Path, names: tuple[set[str], set[str]]) -> list[tuple[int, str]]:
    """(line, call) for each write of a record model in the file: a manager's or queryset's write on a model named,
    or, in a module that works with the record's models, an instance's `.save()` or a many-to-many change."""
    models, many = names
    tree = ast.parse(path.read_text(encoding="utf-8"))
    uses_record = any(isinstance(node, ast.ImportFrom) and node.module == "dialogue.record.models" for node in ast.walk(tree))
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in WRITES):
            continue
        call, receiver = ast.unparse(node.func), node.func.value
        on_model = _root(receiver) in models and any(f".{manager}" in call for manager in ("objects", "everything"))
        saved = uses_record and node.func.attr == "save"
        linked = uses_record and isinstance(receiver, ast.Attribute) and receiver.attr in many and node.func.attr in {"add", "set", "remove", "clear"}
        if on_model or saved or linked:
            found.append((node.lineno, call))
    return sorted(found)


def test_no_module_outside_the_services_writes_a_fact():
    names = _record_models()
    offenders = []
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(("record/services/", "record/migrations/")) or "/migrations/" in relative:
            continue
        offenders += [f"dialogue/{relative}:{line}: {call}" for line, call in _writes(path, names)
                      if (relative, call) not in NOT_YET_MOVED | OTHER_MODELS]
    assert not offenders, "record models written outside dialogue/record/services/:\n" + "\n".join(offenders)


def test_the_scan_finds_a_write_it_is_shown(tmp_path):
    """The scan itself can fail: a module that saves a meeting is caught."""
    module = tmp_path / "writer.py"
    module.write_text("from dialogue.record.models import Meeting\n\ndef f(m, areas):\n    m.save()\n    Meeting.objects.create(key='x')\n"
                      "    m.areas.add(*areas)\n")
    assert _writes(module, _record_models()) == [(4, "m.save"), (5, "Meeting.objects.create"), (6, "m.areas.add")]
