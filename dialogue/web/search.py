"""Full-text search over sources and the record, one function on both databases.

Every source and fact has a SearchEntry (kept current on save and delete); SQLite searches
it through an FTS5 table maintained by triggers, PostgreSQL through its own full-text
search with ranking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection, models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from dialogue.record.models import Source
from dialogue.record.sections import FACT_MODELS, SECTION_OF_MODEL
from dialogue.web.models import SearchEntry

WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    section: str
    key: str
    title: str
    snippet: str


def entry_for(obj: models.Model) -> dict:
    """What search reads of a source or a fact: its name, and every text it carries."""
    if isinstance(obj, Source):
        return {"title": obj.title, "body": " ".join([obj.publisher, obj.text])}
    texts = [getattr(obj, f.name) for f in obj._meta.concrete_fields
             if isinstance(f, (models.CharField, models.TextField)) and f.name not in ("key", "entered_by", "note")]
    return {"title": str(obj), "body": " ".join(t for t in texts if t)}


def _indexed(sender) -> bool:
    return sender is Source or sender in FACT_MODELS


@receiver(post_save)
def _index(sender, instance, raw=False, **kwargs):
    if _indexed(sender) and not raw and getattr(instance, "deleted_at", None):
        _unindex(sender, instance)  # soft-deleted: out of search until restored
    elif _indexed(sender) and not raw:
        # One statement (INSERT ... ON CONFLICT DO UPDATE): this runs on every save of the record.
        SearchEntry.objects.bulk_create(
            [SearchEntry(section=SECTION_OF_MODEL[sender], key=instance.key, **entry_for(instance))],
            update_conflicts=True, unique_fields=["section", "key"], update_fields=["title", "body"],
        )


@receiver(post_delete)
def _unindex(sender, instance, **kwargs):
    if _indexed(sender):
        SearchEntry.objects.filter(section=SECTION_OF_MODEL[sender], key=instance.key).delete()


def search(query: str, *, limit: int = 50) -> list[Hit]:
    """Sources and facts matching every word of the query, best first."""
    words = WORD.findall(query)[:12]
    if not words:
        return []
    if connection.vendor == "postgresql":
        search_query = SearchQuery(" ".join(words), search_type="plain", config="english")
        vector = SearchVector("title", weight="A", config="english") + SearchVector("body", weight="B", config="english")
        rows = (SearchEntry.objects.annotate(document=vector, rank=SearchRank(vector, search_query))
                .filter(document=search_query).order_by("-rank", "key")[:limit])
    else:
        match = " AND ".join('"' + word.replace('"', "") + '"' for word in words)
        with connection.cursor() as cursor:
            cursor.execute("SELECT rowid FROM web_searchentry_fts WHERE web_searchentry_fts MATCH %s ORDER BY rank LIMIT %s", [match, limit])
            ids = [row[0] for row in cursor.fetchall()]
        by_id = SearchEntry.objects.in_bulk(ids)
        rows = [by_id[i] for i in ids if i in by_id]
    return [Hit(row.section, row.key, row.title, _snippet(row.body, words)) for row in rows]


def _snippet(body: str, words: list[str], width: int = 160) -> str:
    lowered = body.lower()
    positions = [lowered.find(word.lower()) for word in words if word.lower() in lowered]
    start = max(0, min(positions) - width // 3) if positions else 0
    return ("…" if start else "") + body[start : start + width].strip() + ("…" if start + width < len(body) else "")
