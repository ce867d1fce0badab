"""What every `dialogue` command shares: its consoles, Django set up only for a command that runs,
the check that the database is set up, and the answer to a refused write.

Nothing here imports Django or the project's apps at import time: `dialogue --help`, a command's
`--help` and a usage error answer without them.
"""

from __future__ import annotations

import os
import sys

import click
from rich.console import Console

console = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)

# Apps that serve only web pages and cost a command more than they give it: django-ninja brings
# pydantic (a tenth of a second) for its API documentation pages, which no command renders.
WEB_ONLY_APPS = frozenset({"ninja"})


def django_setup() -> None:
    """Set Django up for the command about to run, without the web-only apps; where it is already
    set up (under the test suite), leave it as it is."""
    from django.apps import apps

    if apps.ready:
        return
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dialogue.settings")
    import django
    from django.conf import settings

    settings.INSTALLED_APPS = [app for app in settings.INSTALLED_APPS if app not in WEB_ONLY_APPS]
    django.setup()


def cli_language() -> str:
    """The language the command line speaks: DIALOGUE_LANGUAGE, else the locale's (LANGUAGE, LC_ALL, LC_MESSAGES,
    LANG, as gettext reads them) where the project has it, else English."""
    from django.conf import settings

    known = {code for code, _name in settings.LANGUAGES}
    for name in ("DIALOGUE_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for wanted in os.environ.get(name, "").split(":"):
            code = wanted.split(".")[0].split("_")[0].lower()
            if code in known:
                return code
    return settings.LANGUAGE_CODE


class Command(click.Command):
    """A command that works on the record: Django is set up once its arguments have been read, so
    that `--help` and a usage error answer at once. It speaks the language `cli_language` finds."""

    def invoke(self, ctx: click.Context):
        django_setup()
        from django.utils import translation

        from dialogue.record.errors import NotFound

        try:
            with translation.override(cli_language()):
                return super().invoke(ctx)
        except NotFound as error:  # a key or section the record does not hold: a message, not a traceback
            raise click.ClickException(str(error)) from None


class Group(click.Group):
    """A group of the command line, whose commands are `Command`s."""

    command_class = Command


def migrations_pending() -> int:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def database_ready() -> None:
    """Refuse to work on a database this version has not set up: changing a database's schema is `dialogue migrate`'s
    alone (or `serve`'s), never a side effect of reading or loading."""
    pending = migrations_pending()
    if pending:
        from django.db import connection
        from django.utils.translation import ngettext

        name = connection.settings_dict.get("NAME")
        raise click.ClickException(ngettext(
            "the database %(name)s is not set up for this version of Dialogue Ledger (%(count)d migration to apply): "
            "run `dialogue migrate` first.",
            "the database %(name)s is not set up for this version of Dialogue Ledger (%(count)d migrations to apply): "
            "run `dialogue migrate` first.", pending) % {"name": name, "count": pending})


def database_migrate() -> int:
    from django.core.management import call_command

    pending = migrations_pending()
    call_command("migrate", interactive=False, verbosity=0)
    return pending


def refuse(headline: str, problems: list[str]) -> None:
    """Say what was refused and every reason, then exit 1: nothing was written."""
    err_console.print(f"[bold red]{headline}[/]")
    for problem in problems:
        err_console.print(f"  {problem}", markup=False)
    raise SystemExit(1)


def _operator(ctx, param, name: str):
    """Whoever runs the command line holds the database, so acts as an administrator under their own name."""
    django_setup()  # options are read before the command runs, and an actor is a Django-backed value
    from dialogue.record.permissions import Actor

    return Actor.administrator(name)


reviewer_option = click.option("--reviewer", default=lambda: os.environ.get("USER", "reviewer"), show_default="$USER",
                               callback=_operator, help="The name the record's history keeps.")
