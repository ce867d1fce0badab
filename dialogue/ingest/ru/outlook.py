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


def find_bilaterals(text: str, sentence: Sentence, people: list[PersonFact], earlier: list[PersonFact] = ()) -> list[BilateralFact]:
    """Talks between one person and another "с" whom ("провёл переговоры с ...", "встретился с ..."), or between the two
    people a sentence of a two-sided meeting names ("в ходе двусторонней встречи X и Y обсудили"). When the sentence
    names only the guest ("Глава государства проведёт переговоры с ..."), the host is the first person the report named
    before it of another country and name: a news report opens with its protagonist."""
    lemmas = sentence.lemmas
    if not lemmas & TALKS and not (lemmas & {"встреча", "провести"} == {"встреча", "провести"}):
        return []
    cue = next((t for t in sentence.tokens if t.lemma in TALKS | {"встреча"}), None)
    with_ = next((t for t in sentence.tokens if cue and t.start > cue.start and t.text.lower() in ("с", "со")), None)
    if with_ is None:
        pair = people if "двусторонний" in lemmas and len(people) == 2 else []
    else:
        hosts = [p for p in people if p.quotes[0].start < with_.start]
        guests = [p for p in people if p.quotes[0].start > with_.start]
        if not hosts and len(guests) == 1:
            hosts = [p for p in earlier if p.name.split()[-1] != guests[0].name.split()[-1] and p.country != guests[0].country][:1]
        pair = [*hosts, *guests] if len(hosts) == len(guests) == 1 else []
    if len(pair) != 2 or pair[0].country == pair[1].country is not None or pair[0].name == pair[1].name:
        return []
    return [BilateralFact(between=(pair[0].name, pair[1].name), quotes=[Quote(sentence.start, sentence.end, text[sentence.start : sentence.end])])]
