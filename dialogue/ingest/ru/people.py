"""People with their posts: "министра иностранных дел Японии Эрлана Абдылдаева" -> ("Эрлан Абдылдаев",
"министр иностранных дел", JP).

A name in apposition to a post takes the post's case, so the post's head word says which case to read the
name in and pymorphy3 puts it in the nominative; the gender comes from the given name.
"""

from __future__ import annotations

import re

from dialogue.ingest.facts import PersonFact, Quote
from dialogue.ingest.ru.morph import Sentence, Token, inflect, known, parses
from dialogue.ingest.ru.places import Place

# Heads of posts, as lemmas. Spokespeople and aides ("пресс-секретарь", "помощник") are not among them:
# they speak of a meeting, they do not take part in it.
HEADS = {"президент", "председатель", "премьер-министр", "министр", "заместитель", "глава", "госсекретарь", "секретарь",
         "канцлер", "посол", "вице-премьер", "вице-президент", "принц", "король", "эмир", "комиссар", "представитель",
         "генсек", "замминистра", "лидер", "коллега", "мэр", "премьер", "советник", "вице-министр", "статс-секретарь", "статс-министр", "спецпредставитель",
         "руководитель", "замглавы", "вице-председатель", "еврокомиссар", "посланник", "спецпосланник", "член"}
NO_POST = {"коллега", "лидер"}  # "его японский коллега Кэндзи Ямада", "лидер США ...": a country, no post told
NEEDS_MODIFIER = {"секретарь": {"государственный", "генеральный"}, "представитель": {"верховный", "специальный", "постоянный"}}
# Heads that are a post of one's own only with their field: "советник по национальной безопасности", "секретарь
# Совета безопасности"; "советник президента" speaks for another (ASIDES).
NEEDS_FIELD = {"советник": {"безопасность", "нацбезопасность"}, "секретарь": {"безопасность", "совбез"},
               "руководитель": {"ведомство", "мид", "министерство", "правительство"},  # not "руководитель администрации президента"
               "член": {"комиссия", "еврокомиссия"}}  # "член Европейской комиссии ...", not "член делегации"
MODIFIERS = {"первый", "старший", "парламентский", "верховный", "федеральный", "государственный", "генеральный", "наследный", "специальный", "постоянный"}
EUROPEAN = {"европейский", "еврокомиссия", "евросоюз", "еврокомиссар"}  # a post of the EU's: "президент Европейского совета"
# Capitalised words a post may carry after its head: "глава МИД", "президент Европейского совета".
POST_WORDS = {"мид", "оон", "шос", "снг", "оэс", "европейский", "совет", "комиссия", "еврокомиссия", "кнр", "фрг", "кабинет", "кабмин", "правительство", "госсовет",
              "безопасность", "государственный"}
OFFICES = {"мид", "правительство", "кабинет", "ведомство", "министерство"}  # "глава японского МИД"
FIELD_HEADS = {"представитель", "спецпредставитель", "комиссар", "еврокомиссар"}  # posts named by their field: "... по иностранным делам"
HEARSAY = {"слово", "мнение", "данные", "информация", "оценка", "итог"}  # "представитель ..., по словам ...": no field
REGION = {"центральный", "азия"}  # "спецпредставитель ЕС по Центральной Азии"
CASES = ["nomn", "gent", "datv", "accs", "ablt", "loct"]
NOT_NAMES = {"лидер", "республика", "азия", "совет", "глава", "государство"}
PARTICLES = {"фон", "дер", "бен", "бин", "аль", "ибн", "де", "ван", "да", "ди"}  # "Урсула фон дер Ляйен"
# Words before a post that make it someone else's: "помощник президента Юрий ...", "администрации президента ...".
ASIDES = {"помощник", "советник", "пресс-секретарь", "представитель", "пресс-служба", "администрация", "аппарат", "канцелярия"}
NOBLE = {"принц", "шейх", "эмир", "султан"}  # a rank before a name that already has its post
SPOUSES = {"супруга", "супруг", "жена", "муж"}  # "с супругой Айгуль ...": a guest's spouse takes no part in talks
# Who comments on a meeting from outside: "Политолог Марат ... считает, что ...".
COMMENTATORS = {"эксперт", "политолог", "аналитик", "востоковед", "журналист", "корреспондент", "обозреватель", "историк", "экономист"}
_INITIAL = re.compile(r"[А-ЯЁ]\.\s?")
# "и.о. министра", "исполняющий обязанности президента": the post is in the genitive whatever case the name is in.
_ACTING = re.compile(r"(?i)(?:\bи\.\s?о\.|\bисполняющ\w*\s+обязанности)\s*$")
_JOINED_PARTICLE = re.compile(r"(?:аль|ал|ад|ас|ат|аш|эль|ибн|бин|бен)-[А-ЯЁ][а-яё]+")


def _adjacent(text: str, left: Token, right: Token) -> bool:
    return not text[left.end : right.start].strip()


def _name_like(text: str, token: Token, first: bool) -> bool:
    """A capitalised word after a post is a name unless it is a little word, a post or a word of a place's name
    ("Сунь" parses as a verb, so parts of speech cannot decide alone); an initial ("К.") is one."""
    if len(token.text) == 1:  # an initial ("К."), or a Chinese name's one syllable after another ("Ван И")
        return token.text.isupper() and (text[token.end : token.end + 1] == "." or not first)
    if not token.capitalised or token.text.isupper() and len(token.text) <= 3 or not _cyrillic(token.text):
        return False
    tag = parses(token.text)[0].tag
    if not known(token.text) or any("Name" in p.tag for p in parses(token.text)):
        return True
    if first and (tag.POS in ("ADJF", "PRTF") or token.lemma in HEADS | NOT_NAMES):
        return False
    if tag.POS in ("PRCL", "NPRO") or tag.POS in ("CONJ", "INTJ") and not first:  # capitalised inside a sentence, a syllable
        # of an Asian name ("Ван И", "Чо Тэ Юль", "Лю Бо", "Ли Сон Хо")
        return not _opens_sentence(text, token)
    return tag.POS not in ("PREP", "CONJ", "INTJ", "ADVB")


def _common(token: Token, at_place: dict[int, Place]) -> bool:
    """A capitalised word of a post's field that is no name and no place: "по делам Содружества", "по делам Европы"."""
    return token.start not in at_place and known(token.text) and all(
        p.tag.POS == "NOUN" and not {"Name", "Surn", "Patr", "Geox"} & set(p.tag.grammemes) for p in parses(token.text))


def _cyrillic(word: str) -> bool:
    """A name in a Russian text is written in Cyrillic: "Sputnik" or "Kyodo" after a post is an outlet."""
    return "А" <= word[:1] <= "Я" or word[:1] == "Ё"


def _opens_sentence(text: str, token: Token) -> bool:
    before = text[max(0, token.start - 3) : token.start].strip()
    return not before or before[-1] in ".!?«\"\n-–—"


def find_people(text: str, sentence: Sentence, places: list[Place]) -> list[PersonFact]:
    """The people a sentence names with a post ("Президент Казахстана Касым-Жомарт Токаев")."""
    tokens, at_place = sentence.tokens, {p.start: p for p in places}
    found = []
    # A post with no name of its own, with its country: "заместитель премьер-министра [Туркменистана], [министр ...]".
    before: tuple[str, Token, str | None] | None = None
    # A second post after a post in apposition: "Фаррух Назаров, вице-премьер, министр ... Таджикистана, ...".
    trail: tuple[PersonFact, Token] | None = None
    i = 0
    while i < len(tokens):
        head = tokens[i]
        lemma = head.lemma
        if lemma not in HEADS or ("plur" in parses(head.text)[0].tag and lemma != "глава"):
            i += 1
            continue
        first = i
        while first > 0 and tokens[first - 1].lemma in MODIFIERS and _adjacent(text, tokens[first - 1], tokens[first]):
            first -= 1
        if (lemma in NEEDS_MODIFIER or lemma in NEEDS_FIELD) and not ({t.lemma for t in tokens[first:i]} & NEEDS_MODIFIER.get(lemma, set())
                                                                      or {t.lemma for t in tokens[i + 1 : i + 5]} & NEEDS_FIELD.get(lemma, set())):
            i += 1
            continue
        acting = _ACTING.search(text, max(0, tokens[first].start - 30), tokens[first].start)
        k = complement(text, tokens, i, at_place)
        if any(parses(t.text)[0].tag.POS == "NUMR" for t in tokens[i + 1 : k]) or lemma == "глава" and any(
                t.lemma in ("государство", "ведомство", "правительство") and "plur" in parses(t.text)[0].tag for t in tokens[i + 1 : k]):
            # "главы пяти государств — ...", "главы внешнеполитических ведомств: ...": no one's post (rolls.py reads the roll)
            i = k
            continue
        if lemma in NO_POST and k + 1 < len(tokens) and tokens[k].text == "из" and (home := at_place.get(tokens[k + 1].start)) \
                and not home.city and not home.demonym:
            k += 1  # "его коллега из Кыргызстана Жээнбек Кулубаев": the country, still no post
        country = None
        office = k + 1 + (k + 2 < len(tokens) and tokens[k + 1].text.islower() and tokens[k + 2].lemma in OFFICES)  # "... внешнеполитического ведомства"
        if office < len(tokens) and (place := at_place.get(tokens[k].start)) and place.demonym and tokens[office].lemma in OFFICES \
                and all(_adjacent(text, tokens[j], tokens[j + 1]) for j in range(k, office)):  # "глава норвежского МИД": the office's adjective gives the country
            country, k = place.code, office + 1
        post_end, inner, cut = tokens[k - 1].end, None, None
        if k < len(tokens) and (place := at_place.get(tokens[k].start)) and not place.city and not place.demonym:
            country, inner = place.code, place
            if tokens[k].text in ("КНР", "ФРГ") and lemma in ("председатель", "канцлер"):  # "председатель КНР" is the post itself
                post_end = tokens[k].end
            while k < len(tokens) and tokens[k].start < place.end:
                k += 1
            if k + 2 < len(tokens) and tokens[k].text in ("в", "во", "при") and (posted := at_place.get(tokens[k + 1].start)) \
                    and not text[posted.end : tokens[k + 2].start].strip():
                k += 1  # "посол Японии в Казахстане ...": where the post is held
                while k < len(tokens) and tokens[k].start < posted.end:
                    k += 1
        if k + 1 < len(tokens) and tokens[k].text == "и" and tokens[k + 1].text == "по" and k > i + 1:
            k += 1  # "министр иностранных дел и по делам Содружества ..."
        if k < len(tokens) and tokens[k].text == "по":  # "комиссар [ЕС] по вопросам развития ...", "представитель по ..."
            subject = k + 1
            while subject < len(tokens) and subject - k <= 8 and (not tokens[subject].capitalised or tokens[subject].lemma in REGION
                                                                  or _common(tokens[subject], at_place)) \
                    and _adjacent(text, tokens[subject - 1], tokens[subject]):
                subject += 1
            closed = lemma in FIELD_HEADS and subject > k + 1 and tokens[k + 1].lemma not in HEARSAY and (  # "..., верховный представитель ЕС по иностранным делам, ..."
                subject == len(tokens) or text[tokens[subject - 1].end : tokens[subject].start].strip() in (",", "–", "—", ")"))
            if subject > k + 1 and (closed or subject < len(tokens) and (
                    _adjacent(text, tokens[subject - 1], tokens[subject]) or  # or a second post
                    text[tokens[subject - 1].end : tokens[subject].start].strip() == "," and tokens[subject].lemma in HEADS | MODIFIERS)):
                post_end, k = tokens[subject - 1].end, subject
                cut = inner if inner and inner.code != "EU" and inner.end < post_end else None  # "спецпосланник президента США по ..."
                if country is None and k < len(tokens) and (place := at_place.get(tokens[k].start)) and not place.city \
                        and not place.demonym:
                    country = place.code  # "советник по национальной безопасности Норвегии ..."
                    while k < len(tokens) and tokens[k].start < place.end:
                        k += 1
        if country is None and first > 0 and (place := at_place.get(tokens[first - 1].start)) and place.demonym:
            country = place.code
        if k < len(tokens) and (_honorific(tokens[k]) or country and lemma not in NOBLE and tokens[k].lemma in NOBLE):
            k += 1  # "министр иностранных дел Японии г-н Таро Коно", "... Саудовской Аравии принц Фейсал ...": the post is the first
        name, k = name_at(text, tokens, k, at_place)
        if len(name) == 1 and not personal(name[0]):  # a lone common word ("Президент Узбек", a text cut short) is no name
            name = []
        if country is None and any(t.lemma in EUROPEAN for t in tokens[i:k]):
            country = "EU"
        # "Арман Беков, исполняющий обязанности министра ...": the name stands before the words of acting
        lead = next((j for j in range(first) if acting and tokens[j].start == acting.start()), first)
        if not name and not before and lead > 1 and text[tokens[lead - 1].end : tokens[lead].start].strip() in (",", "(", "—", "–", "-"):
            name = _name_before(text, tokens, lead - 1, at_place)  # "Садыр Жапаров, президент Кыргызстана", "... (президент ...)"
            name = name if acting or _agrees(head, name) else []  # not "под председательством Олафа Шольца, президент Узбекистана ..."
        if not name and trail and trail[1] is tokens[first] and lemma not in NO_POST and _closed(text, tokens, first, k):
            person, trail = trail[0], None
            second = _post(text, tokens[first : i + 1], post_end, case_of(head, [head]), bool(acting))
            person.role, person.country = f"{person.role}, {second}", person.country or country
            i = k
            continue
        trail = None
        if not name or first > 0 and tokens[first - 1].lemma in ASIDES and _adjacent(text, tokens[first - 1], tokens[first]):
            joined = k < len(tokens) and text[tokens[k - 1].end : tokens[k].start].strip() in (",", "–", "—", "-") and tokens[k].lemma in HEADS
            before = (_post(text, tokens[first : i + 1], post_end, case_of(head, [head]), bool(acting)), tokens[first], country) if joined else None
            i = k if joined else i + 1
            continue
        case = case_of(head, name, bool(acting))
        role = _post(text, tokens[first : i + 1], post_end, case, bool(acting)) if lemma not in NO_POST else None
        if role and cut:  # the post without its country, as the gold writes it: "спецпосланник президента по ..."
            role = role.replace(" " + text[cut.start : cut.end], "", 1)
        if before and role and tokens[first - 1].start >= before[1].start:
            role = before[0] + text[tokens[first - 1].end : tokens[first].start].rstrip() + " " + role
            country = country or before[2]
            first = next(j for j in range(first) if tokens[j] is before[1])
        before = None
        start, end = min(tokens[first].start, name[0].start), max(name[-1].end, post_end)
        quote = Quote(start, end, text[start:end])
        found.append(PersonFact(name=nominative(text, name, case), role=role, country=country, quotes=[quote]))
        if role and name[-1].end <= tokens[first].start and k < len(tokens) and text[tokens[k - 1].end : tokens[k].start].strip() == "," \
                and tokens[k].lemma in HEADS | MODIFIERS:
            trail = (found[-1], tokens[k])
        i = k
    return found


def _closed(text: str, tokens: tuple[Token, ...], first: int, k: int) -> bool:
    """A post that ends its apposition ("..., министр иностранных дел Таджикистана, ..."), no clause ("президент которого ...")."""
    return all(t.lemma != "который" for t in tokens[first:k]) and (
        k == len(tokens) or text[tokens[k - 1].end : tokens[k].start].strip() in (",", ".", ")", "–", "—"))


def complement(text: str, tokens: tuple[Token, ...], i: int, at_place: dict[int, Place]) -> int:
    """The index after the words a post's head carries: "министр [иностранных дел]", "глава [МИД]"."""
    k = i + 1
    while k < len(tokens) and k - i <= 6 and _adjacent(text, tokens[k - 1], tokens[k]) and tokens[k].start not in at_place and (
            (tokens[k].text.islower() or tokens[k].lemma in HEADS) and "gent" in tokens[k].cases() and parses(tokens[k].text)[0].tag.POS != "PREP"
            or tokens[k].lemma in POST_WORDS or _body_initials(text, tokens, k) or _body_adjective(text, tokens, k)):
        k += 1
    return k


def _body_adjective(text: str, tokens: tuple[Token, ...], k: int) -> bool:
    """A body's capitalised adjective before its noun: "председатель [Народного] совета", "... [Высшего] совета"."""
    return k + 1 < len(tokens) and tokens[k + 1].lemma in POST_WORDS and tokens[k + 1].text.islower() \
        and _adjacent(text, tokens[k], tokens[k + 1]) and parses(tokens[k].text)[0].tag.POS == "ADJF" and "gent" in tokens[k].cases()


def _body_initials(text: str, tokens: tuple[Token, ...], k: int) -> bool:
    """A body's initials before a name ("генеральный секретарь ССАГПЗ Джасем ...") or closing a post in apposition
    ("..., генеральный секретарь ССАГПЗ, ..."): capitals, not of a surname's shape."""
    return 2 <= len(tokens[k].text) <= 6 and tokens[k].text.isupper() and not _SURNAME.search(tokens[k].text.lower()) and (
        k + 1 < len(tokens) and tokens[k + 1].capitalised and not tokens[k + 1].text.isupper()
        or k > 0 and tokens[k - 1].text.islower() and (k + 1 == len(tokens) or text[tokens[k].end : tokens[k + 1].start].strip() in (",", ")", "–", "—")))


def name_at(text: str, tokens: tuple[Token, ...], k: int, at_place: dict[int, Place]) -> tuple[list[Token], int]:
    """The name that begins at token k, with its initials and particles ("К.К.Токаев", "Урсула фон дер Ляйен"),
    and the index after it."""
    name: list[Token] = []
    while k < len(tokens) and len(name) < 6 and (
            not name or _adjacent(text, name[-1], tokens[k]) or _INITIAL.fullmatch(text[name[-1].start : tokens[k].start])):
        place = at_place.get(tokens[k].start)
        if name and len(name[-1].text) > 3 and _SURNAME.search(name[-1].text.lower()) and known(tokens[k].text) and not any(
                {"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses(tokens[k].text)):
            break  # "... Ерлана Сагинтаева Меморандум о ...": a word the dictionary knows, not a name, after a surname
            # (not after a syllable: "Пак Мин Су")
        # Кавагути and Ханна are also cities: a city's name is a name after another, or when it is a given name.
        if _name_like(text, tokens[k], not name) and (place is None or place.city and (name or any("Name" in p.tag for p in parses(tokens[k].text)))):
            name.append(tokens[k])
        elif name and tokens[k].text in PARTICLES and k + 1 < len(tokens) and (
                tokens[k + 1].capitalised or tokens[k + 1].text in PARTICLES):
            name.append(tokens[k])
        elif name and _JOINED_PARTICLE.fullmatch(tokens[k].text):  # "Джасем аль-Будайви"
            name.append(tokens[k])
        elif name and len(name[-1].text) <= 3 and 2 <= len(tokens[k].text) <= 3 and tokens[k].capitalised and tokens[k].text[1:].islower() \
                and k + 1 < len(tokens) and tokens[k + 1].capitalised and len(tokens[k + 1].text) <= 3 and _adjacent(text, tokens[k], tokens[k + 1]):
            name.append(tokens[k])  # a Korean name's middle syllable that is also a little word: "Ли До Хун"
        else:
            break
        k += 1
    while name and (name[-1].text in PARTICLES or len(name[-1].text) == 1 and text[name[-1].end : name[-1].end + 1] == "."
                    and not (len(name) == 2 and len(name[0].text) <= 3)):  # "Ван И." ends its sentence, not an initial
        name.pop()
    return name, k


_SURNAME = re.compile(r"(?:[оеё]в|[иы]н)(?P<ending>а|у|ым|е|ой)?$")
# The cases a Russian surname's ending allows ("Токаев" is nominative whatever pymorphy3 reads into it).
SURNAME_CASES = {None: {"nomn"}, "а": {"nomn", "gent", "accs"}, "у": {"datv"}, "ым": {"ablt"}, "е": {"loct"},
                 "ой": {"gent", "datv", "ablt", "loct"}}


def personal(token: Token) -> bool:
    """A given name or surname by the dictionary, a word it does not know ("Жапаров", "Садыр"), or a word of a
    surname's shape that it reads otherwise ("Токаев" as the plural of "Токай")."""
    if not _cyrillic(token.text):
        return False
    return (not known(token.text) or bool(_SURNAME.search(token.text))
            or any({"Name", "Surn"} & set(p.tag.grammemes) for p in parses(token.text)))


def _name_before(text: str, tokens: tuple[Token, ...], last: int, at_place: dict[int, Place]) -> list[Token]:
    """The name that ends at token last, of two or three personal words ("Садыр Жапаров", "Ван И")."""
    first = last
    while first > 0 and last - first < 2 and _adjacent(text, tokens[first - 1], tokens[first]) \
            and tokens[first - 1].start not in at_place and _name_like(text, tokens[first - 1], False) \
            and (personal(tokens[first - 1]) or len(tokens[last].text) == 1 and len(tokens[first - 1].text) <= 3):
        first -= 1
    name = list(tokens[first : last + 1])
    asian = len(name) == 2 and len(name[0].text) <= 3 and len(name[1].text) == 1  # "Ван И, министр ..."
    if len(name) == 1 and first > 0 and _honorific(tokens[first - 1]) and personal(name[0]) and tokens[last].start not in at_place:
        return name  # "г-н Эриксен, министр ...": a surname alone after its "г-н"
    if len(name) < 2 or tokens[last].start in at_place or not all(_name_like(text, t, False) for t in name) or not (personal(name[-1]) or asian):
        return []
    return name


def _honorific(token: Token) -> bool:
    return token.lemma in ("господин", "госпожа") or token.text.lower() in ("г-н", "г-жа", "г-же", "г-на", "г-ну", "г-ном", "г-жи")


def _agrees(head: Token, name: list[Token]) -> bool:
    """Whether a name before a post in apposition can be in a case of the post's head word."""
    cases = {p.tag.case for p in parses(head.text) if p.tag.POS == "NOUN" and p.tag.case}
    words = [known for t in name if len(t.text) > 3 and (known := name_cases(t))]  # "Лю Я": a syllable has any case
    return not cases or any(all(c in w for w in words) for c in cases)


def case_of(head: Token, name: list[Token], acting: bool = False) -> str | None:
    """The case the name is in: one the head word can be in and every word of the name too ("министра ...
    Абдылдаева": gent). After "и.о. министра" the head is always in the genitive, so the name alone decides."""
    # "главой" is no adjective; "премьер" is not the genitive plural of "премьера"
    nouns = [p for p in parses(head.text) if p.tag.POS == "NOUN" and p.normal_form == head.lemma] or parses(head.text)
    head_cases = CASES if acting else [p.tag.case for p in nouns if p.tag.case]
    words = [name_cases(t) for t in name if len(t.text) > 1]
    return next((c for c in head_cases if all(c in cases for cases in words)), head_cases[0] if head_cases else None)


def _post(text: str, words: tuple[Token, ...], end: int, case: str | None, acting: bool) -> str:
    """The post in the nominative: its head and the words before it put in the nominative, the rest as written."""
    head = words[-1]
    if acting:
        return "и.о. " + text[words[0].start : end]
    gender = parses(head.text)[0].tag.gender
    named = [inflect(t.text.lower(), case, frozenset({"nomn", "sing"}), gender) for t in words]
    named[-1] = inflect(head.text.lower(), case if case in head.cases() else None, frozenset({"nomn", "sing"}))
    return " ".join(named) + text[head.end : end]


def nominative(text: str, name: list[Token], case: str | None) -> str:
    """'Эрлана Абдылдаева' (gent) -> 'Эрлан Абдылдаев'; initials and indeclinable names stay as written."""
    words = [_plain(text[t.start : t.end]) for t in name]
    syllables = len(words) > 2 and all(len(w) <= 3 for w in words)  # "Пак Юн Джу": only the last syllable may change
    if case not in (None, "nomn"):
        given = next((p for t in name[:-1] for p in parses(t.text) if "Name" in p.tag and p.tag.case == case), None)
        surname = next((p for p in parses(name[-1].text) if p.tag.case == case and {"Surn", "Name"} & set(p.tag.grammemes)), None)
        gender = given.tag.gender if given else surname.tag.gender if surname else None
        for index, (token, word) in enumerate(zip(name, words)):
            if len(word) == 1 or word in PARTICLES or syllables and index < len(name) - 1:
                continue
            shaped = _SURNAME.search(word.lower()) if index == len(name) - 1 else None
            if shaped and case in SURNAME_CASES[shaped.group("ending")]:
                words[index] = _russian_surname(word, shaped.group("ending"), gender)
                continue
            if gender == "femn" and word[-1:].lower() not in "аеёиоуыэюяй":
                continue  # a woman's name in a consonant never changes: "Анны-Марии фон Хартманн"
            new = inflect(word, case, frozenset({"nomn", "sing"}), gender)
            first_declension = new[-1:] in ("а", "я") and word.lower().startswith(new[:-1].lower()) and \
                word[len(new) - 1 :].lower() in FIRST_DECLENSION  # "Огавы", "Ямадой" -> "Огава", "Ямада"
            if first_declension and not known(word) and new.endswith("я") and word.endswith("и") and word[-2].lower() not in "аеёиоуыэюяь":
                new = word  # a foreign name the dictionary guesses at keeps its "-и": "Хироси", not "Хирося"
            elif gender != "femn" and not first_declension and (case not in token.cases() or not word.lower().startswith(new.lower())):
                new = _stripped(word, case)  # "Шольца" -> "Шольц", where pymorphy3 guesses "Шолец"
            words[index] = new
    joined = words[0]
    for previous, token, word in zip(name, name[1:], words[1:]):
        between = text[previous.end : token.start]
        joined += ("." if "." in between else "") + (" " if " " in between else "") + word
    return joined


def _russian_surname(word: str, ending: str | None, gender: str | None) -> str:
    """A surname of the Russian shape by its ending, where pymorphy3 reads an adjective ("Осмоновой" -> "Осмонова",
    "Жапаровым" -> "Жапаров"); "-ой" is a woman's, "-ым" a man's, the given name decides the rest."""
    stem = word[: len(word) - len(ending or "")]
    woman = ending == "ой" or ending != "ым" and gender == "femn"
    return stem + ("а" if woman else "")


FIRST_DECLENSION = {"ы", "и", "е", "у", "ю", "ой", "ей", "ою", "ею"}  # the endings of a name in -а or -я in other cases
ENDINGS = {"gent": ("а", "я"), "accs": ("а", "я"), "datv": ("у", "ю"), "ablt": ("ом", "ем", "ём"), "loct": ("е",)}


def _stripped(word: str, case: str) -> str:
    """A masculine name with its case ending cut off, or as written when it has none ("Моди", "Кавагути")."""
    if case == "ablt" and word.endswith(("ой", "ей")) and len(word) > 4:  # a name in -а or -я: "Джорджей" -> "Джорджа"
        stem = word[:-2]
        return stem + ("а" if word.endswith("ой") or stem[-1] in "жшчщц" else "я")
    if case == "gent" and word.endswith("ы") and len(word) > 3:  # "Исибы" -> "Исиба"
        return word[:-1] + "а"
    ending = next((e for e in ENDINGS.get(case, ()) if word.endswith(e) and len(word) > len(e) + 1), "")
    if not ending:
        return word
    stem = word[: len(word) - len(ending)]
    if ending in ("я", "ю", "ём") or ending == "ем" and stem[-1] not in "цжшчщ":  # a soft stem: "Юля" -> "Юль", "Андрея" -> "Андрей"
        return stem + ("й" if stem[-1] in "аеёиоуыэюя" else "ь")
    return stem


def _plain(word: str) -> str:
    """'ТОКАЕВА' -> 'Токаева': a name set in capitals for emphasis, spelled as usual."""
    return "-".join(part.capitalize() for part in word.split("-")) if word.isupper() and len(word) > 3 else word


def find_listed(text: str, sentence: Sentence, places: list[Place]) -> list[PersonFact]:
    """People listed with their country in brackets and no post: "Садыр Жапаров (Киргизия)"."""
    tokens, at_place = sentence.tokens, {p.start: p for p in places}
    found = []
    for i in range(len(tokens) - 2):
        given, surname, after = tokens[i], tokens[i + 1], tokens[i + 2]
        place = at_place.get(after.start)
        if (place and not place.city and not place.demonym and text[surname.end : after.start].strip() == "("
                and text[place.end : place.end + 1] == ")" and _adjacent(text, given, surname)
                and _name_like(text, given, True) and _name_like(text, surname, False) and given.start not in at_place):
            name = [given, surname]
            found.append(PersonFact(name=nominative(text, name, "nomn"), role=None, country=place.code,
                                    quotes=[Quote(given.start, place.end + 1, text[given.start : place.end + 1])]))
    return found


def name_cases(token: Token) -> set[str]:
    shaped = _SURNAME.search(token.text.lower())
    if not shaped and not known(token.text) and token.text[-1:].lower() in "оэеу":
        return set(CASES)  # a foreign name in a vowel that never changes ("Ёсико", "Абэ"): any case the post asks
    if not shaped and not known(token.text) and token.text[-1:] == "ы" and token.text[-2:-1].lower() not in "аеёиоуыэюя":
        return token.cases() | {"gent"}  # a name in "-а" in the genitive ("Исибы"), which the guesser reads as a plural
    return SURNAME_CASES[shaped.group("ending")] if shaped else token.cases()
