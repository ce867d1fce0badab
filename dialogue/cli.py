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

console = Console(highlight=False, soft_wrap=True)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def _django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dialogue.settings")
    import django

    django.setup()


def _database_ready() -> None:
    """Apply any pending migrations, so every command works on a new, empty database."""
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


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

    _database_ready()
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
        err_console.print(f"[bold red]Nothing was loaded from {file}:[/]")
        for problem in error.problems:
            err_console.print(f"  {problem}", markup=False)
        raise SystemExit(1) from None
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
    from dialogue.ingest.extract import extract as run_extraction
    from dialogue.ingest.parse_dates import published_date
    from dialogue.ingest.readers import ReadError, read_reports
    from dialogue.ingest.selectors import gazetteer_from_record

    _database_ready()
    gazetteer = gazetteer_from_record()
    if json_dir:
        json_dir.mkdir(parents=True, exist_ok=True)
    failed = 0
    for item in read_reports(list(inputs)):
        if isinstance(item, ReadError):
            err_console.print(str(item), markup=False)
            failed += 1
            continue
        facts = as_annotation(run_extraction(item.text, gazetteer=gazetteer, published=published_date(item.published),
                                             publisher=item.publisher), gazetteer)
        if json_dir:
            (json_dir / f"{item.stem}.json").write_text(json.dumps(facts, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        else:
            click.echo(json.dumps({"input": item.origin, **facts}, ensure_ascii=False))
    if json_dir:
        console.print(f"Wrote the facts of the reports read to {json_dir}/")
    if failed:
        raise SystemExit(2)
