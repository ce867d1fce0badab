"""The review page's forms: one per kind of candidate, built from its typed payload (ingest/payloads.py).

A reviewer sees labelled fields in the record's words: the format's countries to tick, the report's meetings,
areas and targets by name, a date picker, the level and stage by their names. What the form gives back is the
payload's own JSON, so the review service checks it as it checks any edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from dialogue.ingest.models import Candidate
from dialogue.ingest.payloads import PayloadField, payload_fields
from dialogue.ingest.titles import meeting_title
from dialogue.lib.currencies import currency_problem
from dialogue.lib.locales import partial_range_text
from dialogue.lib.partial_dates import PartialDateError
from dialogue.record.models import Area, Country, Deal, Document, Format, Meeting, Target
from dialogue.tracking.templatetags.money import money_words
from dialogue.web.forms import PartialDateField

# Said in words above the form, never typed: how the report names its format, and the person it was matched to.
SHOWN_ONLY = ("format_name", "partner", "format_aliases", "known_person")

LABELS = {
    "format": _("Dialogue format"), "level": _("Level"), "ordinal": _("Number in the series"), "date": _("Date"), "city": _("City"),
    "host": _("Host country"), "online": _("Held online"), "countries": _("Countries taking part"), "status": _("Status"),
    "name": _("Name"), "role": _("Post held"), "country": _("Country"), "meeting": _("Meeting"), "topic": _("Topic"),
    "order": _("Place in the list"), "parent": _("Part of the area"), "is_priority": _("A priority area"), "title": _("Title"),
    "proposed_by": _("Proposed by"), "areas": _("Cooperation areas named in this report"), "area_keys": _("Cooperation areas of the record"),
    "target_keys": _("Counts towards the record's targets"),
    "amount": _("Amount"), "currency": _("Currency"), "period_years": _("Over how many years"), "equivalent_of": _("The same target in another currency"),
    "kind": _("Kind of document"), "count": _("How many"), "qualifier": _("Qualifier (e.g. 'more than')"), "between": _("Between"),
    "where": _("Where"), "when": _("When"), "announced_at": _("Announced at"), "start": _("From"), "parties": _("Countries party to it"),
    "institutions": _("Banks, funds or firms party to it (one a line)"),
    "stage": _("Stage"),
}
HELP = {
    "amount": _("In full: 500000000 for 500 million."),
    "ordinal": _("10 for the 10th meeting."),
    "title": _("As the source names it."),
}
DATES = {"date", "when", "start"}
COUNTRY = {"host", "proposed_by", "country"}
COUNTRIES = {"countries", "between", "parties"}
LINES = {"institutions"}
SIBLING = {"meeting": ("meeting",), "announced_at": ("meeting",), "parent": ("area",),
           "equivalent_of": ("target",)}
CHOICES = {"level": Meeting.Level.choices, "status": Meeting.Status.choices,
           "stage": [*Deal.Stage.choices[:1], ("signed", _("Signed (a commitment, dated by its meeting)")), *Deal.Stage.choices[1:]],
           "kind": Document.Kind.choices}


@dataclass(frozen=True)
class Pickers:
    """What the forms of one review page offer, read once for all its cards: the record's formats, its areas,
    and the countries of its formats."""

    formats: list[tuple[str, str]]
    areas: list[tuple[str, str]]
    countries: list[tuple[str, str]]
    targets: list[tuple[str, str]]

    @classmethod
    def load(cls) -> Pickers:
        return cls(formats=list(Format.objects.values_list("key", "name")),
                   areas=list(Area.objects.order_by("format", "order", "name").values_list("key", "name")),
                   countries=list(Country.objects.filter(memberships__isnull=False).distinct().order_by("name").values_list("code", "name")),
                   targets=list(Target.objects.order_by("format", "title").values_list("key", "title")))

    def countries_for(self, fact: dict) -> list[tuple[str, str]]:
        """The formats' countries, and any other the candidate already names (so its value can be shown)."""
        named = set()
        for name in COUNTRY | COUNTRIES:
            value = fact.get(name)
            named |= set(value) if isinstance(value, list) else {value} if value else set()
        others = named - {code for code, _name in self.countries}
        if not others:
            return self.countries
        return sorted([*self.countries, *Country.objects.filter(code__in=others).values_list("code", "name")], key=lambda row: row[1])


class CandidateForm(forms.Form):
    """A candidate's fields with labels and pickers; `changes()` is what the reviewer altered, as payload JSON."""

    def __init__(self, candidate: Candidate, siblings: list[Candidate], data=None, pickers: Pickers | None = None):
        super().__init__(data, prefix=f"c{candidate.id}")
        self.candidate = candidate
        fact = candidate.fact
        pickers = pickers or Pickers.load()
        countries = pickers.countries_for(fact)
        for spec in payload_fields(candidate.kind):
            if spec.name in SHOWN_ONLY:
                continue
            name, field = spec.name, _field(spec, candidate, siblings, pickers, countries)
            field.label, field.help_text = LABELS.get(name, name.replace("_", " ").capitalize()), HELP.get(name, "")
            self.fields[name] = field
            self.initial[name] = _initial(name, fact.get(name))

    def changes(self) -> dict:
        """The fields whose value differs from what the candidate holds, in the payload's own types."""
        fact, changes = self.candidate.fact, {}
        for spec in payload_fields(self.candidate.kind):
            if spec.name not in self.fields:
                continue
            name, value = spec.name, _payload_value(spec, self.cleaned_data.get(spec.name))
            if value != fact.get(name) and not (value in (None, "", []) and fact.get(name) in (None, "", [])):
                changes[name] = value
        return changes


def candidate_summary(form: CandidateForm) -> list[tuple[str, str]]:
    """The candidate as a person reads it: each field that holds something, by its label and in words."""
    lines = [(label, text) for label, text in _shown_only(form.candidate.fact)]
    for name, field in form.fields.items():
        value = form.initial.get(name)
        if value in (None, "", [], False):
            continue
        text = money_words(value, form.candidate.fact.get("currency") or "") if name == "amount" else _words(field, value)
        lines.append((str(field.label), text))
    return lines


def candidate_name(candidate: Candidate) -> str:
    """What a person calls the fact a candidate proposes: a meeting by its number, level, city and date."""
    fact = candidate.fact
    if candidate.kind in ("meeting", "next meeting"):
        level = Meeting.Level(fact["level"]).label if fact.get("level") in Meeting.Level.values else gettext("Meeting")
        where = fact.get("city") or fact.get("where") or ""
        when = fact.get("date") or fact.get("when") or ""
        title = meeting_title(fact.get("level") or "other", fact.get("ordinal")) or level
        suffix = " " + gettext("(to come)") if candidate.kind == "next meeting" or fact.get("status") == "planned" else ""
        return " · ".join(part for part in (title + suffix, where, _human_date(when)) if part)
    return fact.get("title") or fact.get("name") or fact.get("topic") or f"{candidate.get_kind_display()} {candidate.position}"


def _field(spec: PayloadField, candidate: Candidate, siblings: list[Candidate], pickers: Pickers, countries) -> forms.Field:
    name = spec.name
    if name == "format":
        return forms.ChoiceField(required=False, choices=[("", _("As the report names it")), *pickers.formats])
    if name in DATES:
        return PartialDateField()
    if name in COUNTRY:
        return forms.ChoiceField(required=False, choices=[("", _("Not stated")), *countries])
    if name in COUNTRIES:
        return forms.MultipleChoiceField(required=False, choices=countries, widget=forms.CheckboxSelectMultiple)
    if name in LINES:
        return LinesField(required=False, widget=forms.Textarea(attrs={"rows": 2}))
    if name in SIBLING:
        kinds = SIBLING[name]
        choices = [(str(s.position), candidate_name(s)) for s in siblings if s.kind in kinds and s.position != candidate.position]
        return forms.TypedChoiceField(required=False, coerce=int, empty_value=None, choices=[("", _("None")), *choices])
    if name == "areas":
        choices = [(str(s.position), candidate_name(s)) for s in siblings if s.kind == "area"]
        return forms.TypedMultipleChoiceField(required=False, coerce=int, choices=choices, widget=forms.CheckboxSelectMultiple)
    if name == "area_keys":
        return forms.MultipleChoiceField(required=False, choices=pickers.areas,
                                         widget=forms.CheckboxSelectMultiple)
    if name == "target_keys":
        return forms.MultipleChoiceField(required=False, choices=pickers.targets, widget=forms.CheckboxSelectMultiple)
    if name in CHOICES:
        return forms.ChoiceField(required=False, choices=[("", _("Not stated")), *CHOICES[name]] if spec.optional else CHOICES[name])
    if name in ("online", "is_priority"):
        return forms.BooleanField(required=False)
    if name in ("ordinal", "count", "order"):
        return forms.IntegerField(required=False, min_value=0, max_value=100_000)
    if name in ("amount", "period_years"):
        return forms.DecimalField(required=False, min_value=0, max_digits=24, decimal_places=4,
                                  widget=forms.NumberInput(attrs={"step": "any", "inputmode": "decimal"}))
    if name == "currency":
        return forms.CharField(required=False, max_length=3, validators=[_currency_valid], widget=forms.TextInput(attrs={"size": 4}))
    return forms.CharField(required=False, max_length=500)


class LinesField(forms.CharField):
    """A list of names, one a line: blank lines and surrounding spaces dropped, each name kept once."""

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value) -> list[str]:
        return list(dict.fromkeys(line.strip() for line in (super().to_python(value) or "").splitlines() if line.strip()))


def _currency_valid(code: str) -> None:
    problem = currency_problem(code.upper()) if code else None
    if problem:
        raise forms.ValidationError(problem)


def _initial(name: str, value):
    if name in SIBLING or name == "areas":
        return [str(v) for v in value] if isinstance(value, list) else (str(value) if value is not None else "")
    return value


def _payload_value(spec: PayloadField, value):
    """A cleaned form value in the type the payload's field holds: amounts as text (never floats), codes in
    capitals, an empty box as nothing where the field may be empty, else as the field's default."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if value in ("", None):
        return None if spec.optional else spec.default
    return value.upper() if spec.name == "currency" else value


def _shown_only(fact: dict) -> list[tuple[str, str]]:
    lines = []
    if fact.get("format_name"):
        lines.append((gettext("The report calls the format"), fact["format_name"]))
    if fact.get("known_person"):
        from dialogue.record.models import Person

        person = Person.objects.filter(key=fact["known_person"]).first()
        lines.append((gettext("The same person as"), person.name if person else fact["known_person"]))
    return lines


def _words(field: forms.Field, value) -> str:
    choices = dict((str(k), v) for k, v in getattr(field, "choices", []) or [])
    if isinstance(field, forms.BooleanField):
        return gettext("yes") if value else gettext("no")
    if isinstance(field, PartialDateField):
        return _human_date(value)
    if isinstance(value, list):
        return ", ".join(str(choices.get(str(v), v)) for v in value)
    return str(choices.get(str(value), value))


def _human_date(text: str) -> str:
    """A date as a reader of the page's language writes it; a proposed date that is no date is shown as it stands."""
    try:
        return partial_range_text(text, "", get_language() or "en")
    except PartialDateError:
        return text
