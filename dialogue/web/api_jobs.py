"""The API's jobs: work that outlasts a request (a report's extraction), followed at /api/jobs/ID."""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpResponse
from django.urls import reverse
from ninja import Schema
from ninja.errors import HttpError

from dialogue.jobs.models import Job
from dialogue.jobs.selectors import job_for, job_row
from dialogue.web.api import api, problem_responses


class JobOut(Schema):
    id: int
    kind: str
    state: str
    done: int
    total: int
    percent: int
    result: dict[str, Any] | None
    errors: list[str]
    created_by: str
    created_at: str
    finished_at: str | None
    url: str
    page: str


def _job_body(job: Job) -> dict:
    return job_row(job) | {"url": reverse("api:job_get", args=[job.id]), "page": reverse("job", args=[job.id])}


def job_accepted(job: Job) -> HttpResponse:
    """202 with the job, and its address as Location. Without a broker the job has already run, and says how it ended."""
    body = _job_body(job)
    return HttpResponse(json.dumps(body, ensure_ascii=False), status=202, content_type="application/json", headers={"Location": body["url"]})


def _writer(request):
    """A token or a signed-in session, as for writes: `api.WRITERS`, read when a request comes, since this route is
    registered before the record's /{section}/{key} and so before WRITERS is defined."""
    from dialogue.web.api import WRITERS

    for auth in WRITERS:
        if user := auth(request):
            return user
    return None


@api.get("/jobs/{job_id}", auth=_writer, response={200: JobOut}, url_name="job_get", summary="A job's progress and outcome",
         tags=["jobs"], openapi_extra=problem_responses(401, 404, 422))
def job_get(request, job_id: int):
    """The job's `state` (queued, running, done, failed), its progress (`done` of `total`), and once finished its
    `result` or its `errors`. Whoever started a job sees it, and reviewers see every job."""
    from dialogue.web.api import request_actor

    job = job_for(job_id=job_id, actor=request_actor(request))
    if job is None:
        raise HttpError(404, f"There is no job {job_id} of yours.")
    return _job_body(job)
