"""Shortcuts of extraction that must find what the slower way found: talks' triggers tried only at their first words,
a rule's result shared through the report, a sentence's token looked up."""

import pytest

from dialogue.ingest.gazetteer import Gazetteer
from dialogue.ingest.report import Report
from dialogue.ingest.rules.bilaterals import _WITH, _with_triggers
from dialogue.ingest.rules.bystanders import _only_to_come
from dialogue.ingest.rules.meeting_mentions import find_meeting_mentions

# One sentence of our own for each way _WITH's matches begin, and texts where lower-casing moves letters.
TALKS = [
    "Minister Berg held bilateral talks with Olim Rashidov and will also hold consultations with Aibek Toktomatov.",
    "The visit will include a summit with President Jan Nowak, and Nowak met separately with Eva Horn.",
    "His meeting with Farrukh Nazarov ended early. Berg meets with the envoys; Horn meets Temir Asanaliev today.",
    "After talks with Nowak, Berg attended a bilateral meeting with Horn during a series of meetings with the ministers.",
    "Following meeting Nurlanov, she signed 12 agreements with Uzbekistan in a phone call with Rashidov.",
    "Astana hosted Polish Premier Jan Nowak; Berg talked by phone with Horn and exchanged views with Nowak.",
    "Berg discussed trade and energy with Horn; Nowak's separate meeting with Rashidov followed; they sat down with Horn.",
    "Berg conferred with Horn, paid a courtesy call on Nowak, phoned the Uzbek leader and spoke by phone with Nazarov.",
    "A separate meeting with Horn, face-to-face meeting with Nowak, one-on-one meeting with Berg; negotiations with Asanaliev.",
    "President Nowak received Minister Berg, then received the credentials of Ambassador Horn; telephone talks with Nowak.",
    "İstanbul: Berg held talks with Horn; ſeparate meeting with Nowak, and Berg's meeting with Rashidov.",
    "Nothing here: no talks, no names.",
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.standard()


@pytest.mark.parametrize("text", TALKS)
def test_talks_triggers_are_found_where_a_search_of_the_sentence_finds_them(gazetteer, text):
    report = Report(text, None, gazetteer)
    for sentence in report.sentences:
        expected = [(m.span(), m.group()) for m in _WITH.finditer(sentence.text)]
        assert [(m.span(), m.group()) for m in _with_triggers(report, sentence)] == expected


def test_a_rule_asked_twice_of_one_report_runs_once(gazetteer):
    report = Report("The second ministerial meeting will be held in Oslo next year.", None, gazetteer)
    calls = []

    def rule(given, word):
        calls.append(word)
        return [given.text.count(word)]

    first = report.once(rule, "meeting")
    assert report.once(rule, "meeting") is first and first == [1]
    assert report.once(rule, "Oslo") == [1] and calls == ["meeting", "Oslo"]


def test_people_and_meetings_share_the_meetings_a_report_names(gazetteer):
    report = Report("The second ministerial meeting will be held in Oslo next year.", None, gazetteer)
    assert _only_to_come(report)
    assert report.once(find_meeting_mentions)[0].status == "planned"


@pytest.mark.parametrize("char", [0, 3, 4, 10, 25, 40, 61, 200])
def test_a_sentences_first_token_from_a_character_is_the_one_a_walk_finds(gazetteer, char):
    report = Report("Berg met Horn in Oslo. Then the two leaders held talks on energy.", None, gazetteer)
    for sentence in report.sentences:
        walked = next((t.i for t in report.doc[sentence.start : sentence.end] if t.idx >= char), sentence.end)
        assert report.token_from(sentence, char) == walked
