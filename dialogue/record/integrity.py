"""The record's integrity: what `dialogue check` reports.

Errors break a promise the record makes (every quote stands in its source, nothing points
nowhere, every fact is anchored). Warnings are what a curator should know but that does not
make the record wrong, such as quotes that cannot be verified because a source's text is
not held.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError

from dialogue.lib.texts import content_hash
from dialogue.record.models import (
    Attendance, ChairTerm, Evidence, Initiative, InitiativeStatusChange, Membership, Representation, Source,
)
from dialogue.record.sections import FACT_MODELS, SECTION_OF_MODEL
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
    fact_ids = {
        ContentType.objects.get_for_model(model).id: set(model.objects.values_list("id", flat=True))
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


def _initiative_status_problems() -> list[Problem]:
    problems = []
    latest_of: dict[int, InitiativeStatusChange] = {}
    for change in InitiativeStatusChange.objects.order_by("initiative_id", "date", "key"):
        latest_of[change.initiative_id] = change  # the last one read is the latest
    for initiative in Initiative.objects.order_by("key"):
        latest = latest_of.get(initiative.id)
        if latest and latest.status != initiative.status:
            problems.append(Problem(
                ERROR, f"initiatives '{initiative.key}'",
                f"status is '{initiative.status}' but its latest status change ({latest.key}) says '{latest.status}'",
            ))
    return problems
