"""A backup is restored as it was, history included, into an empty database only: the one way rows reach the record
without a service's write.

Writing each row through the services would check it against today's rules and add a history entry of its own, so
the record's past would read as one restore on one day. `backup_restore` (dialogue.record.backup) calls this only
after it has checked that the backup was made at this database's migrations and that the database holds nothing
(or, asked to replace it, emptied it), and it checks every reference once the rows are in.
"""

from __future__ import annotations

from collections import Counter
from typing import IO

from django.core import serializers
from django.db import connection


def backup_rows_restore(stream: IO[str]) -> Counter:
    """Insert every row of a backup's JSON Lines as it was, primary keys and past versions included; returns the
    rows per model label. References are checked by the caller, after all rows are in."""
    loaded: Counter = Counter()
    deferred = []
    with connection.constraint_checks_disabled():
        for item in serializers.deserialize("jsonl", stream, handle_forward_references=True):
            item.save(force_insert=True)  # the tables were emptied: no row to update
            loaded[item.object._meta.label_lower] += 1
            if item.deferred_fields:
                deferred.append(item)
        for item in deferred:
            item.save_deferred_fields()
    return loaded
