"""The Django admin for staff: every section of the record, with its evidence and history."""

from django import forms
from django.contrib import admin
from django.contrib.contenttypes.admin import GenericTabularInline
from simple_history.admin import SimpleHistoryAdmin

from dialogue.record.models import Country, Evidence, Source
from dialogue.record.sections import FACT_MODELS
from dialogue.record.services import quote_problem


class EvidenceForm(forms.ModelForm):
    """Evidence whose quote does not stand in its source at the offsets given is refused, as every other way in
    refuses it (a source held without its text cannot be checked, and is not)."""

    def clean(self):
        data = super().clean()
        source, start, end, quote = (data.get(name) for name in ("source", "start", "end", "quote"))
        if source is not None and source.text and start is not None and end is not None and quote:
            if problem := quote_problem(text=source.text, start=start, end=end, quote=quote):
                self.add_error("quote", f"Source '{source.key}': {problem}.")
        return data


class EvidenceInline(GenericTabularInline):
    model = Evidence
    form = EvidenceForm
    fields = ["source", "field", "start", "end", "quote"]
    extra = 0
    autocomplete_fields = ["source"]


def _search_fields(model) -> list[str]:
    text_fields = [f.name for f in model._meta.concrete_fields if f.get_internal_type() in ("CharField", "TextField")]
    return [name for name in text_fields if name not in ("entered_by", "note")][:4]


for fact_model in FACT_MODELS:
    admin.site.register(
        fact_model,
        type(f"{fact_model.__name__}Admin", (SimpleHistoryAdmin,), {
            "inlines": [EvidenceInline],
            "list_display": ["key", "__str__"],
            "search_fields": _search_fields(fact_model),
        }),
    )


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["key", "publisher", "title", "published", "kind"]
    list_filter = ["kind", "language"]
    search_fields = ["key", "publisher", "title", "url"]


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "alpha3"]
    search_fields = ["code", "name", "official_name"]
