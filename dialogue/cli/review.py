"""`dialogue review`: list, show, accept, reject and edit the candidate facts that ingestion proposed."""

from __future__ import annotations

import click

from dialogue.cli.common import Command, Group, console, database_ready, reviewer_option

TYPE_CHECKING = False
if TYPE_CHECKING:
    from dialogue.record.permissions import Actor


@click.group(cls=Group)
def review() -> None:
    """Review candidate facts: list, show, accept, reject, edit."""


def _candidate(candidate_id: int):
    from dialogue.ingest.models import Candidate

    try:
        return Candidate.objects.select_related("source").get(id=candidate_id)
    except Candidate.DoesNotExist:
        raise click.ClickException(f"there is no candidate {candidate_id}") from None


@review.command("list")
@click.option("--status", type=click.Choice(["pending", "accepted", "rejected", "all"]), default="pending", show_default=True)
@click.option("--source", "source_key", help="Only the candidates of this source (its key).")
def review_list(status: str, source_key: str | None) -> None:
    """List candidates with their resolution against the record and their confidence."""
    from rich.table import Table

    from dialogue.ingest.models import Candidate

    database_ready()
    candidates = Candidate.objects.select_related("source").order_by("source__key", "position")
    if status != "all":
        candidates = candidates.filter(status=status)
    if source_key:
        candidates = candidates.filter(source__key=source_key)
    table = Table("id", "source", "kind", "fact", "resolution", "confidence", "status")
    for candidate in candidates:
        table.add_row(str(candidate.id), candidate.source.key, candidate.get_kind_display(), _summary(candidate.fact),
                      candidate.resolution + (f" {candidate.matched_key}" if candidate.matched_key else ""),
                      f"{candidate.confidence:.2f}", candidate.status)
    console.print(table)


def _summary(fact: dict) -> str:
    shown = {k: v for k, v in fact.items() if v not in (None, "", [], False) and k not in ("format_name", "countries", "meeting", "announced_at")}
    return ", ".join(f"{k}={v}" for k, v in shown.items())[:120]


@review.command("show")
@click.argument("candidate_id", type=int)
def review_show(candidate_id: int) -> None:
    """Show one candidate: its fields, the words it came from, and any conflict side by side."""
    database_ready()
    candidate = _candidate(candidate_id)
    console.print(f"[bold]{candidate}[/] ({candidate.status}, {candidate.resolution}, confidence {candidate.confidence:.2f})")
    for name, value in candidate.fact.items():
        console.print(f"  {name}: {value!r}", markup=False)
    text = candidate.source.text
    for quote in candidate.quotes:
        before, after = text[max(0, quote["start"] - 80) : quote["start"]], text[quote["end"] : quote["end"] + 80]
        console.print(f"  “…{before}", end="", markup=False)
        console.print(quote["quote"], style="reverse", end="", markup=False)
        console.print(f"{after}…” [{quote['start']}-{quote['end']}]", markup=False)
    for field, sides in candidate.conflicts.items():
        console.print(f"  conflict on {field}: the record has {sides['record']!r}, this source says {sides['candidate']!r}", markup=False)


@review.command("accept")
@click.argument("candidate_ids", nargs=-1, type=int)
@click.option("--source", "source_key", help="Accept every pending candidate of this source.")
@reviewer_option
@click.option("--keep-record", "choose", flag_value="record",
              help="On a conflict, keep the record's value; the source is listed as dissenting, not as support.")
@click.option("--take-candidate", "choose", flag_value="candidate", help="On a conflict, take the source's value.")
def review_accept(candidate_ids: tuple[int, ...], source_key: str | None, reviewer: Actor, choose: str | None) -> None:
    """Accept candidates into the record, with their evidence, one transaction each."""
    from django.utils.translation import gettext as _

    from dialogue.ingest.review import ReviewError, candidate_accept, source_accept_all

    database_ready()
    try:
        if source_key:
            keys = source_accept_all(source_key, reviewer=reviewer, choose=choose)
            console.print(_("Accepted %(count)d candidates of %(source)s.") % {"count": len(keys), "source": source_key})
        for candidate_id in candidate_ids:
            key = candidate_accept(_candidate(candidate_id), reviewer=reviewer, choose=choose)
            console.print(_("Accepted %(candidate)s as %(key)s") % {"candidate": candidate_id, "key": key})
    except ReviewError as error:
        raise click.ClickException(str(error)) from None


@review.command("reject")
@click.argument("candidate_ids", nargs=-1, type=int, required=True)
@reviewer_option
def review_reject(candidate_ids: tuple[int, ...], reviewer: Actor) -> None:
    """Reject candidates; they stay in the queue's history."""
    from django.utils.translation import gettext as _

    from dialogue.ingest.review import ReviewError, candidate_reject

    database_ready()
    try:
        for candidate_id in candidate_ids:
            candidate_reject(_candidate(candidate_id), reviewer=reviewer)
            console.print(_("Rejected %(candidate)s") % {"candidate": candidate_id})
    except ReviewError as error:
        raise click.ClickException(str(error)) from None


@review.command("edit")
@click.argument("candidate_id", type=int)
@click.argument("changes", nargs=-1, required=True)
@reviewer_option
@click.option("--accept/--no-accept", default=True, show_default=True, help="Accept the edited candidate at once.")
def review_edit(candidate_id: int, changes: tuple[str, ...], reviewer: Actor, accept: bool) -> None:
    """Correct a candidate with FIELD=VALUE pairs (VALUE as JSON, or plain text), then accept it.

    The proposal is kept beside the edit. Example: dialogue review edit 12 'role="Foreign Minister"'
    """
    import json

    from dialogue.ingest.review import ReviewError, candidate_accept, candidate_edit

    database_ready()
    parsed = {}
    for change in changes:
        name, equals, value = change.partition("=")
        if not equals:
            raise click.BadParameter(f"{change!r} is not FIELD=VALUE", param_hint="CHANGES")
        try:
            parsed[name] = json.loads(value)
        except json.JSONDecodeError:
            parsed[name] = value
    try:
        candidate = candidate_edit(_candidate(candidate_id), changes=parsed, reviewer=reviewer)
        console.print(f"Edited {candidate_id} ({candidate.resolution})")
        if accept:
            console.print(f"Accepted {candidate_id} as {candidate_accept(candidate, reviewer=reviewer)}")
    except ReviewError as error:
        raise click.ClickException(str(error)) from None


@click.command(cls=Command)
@reviewer_option
def train(reviewer: Actor) -> None:
    """Learn from reviewers' decisions which candidates are worth proposing.

    Every accepted (or corrected) and rejected candidate of the kinds rules propose in numbers
    (initiatives, participants, bilateral talks, deals, documents) trains a judge, kept in the
    database. From then on each new report's candidates carry the judge's probability as their
    confidence, and for a kind where holding candidates back did better on decisions the judge
    had not seen, those under its threshold are held back. Train again as decisions accumulate;
    the newest judge is used.
    """
    from dialogue.ingest.judge import TooFewDecisions
    from dialogue.ingest.training import judge_train_from_decisions

    database_ready()
    try:
        trained = judge_train_from_decisions(trained_by=reviewer.name)
    except TooFewDecisions as error:
        raise click.ClickException(f"{error}; review more candidates first") from None
    row = trained.judge
    console.print(f"Trained a judge on {row.decisions} decisions ({row.kept} kept, {row.decisions - row.kept} rejected).")
    if trained.held_back:
        console.print("It will hold back candidates of: " + ", ".join(f"{kind} under {under:.0%}" for kind, under in sorted(trained.held_back.items())))
    else:
        console.print("Holding candidates back did not help on decisions it had not seen: it only orders them by confidence.")
