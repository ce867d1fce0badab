"""Who put an initiative forward in a Russian report: the person or country the sentence names as proposing it ("Токаев
предложил ...", "по инициативе Кыргызстана"), or right after the verb ("Создать центр предложил Узбекистан"), else the
person its words stand for: "он" the person just named, "глава государства" the head of state the report opened with, a
quotation's "мы" the person it quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dialogue.ingest.facts import PersonFact
from dialogue.ingest.ru.morph import Sentence, parses
from dialogue.ingest.ru.places import Place


@dataclass(frozen=True)
class Around:
    """The people of the sentences around one, in the order the report names them: whom its "он", "глава государства"
    or a quotation's "мы" stands for."""

    earlier: tuple[PersonFact, ...] = ()  # every person named before the sentence
    recent: tuple[PersonFact, ...] = ()  # those of the sentence just before
    quoting: tuple[PersonFact, ...] = ()  # those of the sentence before, named before a quotation it opens and leaves open
    following: tuple[PersonFact, ...] = ()  # those of the sentence after
    following_sentence: Sentence | None = None
    heading: str | None = None  # who put forward the proposals a sentence before announced, the sentence being one of them


# "выдвинул ряд инициатив", "внёс несколько предложений", "озвучил следующие инициативы": proposals listed after.
_HEADING = re.compile(r"(?i)\b(?:выдвину|внес|внёс|внесл|предложи|озвучи|выступи)\w*\s+(?:с\s+)?(?:ряд\w*|нескольк\w+|следующ\w+|"
                      r"конкретн\w+)\s+(?:[а-яё]+\s+)?(?:инициатив|предложени)")
# How one of the proposals listed opens: "Во-первых, ...", "Второе – ...", "Кроме того, ...".
_ITEM = re.compile(r"(?i)(?:во-первых|во-вторых|в-третьих|в-четв[её]ртых|в-пятых|первое|второе|третье|четв[её]ртое|кроме того|также|"
                   r"в частности|помимо этого|речь ид[её]т)\b")


def around(text: str, found: list[Sentence], mentioned: list[list[PersonFact]], n: int, places: dict[int, list[Place]]) -> Around:
    """The people around sentence n, from the people each sentence of the report mentions."""
    before = found[n - 1] if n else None
    opened = before is not None and _open_quote(text, before.start, before.end)
    return Around(heading=_heading(text, found, mentioned, n, places), earlier=tuple(p for group in mentioned[:n] for p in group),
                  recent=tuple(mentioned[n - 1]) if n else (),
                  quoting=tuple(p for p in mentioned[n - 1] if p.quotes[0].start < opened) if opened else (),
                  following=tuple(mentioned[n + 1]) if n + 1 < len(found) else (),
                  following_sentence=found[n + 1] if n + 1 < len(found) else None)


def _heading(text: str, found: list[Sentence], mentioned: list[list[PersonFact]], n: int, places: dict[int, list[Place]]) -> str | None:
    """Who put forward the proposals a sentence just before announced ("Президент Казахстана выдвинул ряд инициатив"), when
    sentence n opens as one of them ("Во-первых, ...", "Речь идёт о ...") and only such sentences stand between."""
    for k in range(n - 1, max(-1, n - 5), -1):
        heading = _HEADING.search(text, found[k].start, found[k].end)
        if heading:
            return _named(text, found[k], places[k], mentioned[k], heading.start()) if _ITEM.match(text, found[n].start) else None
        if not _ITEM.match(text, found[k].start):
            return None
    return None


def proposer_of(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact], verb: int,
                nearby: Around = Around()) -> str | None:
    """The named proposer, else the one the words before the verb stand for."""
    return _named(text, sentence, places, people, verb) or _inverted(text, sentence, places, people) \
        or _referred(text, sentence, verb, people, nearby)


def _named(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact], verb: int) -> str | None:
    """The person or country whose initiative or proposal it is ("инициативу премьер-министра Индии ...", "предложение
    Узбекистана о ..."), a person named before the verb, else a country the sentence opens with."""
    for token in (t for t in sentence.tokens if t.lemma in ("инициатива", "предложение")):
        owner = next((p for p in people if p.country and 0 <= p.quotes[0].start - token.end <= 2), None)
        if owner:
            return owner.country
        owner_state = next((p for p in places if not p.city and 0 <= p.start - token.end <= 2), None)
        if owner_state:  # "по инициативе Кыргызстана", "предложение Узбекистана о создании ..."
            return owner_state.code
    person = next((p for p in people if p.country and sentence.start <= p.quotes[0].start < verb), None)
    if person:
        return person.country
    country = next((p.code for p in places if p.start < verb and not p.city and p.start - sentence.start < 40), None)
    # A capital that opens the sentence speaks for its state: "Токио предложил ...", "Пекин выдвинул ...".
    return country or next((p.code for p in places if p.city and p.start == sentence.start and p.start < verb), None) \
        or _clause_subject(text, sentence, places, verb)


def _clause_subject(text: str, sentence: Sentence, places: list[Place], verb: int) -> str | None:
    """The subject of the verb's clause after a long opening ("Выступая на заседании ..., лидер Узбекистана предложил",
    "На пленарном заседании саммита Президент Казахстана предложил"): the country in the nominative, or a post in the
    nominative with its country, nearest before the verb with no comma between and not inside a name in quotes."""
    opened = max(text.rfind(",", sentence.start, verb), sentence.start)
    tokens = [t for t in sentence.tokens if opened <= t.start < verb]
    found = None
    for n, token in enumerate(tokens):
        if _quoted(text, sentence.start, token.start):
            continue
        place = next((p for p in places if p.start == token.start and not p.city and not p.demonym), None)
        if place and "nomn" in token.cases() and not (n and parses(tokens[n - 1].text)[0].tag.POS == "PREP"):
            found = place.code
        elif token.lemma in _HEADS and "nomn" in token.cases() and not (n and parses(tokens[n - 1].text)[0].tag.POS == "PREP"):
            post = next((p for p in places if not p.city and not p.demonym and any(p.start == u.start for u in tokens[n + 1 : n + 5])
                         and "gent" in next(u for u in tokens if u.start == p.start).cases()), None)
            found = post.code if post else found
    return found


def _quoted(text: str, start: int, at: int) -> bool:
    return _open_quote(text, start, at) is not None


# Verbs of putting forward whose subject may follow them: "С инициативой ... выступил президент Кыргызстана".
_PUT_FORWARD = {"выступить", "внести", "выдвинуть", "предложить", "инициировать", "призвать"}
_HEADS = {"президент", "премьер-министр", "министр", "глава", "лидер", "канцлер", "премьер"}


def _inverted(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact]) -> str | None:
    """The subject right after a verb of putting forward that follows what was put forward ("Создать центр предложил
    Узбекистан", "Идею ... выдвинула японская сторона"): a person, a country or a side in the nominative."""
    verb = next((t for t in sentence.tokens if t.lemma in _PUT_FORWARD and parses(t.text)[0].tag.POS == "VERB"), None)
    if verb is None or verb is sentence.tokens[0]:
        return None
    after = next((t for t in sentence.tokens if t.start > verb.start), None)
    if after is None or text[verb.end : after.start].strip() or "nomn" not in after.cases():
        return None  # "предложил Казахстану ...", "предложил, чтобы ...": no subject there
    person = next((p for p in people if p.country and p.quotes[0].start == after.start), None)
    if person:
        return person.country
    if after.lemma in _HEADS:  # "предложил президент Казахстана": the post's country
        place = next((p for p in places if not p.city and not p.demonym and 0 < p.start - after.end < 40
                      and not re.search(r"[,;:]", text[after.end : p.start])), None)
        return place.code if place else None
    place = next((p for p in places if p.start == after.start and not p.city), None)
    if place and (not place.demonym or _side(text, place.end)):
        return place.code
    return None


def _side(text: str, end: int) -> bool:
    return re.match(r"\s+сторон", text[end : end + 12]) is not None  # "японская сторона"


# "», — заявил ...", "», — подчеркнул в своём выступлении ...": who said the words quoted before.
_SAID = re.compile(r"[»\"”]\s*,?\s*[-–—]\s*(?:[а-яё]+\s+){0,3}?(?:заяви|сказа|отмети|подчеркну|сообщи|добави|поясни|указа|"
                   r"констатирова|призва|предложи)\w*")
_HE = {"он", "она"}
_FIRST_PERSON = {"мы", "я", "предлагаем", "предлагаю", "наш", "наша", "наше", "наши"}
# A head of state or government the sentence names by post alone ("Глава государства предложил ..."): the first person of
# the report with that post, its protagonist.
_POSTS = {"глава государства": "президент", "президент": "президент", "глава правительства": "премьер", "премьер-министр": "премьер"}


def _referred(text: str, sentence: Sentence, verb: int, people: list[PersonFact], nearby: Around) -> str | None:
    """The country of the person the words before the verb stand for, when they name no one."""
    before = [t for t in sentence.tokens if t.end <= verb]
    words = [t.text.lower() for t in before]
    speaker = _speaker(text, sentence, verb, people, nearby)
    if speaker is not None:
        return speaker.country
    if set(words) & _FIRST_PERSON and _open_quote(text, sentence.start, verb) is None and nearby.quoting:
        return nearby.quoting[-1].country  # 'X заявил: «... . Мы предлагаем ...»'
    tokens = sentence.tokens
    his = any(t.text.lower() in ("его", "её", "ее") and n + 1 < len(tokens) and tokens[n + 1].lemma in ("инициатива", "предложение")
              for n, t in enumerate(tokens))  # "по его инициативе"
    if _HE & set(words) or his or _unsaid([t for t in tokens if t.start <= verb]):
        return nearby.recent[0].country if nearby.recent else None  # the subject of the sentence before, named first
    post = next((role for n in range(len(words)) for title, role in _POSTS.items()
                 if " ".join(words[n : n + len(title.split())]) == title and _subject(words, n)), None)
    if post:
        return next((p.country for p in nearby.earlier if p.role and post in p.role.lower() and p.country), None)
    return nearby.heading if not any(_nominative(before, n) and t.lemma != "речь" for n, t in enumerate(before)) else None  # "Также стороны ..."


def _unsaid(before: list) -> bool:
    """Whether the sentence leaves out the subject of its verb of proposing, a past singular one ("Также предложил
    ..."): the person of the sentence before is meant. Nothing before the verb may be a noun or pronoun in the nominative."""
    verbs = [t for t in before if parses(t.text)[0].tag.POS == "VERB"]
    cue = verbs[0] if verbs else None
    if cue is None or {"past", "sing"} - set(parses(cue.text)[0].tag.grammemes) or cue.lemma not in _PUT_FORWARD:
        return False
    return not any(_nominative(before, n) for n, t in enumerate(before) if t.start < cue.start)


def _nominative(tokens: list, n: int) -> bool:
    """Whether a word may be a noun or pronoun in the nominative, a subject, and follows no preposition ("в частности")."""
    if n and parses(tokens[n - 1].text)[0].tag.POS == "PREP":
        return False
    readings = parses(tokens[n].text)
    return readings[0].tag.POS in ("NOUN", "NPRO") and any(p.tag.POS == readings[0].tag.POS and p.tag.case == "nomn" for p in readings)


def _subject(words: list[str], n: int) -> bool:
    """Whether a post opens the clause rather than follows a preposition or another noun ("с президентом ...")."""
    return n == 0 or words[n - 1] in ("также", "затем", "ранее", "же", "и", "кроме", "того", "этом", "частности")


def _speaker(text: str, sentence: Sentence, verb: int, people: list[PersonFact], nearby: Around) -> PersonFact | None:
    """The person quoted, when the verb stands in a quotation the sentence, or the one after it, closes with "», —
    заявил X"."""
    said = _SAID.search(text, verb, sentence.end)
    if said and re.match(r"\s+(?:он|она)\b", text[said.end() : sentence.end]):  # "», — заявил он"
        return nearby.recent[0] if nearby.recent else None
    if said:
        return next((p for p in people if said.end() <= p.quotes[0].start <= said.end() + 80), None)
    after = nearby.following_sentence
    if after is None or "«" in text[verb : sentence.end] or "»" in text[verb : sentence.end]:
        return None
    said = _SAID.search(text, after.start, after.end)
    if said is None or "«" in text[after.start : said.start()]:
        return None
    return next((p for p in nearby.following if said.end() <= p.quotes[0].start <= said.end() + 80), None)


def _open_quote(text: str, start: int, end: int) -> int | None:
    """Where a quotation that opens between start and end and stays open by end begins."""
    depth, opened = 0, None
    for at in range(start, end):
        if text[at] == "«":
            depth, opened = depth + 1, at if depth == 0 else opened
        elif text[at] == "»" and depth:
            depth -= 1
    return opened if depth else None
