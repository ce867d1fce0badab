"""People a report names who took no part in its meeting, in sentences of our own."""

import datetime as dt

import pytest

from dialogue.ingest.extract import extract
from dialogue.ingest.gazetteer import Gazetteer

OPENING = "The third Central Asia plus Norway summit was held in Bergen, chaired by Prime Minister Ola Berg. "


def participants(extraction):
    return {p.name for m in extraction.meetings[:1] for p in m.participants}


@pytest.mark.parametrize("sentence, outsider", [
    # the other side of talks held elsewhere, or of a call
    ("Before the summit, Berg held talks with Finnish President Kari Lehtonen in Oslo.", "Kari Lehtonen"),
    ("Berg later met with Danish Prime Minister Mette Holm to discuss fisheries.", "Mette Holm"),
    ("Berg plans a telephone conversation with Swedish Prime Minister Lars Ekman next week.", "Lars Ekman"),
    ("The ministers will call on King Harald Olsen in the evening.", "Harald Olsen"),
    ("During the visit he held meetings with Crown Prince Haakon Sund, Prime Minister Ola Berg and business leaders.", "Haakon Sund"),
    # said or done at another time
    ("Last month, European Commission President Ingrid Falk said the Union would fund the corridor.", "Ingrid Falk"),
    ("The leaders met only weeks after each had held a summit of their own with Chinese President Wei Long.", "Wei Long"),
    # protocol on arrival, a predecessor
    ("On arrival, the guests were welcomed at the airport by Culture Minister Kari Lunde.", "Kari Lunde"),
    ("Berg recalled that his predecessor, Prime Minister Jens Aasen, had proposed the format.", "Jens Aasen"),
    ("The format was founded in 2004 by the late President Rune Dahl.", "Rune Dahl"),
    # only the owner of what is spoken of
    ("Berg urged the parties to respond to President Kim Dae-ho's offer of talks.", "Kim Dae-ho"),
    ("The corridor was first proposed during Prime Minister Jonas Dahl's visit to Astana.", "Jonas Dahl"),
])
def test_a_person_every_mention_sets_aside_takes_no_part(read, sentence, outsider):
    assert outsider not in participants(read(OPENING + sentence))


@pytest.mark.parametrize("sentence, insider", [
    # talks on the sidelines or called bilateral happen at the meeting
    ("On the sidelines, Berg held talks with Kyrgyz President Aibek Toktomatov.", "Aibek Toktomatov"),
    ("Berg held separate bilateral talks with Uzbek President Olim Rashidov.", "Olim Rashidov"),
    # a group met, its members named after it
    ("Berg met with the leaders of the five countries, including Kazakh President Nurlan Abenov.", "Nurlan Abenov"),
    # one mention of taking part is enough
    ("Kazakh President Nurlan Abenov addressed the summit. Earlier, Berg met with Abenov.", "Nurlan Abenov"),
    # the summit held with someone is one they attend
    ("Berg hosted the summit with Kazakh President Nurlan Abenov and Uzbek President Olim Rashidov.", "Olim Rashidov"),
    # a year long past later in the sentence says nothing of the person's time
    ("President Olim Rashidov recalled ties set up in 1992.", "Olim Rashidov"),
])
def test_a_person_named_taking_part_stays_a_participant(read, sentence, insider):
    assert insider in participants(read(OPENING + sentence))


def test_the_host_of_the_meeting_stays_a_participant(read):
    assert "Ola Berg" in participants(read(OPENING + "Berg later met with Danish Prime Minister Mette Holm."))


def test_a_sentence_opening_on_a_year_before_the_reports_tells_of_another_time():
    text = OPENING + "In March 2019, Swedish Foreign Minister Anna Lind announced a similar plan."
    extraction = extract(text, gazetteer=Gazetteer.standard(), published=dt.date(2025, 5, 2))
    assert "Anna Lind" not in participants(extraction)


@pytest.mark.parametrize("sentence, outsider", [
    ("The summit matters, said Erik Moe, head of department at the Institute of Strategic Studies in Oslo.", "Erik Moe"),
    ("The summit went well, according to Per Vik, the president's press secretary.", "Per Vik"),
    ("Former Prime Minister Knut Aas sent greetings to the summit.", "Knut Aas"),
])
def test_commentators_spokesmen_and_former_holders_take_no_part(read, sentence, outsider):
    assert outsider not in participants(read(OPENING + sentence))


def test_a_name_broken_by_a_line_wrap_is_read_whole(read):
    text = OPENING + "The summit was attended by European Council President Antonio\nFerreira, among others."
    assert "Antonio Ferreira" in participants(read(text))


@pytest.mark.parametrize("sentence, outsider", [
    # a past summit, told in the sentence before the name
    ("Berg noted that he had joined the last two summits at the invitation of Danish Prime Minister Mette Holm.", "Mette Holm"),
    ("At the preceding meeting, Swedish Foreign Minister Anna Lind had chaired the talks.", "Anna Lind"),
    # only whose visit it was, the preposition opening the sentence
    ("During Finnish President Kari Lehtonen's visit to Astana, the corridor was agreed.", "Kari Lehtonen"),
    ("After Danish Prime Minister Mette Holm's trip, the fund grew.", "Mette Holm"),
])
def test_a_person_of_a_past_meeting_or_only_the_owner_of_a_visit_takes_no_part(read, sentence, outsider):
    assert outsider not in participants(read(OPENING + sentence))


def test_a_person_told_at_the_meeting_itself_stays_a_participant(read):
    text = OPENING + "During the session, Danish Prime Minister Mette Holm presented the plan."
    assert "Mette Holm" in participants(read(text))


@pytest.mark.parametrize("sentence, outsider", [
    ("Before the summit, Berg signed several agreements with Finnish President Kari Lehtonen in Helsinki.", "Kari Lehtonen"),
    ("In Copenhagen, Berg is to sign deals with Danish Prime Minister Mette Holm on shipping.", "Mette Holm"),
])
def test_the_other_side_of_agreements_signed_on_a_visit_takes_no_part(read, sentence, outsider):
    assert outsider not in participants(read(OPENING + sentence))


def test_agreements_signed_on_the_sidelines_keep_their_signer_a_participant(read):
    sentence = "On the sidelines, Berg signed two agreements with Kyrgyz President Aibek Toktomatov."
    assert "Aibek Toktomatov" in participants(read(OPENING + sentence))


UPCOMING = "The first Central Asia plus Norway summit will be held in Bergen next June. "


@pytest.mark.parametrize("sentence, insider", [
    ("Prime Minister Ola Berg will chair the summit.", "Ola Berg"),
    ("The summit will be attended by Kazakh President Nurlan Abenov and Uzbek President Olim Rashidov.", "Olim Rashidov"),
    ("Kyrgyz President Aibek Toktomatov, who took office last year, is expected to attend.", "Aibek Toktomatov"),
    ("The talks will be held under the chairmanship of Prime Minister Ola Berg.", "Ola Berg"),
])
def test_a_person_said_to_take_part_in_a_meeting_to_come_is_its_participant(read, sentence, insider):
    assert insider in participants(read(UPCOMING + sentence))


@pytest.mark.parametrize("sentence, outsider", [
    ("Kyrgyz President Aibek Toktomatov welcomed the proposal to hold the summit.", "Aibek Toktomatov"),
    ("Foreign Minister Kari Lunde discussed the preparations with her Kazakh counterpart in Oslo.", "Kari Lunde"),
    ("The date was agreed at the invitation of Uzbek President Olim Rashidov.", "Olim Rashidov"),
])
def test_a_person_who_only_prepares_or_backs_a_meeting_to_come_takes_no_part(read, sentence, outsider):
    assert outsider not in participants(read(UPCOMING + sentence))


def test_a_person_of_a_meeting_held_needs_no_word_of_attending(read):
    assert "Aibek Toktomatov" in participants(read(OPENING + "Kyrgyz President Aibek Toktomatov welcomed the plan."))


@pytest.mark.parametrize("sentence, outsider", [
    ("The corridor was agreed last January by Danish Prime Minister Mette Holm during her visit to Oslo.", "Mette Holm"),
    ("Last autumn, Finnish President Kari Lehtonen proposed a similar plan.", "Kari Lehtonen"),
])
def test_a_person_of_a_named_past_month_or_season_takes_no_part(read, sentence, outsider):
    assert outsider not in participants(read(OPENING + sentence))


@pytest.mark.parametrize("sentences, outsider", [
    ("Berg also met with Danish Prime Minister Mette Holm in Copenhagen.\n\nDuring the talks, Holm praised the ties.", "Mette Holm"),
    ("Berg later held talks with Finnish President Kari Lehtonen in Helsinki. In the course of the conversation, Lehtonen "
     "backed the corridor.", "Kari Lehtonen"),
])
def test_talks_told_in_the_next_sentence_are_those_held_elsewhere(read, sentences, outsider):
    assert outsider not in participants(read(OPENING + sentences))


def test_talks_told_after_a_sentence_of_the_meeting_keep_the_speaker_a_participant(read):
    text = OPENING + "Danish Prime Minister Mette Holm addressed the summit. During the talks, Holm praised the ties."
    assert "Mette Holm" in participants(read(text))
