"""Commands on the record as a whole: serve it, set its database up, load, dump and check it,
back its database up and restore it, attach its sources' texts, and index it for search."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from dialogue.cli.common import Command, Group, console, database_migrate, database_ready, err_console, refuse


@click.command(cls=Command)
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
    from django.utils.translation import gettext as _

    from dialogue.record.defaults import default_record_load_if_empty

    database_migrate()
    if default_record_load_if_empty():
        console.print(_("Loaded the default record (Central Asia + Japan Dialogue)."))
    if text_paths:
        _attach(list(text_paths))
    console.print(_("Serving Dialogue Ledger on http://%(host)s:%(port)s/ with %(workers)s workers")
                  % {"host": host, "port": port, "workers": workers})
    sys.stdout.flush()
    os.execvp(sys.executable, [
        sys.executable, "-m", "gunicorn", "dialogue.wsgi:application",
        "--bind", f"{host}:{port}", "--workers", str(workers), "--access-logfile", "-", "--preload",
    ])


@click.command(cls=Command)
def migrate() -> None:
    """Set up the database for this version (a new one, or one an older version set up). Other commands
    refuse to work until it has run; `serve` runs it itself."""
    from django.utils.translation import gettext, ngettext

    applied = database_migrate()
    console.print(ngettext("Applied %(count)d migration.", "Applied %(count)d migrations.", applied) % {"count": applied}
                  if applied else gettext("The database was already up to date."))


@click.command(cls=Command)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def load(file: Path) -> None:
    """Load FILE (the JSON that `dialogue dump` writes) into the record.

    The load is all or nothing: on a malformed file, an unknown field, a reference to
    something not in the record, a quote that does not match its source, or a key
    already in the record, it names each record and field at fault and writes nothing.
    Each record's history says it was loaded from FILE by you ($USER).
    """
    from dialogue.record.interchange import RecordLoadError, record_load_file
    from dialogue.record.permissions import Actor

    database_ready()
    try:
        counts = record_load_file(file, actor=Actor.administrator(os.environ.get("USER", "command line")))
    except RecordLoadError as error:
        refuse(f"Nothing was loaded from {file}:", error.problems)
    total = sum(counts.values())
    console.print(f"Loaded {total} records from {file}: " + ", ".join(f"{n} {s}" for s, n in counts.items() if n))


DUMPERS = {"json": "record_dump_json", "csv": "record_dump_csv", "popolo": "record_dump_popolo"}


@click.command(cls=Command)
@click.option("--format", "output_format", type=click.Choice(sorted(DUMPERS)), default="json", show_default=True,
              help="json: lossless, loads back; csv: a zip of one table per section and evidence.csv; "
                   "popolo: people, organisations, posts, memberships and meetings in Popolo JSON.")
@click.argument("file", type=click.Path(dir_okay=False, writable=True, path_type=Path))
def dump(output_format: str, file: Path) -> None:
    """Write the whole record to FILE."""
    from dialogue.record import exports, interchange

    database_ready()
    writer = getattr(interchange, DUMPERS[output_format], None) or getattr(exports, DUMPERS[output_format])
    writer(file)
    console.print(f"Wrote the record as {output_format} to {file}")


@click.command(cls=Command)
@click.argument("file", type=click.Path(dir_okay=False, writable=True, path_type=Path))
def backup(file: Path) -> None:
    """Write everything the database holds to FILE, for `dialogue restore`.

    Beside the record (all that `dump` writes), a backup keeps every past version of each
    fact, the review queue and the reports people sent, imported exchange rates, and users
    with their roles and API tokens. FILE is gzip'd JSON Lines; sessions are left out.
    """
    from dialogue.record.backup import BackupError, backup_write

    database_ready()
    try:
        counts = backup_write(file)
    except BackupError as error:
        refuse("No backup was written:", error.problems)
    console.print(f"Backed up {sum(counts.values())} rows of {sum(1 for n in counts.values() if n)} tables to {file}")


@click.command(cls=Command)
@click.option("--replace", is_flag=True, help="Delete what the database holds first (in the same transaction, "
                                              "so a restore that fails leaves it as it was).")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def restore(replace: bool, file: Path) -> None:
    """Restore FILE, a `dialogue backup`, into an empty database, all or nothing.

    The database must be set up (`dialogue migrate`) by the version that made the backup
    and hold no record, users or history; --replace deletes what it holds first.
    """
    from dialogue.record.backup import BackupError, backup_restore

    database_ready()
    try:
        counts = backup_restore(file, replace=replace)
    except BackupError as error:
        refuse(f"Nothing was restored from {file}:", error.problems)
    console.print(f"Restored {sum(counts.values())} rows of {sum(1 for n in counts.values() if n)} tables from {file}")


@click.command(cls=Command)
@click.option("--quiet", is_flag=True, help="Print errors only, not warnings.")
def check(quiet: bool) -> None:
    """Check the record's integrity; exit 1 if anything is wrong.

    Every quote must stand in its source at its offsets, no evidence may point to a
    fact that is gone, every fact needs evidence or a manual-entry mark, the
    models' own rules (date order, value with currency, ...) must hold, and a value
    a quote backs must not have been changed by hand without a new quote.
    """
    from django.utils.translation import gettext as _

    from dialogue.record.integrity import ERROR, record_problems

    database_ready()
    problems = record_problems()
    errors = [p for p in problems if p.severity == ERROR]
    for problem in problems:
        if problem.severity == ERROR or not quiet:
            (err_console if problem.severity == ERROR else console).print(str(problem), markup=False)
    if errors:
        err_console.print("[bold red]" + _("%(count)d errors in the record.") % {"count": len(errors)} + "[/]")
        raise SystemExit(1)
    console.print(_("The record is sound (%(count)d warnings).") % {"count": len(problems)})


@click.group(cls=Group)
def sources() -> None:
    """Work with the record's sources."""


@sources.command("attach")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def sources_attach(paths: tuple[Path, ...]) -> None:
    """Attach full texts to sources held without them, matched by content hash.

    PATHS are text files or folders of them (a header block ended by `---` is allowed).
    Each source's quotes are checked against the text before it is kept.
    """
    database_ready()
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


@click.command("search-index", cls=Command)
def search_index() -> None:
    """Build the search index again from the record (after a bulk load, which does not keep it)."""
    from dialogue.web.search import search_index_rebuild

    database_ready()
    console.print(f"Indexed {search_index_rebuild()} sources and facts.")
