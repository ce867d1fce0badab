"""Documents a Russian report says were signed or adopted: "подписали Совместное заявление", "принята Астанинская
декларация", "14 соглашений". The kind is put in the nominative: the adjectives before the head and the head."""

from __future__ import annotations

import re

from dialogue.ingest.facts import DocumentFact, Quote
from dialogue.ingest.ru.morph import Sentence, inflect, parses

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
    return bool(_ADOPTED.search(text, sentence.start, sentence.end)) and not _planned(sentence)


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
    adopted = carried or bool(_ADOPTED.search(text, sentence.start, sentence.end))
    found = []
    for i, token in enumerate(tokens):
        if token.lemma not in HEADS or not adopted and token.lemma not in CITED and not (
                token.lemma == "заявление" and i and tokens[i - 1].lemma == "совместный"):
            continue
        first = i
        while first > 0 and parses(tokens[first - 1].text)[0].tag.POS in ("ADJF", "PRTF") and not tokens[first - 1].text.isdigit():
            first -= 1
        if first > 0 and tokens[first - 1].lemma == "проект":  # "проект совместного заявления": a draft, not adopted
            continue
        count = None
        if first > 0 and tokens[first - 1].text.isdigit():
            count = int(tokens[first - 1].text)
        plural = parses(token.text)[0].tag.number == "plur"
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
        found.append(DocumentFact(kind=re.sub(r"\s+", " ", kind), category=CATEGORY[token.lemma], count=None if batch else count or 1, qualifier="",
                                  quotes=[Quote(tokens[first].start, tokens[last].end, text[tokens[first].start : tokens[last].end])]))
    return found
