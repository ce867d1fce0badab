"""The record for other tools: CSV tables for spreadsheets, Popolo JSON for people data."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

from django.db.models import QuerySet

from dialogue.record.interchange import VERSION_FIELD, record_dump, record_rows
from dialogue.record.models import Country, Deal, Format, Meeting, Membership, Organization, Person, Post, Tenure

LIST_SEPARATOR = "; "


def _cell(value) -> str:
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(item) for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
DEAL_COLUMNS = ["key", "title", "stage", "value", "currency", "signed", "countries", "sector", "parties", "area", "targets",
                "initiative", "umbrella", "meeting", "format", "note"]
CSV_BATCH = 1000


def _spreadsheet_safe(text: str) -> str:
    """Text a spreadsheet will show, never run: a leading =, +, - or @ is quoted (OWASP's advice on CSV injection)."""
    return "'" + text if text.startswith(FORMULA_START) else text


def deals_csv_lines(deals: QuerySet[Deal]) -> Iterator[str]:
    """Deals as CSV lines, columns as in the JSON dump, read a batch at a time so any number can be streamed."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flushed() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writerow(DEAL_COLUMNS + ["sources"])
    yield flushed()
    last = None
    while True:
        page = list((deals.filter(key__gt=last) if last else deals).order_by("key")[:CSV_BATCH])
        if not page:
            return
        for row in record_rows(Deal, page):
            sources = sorted({item["source"] for item in row.get("evidence", [])})
            writer.writerow([_spreadsheet_safe(_cell(row.get(name))) for name in DEAL_COLUMNS] + [LIST_SEPARATOR.join(sources)])
        last = page[-1].key
        yield flushed()


def record_dump_csv(path: Path) -> None:
    """A zip of one CSV per section (columns as in the JSON dump) and evidence.csv."""
    data = record_dump()
    evidence_rows = []
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for section, rows in data.items():
            if section == VERSION_FIELD:
                continue
            columns = ["key"] + sorted({name for row in rows for name in row} - {"key", "evidence"})
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerow(columns)
            for row in rows:
                writer.writerow([_spreadsheet_safe(_cell(row.get(name))) for name in columns])
                evidence_rows += [
                    [section, row["key"], item.get("field", ""), item["source"], item["start"], item["end"], item["quote"]]
                    for item in row.get("evidence", [])
                ]
            archive.writestr(f"{section}.csv", buffer.getvalue())
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["section", "key", "field", "source", "start", "end", "quote"])
        writer.writerows([[_spreadsheet_safe(_cell(value)) for value in row] for row in evidence_rows])
        archive.writestr("evidence.csv", buffer.getvalue())


def _country_id(country: Country) -> str:
    return f"country.{country.code}"


def record_popolo() -> dict:
    """People, organisations, posts, memberships and meetings (as events) in Popolo JSON."""
    countries = Country.objects.filter(code__in=set(
        list(Membership.objects.values_list("country__code", flat=True))
        + list(Post.objects.values_list("country__code", flat=True))
    )).order_by("code")
    organizations = [
        {"id": _country_id(c), "name": c.name, "classification": "country",
         "identifiers": [{"scheme": "ISO 3166-1 alpha-2", "identifier": c.code}]}
        for c in countries
    ]
    organizations += [
        {"id": f.key, "name": f.name, "classification": "dialogue format",
         "other_names": [{"name": alias} for alias in [f.short_name, *f.aliases]]}
        for f in Format.objects.order_by("key")
    ]
    organizations += [
        {"id": o.key, "name": o.name, "classification": o.classification,
         "parent_id": o.parent.key if o.parent else (_country_id(o.country) if o.country else None)}
        for o in Organization.objects.select_related("parent", "country").order_by("key")
    ]
    persons = [
        {"id": p.key, "name": p.name, "given_name": p.given_name, "family_name": p.family_name,
         "other_names": [{"name": name} for name in p.other_names]}
        for p in Person.objects.order_by("key")
    ]
    posts = [
        {"id": p.key, "label": p.label, "role": p.role,
         "organization_id": p.organization.key if p.organization else _country_id(p.country)}
        for p in Post.objects.select_related("organization", "country").order_by("key")
    ]
    memberships = [
        {"id": t.key, "person_id": t.person.key, "post_id": t.post.key, "role": t.post.role,
         "organization_id": t.post.organization.key if t.post.organization else _country_id(t.post.country),
         "start_date": t.start or None, "end_date": t.end or None}
        for t in Tenure.objects.select_related("person", "post__organization", "post__country").order_by("key")
    ]
    memberships += [
        {"id": m.key, "member": {"@type": "Organization", "id": _country_id(m.country)},
         "organization_id": m.format.key, "role": m.role, "start_date": m.since or None}
        for m in Membership.objects.select_related("format", "country").order_by("key")
    ]
    events = [
        {"id": m.key, "name": str(m), "classification": m.level, "start_date": m.date or None,
         "end_date": m.end_date or None, "location": m.city or None, "organization_id": m.format.key,
         "status": m.status}
        for m in Meeting.objects.select_related("format").order_by("key")
    ]
    return {"persons": persons, "organizations": organizations, "posts": posts,
            "memberships": memberships, "events": events}


def record_dump_popolo(path: Path) -> None:
    Path(path).write_text(json.dumps(record_popolo(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
