"""The feeds' pages: every watched feed with its health, and one feed's items. Readers read them as they read the record."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import render

from dialogue.feeds.models import FeedItem
from dialogue.feeds.selectors import ITEMS_SHOWN, feed_list, feed_page


def feeds(request):
    return render(request, "feeds/feeds.html", {"nav": "feeds", "feeds": feed_list()})


def feed_detail(request, feed_id: int):
    page = feed_page(feed_id=feed_id)
    if page is None:
        raise Http404("No such feed")
    counts = [(label, page.counts.get(state, 0)) for state, label in FeedItem.State.choices if page.counts.get(state)]
    return render(request, "feeds/feed.html", {"nav": "feeds", "page": page, "counts": counts, "shown": ITEMS_SHOWN})
