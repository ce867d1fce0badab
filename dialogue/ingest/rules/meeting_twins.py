"""Meetings told twice: one meeting named under two statuses or in two places of the report, and the meeting to come a
report is of when every meeting held it names is of an earlier year."""

from __future__ import annotations

import re
from collections.abc import Callable

from dialogue.ingest.facts import MeetingFact
from dialogue.ingest.report import Report
from dialogue.ingest.rules.meeting_mentions import MeetingMention

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def of_earlier_years(held: list[MeetingMention], report: Report) -> bool:
    """'Preparations for the upcoming summit ... The first summit was held in 2022': every meeting held the body
    names is of a year before the report's, so the meeting to come is what the report is of."""
    body = [m for m in held if m.quote.start >= report.text_start]
    if not body or report.published is None:
        return False
    return all((years := [int(y) for y in _YEAR.findall(m.sentence.text)]) and max(years) < report.published.year for m in body)


def same_numbered_together(clusters: list[list[MeetingMention]], status_of: Callable[[list[MeetingMention]], str]
                           ) -> tuple[list[list[MeetingMention]], list[str]]:
    """'Ahead of the second summit ... flew to Astana to attend the second summit': one meeting named by its level and
    number under two statuses; the first told gives its status, the other its words (the venue)."""
    kept: list[list[MeetingMention]] = []
    statuses: list[str] = []
    for cluster in clusters:
        level = next((m.level for m in cluster if m.level), None)
        ordinal = next((m.ordinal for m in cluster if m.ordinal), None)
        same = next((i for i, k in enumerate(kept) if level and ordinal and next((m.level for m in k if m.level), None) == level
                     and next((m.ordinal for m in k if m.ordinal), None) == ordinal), None)
        if same is None:
            kept.append(list(cluster))
            statuses.append(status_of(cluster))
        else:
            kept[same] += cluster
    return kept, statuses


def same_day_and_place_together(meetings: list[MeetingFact]) -> list[MeetingFact]:
    """'A summit is to be held in Bergen on June 9 ... the summit, set for Bergen on June 9, has been
    put off': one meeting of one level, day and city told under two statuses; being put off is the later news."""
    kept: list[MeetingFact] = []
    for meeting in meetings:
        twin = next((k for k in kept if k.level == meeting.level and meeting.date and k.date == meeting.date
                     and meeting.city and k.city == meeting.city and meeting.ordinal in (None, k.ordinal)), None)
        if twin is None or meeting.main:
            kept.append(meeting)
            continue
        twin.quotes += meeting.quotes
        if twin.status == "planned" and meeting.status in ("postponed", "cancelled"):
            twin.status = meeting.status
    return kept
