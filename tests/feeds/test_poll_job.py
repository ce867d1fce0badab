"""A feed poll as a job (what beat starts every few minutes): its progress counts feeds, its result each feed's items."""

from __future__ import annotations

from dialogue.record.permissions import Actor
from dialogue.feeds.models import FeedItem
from dialogue.feeds.services import feed_add
from dialogue.jobs.models import Job
from dialogue.jobs.services import job_start
from dialogue.jobs.tasks import feeds_poll_due
from tests.feeds.conftest import Page, rss, serve_articles


def test_a_poll_job_reads_the_due_feeds_and_a_second_one_ingests_nothing_twice(site, testland):
    feed = feed_add(url=site.url("/feed.xml"), format_key="c5-testland", language="en")
    site.pages["/feed.xml"] = Page(rss(site, [1, 2]), content_type="application/rss+xml")
    serve_articles(site, [1, 2])
    feeds_poll_due()  # what beat sends: a poll of the feeds that are due
    job = Job.objects.get()
    assert (job.kind, job.state, job.done, job.total) == ("poll", "done", 1, 1)
    assert job.result["feeds"] == [{"feed": feed.id, "outcome": "ok", "items": {"stored": 2}, "message": "", "failures": []}]
    again = job_start(kind=Job.Kind.POLL, payload={"feeds": [feed.id]}, actor=Actor.administrator("tests"))
    assert again.state == "done" and again.result["feeds"][0]["items"] == {}
    assert FeedItem.objects.filter(feed=feed, state="stored").count() == 2
    feeds_poll_due()  # the next tick: the feed is not due again yet
    assert Job.objects.count() == 2
