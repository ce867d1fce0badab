"""Links from any fact to the page of its evidence."""

from django import template
from django.urls import reverse

from dialogue.record.sections import SECTION_OF_MODEL

register = template.Library()


@register.simple_tag
def fact_url(fact, field: str = "") -> str:
    url = reverse("fact", args=[SECTION_OF_MODEL[type(fact)], fact.key])
    return f"{url}#{field}" if field else url
