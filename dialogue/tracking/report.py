"""The progress report a chair brings to the next meeting, as HTML, PDF or Markdown.

Everything in it comes from the record as it stood on the report's date (`as_of`), so
last year's report can be produced again exactly; every figure is cited to its sources.
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

from dialogue.lib.partial_dates import human_range
from dialogue.record.lifecycle import meeting_is_past
from dialogue.record.models import (
    ChairTerm, Country, Document, Format, Initiative, InitiativeStatus, Meeting, Membership, Source, Target,
)
from dialogue.tracking.initiatives import (
    NO_AREA, InitiativeState, MemberCompliance, compliance, initiative_priorities, initiative_states,
)
from dialogue.record.selectors import rows_as_of, sources_of
from dialogue.tracking.progress import BEHIND, TargetProgress, targets_progress


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


def chair_on(fmt: Format, on: dt.date, *, as_of: dt.date | None = None) -> ChairTerm | None:
    """The chair term in force on a day: the latest begun by then, else the first announced."""
    terms = sorted(rows_as_of(ChairTerm, as_of).filter(format=fmt).select_related("country"), key=lambda t: t.start or "")
    return next((t for t in reversed(terms) if (t.start or "") <= on.isoformat()), terms[-1] if terms else None)


def members_in_order(fmt: Format, *, as_of: dt.date | None = None) -> list[Country]:
    """The members as the format's name reads them ("Central Asia + Japan"): the Central Asian members, then the
    partner. Membership has no order field and the record lists memberships by key, that is by ISO code (Kyrgyzstan
    before Kazakhstan); within each group the names go alphabetically, as the sources list them."""
    memberships = rows_as_of(Membership, as_of).filter(format=fmt).select_related("country")
    partner_last = {Membership.Role.MEMBER: 0, Membership.Role.PARTNER: 1}
    return [m.country for m in sorted(memberships, key=lambda m: (partner_last.get(m.role, 2), m.country.name))]


def report_data(fmt: Format, *, as_of: dt.date | None = None) -> ReportData:
    on = as_of or timezone.now().date()
    meetings = sorted(rows_as_of(Meeting, as_of).filter(format=fmt), key=lambda m: (m.date or "9999", m.level, m.ordinal or 0))
    held = [m for m in meetings if m.status == Meeting.Status.HELD]
    planned = [m for m in meetings if m.status == Meeting.Status.PLANNED]
    chair = chair_on(fmt, on, as_of=as_of)
    priorities = initiative_priorities(fmt, as_of=as_of)
    grouped: dict[str, dict[str, list[Initiative]]] = defaultdict(lambda: defaultdict(list))
    states = initiative_states(fmt, as_of=as_of)
    initiatives = [state.initiative for state in states]
    for state in states:
        for name in priorities.of(state.initiative):
            grouped[name][capfirst(state.standing) if state.closed_by else InitiativeStatus(state.status).label].append(state.initiative)
    sections = [AreaSection(name, dict(grouped[name])) for name in [*priorities.names, NO_AREA]
                if name in grouped or name in priorities.names]
    targets = targets_progress(rows_as_of(Target, as_of).filter(format=fmt).order_by("key"), as_of=as_of, on=on)
    documents = list(rows_as_of(Document, as_of).filter(format=fmt).order_by("date", "key"))
    open_items = [f"{m.title or m}: planned{' in ' + m.host.name if m.host else ''}{', ' + m.when if m.date else ''}"
                  + ("; no source yet says it was held" if meeting_is_past(m, on) else "") for m in planned]
    open_items += [f"{s.initiative.title}: proposed by {s.initiative.proposed_by_country or 'the members jointly'}"
                   f"{' at the ' + s.initiative.meeting.title if s.initiative.meeting_id and s.initiative.meeting.title else ''}, "
                   f"{s.status} and not yet agreed" for s in states if s.is_open]
    open_items += [f"{state.initiative.title}: no news since {state.latest_news_words}" for state in states if state.stale]
    open_items += [f"{p.target.title}: behind schedule ({p.percent} % achieved, {p.elapsed_percent} % of the time elapsed)"
                   for p in targets if p.status == BEHIND]
    open_items += [f"{p.target.title}: {p.not_converted} for want of an exchange rate, left out of its sums "
                   f"({'; '.join(f'{c.deal.title}: {c.missing}' for c in p.unconverted)})" for p in targets if p.unconverted]
    open_items += [f"{p.target.title}: status unknown, as {p.status_note}" for p in targets if p.status_note]
    members = members_in_order(fmt, as_of=as_of)
    place = {country.id: index for index, country in enumerate(members)}
    kept = sorted(compliance(fmt, as_of=as_of), key=lambda m: place.get(m.country.id, len(place)))
    facts = [*held, *planned, *initiatives, *documents, *(p.target for p in targets), *([chair] if chair else []),
             *(score for member in kept for score in member.scores)]
    data = ReportData(fmt, on, as_of, chair, members, held, planned, sections, targets, documents, open_items, states, kept)
    data.sources = sources_of(facts, as_of)
    return data


CHART_WIDTH, CHART_LABELS, BAR, BAR_GAP = 420, 92, 18, 8


def target_chart_svg(progress: TargetProgress) -> str:
    """Achieved against time elapsed, as a static SVG (no script in the HTML or PDF) that scales to its box.

    Drawn here rather than through altair and vl-convert: starting their JavaScript engine took most of a PDF
    report's time, and their SVG had a fixed width that ran off a phone's screen."""
    rows = [("Achieved", progress.percent, "#0b5394")]
    if progress.elapsed_percent is not None:
        rows.append(("Time elapsed", progress.elapsed_percent, "#9aa7b4"))
    plot = CHART_WIDTH - CHART_LABELS - 12
    axis = len(rows) * (BAR + BAR_GAP) + 2
    height = axis + 34

    def x(percent) -> float:
        return CHART_LABELS + plot * min(max(float(percent), 0.0), 100.0) / 100

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="target-chart" viewBox="0 0 {CHART_WIDTH} {height}" width="100%" '
             f'font-family="DejaVu Sans, sans-serif" font-size="11" fill="#1b1f24">',
             "<title>" + "; ".join(f"{label}: {percent} %" for label, percent, _ in rows) + "</title>"]
    for row, (label, percent, colour) in enumerate(rows):
        top = 2 + row * (BAR + BAR_GAP)
        parts.append(f'<text x="{CHART_LABELS - 6}" y="{top + 13}" text-anchor="end">{label}</text>'
                     f'<rect x="{CHART_LABELS}" y="{top}" width="{x(percent) - CHART_LABELS:.1f}" height="{BAR}" fill="{colour}"/>')
    parts.append(f'<line x1="{CHART_LABELS}" x2="{CHART_LABELS + plot}" y1="{axis}" y2="{axis}" stroke="#888"/>')
    for tick in range(0, 101, 25):
        parts.append(f'<line x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="{axis}" y2="{axis + 4}" stroke="#888"/>'
                     f'<text x="{x(tick):.1f}" y="{axis + 15}" text-anchor="middle">{tick}</text>')
    parts.append(f'<text x="{CHART_LABELS + plot / 2:.1f}" y="{axis + 30}" text-anchor="middle">% of the target and of its period</text></svg>')
    return "".join(parts)


def render_html(data: ReportData) -> str:
    charts = {id(p): mark_safe(target_chart_svg(p)) for p in data.targets}
    return render_to_string("tracking/report.html", {"data": data, "charts": charts, "human_range": human_range})


def render_markdown(data: ReportData) -> str:
    return render_to_string("tracking/report.md", {"data": data})


def report_write(fmt: Format, out: Path, *, as_of: dt.date | None = None) -> Path:
    """Write the report; the file's suffix chooses the form (.html, .pdf or .md)."""
    data = report_data(fmt, as_of=as_of)
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
