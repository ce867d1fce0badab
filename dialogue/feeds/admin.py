"""Feeds in the admin: their health at a glance, and the interval or language an administrator may change."""

from django.contrib import admin

from dialogue.feeds.models import Feed, FeedItem


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ("__str__", "format", "language", "interval", "polled_at", "outcome", "failures", "message")
    list_filter = ("outcome", "format")
    search_fields = ("url", "title")
    fields = ("url", "format", "language", "title", "interval", "polled_at", "next_poll_at", "outcome", "message",
              "failures", "etag", "last_modified")
    readonly_fields = ("polled_at", "outcome", "message", "failures", "etag", "last_modified")


@admin.register(FeedItem)
class FeedItemAdmin(admin.ModelAdmin):
    list_display = ("__str__", "feed", "seen_at", "state", "attempts", "source")
    list_filter = ("state", "feed")
    search_fields = ("key", "url", "title")
    readonly_fields = ("feed", "key", "url", "title", "published", "seen_at", "claim", "claimed_at", "source", "message")

    def has_add_permission(self, request) -> bool:
        return False  # an item comes from a poll, never from a form
