"""The review queue: focal points send reports in; reviewers accept, reject or correct what extraction proposed."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Model, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext, ngettext
from django.views.decorators.http import require_POST

from dialogue.record.permissions import Action, authorize, can
from dialogue.ingest.models import Candidate, Submission
from dialogue.ingest.review import (
    KEEP_RECORD, MODELS, TAKE_CANDIDATE, InvalidEdit, Left, ReviewError, candidate_accept, candidate_edit, candidate_reject, source_accept_clear,
)
from dialogue.jobs.models import Job
from dialogue.jobs.services import ReportResult, job_start
from dialogue.lib.highlight import segments
from dialogue.record.models import Source
from dialogue.web.context import request_actor
from dialogue.web.forms import ReportForm
from dialogue.web.review_forms import CandidateForm, Pickers, candidate_name, candidate_summary


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
    raw = {"origin": "web form", "stem": "web", "text": data["text"], "title": data["title"], "publisher": data["publisher"],
           "published": data["published"].isoformat() if data["published"] else "", "url": data["url"]}
    # Extraction is a job, as for POST /api/reports: without REDIS_URL it has run when job_start returns, and the
    # report's page follows at once; with it, a worker extracts and the job's page shows the progress.
    job = job_start(kind=Job.Kind.INGEST, payload={"reports": [raw]}, actor=actor)
    if job.state != Job.State.DONE:
        if job.finished:
            messages.error(request, gettext("The report could not be stored; the job says why."))
        else:
            messages.info(request, gettext("Your report waits for extraction; this page follows it."))
        return redirect("job", job_id=job.id)
    result = ReportResult(**job.result["reports"][0])
    found = sum(result.candidates.values())
    if result.not_read:
        messages.warning(request, gettext("Stored, but %(why)s: extraction reads English reports for now, so it proposes no facts.")
                         % {"why": result.message})
        return redirect("review-source", key=result.source)
    messages.success(request, {"stored": ngettext("Stored; extraction proposes %(count)d fact for review.",
                                                  "Stored; extraction proposes %(count)d facts for review.", found) % {"count": found},
                               "duplicate": gettext("This text is already in the record."),
                               "twin": result.message}.get(result.outcome, result.message))
    return redirect("review-source", key=result.source)


@login_required
def review_source(request, key: str):
    """A source's candidates beside its text, every quote marked where it stands."""
    actor = _submitter(request)
    source = get_object_or_404(Source, key=key)
    return render(request, "web/review_source.html", _source_page(source, actor))


def _source_page(source: Source, actor, bound: CandidateForm | None = None) -> dict:
    candidates = list(source.candidates.order_by("position"))
    spans = [(f"c{c.id}", q["start"], q["end"]) for c in candidates for q in c.quotes]
    may_review, pickers = can(actor, Action.REVIEW), Pickers.load()
    cards = [_card(c, candidates, may_review, pickers, bound if bound and bound.candidate.id == c.id else None) for c in candidates]
    return {"nav": "review", "source": source, "cards": cards, "may_review": may_review,
            "pending": sum(c.status == Candidate.Status.PENDING for c in candidates),
            "pieces": segments(source.text, spans) if source.text else []}


@dataclass(frozen=True)
class Card:
    """One candidate on the review page: its fields in words, its correction form, and the fact it became."""

    candidate: Candidate
    summary: list[tuple[str, str]]
    form: CandidateForm | None
    fact: Model | None
    may_review: bool


def _card(candidate: Candidate, siblings: list[Candidate], may_review: bool, pickers: Pickers,
          bound: CandidateForm | None = None) -> Card:
    proposed = CandidateForm(candidate, siblings, pickers=pickers)
    fact = MODELS[candidate.kind].objects.filter(key=candidate.accepted_key).first() if candidate.accepted_key else None
    return Card(candidate, candidate_summary(proposed), bound or proposed, fact, may_review)


@require_POST
def source_accept_post(request, key: str):
    """Accept all of a report that needs no decision; what conflicts with the record is left, with its reason."""
    actor = request_actor(request)
    source = get_object_or_404(Source, key=key)
    accepted, left = source_accept_clear(source.key, reviewer=actor)
    messages.success(request, gettext("Accepted %(count)d into the record.") % {"count": len(accepted)} if accepted
                     else gettext("Nothing could be accepted at once."))
    for item in left:
        messages.warning(request, gettext("Left for you: %(name)s (%(kind)s): %(why)s") % {
            "name": candidate_name(item.candidate), "kind": item.candidate.get_kind_display().lower(), "why": _why_left(item)})
    return redirect("review-source", key=source.key)


def _why_left(item: Left) -> str:
    """Why a candidate was left, in the page's words (the service's reason speaks to the command line)."""
    item.candidate.refresh_from_db()
    if not item.candidate.conflicts:
        return item.reason
    sides = "; ".join(gettext("%(field)s: the record has “%(record)s”, this source says “%(candidate)s”") % {
        "field": field, "record": v["record"], "candidate": v["candidate"]} for field, v in item.candidate.conflicts.items())
    return gettext("it disagrees with the record (%(sides)s). Say on its card which stands.") % {"sides": sides}


@login_required
def my_reports(request):
    """The reports a person sent in, newest first, each with what became of what extraction found in it."""
    actor = _submitter(request)
    sent = list(Submission.objects.filter(submitted_by=actor.name).select_related("source")[:200])
    counts = {row["source"]: row for row in Candidate.objects.filter(source__in={s.source_id for s in sent}).values("source").annotate(
        pending=Count("id", filter=Q(status=Candidate.Status.PENDING)), accepted=Count("id", filter=Q(status=Candidate.Status.ACCEPTED)),
        rejected=Count("id", filter=Q(status=Candidate.Status.REJECTED)))}
    rows = [(s, counts.get(s.source_id, {})) for s in sent]
    return render(request, "web/my_reports.html", {"nav": "review", "rows": rows})


@require_POST
def candidate_decide(request, candidate_id: int):
    """Accept, reject or correct one candidate; htmx swaps the candidate's card, a plain form comes back to the source."""
    actor = request_actor(request)
    candidate = get_object_or_404(Candidate.objects.select_related("source"), id=candidate_id)
    decision = request.POST.get("decision", "")
    siblings, pickers = list(candidate.source.candidates.order_by("position")), Pickers.load()
    bound = None  # the correction as typed, shown again with its errors when it is refused
    try:
        if decision == "accept":
            choose = request.POST.get("choose") if request.POST.get("choose") in (KEEP_RECORD, TAKE_CANDIDATE) else None
            candidate_accept(candidate, reviewer=actor, choose=choose)
            messages.success(request, gettext("Accepted into the record."))
        elif decision == "reject":
            candidate_reject(candidate, reviewer=actor)
            messages.success(request, gettext("Rejected; it stays in the queue's history."))
        elif decision == "edit":
            bound = CandidateForm(candidate, siblings, data=request.POST, pickers=pickers)
            if bound.is_valid():
                _correct(bound, actor)
            if not bound.errors:
                bound = None
                messages.success(request, gettext("Corrected; the proposal is kept beside your edit."))
        else:
            messages.error(request, gettext("Say whether to accept, reject or correct it."))
    except ReviewError as error:
        messages.error(request, str(error))
    except PermissionDenied as error:
        messages.error(request, str(error))
        if not request.htmx:
            raise
    candidate.refresh_from_db()
    if bound is not None and not request.htmx:
        return render(request, "web/review_source.html", _source_page(candidate.source, actor, bound), status=422)
    if request.htmx:
        card = _card(candidate, list(candidate.source.candidates.order_by("position")), can(actor, Action.REVIEW), pickers, bound)
        return render(request, "web/partials/candidate_card.html", {"card": card, "flash": True})
    return redirect(reverse("review-source", args=[candidate.source.key]) + f"#candidate-{candidate.id}")


def _correct(form: CandidateForm, actor) -> None:
    """The reviewer's correction through the review service; a refusal naming a field is shown beside it."""
    try:
        candidate_edit(form.candidate, changes=form.changes(), reviewer=actor)
    except InvalidEdit as error:
        field, _, reason = str(error).partition(": ")
        form.add_error(field if reason and field in form.fields else None, reason if reason and field in form.fields else str(error))
