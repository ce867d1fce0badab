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
