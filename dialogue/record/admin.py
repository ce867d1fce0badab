"""The Django admin for staff: every section of the record, with its evidence and history. A fact saved here goes
through the record's services like any other change: authorized, validated, and in its history with who made it."""

from django import forms
from django.contrib import admin
from django.contrib.contenttypes.admin import GenericTabularInline
from simple_history.admin import SimpleHistoryAdmin

from dialogue.access.services import actor_for
from dialogue.record.models import Country, Evidence, Source
from dialogue.record.sections import FACT_MODELS, record_fields
from dialogue.record.services.editing import ANY_VERSION, fact_create, fact_edit
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


class FactAdmin(SimpleHistoryAdmin):
    """Saves a fact, its references and its many-to-many links through fact_create or fact_edit; the evidence inline
    is saved as before, each quote checked against its source by EvidenceForm."""

    def get_readonly_fields(self, request, obj=None):
        return ("key",) if obj else ()  # a fact's key is what every reference to it holds

    def save_model(self, request, obj, form, change):
        fields = {field.name for field in record_fields(type(obj))}
        values = {name: form.cleaned_data[name] for name in form.changed_data if name in fields}
        actor = actor_for(request.user)
        if change:
            saved = fact_edit(actor=actor, fact=obj, version=ANY_VERSION, changes=values)
        else:
            saved = fact_create(actor=actor, model=type(obj), values=values, key_base=obj.key)
        obj.pk, obj.key = saved.pk, saved.key

    def save_related(self, request, form, formsets, change):
        for formset in formsets:  # many-to-many links were set by the service, with the fact
            self.save_formset(request, form, formset, change=change)


for fact_model in FACT_MODELS:
    admin.site.register(
        fact_model,
        type(f"{fact_model.__name__}Admin", (FactAdmin,), {
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
