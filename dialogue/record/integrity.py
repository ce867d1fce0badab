"""The record's integrity: what `dialogue check` reports.

Errors break a promise the record makes (every quote stands in its source, nothing points
nowhere, every fact is anchored). Warnings are what a curator should know but that does not
make the record wrong, such as quotes that cannot be verified because a source's text is
not held.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models

from dialogue.lib.texts import content_hash
from dialogue.record.models import (
    Attendance, ChairTerm, Deal, DealStageChange, Evidence, Initiative, InitiativeStatusChange, Membership, Representation,
    Source,
)
from dialogue.record.services.editing import is_hand_edit
from dialogue.record.interchange import decimal_text
from dialogue.record.lifecycle import stage_history, status_history
from dialogue.record.sections import FACT_MODELS, SECTION_OF_MODEL, natural_key_field, record_fields
from dialogue.record.services import quote_problem

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Problem:
    severity: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.severity}: {self.where}: {self.message}"


def record_problems() -> list[Problem]:
    problems: list[Problem] = []
    problems += _source_problems()
    problems += _evidence_problems()
    problems += _anchoring_problems()
    problems += _validation_problems()
    problems += _membership_problems()
    problems += _initiative_status_problems()
    problems += _deal_stage_problems()
    problems += _hand_edit_problems()
    return problems


def _source_problems() -> list[Problem]:
    problems = []
    for source in Source.objects.exclude(text=""):
        if source.content_hash != content_hash(source.text):
            problems.append(Problem(ERROR, f"sources '{source.key}'", "content_hash does not match the text"))
    return problems


def _evidence_problems() -> list[Problem]:
    problems = []
    unverified: Counter[str] = Counter()
    # A deleted fact keeps its evidence, to be restored with it: only a fact gone altogether leaves evidence dangling.
    fact_ids = {
        ContentType.objects.get_for_model(model).id: set(model.everything.values_list("id", flat=True))
        for model in FACT_MODELS
    }
    for item in Evidence.objects.select_related("source").order_by("source__key", "start"):
        where = f"evidence {item.id} (source '{item.source.key}', {item.start}-{item.end})"
        if item.object_id not in fact_ids.get(item.content_type_id, set()):
            problems.append(Problem(ERROR, where, "points to a fact that is not in the record"))
        if not item.source.text:
            unverified[item.source.key] += 1
        elif problem := quote_problem(text=item.source.text, start=item.start, end=item.end, quote=item.quote):
            problems.append(Problem(ERROR, where, problem))
    for source_key, count in sorted(unverified.items()):
        problems.append(Problem(
            WARNING, f"sources '{source_key}'",
            f"the record holds no text for this source, so {count} quotes are unverified "
            "(attach it with `dialogue sources attach FILE`)",
        ))
    return problems


def _anchoring_problems() -> list[Problem]:
    problems = []
    for model in FACT_MODELS:
        content_type = ContentType.objects.get_for_model(model)
        anchored = set(Evidence.objects.filter(content_type=content_type).values_list("object_id", flat=True))
        for fact in model.objects.filter(entered_at__isnull=True).exclude(id__in=anchored).order_by("key"):
            problems.append(Problem(ERROR, f"{SECTION_OF_MODEL[model]} '{fact.key}'", "has no evidence and no manual-entry mark"))
    return problems


def _validation_problems() -> list[Problem]:
    """Rules the models state (date order, currency with value) that raw SQL could have broken."""
    problems = []
    for model in FACT_MODELS:
        for fact in model.objects.order_by("key"):
            try:
                fact.clean_fields()
                fact.clean()
            except ValidationError as error:
                for field, messages in error.message_dict.items():
                    label = "" if field == "__all__" else f"field '{field}': "
                    problems += [Problem(ERROR, f"{SECTION_OF_MODEL[model]} '{fact.key}'", label + m) for m in messages]
    return problems


def _membership_problems() -> list[Problem]:
    members = set(Membership.objects.values_list("format_id", "country_id"))
    problems = []
    for term in ChairTerm.objects.select_related("country"):
        if (term.format_id, term.country_id) not in members:
            problems.append(Problem(WARNING, f"chair_terms '{term.key}'", f"{term.country} chairs a format it is not a member of"))
    for row in Representation.objects.select_related("meeting", "country"):
        if (row.meeting.format_id, row.country_id) not in members:
            problems.append(Problem(WARNING, f"representations '{row.key}'", f"{row.country} is not a member of the format"))
    for row in Attendance.objects.select_related("meeting", "country").exclude(country=None):
        if (row.meeting.format_id, row.country_id) not in members:
            problems.append(Problem(WARNING, f"attendances '{row.key}'", f"{row.country} is not a member of the format"))
    return problems


def _step_problems(steps: list, owners: models.QuerySet, *, owner_id: str, name: str, section: str) -> list[Problem]:
    """An initiative's status or a deal's stage that is not its latest step's (`steps` in the order taken)."""
    latest_of = {getattr(step, owner_id): step for step in steps}  # the last one read is the latest
    problems = []
    for owner in owners.order_by("key"):
        latest = latest_of.get(owner.id)
        if latest and getattr(latest, name) != getattr(owner, name):
            problems.append(Problem(
                ERROR, f"{section} '{owner.key}'",
                f"{name} is '{getattr(owner, name)}' but its latest {name} change ({latest.key}) says '{getattr(latest, name)}'",
            ))
    return problems


def _initiative_status_problems() -> list[Problem]:
    return _step_problems(status_history(InitiativeStatusChange.objects.all()), Initiative.objects,
                          owner_id="initiative_id", name="status", section="initiatives")


def _deal_stage_problems() -> list[Problem]:
    return _step_problems(stage_history(DealStageChange.objects.all()), Deal.objects,
                          owner_id="deal_id", name="stage", section="deals")


def _hand_edit_problems() -> list[Problem]:
    """A value a quote backs, changed since by hand with no new quote for it: the record would show, as sourced,
    a value no source states. Read from history: the value a quote backs is the field's value when the quote was
    added; a later quote for the field (an edit's citation, say) backs the value it was added to."""
    quoted: dict[tuple[int, int], dict[str, list[dt.datetime]]] = defaultdict(lambda: defaultdict(list))
    backing = Evidence.objects.exclude(field="").exclude(stance=Evidence.Stance.DISSENTS)
    items = {item.id: item for item in backing.only("id", "content_type_id", "object_id", "field")}
    added = defaultdict(list)
    for evidence_id, when in Evidence.history.filter(id__in=backing.values("id")).values_list("id", "history_date"):
        added[evidence_id].append(when)
    for item in items.values():
        quoted[item.content_type_id, item.object_id][item.field] += added[item.id] or [EARLIEST]
    problems = []
    for model in FACT_MODELS:
        content_type = ContentType.objects.get_for_model(model)
        fields = {f.name: f for f in record_fields(model) if not f.many_to_many}
        quoted_ids = backing.filter(content_type=content_type).values("object_id")
        keys = dict(model.objects.filter(id__in=quoted_ids).values_list("id", "key"))
        versions = defaultdict(list)
        for version in model.history.filter(id__in=quoted_ids).order_by("history_date", "history_id"):
            versions[version.id].append(version)
        for fact_id, key in sorted(keys.items(), key=lambda pair: pair[1]):
            for name, times in sorted(quoted[content_type.id, fact_id].items()):
                if name in fields and (changed := _changed_by_hand(fields[name], versions[fact_id], times)):
                    was, now, version = changed
                    problems.append(Problem(
                        ERROR, f"{SECTION_OF_MODEL[model]} '{key}'",
                        f"{name} was changed by hand from the quoted {_shown(fields[name], was)} to {_shown(fields[name], now)} "
                        f"without a new quote ({_who(version)}, {version.history_date:%Y-%m-%d %H:%M})",
                    ))
    return problems


EARLIEST = dt.datetime.min.replace(tzinfo=dt.timezone.utc)  # when a quote whose history was not kept was added
_UNKNOWN = object()


def _changed_by_hand(field: models.Field, versions: list, quoted_at: list[dt.datetime]):
    """(the quoted value, the value now, the hand edit that made it) when a hand edit after the field's latest quote
    left it differing from what was quoted; None otherwise. A change by ingestion or a load brings its own source."""
    events = sorted([(version.history_date, 0, version) for version in versions] + [(when, 1, None) for when in quoted_at],
                    key=lambda event: event[:2])
    quoted = value = _UNKNOWN
    awaiting = False  # a quote whose history was not kept backs the first version
    by_hand = None
    for _, is_quote, version in events:
        if is_quote:
            quoted, awaiting, by_hand = value, value is _UNKNOWN, None
            continue
        new = getattr(version, field.attname)
        if awaiting:
            quoted, awaiting = new, False
        elif quoted is not _UNKNOWN and new != value:
            by_hand = version if is_hand_edit(version) else None
            if by_hand is None:
                quoted = new
        value = new
    if by_hand is not None and quoted is not _UNKNOWN and value != quoted:
        return quoted, value, by_hand
    return None


def _shown(field: models.Field, value) -> str:
    """A value as the dump writes it: a reference by its key (a country by its code), blank as ''."""
    if value is not None and field.is_relation:
        model = field.related_model
        value = getattr(model, "everything", model._default_manager).filter(pk=value).values_list(
            natural_key_field(model), flat=True).first() or value
    elif isinstance(value, Decimal):
        value = decimal_text(value)
    return f"'{'' if value is None else value}'"


def _who(version) -> str:
    if version.history_change_reason:
        return version.history_change_reason
    return f"changed in the admin by {version.history_user.get_username()}"
