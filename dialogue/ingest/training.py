"""Reviewers' decisions in, a judge out: the database side of ingest/judge.py.

A candidate accepted, with or without a correction, was worth proposing; a rejected one was not.
The newest trained judge is kept in the database and read once per process (and again when a
newer one is trained), so every worker judges new reports alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogue.ingest.judge import JUDGED, Judge, Sample, judge_train, sample_title
from dialogue.ingest.models import Candidate, TrainedJudge


def _title(candidate: Candidate) -> str:
    """What the rules proposed (not the reviewer's correction): the judge weighs proposals."""
    payload = candidate.payload
    return sample_title(candidate.kind, title=str(payload.get("title") or ""), name=payload.get("name") or "",
                        role=payload.get("role") or "", between=payload.get("between") or [])


def decision_samples() -> list[Sample]:
    """Every decided candidate of a kind the judge weighs, as a labelled sample."""
    decided = (Candidate.objects.filter(kind__in=JUDGED, status__in=[Candidate.Status.ACCEPTED, Candidate.Status.REJECTED])
               .select_related("source").order_by("reviewed_at", "id"))
    return [
        Sample(candidate.kind, _title(candidate), candidate.source.text,
               tuple((int(quote["start"]), int(quote["end"])) for quote in candidate.quotes if quote.get("field", "") in ("", "value")),
               accepted=candidate.status == Candidate.Status.ACCEPTED)
        for candidate in decided
    ]


@dataclass(frozen=True, slots=True)
class Trained:
    judge: TrainedJudge
    held_back: dict[str, float]  # the kinds it will hold candidates back of, and under which probability


def judge_train_from_decisions(*, trained_by: str) -> Trained:
    """Train a judge on every decision so far and keep it; raises TooFewDecisions without both kinds of decision."""
    judge = judge_train(decision_samples())
    row = TrainedJudge.objects.create(trained_by=trained_by[:150], decisions=judge.decisions, kept=judge.kept,
                                      thresholds=judge.thresholds, weights=judge.to_bytes())
    _cache.clear()
    return Trained(row, {kind: under for kind, under in judge.thresholds.items() if under})


_cache: dict[int, Judge] = {}


def judge_current() -> Judge | None:
    """The newest trained judge, or None before any was trained. Its thresholds are the row's, which an
    administrator may change (0 for a kind: never hold it back) without training again."""
    newest = TrainedJudge.objects.values_list("id", "thresholds").first()
    if newest is None:
        return None
    key, thresholds = newest
    if key not in _cache:
        _cache.clear()
        _cache[key] = Judge.from_bytes(bytes(TrainedJudge.objects.get(id=key).weights))
    _cache[key].thresholds = {kind: float(under) for kind, under in thresholds.items()}
    return _cache[key]
