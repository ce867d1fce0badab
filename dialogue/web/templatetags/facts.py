"""Links from any fact to its page and to the words that state it, and the small formats pages share."""

import json
from urllib.parse import urlsplit

from django import template
from django.urls import reverse

from dialogue.record.models import Meeting, Person, Target
from dialogue.record.sections import SECTION_OF_MODEL

register = template.Library()
PAGES = {Meeting: "meeting", Person: "person", Target: "target"}


@register.simple_tag
def fact_url(fact, field: str = "") -> str:
    """The fact's evidence page (at the quote for one field, if given)."""
    url = reverse("fact", args=[SECTION_OF_MODEL[type(fact)], fact.key])
    return f"{url}#{field}" if field else url


@register.simple_tag
def item_url(fact) -> str:
    """The richest page about a fact: a meeting's, a person's or a target's own page, else its evidence page."""
    page = PAGES.get(type(fact))
    return reverse(page, args=[fact.key]) if page else fact_url(fact)


@register.filter
def external_url(url: str) -> str:
    """Only http(s) addresses become links: never javascript:, data: or anything else a source might carry."""
    return url if url and urlsplit(url).scheme.lower() in ("http", "https") else ""


@register.filter
def percent_width(value) -> str:
    """A percentage as a CSS width, held between 0 and 100."""
    try:
        return f"{max(0.0, min(100.0, float(value))):.1f}%"
    except (TypeError, ValueError):
        return "0%"



@register.filter
def field_text(fact, name: str) -> str:
    """A field's value as a reader would say it: choices by label, references by name, lists joined."""
    field = fact._meta.get_field(name)
    if field.many_to_many:
        return ", ".join(str(item) for item in getattr(fact, name).all())
    if field.choices:
        return getattr(fact, f"get_{name}_display")()
    value = getattr(fact, name)
    return "" if value is None else str(value)


@register.filter
def json_text(value) -> str:
    """A candidate's value as typed in its form: text as it is, anything else as JSON."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
