"""Reading the record: the dashboard, meetings, people, initiatives, targets, deals, sources, search."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.functional import SimpleLazyObject

from dialogue.lib.highlight import segments
from dialogue.record.exports import deals_csv_lines
from dialogue.record.models import Deal, InitiativeStatus, Meeting, Person, Target
from dialogue.record.selectors import (
    deals_filtered, format_get, format_list, meeting_page, meeting_years, meetings_filtered, person_page, source_evidence,
    source_get,
)
from dialogue.tracking.dashboard import dashboard
from dialogue.tracking.commitments import commitments_summary, initiative_origins, scores_by_initiative
from dialogue.tracking.initiatives import NO_AREA, compliance, initiative_priorities, initiative_states
from dialogue.tracking.progress import NotYetRecorded, TargetProgress, target_progress
from dialogue.tracking.report import target_chart_svg
from dialogue.web.cached import fragment_context, meeting_commitments_cached, query_key, remembered, shared_page
from dialogue.web.forms import DaysForm, DealFilter, MeetingFilter
from dialogue.web.search import search

PAGE_SIZE = 50


def _format(request):
    selected = format_get(short_name=request.GET.get("format"))
    if selected is None and request.GET.get("format"):
        raise Http404("No such format")
    return selected


def _filters(form_class, request):
    """The filter form and its clean values; values that do not validate are ignored, and the form says why."""
    form = form_class(request.GET or None)
    values = {name: "" for name in form_class.base_fields}
    if form.is_bound and form.is_valid():
        values.update({name: value or "" for name, value in form.cleaned_data.items()})
    return form, values


def _lazy_filters(form_class, request):
    """`_filters`, worked out only when asked: a page whose form and results come from the cache needs neither."""
    filters = functools.cache(lambda: _filters(form_class, request))
    return SimpleLazyObject(lambda: filters()[0]), lambda: filters()[1]


def _partial(request, full: str, fragment: str) -> str:
    """htmx asks for the results alone when a filter changes; a browser without script gets the page."""
    return fragment if request.htmx and not request.htmx.boosted else full


@shared_page
def home(request):
    """The format at a glance: chair, next meeting, targets, latest initiatives, a timeline of meetings; as things
    stood on a day (`as_of`) or as the record said on a day (`recorded_as_of`). A day that is not one is a 400 that
    names it, with the form to mend it."""
    selected = _format(request)
    days = DaysForm(request.GET or None)
    if days.is_bound and not days.is_valid():
        return render(request, "web/dashboard.html", {"nav": "dashboard", "format": selected, "days": days}, status=400)
    asked = {name: value for name, value in days.cleaned_data.items() if value} if days.is_bound else {}
    context = {"nav": "dashboard", "formats": format_list(), "format": selected, "days": days, **fragment_context(request),
               "as_of": asked.get("as_of"), "recorded_as_of": asked.get("recorded_as_of"),
               "days_query": urlencode({name: day.isoformat() for name, day in asked.items()})}
    if selected:
        # Computed only when the page's cached fragment is missing: the template reads it inside `{% cache %}`.
        context["board"] = SimpleLazyObject(lambda: dashboard(selected, **asked))
    return render(request, "web/dashboard.html", context)


@shared_page
def meetings(request):
    selected = _format(request)
    form, values = _lazy_filters(MeetingFilter, request)
    # The form, the years and the results are read only when their cached fragments (keyed by the query string) are missing.
    page = SimpleLazyObject(lambda: Paginator(meetings_filtered(format=selected, **values()) if selected else Meeting.objects.none(),
                                              PAGE_SIZE).get_page(request.GET.get("page")))
    context = {"nav": "meetings", "format": selected, "form": form, "page": page, **fragment_context(request),
               "query_key": query_key(request), "years": SimpleLazyObject(lambda: meeting_years(format=selected) if selected else [])}
    return render(request, _partial(request, "web/meetings.html", "web/partials/meetings_results.html"), context)


@shared_page
def meeting_detail(request, key: str):
    """A meeting: who came, what was discussed and signed, and how far what was committed there has come."""
    meeting = get_object_or_404(Meeting.objects.select_related("format", "host", "chair", "announced_at"), key=key)
    fragments = fragment_context(request)
    # Both are computed only when the page's cached fragments are missing: the template reads them inside `{% cache %}`.
    return render(request, "web/meeting.html", {
        "nav": "meetings", "meeting": meeting, **fragments, "page": SimpleLazyObject(lambda: meeting_page(meeting)),
        "commitments": SimpleLazyObject(lambda: meeting_commitments_cached(meeting, fragments["version"]))})


@shared_page
def person_detail(request, key: str):
    person = get_object_or_404(Person, key=key)
    # Read only when the page's cached fragment is missing.
    return render(request, "web/person.html", {"person": person, "page": SimpleLazyObject(lambda: person_page(person)),
                                               **fragment_context(request)})


@dataclass(frozen=True)
class InitiativeBoard:
    """The board's rows (priority area, then (status label, cards) per column), its filters' choices and summary."""

    board: list
    priorities: list[str]
    count: int
    summary: object


def _initiative_board(selected, status_filter: str, area_filter: str) -> InitiativeBoard:
    states = initiative_states(selected) if selected else []
    priorities = initiative_priorities(selected) if selected else None
    members = compliance(selected) if selected else []
    origins, scores = initiative_origins(states), scores_by_initiative(members)
    rows: dict[str, dict[str, list]] = {}
    for state in states:
        if status_filter and state.status != status_filter:
            continue
        card = (state, origins[state.initiative.id], scores.get(state.initiative.id, []))
        for name in sorted(priorities.of(state.initiative)):
            if not area_filter or name == area_filter:
                rows.setdefault(name, {}).setdefault(state.status, []).append(card)
    columns = [status for status in InitiativeStatus.values if any(status in row for row in rows.values())]
    order = [*priorities.names, NO_AREA] if priorities else []
    board = [(name, [(InitiativeStatus(status).label, rows[name].get(status, [])) for status in columns])
             for name in order if name in rows]
    return InitiativeBoard(board=board, priorities=order, count=len(states), summary=commitments_summary(states, members))


@shared_page
def initiatives(request):
    """Every initiative of the format on a board: a row per priority area, a column per status."""
    selected = _format(request)
    status_filter, area_filter = request.GET.get("status", ""), request.GET.get("area", "")
    # Computed only when the page's cached fragment (keyed by the format and both filters) is missing.
    return render(request, "web/initiatives.html", {
        "nav": "initiatives", "format": selected, "statuses": InitiativeStatus.choices, "status": status_filter,
        "area": area_filter, "page": SimpleLazyObject(lambda: _initiative_board(selected, status_filter, area_filter)),
        **fragment_context(request)})


@shared_page
def target_detail(request, key: str):
    """The target's progress today, or as things stood on a day (`as_of`), or as the record said on a day
    (`recorded_as_of`); a day that is not one is named in the form, and today's figures are shown."""
    target = get_object_or_404(Target.objects.select_related("format", "meeting"), key=key)
    days = DaysForm(request.GET or None)
    asked = days.cleaned_data if days.is_bound and days.is_valid() else {}
    fragments = fragment_context(request)
    # Computed at most once, and only when the day's answer or the page's cached fragment is missing.
    figures = SimpleLazyObject(lambda: _target_figures(target, asked))
    if not_yet := remembered("target-not-yet", (target.pk, asked.get("as_of"), asked.get("recorded_as_of")),
                             fragments["version"], lambda: figures.not_yet):
        days.add_error("recorded_as_of", not_yet)
        asked = {}
    # The page's body is one cached fragment, keyed by the query string: it holds nothing of the reader's own.
    return render(request, "web/target.html", {"target": target, "figures": figures, "days": days, **fragments,
                                               "query_key": query_key(request), "recorded_as_of": asked.get("recorded_as_of")})


@dataclass(frozen=True)
class TargetFigures:
    progress: TargetProgress
    chart: str
    not_yet: str  # why the day asked for was not used, else ""


def _target_figures(target: Target, asked: dict) -> TargetFigures:
    try:
        progress, not_yet = target_progress(target, **asked), ""  # a deal without a rate is listed as not converted
    except NotYetRecorded as error:
        progress, not_yet = target_progress(target), f"{str(error).capitalize()}."
    return TargetFigures(progress, target_chart_svg(progress), not_yet)


@shared_page
def deals(request):
    selected = _format(request)
    form, values = _lazy_filters(DealFilter, request)

    def rows():
        return deals_filtered(format=selected, **values()) if selected else Deal.objects.none()

    if request.GET.get("export") == "csv" and selected:
        response = StreamingHttpResponse(deals_csv_lines(rows()), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{selected.key}-deals.csv"'
        return response
    # Counted and read only when the results' cached fragment (keyed by the query string) is missing.
    page = SimpleLazyObject(lambda: Paginator(rows().prefetch_related("countries").order_by("-signed", "key"), PAGE_SIZE)
                            .get_page(request.GET.get("page")))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, _partial(request, "web/deals.html", "web/partials/deals_results.html"),
                  {"nav": "deals", "format": selected, "form": form, "page": page, "query": query.urlencode(),
                   "query_key": query_key(request), **fragment_context(request)})


@shared_page
def search_page(request):
    """Sources and facts matching every word typed, best first."""
    query = request.GET.get("q", "")[:200]
    # Searched only when the results' cached fragment (keyed by the words) is missing.
    return render(request, "web/search.html", {"query": query, "hits": SimpleLazyObject(lambda: search(query) if query.strip() else []),
                                               **fragment_context(request)})


@shared_page
def source_detail(request, key: str):
    """A source's text with every quote the record draws from it highlighted, each linked to its fact."""
    source = source_get(key=key)
    evidence = SimpleLazyObject(lambda: source_evidence(source))  # both read only when the cached fragment is missing
    pieces = SimpleLazyObject(lambda: segments(source.text, [(item.id, item.start, item.end) for item, _, _ in evidence])
                              if source.text else [])
    return render(request, "web/source.html", {"source": source, "evidence": evidence, "pieces": pieces, **fragment_context(request)})
