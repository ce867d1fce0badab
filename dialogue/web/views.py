"""Pages. Views stay thin: they call selectors and render."""

from __future__ import annotations

from django.shortcuts import render

from dialogue.lib.highlight import segments
from dialogue.web.search import search
from dialogue.record.selectors import (
    earliest_report, evidence_for, fact_get, fact_support, format_get, format_list, meeting_list, source_evidence, source_get,
)
from dialogue.record.sections import record_fields

CONTEXT_CHARACTERS = 240
# Shown apart from the fact's own fields, in sentences of their own.
BOOKKEEPING_FIELDS = {"note", "entered_by", "entered_at"}


def home(request):
    """The format's meetings, each fact linked to the words that state it."""
    selected = format_get(short_name=request.GET.get("format"))
    meetings = list(meeting_list(format=selected)) if selected else []
    for meeting in meetings:
        meeting.reported_in = None if meeting.date else earliest_report(meeting)
    return render(request, "web/home.html", {"format": selected, "formats": format_list(), "meetings": meetings})


def search_page(request):
    """Sources and facts matching every word typed, best first."""
    query = request.GET.get("q", "")[:200]
    return render(request, "web/search.html", {"query": query, "hits": search(query) if query.strip() else []})


def source_detail(request, key: str):
    """A source's text with every quote the record draws from it highlighted, each linked to its fact."""
    source = source_get(key=key)
    evidence = source_evidence(source)
    pieces = segments(source.text, [(item.id, item.start, item.end) for item, _, _ in evidence]) if source.text else []
    return render(request, "web/source.html", {"source": source, "evidence": evidence, "pieces": pieces})


def fact_detail(request, section: str, key: str):
    """A fact, its fields, and every quote that supports it, shown in its source's words."""
    fact = fact_get(section=section, key=key)
    fields = []
    for field in record_fields(type(fact)):
        if field.name in BOOKKEEPING_FIELDS:
            continue
        value = getattr(fact, field.name)
        if field.many_to_many:
            value = ", ".join(str(item) for item in value.all())
        elif field.choices:
            value = getattr(fact, f"get_{field.name}_display")()
        if value not in (None, "", [], False):
            fields.append((field.verbose_name, value))
    quotes = []
    for item in evidence_for(fact):
        text = item.source.text
        quotes.append({
            "evidence": item,
            "before": text[max(0, item.start - CONTEXT_CHARACTERS):item.start] if text else "",
            "after": text[item.end:item.end + CONTEXT_CHARACTERS] if text else "",
        })
    return render(request, "web/fact.html", {"fact": fact, "section": section, "fields": fields, "quotes": quotes,
                                             "support": fact_support(fact)})
