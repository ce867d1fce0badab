"""Reading the watched feeds: their health for the feeds' page and the admin, one feed's items."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Case, Count, Q, Value, When

from dialogue.feeds.models import Feed, FeedItem

ITEMS_SHOWN = 200


def feed_list():
    """Every feed with its items counted by state, failing feeds first."""
    counts = {f"items_{state}": Count("items", filter=Q(items__state=state)) for state in FeedItem.State.values}
    return Feed.objects.select_related("format").annotate(items_total=Count("items"), **counts).order_by("-failures", "title", "url")


@dataclass(frozen=True)
class FeedPage:
    feed: Feed
    items: list[FeedItem]  # the latest ITEMS_SHOWN, failed ones first
    counts: dict[str, int]  # items by state
    total: int


def feed_page(*, feed_id: int) -> FeedPage | None:
    feed = Feed.objects.select_related("format").filter(id=feed_id).first()
    if feed is None:
        return None
    counts = dict(feed.items.values_list("state").annotate(n=Count("id")).order_by())
    failed_first = Case(When(state=FeedItem.State.FAILED, then=Value(0)), default=Value(1))
    items = list(feed.items.select_related("source").order_by(failed_first, "-seen_at", "-id")[:ITEMS_SHOWN])
    return FeedPage(feed=feed, items=items, counts=counts, total=sum(counts.values()))
