import json

from dialogue.record.models import Initiative, InitiativeStatusChange
from dialogue.record.permissions import Actor
from dialogue.record.services.editing import fact_create


def _move(initiative_title, status):
    """A step entered by hand, which the initiative's status follows."""
    initiative = Initiative.objects.get(title__startswith=initiative_title)
    fact_create(actor=Actor.administrator("tests"), model=InitiativeStatusChange, key_base=f"{initiative.key}.{status.replace(' ', '-')}",
                values={"initiative": initiative, "status": status, "date": "2026-06-01"})
    initiative.refresh_from_db()
    return initiative


def test_a_status_change_appears_in_the_atom_and_json_feeds_with_a_stable_id(client, default_record):
    _move("Joint Action Plan", "agreed")
    atom = client.get("/feeds/changes.atom", {"format": "C5+Japan"})
    assert atom.status_code == 200 and atom["Content-Type"].startswith("application/atom+xml")
    assert "status: proposed → agreed" in atom.content.decode()
    first = json.loads(client.get("/feeds/changes.json", {"format": "C5+Japan"}).content)
    again = json.loads(client.get("/feeds/changes.json", {"format": "C5+Japan"}).content)
    assert first["version"] == "https://jsonfeed.org/version/1.1"
    assert first["items"][0]["content_text"] == "status: proposed → agreed"
    assert [i["id"] for i in first["items"]] == [i["id"] for i in again["items"]]


def test_the_feed_filters_by_member_country(client, default_record):
    _move("Joint Action Plan", "launched")
    _move("Trans-Caspian", "in progress")
    kazakh = json.loads(client.get("/feeds/changes.json", {"country": "kz"}).content)["items"]
    titles = " ".join(i["title"] for i in kazakh)
    assert "Joint Action Plan" in titles and "Trans-Caspian" not in titles


def test_an_unknown_format_gives_an_empty_feed(client, default_record):
    assert json.loads(client.get("/feeds/changes.json", {"format": "C5+Nowhere"}).content)["items"] == []
