"""People a report names in lists: after a plural post ("Presidents X of Kazakhstan and Y of Uzbekistan"), after
their countries ("the ministers of A and B: X and Y"), or with their countries in brackets or possessives."""

from __future__ import annotations

import re

from spacy.tokens import Span

from dialogue.ingest.facts import PersonFact
from dialogue.ingest.gazetteer import KnownPerson
from dialogue.ingest.names import given_names_agree
from dialogue.ingest.nlp import COUNTRY, DEMONYM, TITLE
from dialogue.ingest.report import Report, make_quote
from dialogue.ingest.rules.name_scan import scan_name_backward, scan_name_forward

# A plural post before a list of people with their countries: "Presidents Aibek Toktomatov of Kyrgyzstan
# and Olim Rashidov of Uzbekistan", "Berg met the ministers - Olim Rashidov (Uzbekistan) and Farrukh Nazarov (Tajikistan)".
_PLURAL_POSTS = {"commissioners": "Commissioner", "presidents": "President", "leaders": "President", "heads of state": "President",
                 "prime ministers": "Prime Minister", "foreign ministers": "Foreign Minister", "ministers of foreign affairs": "Minister of Foreign Affairs",
                 "ministers": "Foreign Minister", "counterparts": None}
_PLACE_WORDS = frozenset("Province City Region Oblast District County Prefecture Territory Valley Island Islands".split())
_PLURAL_WORDS = frozenset("presidents leaders heads ministers counterparts commissioners".split())
_PLURAL = re.compile(r"\b(" + "|".join(sorted(_PLURAL_POSTS, key=len, reverse=True)) + r")\b", re.I)


def listed_people(report: Report, consumed: set[int]) -> list[PersonFact]:
    found = []
    for sentence in report.sentences:
        post = None if _PLURAL_WORDS.isdisjoint(sentence.words) else _PLURAL.search(sentence.text)
        if not post:
            # "attended by Aidos Nurlanov (Kazakhstan), Temir Asanaliev (Kyrgyzstan) ...": a list of two or more with
            # their countries in brackets, with no post said, in a sentence of who took part ("Kazakhstan's Caspian
            # Pipeline" or "Navoi Mining of Uzbekistan" would be no one)
            if (report.blind is None or not _ATTENDING_WORDS.isdisjoint(sentence.words)) and _ATTENDING.search(sentence.text):
                listed = _with_their_countries(report, sentence, sentence.start_char, None, consumed, bracketed_only=True)
                if len(listed) >= 2:
                    found += _consumed(report, listed, consumed)
                found += _consumed(report, _names_after_countries(report, sentence, sentence.start_char, None, consumed), consumed)
            continue
        role = _PLURAL_POSTS[post.group(1).lower()] or _post_of_whose_counterparts(report, sentence, sentence.start_char + post.start())
        found += _names_after_post(report, sentence, sentence.start_char + post.end(), role, consumed)
        found += _respective(report, sentence, sentence.start_char + post.end(), role, consumed)
        found += _consumed(report, _names_after_countries(report, sentence, sentence.start_char + post.end(), role, consumed), consumed)
        found += _consumed(report, _with_their_countries(report, sentence, sentence.start_char + post.end(), role, consumed), consumed)
    return found


def _post_of_whose_counterparts(report: Report, sentence, at: int) -> str | None:
    """'Foreign Minister X of Norway with his counterparts from Kazakhstan (Y), ...': the counterparts hold the post of
    the one named before them."""
    posts = [t for t in report.ents_in(sentence, TITLE) if t.end_char <= at and not t.text.lower().endswith("s")]
    return posts[-1].text[0].upper() + posts[-1].text[1:] if posts else None


def _names_after_countries(report: Report, sentence, at: int, role: str | None,
                           consumed: set[int]) -> list[tuple[tuple[int, int], PersonFact]]:
    """'the foreign ministers of Kazakhstan X, Kyrgyzstan – Y and Tajikistan – Z', 'the ministers of Kazakhstan (X),
    the Kyrgyz Republic (Y)': each country with its person's name right after it; two or more, or none."""
    doc, found, taken = report.doc, [], set(consumed)
    for country in report.ents_in(sentence, COUNTRY):
        if country.start_char < at:
            continue
        k = country.end
        bracket = k < sentence.end and doc[k].text == "("
        k += k < sentence.end and doc[k].text in ("(", "–", "—", "-", ":")
        span = scan_name_forward(report, k, min(sentence.end, k + 5))
        if span is None or span[1] - span[0] < 2 or any(i in taken for i in range(*span)) \
                or bracket and (span[1] >= sentence.end or doc[span[1]].text != ")") \
                or not bracket and span[1] < sentence.end and doc[span[1]].text not in (",", ".", ";", "and", ")"):
            continue
        found.append((span, _listed(report, span, role, country, country.start_char, doc[span[1] - 1].idx + len(doc[span[1] - 1]))))
        taken.update(range(*span))
    return found if len(found) >= 2 else []


_ATTENDING = re.compile(r"(?i)\b(?:attended|attending|took part|participated|participants|present|brought together|gathered|included)\b")
_ATTENDING_WORDS = frozenset("attended attending took participated participants present brought gathered included".split())  # one in each match


def _consumed(report: Report, listed: list[tuple[tuple[int, int], PersonFact]], consumed: set[int]) -> list[PersonFact]:
    for span, _ in listed:
        consumed.update(range(*span))
    return [person for _, person in listed]


def _with_their_countries(report: Report, sentence, at: int, role: str | None, consumed: set[int],
                          bracketed_only: bool = False) -> list[tuple[tuple[int, int], PersonFact]]:
    """Names after `at` each told with a country: "Kazakhstan's X", "X of Kyrgyzstan", "X (Uzbekistan)"."""
    doc, found, taken = report.doc, [], set(consumed)
    for country in report.ents_in(sentence, COUNTRY):
        if country.start_char < at:
            continue
        before = doc[country.start - 1] if country.start > 0 else None
        if before is None:
            continue
        if bracketed_only and before.text != "(":
            continue
        if country.end + 1 < sentence.end and doc[country.end].text in ("’s", "'s"):
            # "the five Presidents - Kazakhstan's Olim Rashidov, ...": the name after the country's
            span = scan_name_forward(report, country.end + 1, min(sentence.end, country.end + 6))
            if span is not None and doc[span[1] - 1].text in _PLACE_WORDS:
                continue  # "China's Sichuan Province": a place of the country, no one of it
            if span is not None and not any(k in taken for k in range(*span)):
                found.append((span, _listed(report, span, role, country, doc[country.start].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1]))))
                taken.update(range(*span))
            continue
        if before.lower_ == "of":
            end = country.start - 1  # "Sadyr Japarov of Kyrgyzstan"
        elif before.text == "(" and country.end < len(doc) and doc[country.end].text == ")":
            end = country.start - 1  # "Bakhtiyor Saidov (Uzbekistan)"
        else:
            continue
        span = scan_name_backward(report, end, max(sentence.start, end - 5), after_post=True)
        if span is None or any(k in taken for k in range(*span)):
            continue
        found.append((span, _listed(report, span, role, country, doc[span[0]].idx, country.end_char)))
        taken.update(range(*span))
    return found


def _names_after_post(report: Report, sentence, at: int, role: str | None, consumed: set[int]) -> list[PersonFact]:
    """'EU Commissioners Jan Novak and Eva Horn', 'Presidents A B, C D and E F': names right after a plural post,
    with the country said before the post."""
    doc, found = report.doc, []
    k = report.token_from(sentence, at)
    before = doc[sentence.start : k - 1]
    owner = report.ents_in(before, COUNTRY, DEMONYM)[-1:] if k > sentence.start else []
    country = report.code(owner[0]) if owner and owner[0].end >= k - 2 else None
    spans = []
    while k < sentence.end:
        span = scan_name_forward(report, k, min(sentence.end, k + 5))
        if span is None or span[1] - span[0] < 2 or any(i in consumed for i in range(*span)):
            break
        k = span[1]
        own, k = _country_after(report, k, sentence.end)
        spans.append((span, own))
        if k < sentence.end and doc[k].text == ",":
            k += 1
        if k < sentence.end and doc[k].lower_ == "and":
            k += 1
        elif doc[k - 1].text != ",":
            break
    if len(spans) < 2:
        return []
    for span, own in spans:
        name = doc[span[0] : span[1]].text
        known = known_person(report, name)
        found.append(PersonFact(name=name, role=role or (known.role if known else None), country=own or country,
                                quotes=[make_quote(report.text, doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1]))],
                                known=known, confidence=0.7))
        consumed.update(range(*span))
    return found


def _respective(report: Report, sentence, at: int, role: str | None, consumed: set[int]) -> list[PersonFact]:
    """'the foreign ministers of Kazakhstan, Kyrgyzstan and Tajikistan: A B, C D and E F': as many names as countries,
    in the same order, each of the country in its place."""
    doc = report.doc
    k = report.token_from(sentence, at)
    if k >= sentence.end or doc[k].lower_ != "of":
        return []
    countries, k = [], k + 1
    while k < sentence.end and (country := report.ent_at_start.get(k)) is not None and country.label_ == COUNTRY:
        countries.append(country)
        k = country.end
        k += k < sentence.end and doc[k].text == ","
        k += k < sentence.end and doc[k].lower_ == "and"
    if len(countries) < 2 or k >= sentence.end or doc[k - 1].text not in ":,–—-" and doc[k].text not in ":–—-":
        return []
    k += doc[k].text in ":–—-"
    spans = []
    while k < sentence.end and len(spans) < len(countries):
        span = scan_name_forward(report, k, min(sentence.end, k + 5))
        if span is None or span[1] - span[0] < 2 or any(i in consumed for i in range(*span)):
            return []
        spans.append(span)
        k = span[1]
        k += k < sentence.end and doc[k].text == ","
        k += k < sentence.end and doc[k].lower_ == "and"
    if len(spans) != len(countries):
        return []
    found = []
    for span, country in zip(spans, countries):
        found.append(_listed(report, span, role, country, doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])))
        consumed.update(range(*span))
    return found


def _country_after(report: Report, k: int, sentence_end: int) -> tuple[str | None, int]:
    """'of Kyrgyzstan' or '(Kyrgyzstan)' after a listed name: that person's country, and where the list goes on."""
    doc = report.doc
    if k + 1 < sentence_end and doc[k].lower_ == "of" and (country := report.ent_at_start.get(k + 1)) is not None and country.label_ == COUNTRY:
        return report.code(country), country.end
    if k + 2 < sentence_end and doc[k].text == "(" and (country := report.ent_at_start.get(k + 1)) is not None and country.label_ == COUNTRY \
            and doc[country.end].text == ")":
        return report.code(country), country.end + 1
    return None, k


def _listed(report: Report, span: tuple[int, int], role: str | None, country: Span, start: int, end: int) -> PersonFact:
    name = report.doc[span[0] : span[1]].text
    known = known_person(report, name)
    return PersonFact(name=name, role=role or (known.role if known else None), country=report.code(country),
                      quotes=[make_quote(report.text, start, end)], known=known, confidence=0.7)


def known_person(report: Report, name: str) -> KnownPerson | None:
    """The known person of this surname whose given names agree with the name's; none where namesakes both fit."""
    for word in reversed(name.split()):
        people = [person for person in report.gazetteer.people_by_surname.get(word.lower(), ())
                  if any(given_names_agree(spelling, name) for spelling in person.spellings)]
        if people:
            return people[0] if len(people) == 1 else None
    return None
