"""The pages' forms: filters read from the query string, and the forms that change the record."""

from __future__ import annotations

import re
from functools import cache

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.forms import modelform_factory
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from dialogue.lib.currencies import ISO_CURRENCIES
from dialogue.lib.locales import babel_locale, partial_range_text
from dialogue.lib.texts import unreadable_problem
from dialogue.lib.partial_dates import DAY, MONTH, YEAR, BadDay, PartialDate, PartialDateError, day_parse
from dialogue.record.labels import field_help, field_label
from dialogue.record.services.editing import Citation
from dialogue.record.models import Area, Country, Deal, Document, Fact, Format, InitiativeStatus, Meeting, Source, Target
from dialogue.record.models import PartialDateField as ModelPartialDateField
from dialogue.record.sections import record_fields
from dialogue.record.services import quote_problem

BOOKKEEPING = {"entered_by", "entered_at"}


def _country_choices() -> list[tuple[str, str]]:
    return [("", _("Any")), *Country.objects.filter(memberships__isnull=False).distinct().order_by("name").values_list("code", "name")]


class MeetingFilter(forms.Form):
    level = forms.ChoiceField(choices=[("", _("Any")), *Meeting.Level.choices], required=False, label=_("Level"))
    year = forms.RegexField(regex=r"^\d{4}$", required=False, max_length=4, widget=forms.TextInput(attrs={"inputmode": "numeric", "size": 5}),
                            label=_("Year"))
    host = forms.ChoiceField(choices=[], required=False, label=_("Host"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["host"].choices = _country_choices()


class DealFilter(forms.Form):
    stage = forms.ChoiceField(choices=[("", _("Any")), *Deal.Stage.choices], required=False, label=_("Stage"))
    country = forms.ChoiceField(choices=[], required=False, label=_("Country"))
    currency = forms.RegexField(regex=r"^[A-Za-z]{3}$", required=False, max_length=3, widget=forms.TextInput(attrs={"size": 4}),
                                label=_("Currency"))
    year = forms.RegexField(regex=r"^\d{4}$", required=False, max_length=4, widget=forms.TextInput(attrs={"inputmode": "numeric", "size": 5}),
                            label=_("Year"))
    q = forms.CharField(required=False, max_length=100, label=_("Title contains"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = _country_choices()


class DaysForm(forms.Form):
    """The days a page of figures may be asked about: how things stood on a day, and what the record said on a day."""

    as_of = forms.CharField(required=False, max_length=40, label=_("As things stood on"),
                            widget=forms.DateInput(attrs={"type": "date"}))
    recorded_as_of = forms.CharField(required=False, max_length=40, label=_("As recorded on"),
                                     widget=forms.DateInput(attrs={"type": "date"}))

    def _day(self, name: str):
        text = self.cleaned_data.get(name, "")
        try:
            return day_parse(text) if text else None
        except BadDay as error:
            raise ValidationError(str(error)) from None

    def clean_as_of(self):
        return self._day("as_of")

    def clean_recorded_as_of(self):
        return self._day("recorded_as_of")


class PartialDateWidget(forms.MultiWidget):
    """A calendar to pick the day from, and how much of it the source states (the day, the month or the year)."""

    template_name = "web/partials/partial_date.html"

    def __init__(self, attrs=None):
        super().__init__([forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                          forms.Select(choices=PRECISIONS, attrs={"aria-label": _("How much of the date is known")})], attrs)

    def id_for_label(self, id_):
        """The label names the calendar (Django's MultiWidget points a label at nothing)."""
        return f"{id_}_0" if id_ else id_

    def decompress(self, value):
        try:
            date = PartialDate.parse(value) if value else None
        except PartialDateError:
            return [value, DAY]  # shown as it stands, so the person sees what to mend
        return [date.first_day().isoformat(), date.precision] if date else [None, DAY]


PRECISIONS = [(DAY, _("the day is known")), (MONTH, _("only the month")), (YEAR, _("only the year"))]


class PartialDateField(forms.MultiValueField):
    """A date known to the day, the month or the year, entered with a date picker; stored as "2026-12-04",
    "2026-12" or "2026"."""

    widget = PartialDateWidget

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(fields=[forms.CharField(required=False), forms.ChoiceField(choices=PRECISIONS, required=False)],
                         require_all_fields=False, **kwargs)

    def compress(self, data_list) -> str:
        text, precision = (list(data_list) + ["", ""])[:2]
        text = (text or "").strip()
        if not text:
            return ""
        try:
            date = PartialDate.parse(text)
        except PartialDateError:
            raise ValidationError(_("Not a date of the calendar: pick one, or write 2026-12-04."), code="invalid") from None
        return {YEAR: str(date.year), MONTH: f"{date.year:04d}-{date.month or 1:02d}"}.get(precision, str(date))


def form_errors(form: forms.Form, error: ValidationError) -> None:
    """A record service's refusal shown on the form: beside the field it names, or above the form (naming the
    field) when the form does not show that field."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, messages in error.message_dict.items():
        form.add_error(field if field in form.fields else None, [m if field in form.fields else f"{field}: {m}" for m in messages])


def readable(text: str) -> None:
    """A pasted text whose bytes were not UTF-8, or that holds characters no database stores, is refused with
    what to do, never stored garbled."""
    problem = unreadable_problem(text)
    if problem:
        raise ValidationError(problem, code="unreadable")


def fact_form_class(model: type[Fact]) -> type[forms.ModelForm]:
    """A form over a fact's own fields (not its bookkeeping), in the order the dump writes them."""
    names = [f.name for f in record_fields(model) if f.name not in BOOKKEEPING]
    return modelform_factory(model, form=FactForm, fields=names, formfield_callback=_form_field)


class FactForm(forms.ModelForm):
    """A fact's edit form: countries among the format's members, dates picked from a calendar, a value a source
    states blanked only when the person says so, and a source that may be cited for what the edit changes."""

    confirm_blank = forms.BooleanField(required=False, label=_("Yes, blank what a source states"),
                                       help_text=_("Needed to empty a field that a quote backs."))
    cite_source = forms.ModelChoiceField(queryset=Source.objects.exclude(text="").order_by("-published", "key"), required=False,
                                         to_field_name="key", label=_("Source"), help_text=_("A source whose text the record holds."))
    cite_quote = forms.CharField(required=False, max_length=2000, validators=[readable], widget=forms.Textarea(attrs={"rows": 3}),
                                 label=_("Quote"),
                                 help_text=_("The source's words that say the new value: select them in its text, or paste them exactly."))
    cite_start = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    NOT_FACT_FIELDS = ("confirm_blank", "cite_source", "cite_quote", "cite_start")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        fmt = getattr(self.instance, "format", None) if self.instance.pk else None
        for name, field in self.fields.items():
            if isinstance(field, forms.ModelChoiceField) and field.queryset.model is Country:
                current = self._current_countries(name)
                members = Q(memberships__format=fmt) if fmt else Q(memberships__isnull=False)
                field.queryset = Country.objects.filter(members | Q(pk__in=current)).distinct().order_by("name")
                if isinstance(field, forms.ModelMultipleChoiceField):
                    field.widget = forms.CheckboxSelectMultiple(choices=field.choices)
            if isinstance(field, forms.ModelChoiceField) and not isinstance(field, forms.ModelMultipleChoiceField):
                field.empty_label = _("Not stated")
            elif isinstance(field, forms.ChoiceField) and field.choices and field.choices[0][0] == "":
                field.choices = field.choices[1:] if field.required else [("", _("Not stated")), *field.choices[1:]]
        self.fields["cite_source"].empty_label = _("No source cited")
        self.fields["cite_source"].label_from_instance = lambda source: " · ".join(
            part for part in (source.publisher, source.title[:80], source.published) if part)
        self.quoted = set(self.instance.evidence.exclude(field="").values_list("field", flat=True)) if self.instance.pk else set()
        if not self.quoted & set(self.fields):
            del self.fields["confirm_blank"]

    def fact_fields(self) -> list[forms.BoundField]:
        """The fact's own fields, without the confirmation and the citation."""
        return [self[name] for name in self.fields if name not in self.NOT_FACT_FIELDS]

    def citation_fields(self) -> list[forms.BoundField]:
        return [self["cite_source"], self["cite_quote"]]

    def _current_countries(self, name: str) -> list:
        if not self.instance.pk:
            return []
        value = getattr(self.instance, name)
        return list(value.values_list("pk", flat=True)) if hasattr(value, "values_list") else [value.pk] if value else []

    def clean(self):
        data = super().clean()
        if not data.get("confirm_blank"):
            for name in self.quoted & set(self.changed_data):
                if self.initial.get(name) not in (None, "", []) and data.get(name) in (None, "", []):
                    self.add_error(name, _("A source states this value; tick 'Yes, blank what a source states' to empty it."))
        source, quote = data.get("cite_source"), data.get("cite_quote") or ""
        if source is None and quote.strip():
            self.add_error("cite_source", _("Choose the source these words are from."))
        elif source is not None and not quote.strip():
            self.add_error("cite_quote", _("Select or paste the words of the source that say it."))
        elif source is not None:
            try:
                data["citation"] = citation_of(source, quote, data.get("cite_start"))
            except ValidationError as error:
                self.add_error("cite_quote", error)
        return data

    def changes(self) -> dict:
        """The fact's fields as typed, for the record service (the confirmation and the citation are not fields of the fact)."""
        return {name: self.cleaned_data[name] for name in self.fields if name not in self.NOT_FACT_FIELDS}

    def citations(self) -> list[Citation]:
        citation = self.cleaned_data.get("citation")
        return [citation] if citation else []


def _form_field(field, **kwargs):
    """Dates with a date picker; text boxes refuse what cannot be stored, beside the field."""
    label, help_text = field_label(field.model, field.name), field_help(field.help_text)
    if isinstance(field, ModelPartialDateField):
        return PartialDateField(label=label, help_text=help_text)
    form_field = field.formfield(label=label, help_text=help_text, **kwargs)
    if isinstance(form_field, forms.CharField):
        form_field.validators.append(readable)
    return form_field


REPORT_LIMIT = 500_000


class ReportForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 14, "data-max-length": REPORT_LIMIT}), validators=[readable],
                           label=_("Text"), help_text=_("Paste the report's text as published (at most 500,000 characters)."))
    title = forms.CharField(required=False, max_length=500, validators=[readable], label=_("Title"))
    publisher = forms.CharField(required=False, max_length=200, validators=[readable], label=_("Publisher"),
                                help_text=_("e.g. Kazinform, MOFA Japan"))
    published = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"), label=_("Published"),
                                help_text=_("The day it was published."),
                                error_messages={"invalid": _("Not a date of the calendar: pick one, or write 2026-12-04.")})
    url = forms.URLField(required=False, max_length=1000, assume_scheme="https", label=_("Address (URL)"))

    def clean_text(self) -> str:
        """Checked here, not by the box's maxlength, which would cut a longer paste in the browser in silence."""
        text = self.cleaned_data["text"]
        if len(text) > REPORT_LIMIT:
            raise ValidationError(_("The text is %(length)s characters long; a report may hold at most %(limit)s characters. "
                                    "Send it in two parts.") % {"length": f"{len(text):,}", "limit": f"{REPORT_LIMIT:,}"},
                                  code="max_length")
        return text


@cache
def _currency_names(language: str) -> dict[str, str]:
    """ISO 4217's English names; another language's from CLDR (Babel), where CLDR names the currency."""
    import pycountry
    from babel.numbers import get_currency_name

    english = {code: getattr(pycountry.currencies.get(alpha_3=code), "name", code) for code in ISO_CURRENCIES}
    if language.startswith("en"):
        return english
    named = {code: get_currency_name(code, locale=babel_locale(language)) for code in ISO_CURRENCIES}
    return {code: capfirst(name) if name != code else english[code] for code, name in named.items()}


def _currency_choices(first: list[str]) -> list[tuple[str, str]]:
    """ISO 4217 codes with their names; the currencies the format's targets count in come first."""
    names = _currency_names(get_language() or "en")
    ordered = [code for code in dict.fromkeys(first) if code in names] + sorted(set(names) - set(first))
    return [("", _("No sum")), *((code, f"{code} · {names[code]}") for code in ordered)]


class CitedForm(forms.Form):
    """A fact entered by hand stands on a quote from a source, or says that no source is cited.

    The quote is picked by selecting words in the source's text shown beside the form (the page's script
    fills `quote` and `start`); typed or pasted words are found in the text, and must stand there once.
    """

    quote = forms.CharField(required=False, max_length=2000, validators=[readable], widget=forms.Textarea(attrs={"rows": 3}),
                            label=_("Quote"), help_text=_("Select the words in the source's text, or paste them exactly."))
    start = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    manual = forms.BooleanField(required=False, label=_("No source is cited: I enter this by hand"))

    def __init__(self, *args, source: Source | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.source = source

    def clean(self):
        data = super().clean()
        quote, start = data.get("quote") or "", data.get("start")
        if self.source is None or not quote.strip():
            if not data.get("manual"):
                raise ValidationError(_("Cite the source (select the words that say it) or tick 'No source is cited'.")
                                      if self.source else _("Open this form from a source to cite it, or tick 'No source is cited'."))
            return data
        try:
            data["citation"] = citation_of(self.source, quote, start)
        except ValidationError as error:
            self.add_error("quote", error)
        return data


def citation_of(source: Source, quote: str, start: int | None) -> Citation:
    """The quote at `start`, where the page's script found the selected words; typed or pasted words (or a start
    that does not fit them) are looked for in the text, and must stand there once. ValidationError says why not."""
    text = source.text
    if start is None or quote_problem(text=text, start=start, end=start + len(quote), quote=quote):
        places = [m.start() for m in re.finditer(re.escape(quote), text)]
        if len(places) != 1:
            raise ValidationError(_("These words are not in the source as written: select them in the text.")
                                  if not places else _("These words stand %(count)d times in the source: select the one you mean.")
                                  % {"count": len(places)})
        start = places[0]
    return Citation(source=source, start=start, end=start + len(quote), quote=quote)


class FormatEntryForm(CitedForm):
    """A hand entry of one format: its meetings offered by name, newest first."""

    meeting = forms.ModelChoiceField(queryset=Meeting.objects.none(), required=False, to_field_name="key", empty_label=_("None"),
                                     label=_("Meeting"), help_text=_("The meeting where it was adopted, proposed or agreed."))

    def __init__(self, *args, format: Format, **kwargs):
        super().__init__(*args, **kwargs)
        self.format = format
        self.fields["meeting"].queryset = Meeting.objects.filter(format=format).order_by("-date", "key")
        self.fields["meeting"].label_from_instance = meeting_label


class DocumentForm(FormatEntryForm):
    kind = forms.ChoiceField(choices=Document.Kind.choices, label=_("Kind of document"))
    title = forms.CharField(max_length=300, validators=[readable], label=_("Title"),
                            help_text=_("As the source names it: the Tokyo Declaration."))
    date = PartialDateField(label=_("Date"), help_text=_("The day it was adopted or signed."))
    count = forms.IntegerField(min_value=1, max_value=100_000, initial=1, label=_("Count"), help_text=_("More than one for '12 memoranda'."))
    count_qualifier = forms.ChoiceField(choices=Document.Qualifier.choices, initial=Document.Qualifier.EXACTLY, label=_("The count is"))
    field_order = ["kind", "title", "date", "meeting", "count", "count_qualifier", "quote", "start", "manual"]

    def values(self) -> dict:
        data = self.cleaned_data
        date = data["date"] or (data["meeting"].date if data["meeting"] else "")
        return {"format": self.format, "kind": data["kind"], "title": data["title"], "date": date, "meeting": data["meeting"],
                "count": data["count"], "count_qualifier": data["count_qualifier"]}


class InitiativeForm(FormatEntryForm):
    title = forms.CharField(max_length=300, validators=[readable], label=_("Title"), help_text=_("As the source names it."))
    description = forms.CharField(required=False, validators=[readable], widget=forms.Textarea(attrs={"rows": 3}), label=_("Description"))
    proposed_by_country = forms.ModelChoiceField(queryset=Country.objects.none(), required=False, to_field_name="code",
                                                 empty_label=_("Nobody alone: agreed jointly"), label=_("Proposed by"))
    status = forms.ChoiceField(choices=[], label=_("Status"), help_text=_("Where it stands, as the source says."))
    date = PartialDateField(label=_("Date"), help_text=_("When it was proposed or agreed (the meeting's date, if left empty)."))
    areas = forms.ModelMultipleChoiceField(queryset=Area.objects.none(), required=False, to_field_name="key",
                                           widget=forms.CheckboxSelectMultiple, label=_("Cooperation areas"))
    field_order = ["title", "description", "proposed_by_country", "status", "date", "meeting", "areas", "quote", "start", "manual"]

    def __init__(self, *args, format: Format, **kwargs):
        super().__init__(*args, format=format, **kwargs)
        self.fields["proposed_by_country"].queryset = Country.objects.filter(memberships__format=format).distinct().order_by("name")
        self.fields["areas"].queryset = Area.objects.filter(format=format).order_by("order", "name")
        self.fields["status"].choices = InitiativeStatus.choices

    def values(self) -> dict:
        data = self.cleaned_data
        return {"format": self.format, "title": data["title"], "description": data["description"],
                "proposed_by_country": data["proposed_by_country"], "meeting": data["meeting"], "areas": list(data["areas"]),
                "status": data["status"]}

    def status_values(self, initiative) -> dict:
        """The dated status change the initiative's history starts with."""
        data = self.cleaned_data
        date = data["date"] or (data["meeting"].date if data["meeting"] else "")
        return {"initiative": initiative, "status": data["status"], "date": date, "meeting": data["meeting"]}


class DealForm(FormatEntryForm):
    title = forms.CharField(max_length=300, validators=[readable], label=_("Title"), help_text=_("What was agreed, as the source puts it."))
    countries = forms.ModelMultipleChoiceField(queryset=Country.objects.none(), to_field_name="code", widget=forms.CheckboxSelectMultiple,
                                               label=_("Countries"), help_text=_("The members whose deal it is."))
    parties = forms.CharField(required=False, validators=[readable], widget=forms.Textarea(attrs={"rows": 2}),
                              label=_("Parties"), help_text=_("The parties by name, one a line: a ministry, a company, a bank."))
    value = forms.DecimalField(required=False, min_value=0, max_digits=24, decimal_places=4, label=_("Amount"),
                               widget=forms.NumberInput(attrs={"step": "any", "inputmode": "decimal"}),
                               help_text=_("In full: 500000000 for 500 million."))
    currency = forms.ChoiceField(required=False, choices=[], label=_("Currency"))
    stage = forms.ChoiceField(choices=Deal.Stage.choices, initial=Deal.Stage.PLEDGE, label=_("Stage"))
    signed = PartialDateField(label=_("Date"),
                              help_text=_("The day it was signed or announced; say if the source gives only the month or year."))
    targets = forms.ModelMultipleChoiceField(queryset=Target.objects.none(), required=False, to_field_name="key",
                                             widget=forms.CheckboxSelectMultiple, label=_("Targets"),
                                             help_text=_("The targets it counts towards."))
    field_order = ["title", "countries", "parties", "value", "currency", "stage", "signed", "meeting", "targets",
                   "quote", "start", "manual"]

    def __init__(self, *args, format: Format, **kwargs):
        super().__init__(*args, format=format, **kwargs)
        self.fields["countries"].queryset = Country.objects.filter(memberships__format=format).distinct().order_by("name")
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
    when = partial_range_text(meeting.date, meeting.end_date, get_language() or "en") if meeting.date else gettext("date not known")
    return " · ".join(part for part in (str(meeting), when, meeting.city) if part)
