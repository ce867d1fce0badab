"""The change feed as Atom (Django's syndication framework) and as JSON Feed 1.1."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.http import JsonResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from dialogue.tracking.feeds import change_list


def _filters(request) -> dict:
    return {"format_short_name": request.GET.get("format") or None, "country": (request.GET.get("country") or "").upper() or None}


class ChangeFeed(Feed):
    feed_type = Atom1Feed
    title = "Dialogue Ledger: changes to initiatives, targets and deals"
    subtitle = "Status changes and new commitments in the record, newest first."

    def get_object(self, request):
        return _filters(request)

    def link(self, filters):
        return reverse("home")

    def items(self, filters):
        return change_list(**filters)

    def item_title(self, change):
        return change.title

    def item_description(self, change):
        return change.summary

    def item_link(self, change):
        return reverse("fact", args=[change.section, change.key])

    def item_guid(self, change):
        return change.id

    item_guid_is_permalink = False

    def item_updateddate(self, change):
        return change.when

    def item_pubdate(self, change):
        return change.when


def change_feed_json(request):
    changes = change_list(**_filters(request))
    return JsonResponse({
        "version": "https://jsonfeed.org/version/1.1",
        "title": ChangeFeed.title,
        "home_page_url": request.build_absolute_uri(reverse("home")),
        "feed_url": request.build_absolute_uri(),
        "items": [
            {"id": c.id, "title": c.title, "content_text": c.summary, "date_modified": c.when.isoformat(),
             "url": request.build_absolute_uri(reverse("fact", args=[c.section, c.key])), "tags": [c.model]}
            for c in changes
        ],
    }, json_dumps_params={"ensure_ascii": False})
