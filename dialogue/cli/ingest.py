"""Commands that read reports: extraction alone (`extract`, which writes nothing) and ingestion
into the review queue (`ingest`)."""

from __future__ import annotations

from pathlib import Path

import click

from dialogue.cli.common import Command, console, database_ready, err_console


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


@click.command(cls=Command)
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

    from django.utils.translation import gettext as _

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
            err_console.print(_("%(origin)s: not read: language %(language)s; no facts extracted")
                              % {"origin": item.origin, "language": extraction.language}, markup=False)
        facts = as_annotation(extraction, gazetteer)
        if json_dir:
            (json_dir / f"{item.stem}.json").write_text(json.dumps(facts, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        else:
            click.echo(json.dumps({"input": item.origin, **facts}, ensure_ascii=False))
    if json_dir:
        console.print(_("Wrote the facts of the reports read to %(folder)s/") % {"folder": json_dir})
    if failed:
        raise SystemExit(2)


@click.command(cls=Command)
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

    from django.utils.translation import gettext as _
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from dialogue.ingest.readers import read_reports
    from dialogue.ingest.selectors import gazetteer_from_record
    from dialogue.ingest.services import DUPLICATE, FAILED, STORED, TWIN, batch_ingest

    database_ready()
    items = list(read_reports(list(inputs)))
    outcomes: Counter = Counter()
    kinds: Counter = Counter()
    unread = held_back = 0
    with Progress(TextColumn("Ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err_console, transient=True) as progress:
        task = progress.add_task("reports", total=len(items))

        def report(result) -> None:
            nonlocal unread, held_back
            outcomes[result.outcome] += 1
            unread += bool(result.not_read)
            held_back += result.held_back
            kinds.update(result.candidates)
            if result.outcome == FAILED or result.not_read or result.outcome == STORED and result.message:
                progress.console.print(f"{result.origin}: {result.message}", markup=False)
            progress.advance(task)

        batch_ingest(items, gazetteer=gazetteer_from_record(), workers=workers, on_result=report)
    console.print(
        _("Read %(read)d reports: %(stored)d stored, %(duplicates)d duplicates, %(twins)d near-duplicates linked to their "
          "twin, %(failed)d failed.") % {"read": sum(outcomes.values()), "stored": outcomes[STORED],
                                          "duplicates": outcomes[DUPLICATE], "twins": outcomes[TWIN], "failed": outcomes[FAILED]}
        + (" " + _("%(count)d stored but not read: a language extraction does not read yet.") % {"count": unread} if unread else "")
    )
    if kinds:
        console.print(_("Candidates to review:") + " " + ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())))
    if held_back:
        console.print(_("%(count)d candidates held back by the judge learnt from reviewers' decisions (`dialogue train`).")
                      % {"count": held_back})
    if outcomes[FAILED]:
        raise SystemExit(2)
