"""The pages' forms: filters read from the query string, and the forms that change the record."""

from __future__ import annotations

from django import forms
from django.forms import modelform_factory

from dialogue.record.models import Country, Deal, Fact, Meeting
from dialogue.record.sections import record_fields

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
