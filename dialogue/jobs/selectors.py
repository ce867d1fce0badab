"""Reading jobs: one job, as its starter (or a reviewer) may see it."""

from __future__ import annotations

from dialogue.record.permissions import Action, Actor, can
from dialogue.jobs.models import Job


def job_for(*, job_id: int, actor: Actor) -> Job | None:
    """The job, if it exists and the actor may see it: whoever started it, and reviewers, who see every job. A job
    whose worker went silent is marked lost first, so that it is never shown running."""
    from dialogue.jobs.services import jobs_mark_lost

    jobs_mark_lost(job_id=job_id)
    job = Job.objects.filter(id=job_id).first()
    if job is None or not (job.created_by == actor.name or can(actor, Action.REVIEW)):
        return None
    return job


def job_row(job: Job) -> dict:
    """The job as the API gives it."""
    return {"id": job.id, "kind": job.kind, "state": job.state, "done": job.done, "total": job.total, "percent": job.percent,
            "result": job.result, "errors": job.errors, "created_by": job.created_by,
            "created_at": job.created_at.isoformat(), "finished_at": job.finished_at.isoformat() if job.finished_at else None}
