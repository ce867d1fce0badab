"""`dialogue users`: the people who edit and review, and their API tokens."""

from __future__ import annotations

import click

from dialogue.cli.common import Group, console, database_ready


@click.group(cls=Group)
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

    database_ready()
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

    database_ready()
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

    database_ready()
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

    database_ready()
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

    database_ready()
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise click.ClickException(f"there is no user called {username!r}")
    click.echo(token_issue(user, name=name))
