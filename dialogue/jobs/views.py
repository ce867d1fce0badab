"""A job's page: its progress, refreshed by htmx every second until it is finished, then its outcome."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render

from dialogue.access.services import actor_for
from dialogue.jobs.selectors import job_for


@login_required
def job_detail(request, job_id: int):
    job = job_for(job_id=job_id, actor=actor_for(request.user))
    if job is None:
        raise Http404("No such job")
    template = "jobs/partials/job_state.html" if request.htmx else "jobs/job.html"
    return render(request, template, {"job": job})
