"""Changes to initiatives, targets and deals, for feeds: officers and other systems learn of
a status change without polling the pages. Built from the record's history; an entry's identifier
is the record's key and the version's number, which a dump and load or a backup and restore keep."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from dialogue.record.models import Deal, Initiative, Target
from dialogue.record.sections import SECTION_OF_MODEL

TRACKED = (Initiative, Target, Deal)
WATCHED_FIELDS = {
    Initiative: ["status", "title", "proposed_by_country"], Target: ["amount", "currency", "period_start", "period_end", "title"],
    Deal: ["stage", "value", "currency", "signed", "title"],
}
HISTORY_TYPES = {"+": "added", "~": "changed", "-": "removed"}
# A tag URI (RFC 4151) needs a date on which its authority named things; it is fixed, so that ids never change.
TAG = "tag:dialogue-ledger,2026:"


@dataclass(frozen=True)
class Change:
    id: str  # stable: the record's key and its version's number
    model: str
    key: str
    title: str
    summary: str
    when: dt.datetime
    section: str


def _describe(record, model) -> str:
    kind = HISTORY_TYPES[record.history_type]
    if record.history_type != "~" or record.prev_record is None:
        return f"{model._meta.verbose_name.capitalize()} {kind}"
    delta = record.diff_against(record.prev_record, included_fields=WATCHED_FIELDS[model])
    if not delta.changes:
        return f"{model._meta.verbose_name.capitalize()} changed"
    return "; ".join(f"{change.field}: {change.old!s} → {change.new!s}" for change in delta.changes)


def _version_numbers(model, keys: set[str]) -> dict[int, int]:
    """Each history row's number among the versions of its record's key, 1 for the first. Database ids
    are not kept by a dump and load; keys and the order of a record's versions are."""
    numbers: dict[int, int] = {}
    counted: dict[str, int] = defaultdict(int)
    rows = model.history.filter(key__in=keys).order_by("history_date", "history_id").values_list("key", "history_id")
    for key, history_id in rows:
        counted[key] += 1
        numbers[history_id] = counted[key]
    return numbers


def change_list(*, format_short_name: str | None = None, country: str | None = None, limit: int = 100) -> list[Change]:
    """The latest changes, newest first, for one format and one member country if given."""
    changes: list[Change] = []
    for model in TRACKED:
        history = model.history.select_related("history_user").order_by("-history_date")
        if format_short_name:
            history = history.filter(format__short_name=format_short_name)
        if country:
            if model is Initiative:
                history = history.filter(proposed_by_country__code=country)
            elif model is Deal:
                history = history.filter(id__in=Deal.objects.filter(countries__code=country).values("id"))
            else:
                continue
        page = list(history[:limit])
        versions = _version_numbers(model, {record.key for record in page})
        for record in page:
            title = getattr(record, "title", record.key)
            changes.append(Change(
                id=f"{TAG}{model._meta.model_name}/{record.key}/{versions[record.history_id]}",
                model=model._meta.verbose_name, key=record.key, title=f"{model._meta.verbose_name.capitalize()}: {title}",
                summary=_describe(record, model), when=record.history_date, section=SECTION_OF_MODEL[model],
            ))
    return sorted(changes, key=lambda c: c.when, reverse=True)[:limit]
