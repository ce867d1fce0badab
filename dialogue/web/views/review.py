"""The review queue: focal points send reports in; reviewers accept, reject or correct what extraction proposed."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from dialogue.access.permissions import Action, authorize, can
from dialogue.ingest.models import Candidate
from dialogue.ingest.readers import RawReport
from dialogue.ingest.payloads import value_from_text
from dialogue.ingest.review import KEEP_RECORD, TAKE_CANDIDATE, InvalidEdit, ReviewError, candidate_accept, candidate_edit, candidate_reject
from dialogue.ingest.services import report_submit
from dialogue.lib.highlight import segments
from dialogue.record.models import Source
from dialogue.web.context import request_actor
from dialogue.web.forms import ReportForm


def _submitter(request):
    actor = request_actor(request)
    authorize(actor, Action.SUBMIT)
    return actor


@login_required
def review_queue(request):
    """Sources with candidates still waiting, newest first, and a form to send a report in."""
    actor = _submitter(request)
    sources = (Source.objects.annotate(pending=Count("candidates", filter=Q(candidates__status=Candidate.Status.PENDING)),
                                       total=Count("candidates"))
               .filter(total__gt=0).order_by("-pending", "-id")[:200])
    return render(request, "web/review_queue.html", {"nav": "review", "sources": sources, "form": ReportForm(),
                                                     "may_review": can(actor, Action.REVIEW)})


@require_POST
def report_submit_post(request):
    actor = _submitter(request)
    form = ReportForm(request.POST)
    if not form.is_valid():
        return render(request, "web/review_queue.html", {"nav": "review", "sources": [], "form": form,
                                                         "may_review": can(actor, Action.REVIEW)}, status=422)
    data = form.cleaned_data
    result = report_submit(RawReport(origin="web form", stem="web", text=data["text"], title=data["title"], publisher=data["publisher"],
                                     published=data["published"], url=data["url"]), actor=actor)
    found = sum(result.candidates.values())
    if result.not_read:
        messages.warning(request, f"Stored, but {result.message}: extraction reads English reports for now, so it proposes no facts.")
        return redirect("review-source", key=result.source_key)
    messages.success(request, {"stored": f"Stored; extraction proposes {found} fact{'s' if found != 1 else ''} for review.",
                               "duplicate": "This text is already in the record.",
                               "twin": result.message}.get(result.outcome, result.message))
    return redirect("review-source", key=result.source_key)


@login_required
def review_source(request, key: str):
    """A source's candidates beside its text, every quote marked where it stands."""
    actor = _submitter(request)
    source = get_object_or_404(Source, key=key)
    candidates = list(source.candidates.order_by("position"))
    spans = [(f"c{c.id}", q["start"], q["end"]) for c in candidates for q in c.quotes]
    pieces = segments(source.text, spans) if source.text else []
    return render(request, "web/review_source.html", {"nav": "review", "source": source, "candidates": candidates,
                                                      "pieces": pieces, "may_review": can(actor, Action.REVIEW)})


@require_POST
def candidate_decide(request, candidate_id: int):
    """Accept, reject or correct one candidate; htmx swaps the candidate's card, a plain form comes back to the source."""
    actor = request_actor(request)
    candidate = get_object_or_404(Candidate.objects.select_related("source"), id=candidate_id)
    decision = request.POST.get("decision", "")
    entered = None  # what the reviewer typed, shown again when it is refused
    try:
        if decision == "accept":
            choose = request.POST.get("choose") if request.POST.get("choose") in (KEEP_RECORD, TAKE_CANDIDATE) else None
            key = candidate_accept(candidate, reviewer=actor, choose=choose)
            messages.success(request, f"Accepted into the record as {key}.")
        elif decision == "reject":
            candidate_reject(candidate, reviewer=actor)
            messages.success(request, "Rejected; it stays in the queue's history.")
        elif decision == "edit":
            candidate_edit(candidate, changes=_typed_changes(candidate, request.POST), reviewer=actor)
            messages.success(request, "Corrected; the proposal is kept beside your edit.")
        else:
            messages.error(request, "Say whether to accept, reject or correct it.")
    except InvalidEdit as error:
        messages.error(request, str(error))
        entered = [(name, request.POST.get(f"field-{name}", "")) for name in candidate.fact]
    except ReviewError as error:
        messages.error(request, str(error))
    except PermissionDenied as error:
        messages.error(request, str(error))
        if not request.htmx:
            raise
    candidate.refresh_from_db()
    if request.htmx:
        return render(request, "web/partials/candidate_card.html",
                      {"candidate": candidate, "may_review": can(actor, Action.REVIEW), "flash": True, "entered": entered})
    return redirect(reverse("review-source", args=[candidate.source.key]) + f"#candidate-{candidate.id}")


def _typed_changes(candidate: Candidate, form) -> dict:
    """The reviewer's corrections, each read as its field's type says (ingest/payloads.py): text as typed,
    numbers, yes or no, lists as comma-separated items; a value that does not fit is refused, never dropped."""
    changes = {}
    for name, proposed in candidate.fact.items():
        typed = form.get(f"field-{name}")
        if typed is None:
            continue
        try:
            value = value_from_text(candidate.kind, name, typed)
        except ValueError as error:
            raise InvalidEdit(str(error)) from None
        if value != proposed and not (value is None and proposed in ("", None)):
            changes[name] = value
    return changes
