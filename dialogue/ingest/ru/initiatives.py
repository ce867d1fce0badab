"""Initiatives a Russian report says a party proposed, set up or launched: "предложил создать Центр по борьбе с
опустыниванием", "договорились запустить платформу ...". Action plans adopted are initiatives too (NOTES.md).

The title is the head noun with the adjectives before it put in the nominative and the words after it as
written, up to the clause's end; the proposer is the country of the person, or the country, the sentence
opens with, or the one the words of the sentence stand for ("он", a quotation's "мы"; proposers.py).
"""

from __future__ import annotations

import re

from dialogue.ingest.facts import DocumentFact, InitiativeFact, PersonFact, Quote
from dialogue.ingest.ru.morph import Sentence, inflect, parses
from dialogue.ingest.ru.places import Place
from dialogue.ingest.ru.proposers import Around, proposer_of

HEADS = {"центр", "платформа", "площадка", "программа", "механизм", "инициатива", "фонд", "секретариат", "маршрут", "коридор",
         "сообщество", "совет", "политика", "стратегия", "проект"}
# Heads that are an initiative only with a name in quotes after them: "инициатива «Новая северная политика»"; else
# "инициатива ... по созданию центра" names the initiative by the head after it.
NAMED_ONLY = {"политика", "стратегия", "совет", "инициатива", "проект"}
# Verbs of backing what another put forward: the head after them is an initiative proposed by none in particular (NOTES.md).
SUPPORTED = {"поддержать", "поддерживать", "приветствовать", "отметить", "обсудить", "рассмотреть", "подчеркнуть"}
# "одобрили создание нового формата встреч С5+Норвегия", "учреждение диалога в формате «Центральная Азия – Норвегия»"
_FORMAT = re.compile(r"(?i)\b(?:создани|учреждени|созда|учред|запуск|одобр\w+ сотрудничеств|одобр\w+ взаимодейств)\w*"
                     r"(?:\s+[а-яё]+){0,4}?\s+формат\w*(?:\s+[а-яё]+){0,2}?\s+(?:[«\"“](?P<quoted>[^»\"”]{2,60})[»\"”]|(?P<c5>[СC]\s?5\s?\+\s?\d))")
# A proposal to hold an event: "предложил провести в Бишкеке форум молодых инженеров ...", "с инициативой проведения форума".
_EVENT = re.compile(r"(?i)\b(?:предлож\w*\s+(?:провести|организовать|проводить)|инициатив\w*\s+(?:о\s+|по\s+)?(?:проведени|организаци)\w*)"
                    r"\s+(?:в\s+[А-ЯЁ][\w-]+\s+)?")
_LAUNCHED = re.compile(r"(?i)\b(?:предлаг|предлож|выдвин|созда|учред|учрежд|запуст|запуск|запущ|открыт|иницииров|разработ|инициатив)")
_QUOTED = re.compile(r"\s*[«\"“]([^»\"”]{3,80})[»\"”]")
_LONGEST = 12
_STOP_POS = {"VERB", "INFN", "CONJ", "PRTS", "GRND"}


def find_initiatives(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact],
                     nearby: Around = Around()) -> list[InitiativeFact]:
    launched = _LAUNCHED.search(text, sentence.start, sentence.end)
    if not launched:
        return _formats(text, sentence)
    tokens, found = sentence.tokens, [*_formats(text, sentence), *_events(text, sentence, places, people, nearby),
                                      *_years(text, sentence, places, people, nearby)]
    found += _created(text, sentence, places, people, found, nearby)
    cues = [m.start() for m in _LAUNCHED.finditer(text, sentence.start, sentence.end)]
    i = 0
    while i < len(tokens):
        head = tokens[i]
        if head.lemma not in HEADS or head.start < launched.start() or parses(head.text)[0].tag.number == "plur" \
                or any(q.start <= head.start < q.end for f in found for q in f.quotes):
            i += 1
            continue
        cue = max((c for c in cues if c < head.start), default=launched.start())
        backed = any(cue < t.start < head.start and t.lemma in SUPPORTED for t in tokens)  # "предложил создать ..., поддержал маршрут"
        quoted = _QUOTED.match(text, head.end, sentence.end)
        if head.lemma in NAMED_ONLY and not quoted:
            i += 1
            continue
        if quoted and head.lemma in NAMED_ONLY:  # the name in quotes is the title
            found.append(InitiativeFact(title=quoted.group(1).strip(), proposed_by=proposer_of(text, sentence, places, people, launched.start(), nearby),
                                        quotes=[Quote(head.start, quoted.end(), text[head.start : quoted.end()])]))
            i += 1
            continue
        first = i
        while first > 0 and parses(tokens[first - 1].text)[0].tag.POS == "ADJF" and tokens[first - 1].start > launched.end():
            first -= 1
        last = i
        while last + 1 < len(tokens) and last - i < _LONGEST and not _cut(text, tokens[first].start, tokens[last].end, tokens[last + 1].start) \
                and (parses(tokens[last + 1].text)[0].tag.POS not in _STOP_POS or _joined(tokens, last)):
            last += 1
        gender = parses(head.text)[0].tag.gender
        words = [inflect(t.text.lower() if not t.text.isupper() else t.text, None, frozenset({"nomn", "sing"}), gender) for t in tokens[first:i]]
        end = _closed(text, tokens[first].start, tokens[last].end)
        title = " ".join([*words, inflect(head.text, None, frozenset({"nomn", "sing"}))]) + text[head.end : end]
        found.append(InitiativeFact(title=title[:1].upper() + title[1:] if tokens[first].capitalised else title,
                                    proposed_by=None if backed else proposer_of(text, sentence, places, people, launched.start(), nearby),
                                    quotes=[Quote(tokens[first].start, end, text[tokens[first].start : end])]))
        i = last + 1
    return found


# Setting a body up, whatever the body: "предложил учредить консорциум", "инициативу по созданию хаба".
_CREATE = re.compile(r"(?i)\b(?:создать|создавать|учредить|сформировать|запустить|основать|разработать|разработк[аиу]|созда(?:ни[еяюи]|ть)|учреждени[еяюи]|"
                     r"формировани[еяюи]|запуск[аеу]?|учрежд[её]н[аоы]?|создан[аоы]?|запущен[аоы]?|выстроить|выстраивать|выстраивани[еяюи])\s+")
_PROPOSING = re.compile(r"(?i)\b(?:предлаг|предлож|выдвин|инициатив|иницииров|призв|договори[лв])")
# Heads that name no body set up: "создать условия", "сформировать основу".
NOT_BODIES = {"условие", "возможность", "основа", "база", "атмосфера", "предпосылка", "место", "климат", "потенциал", "почва",
              "отношение", "связь", "доверие"}


def _created(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact], found: list[InitiativeFact],
             nearby: Around) -> list[InitiativeFact]:
    """Bodies a sentence of proposing says to set up: the adjectives and the noun after the verb, then the words up to the
    clause's end and a name in quotes; more of them after a comma or "и" in the same case ("клуб, парк и консорциум")."""
    proposing = _PROPOSING.search(text, sentence.start, sentence.end)
    if not proposing:
        return []
    tokens, made = sentence.tokens, []
    for match in _CREATE.finditer(text, sentence.start, sentence.end):
        first, cases = next((n for n, t in enumerate(tokens) if t.start >= match.end()), len(tokens)), None
        if first < len(tokens) and parses(tokens[first].text)[0].tag.POS == "PREP":  # "создать на этот счёт рабочую группу"
            first = next((n for n in (first + 2, first + 3) if n < len(tokens) and parses(tokens[n].text)[0].tag.POS == "ADJF"
                          and "accs" in tokens[n].cases()), len(tokens))
        while (body := _body(text, tokens, first, cases, [*found, *made])) is not None:
            head, last, end = body
            title = _nominal(tokens[first : head + 1]) + text[tokens[head].end : end]
            made.append(InitiativeFact(title=title[:1].upper() + title[1:] if tokens[first].capitalised else title,
                                       proposed_by=proposer_of(text, sentence, places, people, min(proposing.start(), match.start()), nearby),
                                       quotes=[Quote(tokens[first].start, end, text[tokens[first].start : end])]))
            cases = cases or tokens[head].cases()
            first = last + 1
            if first < len(tokens) and tokens[first].text == "и":
                first += 1
                if first < len(tokens) and _CREATE.match(tokens[first].text + " "):
                    break  # "создавать цепочки и выстраивание схем": a second action, read from its own verb
            elif first >= len(tokens) or text[tokens[last].end : tokens[first].start].strip() not in (",", "»,"):
                break
    return made


def _body(text: str, tokens: tuple, first: int, cases: set[str] | None, found: list[InitiativeFact]) -> tuple[int, int, int] | None:
    """The head, the last token and the end of a body's name that opens at first, or None: a singular noun after at most
    three adjectives, in one of the cases given, not a word of setting no body up and not inside a title already found."""
    head = first
    while head < len(tokens) and head - first < 3 and parses(tokens[head].text)[0].tag.POS in ("ADJF", "PRTF"):
        head += 1
    if head >= len(tokens):
        return None
    top = parses(tokens[head].text)[0].tag
    # A word the dictionary lacks is a noun after adjectives: "транспортный хаб".
    unknown = top.POS is None and head > first and re.fullmatch(r"[а-яё]+", tokens[head].text) is not None
    # A plural is a body only with its adjectives: "новые транспортные коридоры", not "создать группы".
    if top.POS != "NOUN" and not unknown or tokens[head].lemma in NOT_BODIES or top.number == "plur" and head == first or cases is not None and not cases & tokens[head].cases() \
            or any(q.start <= tokens[head].start < q.end for f in found for q in f.quotes):
        return None
    last = head
    while last + 1 < len(tokens) and last - head < _LONGEST and not _cut(text, tokens[first].start, tokens[last].end, tokens[last + 1].start) \
            and (parses(tokens[last + 1].text)[0].tag.POS not in _STOP_POS or _joined(tokens, last)):
        last += 1
    return head, last, _closed(text, tokens[first].start, tokens[last].end)


def _inside_quotes(text: str, opened: int, at: int) -> bool:
    return text.count("«", opened, at) > text.count("»", opened, at) or text.count('"', opened, at) % 2 == 1


def _closed(text: str, opened: int, end: int) -> int:
    """The end of a title, past the closing quote of a name it opened: «Центральная Азия – Норвегия»."""
    if text[end : end + 1] and text[end] in "»\"”" and _inside_quotes(text, opened, end):
        return end + 1
    return end


def _cut(text: str, opened: int, end: int, after: int) -> bool:
    """Whether a title that opened at opened ends between end and after: at a comma, colon or bracket, but not at one
    inside a name in quotes («Центральная Азия – Норвегия: инвестиции в будущее»)."""
    gap = text[end:after]
    if _inside_quotes(text, opened, end):
        close = next((n for n, c in enumerate(gap) if c in "»\"”"), None)
        if close is None:
            return False
        gap = gap[close + 1 :]
    return bool(re.search(r"[,;:.()]", gap))


def _nominal(words: tuple) -> str:
    """Adjectives and their noun in the nominative, the noun read in a case its adjectives share ("транспортного хаба")."""
    shared = words[0].cases() if len(words) > 1 else None
    many = shared is not None and parses(words[0].text)[0].tag.number == "plur"  # "новые цепочки", not "цепочка"
    noun = next((p for p in parses(words[-1].text) if p.tag.POS == "NOUN" and p.tag.number == ("plur" if many else "sing")
                 and (shared is None or p.tag.case in shared)), parses(words[-1].text)[0])
    number = "plur" if noun.tag.number == "plur" and len(words) > 1 else "sing"  # "новые транспортные коридоры" stay many
    case, gender = noun.tag.case, noun.tag.gender
    if noun.tag.POS is None and shared:  # a word the dictionary lacks ("хаб"): its adjectives say its case and gender
        case = next(c for c in ("nomn", "accs", *sorted(shared)) if c in shared)
        gender = next(p.tag.gender for p in parses(words[0].text) if p.tag.case == case)
    named = [inflect(t.text.lower(), case, frozenset({"nomn", number}), gender) for t in words[:-1]]
    return " ".join([*named, inflect(words[-1].text, case, frozenset({"nomn", number}), gender)])


def _joined(tokens: tuple, last: int) -> bool:
    """"и" inside a title joins two words of one case ("по обмену и сотрудничеству", "экологии и переподготовки"),
    not two actions ("создать центр и провести форум") nor two names ("Деловой клуб и Научный консорциум")."""
    if tokens[last + 1].text != "и" or last + 2 >= len(tokens) or _CREATE.match(tokens[last + 2].text + " "):
        return False
    after = parses(tokens[last + 2].text)[0].tag
    shared = tokens[last].cases() & tokens[last + 2].cases()
    if after.POS == "ADJF" and tokens[last + 2].capitalised and not shared - {"nomn", "accs"}:
        return False  # "учредить Деловой клуб и Научный консорциум": a second name
    return after.POS in ("NOUN", "ADJF") and bool(shared)


def _formats(text: str, sentence: Sentence) -> list[InitiativeFact]:
    """A format the sides set up or approved: its name is the initiative's title, proposed by none in particular."""
    if "формат" not in sentence.lemmas:
        return []
    return [InitiativeFact(title=(m.group("quoted") or m.group("c5")).strip(), proposed_by=None,
                           quotes=[Quote(m.start(), m.end(), m.group(0))]) for m in _FORMAT.finditer(text, sentence.start, sentence.end)]


# A year proposed to be declared one of something: "предложил объявить 2027 год Годом чистой воды".
_YEAR_OF = re.compile(r"(?i)\bобъяв\w*\s+(?:20\d\d\s+года?\s+)?(?P<year>Год(?:ом|а)?)\s+(?P<rest>[^,;:.()]{3,80})")


def _years(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact], nearby: Around) -> list[InitiativeFact]:
    """A year of something a side proposed to declare: its title is "Год" and the words after it up to the clause's end."""
    proposing = _PROPOSING.search(text, sentence.start, sentence.end)
    return [InitiativeFact(title=f"Год {m.group('rest').strip()}", proposed_by=proposer_of(text, sentence, places, people, proposing.start(), nearby),
                           quotes=[Quote(m.start("year"), m.end(), text[m.start("year") : m.end()])])
            for m in _YEAR_OF.finditer(text, sentence.start, sentence.end) if proposing and proposing.start() < m.start()]


def _events(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact], nearby: Around) -> list[InitiativeFact]:
    """An event someone proposed to hold, its words up to the clause's end, the first ones put in the nominative."""
    found = []
    for match in _EVENT.finditer(text, sentence.start, sentence.end):
        words = [t for t in sentence.tokens if t.start >= match.end()]
        cut = next((n for n, t in enumerate(words) if n and (re.search(r"[,;:.(]", text[words[n - 1].end : t.start])
                                                             or parses(t.text)[0].tag.POS in ("VERB", "GRND"))), len(words))  # "... выступила Норвегия"
        words = words[:cut]
        head = next((n for n, t in enumerate(words) if parses(t.text)[0].tag.POS == "NOUN"), None)
        if head is None or words[head].lemma not in EVENTS or len(words) == 1:  # "за инициативу проведения саммита": the meeting itself
            continue
        if {t.lemma for t in words[:head]} & {"следующий", "очередной"}:  # "провести следующий саммит в Астане": the format's next meeting
            continue
        gender = parses(words[head].text)[0].tag.gender
        named = [inflect(t.text, None, frozenset({"nomn", "sing"}), gender) for t in words[:head]] + [inflect(words[head].text, None, frozenset({"nomn", "sing"}))]
        title = " ".join(named) + text[words[head].end : words[-1].end]
        found.append(InitiativeFact(title=title, proposed_by=proposer_of(text, sentence, places, people, match.start(), nearby),
                                    quotes=[Quote(words[0].start, words[-1].end, text[words[0].start : words[-1].end])]))
    return found


EVENTS = {"встреча", "форум", "конференция", "саммит", "выставка", "фестиваль", "совещание", "заседание", "диалог", "неделя", "год"}


def plans(documents: list[DocumentFact]) -> list[InitiativeFact]:
    """An action plan adopted at a meeting is also an initiative of the format, proposed by none in particular."""
    return [InitiativeFact(title=d.kind, proposed_by=None, quotes=d.quotes) for d in documents if d.category == "action plan"]
