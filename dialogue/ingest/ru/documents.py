"""Documents a Russian report says were signed or adopted: "подписали Совместное заявление", "принята Астанинская
декларация", "14 соглашений". The kind is put in the nominative: the adjectives before the head and the head."""

from __future__ import annotations

import re

from dialogue.ingest.facts import DocumentFact, Quote
from dialogue.ingest.ru.morph import Sentence, inflect, lemma, parses

HEADS = {"заявление", "декларация", "коммюнике", "план", "меморандум", "договор", "соглашение", "документ", "программа", "дорожный"}
# Signing or adopting in any form: "подписали", "принята", "по итогам ... принято", "подписание".
_ADOPTED = re.compile(r"(?i)\b(?:подпис|принят|принял|приня|утвер[дж]|одобр|заключ)")
# Outcome documents by name alone: a report cites a communiqué or a declaration only when one was issued.
CITED = {"коммюнике", "декларация"}
# What a head carries after it: "план действий", "план совместных действий", "дорожная карта".
TAILS = {"план": {"действие", "совместный"}, "дорожный": {"карта"}}
# The categories of lexicon.DOCUMENT_KINDS, by the Russian head.
CATEGORY = {"заявление": "joint statement", "коммюнике": "joint statement", "декларация": "declaration", "план": "action plan",
            "дорожный": "action plan", "программа": "action plan", "меморандум": "memorandum", "договор": "agreement",
            "соглашение": "agreement", "документ": "other"}


BATCH = {"ряд", "несколько", "пакет", "серия"}  # words of a number of documents left untold
# A sentence that goes on with the documents the one before it named: "Среди них меморандум ...".
_GOES_ON = re.compile(r"(?i)(?:среди (?:них|которых|подписанных)|в (?:их|том) числе|в частности)\b")
# Adopting told as still to come: "будет принято", "планируют подписать", "примут".
PLANNING = {"планироваться", "планировать", "намереваться", "намерен", "ожидаться", "предполагаться", "предстоящий", "рассчитывать"}
ADOPTING = {"принять", "подписать", "утвердить", "одобрить", "заключить"}


def find_all_documents(text: str, found: list[Sentence]) -> list[DocumentFact]:
    """The documents of every sentence. A sentence after one that adopts documents and ends with a colon ("принято два
    документа:"), or that says "среди них", names adopted documents even without a verb of its own."""
    documents: list[DocumentFact] = []
    listing = False  # inside a list of documents, one a line, after "принято два документа:"
    for n, sentence in enumerate(found):
        goes_on = n > 0 and bool(_GOES_ON.match(text, sentence.start)) and _adopts(text, found[n - 1])
        told = find_documents(text, sentence, goes_on)
        if listing and not told:  # a line of the list: the document opens it
            opens = next((t.start for t in sentence.tokens if not t.text.isdigit()), sentence.start)  # "2. План действий"
            told = [d for d in find_documents(text, sentence, True) if d.quotes[0].start == opens]
        documents += told
        listing = listing and bool(told) or _colon(text, sentence) and _adopts(text, sentence)
    return documents


def _colon(text: str, sentence: Sentence) -> bool:
    return text[max(sentence.start, sentence.end - 4) : sentence.end].rstrip().endswith(":")


def _adopts(text: str, sentence: Sentence) -> bool:
    return adopted(text, sentence.start, sentence.end) and not _planned(sentence)


# Signing as the topic of talks or still ahead, not done: "завершили переговоры о заключении соглашения", "подготовка к
# подписанию", "перед подписанием", "скорейшего подписания".
_TOPIC = re.compile(r"(?i)\b(?:(?:переговор\w*|обсужд\w*|обсуди\w*|вопрос\w*|подготовк\w*)\s+(?:о|об|по|к)|перед|до|скорейш\w*)\s+$")


# A participle of adopting dated to a time gone by: "Дорожной карты, принятой в октябре прошлого года", "ранее
# подписанного соглашения": a document the meeting works under, not one of its own.
_EARLIER = re.compile(r"(?i)(?:принят|подписанн|утвержд[её]нн|одобренн|заключ[её]нн)(?:ый|ая|ое|ые|ого|ой|ому|ую|ым|ых|ыми|ом)\s+"
                      r"(?:ранее|(?:\w+\s+){0,3}?(?:прошлого|позапрошлого)\s+года|в\s+прошлом\s+году)")
_BEFORE_NOW = re.compile(r"(?i)\bранее\s+$")


def adopted(text: str, start: int, end: int) -> bool:
    """Whether a word of signing or adopting stands between start and end, not denied ("пока не утверждённое"), the
    topic of talks ("переговоры о заключении ...") nor dated to a time gone by ("принятой в прошлом году")."""
    return any(not re.search(r"(?i)\bне\s+$", text[max(start, m.start() - 4) : m.start()])
               and not _TOPIC.search(text[max(start, m.start() - 40) : m.start()])
               and not _EARLIER.match(text, m.start()) and not _BEFORE_NOW.search(text[max(start, m.start() - 8) : m.start()])
               for m in _ADOPTED.finditer(text, start, end))


# A document the sentence acts under, adopted before: "в рамках соглашения", "согласно декларации", "по соглашению".
_UNDER = re.compile(r"(?i)\b(?:в\s+рамках|согласно|в\s+соответствии\s+с|на\s+основе|на\s+основании|в\s+развитие)\s+(?P<between>(?:[\w-]+\s+){0,4})$")


def _passing(text: str, sentence: Sentence, first: int) -> bool:
    """Whether the words before a document's name make it one acted under, not one adopted now; the words between
    may not tell an act of their own ("в рамках визита подписано соглашение")."""
    tokens = sentence.tokens
    if first and tokens[first - 1].text.lower() == "по":
        return True
    under = _UNDER.search(text, sentence.start, tokens[first].start)
    return bool(under) and not any(parses(w)[0].tag.POS in ("VERB", "PRTS", "INFN") for w in under.group("between").split())


def _planned(sentence: Sentence) -> bool:
    """Whether the sentence tells of adopting still to come: a planning word, or a verb of adopting in the future."""
    if sentence.lemmas & PLANNING:
        return True
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if token.lemma in ADOPTING and ("futr" in parses(token.text)[0].tag or any(
                t.text.lower() in ("будет", "будут") for t in tokens[max(0, i - 2) : i + 3])):
            return True
    return False


def find_documents(text: str, sentence: Sentence, carried: bool = False) -> list[DocumentFact]:
    """The documents one sentence says were adopted; none when it says they are still to be adopted."""
    tokens = sentence.tokens
    if not sentence.lemmas & HEADS or _planned(sentence):
        return []
    signed = carried or adopted(text, sentence.start, sentence.end)
    found: list[DocumentFact] = []
    for i, token in enumerate(tokens):
        if token.lemma not in HEADS or not signed and token.lemma not in CITED and not (
                token.lemma == "заявление" and i and tokens[i - 1].lemma == "совместный") \
                or any(q.start <= token.start < q.end for d in found for q in d.quotes):
            continue
        if token.lemma == "документ" and (named := _NAMED.match(text, token.end, sentence.end)):
            if signed:  # "подписали документ «Дорожная карта ...»": the name in quotes is the kind
                found.append(_named(text, token, named))
            continue
        first = i
        while first > 0 and parses(tokens[first - 1].text)[0].tag.POS in ("ADJF", "PRTF") and not tokens[first - 1].text.isdigit():
            first -= 1
        if first > 0 and tokens[first - 1].lemma == "проект" or _passing(text, sentence, first):  # a draft, or acted under
            continue
        count = None
        if first > 0 and tokens[first - 1].text.isdigit():
            count = int(tokens[first - 1].text)
        # The number its adjective shows ("записанные на бумаге декларации"), else the head's own.
        plural = parses((tokens[i - 1] if first < i else token).text)[0].tag.number == "plur"
        if not signed and first == i and not _one(tokens, i):
            continue  # cited with no word of adopting, and maybe many: "записанные на бумаге декларации"
        batch = plural and count is None and first > 0 and tokens[first - 1].lemma in BATCH  # "ряд соглашений": how many, untold
        last = i
        while last + 1 < len(tokens) and tokens[last + 1].lemma in TAILS.get(token.lemma, set()):
            last += 1
        about = i + 1 < len(tokens) and tokens[i + 1].text.lower() in ("о", "об")  # "документ об открытии представительства"
        if plural and count is None and not batch or token.lemma == "документ" and count is None and (plural or not about) \
                or token.lemma == "план" and last == i:
            continue
        grammemes = frozenset({"nomn", "plur"} if plural else {"nomn"})
        case = next(iter(token.cases()), None) if len(token.cases()) == 1 else parses(token.text)[0].tag.case
        gender = parses(token.text)[0].tag.gender  # "итоговом коммюнике": the adjective tells the case, the noun the gender
        words = [inflect(t.text, None, grammemes, gender) for t in tokens[first:i]] + [inflect(token.text, case, grammemes)]
        if token.lemma == "дорожный":  # the noun after the adjective head agrees with it: "Дорожную карту" -> "Дорожная карта"
            words += [inflect(t.text, case, grammemes) for t in tokens[i + 1 : last + 1]]
        kind = " ".join(words) + (text[token.end : tokens[last].end] if token.lemma != "дорожный" else "")
        kind = kind[:1].upper() + kind[1:] if tokens[first].capitalised else kind
        end = tokens[last].end
        if not plural and (named := _NAMED.match(text, end, sentence.end)):  # "Декларация «Об укреплении партнёрства»"
            kind, end = f"{kind} «{named.group(1).strip()}»", named.end()
        found.append(DocumentFact(kind=re.sub(r"\s+", " ", kind), category=CATEGORY[token.lemma], count=None if batch else count or 1, qualifier="",
                                  quotes=[Quote(tokens[first].start, end, text[tokens[first].start : end])]))
    return found


_NAMED = re.compile(r"\s*[«\"“]([^»\"”]{3,120})[»\"”]")


def _named(text: str, token, named: re.Match) -> DocumentFact:
    """A document named in quotes after "документ": its kind is the name, its category that of the name's own head."""
    lemmas = [lemma(w) for w in re.findall(r"[\w-]+", named.group(1))]
    category = next((CATEGORY[w] for w in lemmas if w in CATEGORY and w != "документ"), "other")
    return DocumentFact(kind=named.group(1).strip(), category=category, count=1, qualifier="",
                        quotes=[Quote(token.start, named.end(), text[token.start : named.end()])])


def _one(tokens: tuple, i: int) -> bool:
    """Whether a bare head is one document: after a preposition ("в декларации"), indeclinable ("коммюнике"), or with
    no reading of many as subject or object."""
    head = tokens[i]
    if i and parses(tokens[i - 1].text)[0].tag.POS == "PREP" or any("Fixd" in p.tag for p in parses(head.text)):
        return True
    return not any(p.tag.number == "plur" and p.tag.case in ("nomn", "accs") for p in parses(head.text))
