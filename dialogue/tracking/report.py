"""The progress report a chair brings to the next meeting, as HTML, PDF or Markdown.

With `as_of` it tells how things stood on that day (meetings held by then, initiatives and deals at their
steps by then); with `recorded_as_of`, what the record said that day, so last year's report can be produced
again exactly. Every figure is cited to its sources.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language, gettext as _, override

from dialogue.lib.locales import partial_range_text
from dialogue.lib.partial_dates import human_range
from dialogue.record.lifecycle import meeting_is_past, meeting_next
from dialogue.record.models import (
    ChairTerm, Country, Document, Format, Initiative, InitiativeStatus, Meeting, Membership, Source,
)
from dialogue.tracking.initiatives import (
    NO_AREA, InitiativeState, MemberCompliance, compliance, initiative_priorities, initiative_states,
)
from dialogue.record.selectors import sources_of
from dialogue.record.timeline import NOW, Moment, known_by, meetings_as_they_stood, moment
from dialogue.tracking.progress import BEHIND, TargetProgress, target_list, targets_progress


@dataclass
class AreaSection:
    name: str
    initiatives_by_status: dict[str, list[Initiative]]


@dataclass
class ReportData:
    format: Format
    on: dt.date
    as_of: dt.date | None
    chair: ChairTerm | None
    members: list[Country]
    held: list[Meeting]
    planned: list[Meeting]
    areas: list[AreaSection]
    targets: list[TargetProgress]
    documents: list[Document]
    open_items: list[str]
    initiative_states: list[InitiativeState]
    compliance: list[MemberCompliance]
    sources: list[Source] = field(default_factory=list)
    recorded_as_of: dt.date | None = None
    next_meeting: Meeting | None = None  # as seen on the report's day


def chair_on(fmt: Format, on: dt.date, *, when: Moment = NOW) -> ChairTerm | None:
    """The chair term in force on a day: the latest begun by then, else the first announced (by the day asked about)."""
    terms = known_by(when.rows(ChairTerm).filter(format=fmt).select_related("country", "announced_at"), when,
                     lambda t: [t.start, t.announced_at.date if t.announced_at else ""])
    terms.sort(key=lambda t: t.start or "")
    return next((t for t in reversed(terms) if (t.start or "") <= on.isoformat()), terms[-1] if terms else None)


def members_in_order(fmt: Format, *, when: Moment = NOW) -> list[Country]:
    """The members as the format's name reads them ("Central Asia + Japan"): the Central Asian members, then the
    partner. Membership has no order field and the record lists memberships by key, that is by ISO code (Kyrgyzstan
    before Kazakhstan); within each group the names go alphabetically, as the sources list them."""
    memberships = known_by(when.rows(Membership).filter(format=fmt).select_related("country", "format"), when,
                           lambda m: [m.since or m.format.founded])
    partner_last = {Membership.Role.MEMBER: 0, Membership.Role.PARTNER: 1}
    return [m.country for m in sorted(memberships, key=lambda m: (partner_last.get(m.role, 2), m.country.name))]


def report_data(fmt: Format, *, as_of: dt.date | None = None, recorded_as_of: dt.date | None = None) -> ReportData:
    when = moment(as_of, recorded_as_of)
    on = when.day if when.dated else timezone.now().date()
    recorded = when.rows(Meeting).filter(format=fmt).select_related("host", "announced_at")
    meetings = sorted(meetings_as_they_stood(recorded, when), key=lambda m: (m.date or "9999", m.level, m.ordinal or 0))
    held = [m for m in meetings if m.status == Meeting.Status.HELD]
    planned = [m for m in meetings if m.status == Meeting.Status.PLANNED]
    chair = chair_on(fmt, on, when=when)
    priorities = initiative_priorities(fmt, recorded_as_of=recorded_as_of)
    grouped: dict[str, dict[str, list[Initiative]]] = defaultdict(lambda: defaultdict(list))
    states = initiative_states(fmt, as_of=as_of, recorded_as_of=recorded_as_of)
    initiatives = [state.initiative for state in states]
    for state in states:
        for name in priorities.of(state.initiative):
            grouped[name][capfirst(state.standing) if state.closed_by else InitiativeStatus(state.status).label].append(state.initiative)
    sections = [AreaSection(name, dict(grouped[name])) for name in [*priorities.names, NO_AREA]
                if name in grouped or name in priorities.names]
    targets = targets_progress(target_list(format=fmt, as_of=as_of, recorded_as_of=recorded_as_of), as_of=as_of,
                               recorded_as_of=recorded_as_of, on=on)
    documents = known_by(when.rows(Document).filter(format=fmt).select_related("meeting").order_by("date", "key"), when,
                         lambda d: [d.date or (d.meeting.date if d.meeting else "")])
    open_items = [_open_meeting(m, on) for m in planned]
    open_items += [_("%(title)s: proposed by %(by)s%(where)s, %(status)s and not yet agreed") % {
        "title": s.initiative.title, "by": s.initiative.proposed_by_country or _("the members jointly"), "status": s.status,
        "where": _(" at the %(meeting)s") % {"meeting": s.initiative.meeting.title}
        if s.initiative.meeting_id and s.initiative.meeting.title else ""} for s in states if s.is_open]
    open_items += [_("%(title)s: no news since %(when)s") % {"title": state.initiative.title, "when": state.latest_news_words}
                   for state in states if state.stale]
    open_items += [_("%(title)s: behind schedule (%(percent)s %% achieved, %(elapsed)s %% of the time elapsed)") % {
        "title": p.target.title, "percent": p.percent, "elapsed": p.elapsed_percent} for p in targets if p.status == BEHIND]
    open_items += [_("%(title)s: %(what)s for want of an exchange rate, left out of its sums (%(deals)s)") % {
        "title": p.target.title, "what": p.not_converted,
        "deals": "; ".join(f"{c.deal.title}: {c.missing}" for c in p.unconverted)} for p in targets if p.unconverted]
    open_items += [_("%(title)s: status unknown, as %(why)s") % {"title": p.target.title, "why": p.status_note}
                   for p in targets if p.status_note]
    members = members_in_order(fmt, when=when)
    place = {country.id: index for index, country in enumerate(members)}
    kept = sorted(compliance(fmt, as_of=as_of, recorded_as_of=recorded_as_of), key=lambda m: place.get(m.country.id, len(place)))
    facts = [*held, *planned, *initiatives, *documents, *(p.target for p in targets), *([chair] if chair else []),
             *(score for member in kept for score in member.scores)]
    data = ReportData(fmt, on, as_of, chair, members, held, planned, sections, targets, documents, open_items, states, kept,
                      recorded_as_of=recorded_as_of, next_meeting=meeting_next(meetings, today=on))
    data.sources = sources_of(facts, recorded_as_of)
    return data


def _open_meeting(meeting: Meeting, on: dt.date) -> str:
    """A planned meeting as an open item: where and when it is planned, and whether a source says it was held."""
    words = _("%(meeting)s: planned") % {"meeting": meeting.title or meeting}
    if meeting.host:
        words += " " + _("in %(country)s") % {"country": meeting.host.name}
    if meeting.date:
        words += ", " + partial_range_text(meeting.date, meeting.end_date, get_language())
    return words + (_("; no source yet says it was held") if meeting_is_past(meeting, on) else "")


CHART_WIDTH, CHART_LABELS, BAR, BAR_GAP = 420, 92, 18, 8


def target_chart_svg(progress: TargetProgress) -> str:
    """Achieved against time elapsed, as a static SVG (no script in the HTML or PDF) that scales to its box.

    Drawn here rather than through altair and vl-convert: starting their JavaScript engine took most of a PDF
    report's time, and their SVG had a fixed width that ran off a phone's screen."""
    rows = [(_("Achieved"), progress.percent, "#0b5394")]
    if progress.elapsed_percent is not None:
        rows.append((_("Time elapsed"), progress.elapsed_percent, "#9aa7b4"))
    plot = CHART_WIDTH - CHART_LABELS - 12
    axis = len(rows) * (BAR + BAR_GAP) + 2
    height = axis + 34

    def x(percent) -> float:
        return CHART_LABELS + plot * min(max(float(percent), 0.0), 100.0) / 100

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="target-chart" viewBox="0 0 {CHART_WIDTH} {height}" width="100%" '
             f'font-family="DejaVu Sans, sans-serif" font-size="11" fill="#1b1f24">',
             "<title>" + "; ".join(f"{label}: {percent} %" for label, percent, _colour in rows) + "</title>"]
    for row, (label, percent, colour) in enumerate(rows):
        top = 2 + row * (BAR + BAR_GAP)
        parts.append(f'<text x="{CHART_LABELS - 6}" y="{top + 13}" text-anchor="end">{label}</text>'
                     f'<rect x="{CHART_LABELS}" y="{top}" width="{x(percent) - CHART_LABELS:.1f}" height="{BAR}" fill="{colour}"/>')
    parts.append(f'<line x1="{CHART_LABELS}" x2="{CHART_LABELS + plot}" y1="{axis}" y2="{axis}" stroke="#888"/>')
    for tick in range(0, 101, 25):
        parts.append(f'<line x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="{axis}" y2="{axis + 4}" stroke="#888"/>'
                     f'<text x="{x(tick):.1f}" y="{axis + 15}" text-anchor="middle">{tick}</text>')
    caption = "% " + _("of the target and of its period")
    parts.append(f'<text x="{CHART_LABELS + plot / 2:.1f}" y="{axis + 30}" text-anchor="middle">{caption}</text></svg>')
    return "".join(parts)


def render_html(data: ReportData) -> str:
    charts = {id(p): mark_safe(target_chart_svg(p)) for p in data.targets}
    return render_to_string("tracking/report.html", {"data": data, "charts": charts, "human_range": human_range})


def render_markdown(data: ReportData) -> str:
    return render_to_string("tracking/report.md", {"data": data})


def report_write(fmt: Format, out: Path, *, as_of: dt.date | None = None, recorded_as_of: dt.date | None = None,
                 language: str | None = None) -> Path:
    """Write the report; the file's suffix chooses the form (.html, .pdf or .md), `language` the words, dates and
    figures (else the language already active). The record's own words (titles, names, quotes) stay as the
    sources have them."""
    with override(language or get_language()):
        return _write(fmt, out, as_of=as_of, recorded_as_of=recorded_as_of)


def _write(fmt: Format, out: Path, *, as_of: dt.date | None, recorded_as_of: dt.date | None) -> Path:
    data = report_data(fmt, as_of=as_of, recorded_as_of=recorded_as_of)
    suffix = out.suffix.lower()
    if suffix == ".md":
        out.write_text(render_markdown(data), encoding="utf-8")
    elif suffix in (".html", ".htm"):
        out.write_text(render_html(data), encoding="utf-8")
    elif suffix == ".pdf":
        from weasyprint import HTML

        HTML(string=render_html(data)).write_pdf(out)
    else:
        raise ValueError(f"{out.name}: write the report to a .html, .pdf or .md file")
    return out
