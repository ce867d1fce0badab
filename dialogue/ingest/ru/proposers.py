"""Who put an initiative forward in a Russian report: the person or country the sentence names as proposing it ("Токаев
предложил ...", "по инициативе Кыргызстана"), or right after the verb ("Создать центр предложил Узбекистан"), else the
person its words stand for: "он" the person just named, "глава государства" the head of state the report opened with, a
quotation's "мы" the person it quotes. One who backs what another put forward ("поддержал инициативу Узбекистана")
is no proposer; the owner the words name ("инициатива Узбекистана", "выдвинутая Казахстаном") is.
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
_HEADING = re.compile(r"(?i)\b(?:(?:выдвину|внес|внёс|внесл|предложи|предлага|озвучи|выступи|анонсирова)\w*\s+(?:со?\s+)?(?:ряд\w*|нескольк\w+|следующ\w+|"
                      r"конкретн\w+)\s+(?:[а-яё]+\s+)?(?:инициатив|предложени|мер|иде|шаг|мероприяти)|(?:предложи|предлага|выдвину)\w*\s*:\s*$)")
# How one of the proposals listed opens: "Во-первых, ...", "Второе – ...", "Кроме того, ...".
_ITEM = re.compile(r"(?i)(?:во-первых|во-вторых|в-третьих|в-четв[её]ртых|в-пятых|первое|второе|третье|четв[её]ртое|кроме того|также|"
                   r"в частности|помимо этого|речь ид[её]т|в их числе|среди них)\b")


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
    sentence n opens as one of them ("Во-первых, ...", "Речь идёт о ...", "— создание ...", "2. Учредить ...") and only such
    sentences stand between."""
    if not _item(text, found, n):
        return None
    for k in range(n - 1, max(-1, n - 9), -1):
        heading = _HEADING.search(text, found[k].start, found[k].end + 1)
        if heading:
            return _named(text, found[k], places[k], mentioned[k], heading.start())
        if not _item(text, found, k):
            return None
    return None


_BULLET = re.compile(r"[—–•·*-]\s*$|^\s*\d{1,2}\s*[.)]\s*$")


def _item(text: str, found: list[Sentence], k: int) -> bool:
    """Whether sentence k opens as one of the proposals of a list: a word of listing, a bullet or a number before it, or
    it is a bare number ("1." cut off as a sentence of its own)."""
    sentence = found[k]
    if _ITEM.match(text, sentence.start) or re.fullmatch(r"\d{1,2}", " ".join(t.text for t in sentence.tokens)):
        return True
    opened = text.rfind("\n", 0, sentence.start) + 1
    gap = text[max(opened, found[k - 1].end if k else 0) : sentence.start]
    if _BULLET.search(gap) or k and re.fullmatch(r"\d{1,2}", " ".join(t.text for t in found[k - 1].tokens)):
        return True
    if k and "\n" in text[found[k - 1].tokens[-1].end : sentence.start] \
            and re.match(r"[^\w\n]*[:;]\s*\n", text[found[k - 1].tokens[-1].end : sentence.start]):
        return True  # a line after "... ряд инициатив:" or after another item closed by ";"
    return len(sentence.tokens) > 1 and sentence.tokens[0].text.isdigit() and text[sentence.tokens[0].end : sentence.tokens[1].start].strip() in (".", ")")


def proposer_of(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact], verb: int,
                nearby: Around = Around(), at: int | None = None) -> str | None:
    """The named proposer of the initiative whose title starts at at, else the one the words before the verb stand for.
    One who only backs what is proposed ("Узбекистан поддержал инициативу Казахстана ...") is no proposer: then only the
    owner the words name counts."""
    backing = _backing(sentence, verb)
    if backing is not None:
        return _owner(text, sentence, places, people, backing, at)
    return _named(text, sentence, places, people, verb, at) or _inverted(text, sentence, places, people) \
        or _referred(text, sentence, verb, people, nearby)


# Verbs of backing what another put forward: their subject supports, it does not propose.
_BACKING = {"поддержать", "поддерживать", "приветствовать", "одобрить", "одобрять", "обсудить", "обсуждать", "рассмотреть",
            "оценить", "поблагодарить", "благодарить"}
# Words whose genitive, or whose participle's instrumental, names the owner: "инициатива Казахстана", "выдвинутая Японией".
_OWNED = {"инициатива", "предложение", "идея"}
_OWNER_POSTS = {"президент", "премьер-министр", "министр", "глава", "лидер", "канцлер", "премьер", "председатель", "сторона"}


def _backing(sentence: Sentence, verb: int) -> int | None:
    """Where a verb of backing stands before the cue of proposing with no verb of proposing between: its end."""
    for token in reversed([t for t in sentence.tokens if t.start <= verb]):
        pos = parses(token.text)[0].tag.POS
        if token.lemma in _PUT_FORWARD and pos == "VERB":
            return None
        if token.lemma in _BACKING and pos == "VERB":
            return token.end
    return None


def _owner(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact], after: int = 0,
           at: int | None = None) -> str | None:
    """The person or country whose initiative or proposal it is, named after "инициатива", "предложение" or "идея"
    ("по инициативе Кыргызстана", "по инициативе президента Туркменистана", "предложение Узбекистана о ..."), or in the
    instrumental after a participle of putting forward ("выдвинутая Казахстаном", "предложенный президентом Японии").
    With the title's start, only owner words before it, nearest first, or a participle after it, in the same clause of
    proposing count: "предложил создать центр и поддержал инициативу Узбекистана о ..." names no owner of the centre."""
    tokens = sentence.tokens
    marks = [n for n, t in enumerate(tokens) if t.start >= after and _mark(tokens, n) is not None]
    if at is not None:
        before = [n for n in marks if tokens[n].start < at][::-1]
        later = [n for n in marks if tokens[n].start > at and _mark(tokens, n) == "ablt"][:1]
        marks = [n for n in before + later if not _clash(tokens, min(tokens[n].start, at), max(tokens[n].start, at))]
    return next((code for n in marks if (code := _owner_at(text, sentence, places, people, n)) is not None), None)


def _mark(tokens: tuple, n: int) -> str | None:
    """The case an owner takes after token n, if it is a word of owning ("инициативу", "по словам") or a participle of
    putting forward ("выдвинутая", "внесено")."""
    token, pos = tokens[n], parses(tokens[n].text)[0].tag.POS
    if token.lemma in _OWNED and pos == "NOUN" or token.lemma in ("слово", "мнение") and n and tokens[n - 1].text.lower() == "по":
        return "gent"
    if token.lemma in _PUT_FORWARD | {"озвучить"} and pos in ("PRTF", "PRTS"):
        return "ablt"
    return None


def _clash(tokens: tuple, start: int, end: int) -> bool:
    """Whether a verb of putting forward or backing stands between: another clause of proposing."""
    return any(start < t.start < end and t.lemma in _PUT_FORWARD | _BACKING and parses(t.text)[0].tag.POS == "VERB" for t in tokens)


def _owner_at(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact], n: int) -> str | None:
    """The owner the words right after (or the country adjective right before) token n name."""
    tokens, token = sentence.tokens, sentence.tokens[n]
    case = _mark(tokens, n)
    adjective = next((p for p in places if p.demonym and not p.city and 0 <= token.start - p.end <= 1), None)
    if case == "gent" and adjective and token.lemma not in ("слово", "мнение"):  # "узбекское предложение о ...", "казахстанская инициатива"
        return adjective.code
    owner = next((p for p in people if p.country and 0 <= p.quotes[0].start - token.end <= 2), None)
    if owner:
        return owner.country
    state = next((p for p in places if not p.city and 0 <= p.start - token.end <= 2), None)
    if state:
        return state.code
    post = tokens[n + 1] if n + 1 < len(tokens) else None
    if post is not None and post.lemma in _OWNER_POSTS and case in post.cases() and not text[token.end : post.start].strip():
        state = next((p for p in places if not p.city and not p.demonym and 0 < p.start - post.end < 40
                      and not re.search(r"[,;:«»]", text[post.end : p.start])), None)
        if state:  # "по инициативе президента Туркменистана", "выдвинутая главой МИД Японии"
            return state.code
    return None


def _named(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact], verb: int,
           at: int | None = None) -> str | None:
    """The owner the words name ("инициативу премьер-министра Индии ...", "предложение Узбекистана о ..."), a person
    named before the verb, else a country the sentence opens with."""
    owner = _owner(text, sentence, places, people, at=at)
    if owner:
        return owner
    person = next((p for p in people if p.country and sentence.start <= p.quotes[0].start < verb and _nominal_at(sentence, p.quotes[0].start)), None)
    if person:
        return person.country
    country = next((p.code for p in places if p.start < verb and not p.city and p.start - sentence.start < 40
                    and _may_propose(sentence, p)), None)
    # A capital that opens the sentence speaks for its state: "Токио предложил ...", "Пекин выдвинул ...".
    return country or next((p.code for p in places if p.city and p.start == sentence.start and p.start < verb), None) \
        or _clause_subject(text, sentence, places, verb)


def _may_propose(sentence: Sentence, place: Place) -> bool:
    """Whether a country opening the sentence may be who proposes: the subject ("Казахстан", "казахстанская сторона"), or
    the country of a post ("Президент Казахстана", "Глава МИД Узбекистана"), not that of a visit or delegation
    ("Визит делегации Туркменистана ... стал частью подготовки к запуску платформы")."""
    n = next((k for k, t in enumerate(sentence.tokens) if t.start == place.start), None)
    if n is None or place.demonym or "nomn" in sentence.tokens[n].cases():
        return True
    after_preposition = n and parses(sentence.tokens[n - 1].text)[0].tag.POS == "PREP"  # "на встрече с Казахстаном ..."
    agent = _passive(sentence, place.start) and "ablt" in sentence.tokens[n].cases() and not after_preposition  # "Казахстаном было предложено"
    return agent or any(t.lemma in _OWNER_POSTS | _POST_WORDS and (_nominal_at(sentence, t.start) or _passive(sentence, t.start)
                                                                     and "ablt" in t.cases()) for t in sentence.tokens[max(0, n - 3) : n])


def _passive(sentence: Sentence, at: int) -> bool:
    """Whether a short participle of putting forward follows: "... было предложено", "... выдвинута инициатива"."""
    return any(t.start > at and t.lemma in _PUT_FORWARD and parses(t.text)[0].tag.POS == "PRTS" for t in sentence.tokens)


def _nominal_at(sentence: Sentence, at: int) -> bool:
    """Whether the word at at may be in the nominative, a subject: not "с министром ...", "делегации ..."; a word of no
    case the dictionary knows (a foreign name) may."""
    token = next((t for t in sentence.tokens if t.start == at), None)
    return token is None or not token.cases() or "nomn" in token.cases()


_POST_WORDS = {"мид", "правительство", "госсекретарь", "вице-премьер", "заместитель", "представитель", "посол", "спецпредставитель"}


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


def initiator(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact]) -> str | None:
    """Who the sentence calls the initiator: "Инициатором создания формата ... стала Саудовская Аравия", the subject
    right after "стать"."""
    if "инициатор" not in sentence.lemmas:
        return None
    return _inverted(text, sentence, places, people, {"стать", "выступить"})


def _inverted(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact], verbs: set[str] = _PUT_FORWARD) -> str | None:
    """The subject right after a verb of putting forward that follows what was put forward ("Создать центр предложил
    Узбекистан", "Идею ... выдвинула японская сторона"): a person, a country or a side in the nominative."""
    verb = next((t for t in sentence.tokens if t.lemma in verbs and parses(t.text)[0].tag.POS == "VERB"), None)
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
    his = any(t.text.lower() in ("его", "её", "ее") and n + 1 < len(tokens) and tokens[n + 1].lemma in ("инициатива", "предложение", "слово", "мнение")
              for n, t in enumerate(tokens))  # "по его инициативе", "по его словам"
    his = his or any(t.text.lower() in ("им", "ею") and any(u.lemma in _PUT_FORWARD and parses(u.text)[0].tag.POS == "PRTS"
                                                           for u in tokens[n + 1 : n + 4]) for n, t in enumerate(tokens))  # "им было предложено"
    if _HE & set(words) or his or _unsaid([t for t in tokens if t.start <= verb]):
        return nearby.recent[0].country if nearby.recent else None  # the subject of the sentence before, named first
    post = next((role for n in range(len(words)) for title, role in _POSTS.items()
                 if " ".join(words[n : n + len(title.split())]) == title and _subject(words, n)), None)
    if post:
        return next((p.country for p in nearby.earlier if p.role and post in p.role.lower() and p.country), None)
    listed = _ITEM.match(text, sentence.start)  # "Второе – учреждение ...": the word of listing is no subject
    rest = [t for t in before if not listed or t.start >= listed.end()]
    return nearby.heading if not any(_nominative(rest, n) and t.lemma != "речь" for n, t in enumerate(rest)) else None  # "Также стороны ..."


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
    if said:
        return _said_by(text, said.end(), sentence.end, people, nearby)
    after = nearby.following_sentence
    if after is None or "«" in text[verb : sentence.end] or "»" in text[verb : sentence.end]:
        return None
    said = _SAID.search(text, after.start, after.end)
    if said is None or "«" in text[after.start : said.start()]:
        return None
    return _said_by(text, said.end(), after.end, list(nearby.following), nearby)


def _said_by(text: str, said: int, end: int, people: list[PersonFact], nearby: Around) -> PersonFact | None:
    """Who "», — заявил ..." names: a person, "он" the person named before the quotation, or a head of state or
    government by post alone ("— сказал глава государства"), the first the report named with that post."""
    if re.match(r"\s+(?:он|она)\b", text[said:end]):
        return nearby.recent[0] if nearby.recent else None
    person = next((p for p in people if said <= p.quotes[0].start <= said + 80), None)
    if person is not None:
        return person
    words = re.findall(r"[а-яё-]+", text[said:end].lower())
    post = next((role for title, role in _POSTS.items() if words[: len(title.split())] == title.split()), None)
    return next((p for p in nearby.earlier if post and p.role and post in p.role.lower() and p.country), None)


def _open_quote(text: str, start: int, end: int) -> int | None:
    """Where a quotation that opens between start and end and stays open by end begins."""
    if text.find("«", start, end) == -1:
        return None  # most stretches quote nothing
    depth, opened = 0, None
    for mark in _GUILLEMETS.finditer(text, start, end):
        at = mark.start()
        if text[at] == "«":
            depth, opened = depth + 1, at if depth == 0 else opened
        elif depth:
            depth -= 1
    return opened if depth else None


_GUILLEMETS = re.compile("[«»]")
