"""Backups: everything the database holds, in one file that restores into an empty database.

The JSON dump (interchange.py) is the record as people read and write it; a backup is the database
as Django's serializers see it: the record with every past version (django-simple-history's tables),
the review queue and submissions, imported rates, users with their roles and API tokens, and the
admin's log. Primary keys are kept, since history and links name them; content types and permissions,
which every migrated database makes for itself, are named by natural key. Sessions and login-attempt
counters are left out: after a restore people sign in again.

The file is gzip'd JSON Lines: a header line (format, migrations, row counts), then one row a line,
so that neither writing nor reading holds the database in memory.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from django.apps import apps
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder

from dialogue.record.services.restore import backup_rows_restore
from dialogue.record.version import record_changed

FORMAT_VERSION = 1
VERSION_FIELD = "dialogue_backup"
APPS = ("auth", "admin", "record", "access", "ingest", "feeds", "tracking", "web")
LEFT_OUT = {"auth.permission",  # every migrated database makes its own; rows name them by natural key
            "record.revision"}  # a cache key, not record: a restore makes a new one
SEEDED = {"record.country"}  # written by the migrations: a new database already holds them
CHUNK = 2000


class BackupError(Exception):
    """The backup cannot be restored here; `problems` says why, in words an operator can act on."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


class _ExactTimes(DjangoJSONEncoder):
    """Django's encoder cuts times to the millisecond; history is ordered by them, so keep every digit."""

    def default(self, o):
        if isinstance(o, (dt.datetime, dt.time)):
            return o.isoformat()
        return super().default(o)


def backed_up_models() -> list[type[models.Model]]:
    """Every model a backup holds, those with natural keys (users, groups) before the rows that name them."""
    ordered = serializers.sort_dependencies([(apps.get_app_config(label), None) for label in APPS], allow_cycles=True)
    return [model for model in ordered if model._meta.label_lower not in LEFT_OUT]


def _tables(models_: list[type[models.Model]]) -> list[str]:
    tables = []
    for model in models_:
        tables.append(model._meta.db_table)
        tables += [f.remote_field.through._meta.db_table for f in model._meta.local_many_to_many if f.remote_field.through._meta.auto_created]
    return tables


def _migrations() -> list[str]:
    applied = MigrationRecorder(connection).applied_migrations()
    return sorted(f"{app}.{name}" for app, name in applied if app in APPS)


# ----------------------------------------------------------------------------- backup


@contextmanager
def _snapshot() -> Iterator[None]:
    """One transaction, so that rows written meanwhile do not leave the backup half old, half new.
    PostgreSQL needs to be asked for one snapshot for the whole transaction; SQLite gives it."""
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        yield


def _rows(model: type[models.Model]) -> models.QuerySet:
    """All rows, soft-deleted facts too, with what the serializer reads of each fetched in bulk."""
    named = [f.name for f in model._meta.concrete_fields if f.is_relation and hasattr(f.related_model, "natural_key")]
    many = [f.name for f in model._meta.many_to_many]
    return model._base_manager.select_related(*named).prefetch_related(*many).order_by("pk")


def backup_write(path: Path) -> dict[str, int]:
    """Write the whole database to `path` (replaced only once complete); returns the rows written per model."""
    path = Path(path)
    chosen = backed_up_models()
    part = path.with_name(path.name + ".part")
    with _snapshot():
        counts = {model._meta.label_lower: model._base_manager.count() for model in chosen}
        header = {VERSION_FIELD: FORMAT_VERSION, "made_at": dt.datetime.now(dt.timezone.utc).isoformat(),
                  "migrations": _migrations(), "counts": counts}
        try:
            with gzip.open(part, "wt", encoding="utf-8") as out:
                out.write(json.dumps(header) + "\n")
                rows = (row for model in chosen for row in _rows(model).iterator(chunk_size=CHUNK))
                serializers.serialize("jsonl", rows, stream=out, use_natural_foreign_keys=True, cls=_ExactTimes)
        except BaseException as error:
            part.unlink(missing_ok=True)
            if isinstance(error, OSError):
                raise BackupError([f"{path} cannot be written: {error.strerror or error}"]) from None
            raise
    part.replace(path)
    return counts


# ----------------------------------------------------------------------------- restore


@contextmanager
def _lines(path: Path) -> Iterator[IO[str]]:
    """The file's lines, gzip'd as `backup` writes it or unpacked by hand."""
    with open(path, "rb") as raw:
        packed = raw.read(2) == b"\x1f\x8b"
        raw.seek(0)
        stream = gzip.open(raw, "rt", encoding="utf-8") if packed else io.TextIOWrapper(raw, encoding="utf-8")
        with stream:
            yield stream


def _header(path: Path, stream: IO[str]) -> dict:
    try:
        header = json.loads(stream.readline())
    except json.JSONDecodeError:
        header = None
    if not isinstance(header, dict) or VERSION_FIELD not in header:
        raise BackupError([f"{path} is not a Dialogue Ledger backup (its first line names no '{VERSION_FIELD}'); "
                           "a record file that `dialogue dump` wrote is read by `dialogue load`"])
    if header[VERSION_FIELD] != FORMAT_VERSION:
        raise BackupError([f"{path} is a backup of format {header[VERSION_FIELD]!r}; this version reads format {FORMAT_VERSION}"])
    if not isinstance(header.get("counts"), dict) or not isinstance(header.get("migrations"), list):
        raise BackupError([f"{path}: its first line lacks the backup's row counts or migrations"])
    return header


def _migration_problems(header: dict) -> list[str]:
    """A backup restores into the schema it was made from: rows of another schema would fail or lose fields."""
    made, here = set(header["migrations"]), set(_migrations())
    if made == here:
        return []
    problems = ["the backup was made from a database at other migrations than this one:"]
    if made - here:
        problems.append("the backup has, this database lacks: " + ", ".join(sorted(made - here)))
    if here - made:
        problems.append("this database has, the backup lacks: " + ", ".join(sorted(here - made)))
    problems.append("restore with the version of Dialogue Ledger that made the backup, then upgrade and `dialogue migrate`")
    return problems


def _held(chosen: list[type[models.Model]]) -> list[str]:
    """What the database holds, as '3 users', past versions last."""
    held = []
    for model in sorted(chosen, key=lambda m: m._meta.model_name.startswith("historical")):
        if model._meta.label_lower not in SEEDED and (count := model._base_manager.count()):
            held.append(f"{count} {model._meta.verbose_name if count == 1 else model._meta.verbose_name_plural}")
    return held


def _empty(tables: list[str]) -> None:
    # PostgreSQL refuses to truncate a table with foreign-key checks still pending in the transaction: run them now.
    connection.check_constraints()
    connection.ops.execute_sql_flush(connection.ops.sql_flush(no_style(), tables, reset_sequences=True))


def _load(path: Path, stream: IO[str], tables: list[str]) -> Counter:
    loaded = backup_rows_restore(stream)
    try:
        connection.check_constraints(table_names=tables)
    except DatabaseError as error:
        raise BackupError([f"{path}: a row refers to one the backup does not hold: {error}"]) from None
    return loaded


def backup_restore(path: Path, *, replace: bool = False) -> dict[str, int]:
    """Restore a backup in one transaction into a database holding nothing but what migrations write, or,
    with `replace`, after deleting what it holds; on any problem nothing changes. Returns the rows per model."""
    path = Path(path)
    chosen = backed_up_models()
    tables = _tables(chosen)
    try:
        with _lines(path) as stream:
            header = _header(path, stream)
            if problems := _migration_problems(header):
                raise BackupError(problems)
            with transaction.atomic():
                if not replace and (held := _held(chosen)):
                    raise BackupError([f"the database is not empty: it holds {', '.join(held[:6])}{', …' if len(held) > 6 else ''}",
                                       "restore into a new database (`dialogue migrate` sets one up), or give --replace "
                                       "to delete what it holds first"])
                _empty(tables)
                loaded = _load(path, stream, tables)
                expected = {label: count for label, count in header["counts"].items() if count}
                if dict(loaded) != expected:
                    short = sorted(label for label in expected.keys() | loaded.keys() if loaded[label] != expected.get(label, 0))
                    raise BackupError([f"{path} is incomplete or altered: the rows of {', '.join(short)} differ from its header's count"])
                with connection.cursor() as cursor:
                    for statement in connection.ops.sequence_reset_sql(no_style(), chosen):
                        cursor.execute(statement)
                record_changed()  # nothing cached from the record as it was is read again
    except (OSError, EOFError, UnicodeDecodeError) as error:
        raise BackupError([f"{path} cannot be read to the end ({error})"]) from None
    except (DeserializationError, DatabaseError) as error:
        raise BackupError([f"{path}: a row cannot be restored ({error})"]) from None
    return {label: loaded[label] for label in header["counts"]}
