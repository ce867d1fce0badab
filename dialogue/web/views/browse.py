"""Reading the record: the dashboard, meetings, people, initiatives, targets, deals, sources, search."""

from __future__ import annotations

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
from dialogue.tracking.progress import NotYetRecorded, target_progress
from dialogue.tracking.report import target_chart_svg
from dialogue.web.cached import fragment_context, meeting_commitments_cached
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


def _partial(request, full: str, fragment: str) -> str:
    """htmx asks for the results alone when a filter changes; a browser without script gets the page."""
    return fragment if request.htmx and not request.htmx.boosted else full


def home(request):
    """The format at a glance: chair, next meeting, targets, latest initiatives, a timeline of meetings."""
    selected = _format(request)
    context = {"nav": "dashboard", "formats": format_list(), "format": selected, **fragment_context()}
    if selected:
        # Computed only when the page's cached fragment is missing: the template reads it inside `{% cache %}`.
        context["board"] = SimpleLazyObject(lambda: dashboard(selected))
    return render(request, "web/dashboard.html", context)


def meetings(request):
    selected = _format(request)
    form, values = _filters(MeetingFilter, request)
    rows = meetings_filtered(format=selected, **values) if selected else Meeting.objects.none()
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"nav": "meetings", "format": selected, "form": form, "page": page,
               "years": meeting_years(format=selected) if selected else []}
    return render(request, _partial(request, "web/meetings.html", "web/partials/meetings_results.html"), context)


def meeting_detail(request, key: str):
    """A meeting: who came, what was discussed and signed, and how far what was committed there has come."""
    meeting = get_object_or_404(Meeting.objects.select_related("format", "host", "chair", "announced_at"), key=key)
    fragments = fragment_context()
    # Both are computed only when the page's cached fragments are missing: the template reads them inside `{% cache %}`.
    return render(request, "web/meeting.html", {
        "nav": "meetings", "meeting": meeting, **fragments, "page": SimpleLazyObject(lambda: meeting_page(meeting)),
        "commitments": SimpleLazyObject(lambda: meeting_commitments_cached(meeting, fragments["version"]))})


def person_detail(request, key: str):
    return render(request, "web/person.html", {"page": person_page(get_object_or_404(Person, key=key))})


def initiatives(request):
    """Every initiative of the format on a board: a row per priority area, a column per status."""
    selected = _format(request)
    status_filter, area_filter = request.GET.get("status", ""), request.GET.get("area", "")
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
    return render(request, "web/initiatives.html", {
        "nav": "initiatives", "format": selected, "board": board, "statuses": InitiativeStatus.choices, "status": status_filter,
        "area": area_filter, "priorities": order, "count": len(states), "summary": commitments_summary(states, members)})


def target_detail(request, key: str):
    """The target's progress today, or as things stood on a day (`as_of`), or as the record said on a day
    (`recorded_as_of`); a day that is not one is named in the form, and today's figures are shown."""
    target = get_object_or_404(Target.objects.select_related("format", "meeting"), key=key)
    days = DaysForm(request.GET or None)
    asked = days.cleaned_data if days.is_bound and days.is_valid() else {}
    try:
        progress = target_progress(target, **asked)  # a deal without a rate is listed as not converted, never a blank page
    except NotYetRecorded as error:
        days.add_error("recorded_as_of", f"{str(error).capitalize()}.")
        asked, progress = {}, target_progress(target)
    return render(request, "web/target.html", {"target": target, "progress": progress, "chart": target_chart_svg(progress),
                                               "days": days, "recorded_as_of": asked.get("recorded_as_of")})


def deals(request):
    selected = _format(request)
    form, values = _filters(DealFilter, request)
    rows = deals_filtered(format=selected, **values) if selected else Deal.objects.none()
    if request.GET.get("export") == "csv" and selected:
        response = StreamingHttpResponse(deals_csv_lines(rows), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{selected.key}-deals.csv"'
        return response
    page = Paginator(rows.prefetch_related("countries").order_by("-signed", "key"), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, _partial(request, "web/deals.html", "web/partials/deals_results.html"),
                  {"nav": "deals", "format": selected, "form": form, "page": page, "query": query.urlencode()})


def search_page(request):
    """Sources and facts matching every word typed, best first."""
    query = request.GET.get("q", "")[:200]
    return render(request, "web/search.html", {"query": query, "hits": search(query) if query.strip() else []})


def source_detail(request, key: str):
    """A source's text with every quote the record draws from it highlighted, each linked to its fact."""
    source = source_get(key=key)
    evidence = source_evidence(source)
    pieces = segments(source.text, [(item.id, item.start, item.end) for item, _, _ in evidence]) if source.text else []
    return render(request, "web/source.html", {"source": source, "evidence": evidence, "pieces": pieces})
