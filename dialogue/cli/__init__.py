"""The `dialogue` command: serve, load, dump and check the record of a dialogue format.

Every command works on the database that `DATABASE_URL` names (by default an SQLite file
in the data folder, which `DIALOGUE_DATA_DIR` can move); only `migrate` and `serve` change
its schema, and the others refuse a database not yet set up. Each module here imports what
its commands need inside them, and Django is set up only for a command that runs, so that
`--help` answers at once and a reading command does not wait for extraction or charts.
"""

from __future__ import annotations

import click

from dialogue.cli import feeds, ingest, jobs, record, review, tracking, users
from dialogue.cli.common import Group


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Dialogue Ledger: the source-anchored record of a multilateral dialogue format.

    Every fact in the record points to the report and the words it came from.
    """


for command in (record.serve, record.migrate, record.load, record.dump, record.backup, record.restore, record.check, record.sources, record.search_index,
                ingest.extract, ingest.ingest, feeds.feeds, jobs.jobs, review.review, review.train, tracking.rates, tracking.progress, tracking.report,
                tracking.initiatives, tracking.compare, users.users):
    main.add_command(command)
