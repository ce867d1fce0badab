"""The record's revision: one token that every write to the record replaces once its transaction commits.

Whatever is costly to compute from the record (the dashboard, a meeting's page, an API answer) is cached under it,
in Django's cache, local to a worker or shared: a write makes a new token, so the next request of any worker
computes afresh and nothing cached under the old token is read again. The token is random rather than a counter,
so that two databases sharing one cache, or a test's rolled-back writes, never meet under the same one.

The row is replaced after the commit, in a statement of its own, so that no writer holds its lock while it waits
for another's (on PostgreSQL that would serialise every write and could deadlock two). Until then the writer's own
connection reads the token with a mark of the change appended, so a transaction (or a test, which never commits)
sees its own writes; a rollback drops the mark with the pending replacement.

The API's reads for clients without credentials (`shared_revision`) take the token read at most once a second per
process: on PostgreSQL that statement was most of what a cached answer cost. A write this process commits is seen at
once; one committed by another worker or machine within the second (DIALOGUE_SHARED_REVISION_SECONDS; 0 reads every
time). Signed-in readers, the pages and every write read the row each time.

Saves, deletes and many-to-many changes of the record's and tracking's models replace it through the signals
connected here; a bulk write that sends none (an import of exchange rates, a restore) calls `record_changed` itself.
"""

from __future__ import annotations

import time
import uuid

from django.conf import settings
from django.db import IntegrityError, connections, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from dialogue.record.models import Revision

TRACKED_APPS = frozenset({"record", "tracking"})
ROW = 1  # the single row's id
_read: dict[str, tuple[str, float]] = {}  # per database alias: the token this process last read or wrote, and when


def record_revision(*, using: str = "default") -> str:
    """The current token, read in one plain statement (it runs on every cached page and API read)."""
    connection = connections[using]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT token FROM {connection.ops.quote_name(Revision._meta.db_table)} WHERE id = %s", [ROW])
        row = cursor.fetchone()
    token = row[0] if row else _replace(using)  # a new database, or one restored from a backup
    _read[using] = (token, time.monotonic())
    pending = _pending(connection)
    return f"{token}+{pending.mark}" if pending else token


def shared_revision(*, using: str = "default") -> str:
    """The token for answers kept for clients without credentials: the one this process read or wrote less than
    settings.SHARED_REVISION_SECONDS ago, else read afresh. A writer inside its transaction reads its own mark."""
    seen = _read.get(using)
    if seen is None or time.monotonic() - seen[1] >= settings.SHARED_REVISION_SECONDS or _pending(connections[using]):
        return record_revision(using=using)
    return seen[0]


def record_changed(*, using: str = "default") -> None:
    """Replace the token: at once outside a transaction, else once it commits (marked for the writer until then)."""
    connection = connections[using]
    if not connection.in_atomic_block:
        _replace(using)
        return
    pending = _pending(connection)
    if pending is None:
        def pending() -> None:
            _replace(using)
        transaction.on_commit(pending, using=using)
    pending.mark = uuid.uuid4().hex  # a new one for each write, so that a read between two writes sees the second


def _pending(connection):
    """The replacement waiting for this connection's commit, if any (a rollback discards it)."""
    return next((func for _, func, _ in connection.run_on_commit if hasattr(func, "mark")), None)


def _replace(using: str) -> str:
    token = uuid.uuid4().hex
    rows = Revision.objects.using(using)
    if not rows.filter(id=ROW).update(token=token):
        try:
            with transaction.atomic(using=using):
                rows.create(id=ROW, token=token)
        except IntegrityError:  # another worker made the row meanwhile
            rows.filter(id=ROW).update(token=token)
    _read[using] = (token, time.monotonic())
    return token


def _tracked(model) -> bool:
    # A historical row always comes with the save of its own model, which is tracked already.
    return model._meta.app_label in TRACKED_APPS and model is not Revision and not hasattr(model, "instance_type")


def _saved_or_deleted(sender, using="default", raw=False, **kwargs) -> None:
    if not raw and _tracked(sender):
        record_changed(using=using)


def _related(sender, action, using="default", **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear") and _tracked(sender):
        record_changed(using=using)


post_save.connect(_saved_or_deleted, dispatch_uid="record-revision-save")
post_delete.connect(_saved_or_deleted, dispatch_uid="record-revision-delete")
m2m_changed.connect(_related, dispatch_uid="record-revision-m2m")
