"""The API's review queue: reports submitted for review, and the candidate facts extracted from them."""

from __future__ import annotations

from typing import Any, Literal

from ninja import Field, Query, Schema
from ninja.errors import HttpError
from pydantic import field_validator

from dialogue.record.permissions import Action, authorize
from dialogue.ingest.models import Candidate
from dialogue.ingest.review import candidate_accept, candidate_edit, candidate_reject
from dialogue.jobs.models import Job
from dialogue.jobs.services import job_start
from dialogue.lib.partial_dates import PartialDate
from dialogue.lib.texts import unreadable_problem
from dialogue.web.api import KEY_PATTERN, MAX_LIMIT, PLAIN_TEXT, WRITERS, api, guarded_write, problem_responses, request_actor
from dialogue.web.api_jobs import JobOut, job_accepted


class ReportIn(Schema):
    model_config = {"extra": "forbid"}  # a misspelt field is refused, as PATCH refuses it, never dropped
    text: str = Field(..., max_length=500_000, pattern=r"^[^\x00]*\S[^\x00]*$",
                      description="The report as published: at least one character that is not a space, and no NUL.")
    title: str = Field("", max_length=500, pattern=PLAIN_TEXT)
    publisher: str = Field("", max_length=200, pattern=PLAIN_TEXT)
    published: str = Field("", max_length=10, pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$",
                           description="The day (or month, or year) it was published: 2026-12-04, 2026-12 or 2026.")
    url: str = Field("", max_length=1000, pattern=PLAIN_TEXT)

    @field_validator("text", "title", "publisher", "url")
    @classmethod
    def _readable(cls, value: str) -> str:
        if problem := unreadable_problem(value):
            raise ValueError(problem)
        return value

    @field_validator("published")
    @classmethod
    def _a_calendar_date(cls, value: str) -> str:
        if value:
            PartialDate.parse(value)  # its error (a ValueError) names the day no calendar has
        return value


@api.post("/reports", auth=WRITERS, response={202: JobOut}, summary="Submit a report for review",
          tags=["review"], openapi_extra=problem_responses(400, 401, 403, 413, 422))
def report_post(request, report: ReportIn):
    """Store a report's text and extract candidate facts from it for a reviewer, in a job: the answer is 202 with the
    job (its address in `url` and Location). `GET /api/jobs/ID` follows it; once `done`, its `result.reports[0]` is what
    became of the report: `outcome` (stored, or duplicate for a text already held), `source`, `candidates` by kind and
    `message`."""
    actor = request_actor(request)
    authorize(actor, Action.SUBMIT)  # refused now (403), not later in the job
    raw = {"origin": "api", "stem": "api", "text": report.text, "title": report.title, "publisher": report.publisher,
           "published": report.published, "url": report.url}
    return job_accepted(job_start(kind=Job.Kind.INGEST, payload={"reports": [raw]}, actor=actor))


class CandidateOut(Schema):
    id: int
    source: str
    kind: str
    status: str
    resolution: str
    matched_key: str
    fact: dict[str, Any]
    quotes: list[dict[str, Any]]
    conflicts: dict[str, Any]


def _candidate_row(candidate: Candidate) -> dict:
    return {"id": candidate.id, "source": candidate.source.key, "kind": candidate.kind, "status": candidate.status,
            "resolution": candidate.resolution, "matched_key": candidate.matched_key, "fact": candidate.fact,
            "quotes": candidate.quotes, "conflicts": candidate.conflicts}


@api.get("/candidates", auth=WRITERS, response=list[CandidateOut], summary="The review queue", tags=["review"],
         openapi_extra=problem_responses(401, 403, 422))
def candidate_list(request, status: Candidate.Status = Candidate.Status.PENDING,
                   source: str | None = Query(None, max_length=120, pattern=KEY_PATTERN), limit: int = Query(50, ge=1, le=MAX_LIMIT)):
    """Candidates proposed by extraction, in source order; focal points and reviewers read them."""
    authorize(request_actor(request), Action.SUBMIT)
    rows = Candidate.objects.filter(status=status).select_related("source")
    if source:
        rows = rows.filter(source__key=source)
    return [_candidate_row(candidate) for candidate in rows[:limit]]


class CandidateEdit(Schema):
    model_config = {"extra": "forbid"}
    changes: dict[str, Any] = Field(..., description="The fields to correct, each with a value of its field's type: text, "
                                    "a whole number, true or false, a list, or null where the field may be empty.")


class Decision(Schema):
    choose: Literal["record", "candidate"] | None = Field(None, description="On a conflict, which value stands.")


def _candidate(candidate_id: int) -> Candidate:
    candidate = Candidate.objects.filter(id=candidate_id).select_related("source").first()
    if candidate is None:
        raise HttpError(404, f"There is no candidate {candidate_id}.")
    return candidate


@api.post("/candidates/{candidate_id}/accept", auth=WRITERS, response={200: CandidateOut}, summary="Accept a candidate",
          tags=["review"], openapi_extra=problem_responses(400, 401, 403, 404, 409, 413, 422))
def candidate_accept_post(request, candidate_id: int, decision: Decision):
    """Write the candidate's fact with its evidence into the record (reviewers only)."""
    candidate = _candidate(candidate_id)

    def accept():
        candidate_accept(candidate, reviewer=request_actor(request), choose=decision.choose)
        return _candidate_row(_candidate(candidate_id))
    return guarded_write(request, accept)


@api.post("/candidates/{candidate_id}/edit", auth=WRITERS, response={200: CandidateOut}, summary="Correct a candidate",
          tags=["review"], openapi_extra=problem_responses(400, 401, 403, 404, 409, 413, 422))
def candidate_edit_post(request, candidate_id: int, edit: CandidateEdit):
    """Keep a reviewer's correction beside the proposal (reviewers only); a field the kind lacks, or a value not of
    its field's type, is refused with 422 and nothing changes."""
    candidate = _candidate(candidate_id)

    def correct():
        candidate_edit(candidate, changes=edit.changes, reviewer=request_actor(request))
        return _candidate_row(_candidate(candidate_id))
    return guarded_write(request, correct)


@api.post("/candidates/{candidate_id}/reject", auth=WRITERS, response={200: CandidateOut}, summary="Reject a candidate",
          tags=["review"], openapi_extra=problem_responses(401, 403, 404, 409, 422))
def candidate_reject_post(request, candidate_id: int):
    """Keep the candidate out of the record; it stays in the queue's history (reviewers only)."""
    candidate = _candidate(candidate_id)

    def reject():
        candidate_reject(candidate, reviewer=request_actor(request))
        return _candidate_row(_candidate(candidate_id))
    return guarded_write(request, reject)
