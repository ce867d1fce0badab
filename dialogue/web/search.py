"""Full-text search over sources and the record, one function on both databases.

Every source and fact has a SearchEntry (kept current on save and delete); SQLite searches
it through an FTS5 table maintained by triggers, PostgreSQL through a stored text-search
vector with a GIN index, ranked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db import connection, models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from dialogue.lib.keys import fold
from dialogue.lib.scripts import has_cyrillic, latin, merged
from dialogue.record.models import Source
from dialogue.record.sections import FACT_MODELS, SECTION_OF_MODEL
from dialogue.web.models import SearchEntry
from dialogue.web.naming import fact_name

WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    section: str
    key: str
    title: str
    snippet: str


def entry_for(obj: models.Model) -> dict:
    """What search reads of a source or a fact: its name, and every text it carries, Cyrillic also in Latin
    letters; a fact's name also with the spellings conventions differ on merged ("Mirziyoyev" as "mirziyoev"),
    so that a query in either script finds it."""
    if isinstance(obj, Source):
        body = " ".join([obj.publisher, obj.text])
        return {"title": obj.title, "body": body + (" " + latin(body) if has_cyrillic(body) else "")}
    texts = [getattr(obj, f.name) for f in obj._meta.concrete_fields
             if isinstance(f, (models.CharField, models.TextField)) and f.name not in ("key", "entered_by", "note")]
    texts += [name for name in getattr(obj, "other_names", None) or [] if isinstance(name, str)]  # a person's other spellings
    body = " ".join(t for t in texts if t)
    title = fact_name(obj)
    spellings = " ".join(dict.fromkeys(merged(word) for word in WORD.findall(fold(latin(title)))))
    return {"title": title, "body": " ".join([body, latin(body) if has_cyrillic(body) else "", spellings]).strip()}


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
    words = WORD.findall(latin(query))[:12]  # "Тоқаев" is looked for as "Tokayev"
    if not words:
        return []
    hits = _search(words, limit)
    if not hits and any(merged(word.lower()) != word.lower() for word in words):
        hits = _search([merged(word.lower()) for word in words], limit)  # "Мирзиёев" -> "Mirziyoev": no spelling of it
    return hits


def _search(words: list[str], limit: int) -> list[Hit]:
    if connection.vendor == "postgresql":
        # The stored vector and its GIN index come from migration 0003; the model does not declare them.
        statement = ("SELECT id FROM web_searchentry, plainto_tsquery('english', %s) AS query WHERE document @@ query "
                     "ORDER BY ts_rank(document, query) DESC, key LIMIT %s")
        arguments = [" ".join(words), limit]
    else:
        statement = "SELECT rowid FROM web_searchentry_fts WHERE web_searchentry_fts MATCH %s ORDER BY rank LIMIT %s"
        arguments = [" AND ".join('"' + word.replace('"', "") + '"' for word in words), limit]
    with connection.cursor() as cursor:
        cursor.execute(statement, arguments)
        ids = [row[0] for row in cursor.fetchall()]
    by_id = SearchEntry.objects.in_bulk(ids)
    return [Hit(by_id[i].section, by_id[i].key, by_id[i].title, _snippet(by_id[i].body, words)) for i in ids if i in by_id]


def search_index_rebuild(*, batch: int = 2000) -> int:
    """Index every source and fact again (after bulk loads, which send no signals); returns how many."""
    SearchEntry.objects.all().delete()
    count = 0
    for model in [Source, *FACT_MODELS]:
        rows = model.objects.order_by("pk")
        last = 0
        while chunk := list(rows.filter(pk__gt=last)[:batch]):
            SearchEntry.objects.bulk_create([SearchEntry(section=SECTION_OF_MODEL[model], key=obj.key, **entry_for(obj)) for obj in chunk])
            count += len(chunk)
            last = chunk[-1].pk
    return count


def _snippet(body: str, words: list[str], width: int = 160) -> str:
    lowered = body.lower()
    positions = [lowered.find(word.lower()) for word in words if word.lower() in lowered]
    start = max(0, min(positions) - width // 3) if positions else 0
    return ("…" if start else "") + body[start : start + width].strip() + ("…" if start + width < len(body) else "")
