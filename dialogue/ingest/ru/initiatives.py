"""Initiatives a Russian report says a party proposed, set up or launched: "предложил создать Центр по борьбе с
опустыниванием", "договорились запустить платформу ...". Action plans adopted are initiatives too (NOTES.md).

The title is the head noun with the adjectives before it put in the nominative and the words after it as
written, up to the clause's end; the proposer is the country of the person, or the country, the sentence
opens with, or the one the words of the sentence stand for ("он", a quotation's "мы"; proposers.py).
"""

from __future__ import annotations

import re

from dialogue.ingest.facts import DocumentFact, InitiativeFact, PersonFact, Quote
from dialogue.ingest.ru.meetings import ORDINALS
from dialogue.ingest.ru.morph import Sentence, inflect, parses
from dialogue.ingest.ru.places import Place
from dialogue.ingest.ru.proposers import Around, initiator, proposer_of

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
# An offer to host one: "выразил готовность провести у себя конференцию", "готовы принять у себя форум"; the owner may
# stand between ("инициативу Казахстана о проведении ...").
_EVENT = re.compile(r"(?i)\b(?:(?:предлож|призв|готов)\w*\s+(?:[а-яё]+о\s+)?(?:провести|организовать|проводить|принять\s+у\s+себя)|"
                    r"(?:инициатив|предложени|иницииров)\w*(?:\s+[А-ЯЁ][\w-]+)?\s+(?:о\s+|по\s+)?(?:проведени|организаци)\w*|"
                    r"готов\w*\s+(?:стать\s+)?площадк\w*\s+для\s+(?:проведени|организаци)\w*)"
                    r"(?:\s+у\s+себя)?\s+")
_LAUNCHED = re.compile(r"(?i)\b(?:предлаг|предлож|выдвин|созда|учред|учрежд|запуст|запуск|запущ|открыт|иницииров|разработ|инициатив)")
# What cooperation or a deal is foreseen to bring about is no body proposed: "сотрудничество ... создаст необходимую платформу".
_EFFECT = re.compile(r"(?i)\b(?:сотрудничеств[оа]|взаимодействи[ея]|партн[её]рств[оа]|эт[оа]|соглашени[ея]|решени[ея])\b[^,;:.]{0,80}?"
                     r"\b(?P<verb>создаст|создадут|позволит\s+создать|позволят\s+создать)\b")
_QUOTED = re.compile(r"\s*[«\"“]([^»\"”]{3,80})[»\"”]")
_LONGEST = 12
_STOP_POS = {"VERB", "INFN", "CONJ", "PRTS", "GRND"}


def find_initiatives(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact],
                     nearby: Around = Around()) -> list[InitiativeFact]:
    found = [*_formats(text, sentence, places, people), *_events(text, sentence, places, people, nearby), *_listed_events(text, sentence, nearby)]
    if _history(text, sentence):
        return found
    found += _years(text, sentence, places, people, nearby)
    found += _created(text, sentence, places, people, found, nearby)
    found += _acts(text, sentence, places, people, found, nearby)
    effects = [m.start("verb") for m in _EFFECT.finditer(text, sentence.start, sentence.end)]
    launched = next((m for m in _LAUNCHED.finditer(text, sentence.start, sentence.end) if m.start() not in effects), None)
    if not launched:
        return found
    tokens = sentence.tokens
    cues = [m.start() for m in _LAUNCHED.finditer(text, sentence.start, sentence.end) if m.start() not in effects]
    i = 0
    while i < len(tokens):
        head = tokens[i]
        if head.lemma not in HEADS or head.start < launched.start() or parses(head.text)[0].tag.number == "plur" \
                or head.cases() == {"ablt"} and not _QUOTED.match(text, head.end, sentence.end) \
                or any(q.start <= head.start < q.end or _ALIAS.fullmatch(text, q.end, head.start) for f in found for q in f.quotes):
            i += 1
            continue
        cue = max((c for c in cues if c < head.start), default=launched.start())
        backed = any(cue < t.start < head.start and t.lemma in SUPPORTED for t in tokens)  # "предложил создать ..., поддержал маршрут"
        quoted = _QUOTED.match(text, head.end, sentence.end) or (_owned_name(text, tokens, i, sentence.end) if head.lemma in NAMED_ONLY else None)
        if head.lemma in NAMED_ONLY and not quoted:
            i += 1
            continue
        if quoted and head.lemma in NAMED_ONLY:  # the name in quotes is the title
            found.append(InitiativeFact(title=quoted.group(1).strip(), proposed_by=proposer_of(text, sentence, places, people, cue, nearby, quoted.start()),
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
                                    proposed_by=None if backed else proposer_of(text, sentence, places, people, cue, nearby, tokens[first].start),
                                    quotes=[Quote(tokens[first].start, end, text[tokens[first].start : end])]))
        i = last + 1
    return found


# Another name in brackets right after a title: "маршрут (Средний коридор)".
_ALIAS = re.compile(r"\s*\(\s*(?:[\w-]+\s+){0,2}")


# A body set up in a year gone by, told as background: "в 2015 году был создан Фонд ...", "созданный в 2019 году центр".
_PAST_SETUP = re.compile(r"(?i)\b(?:(?:был[аои]?\s+)?(?:создан|учрежд[её]н|основан|запущен)\w*\s+(?:ещ[её]\s+)?в\s+(?:19|20)\d\d\s+год|"
                         r"(?:ещ[её]\s+)?в\s+(?:19|20)\d\d\s+году?\s+(?:\S+\s+){0,4}?был[аои]?\s+(?:создан|учрежд[её]н|основан|запущен))")


def _history(text: str, sentence: Sentence) -> bool:
    """Whether the sentence tells of a body set up in a year it names, and no one proposes anything in it."""
    return bool(_PAST_SETUP.search(text, sentence.start, sentence.end)) and not _PROPOSING.search(text, sentence.start, sentence.end)


def _owned_name(text: str, tokens: tuple, i: int, end: int) -> re.Match | None:
    """The name in quotes after its owner in the genitive: "инициатива Президента Узбекистана «Зеленый пояс»"."""
    for k in range(i + 1, min(i + 4, len(tokens))):
        if "gent" not in tokens[k].cases() or re.search(r"[^\s]", text[tokens[k - 1].end : tokens[k].start]):
            return None
        quoted = _QUOTED.match(text, tokens[k].end, end)
        if quoted:
            return quoted
    return None


# Setting a body up, whatever the body: "предложил учредить консорциум", "инициативу по созданию хаба".
_CREATE = re.compile(r"(?i)\b(?:создать|создавать|учредить|сформировать|запустить|основать|разработать|разработк[аиу]|созда(?:ни[еяюи]|ть)|учреждени[еяюи]|"
                     r"формировани[еяюи]|запуск[аеу]?|учрежд[её]н[аоы]?|создан[аоы]?|запущен[аоы]?|выстроить|выстраивать|выстраивани[еяюи]|"
                     r"построить|строительств[оаеу]|проложить|открыть|открыти[еяю]|ввести|введени[еяю])\s+")
_PROPOSING = re.compile(r"(?i)\b(?:предлаг|предлож|выдвин|инициатив|иницииров|призв|договори[лв]|(?:выступи|высказа)\w*\s+за\s)")
# Heads that name no body set up: "создать условия", "сформировать основу".
NOT_BODIES = {"условие", "возможность", "основа", "база", "атмосфера", "предпосылка", "место", "климат", "потенциал", "почва",
              "отношение", "связь", "доверие", "страница", "фундамент", "эксплуатация"}


def _created(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact], found: list[InitiativeFact],
             nearby: Around) -> list[InitiativeFact]:
    """Bodies a sentence of proposing says to set up: the adjectives and the noun after the verb, then the words up to the
    clause's end and a name in quotes; more of them after a comma or "и" in the same case ("клуб, парк и консорциум")."""
    proposing = _PROPOSING.search(text, sentence.start, sentence.end)
    if not proposing and nearby.heading is None:  # one of the proposals a sentence before announced needs no verb of its own
        return []
    tokens, made = sentence.tokens, []
    for match in _CREATE.finditer(text, sentence.start, sentence.end):
        # The cue of proposing nearest before the verb: "поддержал инициативу ... и предложил создать центр".
        verb = max((m.start() for m in _PROPOSING.finditer(text, sentence.start, match.start())),
                   default=min(proposing.start(), match.start()) if proposing else match.start())
        first, cases = next((n for n, t in enumerate(tokens) if t.start >= match.end()), len(tokens)), None
        while first + 1 < len(tokens) and tokens[first].text == "и" and parses(tokens[first + 1].text)[0].tag.POS == "INFN":
            first += 2  # "разработать и принять Стратегию ..."
        named = _QUOTED.match(text, match.end())
        if named and first < len(tokens) and tokens[first].start < named.end() and not _taken(named.start(), [*found, *made]):
            made.append(InitiativeFact(title=_named_title(named.group(1).strip(), tokens, first, infinitive=_infinitive(match)),
                                       quotes=[Quote(named.start(), named.end(), named.group(0).strip())],
                                       proposed_by=proposer_of(text, sentence, places, people, verb, nearby, tokens[first].start)))
            continue  # "запустить «Зеленый коридор»": the name in quotes is the title
        if first < len(tokens) and parses(tokens[first].text)[0].tag.POS == "PREP":  # "создать на этот счёт рабочую группу"
            first = next((n for n in (first + 2, first + 3) if n < len(tokens) and parses(tokens[n].text)[0].tag.POS == "ADJF"
                          and "accs" in tokens[n].cases()), len(tokens))
        while (body := _body(text, tokens, first, cases, [*found, *made], _infinitive(match))) is not None:
            head, last, end = body
            title = _nominal(tokens[first : head + 1]) + text[tokens[head].end : end]
            quoted = _QUOTED.match(text, tokens[head].end, sentence.end)
            if head == first and tokens[head].lemma in NAMED_ONLY and quoted and quoted.end() >= end:
                title = quoted.group(1).strip()  # "запустить проект «Цифровой шёлковый путь»": the name is the title
            made.append(InitiativeFact(title=title[:1].upper() + title[1:] if tokens[first].capitalised else title,
                                       proposed_by=proposer_of(text, sentence, places, people, verb, nearby, tokens[first].start),
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


# A proposal of an act, not of a body or an event: "предложил объединить проекты в единую сеть", "внесено предложение
# проводить саммиты раз в два года".
_ACT = re.compile(r"(?i)\bпредлож(?:ил[аи]?|ение|ено)\s+(?P<act>[а-яё]+(?:ть|ти))\s+(?P<rest>[^,;:.()«»\"]{3,120})")
# Acts of talking over, going on or doing more of the same are no initiative: "предложил обсудить ...", "продолжить диалог",
# "углубить сотрудничество"; setting up and holding are read as bodies and events.
_NO_ACT = {"обсудить", "рассмотреть", "подумать", "продолжить", "вернуться", "обратить", "уделить", "сосредоточиться", "поддержать",
           "углубить", "усилить", "укрепить", "расширить", "развить", "развивать", "активизировать", "нарастить", "наращивать",
           "повысить", "улучшить", "сделать", "делать", "использовать", "принять", "рассматривать", "продолжать"}
_HOLD = {"провести", "проводить", "организовать", "организовывать"}
# Holding a meeting is an initiative of its own only at a set cadence: "проводить саммиты раз в два года".
_CADENCE = re.compile(r"(?i)\b(?:раз\s+в\s+|ежегодн|каждые\s|каждый\s|на\s+регулярной\s+основе|регулярно)")


def _acts(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact], found: list[InitiativeFact],
          nearby: Around) -> list[InitiativeFact]:
    """An act proposed, when no body or event was read from its words: its title is the infinitive and the words after it
    up to the clause's end."""
    made = []
    for match in _ACT.finditer(text, sentence.start, sentence.end):
        act = next((t for t in sentence.tokens if t.start == match.start("act")), None)
        if act is None or parses(act.text)[0].tag.POS != "INFN" or act.lemma in _NO_ACT or _CREATE.match(act.text + " ") \
                or act.lemma in _HOLD and not _CADENCE.search(match.group("rest")) \
                or any(match.start("act") <= q.start < match.end() for f in found for q in f.quotes):
            continue
        end = match.start("rest") + len(match.group("rest").rstrip())
        made.append(InitiativeFact(title=text[act.start : end], quotes=[Quote(act.start, end, text[act.start : end])],
                                   proposed_by=proposer_of(text, sentence, places, people, match.start(), nearby, act.start)))
    return made


def _infinitive(match: re.Match) -> bool:
    return match.group(0).strip().lower().endswith(("ть", "ти"))


def _named_title(name: str, tokens: tuple, first: int, infinitive: bool) -> str:
    """A name in quotes as the title, its opening adjectives and noun put in the nominative when a noun of setting up
    governs it in the genitive ("по созданию «Зеленого пояса Азии»"); a name written in the nominative stays."""
    words = [t for t in tokens[first:] if t.start < tokens[first].start + len(name)]
    if infinitive or not words or "nomn" in words[0].cases() or "gent" not in words[0].cases():
        return name
    head = next((n for n, t in enumerate(words) if parses(t.text)[0].tag.POS == "NOUN"), None)
    if head is None:
        return name
    title = _nominal(tuple(words[: head + 1])) + name[words[head].end - words[0].start :]
    return title[:1].upper() + title[1:] if words[0].capitalised else title


def _taken(at: int, found: list[InitiativeFact]) -> bool:
    return any(q.start <= at < q.end for f in found for q in f.quotes)


def _body(text: str, tokens: tuple, first: int, cases: set[str] | None, found: list[InitiativeFact],
          governed: bool = False) -> tuple[int, int, int] | None:
    """The head, the last token and the end of a body's name that opens at first, or None: a singular noun after at most
    three adjectives, in one of the cases given, not a word of setting no body up and not inside a title already found."""
    head = first
    while head < len(tokens) and head - first < 3 and (parses(tokens[head].text)[0].tag.POS in ("ADJF", "PRTF") or _attribute(tokens, head)):
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
    objects = [p.tag.number for p in parses(tokens[head].text) if p.tag.POS == "NOUN" and p.tag.case == "accs"]
    if governed and head == first and objects and "sing" not in objects:
        return None  # "открыть границы": the object of an infinitive is in the accusative, here a plural
    last = head
    while last + 1 < len(tokens) and last - head < _LONGEST and not _cut(text, tokens[first].start, tokens[last].end, tokens[last + 1].start) \
            and (parses(tokens[last + 1].text)[0].tag.POS not in _STOP_POS or _joined(tokens, last)):
        last += 1
    return head, last, _closed(text, tokens[first].start, tokens[last].end)


def _attribute(tokens: tuple, n: int) -> bool:
    """Whether a word read first as a noun is an adjective before a noun of its case: "рабочие места", "рабочая группа"."""
    if n + 1 >= len(tokens) or parses(tokens[n + 1].text)[0].tag.POS != "NOUN":
        return False
    return any(p.tag.POS == "ADJF" for p in parses(tokens[n].text)) and bool(tokens[n].cases() & tokens[n + 1].cases())


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


def _formats(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact]) -> list[InitiativeFact]:
    """A format the sides set up or approved: its name is the initiative's title, proposed by none in particular unless
    the sentence names its initiator ("Инициатором создания формата «...» стала Саудовская Аравия")."""
    if "формат" not in sentence.lemmas:
        return []
    found = []
    for m in _FORMAT.finditer(text, sentence.start, sentence.end):
        if any(m.start() < t.start < m.end() and t.lemma in HEADS and "формат" not in t.lemma for t in sentence.tokens):
            continue  # "создать постоянный Секретариат формата «С5+1»": a body of the format, read as a body
        found.append(InitiativeFact(title=(m.group("quoted") or m.group("c5")).strip(), quotes=[Quote(m.start(), m.end(), m.group(0))],
                                    proposed_by=initiator(text, sentence, places, people)))
    return found


# A year proposed to be declared one of something: "предложил объявить 2027 год Годом чистой воды".
_YEAR_OF = re.compile(r"(?i)\bобъяв\w*\s+(?:20\d\d\s+года?\s+)?(?P<year>(?P<adjective>[а-яё]+(?:ым|ого)\s+)?Год(?:ом|а)?)\s+(?P<rest>[^,;:.()]{3,80})")


def _years(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact], nearby: Around) -> list[InitiativeFact]:
    """A year of something a side proposed to declare: its title is "Год" (with its adjective, "Международный год") and
    the words after it up to the clause's end."""
    proposing = _PROPOSING.search(text, sentence.start, sentence.end)
    found = []
    for m in _YEAR_OF.finditer(text, sentence.start, sentence.end):
        if not proposing or proposing.start() >= m.start():
            continue
        adjective = m.group("adjective")
        opening = f"{inflect(adjective.strip(), None, frozenset({'nomn', 'sing'}), 'masc')} год" if adjective else "Год"
        found.append(InitiativeFact(title=f"{opening} {m.group('rest').strip()}",
                                    proposed_by=proposer_of(text, sentence, places, people, proposing.start(), nearby, m.start()),
                                    quotes=[Quote(m.start("year"), m.end(), text[m.start("year") : m.end()])]))
    return found


def _events(text: str, sentence: Sentence, places: list[Place], people: list[PersonFact], nearby: Around) -> list[InitiativeFact]:
    """An event someone proposed to hold, its words up to the clause's end, the first ones put in the nominative."""
    found = []
    for match in _EVENT.finditer(text, sentence.start, sentence.end):
        words = [t for t in sentence.tokens if t.start >= match.end()]
        cut = next((n for n, t in enumerate(words) if n and (re.search(r"[,;:.(]", text[words[n - 1].end : t.start])
                                                             or parses(t.text)[0].tag.POS in ("VERB", "GRND")  # "... выступила Норвегия"
                                                             or n + 1 < len(words) and t.text in ("в", "до") and words[n + 1].text.isdigit())),
                   len(words))  # "... в 2027 году"
        words = _past_when(words[:cut])
        head = next((n for n, t in enumerate(words) if parses(t.text)[0].tag.POS == "NOUN"), None)
        if head is None or not _event(words[head].lemma) or len(words) == 1:  # "за инициативу проведения саммита": the meeting itself
            continue
        if {t.lemma for t in words[:head]} & {"следующий", "очередной"}:  # "провести следующий саммит в Астане": the format's next meeting
            continue
        if words[head].lemma in _MEETINGS and {t.lemma for t in words[:head]} & (set(ORDINALS) - {"первый"}):
            continue  # "намерена созвать вторую встречу на высшем уровне": a meeting of a series already held
        if words[head].lemma in _MEETINGS and not head and (head + 1 == len(words) or parses(words[head + 1].text)[0].tag.POS == "PREP"):
            continue  # "провести саммит в Самарканде": a meeting of the format itself, nothing said of what it is
        gender = parses(words[head].text)[0].tag.gender
        named = [inflect(t.text, None, frozenset({"nomn", "sing"}), gender) for t in words[:head]] + [inflect(words[head].text, None, frozenset({"nomn", "sing"}))]
        title = " ".join(named) + text[words[head].end : words[-1].end]
        found.append(InitiativeFact(title=title, proposed_by=proposer_of(text, sentence, places, people, match.start(), nearby, words[0].start),
                                    quotes=[Quote(words[0].start, words[-1].end, text[words[0].start : words[-1].end])]))
    return found


_AMONG = re.compile(r"(?i)(?:в\s+их\s+числе|среди\s+них)\b")


def _listed_events(text: str, sentence: Sentence, nearby: Around) -> list[InitiativeFact]:
    """The events a sentence lists after "В их числе" when one before announced them ("анонсировал несколько мероприятий"):
    each item, up to a comma, "и" before another event or "который", whose noun names an event but a meeting of the format."""
    opening = _AMONG.match(text, sentence.start)
    if opening is None or nearby.heading is None:
        return []
    tokens = [t for t in sentence.tokens if t.start >= opening.end()]
    items, current = [], []
    for n, token in enumerate(tokens):
        if token.lemma == "который":
            break
        if current and "," in text[current[-1].end : token.start] or token.text == "и" and _opens_event(tokens, n + 1):
            items.append(current)
            current = []
        if token.text != "и" or current:
            current.append(token)
    found = []
    for item in [*items, current]:
        head = next((t for t in item if parses(t.text)[0].tag.POS == "NOUN"), None)
        if head is None or not _event(head.lemma) or head.lemma in _MEETINGS or len(item) < 2:
            continue
        found.append(InitiativeFact(title=text[item[0].start : item[-1].end], proposed_by=nearby.heading,
                                    quotes=[Quote(item[0].start, item[-1].end, text[item[0].start : item[-1].end])]))
    return found


def _opens_event(tokens: list, k: int) -> bool:
    """Whether an event's noun follows at k after at most three adjectives: "и второй саммит", "и форум"."""
    head = next((n for n in range(k, min(k + 4, len(tokens))) if parses(tokens[n].text)[0].tag.POS not in ("ADJF", "NUMR")), None)
    return head is not None and _event(tokens[head].lemma)


def _past_when(words: list) -> list:
    """The words of an event past those saying when, where or how often it is held ("в 2027 году в Бишкеке",
    "ежегодно", "на регулярной основе", "в рамках форума"): adverbs, and a preposition with its adjectives, its noun and
    the nouns in the genitive after it; skipped only when the noun of an event follows."""
    n = 0
    while n < len(words):
        tag = parses(words[n].text)[0].tag
        if tag.POS == "ADVB":
            n += 1
            continue
        if tag.POS != "PREP":
            break
        k = n + 1
        while k < len(words) and (words[k].text.isdigit() or parses(words[k].text)[0].tag.POS in ("ADJF", "NUMR")):
            k += 1
        if k >= len(words) or parses(words[k].text)[0].tag.POS != "NOUN":
            break
        while k + 1 < len(words) and parses(words[k + 1].text)[0].tag.POS == "NOUN" and words[k + 1].cases() == {"gent"}:
            k += 1  # "в рамках форума"
        n = k + 1
    skipped = words[n:]
    first = next((t for t in skipped if parses(t.text)[0].tag.POS == "NOUN"), None)
    return skipped if first is not None and _event(first.lemma) else words


def _event(lemma: str) -> bool:
    """Whether a noun names an event, compounds included: "медиафорум", "бизнес-форум"."""
    return lemma in EVENTS or lemma.split("-")[-1] in EVENTS or lemma.endswith(("форум", "конференция", "выставка"))


_MEETINGS = {"саммит", "встреча", "заседание", "совещание"}
EVENTS = {"встреча", "форум", "конференция", "саммит", "выставка", "фестиваль", "совещание", "заседание", "диалог", "неделя", "год"}


def plans(documents: list[DocumentFact]) -> list[InitiativeFact]:
    """An action plan adopted at a meeting is also an initiative of the format, proposed by none in particular."""
    return [InitiativeFact(title=d.kind, proposed_by=None, quotes=d.quotes) for d in documents if d.category == "action plan"]
