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


def find_documents(text: str, sentence: Sentence) -> list[DocumentFact]:
    tokens = sentence.tokens
    adopted = bool(_ADOPTED.search(text, sentence.start, sentence.end))
    found = []
    for i, token in enumerate(tokens):
        if token.lemma not in HEADS or not adopted and token.lemma not in CITED and not (
                token.lemma == "заявление" and i and tokens[i - 1].lemma == "совместный"):
            continue
        first = i
        while first > 0 and parses(tokens[first - 1].text)[0].tag.POS in ("ADJF", "PRTF") and not tokens[first - 1].text.isdigit():
            first -= 1
        count = None
        if first > 0 and tokens[first - 1].text.isdigit():
            count = int(tokens[first - 1].text)
        plural = parses(token.text)[0].tag.number == "plur"
        last = i
        while last + 1 < len(tokens) and tokens[last + 1].lemma in TAILS.get(token.lemma, set()):
            last += 1
        if plural and count is None or token.lemma == "документ" and count is None or token.lemma == "план" and last == i:
            continue
        grammemes = frozenset({"nomn", "plur"} if plural else {"nomn"})
        case = next(iter(token.cases()), None) if len(token.cases()) == 1 else parses(token.text)[0].tag.case
        gender = parses(token.text)[0].tag.gender  # "итоговом коммюнике": the adjective tells the case, the noun the gender
        words = [inflect(t.text, None, grammemes, gender) for t in tokens[first:i]] + [inflect(token.text, case, grammemes)]
        kind = " ".join(words) + text[token.end : tokens[last].end]
        kind = kind[:1].upper() + kind[1:] if tokens[first].capitalised else kind
        found.append(DocumentFact(kind=re.sub(r"\s+", " ", kind), category=CATEGORY[token.lemma], count=count or 1, qualifier="",
                                  quotes=[Quote(tokens[first].start, tokens[last].end, text[tokens[first].start : tokens[last].end])]))
    return found
