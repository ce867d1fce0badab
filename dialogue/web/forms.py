"""The pages' forms: filters read from the query string, and the forms that change the record."""

from __future__ import annotations

import re
from functools import cache

from django import forms
from django.core.exceptions import ValidationError
from django.forms import modelform_factory

from dialogue.lib.currencies import ISO_CURRENCIES
from dialogue.record.editing import Citation
from dialogue.record.models import Country, Deal, Fact, Format, Meeting, Source, Target
from dialogue.record.sections import record_fields
from dialogue.record.services import quote_problem

BOOKKEEPING = {"entered_by", "entered_at"}


def _country_choices() -> list[tuple[str, str]]:
    return [("", "Any"), *Country.objects.filter(memberships__isnull=False).distinct().order_by("name").values_list("code", "name")]


class MeetingFilter(forms.Form):
    level = forms.ChoiceField(choices=[("", "Any"), *Meeting.Level.choices], required=False)
    year = forms.RegexField(regex=r"^\d{4}$", required=False, max_length=4, widget=forms.TextInput(attrs={"inputmode": "numeric", "size": 5}))
    host = forms.ChoiceField(choices=[], required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["host"].choices = _country_choices()


class DealFilter(forms.Form):
    stage = forms.ChoiceField(choices=[("", "Any"), *Deal.Stage.choices], required=False)
    country = forms.ChoiceField(choices=[], required=False)
    currency = forms.RegexField(regex=r"^[A-Za-z]{3}$", required=False, max_length=3, widget=forms.TextInput(attrs={"size": 4}))
    year = forms.RegexField(regex=r"^\d{4}$", required=False, max_length=4, widget=forms.TextInput(attrs={"inputmode": "numeric", "size": 5}))
    q = forms.CharField(required=False, max_length=100, label="Title contains")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = _country_choices()


def form_errors(form: forms.Form, error: ValidationError) -> None:
    """A record service's refusal shown on the form: beside the field it names, or above the form (naming the
    field) when the form does not show that field."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, messages in error.message_dict.items():
        form.add_error(field if field in form.fields else None, [m if field in form.fields else f"{field}: {m}" for m in messages])


def fact_form_class(model: type[Fact]) -> type[forms.ModelForm]:
    """A form over a fact's own fields (not its bookkeeping), in the order the dump writes them."""
    names = [f.name for f in record_fields(model) if f.name not in BOOKKEEPING]
    return modelform_factory(model, fields=names)


class ReportForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 14}), max_length=500_000,
                           help_text="Paste the report's text as published.")
    title = forms.CharField(required=False, max_length=500)
    publisher = forms.CharField(required=False, max_length=200, help_text="e.g. Kazinform, MOFA Japan")
    published = forms.CharField(required=False, max_length=40, help_text="The date it was published: YYYY-MM-DD")
    url = forms.URLField(required=False, max_length=1000, assume_scheme="https")


@cache
def _currency_names() -> dict[str, str]:
    import pycountry

    return {code: getattr(pycountry.currencies.get(alpha_3=code), "name", code) for code in ISO_CURRENCIES}


def _currency_choices(first: list[str]) -> list[tuple[str, str]]:
    """ISO 4217 codes with their names; the currencies the format's targets count in come first."""
    names = _currency_names()
    ordered = [code for code in dict.fromkeys(first) if code in names] + sorted(set(names) - set(first))
    return [("", "No sum"), *((code, f"{code} · {names[code]}") for code in ordered)]


class CitedForm(forms.Form):
    """A fact entered by hand stands on a quote from a source, or says that no source is cited.

    The quote is picked by selecting words in the source's text shown beside the form (the page's script
    fills `quote` and `start`); typed or pasted words are found in the text, and must stand there once.
    """

    quote = forms.CharField(required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}),
                            help_text="Select the words in the source's text, or paste them exactly.")
    start = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    manual = forms.BooleanField(required=False, label="No source is cited: I enter this by hand")

    def __init__(self, *args, source: Source | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.source = source

    def clean(self):
        data = super().clean()
        quote, start = data.get("quote") or "", data.get("start")
        if self.source is None or not quote.strip():
            if not data.get("manual"):
                raise ValidationError("Cite the source (select the words that say it) or tick 'No source is cited'."
                                      if self.source else "Open this form from a source to cite it, or tick 'No source is cited'.")
            return data
        text = self.source.text
        if start is None or quote_problem(text=text, start=start, end=start + len(quote), quote=quote):
            places = [m.start() for m in re.finditer(re.escape(quote), text)]
            if len(places) != 1:
                self.add_error("quote", "These words are not in the source as written: select them in the text."
                               if not places else f"These words stand {len(places)} times in the source: select the one you mean.")
                return data
            start = places[0]
        data["citation"] = Citation(source=self.source, start=start, end=start + len(quote), quote=quote)
        return data


class DealForm(CitedForm):
    title = forms.CharField(max_length=300, help_text="What was agreed, as the source puts it.")
    countries = forms.ModelMultipleChoiceField(queryset=Country.objects.none(), to_field_name="code", widget=forms.CheckboxSelectMultiple,
                                               help_text="The members whose deal it is.")
    parties = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}),
                              help_text="The parties by name, one a line: a ministry, a company, a bank.")
    value = forms.DecimalField(required=False, min_value=0, max_digits=24, decimal_places=4, label="Amount",
                               widget=forms.NumberInput(attrs={"step": "any", "inputmode": "decimal"}),
                               help_text="In full: 500000000 for 500 million.")
    currency = forms.ChoiceField(required=False, choices=[])
    stage = forms.ChoiceField(choices=Deal.Stage.choices, initial=Deal.Stage.PLEDGE)
    signed = forms.RegexField(required=False, regex=r"^\d{4}(-\d{2}(-\d{2})?)?$", label="Date",
                              widget=forms.TextInput(attrs={"placeholder": "YYYY-MM-DD, YYYY-MM or YYYY", "inputmode": "numeric"}),
                              error_messages={"invalid": "Write the date as 2026-12-04, or 2026-12, or 2026."})
    meeting = forms.ModelChoiceField(queryset=Meeting.objects.none(), required=False, to_field_name="key",
                                     help_text="The meeting where it was signed or announced.")
    targets = forms.ModelMultipleChoiceField(queryset=Target.objects.none(), required=False, to_field_name="key",
                                             widget=forms.CheckboxSelectMultiple, help_text="The targets it counts towards.")
    field_order = ["title", "countries", "parties", "value", "currency", "stage", "signed", "meeting", "targets",
                   "quote", "start", "manual"]

    def __init__(self, *args, format: Format, **kwargs):
        super().__init__(*args, **kwargs)
        self.format = format
        self.fields["countries"].queryset = Country.objects.filter(memberships__format=format).distinct().order_by("name")
        self.fields["meeting"].queryset = Meeting.objects.filter(format=format).order_by("-date", "key")
        self.fields["meeting"].label_from_instance = meeting_label
        self.fields["targets"].queryset = Target.objects.filter(format=format).order_by("key")
        self.fields["currency"].choices = _currency_choices(list(format.targets.values_list("currency", flat=True)))

    def values(self) -> dict:
        """The deal's fields as the record service takes them."""
        data = self.cleaned_data
        return {"format": self.format, "title": data["title"], "countries": list(data["countries"]),
                "parties": [line.strip() for line in data["parties"].splitlines() if line.strip()],
                "value": data["value"], "currency": data["currency"], "stage": data["stage"], "signed": data["signed"],
                "meeting": data["meeting"], "targets": list(data["targets"])}


def meeting_label(meeting: Meeting) -> str:
    return " · ".join(part for part in (str(meeting), meeting.date or "date not known", meeting.city) if part)
