"""Formats side by side: how often they meet, what they propose and deliver, how far their targets have come."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from dialogue.record.models import Format, Initiative, InitiativeStatus, Meeting, Target
from dialogue.tracking.progress import targets_progress

DELIVERED = {InitiativeStatus.DELIVERED}


@dataclass
class FormatSummary:
    format: Format
    meetings_by_year: dict[str, Counter] = field(default_factory=dict)  # "2025" -> {level: count}
    initiatives: int = 0
    proposed_by_members: int = 0
    delivered: int = 0
    attainment: list[tuple[str, Decimal, str]] = field(default_factory=list)  # (target, percent, status and deals not converted)

    @property
    def delivery_rate(self) -> Decimal | None:
        return (Decimal(self.delivered * 100) / self.initiatives).quantize(Decimal("0.1")) if self.initiatives else None


def format_comparison(*, as_of: dt.date | None = None) -> list[FormatSummary]:
    summaries = {f.id: FormatSummary(f) for f in Format.objects.order_by("short_name")}
    years: dict[int, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for format_id, date, level in Meeting.objects.filter(status=Meeting.Status.HELD).values_list("format_id", "date", "level"):
        years[format_id][date[:4] if date else "undated"][level] += 1
    for format_id, status, proposer in Initiative.objects.values_list("format_id", "status", "proposed_by_country_id"):
        summary = summaries[format_id]
        summary.initiatives += 1
        summary.proposed_by_members += proposer is not None
        summary.delivered += status in DELIVERED
    for summary in summaries.values():
        summary.meetings_by_year = dict(sorted(years[summary.format.id].items()))
        targets = Target.objects.filter(format=summary.format).select_related("meeting").order_by("key")
        summary.attainment = [(p.target.title, p.percent, ", ".join(filter(None, [p.status, p.not_converted])))
                              for p in targets_progress(targets, as_of=as_of)]
    return list(summaries.values())
