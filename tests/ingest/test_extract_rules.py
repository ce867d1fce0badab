"""Extraction rules on short reports of our own, one behaviour each."""

import datetime as dt
from decimal import Decimal

import pytest

from dialogue.ingest.extract import extract
from dialogue.ingest.gazetteer import Gazetteer, KnownPerson


def run(text, gazetteer, published=None, publisher=""):
    return extract(text, gazetteer=gazetteer, published=published, publisher=publisher)


def people(extraction):
    return {(p.name, p.role, p.country) for p in extraction.meetings[0].participants}


@pytest.mark.parametrize("sentence, expected", [
    ("Japanese Prime Minister Sanae Takaichi opened the Central Asia plus Japan summit.", ("Sanae Takaichi", "Prime Minister", "JP")),
    ("Kazakhstan's President Kassym-Jomart Tokayev attended the summit.", ("Kassym-Jomart Tokayev", "President", "KZ")),
    ("President of Tajikistan Emomali Rahmon chaired the summit.", ("Emomali Rahmon", "President", "TJ")),
    ("Deputy Prime Minister - Minister of Foreign Affairs of the Republic of Kazakhstan Mukhtar Tileuberdi took part in the ministerial meeting.",
     ("Mukhtar Tileuberdi", "Deputy Prime Minister - Minister of Foreign Affairs", "KZ")),
    ("The EU-Central Asia summit was opened by the President of the European Council António Costa.",
     ("António Costa", "President of the European Council", "EU")),
    ("Nizomiddin Zohidi, First Deputy Foreign Minister of Tajikistan, opened the senior officials' meeting.",
     ("Nizomiddin Zohidi", "First Deputy Foreign Minister", "TJ")),
    ("Mr. TOKUDA Shuichi, Special Representative, Ministry of Foreign Affairs of Japan, joined the Central Asia plus Japan meeting.",
     ("TOKUDA Shuichi", "Special Representative", "JP")),
])
def test_a_participant_is_read_with_post_and_country_in_the_forms_reports_use(sentence, expected, gazetteer):
    assert expected in people(run(sentence, gazetteer))


def test_one_person_under_two_mentions_is_one_participant(gazetteer):
    text = ("Foreign Minister Yoshimasa Hayashi chaired the Central Asia plus Japan ministerial meeting. "
            "Later, Japanese Foreign Minister Hayashi met the press.")
    assert [(p.name, p.country) for p in run(text, gazetteer).meetings[0].participants] == [("Yoshimasa Hayashi", "JP")]


def test_a_spokesperson_or_a_former_leader_is_not_a_participant(gazetteer):
    text = ("President Joe Biden hosted the C5+1 summit. Spokesperson Karine Lane said the talks went well. "
            "Former President Nursultan Nazarbayev was not present.")
    assert [p.name for p in run(text, gazetteer).meetings[0].participants] == ["Joe Biden"]


def test_a_known_person_is_found_under_another_spelling(gazetteer):
    known = Gazetteer.standard(people=(KnownPerson("Sadyr Zhaparov", ("Sadyr Zhaparov", "Sadyr Japarov"), "KG", "President"),))
    found = people(run("The summit in Astana was attended by Sadyr Japarov.", known))
    assert ("Sadyr Japarov", "President", "KG") in found


def test_the_meeting_is_dated_by_a_weekday_against_the_report_date(gazetteer):
    text = "Japan and five Central Asian countries on Saturday held their first summit in Tokyo."
    meeting = run(text, gazetteer, published=dt.date(2025, 12, 22)).meetings[0]
    assert (meeting.level, meeting.ordinal, meeting.date, meeting.city, meeting.host) == ("summit", 1, dt.date(2025, 12, 20), "Tokyo", "JP")


def test_without_a_report_date_a_weekday_stays_undated(gazetteer):
    assert run("The Central Asian leaders held a summit in Tokyo on Saturday.", gazetteer).meetings[0].date is None


def test_the_date_in_a_dateline_is_the_reports_not_the_meetings(gazetteer):
    text = "SEOUL, June 6 (Test) -- The 3rd Korea-Central Asia ministerial meeting was held on Thursday."
    assert run(text, gazetteer, published=dt.date(2026, 6, 6)).meetings[0].date == dt.date(2026, 6, 4)


def test_a_dateline_city_is_the_meeting_place_only_for_a_member_country(gazetteer):
    member = run("TOKYO. The 9th ministerial meeting of the Central Asia + Japan Dialogue was held.", gazetteer)
    outsider = run("ISTANBUL\nThe 9th ministerial meeting of the Central Asia + Japan Dialogue was held.", gazetteer)
    assert (member.meetings[0].city, member.meetings[0].host) == ("Tokyo", "JP")
    assert outsider.meetings[0].city is None


def test_earlier_meetings_fixed_by_ordinal_are_kept_apart(gazetteer):
    text = ("The 12th Senior Officials' Meeting of the Central Asia plus Japan Dialogue is held in Dushanbe. "
            "The Eleventh Senior Officials Meeting took place in Tokyo on March 25, 2016.")
    meetings = run(text, gazetteer, published=dt.date(2018, 1, 26)).meetings
    assert [(m.level, m.ordinal, m.city, m.date) for m in meetings] == [
        ("senior officials", 12, "Dushanbe", None), ("senior officials", 11, "Tokyo", dt.date(2016, 3, 25)),
    ]


def test_the_next_meeting_is_not_a_meeting_held(gazetteer):
    text = "The 9th ministerial meeting was held in Tokyo. The next 10th anniversary meeting will be held in Kazakhstan."
    extraction = run(text, gazetteer)
    assert [m.ordinal for m in extraction.meetings] == [9]
    assert (extraction.next_meeting.ordinal, extraction.next_meeting.where) == (10, "Kazakhstan")


def test_the_chair_passing_to_our_state_is_the_publishers_country(gazetteer):
    text = "The ministerial meeting was held. The chairmanship of the Dialogue will be transferred to our state from 2023."
    [chair] = run(text, gazetteer, publisher="Kazinform (Kazakh national news agency)").chairs
    assert (chair.country, chair.start) == ("KZ", "2023")


def test_a_country_set_to_chair_the_dialogue(gazetteer):
    [chair] = run("Kazakhstan is set to chair the format in 2024.", gazetteer).chairs
    assert (chair.country, chair.start) == ("KZ", "2024")


def test_a_proposal_in_the_passive_belongs_to_the_last_proposer(gazetteer):
    text = ("The Kazakh delegation put forward new initiatives, including a regional water strategy. "
            "In addition, it was proposed to create a joint venture fund for start-ups.")
    found = [(i.title, i.proposed_by) for i in run(text, gazetteer).initiatives]
    assert found == [("regional water strategy", "KZ"), ("create a joint venture fund for start-ups", "KZ")]


def test_what_both_sides_agree_is_joint(gazetteer):
    [initiative] = run("The two sides agreed to cooperate in health and medical fields.", gazetteer).initiatives
    assert (initiative.title, initiative.proposed_by) == ("cooperate in health and medical fields", None)


def test_a_target_with_a_bracketed_conversion_is_two_amounts_over_one_period(gazetteer):
    text = "The leaders set a target of 3 trillion yen ($19 billion) in business projects over the next five years."
    targets = run(text, gazetteer).targets
    assert [(t.amount, t.currency, t.period_years, t.equivalent_of) for t in targets] == [
        (Decimal(3 * 10**12), "JPY", Decimal(5), None), (Decimal(19 * 10**9), "USD", Decimal(5), 0),
    ]


def test_trade_figures_are_not_targets(gazetteer):
    assert run("Trade turnover between the countries reached $2 billion in 2024.", gazetteer).targets == []


def test_signed_documents_with_their_count(gazetteer):
    text = "During the summit more than 150 documents were signed. The leaders adopted a Joint Statement."
    documents = [(d.count, d.qualifier, d.category) for d in run(text, gazetteer).documents]
    assert documents == [(150, "more than", "other"), (1, "", "joint statement")]


def test_a_proposed_plan_is_an_initiative_not_a_document(gazetteer):
    extraction = run("Kazakhstan proposed the development of a Joint Action Plan on water.", gazetteer)
    assert extraction.documents == [] and [i.proposed_by for i in extraction.initiatives] == ["KZ"]


def test_one_on_one_meetings_with_the_leaders_are_bilateral_talks_with_each(gazetteer):
    text = ("Japanese Prime Minister Sanae Takaichi hosted the summit with Kazakhstan's President Kassym-Jomart Tokayev "
            "and Uzbekistan's President Shavkat Mirziyoyev. Takaichi also held one-on-one meetings with the Central Asian leaders.")
    talks = {b.between for b in run(text, gazetteer).bilaterals}
    assert talks == {("Sanae Takaichi", "Kassym-Jomart Tokayev"), ("Sanae Takaichi", "Shavkat Mirziyoyev")}


@pytest.mark.parametrize("text, partner", [
    ("the Central Asia plus Japan Dialogue", "JP"), ("the first C5+1 presidential summit", "US"),
    ("the first EU-Central Asia summit", "EU"), ("the second Central Asia-Russia Summit", "RU"),
    ("the Korea-Central Asia Summit", "KR"),
])
def test_the_format_partner_is_recognised(text, partner, gazetteer):
    assert run(f"Leaders met at {text}.", gazetteer).partner == partner


def test_every_quote_is_the_text_at_its_offsets(gazetteer):
    text = ("ASTANA – Kazakh Deputy Foreign Minister Nazira Nurbayeva chaired the 16th senior officials' meeting on May 14. "
            "The sides adopted a joint statement and agreed to establish a business council. Kazakhstan is set to chair the format in 2024.")
    extraction = run(text, gazetteer, published=dt.date(2024, 5, 15))
    quotes = [q for m in extraction.meetings for q in m.quotes] + [q for p in extraction.meetings[0].participants for q in p.quotes]
    quotes += [q for group in (extraction.initiatives, extraction.documents, extraction.chairs) for item in group for q in item.quotes]
    assert len(quotes) >= 6
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
