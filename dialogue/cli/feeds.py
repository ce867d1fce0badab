"""`dialogue feeds`: watch official feeds (RSS, Atom, JSON Feed) and ingest their new items as reports."""

from __future__ import annotations

import click

from dialogue.cli.common import Group, console, database_ready, err_console


@click.group(cls=Group)
def feeds() -> None:
    """Watch official feeds and ingest each new item's page as a report to review: add, list, poll."""


@feeds.command("add")
@click.argument("url")
@click.option("--format", "format_key", required=True, help="The key of the dialogue format the feed reports on (e.g. c5-japan).")
@click.option("--language", default="", help="The language of the feed's items (en, ru, ...); by default each is detected.")
@click.option("--title", default="", help="The feed's name, the publisher of its reports; by default the feed's own title.")
@click.option("--interval", type=click.IntRange(5, 7 * 24 * 60), default=60, show_default=True, help="Minutes between two polls.")
def feeds_add(url: str, format_key: str, language: str, title: str, interval: int) -> None:
    """Watch the feed at URL: `dialogue feeds poll` reads it from then on.

    Nothing is fetched now; the first poll reads every item the feed lists (at most 200 at a
    time) and later polls only the new ones.
    """
    from dialogue.feeds.services import FeedProblem, feed_add

    database_ready()
    try:
        feed = feed_add(url=url, format_key=format_key, language=language, title=title, interval=interval)
    except FeedProblem as problem:
        raise click.ClickException(str(problem)) from None
    console.print(f"Watching {feed.url} (feed {feed.id}) for {feed.format.short_name}, every {feed.interval} minutes.", markup=False)


@feeds.command("list")
def feeds_list() -> None:
    """List the watched feeds with their last poll, their items and their errors."""
    from rich.table import Table

    from dialogue.feeds.selectors import feed_list

    database_ready()
    table = Table("id", "feed", "format", "last poll", "items", "failed")
    for feed in feed_list():
        last = f"{feed.polled_at:%Y-%m-%d %H:%M} {feed.outcome}" if feed.polled_at else "never"
        if feed.message:
            last += f": {feed.message[:100]}"
        table.add_row(str(feed.id), f"{feed.title or ''}\n{feed.url}".strip(), feed.format.short_name, last,
                      str(feed.items_total), str(feed.items_failed or ""))
    console.print(table)


@feeds.command("poll")
@click.option("--all", "every", is_flag=True, help="Poll every feed now, not only those whose interval has passed.")
@click.option("--feed", "feed_ids", type=int, multiple=True, help="Poll this feed (its id) now; may be repeated.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes that read, extract and store the items' pages as they arrive (2 on a 2-core machine); fetching runs in threads.")
def feeds_poll(every: bool, feed_ids: tuple[int, ...], workers: int) -> None:
    """Poll the feeds that are due: fetch each (a conditional GET), read each new item's page and
    ingest it as a report for review.

    An item already read is never ingested again; a failed item is tried again at later polls
    (three tries in all); a failing feed is polled less often until it answers. Exit 2 if a feed
    or an item failed.
    """
    from dialogue.feeds.models import Feed
    from dialogue.feeds.services import feeds_poll as poll

    database_ready()
    chosen = None
    if feed_ids:
        chosen = list(Feed.objects.filter(id__in=feed_ids))
        if missing := set(feed_ids) - {feed.id for feed in chosen}:
            raise click.ClickException(f"no feed has the id {', '.join(map(str, sorted(missing)))} (`dialogue feeds list` shows them)")
    elif every:
        chosen = list(Feed.objects.all())
    results = poll(feeds=chosen, workers=workers)
    failed = 0
    for result in results:
        feed, items = result.feed, result.items
        if result.outcome == Feed.Outcome.FAILED:
            failed += 1
            err_console.print(f"feed {feed.id}: {result.message}", markup=False)
            continue
        counts = ", ".join(f"{n} {state}" for state, n in sorted(items.items())) or "nothing new"
        console.print(f"feed {feed.id} {feed}: {result.outcome}, {counts}" + (f" ({result.message})" if result.message else ""),
                      markup=False)
        failed += items["failed"]
        for line in result.failures:
            err_console.print(f"  {line}", markup=False)
    if not results:
        console.print("No feed is due; `--all` polls every feed now.")
    if failed:
        raise SystemExit(2)
