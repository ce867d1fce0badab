"""The pages readers use: dashboard, meetings, a meeting, a person, initiatives, a target, deals, sources."""

import csv
import html
import io
import re

from dialogue.record.models import Deal, Meeting


def _text(response) -> str:
    """What a reader sees: the page without its tags, entities read, spaces run together."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())))


def test_the_dashboard_shows_chair_next_meeting_targets_initiatives_and_a_timeline(client, default_record):
    page = client.get("/").content.decode()
    text = _text(client.get("/"))
    assert "Kazakhstan from 2023" in text
    assert "10th Foreign Ministers' Meeting" in text and "in Kazakhstan" in text
    assert "Business projects" in text and "JPY 3 trillion" in text and 'role="img"' in page
    assert "Trans-Caspian International Transport Route" in text
    assert '<svg class="timeline"' in page and 'href="/meetings/c5-japan.fm-9/"' in page


def test_an_empty_record_says_how_to_fill_it(client, db):
    assert "dialogue load" in _text(client.get("/"))


def test_meetings_filter_by_level_year_and_host(client, default_record):
    assert "First Summit" in _text(client.get("/meetings/", {"level": "summit"}))
    assert "9th Foreign" not in _text(client.get("/meetings/", {"level": "summit"}))
    only_japan = _text(client.get("/meetings/", {"host": "JP"}))
    assert "9th Foreign" in only_japan and "10th Foreign" not in only_japan
    assert "1 meeting" in _text(client.get("/meetings/", {"host": "KZ"}))


def test_a_bad_filter_value_is_reported_not_fatal(client, default_record):
    response = client.get("/meetings/", {"year": "20x2", "level": "banquet"})
    assert response.status_code == 200 and "Select a valid choice" in _text(response)


def test_htmx_gets_the_results_alone(client, default_record):
    fragment = client.get("/meetings/", {"level": "summit"}, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in fragment and "First Summit" in fragment


def test_a_meeting_page_groups_participants_by_country_with_their_posts_then(client, default_record):
    text = _text(client.get("/meetings/c5-japan.fm-9/"))
    assert re.search(r"Kazakhstan Mukhtar Tileuberdi ?, Deputy Prime Minister - Minister of Foreign Affairs", text)
    assert re.search(r"Japan Yoshimasa Hayashi ?, Foreign Minister", text)
    assert "Joint Statement of the 9th Foreign Ministers' Meeting" in text
    assert "Yoshimasa Hayashi and Mukhtar Tileuberdi" in text
    assert "Joint Action Plan" in text and "Next meeting announced: 10th Foreign Ministers' Meeting" in text
    assert "Kazinform" in text


def test_a_meeting_without_a_stated_date_shows_when_it_was_first_reported(client, default_record):
    assert "first reported 25 December 2022 by Kazinform" in _text(client.get("/meetings/c5-japan.fm-9/"))


def test_a_person_page_lists_posts_and_meetings(client, default_record):
    text = _text(client.get("/people/person.tokayev/"))
    assert "Kassym-Jomart Tokayev" in text and "First Summit" in text and "President" in text


def test_the_initiative_board_groups_by_priority_and_status(client, default_record):
    text = _text(client.get("/initiatives/"))
    assert "Connectivity" in text and "Trans-Caspian International Transport Route" in text
    assert "Agreed" in text and "Proposed" in text
    assert "Trans-Caspian" not in _text(client.get("/initiatives/", {"status": "proposed"}))


def test_a_target_page_shows_progress_and_the_deals_counted(client, japanese_deal):
    target = japanese_deal.format.targets.get()
    japanese_deal.targets.add(target)
    Deal.objects.filter(pk=japanese_deal.pk).update(stage="commitment")
    text = _text(client.get(f"/targets/{target.key}/"))
    assert "JPY 1 billion achieved (0.03 %)" in text
    assert "Grid modernisation loan" in text and "counted" in text


def test_deals_filter_and_export_as_csv(client, japanese_deal):
    assert "Grid modernisation loan" in _text(client.get("/deals/", {"country": "JP"}))
    assert "Grid modernisation loan" not in _text(client.get("/deals/", {"country": "KZ"}))
    response = client.get("/deals/", {"country": "JP", "export": "csv"})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert response["Content-Type"].startswith("text/csv")
    assert [(row["key"], row["value"], row["currency"], row["countries"]) for row in rows] == [
        ("c5-japan.deal.jp-grid", "1000000000", "JPY", "JP")]


def test_a_csv_cell_never_becomes_a_spreadsheet_formula(client, japanese_deal):
    Deal.objects.filter(pk=japanese_deal.pk).update(title='=HYPERLINK("http://evil.example","click")')
    body = b"".join(client.get("/deals/", {"export": "csv"}).streaming_content).decode()
    assert "'=HYPERLINK" in body


def test_each_fact_links_to_its_evidence_and_the_source_in_one_click(client, default_record, seeds):
    from dialogue.record.services import source_texts_attach

    source_texts_attach([seeds])
    meeting = client.get("/meetings/c5-japan.fm-9/").content.decode()
    assert 'href="/facts/attendances/c5-japan.fm-9.attendance.tileuberdi/"' in meeting
    evidence_page = client.get("/facts/attendances/c5-japan.fm-9.attendance.tileuberdi/").content.decode()
    assert "<mark>Mukhtar Tileuberdi took part in the 9th Ministerial Meeting</mark>" in evidence_page
    assert 'href="/sources/kazinform-2022-12-25/#e' in evidence_page


def test_an_unknown_fact_is_not_found(client, default_record):
    assert client.get("/facts/meetings/no-such-meeting/").status_code == 404
    assert client.get("/facts/nonsense/c5-japan.fm-9/").status_code == 404
    assert client.get("/meetings/no-such-meeting/").status_code == 404


def test_a_source_page_marks_every_quote_and_links_each_to_its_fact(client, default_record, seeds):
    from dialogue.record.services import source_texts_attach

    source_texts_attach([seeds])
    page = client.get("/sources/kazinform-2022-12-25/").content.decode()
    assert page.count("<mark") >= 10
    assert '<mark id="e' in page and "TOKYO" in page
    assert 'href="/facts/meetings/c5-japan.fm-9/#city"' in page


def test_every_page_sends_a_content_security_policy(client, default_record):
    policy = client.get("/meetings/c5-japan.fm-9/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert client.get("/")["X-Frame-Options"] == "DENY"


def test_a_deleted_meeting_is_gone_for_readers(client, default_record):
    from django.utils import timezone

    Meeting.objects.filter(key="c5-japan.fm-10").update(deleted_at=timezone.now())
    assert client.get("/meetings/c5-japan.fm-10/").status_code == 404
    assert client.get("/facts/meetings/c5-japan.fm-10/").status_code == 404
    assert "10th Foreign" not in _text(client.get("/meetings/"))


def test_the_dashboard_shows_a_new_deal_at_once_though_its_figures_are_cached(client, officers, japanese_deal):
    from dialogue.access.services import actor_for
    from dialogue.record.services.editing import fact_edit, fact_version

    assert "JPY 0 of JPY 3 trillion" in _text(client.get("/"))
    target = japanese_deal.format.targets.get()
    fact_edit(actor=actor_for(officers["jp"]), fact=japanese_deal, version=fact_version(japanese_deal),
              changes={"stage": "commitment", "targets": [target]})
    assert "JPY 1 billion of JPY 3 trillion" in _text(client.get("/"))


def _visible(response) -> str:
    """What a reader sees, leaving out <code> (keys are shown there, in small print, for the CLI and the API),
    with no space before a comma or a full stop that ends a link."""
    page = re.sub(r"<code>.*?</code>", " ", response.content.decode())
    return re.sub(r" ([,.])", r"\1", re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page))))


def _entered(**fields):
    from django.utils import timezone

    return {"entered_by": "tests", "entered_at": timezone.now(), **fields}


def test_the_dashboard_timeline_labels_each_meeting_and_keeps_undated_ones_in_their_own_lane(client, default_record):
    from dialogue.record.models import Country

    fm9 = Meeting.objects.get(key="c5-japan.fm-9")
    Meeting.objects.create(key="c5-japan.fm-11", **_entered(format=fm9.format, level="foreign ministers", ordinal=11,
                           date="2025-12-20", city="Astana", host=Country.objects.get(code="KZ")))
    page = client.get("/").content.decode()
    svg, listed = page.split('<div class="timeline-list">')
    assert ">11th FM · Astana · Dec 2025</text>" in svg and ">11th FM · Astana · Dec 2025</a>" in listed
    assert ">Date not known</text>" in svg
    undated = listed.split("Date not known", 1)[1]
    assert ">9th FM · Tokyo</a>" in undated and "first reported 25 December 2022" in undated
    assert "11th FM" not in undated


def test_latest_initiatives_are_dated_by_the_meeting_and_source_that_report_them(client, default_record):
    text = _visible(client.get("/"))
    assert "record updated" not in text
    assert ("Proposed at 9th Foreign Ministers' Meeting, first reported 25 December 2022 by Kazinform (Kazakh national news agency)"
            " · proposed by Kazakhstan") in text


def test_readers_see_names_and_words_where_keys_and_codes_were(client, default_record, seeds):
    from dialogue.record.services import source_texts_attach
    from dialogue.web.search import search_index_rebuild

    source_texts_attach([seeds])
    search_index_rebuild()
    talk = "/facts/bilateral_talks/c5-japan.fm-9.bilateral.tileuberdi-hayashi/"
    for path in ["/meetings/c5-japan.fm-9/", talk, "/sources/kazinform-2022-12-25/", "/people/person.tokayev/",
                 "/search/?q=Tileuberdi", "/initiatives/", "/"]:
        seen = _visible(client.get(path)).lower()
        assert "c5-japan." not in seen and "bilateral_talks" not in seen and "initiative_status_changes" not in seen, path
    evidence = _visible(client.get(talk))
    assert "Talks on the sidelines · Evidence" in evidence
    assert "Talks between Yoshimasa Hayashi and Mukhtar Tileuberdi at 9th Foreign Ministers' Meeting" in evidence
    assert "<code>c5-japan.fm-9.bilateral.tileuberdi-hayashi</code>" in client.get(talk).content.decode()
    assert "Post: Foreign Minister, Japan" in _visible(client.get("/sources/kazinform-2022-12-25/"))
    assert "(JP)" not in _visible(client.get("/sources/kazinform-2022-12-25/"))
    assert "Talks on the sidelines" in _visible(client.get("/search/?q=Tileuberdi"))


def test_completion_and_compliance_on_the_pages_are_the_figures_of_the_cli(client, default_record):
    from click.testing import CliRunner

    from dialogue.cli import main
    from dialogue.record.models import ComplianceScore, Country, Format, Initiative, InitiativeStatusChange
    from dialogue.tracking.initiatives import compliance

    route = Initiative.objects.get(key="c5-japan.initiative.trans-caspian-international-transport-route")
    InitiativeStatusChange.objects.filter(initiative=route).update(completion="substantial")
    for code, score in (("KZ", 1), ("JP", -1)):
        ComplianceScore.objects.create(key=f"tests.score.{code.lower()}", **_entered(initiative=route, country=Country.objects.get(code=code),
                                                                             score=score, assessed="2026-06"))
    cli = CliRunner().invoke(main, ["initiatives", "--format", "C5+Japan"], catch_exceptions=False).output
    members = compliance(Format.objects.get(short_name="C5+Japan"))
    assert [(m.country.name, str(m.average)) for m in members] == [("Japan", "-1.00"), ("Kazakhstan", "1.00")]
    dashboard, board = _visible(client.get("/")), _visible(client.get("/initiatives/"))
    for member in members:
        assert f"{member.country.name}: average compliance {member.average} over 1 commitments" in cli
        assert f"{member.country.name} {member.average} over 1 commitment" in dashboard
        assert f"{member.country.name} {member.average} over 1 commitment" in board
    assert "substantial" in cli and "Substantial 1 · No evidence 5" in dashboard
    assert "Trans-Caspian International Transport Route Joint. Agreed at First Summit. Completion: Substantial" in board
    assert "Compliance: Japan no compliance (June 2026); Kazakhstan full compliance (June 2026)" in board
    summit = _visible(client.get("/meetings/c5-japan.summit-1/"))
    assert "Trans-Caspian International Transport Route Agreed Completion: Substantial · compliance: Japan no compliance; Kazakhstan full compliance" in summit
