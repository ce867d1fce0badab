"""The `dialogue` command: serve, load, dump and check the record of a dialogue format.

Every command works on the database that `DATABASE_URL` names (by default an SQLite file
in the data folder, which `DIALOGUE_DATA_DIR` can move) and brings its schema up to date
before it starts.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from rich.console import Console

TYPE_CHECKING = False
if TYPE_CHECKING:
    from dialogue.access.permissions import Actor

console = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def _django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dialogue.settings")
    import django

    django.setup()


def _migrations_pending() -> int:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def _database_ready() -> None:
    """Refuse to work on a database this version has not set up: changing a database's schema is `dialogue migrate`'s
    alone (or `serve`'s), never a side effect of reading or loading."""
    pending = _migrations_pending()
    if pending:
        from django.db import connection

        name = connection.settings_dict.get("NAME")
        raise click.ClickException(f"the database {name} is not set up for this version of Dialogue Ledger "
                                   f"({pending} migration{'s' if pending != 1 else ''} to apply): run `dialogue migrate` first.")


def _migrate() -> int:
    from django.core.management import call_command

    pending = _migrations_pending()
    call_command("migrate", interactive=False, verbosity=0)
    return pending


def _gazetteer_read_only():
    """The record's gazetteer without touching the database's schema: extraction alone writes nothing, so
    it never migrates; a database not yet set up gives the standard gazetteer (countries, cities) alone."""
    from django.conf import settings
    from django.db import DatabaseError, connection

    from dialogue.ingest.gazetteer import Gazetteer
    from dialogue.ingest.selectors import gazetteer_from_record

    try:
        if "record_person" in connection.introspection.table_names():
            return gazetteer_from_record()
    except DatabaseError as error:
        err_console.print(f"the record could not be read ({error}); extracting with the standard gazetteer", markup=False)
    return Gazetteer.standard(cache_dir=settings.DATA_DIR / "cache")


def _refuse(headline: str, problems: list[str]) -> None:
    """Say what was refused and every reason, then exit 1: nothing was written."""
    err_console.print(f"[bold red]{headline}[/]")
    for problem in problems:
        err_console.print(f"  {problem}", markup=False)
    raise SystemExit(1)


def _operator(ctx, param, name: str):
    """Whoever runs the command line holds the database, so acts as an administrator under their own name."""
    from dialogue.access.permissions import Actor

    return Actor.administrator(name)


reviewer_option = click.option("--reviewer", default=lambda: os.environ.get("USER", "reviewer"), show_default="$USER",
                               callback=_operator, help="The name the record's history keeps.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Dialogue Ledger: the source-anchored record of a multilateral dialogue format.

    Every fact in the record points to the report and the words it came from.
    """
    _django()


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, envvar="PORT", default=8000, show_default=True, help="Port to listen on (or set PORT).")
@click.option("--workers", type=int, default=2, show_default=True, help="Web worker processes.")
@click.option(
    "--texts", "text_paths", multiple=True, type=click.Path(exists=True, path_type=Path),
    help="Folder or file of source texts to attach to the record's sources (matched by content hash).",
)
def serve(host: str, port: int, workers: int, text_paths: tuple[Path, ...]) -> None:
    """Prepare the database and serve the web application with gunicorn.

    Applies migrations, loads the shipped Central Asia + Japan record into an empty
    database, attaches any source texts given, and then serves http://HOST:PORT/.
    """
    from dialogue.record.defaults import default_record_load_if_empty

    _migrate()
    if default_record_load_if_empty():
        console.print("Loaded the default record (Central Asia + Japan Dialogue).")
    if text_paths:
        _attach(list(text_paths))
    console.print(f"Serving Dialogue Ledger on http://{host}:{port}/ with {workers} workers")
    sys.stdout.flush()
    os.execvp(sys.executable, [
        sys.executable, "-m", "gunicorn", "dialogue.wsgi:application",
        "--bind", f"{host}:{port}", "--workers", str(workers), "--access-logfile", "-",
    ])


@main.command()
def migrate() -> None:
    """Set up the database for this version (a new one, or one an older version set up). Other commands
    refuse to work until it has run; `serve` runs it itself."""
    applied = _migrate()
    console.print(f"Applied {applied} migration{'s' if applied != 1 else ''}." if applied else "The database was already up to date.")


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def load(file: Path) -> None:
    """Load FILE (the JSON that `dialogue dump` writes) into the record.

    The load is all or nothing: on a malformed file, an unknown field, a reference to
    something not in the record, a quote that does not match its source, or a key
    already in the record, it names each record and field at fault and writes nothing.
    """
    from dialogue.record.interchange import RecordLoadError, record_load_file

    _database_ready()
    try:
        counts = record_load_file(file)
    except RecordLoadError as error:
        _refuse(f"Nothing was loaded from {file}:", error.problems)
    total = sum(counts.values())
    console.print(f"Loaded {total} records from {file}: " + ", ".join(f"{n} {s}" for s, n in counts.items() if n))


DUMPERS = {"json": "record_dump_json", "csv": "record_dump_csv", "popolo": "record_dump_popolo"}


@main.command()
@click.option("--format", "output_format", type=click.Choice(sorted(DUMPERS)), default="json", show_default=True,
              help="json: lossless, loads back; csv: a zip of one table per section and evidence.csv; "
                   "popolo: people, organisations, posts, memberships and meetings in Popolo JSON.")
@click.argument("file", type=click.Path(dir_okay=False, writable=True, path_type=Path))
def dump(output_format: str, file: Path) -> None:
    """Write the whole record to FILE."""
    from dialogue.record import exports, interchange

    _database_ready()
    writer = getattr(interchange, DUMPERS[output_format], None) or getattr(exports, DUMPERS[output_format])
    writer(file)
    console.print(f"Wrote the record as {output_format} to {file}")


@main.command()
@click.option("--quiet", is_flag=True, help="Print errors only, not warnings.")
def check(quiet: bool) -> None:
    """Check the record's integrity; exit 1 if anything is wrong.

    Every quote must stand in its source at its offsets, no evidence may point to a
    fact that is gone, every fact needs evidence or a manual-entry mark, and the
    models' own rules (date order, value with currency, ...) must hold.
    """
    from dialogue.record.integrity import ERROR, record_problems

    _database_ready()
    problems = record_problems()
    errors = [p for p in problems if p.severity == ERROR]
    for problem in problems:
        if problem.severity == ERROR or not quiet:
            (err_console if problem.severity == ERROR else console).print(str(problem), markup=False)
    if errors:
        err_console.print(f"[bold red]{len(errors)} errors[/] in the record.")
        raise SystemExit(1)
    console.print(f"The record is sound ({len(problems)} warnings).")


@main.group()
def sources() -> None:
    """Work with the record's sources."""


@sources.command("attach")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def sources_attach(paths: tuple[Path, ...]) -> None:
    """Attach full texts to sources held without them, matched by content hash.

    PATHS are text files or folders of them (a header block ended by `---` is allowed).
    Each source's quotes are checked against the text before it is kept.
    """
    _database_ready()
    _attach(list(paths))


def _attach(paths: list[Path]) -> None:
    from dialogue.record.services import EvidenceError, source_texts_attach

    try:
        attached = source_texts_attach(paths)
    except EvidenceError as error:
        err_console.print(f"[bold red]No text was attached:[/] {error}", markup=True)
        raise SystemExit(1) from None
    matched = [a for a in attached if a.source_key]
    console.print(f"Attached the texts of {len(matched)} sources ({len(attached) - len(matched)} files matched no source).")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write DIR/STEM.json for each report, in the evaluation corpus's annotation schema.")
def extract(inputs: tuple[str, ...], json_dir: Path | None) -> None:
    """Run extraction alone on INPUTS (files, folders or - for standard input).

    Nothing is stored. With --json-dir each report's facts are written as DIR/STEM.json,
    which `score_extraction.py GOLD_DIR DIR` scores; without it one JSON object per report
    is printed. Exit 2 if any input could not be read.
    """
    import json

    from dialogue.ingest.annotation import as_annotation
    from dialogue.ingest.extract import extract_report
    from dialogue.ingest.readers import ReadError, read_reports

    gazetteer = _gazetteer_read_only()
    if json_dir:
        json_dir.mkdir(parents=True, exist_ok=True)
    failed = 0
    for item in read_reports(list(inputs)):
        if isinstance(item, ReadError):
            err_console.print(str(item), markup=False)
            failed += 1
            continue
        extraction = extract_report(item, gazetteer)
        if not extraction.read:
            err_console.print(f"{item.origin}: not read: language {extraction.language}; no facts extracted", markup=False)
        facts = as_annotation(extraction, gazetteer)
        if json_dir:
            (json_dir / f"{item.stem}.json").write_text(json.dumps(facts, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        else:
            click.echo(json.dumps({"input": item.origin, **facts}, ensure_ascii=False))
    if json_dir:
        console.print(f"Wrote the facts of the reports read to {json_dir}/")
    if failed:
        raise SystemExit(2)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes that run extraction; storage stays in this one.")
def ingest(inputs: tuple[str, ...], workers: int) -> None:
    """Read reports from INPUTS (files, folders or - for standard input) into the review queue.

    Each report becomes a source (the same text twice is stored once; a near-copy is
    linked to its twin and not extracted again) with candidate facts to review with
    `dialogue review`. A bad item gets one line and the rest goes on; nothing partial is
    stored. Exit 2 if any item failed. Ingesting the same files again adds nothing.
    """
    from collections import Counter

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from dialogue.ingest.readers import read_reports
    from dialogue.ingest.selectors import gazetteer_from_record
    from dialogue.ingest.services import DUPLICATE, FAILED, STORED, TWIN, batch_ingest

    _database_ready()
    items = list(read_reports(list(inputs)))
    outcomes: Counter = Counter()
    kinds: Counter = Counter()
    with Progress(TextColumn("Ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err_console, transient=True) as progress:
        task = progress.add_task("reports", total=len(items))

        def report(result) -> None:
            outcomes[result.outcome] += 1
            outcomes["not read"] += bool(result.not_read)
            kinds.update(result.candidates)
            if result.outcome == FAILED or result.not_read or result.outcome == STORED and result.message:
                progress.console.print(f"{result.origin}: {result.message}", markup=False)
            progress.advance(task)

        batch_ingest(items, gazetteer=gazetteer_from_record(), workers=workers, on_result=report)
    console.print(
        f"Read {sum(outcomes.values())} reports: {outcomes[STORED]} stored, {outcomes[DUPLICATE]} duplicates, "
        f"{outcomes[TWIN]} near-duplicates linked to their twin, {outcomes[FAILED]} failed."
        + (f" {outcomes['not read']} stored but not read: a language extraction does not read yet." if outcomes["not read"] else "")
    )
    if kinds:
        console.print("Candidates to review: " + ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())))
    if outcomes[FAILED]:
        raise SystemExit(2)


@main.group()
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

    _database_ready()
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
    _database_ready()
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
@click.option("--keep-record", "choose", flag_value="record", help="On a conflict, keep the record's value.")
@click.option("--take-candidate", "choose", flag_value="candidate", help="On a conflict, take the source's value.")
def review_accept(candidate_ids: tuple[int, ...], source_key: str | None, reviewer: Actor, choose: str | None) -> None:
    """Accept candidates into the record, with their evidence, one transaction each."""
    from dialogue.ingest.review import ReviewError, candidate_accept, source_accept_all

    _database_ready()
    try:
        if source_key:
            keys = source_accept_all(source_key, reviewer=reviewer, choose=choose)
            console.print(f"Accepted {len(keys)} candidates of {source_key}.")
        for candidate_id in candidate_ids:
            console.print(f"Accepted {candidate_id} as {candidate_accept(_candidate(candidate_id), reviewer=reviewer, choose=choose)}")
    except ReviewError as error:
        raise click.ClickException(str(error)) from None


@review.command("reject")
@click.argument("candidate_ids", nargs=-1, type=int, required=True)
@reviewer_option
def review_reject(candidate_ids: tuple[int, ...], reviewer: Actor) -> None:
    """Reject candidates; they stay in the queue's history."""
    from dialogue.ingest.review import ReviewError, candidate_reject

    _database_ready()
    try:
        for candidate_id in candidate_ids:
            candidate_reject(_candidate(candidate_id), reviewer=reviewer)
            console.print(f"Rejected {candidate_id}")
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

    _database_ready()
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


@main.group()
def rates() -> None:
    """Exchange rates beyond the ECB's reference rates (tenge, som, somoni, manat, sum)."""


@rates.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def rates_import_command(file: Path) -> None:
    """Import rates from a CSV file with the header date,base,quote,rate,source.

    Each row says that one BASE is worth RATE QUOTE on DATE, as SOURCE published it
    (2024-10-01,USD,KZT,480.50,National Bank of Kazakhstan). All rows or none are kept;
    a row already held changes nothing, a different rate for a held day is refused.
    """
    from dialogue.tracking.rates import RateImportError, rates_import

    _database_ready()
    try:
        created = rates_import(file)
    except RateImportError as error:
        _refuse(f"No rate was imported from {file}:", error.problems)
    console.print(f"Imported {created} new rates from {file}.")


@main.command()
@click.option("--format", "format_name", help="The format's short name (C5+Japan); every format if left out.")
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), help="Figures from the record as it stood that day.")
def progress(format_name: str | None, as_of) -> None:
    """Each target's progress: achieved, time elapsed, pace needed, status and forecast.

    Deals count from commitment on, converted at the rate of their signing day; every
    conversion names its rate, date and source. A missing rate is an error naming the
    currency and day.
    """
    from dialogue.record.models import Target
    from dialogue.record.selectors import rows_as_of
    from dialogue.tracking.progress import target_progress
    from dialogue.tracking.rates import MissingRate

    _database_ready()
    targets = rows_as_of(Target, as_of.date() if as_of else None).select_related("format", "meeting").order_by("format__short_name", "key")
    if format_name:
        targets = targets.filter(format__short_name=format_name)
    try:
        for target in targets:
            figures = target_progress(target, as_of=as_of.date() if as_of else None)
            money = lambda value: f"{value:,.2f} {target.currency or target.unit}" if value is not None else "unknown"  # noqa: E731
            console.print(f"[bold]{target.format.short_name}: {target.title}[/] — target {money(target.amount)}")
            console.print(f"  achieved {money(figures.achieved)} ({figures.percent} %), pledged beside it {money(figures.pledged)}")
            elapsed = f"{figures.elapsed_percent} % of the period elapsed" if figures.elapsed_percent is not None else "period start not recorded"
            console.print(f"  {elapsed}; status: {figures.status}; pace needed {money(figures.pace_needed_per_year)} a year; "
                          f"forecast at the end {money(figures.forecast)}")
            for item in figures.contributions:
                used = "; ".join(str(rate) for rate in item.rates) or "same currency"
                console.print(f"    {item.deal.title}: {item.value:,.2f} {item.currency} = {money(item.converted)} [{used}] — {item.why}", markup=False)
    except MissingRate as error:
        raise click.ClickException(str(error)) from None


@main.command()
@click.option("--format", "format_name", default="C5+Japan", show_default=True, help="The format's short name.")
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), help="The record as it stood that day.")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="FILE.html, FILE.pdf or FILE.md")
def report(format_name: str, as_of, out: Path) -> None:
    """Write the progress report a chair brings to the next meeting.

    Meetings, initiatives by priority area and status, targets with charts, documents,
    open items for the next meeting, and the sources cited. The file's suffix chooses
    HTML, PDF (through WeasyPrint) or Markdown.
    """
    from dialogue.record.models import Format
    from dialogue.tracking.rates import MissingRate
    from dialogue.tracking.report import report_write

    _database_ready()
    fmt = Format.objects.filter(short_name=format_name).first()
    if fmt is None:
        raise click.ClickException(f"there is no format {format_name!r} (known: {', '.join(Format.objects.values_list('short_name', flat=True))})")
    try:
        report_write(fmt, out, as_of=as_of.date() if as_of else None)
    except (MissingRate, ValueError) as error:
        raise click.ClickException(str(error)) from None
    console.print(f"Wrote the {fmt.short_name} progress report to {out}")


@main.command()
@click.option("--format", "format_name", default="C5+Japan", show_default=True, help="The format's short name.")
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), help="The record as it stood that day.")
@click.option("--stale-months", type=click.IntRange(1, 120), default=12, show_default=True,
              help="An initiative with nothing new recorded for this many months is stale.")
def initiatives(format_name: str, as_of, stale_months: int) -> None:
    """Each initiative's status, completion, staleness and lineage; then what each member
    proposed and how far members kept their commitments (+1 full, 0 partial, -1 none)."""
    from rich.table import Table

    from dialogue.record.models import Format
    from dialogue.tracking.initiatives import compliance, initiative_states, member_proposals

    _database_ready()
    fmt = Format.objects.filter(short_name=format_name).first()
    if fmt is None:
        raise click.ClickException(f"there is no format {format_name!r}")
    day = as_of.date() if as_of else None
    table = Table("initiative", "proposed by", "status", "completion", "last recorded", "lineage", title=f"{fmt.name}: initiatives")
    for state in initiative_states(fmt, as_of=day, stale_after_months=stale_months):
        lineage = "; ".join([f"from {i.title} ({kind})" for kind, i in state.came_from] + [f"{kind} {i.title}" for kind, i in state.went_to])
        table.add_row(state.initiative.title, str(state.initiative.proposed_by_country or "jointly"), state.status, state.completion,
                      (state.last_recorded.date().isoformat() if state.last_recorded else "never") + (" (stale)" if state.stale else ""), lineage)
    console.print(table)
    for country, states in member_proposals(fmt, as_of=day).items():
        console.print(f"{country.name} proposed: " + "; ".join(f"{s.initiative.title} ({s.status})" for s in states), markup=False)
    for member in compliance(fmt, as_of=day):
        console.print(f"{member.country.name}: average compliance {member.average} over {len(member.scores)} commitments", markup=False)


@main.command()
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), help="Target figures as the record stood that day.")
def compare(as_of) -> None:
    """Every format in the record side by side: meetings a year by level, initiatives
    proposed and delivered, and how far each target has come."""
    from rich.table import Table

    from dialogue.tracking.compare import format_comparison

    _database_ready()
    table = Table("format", "meetings by year (level: count)", "initiatives", "proposed by a member", "delivered", "targets")
    for summary in format_comparison(as_of=as_of.date() if as_of else None):
        meetings = "; ".join(f"{year}: " + ", ".join(f"{level} {n}" for level, n in sorted(levels.items()))
                             for year, levels in summary.meetings_by_year.items()) or "none"
        targets = "; ".join(f"{title}: {percent if percent is not None else '?'} % ({status})" for title, percent, status in summary.attainment) or "none"
        table.add_row(summary.format.short_name, meetings, str(summary.initiatives), str(summary.proposed_by_members),
                      f"{summary.delivered} ({summary.delivery_rate if summary.delivery_rate is not None else '—'} %)", targets)
    console.print(table)


@main.group()
def users() -> None:
    """People who edit and review, and their API tokens."""


@users.command("add")
@click.argument("username")
@click.option("--role", type=click.Choice(["focal_point", "reviewer", "administrator"]), required=True)
@click.option("--country", help="ISO code of the country a focal point speaks for.")
@click.password_option(envvar="DIALOGUE_PASSWORD", help="Asked for when not given (or set DIALOGUE_PASSWORD).")
def users_add(username: str, role: str, country: str | None, password: str) -> None:
    """Add a user with a role: a focal point edits their country's items; a reviewer publishes."""
    from dialogue.access.services import AccessError, officer_add

    _database_ready()
    try:
        officer_add(username=username, password=password, role=role, country=country)
    except AccessError as error:
        raise click.ClickException(str(error)) from None
    console.print(f"Added {username} ({role}{', ' + country.upper() if country else ''}).")


@users.command("list")
def users_list() -> None:
    """Everyone with a role: their country, whether they may sign in, and their live API tokens."""
    from rich.table import Table

    from dialogue.access.services import officers_list

    _database_ready()
    table = Table("user", "role", "country", "signs in", "live tokens")
    for row in officers_list():
        table.add_row(row.username, row.role.replace("_", " "), row.country, "yes" if row.active else "no (removed)", str(row.tokens))
    console.print(table)


@users.command("passwd")
@click.argument("username")
@click.password_option(envvar="DIALOGUE_PASSWORD", help="Asked for when not given (or set DIALOGUE_PASSWORD).")
def users_passwd(username: str, password: str) -> None:
    """Give a user a new password (the same rules as for a first one)."""
    from dialogue.access.services import AccessError, officer_password

    _database_ready()
    try:
        officer_password(username=username, password=password)
    except AccessError as error:
        raise click.ClickException(str(error)) from None
    console.print(f"New password set for {username}.")


@users.command("remove")
@click.argument("username")
def users_remove(username: str) -> None:
    """Take a user's access away: they can no longer sign in and their tokens stop working. The record's
    history keeps their name against what they did."""
    from dialogue.access.services import AccessError, officer_remove

    _database_ready()
    try:
        revoked = officer_remove(username=username)
    except AccessError as error:
        raise click.ClickException(str(error)) from None
    console.print(f"Removed {username}'s access ({revoked} token{'s' if revoked != 1 else ''} revoked).")


@users.command("token")
@click.argument("username")
@click.option("--name", required=True, help="What the token is for.")
def users_token(username: str, name: str) -> None:
    """Issue an API token for a user. It is printed once; only its digest is stored."""
    from django.contrib.auth import get_user_model

    from dialogue.access.services import token_issue

    _database_ready()
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise click.ClickException(f"there is no user called {username!r}")
    click.echo(token_issue(user, name=name))


@main.command("search-index")
def search_index() -> None:
    """Build the search index again from the record (after a bulk load, which does not keep it)."""
    from dialogue.web.search import search_index_rebuild

    _database_ready()
    console.print(f"Indexed {search_index_rebuild()} sources and facts.")
