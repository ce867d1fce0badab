import pytest
from django.contrib.auth.models import User

from dialogue.record.sections import FACT_SECTIONS


@pytest.fixture
def staff_client(client, db):
    client.force_login(User.objects.create_superuser("curator", "curator@example.org", "a long passphrase"))
    return client


@pytest.mark.parametrize("model", [m for _, m in FACT_SECTIONS], ids=lambda m: m.__name__)
def test_staff_can_list_every_section_in_the_admin(staff_client, default_record, model):
    url = f"/admin/record/{model._meta.model_name}/"
    assert staff_client.get(url).status_code == 200
    assert staff_client.get(url, {"q": "c5"}).status_code == 200


def test_a_meeting_in_the_admin_shows_its_evidence_and_history(staff_client, default_record):
    from dialogue.record.models import Meeting

    meeting = Meeting.objects.get(key="c5-japan.fm-9")
    page = staff_client.get(f"/admin/record/meeting/{meeting.id}/change/").content.decode()
    assert "TOKYO" in page
    assert staff_client.get(f"/admin/record/meeting/{meeting.id}/history/").status_code == 200


def test_the_admin_asks_strangers_to_log_in(client, db):
    assert client.get("/admin/record/meeting/").status_code == 302


def _person_form(person, evidence: dict) -> dict:
    """The admin's change form of a person, its one quote kept and a second one added."""
    [kept] = person.evidence.all()
    prefix = "record-evidence-content_type-object_id"
    data = {"key": person.key, "name": person.name, "other_names": "[]", "given_name": person.given_name, "family_name": person.family_name,
            "entered_by": "", "entered_at_0": "", "entered_at_1": "", "note": "",
            f"{prefix}-TOTAL_FORMS": "2", f"{prefix}-INITIAL_FORMS": "1", f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000",
            f"{prefix}-0-id": kept.id, f"{prefix}-0-source": kept.source_id, f"{prefix}-0-field": kept.field,
            f"{prefix}-0-start": kept.start, f"{prefix}-0-end": kept.end, f"{prefix}-0-quote": kept.quote}
    data.update({f"{prefix}-1-{name}": value for name, value in evidence.items()})
    return data


def test_the_admin_refuses_evidence_whose_quote_is_not_in_its_source_and_keeps_one_that_is(staff_client, bulletin):
    from dialogue.record.models import Person

    person = Person.objects.get(key="person.tokayev")
    url = f"/admin/record/person/{person.id}/change/"
    start = bulletin.text.index("Kyoto")
    wrong = {"source": bulletin.id, "field": "name", "start": start, "end": start + 5, "quote": "Osaka"}
    page = staff_client.post(url, _person_form(person, wrong))
    assert page.status_code == 200
    assert f"does not match the source at {start}-{start + 5}, which reads &#x27;Kyoto&#x27;" in page.content.decode()
    assert person.evidence.count() == 1
    right = {**wrong, "quote": "Kyoto"}
    assert staff_client.post(url, _person_form(person, right)).status_code == 302
    assert sorted(person.evidence.values_list("quote", flat=True)) == ["Kassym-Jomart Tokayev", "Kyoto"]
