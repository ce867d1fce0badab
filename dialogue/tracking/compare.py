"""Formats side by side: how often they meet, what they propose and deliver, how far their targets have come."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from dialogue.record.models import Format, InitiativeStatus, Meeting
from dialogue.record.timeline import meetings_as_they_stood, moment
from dialogue.tracking.initiatives import initiative_states
from dialogue.tracking.progress import target_list, targets_progress

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


def format_comparison(*, as_of: dt.date | None = None, recorded_as_of: dt.date | None = None) -> list[FormatSummary]:
    """Every format side by side, as things stood on `as_of` (or as recorded on `recorded_as_of`); by default, now."""
    when = moment(as_of, recorded_as_of)
    summaries = {f.id: FormatSummary(f) for f in Format.objects.order_by("short_name")}
    years: dict[int, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for meeting in meetings_as_they_stood(when.rows(Meeting).select_related("announced_at"), when):
        if meeting.status == Meeting.Status.HELD:
            years[meeting.format_id][meeting.date[:4] if meeting.date else "undated"][meeting.level] += 1
    for summary in summaries.values():
        fmt = summary.format
        for state in initiative_states(fmt, as_of=as_of, recorded_as_of=recorded_as_of):
            summary.initiatives += 1
            summary.proposed_by_members += state.initiative.proposed_by_country_id is not None
            summary.delivered += state.status in DELIVERED
        summary.meetings_by_year = dict(sorted(years[fmt.id].items()))
        targets = target_list(format=fmt, as_of=as_of, recorded_as_of=recorded_as_of)
        summary.attainment = [(p.target.title, p.percent, ", ".join(filter(None, [p.status, p.not_converted])))
                              for p in targets_progress(targets, as_of=as_of, recorded_as_of=recorded_as_of)]
    return list(summaries.values())
