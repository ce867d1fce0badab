"""The progress report a chair brings to the next meeting, as HTML, PDF or Markdown.

Everything in it comes from the record as it stood on the report's date (`as_of`), so
last year's report can be produced again exactly; every figure is cited to its sources.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import altair as alt
import vl_convert
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe

from dialogue.lib.partial_dates import human_range
from dialogue.record.models import (
    ChairTerm, Document, Format, Initiative, InitiativeStatus, Meeting, Source, Target,
)
from dialogue.tracking.initiatives import NO_AREA, initiative_priorities, initiative_states
from dialogue.record.selectors import rows_as_of, sources_of
from dialogue.tracking.progress import BEHIND, TargetProgress, targets_progress

OPEN_STATUSES = {InitiativeStatus.PROPOSED, InitiativeStatus.STALLED}


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
    held: list[Meeting]
    planned: list[Meeting]
    areas: list[AreaSection]
    targets: list[TargetProgress]
    documents: list[Document]
    open_items: list[str]
    sources: list[Source] = field(default_factory=list)


def chair_on(fmt: Format, on: dt.date, *, as_of: dt.date | None = None) -> ChairTerm | None:
    """The chair term in force on a day: the latest begun by then, else the first announced."""
    terms = sorted(rows_as_of(ChairTerm, as_of).filter(format=fmt).select_related("country"), key=lambda t: t.start or "")
    return next((t for t in reversed(terms) if (t.start or "") <= on.isoformat()), terms[-1] if terms else None)


def report_data(fmt: Format, *, as_of: dt.date | None = None) -> ReportData:
    on = as_of or timezone.now().date()
    meetings = sorted(rows_as_of(Meeting, as_of).filter(format=fmt), key=lambda m: (m.date or "9999", m.level, m.ordinal or 0))
    held = [m for m in meetings if m.status == Meeting.Status.HELD]
    planned = [m for m in meetings if m.status == Meeting.Status.PLANNED]
    chair = chair_on(fmt, on, as_of=as_of)
    priorities = initiative_priorities(fmt, as_of=as_of)
    grouped: dict[str, dict[str, list[Initiative]]] = defaultdict(lambda: defaultdict(list))
    initiatives = list(rows_as_of(Initiative, as_of).filter(format=fmt).order_by("title"))
    for initiative in initiatives:
        for name in priorities.of(initiative):
            grouped[name][initiative.get_status_display()].append(initiative)
    sections = [AreaSection(name, dict(grouped[name])) for name in [*priorities.names, NO_AREA]
                if name in grouped or name in priorities.names]
    targets = targets_progress(rows_as_of(Target, as_of).filter(format=fmt).order_by("key"), as_of=as_of, on=on)
    documents = list(rows_as_of(Document, as_of).filter(format=fmt).order_by("date", "key"))
    open_items = [f"{m.title or m}: planned{' in ' + m.host.name if m.host else ''}{', ' + m.when if m.date else ''}" for m in planned]
    open_items += [f"{i.title}: proposed by {i.proposed_by_country or 'the members jointly'}"
                   f"{' at the ' + i.meeting.title if i.meeting_id and i.meeting.title else ''}, {i.get_status_display().lower()} and not yet agreed"
                   for i in initiatives if i.status in OPEN_STATUSES]
    open_items += [f"{state.initiative.title}: nothing new recorded since "
                   f"{state.last_recorded.date().isoformat() if state.last_recorded else 'it was proposed'}"
                   for state in initiative_states(fmt, as_of=as_of) if state.stale]
    open_items += [f"{p.target.title}: behind schedule ({p.percent} % achieved, {p.elapsed_percent} % of the time elapsed)"
                   for p in targets if p.status == BEHIND]
    facts = [*held, *planned, *initiatives, *documents, *(p.target for p in targets), *([chair] if chair else [])]
    data = ReportData(fmt, on, as_of, chair, held, planned, sections, targets, documents, open_items)
    data.sources = sources_of(facts, as_of)
    return data


def target_chart_svg(progress: TargetProgress) -> str:
    """Achieved against time elapsed, as a static SVG (no script in the HTML or PDF)."""
    rows = [{"measure": "Achieved", "percent": float(progress.percent)}]
    if progress.elapsed_percent is not None:
        rows.append({"measure": "Time elapsed", "percent": float(progress.elapsed_percent)})
    chart = (
        alt.Chart(alt.Data(values=rows), width=420, height=22 * len(rows) + 10)
        .mark_bar(color="#0b5394")
        .encode(x=alt.X("percent:Q", scale=alt.Scale(domain=[0, 100]), title="% of the target and of its period"),
                y=alt.Y("measure:N", title=None, sort=None),
                color=alt.Color("measure:N", legend=None, scale=alt.Scale(range=["#0b5394", "#9aa7b4"])))
    )
    return vl_convert.vegalite_to_svg(chart.to_json())


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
