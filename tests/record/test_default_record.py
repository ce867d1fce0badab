"""The shipped Central Asia + Japan record holds every fact its two seed reports state."""

import json
from decimal import Decimal

from dialogue.lib.texts import content_hash
from dialogue.record.defaults import DEFAULT_RECORD
from dialogue.record.interchange import record_dump
from dialogue.record.models import (
    Area, Attendance, BilateralTalk, ChairTerm, Document, Format, Initiative, Meeting, Source, Target,
)
from dialogue.record.services import quote_problem, source_texts_attach

MEMBERS = {"JP", "KZ", "KG", "TJ", "TM", "UZ"}


def test_the_format_and_its_six_members(default_record):
    c5_japan = Format.objects.get(short_name="C5+Japan")
    assert "Central Asia plus Japan Dialogue" in c5_japan.aliases
    assert set(c5_japan.memberships.values_list("country__code", flat=True)) == MEMBERS


def test_the_ninth_foreign_ministers_meeting(default_record):
    meeting = Meeting.objects.get(format__short_name="C5+Japan", level="foreign ministers", ordinal=9)
    assert (meeting.city, meeting.host.code, meeting.status) == ("Tokyo", "JP", "held")
    assert set(meeting.representations.values_list("country__code", flat=True)) == MEMBERS
    attendees = {a.person.name: (a.post.label, a.country.code) for a in meeting.attendances.all()}
    assert attendees == {
        "Mukhtar Tileuberdi": ("Deputy Prime Minister - Minister of Foreign Affairs", "KZ"),
        "Yoshimasa Hayashi": ("Foreign Minister", "JP"),
    }
    topics = " ".join(meeting.agenda_items.values_list("topic", flat=True)).lower()
    for topic in ["transport", "regional security", "digitalization", "human resources", "tourism", "climate change"]:
        assert topic in topics
    assert meeting.documents.get().kind == Document.Kind.JOINT_STATEMENT


def test_the_chair_passes_to_kazakhstan_and_the_tenth_meeting_is_planned_there(default_record):
    term = ChairTerm.objects.get()
    assert (term.country.code, term.start, term.end) == ("KZ", "2023", "")
    planned = Meeting.objects.get(ordinal=10)
    assert (planned.status, planned.host.code, planned.announced_at.ordinal) == ("planned", "KZ", 9)


def test_kazakhstan_made_two_proposals_at_the_ninth_meeting(default_record):
    proposals = Initiative.objects.filter(proposed_by_country__code="KZ", meeting__ordinal=9, status="proposed")
    titles = sorted(proposals.values_list("title", flat=True))
    assert len(titles) == 2
    assert titles[0].startswith("Joint Action Plan") and "Astana International Financial Center" in titles[1]


def test_the_first_summit_brought_six_leaders_together(default_record):
    summit = Meeting.objects.get(level="summit", ordinal=1)
    assert summit.city == "Tokyo"
    leaders = {a.person.name: a.post.label for a in Attendance.objects.filter(meeting=summit)}
    assert leaders == {
        "Sanae Takaichi": "Prime Minister",
        "Kassym-Jomart Tokayev": "President",
        "Sadyr Zhaparov": "President",
        "Emomali Rahmon": "President",
        "Serdar Berdimuhamedov": "President",
        "Shavkat Mirziyoyev": "President",
    }
    assert BilateralTalk.objects.filter(meeting=summit).count() == 5
    signed = Document.objects.get(meeting=summit)
    assert (signed.count, signed.count_qualifier) == (150, "more than")


def test_the_format_carries_every_name_the_reports_give_it(default_record):
    c5_japan = Format.objects.get(short_name="C5+Japan")
    assert c5_japan.name == "Central Asia + Japan Dialogue"
    assert c5_japan.aliases == ["Central Asia plus Japan Dialogue", "Central Asia-Japan Dialogue", "Central Asia–Japan Dialogue", "DCAJ"]


def test_three_priority_areas_with_their_sub_areas(default_record):
    priorities = {a.name: sorted(c.name for c in a.children.all()) for a in Area.objects.filter(is_priority=True)}
    assert priorities == {
        "Green and Resilience": ["Climate change measures", "Disaster risk reduction", "Energy transition",
                                 "Strengthening critical minerals supply chains"],
        "Connectivity": [],
        "Human Resource Development": [],
    }
    summit_initiatives = Initiative.objects.filter(meeting__level="summit")
    assert summit_initiatives.count() == 4
    assert all(i.is_joint for i in summit_initiatives)
    filed = {i.title: [a.name for a in i.areas.all()] for i in summit_initiatives}
    assert filed["Trans-Caspian International Transport Route"] == ["Connectivity"]
    assert filed["Japan-Central Asia AI Cooperation Partnership"] == ["Connectivity"]


def test_the_business_target_is_three_trillion_yen_over_five_years(default_record):
    target = Target.objects.get()
    assert (target.amount, target.currency, target.period_years) == (Decimal("3000000000000"), "JPY", Decimal("5"))
    assert (target.equivalent_amount, target.equivalent_currency) == (Decimal("19000000000"), "USD")
    assert target.meeting.level == "summit"


def test_the_shipped_file_is_in_the_form_a_dump_writes(default_record):
    assert record_dump() == json.loads(DEFAULT_RECORD.read_text(encoding="utf-8"))


def test_every_quote_stands_in_the_seed_reports(default_record, seeds):
    texts = {content_hash(p.read_text(encoding="utf-8")): p.read_text(encoding="utf-8") for p in seeds.glob("*.txt")}
    checked = 0
    for source in Source.objects.all():
        assert source.content_hash in texts, f"no seed report has the text of {source.key}"
        for item in source.evidence.all():
            assert quote_problem(text=texts[source.content_hash], start=item.start, end=item.end, quote=item.quote) is None
            checked += 1
    assert checked > 90
    attached = source_texts_attach([seeds])
    assert sorted(a.source_key for a in attached) == sorted(Source.objects.values_list("key", flat=True))
