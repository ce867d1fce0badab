"""What the pages call a fact's fields, in the reader's language.

The models keep their English field names for the API, the dumps and the migrations (which are language-neutral);
a page names a field through here, so that a translator finds every name in the catalogue. A field missing from
FIELD_NAMES fails tests/web/test_i18n.py rather than showing English on a Russian page.
"""

from __future__ import annotations

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

FIELD_NAMES = {
    "aliases": _("aliases"), "amount": _("amount"), "announced_at": _("announced at"), "area": _("area"),
    "areas": _("areas"), "assessed": _("assessed"), "chair": _("chair"), "city": _("city"),
    "classification": _("classification"), "completion": _("completion"), "count": _("count"),
    "count_qualifier": _("count qualifier"), "countries": _("countries"), "country": _("country"), "currency": _("currency"),
    "date": _("date"), "deal": _("deal"), "deleted": _("deleted"), "description": _("description"), "earlier": _("earlier"),
    "end": _("end"), "end_date": _("end date"), "entered_at": _("entered at"), "entered_by": _("entered by"),
    "equivalent_amount": _("equivalent amount"), "equivalent_currency": _("equivalent currency"),
    "family_name": _("family name"), "format": _("format"), "founded": _("founded"), "given_name": _("given name"),
    "host": _("host"), "initiative": _("initiative"), "is_priority": _("is priority"), "kind": _("kind"),
    "label": _("label"), "later": _("later"), "level": _("level"), "meeting": _("meeting"), "name": _("name"),
    "note": _("note"), "online": _("online"), "order": _("order"), "ordinal": _("ordinal"),
    "organization": _("organization"), "other_names": _("other names"), "parent": _("parent"),
    "participants": _("participants"), "parties": _("parties"), "partner": _("partner"), "period_end": _("period end"),
    "period_start": _("period start"), "period_years": _("period years"), "person": _("person"), "post": _("post"),
    "proposed_by_country": _("proposed by country"), "proposed_by_person": _("proposed by person"), "role": _("role"),
    "score": _("score"), "sector": _("sector"), "short_name": _("short name"), "signatories": _("signatories"),
    "signed": _("signed"), "since": _("since"), "stage": _("stage"), "start": _("start"), "status": _("status"),
    "targets": _("targets"), "title": _("title"), "topic": _("topic"), "topics": _("topics"), "umbrella": _("umbrella"),
    "unit": _("unit"), "value": _("value"),
}

# Help texts by the model's help text (one field's words may serve several models, as `note` does).
FIELD_HELP = {
    "Who entered this fact by hand, when no source states it.": _("Who entered this fact by hand, when no source states it."),
    "Curator's note; not part of the fact.": _("Curator's note; not part of the fact."),
    'e.g. "C5+Japan"': _('e.g. "C5+Japan"'),
    'The "X" of "Central Asia + X".': _('The "X" of "Central Asia + X".'),
    "Other spellings: Japarov, Tokaev.": _("Other spellings: Japarov, Tokaev."),
    'As styled: "Deputy Prime Minister - Minister of Foreign Affairs"': _('As styled: "Deputy Prime Minister - Minister of Foreign Affairs"'),
    'Generic role: "Foreign Minister", "President".': _('Generic role: "Foreign Minister", "President".'),
    "YYYY, YYYY-MM or YYYY-MM-DD; the first day of a range.": _("YYYY, YYYY-MM or YYYY-MM-DD; the first day of a range."),
    "The last day, when the meeting spans several days.": _("The last day, when the meeting spans several days."),
    "For a planned meeting: the meeting at which it was announced.": _("For a planned meeting: the meeting at which it was announced."),
    'e.g. "foreign ministers"': _('e.g. "foreign ministers"'),
    "The post held then.": _("The post held then."),
    "Country represented.": _("Country represented."),
    "The latest status change's status; kept here so lists can filter on it.":
        _("The latest status change's status; kept here so lists can filter on it."),
    "How far it had come at this date, when a source says so.": _("How far it had come at this date, when a source says so."),
    "What is counted.": _("What is counted."),
    "When the target is not money.": _("When the target is not money."),
    "Names of the parties.": _("Names of the parties."),
    "Whether the parties are public, private or both.": _("Whether the parties are public, private or both."),
    "The framework agreement this deal falls under; never counted on top of its parts.":
        _("The framework agreement this deal falls under; never counted on top of its parts."),
    "The day the deal reached the stage, as a source gives it.": _("The day the deal reached the stage, as a source gives it."),
    "More than one for aggregate mentions: '150 documents'.": _("More than one for aggregate mentions: '150 documents'."),
}


def field_name(model: type[models.Model], name: str) -> str:
    """A field as a page names it, lower case as a verbose name is ("proposed by country"); an unknown one from its name."""
    if name in FIELD_NAMES:
        return str(FIELD_NAMES[name])
    try:
        return str(model._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:  # a quote may name a field the model no longer has
        return name.replace("_", " ")


def field_label(model: type[models.Model], name: str):
    """A form's label for the field: its name, capitalised, translated when the form is shown (not when it is built)."""
    return capfirst(FIELD_NAMES[name]) if name in FIELD_NAMES else capfirst(field_name(model, name))


def field_help(help_text: str):
    """A model field's help text in the reader's language (as written, when the catalogue lacks it)."""
    return FIELD_HELP.get(str(help_text), help_text)
