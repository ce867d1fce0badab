"""Links from any fact to its page and to the words that state it, and the small formats pages share."""

import datetime as dt
import json
from urllib.parse import urlsplit

from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language

from dialogue.lib.locales import day_text, moment_text, partial_range_text
from dialogue.record import labels
from dialogue.record.models import Completion, Country, Fact, Meeting, Person, Target
from dialogue.record.sections import SECTION_OF_MODEL
from dialogue.web import naming

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


register.filter("fact_name", naming.fact_name)
register.filter("section_name", naming.section_name)


@register.filter
def country_name(code: str) -> str:
    """A country's name for its ISO code, as people read it."""
    return Country.objects.filter(code=code).values_list("name", flat=True).first() or code


@register.filter
def partial_date(value: str, end: str = "") -> str:
    """A stored partial date ("2022-12") or range as a reader of the page's language writes it ("December 2022",
    "декабрь 2022 г.")."""
    return partial_range_text(value, end, get_language()) if value else ""


@register.filter
def day(value, size: str = "long") -> str:
    """A date (or a moment's date) in the page's language: in full ("4 December 2026", "4 декабря 2026 г.") or,
    with "medium", short ("4 Dec 2026")."""
    if not value:
        return ""
    if isinstance(value, dt.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
    return day_text(value, get_language(), "medium" if size == "medium" else "long")


@register.filter
def moment(value) -> str:
    """A time something happened, in the page's language and the site's time zone: "4 Dec 2026, 13:29"."""
    if not value:
        return ""
    return moment_text(timezone.localtime(value) if timezone.is_aware(value) else value, get_language())


@register.filter
def field_label(fact, name: str) -> str:
    """A field's name as the evidence page says it ("proposed by country", not "proposed_by_country"), in the page's language."""
    return labels.field_name(type(fact), name)


@register.filter
def completion(value: str) -> str:
    """How far an initiative has come ("no evidence") as the page's language names it."""
    return str(Completion(value).label) if value in Completion.values else value


@register.filter
def field_text(fact, name: str) -> str:
    """A field's value as a reader would say it: choices by label, references and countries by name, lists joined."""
    field = fact._meta.get_field(name)
    if field.many_to_many:
        return ", ".join(_name(item) for item in getattr(fact, name).all())
    if field.choices:
        return getattr(fact, f"get_{name}_display")()
    value = getattr(fact, name)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return "" if value is None else _name(value)


def _name(value) -> str:
    return naming.fact_name(value) if isinstance(value, Fact) else str(value)


@register.filter
def json_text(value) -> str:
    """A candidate's value as typed in its form: text as it is, anything else as JSON."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
