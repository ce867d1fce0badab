"""The next meeting of the format and the bilateral talks a Russian report tells of.

"Следующий саммит пройдёт в Казахстане в 2027 году" gives the next meeting; a sentence of talks
("переговоры", "встретился") that names exactly two people of two countries gives a bilateral meeting.
"""

from __future__ import annotations

import re

from dialogue.ingest.facts import BilateralFact, NextMeetingFact, PersonFact, Quote
from dialogue.ingest.gazetteer import Gazetteer
from dialogue.ingest.ru.meetings import NOUNS, level_of, ordinal_of
from dialogue.ingest.ru.morph import Sentence
from dialogue.ingest.ru.places import Place

NEXT = {"следующий", "очередной"}
TALKS = {"переговоры", "встретиться", "беседа", "разговор", "двусторонний", "переговорить"}
_YEAR = re.compile(r"\b(20\d\d)\s+год")


def find_next_meeting(text: str, sentences: list[Sentence], places: dict[int, list[Place]], gazetteer: Gazetteer) -> NextMeetingFact | None:
    for index, sentence in enumerate(sentences):
        if not (sentence.lemmas & NEXT and sentence.lemmas & NOUNS):
            continue
        here = [p for p in places[index] if not p.demonym]
        city = next((p for p in here if p.city), None)
        country = next((p for p in here if not p.city), None)
        where = city.city if city else gazetteer.name_of(country.code) if country else None
        year = _YEAR.search(text, sentence.start, sentence.end)
        return NextMeetingFact(ordinal=ordinal_of(sentence), where=where, where_country=(city or country).code if where else None,
                               level=level_of(sentence.lemmas), when=year.group(1) if year else None,
                               quotes=[Quote(sentence.start, sentence.end, text[sentence.start : sentence.end])])
    return None


def find_bilaterals(text: str, sentence: Sentence, people: list[PersonFact]) -> list[BilateralFact]:
    """Talks between the two people a sentence names, of two countries ("провёл переговоры с ...")."""
    if not sentence.lemmas & TALKS or len(people) != 2 or people[0].country == people[1].country:
        return []
    return [BilateralFact(between=(people[0].name, people[1].name), quotes=[Quote(sentence.start, sentence.end, text[sentence.start : sentence.end])])]
