"""The record of a dialogue format: who met where, what they proposed, promised and signed.

Every fact is a row that carries a stable `key` (the same in every database and in every
dump) and is anchored either in evidence, quoted from a source, or in a manual-entry mark
saying who entered it and when. People, organisations, posts and tenures follow the
Popolo conventions (https://www.popoloproject.com/specs/).
"""

from __future__ import annotations

from decimal import InvalidOperation

from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from dialogue.lib.currencies import currency_problem
from dialogue.lib.partial_dates import PartialDate, PartialDateError, human_range
from dialogue.lib.simhash import BANDS, SHIFTS, WIDTHS
from dialogue.lib.texts import UNSTORABLE
from dialogue.lib.validation import KEY_PATTERN

# Characters no fact's text may hold: they break feeds, exports and terminals (tab, line feed, carriage return are kept).
KEY_VALIDATOR = RegexValidator(KEY_PATTERN, "Use lower-case letters, digits, '.', '_' and '-' only.")
CURRENCY_VALIDATOR = RegexValidator(r"^[A-Z]{3}$", "Use a three-letter ISO 4217 code.")


def validate_partial_date(value: str) -> None:
    try:
        PartialDate.parse(value)
    except PartialDateError as error:
        raise ValidationError(str(error)) from error


class PartialDateField(models.CharField):
    """A date known to the year, month or day, stored as its ISO 8601 prefix (sorts as text)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 10)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)
        self.validators.append(validate_partial_date)

    def validate(self, value, model_instance):
        if value:
            super().validate(value, model_instance)
        elif not self.blank:
            raise ValidationError(self.error_messages["blank"], code="blank")

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        for default_key, default_value in (("max_length", 10), ("blank", True), ("default", "")):
            if kwargs.get(default_key) == default_value:
                del kwargs[default_key]
        return name, path, args, kwargs


class Country(models.Model):
    """ISO 3166 reference data, loaded from pycountry by a migration; not a fact to evidence."""

    code = models.CharField(max_length=2, unique=True, help_text="ISO 3166-1 alpha-2")
    alpha3 = models.CharField(max_length=3, blank=True)
    name = models.CharField(max_length=100)
    official_name = models.CharField(max_length=200, blank=True)
    demonyms = models.JSONField(default=list, blank=True, help_text='e.g. ["Kazakh", "Kazakhstani"]')

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"

    def __str__(self) -> str:
        return self.name


class LiveFacts(models.Manager):
    """Facts not deleted: what every reader, report and related set sees."""

    def get_queryset(self) -> models.QuerySet:
        return super().get_queryset().filter(deleted_at__isnull=True)


class Fact(models.Model):
    """What every fact shares: a stable key, its anchoring, a curator's note and history.

    Deletion is soft: `deleted_at` hides a fact from `objects` (and so from every page, report
    and dump) while `everything` still holds it, to be restored.
    """

    key = models.CharField(max_length=120, unique=True, validators=[KEY_VALIDATOR])
    entered_by = models.CharField(
        max_length=150, blank=True, help_text="Who entered this fact by hand, when no source states it."
    )
    entered_at = models.DateTimeField(null=True, blank=True)
    note = models.TextField(blank=True, help_text="Curator's note; not part of the fact.")
    deleted_at = models.DateTimeField(null=True, blank=True, editable=False, db_index=True)
    evidence = GenericRelation("record.Evidence")
    history = HistoricalRecords(inherit=True)

    objects = LiveFacts()
    everything = models.Manager()

    class Meta:
        abstract = True
        ordering = ["key"]

    def clean(self) -> None:
        super().clean()
        unprintable = {field.name: "Remove the control character (a NUL, a bell...) or broken character: only text, tabs and line breaks are kept."
                       for field in self._meta.concrete_fields
                       if isinstance(field, (models.CharField, models.TextField))
                       and isinstance(value := getattr(self, field.attname), str) and UNSTORABLE.search(value)}
        if unprintable:
            raise ValidationError(unprintable)
        if bool(self.entered_by) != bool(self.entered_at):
            raise ValidationError(
                {"entered_by": "A manual entry names both who entered it and when (entered_at)."}
            )


class Format(Fact):
    name = models.CharField(max_length=200)
    short_name = models.CharField(max_length=40, unique=True, help_text='e.g. "C5+Japan"')
    aliases = models.JSONField(default=list, blank=True)
    partner = models.CharField(max_length=100, blank=True, help_text='The "X" of "Central Asia + X".')
    founded = PartialDateField()
    description = models.TextField(blank=True)

    def __str__(self) -> str:
        return self.short_name


class Membership(Fact):
    class Role(models.TextChoices):
        MEMBER = "member", _("Central Asian member")
        PARTNER = "partner", _("Partner")

    format = models.ForeignKey(Format, on_delete=models.PROTECT, related_name="memberships")
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="memberships")
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.MEMBER)
    since = PartialDateField()

    class Meta(Fact.Meta):
        constraints = [models.UniqueConstraint(fields=["format", "country"], name="one_membership_per_country")]

    def __str__(self) -> str:
        return f"{self.country} in {self.format}"


class Person(Fact):
    name = models.CharField(max_length=200)
    other_names = models.JSONField(default=list, blank=True, help_text="Other spellings: Japarov, Tokaev.")
    given_name = models.CharField(max_length=100, blank=True)
    family_name = models.CharField(max_length=100, blank=True)

    class Meta(Fact.Meta):
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return self.name


class Organization(Fact):
    class Classification(models.TextChoices):
        GOVERNMENT = "government", _("Government")
        MINISTRY = "ministry", _("Ministry")
        HEAD_OF_STATE = "head of state", _("Office of the head of state")
        INTERNATIONAL = "international organization", _("International organisation")
        COMPANY = "company", _("Company")
        FINANCIAL = "financial institution", _("Financial institution")
        OTHER = "other", pgettext_lazy("kind of organisation", "Other")

    name = models.CharField(max_length=200)
    classification = models.CharField(max_length=30, choices=Classification.choices)
    country = models.ForeignKey(Country, on_delete=models.PROTECT, null=True, blank=True)
    parent = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="children")

    def __str__(self) -> str:
        return self.name


class Post(Fact):
    label = models.CharField(max_length=200, help_text='As styled: "Deputy Prime Minister - Minister of Foreign Affairs"')
    role = models.CharField(max_length=100, blank=True, help_text='Generic role: "Foreign Minister", "President".')
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="posts")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.label} ({self.country.code})"


class Tenure(Fact):
    """A person holding a post from one date to another (Popolo's membership); end open while in office."""

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="tenures")
    post = models.ForeignKey(Post, on_delete=models.PROTECT, related_name="tenures")
    start = PartialDateField()
    end = PartialDateField()

    def clean(self) -> None:
        super().clean()
        if self.start and self.end and PartialDate.parse(self.end) < PartialDate.parse(self.start):
            raise ValidationError({"end": f"The tenure ends ({self.end}) before it starts ({self.start})."})

    def __str__(self) -> str:
        return f"{self.person} as {self.post.label}"


class Meeting(Fact):
    class Level(models.TextChoices):
        SUMMIT = "summit", _("Summit")
        FOREIGN_MINISTERS = "foreign ministers", _("Foreign ministers")
        SENIOR_OFFICIALS = "senior officials", _("Senior officials")
        WORKING_GROUP = "working group", _("Working group")
        BUSINESS_FORUM = "business forum", _("Business forum")
        OTHER = "other", pgettext_lazy("level of a meeting", "Other")

    class Status(models.TextChoices):
        PLANNED = "planned", pgettext_lazy("meeting status", "Planned")
        HELD = "held", pgettext_lazy("meeting status", "Held")
        POSTPONED = "postponed", pgettext_lazy("meeting status", "Postponed")
        CANCELLED = "cancelled", pgettext_lazy("meeting status", "Cancelled")

    format = models.ForeignKey(Format, on_delete=models.PROTECT, related_name="meetings")
    level = models.CharField(max_length=20, choices=Level.choices)
    ordinal = models.PositiveIntegerField(null=True, blank=True, validators=[MinValueValidator(1)])
    title = models.CharField(max_length=300, blank=True)
    date = PartialDateField(help_text="YYYY, YYYY-MM or YYYY-MM-DD; the first day of a range.")
    end_date = PartialDateField(help_text="The last day, when the meeting spans several days.")
    city = models.CharField(max_length=100, blank=True)
    online = models.BooleanField(default=False)
    host = models.ForeignKey(Country, on_delete=models.PROTECT, null=True, blank=True, related_name="hosted_meetings")
    chair = models.ForeignKey(Country, on_delete=models.PROTECT, null=True, blank=True, related_name="chaired_meetings")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.HELD)
    announced_at = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="announced_meetings",
        help_text="For a planned meeting: the meeting at which it was announced.",
    )
    countries = models.ManyToManyField(Country, through="Representation", related_name="meetings")

    class Meta(Fact.Meta):
        ordering = ["date", "key"]
        constraints = [
            models.UniqueConstraint(fields=["format", "level", "ordinal"], name="one_meeting_per_ordinal"),
        ]

    def clean(self) -> None:
        super().clean()
        if self.date and self.end_date and PartialDate.parse(self.end_date) < PartialDate.parse(self.date):
            raise ValidationError({"end_date": f"The meeting ends ({self.end_date}) before it starts ({self.date})."})
        if self.end_date and not self.date:
            raise ValidationError({"end_date": "A meeting with an end date needs a start date."})

    @property
    def when(self) -> str:
        return human_range(self.date, self.end_date)

    def __str__(self) -> str:
        return self.title or f"{self.format} {self.get_level_display()} meeting"


class Representation(Fact):
    """A member state taking part in a meeting, whether or not the report names its delegate."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="representations")
    country = models.ForeignKey(Country, on_delete=models.PROTECT)
    level = models.CharField(max_length=100, blank=True, help_text='e.g. "foreign ministers"')

    class Meta(Fact.Meta):
        constraints = [models.UniqueConstraint(fields=["meeting", "country"], name="one_representation_per_country")]

    def __str__(self) -> str:
        return f"{self.country} at {self.meeting}"


class Attendance(Fact):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="attendances")
    post = models.ForeignKey(Post, on_delete=models.PROTECT, null=True, blank=True, help_text="The post held then.")
    country = models.ForeignKey(Country, on_delete=models.PROTECT, null=True, blank=True, help_text="Country represented.")

    class Meta(Fact.Meta):
        constraints = [models.UniqueConstraint(fields=["meeting", "person"], name="one_attendance_per_person")]

    def __str__(self) -> str:
        return f"{self.person} at {self.meeting}"


class AgendaItem(Fact):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda_items")
    topic = models.CharField(max_length=300)
    area = models.ForeignKey("Area", on_delete=models.SET_NULL, null=True, blank=True)
    order = models.PositiveIntegerField(default=0)

    class Meta(Fact.Meta):
        ordering = ["meeting", "order", "key"]

    def __str__(self) -> str:
        return self.topic


class BilateralTalk(Fact):
    """Talks between two (or a few) participants, usually on a meeting's sidelines."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, null=True, blank=True, related_name="bilateral_talks")
    date = PartialDateField()
    participants = models.ManyToManyField(Person, related_name="bilateral_talks")
    topics = models.TextField(blank=True)

    def __str__(self) -> str:
        return f"Bilateral talks {self.key}"


class ChairTerm(Fact):
    format = models.ForeignKey(Format, on_delete=models.PROTECT, related_name="chair_terms")
    country = models.ForeignKey(Country, on_delete=models.PROTECT)
    start = PartialDateField()
    end = PartialDateField()
    announced_at = models.ForeignKey(Meeting, on_delete=models.PROTECT, null=True, blank=True, related_name="chair_announcements")

    class Meta(Fact.Meta):
        ordering = ["start", "key"]

    def __str__(self) -> str:
        return f"{self.country} chairs {self.format} from {self.start or '?'}"


class Area(Fact):
    """A cooperation area; top-level areas may be the format's priorities, with sub-areas below."""

    format = models.ForeignKey(Format, on_delete=models.PROTECT, related_name="areas")
    name = models.CharField(max_length=200)
    parent = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="children")
    is_priority = models.BooleanField(default=False)
    order = models.PositiveIntegerField(default=0)

    class Meta(Fact.Meta):
        ordering = ["order", "key"]

    def clean(self) -> None:
        super().clean()
        if self.parent_id and self.parent.format_id != self.format_id:
            raise ValidationError({"parent": "A sub-area belongs to the same format as its parent."})

    def __str__(self) -> str:
        return self.name


class InitiativeStatus(models.TextChoices):
    PROPOSED = "proposed", pgettext_lazy("initiative status", "Proposed")
    AGREED = "agreed", pgettext_lazy("initiative status", "Agreed")
    LAUNCHED = "launched", pgettext_lazy("initiative status", "Launched")
    IN_PROGRESS = "in progress", pgettext_lazy("initiative status", "In progress")
    DELIVERED = "delivered", pgettext_lazy("initiative status", "Delivered")
    STALLED = "stalled", pgettext_lazy("initiative status", "Stalled")
    DROPPED = "dropped", pgettext_lazy("initiative status", "Dropped")


class Initiative(Fact):
    format = models.ForeignKey(Format, on_delete=models.PROTECT, related_name="initiatives")
    title = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    proposed_by_country = models.ForeignKey(Country, on_delete=models.PROTECT, null=True, blank=True)
    proposed_by_person = models.ForeignKey(Person, on_delete=models.PROTECT, null=True, blank=True)
    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, null=True, blank=True, related_name="initiatives")
    areas = models.ManyToManyField(Area, blank=True, related_name="initiatives")
    status = models.CharField(
        max_length=12, choices=InitiativeStatus.choices, default=InitiativeStatus.PROPOSED,
        help_text="The latest status change's status; kept here so lists can filter on it.",
    )

    @property
    def is_joint(self) -> bool:
        return self.proposed_by_country_id is None and self.proposed_by_person_id is None

    def __str__(self) -> str:
        return self.title


class Completion(models.TextChoices):
    """How far an initiative has come, with 'no evidence' kept apart from 'not started'."""

    NO_EVIDENCE = "no evidence", _("No evidence")
    NOT_STARTED = "not started", pgettext_lazy("completion", "Not started")
    LIMITED = "limited", pgettext_lazy("completion", "Limited")
    SUBSTANTIAL = "substantial", pgettext_lazy("completion", "Substantial")
    COMPLETE = "complete", pgettext_lazy("completion", "Complete")


class InitiativeStatusChange(Fact):
    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(max_length=12, choices=InitiativeStatus.choices)
    date = PartialDateField()
    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, null=True, blank=True)
    completion = models.CharField(max_length=12, choices=Completion.choices, blank=True,
                                  help_text="How far it had come at this date, when a source says so.")

    class Meta(Fact.Meta):
        ordering = ["initiative", "date", "key"]

    def __str__(self) -> str:
        return f"{self.initiative}: {self.status} {self.date}"


class InitiativeLink(Fact):
    """Lineage: one initiative merged into another, or split into several."""

    class Kind(models.TextChoices):
        MERGED_INTO = "merged into", _("Merged into")
        SPLIT_INTO = "split into", _("Split into")
        SUCCEEDED_BY = "succeeded by", _("Succeeded by")

    earlier = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="links_onward")
    later = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="links_back")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    date = PartialDateField()

    def clean(self) -> None:
        super().clean()
        if self.earlier_id and self.earlier_id == self.later_id:
            raise ValidationError({"later": "An initiative cannot follow itself."})

    def __str__(self) -> str:
        return f"{self.earlier} {self.kind} {self.later}"


class ComplianceScore(Fact):
    """How far one member kept one commitment, on the G7/G20 research groups' scale: +1 full, 0 partial, -1 none."""

    class Score(models.IntegerChoices):
        FULL = 1, _("full compliance")
        PARTIAL = 0, _("partial compliance")
        NONE = -1, _("no compliance")

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="compliance_scores")
    country = models.ForeignKey(Country, on_delete=models.PROTECT)
    score = models.SmallIntegerField(choices=Score.choices)
    assessed = PartialDateField()

    class Meta(Fact.Meta):
        constraints = [models.UniqueConstraint(fields=["initiative", "country", "assessed"], name="one_score_per_assessment")]

    def __str__(self) -> str:
        return f"{self.country} on {self.initiative}: {self.get_score_display()}"


def _money_is_money(fact: Fact, *pairs: tuple[str, str]) -> None:
    """A sum is never negative and is counted in a currency of ISO 4217 (not "XYZ", not gold)."""
    problems = {}
    for amount_field, currency_field in pairs:
        amount, currency = getattr(fact, amount_field), getattr(fact, currency_field)
        try:
            negative = amount is not None and amount < 0
        except (TypeError, InvalidOperation):
            negative = False  # not a number (text, NaN): the field's own check says so
        if negative:
            problems[amount_field] = "A sum of money cannot be negative."
        if currency and (problem := currency_problem(currency)):
            problems[currency_field] = problem
    if problems:
        raise ValidationError(problems)


class Target(Fact):
    format = models.ForeignKey(Format, on_delete=models.PROTECT, related_name="targets")
    title = models.CharField(max_length=300, help_text="What is counted.")
    amount = models.DecimalField(max_digits=24, decimal_places=4)
    currency = models.CharField(max_length=3, blank=True, validators=[CURRENCY_VALIDATOR])
    unit = models.CharField(max_length=50, blank=True, help_text="When the target is not money.")
    equivalent_amount = models.DecimalField(max_digits=24, decimal_places=4, null=True, blank=True)
    equivalent_currency = models.CharField(max_length=3, blank=True, validators=[CURRENCY_VALIDATOR])
    period_start = PartialDateField()
    period_end = PartialDateField()
    period_years = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, null=True, blank=True, related_name="targets")

    def clean(self) -> None:
        super().clean()
        _money_is_money(self, ("amount", "currency"), ("equivalent_amount", "equivalent_currency"))
        if bool(self.currency) == bool(self.unit):
            raise ValidationError({"currency": "A target counts either money (currency) or a unit, not both or neither."})
        if (self.equivalent_amount is None) != (not self.equivalent_currency):
            raise ValidationError({"equivalent_currency": "A stated equivalent needs both an amount and a currency."})

    def __str__(self) -> str:
        return self.title


class Deal(Fact):
    class Stage(models.TextChoices):
        PLEDGE = "pledge", _("Pledge or memorandum")
        COMMITMENT = "commitment", pgettext_lazy("stage of a deal", "Commitment")
        IMPLEMENTATION = "implementation", pgettext_lazy("stage of a deal", "Implementation")
        COMPLETED = "completed", pgettext_lazy("stage of a deal", "Completed")
        SUSPENDED = "suspended", pgettext_lazy("stage of a deal", "Suspended")
        CANCELLED = "cancelled", pgettext_lazy("stage of a deal", "Cancelled")

    class Sector(models.TextChoices):
        PUBLIC = "public", _("Public")
        PRIVATE = "private", _("Private")
        MIXED = "mixed", _("Public and private")

    format = models.ForeignKey(Format, on_delete=models.PROTECT, related_name="deals")
    title = models.CharField(max_length=300)
    parties = models.JSONField(default=list, blank=True, help_text="Names of the parties.")
    sector = models.CharField(max_length=10, choices=Sector.choices, blank=True, help_text="Whether the parties are public, private or both.")
    countries = models.ManyToManyField(Country, blank=True, related_name="deals")
    area = models.ForeignKey(Area, on_delete=models.SET_NULL, null=True, blank=True)
    value = models.DecimalField(max_digits=24, decimal_places=4, null=True, blank=True)
    currency = models.CharField(max_length=3, blank=True, validators=[CURRENCY_VALIDATOR])
    signed = PartialDateField()
    stage = models.CharField(max_length=15, choices=Stage.choices, default=Stage.PLEDGE)
    targets = models.ManyToManyField(Target, blank=True, related_name="deals")
    initiative = models.ForeignKey(Initiative, on_delete=models.SET_NULL, null=True, blank=True, related_name="deals")
    umbrella = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="parts",
        help_text="The framework agreement this deal falls under; never counted on top of its parts.",
    )
    meeting = models.ForeignKey(Meeting, on_delete=models.SET_NULL, null=True, blank=True, related_name="deals")

    def clean(self) -> None:
        super().clean()
        _money_is_money(self, ("value", "currency"))
        if (self.value is None) != (not self.currency):
            raise ValidationError({"currency": "A deal's value needs its currency, and a currency needs a value."})

    def __str__(self) -> str:
        return self.title


class DealStageChange(Fact):
    """A deal's step to a stage on a day (pledged, signed, completed): what lets progress be told as it stood on
    an earlier day after the record was loaded at once. The deal's own `stage` stays its latest step's."""

    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="stage_changes")
    stage = models.CharField(max_length=15, choices=Deal.Stage.choices)
    date = PartialDateField(blank=False, help_text="The day the deal reached the stage, as a source gives it.")

    class Meta(Fact.Meta):
        ordering = ["deal", "date", "key"]

    def __str__(self) -> str:
        return f"{self.deal}: {self.stage} {self.date}"


class Document(Fact):
    class Kind(models.TextChoices):
        JOINT_STATEMENT = "joint statement", _("Joint statement")
        DECLARATION = "declaration", _("Declaration")
        ACTION_PLAN = "action plan", _("Action plan")
        MEMORANDUM = "memorandum", _("Memorandum")
        AGREEMENT = "agreement", _("Agreement")
        CONTRACT = "contract", _("Contract")
        OTHER = "other", pgettext_lazy("kind of document", "Other")

    class Qualifier(models.TextChoices):
        EXACTLY = "exactly", _("exactly")
        MORE_THAN = "more than", _("more than")
        AT_LEAST = "at least", _("at least")
        ABOUT = "about", _("about")

    format = models.ForeignKey(Format, on_delete=models.PROTECT, related_name="documents")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=300)
    date = PartialDateField()
    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, null=True, blank=True, related_name="documents")
    signatories = models.ManyToManyField(Person, blank=True, related_name="documents_signed")
    count = models.PositiveIntegerField(default=1, help_text="More than one for aggregate mentions: '150 documents'.")
    count_qualifier = models.CharField(max_length=10, choices=Qualifier.choices, default=Qualifier.EXACTLY)

    def __str__(self) -> str:
        return self.title


class SimhashBand(models.Func):
    """One band of a source's fingerprint (lib/simhash.py), its numbers written into the SQL: an index on the
    expression serves a query only when the query spells it alike, and a bound parameter is not alike."""

    output_field = models.BigIntegerField()

    def __init__(self, index: int) -> None:
        self.index = index
        super().__init__(models.F("simhash"), template=self.sql(index, "%(expressions)s"))

    @staticmethod
    def sql(index: int, column: str) -> str:
        return f"(({column} >> {SHIFTS[index]}) & {(1 << WIDTHS[index]) - 1})"


class Source(models.Model):
    class Kind(models.TextChoices):
        NEWS = "news", _("News report")
        PRESS_RELEASE = "press release", _("Official press release")
        OFFICIAL_STATEMENT = "official statement", _("Official statement or document")
        OTHER = "other", pgettext_lazy("kind of source", "Other")

    OFFICIAL_KINDS = {Kind.PRESS_RELEASE, Kind.OFFICIAL_STATEMENT}

    key = models.CharField(max_length=120, unique=True, validators=[KEY_VALIDATOR])
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.NEWS)
    publisher = models.CharField(max_length=200)
    title = models.CharField(max_length=500)
    url = models.URLField(max_length=1000, blank=True)
    published = PartialDateField()
    language = models.CharField(max_length=8, default="en")
    content_hash = models.CharField(max_length=71, unique=True, help_text="sha256 of the text proper.")
    text = models.TextField(blank=True, help_text="Full text, when the record holds it.")
    note = models.TextField(blank=True)
    simhash = models.BigIntegerField(null=True, blank=True, editable=False, help_text="Fingerprint for near-duplicates.")
    twin_of = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="twins",
        help_text="The source this one nearly repeats (the same wire story on another site); not extracted again.",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["published", "key"]
        # Near-copies are looked up by band (ingest/services.py source_twin_find), not by reading every fingerprint,
        # and then by the days around the new one's published date.
        indexes = [models.Index(SimhashBand(index), name=f"record_source_simhash_band{index}") for index in range(BANDS)] \
            + [models.Index(fields=["published"], name="record_source_published")]

    @property
    def is_official(self) -> bool:
        return self.kind in self.OFFICIAL_KINDS

    def __str__(self) -> str:
        return f"{self.publisher}: {self.title}"


class Evidence(models.Model):
    """A quote from a source that states a fact (or one field of it), with its character offsets.

    Most quotes support the fact; a quote whose source says otherwise, kept when a reviewer settled the
    conflict for the record's value, dissents: it is shown as dissent and counts for no support.
    """

    class Stance(models.TextChoices):
        SUPPORTS = "supports", _("Supports")
        DISSENTS = "dissents", _("Dissents")

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="evidence")
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    object_id = models.PositiveBigIntegerField()
    fact = GenericForeignKey("content_type", "object_id")
    field = models.CharField(max_length=60, blank=True, help_text="The field this quote supports; blank for the whole fact.")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    quote = models.TextField()
    stance = models.CharField(max_length=8, choices=Stance.choices, default=Stance.SUPPORTS,
                              help_text="Whether the source says what the record holds, or something else.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["source", "start", "end"]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        constraints = [
            models.CheckConstraint(condition=models.Q(end__gt=models.F("start")), name="evidence_span_not_empty"),
        ]

    def clean(self) -> None:
        if self.end - self.start != len(self.quote):
            raise ValidationError({"quote": f"The quote is {len(self.quote)} characters but the span {self.start}-{self.end} is {self.end - self.start}."})

    def __str__(self) -> str:
        return f"“{self.quote}” ({self.source.key} {self.start}-{self.end})"


class Revision(models.Model):
    """The record's revision: one row whose token every write to the record replaces (see `record/version.py`)."""

    token = models.CharField(max_length=32)
