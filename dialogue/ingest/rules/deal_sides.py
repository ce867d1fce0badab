"""The sides of a deal: the countries a sentence or its passage names, the lenders and firms named with a sum, the
host and visitor of a visit, the recipient of aid set out for one country."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from dialogue.ingest.facts import DealFact, PersonFact
from dialogue.ingest.gazetteer import CENTRAL_ASIA
from dialogue.ingest.nlp import CITY, COUNTRY, DEMONYM, PERSON
from dialogue.ingest.parse_numbers import Amount
from dialogue.ingest.report import Report, Sentence
from dialogue.ingest.rules.institutions import Institution, institutions_in

SIDES = re.compile(r"\b(?:the|both) (?:sides|parties)\b|\b(?:the|both) (?:two )?(?:countries|states|governments)\b", re.I)
TWO = re.compile(r"\b(?:the two|both) (?:countries|states|governments|nations|economies)\b", re.I)
# "during his visit to Japan", "during the trip": the deal's sides are the visitor's country and the host's.
VISIT = re.compile(r"\b(?:during|in the course of|on the sidelines of|as part of)\s+(?:the|this|his|her|their|(?-i:(?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+)['’]s)\s+"
                   r"(?:(?:state|official|working|two-day|three-day)\s+)*(?:visit|trip|tour)\b(?:\s+to\s+(?:the\s+)?(?P<host>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))?", re.I)
_YEARS = re.compile(r"\b(?:over|within|in) the (?:next|coming)\b|\bover (?:\w+ )?years\b|\b\w+-year\b|\bby 20\d\d\b", re.I)
_REGION = re.compile(r"\bCentral Asian (?:countries|states|nations|republics|partners|firms|companies|businesses)\b|\b(?:countries|states|nations) of Central Asia\b")

# A firm named as the subject that signed, or after "with", across a deal from the one the gazetteer knows.
_FIRM_NAME = r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&)){0,3}?)"
_NOT_FIRM = re.compile(r"\b(?:President|Prime|Minister|Chancellor|Premier|King|Emir|Sultan|Government|Ministry|Mr|Ms|Mrs|Dr|He|She|They|It|"
                       r"The|This|These|Both|Sides?|Parties|Officials?)\b")
_SUBJECT = re.compile(rf"^\s*(?:the\s+)?{_FIRM_NAME}\s+(?:has\s+|have\s+|also\s+)?(?:signed|inked|won|concluded|sealed|clinched|struck|secured|"
                      r"agreed to (?:sell|buy|supply|deliver|build|provide))\b")
_WITH = re.compile(rf"^[^,.;]{{0,30}}?\bwith\s+(?:the\s+)?{_FIRM_NAME}(?=\s+(?:to|for|on|in|at|worth|under)\b|[,.;]|$)")


def to_one_country(report: Report, sentence: Sentence, amount: Amount) -> str | None:
    """The recipient when a sum set out goes to one country of the region named just after it ("$40 million in aid to Tajikistan"):
    that is a deal between two sides; the same sum to the region, or to several of its countries, is a target."""
    tail = re.match(r"[^;.]*?(?=,?\s+(?:and|while|whereas|but)\s+(?:a|an|the|another|\S*\d)\b|,\s+(?:which|the|said|according)\b|[;.]|$)",
                    sentence.text[amount.end : amount.end + 100]).group(0)
    if _REGION.search(tail) or re.search(r"\b(?:the region|Central Asia|countries|states)\b", tail) or _YEARS.search(sentence.text):
        return None  # to the region, or over years: a sum set out
    named = [(at - sentence.start_char - amount.end, code) for at, code in country_mentions(report, sentence, [])
             if 0 <= at - sentence.start_char - amount.end < len(tail)]
    if len(named) == 1 and named[0][1] in CENTRAL_ASIA and re.search(r"\b(?:to|for)\s+(?:the\s+)?$", tail[: named[0][0]]):
        return named[0][1]
    return None


# a lender named after a sum as the subject of a clause of its own: "..., and the bank has also issued", "with the bank issuing"
_OWN_CLAUSE = re.compile(r"\s+(?:has|have|had|will|would|is|are|was|were|also|then|[a-z]+ing)\b")
_TO_REGION = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:in\s+|of\s+)?(?:[\w-]+\s+){0,2}?(?:regional|region-wide)\b"
                        r"|[^;.$€£¥]{0,60}?\b(?:to|for)\s+(?:all\s+)?(?:the\s+)?(?:five\s+|5\s+)?(?:region\b|Central Asia\b|"
                        + _REGION.pattern + "))")


def to_region(sentence: Sentence, amount: Amount) -> bool:
    """A sum set out for the region as a whole, told just after it: "NOK 2 billion in grants for all five Central Asian
    states", "$400 million in regional grants"."""
    return bool(_TO_REGION.search(sentence.text[amount.end : amount.end + 100]))


def set_lenders(report: Report, sentence: Sentence, amount: Amount, deal: DealFact, people: list[PersonFact]) -> None:
    """A lender or fund named with the sum is a party in place of the country it belongs to (and of the country a
    word of its name names): those named before the sum with no other sum between, or just after it ("from the
    ADB", "with the Development Bank of Kazakhstan")."""
    text = sentence.text
    clause = re.search(r"[^;]*$", text[: amount.start]).start()
    others = [a.start - sentence.start_char for a in report.amounts  # the sentence's other sums, where they stand in it
              if sentence.start_char <= a.start < sentence.end_char and a.start - sentence.start_char != amount.start]
    sums = [at for at in others if at < amount.start]
    after = re.match(r"[^;.]*", text[amount.end :]).end() + amount.end
    every = institutions_in(text, report.gazetteer.country_code)
    chosen = [i for i in every
              if clause <= i.start < amount.start and not any(i.end <= at < amount.start for at in sums)
              or amount.end <= i.start < after and re.search(r"\b(?:with|from|by|to|between|and|as well as)\s+(?:the\s+)?$", text[amount.end : i.start])
              and not _OWN_CLAUSE.match(text[i.end :])]  # "..., and the fund has also issued a letter": a clause of its own
    if not chosen:
        _firm_of_no_known_kind(report, sentence, amount, deal, people)
        return
    homes = {i.home for i in chosen}

    def another_sums(at: int) -> bool:
        """A country named before another sum, nearer than this one and with no comma between, is that sum's ("Norway
        adds EUR 12 million within an EIB loan of EUR 60 million": Norway's is the twelve million)."""
        following = min((start for start in others if start > at), default=None)
        if amount.end <= at and re.fullmatch(r"\s+(?:to|for|with|from)\s+(?:the\s+)?", text[amount.end : at]):
            return False  # "$100 million to Kazakhstan and $50 million to ...": the country the sum goes to is its own
        if any(amount.end <= start < at and not re.search(r"[,;]", text[start:at]) for start in others):
            return True  # named after a later sum in its phrase: that sum's
        return following is not None and (at > amount.start or following < amount.start) and not re.search(r"[,;]", text[at:following])

    # With a firm or lender on each side of the sum ("A's $5 million contract to supply B"), what the sentence says before
    # the first of them is not about this deal.
    two_sided = chosen[0].start < amount.start < chosen[-1].start
    named = [(at - sentence.start_char, code) for at, code in sorted(country_mentions(report, sentence, people))
             if not any(i.start <= at - sentence.start_char < i.end for i in every) and not another_sums(at - sentence.start_char)
             and not (two_sided and at - sentence.start_char < chosen[0].start)
             and not re.search(r"\b(?:under|within|as part of|in the framework of)\s+(?:the\s+)?$", text[: at - sentence.start_char])
             and not any(re.fullmatch(r"\s+of(?:\s+the)?\s*", text[i.end : at - sentence.start_char]) for i in chosen)]  # "Bank of the X"
    between = len(chosen) >= 2 and any(i.start > amount.end and re.search(r"\bbetween\s+(?:the\s+)?$", text[amount.end : i.start]) for i in chosen)
    # "a loan between bank A and bank B": the two; a lender's own country is no party unless named as a side after the sum
    deal.parties = [] if between else list(dict.fromkeys(code for at, code in named if code not in homes or at > amount.end))
    if not deal.parties and len(chosen) == 1 and chosen[0].home and chosen[0].home not in CENTRAL_ASIA:
        # a lender from outside the region with no borrower named lends to the region's country the report is about
        deal.parties = [code for code in [_most_named(report, (COUNTRY, DEMONYM), lambda code: code in CENTRAL_ASIA)] if code]
    deal.institutions = [_full_name(report, text, i) for i in chosen]
    if len(chosen) == 1 and not deal.parties and (firm := _counterpart_firm(report, sentence, amount, chosen[0], clause)):
        deal.institutions.insert(0 if firm[0] < chosen[0].start else 1, firm[1])


def _full_name(report: Report, text: str, institution: Institution) -> str:
    """A lender's name with the country it is "of" when that follows it: "the Export-Import Bank of the United States"."""
    of = re.match(r"\s+of\s+(?P<country>(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})", text[institution.end :])
    if of and report.gazetteer.country_code(of.group("country")):
        return text[institution.start : institution.end + of.end()]
    return institution.name


def _counterpart_firm(report: Report, sentence: Sentence, amount: Amount, known: Institution, clause: int) -> tuple[int, str] | None:
    """Where the firm across a deal from the one firm or bank the gazetteer knows stands, and its name: the subject that
    signed ("Fjordrail signed a $90 million contract with Kazakhstan Railways", "Aerojet agreed to sell ten jets to Tajik Air
    in a deal worth"), the name after "with" ("Tajik Air signed a $400 million deal with Aerojet") or the maker of the goods
    bought ("Tajik Air agreed to purchase Aerojet planes worth"); a name that holds a
    country, a place or a person's title is no firm, nor is the known one."""
    text = sentence.text
    for offset, found in ((clause, _SUBJECT.match(text[clause : amount.start])), (amount.end, _WITH.match(text[amount.end :])),
                          (0, _FIRM_GOODS.search(text, clause, amount.start))):
        if found is None or _NOT_FIRM.search(found.group("name")):
            continue
        start, end = offset + found.start("name"), offset + found.end("name")
        if start < known.end and known.start < end or any(
                e.start_char < sentence.start_char + end and sentence.start_char + start < e.end_char
                for e in report.ents_in(sentence, COUNTRY, DEMONYM, CITY)):
            continue
        return start, found.group("name")
    return None


# A firm the gazetteer does not know, by where it stands: the subject that signs, invests or supplies ("Fjordtech plans to
# invest $1 billion in Kazakhstan's railways"), or the maker whose goods are bought ("agreed to buy Fjordjet aircraft worth").
_FIRM_SUBJECT = re.compile(r"^\s*(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+(?:has\s+|have\s+|also\s+)?(?:signed|inked|won|concluded|"
                           r"sealed|clinched|(?:will|plans to|intends to|is to|is set to|aims to|agreed to|is ready to)\s+(?:invest|build|supply|"
                           r"deliver|sign|finance))\b")
# The second of two subjects that sign: "the Ministry of Health of Tajikistan and Medlink signed a $10 million contract".
_FIRM_BESIDE = re.compile(r"\band\s+(?:the\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+(?:have\s+|also\s+)?(?:signed|inked|concluded)\b")
_FIRM_GOODS = re.compile(r"\b(?:purchase|buy|order|acquire)\s+(?:up to \d+\s+)?(?P<name>[A-Z][\w&-]*)\s+(?:[\w-]+\s+){1,3}?"
                         r"(?:worth|for|valued at)\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|more than\s+)?$")
_SURNAME = re.compile(r"(?:ov|ev|ova|eva|enko|ich|yan|ian|uly|zoda|zada|shvili)$")  # "Mirziyoyev signed ...": a person the report did not introduce
_GENERIC = frozenset("investors companies firms businesses banks partners officials authorities ministers leaders presidents "
                     "delegations governments sides parties both they he she it we these those this the a an its their".split())


def _firm_of_no_known_kind(report: Report, sentence: Sentence, amount: Amount, deal: DealFact, people: list[PersonFact]) -> None:
    """A firm no rule of institutions reads, standing as the subject that signs or invests or as the maker of goods bought,
    is a side in place of the country the format would lend the deal; the countries named across from it are the others.
    Its name must read as a name: written with a capital inside sentences elsewhere in the report, or never in lower case."""
    text = sentence.text
    clause = re.search(r"[^;]*$", text[: amount.start]).start()
    goods = _FIRM_GOODS.search(text, clause, amount.start)
    found = goods or _FIRM_SUBJECT.match(text[clause : amount.start]) or _FIRM_BESIDE.search(text, clause, amount.start)
    if found is None:
        return
    offset = clause if found.re is _FIRM_SUBJECT else 0
    start, end, name = offset + found.start("name"), offset + found.end("name"), found.group("name")
    if _NOT_FIRM.search(name) or name.lower() in _GENERIC or _SURNAME.search(name) or len(name) < 3 and not name.isupper() or any(
            name.split()[-1] == person.name.split()[-1] or name.split()[0] == person.name.split()[0] for person in people) or any(
            e.start_char < sentence.start_char + end and sentence.start_char + start < e.end_char
            for e in report.ents_in(sentence, COUNTRY, DEMONYM, CITY, PERSON)):
        return
    inside = re.compile(rf"(?<![.!?\n]\s)(?<!^)\b{re.escape(name)}\b")
    if re.search(rf"\b{re.escape(name.lower())}\b", report.text) and not any(
            m.start() != sentence.start_char + start and re.search(r"[a-z,]\s+$", report.text[max(0, m.start() - 3) : m.start()])
            for m in inside.finditer(report.text)):
        return  # "Investors signed ...": a word that opens the sentence, not a name
    mentions = [(at - sentence.start_char, code) for at, code in country_mentions(report, sentence, people)]
    if goods:  # the buyer is the sentence's subject: the first country it names
        sides = [code for at, code in mentions[:1] if at < start]
    elif found.re is _FIRM_BESIDE:  # the other subject, before it
        sides = [code for at, code in mentions if clause <= at < start]
    else:  # across from the subject: the countries named after it in its clause
        sides = [code for at, code in mentions if end <= at]
    deal.institutions, deal.parties = [name], list(dict.fromkeys(sides))


# "at the first Norway-Central Asia Summit": the format's name, no side of what was signed there
_FORMAT_AFTER = re.compile(r"[A-Z][\w.]*\s*[-–—]\s*Central\s+Asia(?:n)?\s+(?:[Ss]ummit|[Ff]orum|[Mm]eeting|[Ff]ormat|[Dd]ialogue)\b")


def country_mentions(report: Report, sentence: Sentence, people: list[PersonFact]) -> list[tuple[int, str]]:
    """Where a sentence names a country: by name, by demonym, or by the surname of a person of that country."""
    sums = [(amount.start, amount.end) for amount in report.amounts if sentence.start_char <= amount.start < sentence.end_char]
    found = [(ent.start_char, report.code(ent)) for ent in report.ents_in(sentence, COUNTRY, DEMONYM)
             if not any(start <= ent.start_char < end for start, end in sums)]  # "25 billion US dollars" names a currency, not a side
    for person in people:
        if person.country:
            found += [(sentence.start_char + word.start(), person.country)
                      for word in re.finditer(rf"\b{re.escape(person.name.split()[-1])}\b", sentence.text)]
    return [(position, code) for position, code in found if code and not _FORMAT_AFTER.match(report.text, position)]


def _named_before(report: Report, sentence: Sentence, people: list[PersonFact], sentences_back: int) -> list[str]:
    """The countries a passage names, from this sentence back `sentences_back` sentences, nearest first."""
    index = report.sentences.index(sentence)
    # the blank lines between paragraphs are no sentences of the passage
    passage = [s for s in reversed(report.sentences[max(0, index - 3 * sentences_back) : index]) if s.text.strip()][:sentences_back]
    mentions = [m for earlier in [*passage, sentence] for m in country_mentions(report, earlier, people)]
    return list(dict.fromkeys(code for _, code in sorted(mentions, reverse=True)))


def last_two_countries(report: Report, sentence: Sentence, people: list[PersonFact]) -> list[str]:
    return sorted(_named_before(report, sentence, people, 2)[:2])


def passage_sides(report: Report, sentence: Sentence, people: list[PersonFact]) -> list[str]:
    """A deal whose sentence names no side ("the sides signed ...", "agreements were also reached"): the two countries
    the passage has just named, when one is of the region and the other is not, as the genre's deals are."""
    pair = last_two_countries(report, sentence, people)
    if len(pair) == 1:  # "Brenner arrived in Astana ... agreements were signed": a city names the host no country names
        index = report.sentences.index(sentence)
        passage = [s for s in report.sentences[max(0, index - 6) : index + 1] if s.text.strip()][-3:]
        towns = [report.gazetteer.cities.get(report.city_name(e)) for s in passage for e in report.ents_in(s, CITY)]
        pair = sorted(pair + [code for code in dict.fromkeys(towns) if code and (code in CENTRAL_ASIA) != (pair[0] in CENTRAL_ASIA)][:1])
    return pair if len(pair) == 2 and len(set(pair) & set(CENTRAL_ASIA)) == 1 else []


def lead_sides(report: Report, people: list[PersonFact]) -> list[str]:
    """The two countries a two-sided report's lead names, one of the region and one not ("The presidents of Uzbekistan
    and Azerbaijan held talks ..."): the sides of a deal no sentence near it names ("the presidents hailed the forum,
    where projects worth $2 billion were signed")."""
    lead = next((s for s in report.sentences if s.end_char > report.text_start and s.text.strip()), None)
    pair = sorted({code for _, code in country_mentions(report, lead, people)}) if lead else []
    return pair if len(pair) == 2 and len(set(pair) & set(CENTRAL_ASIA)) == 1 else []


def visit_sides(report: Report, sentence: Sentence, visit: re.Match, people: list[PersonFact], partner: str | None,
                 parties: list[str]) -> list[str]:
    """A deal made during a visit: the host (named after "visit to", or the format's partner) and the visitor,
    the country of the person the passage last named from elsewhere."""
    host = report.gazetteer.country_code(visit.group("host")) if visit.group("host") else None
    host = host or (parties[0] if parties else partner)
    visitor = next((code for code in _named_before(report, sentence, people, 2)
                    if code != host and any(p.country == code for p in people)), None)
    if visitor is None and host:  # nobody's country said: the side the report names most, across the region's border
        visitor = _most_named(report, (COUNTRY, DEMONYM), lambda code: (code in CENTRAL_ASIA) != (host in CENTRAL_ASIA))
    return [code for code in dict.fromkeys([*parties, host, visitor]) if code]


def outside_country(report: Report) -> str | None:
    """With no format named (a leader's tour of the region), the country from outside Central Asia the report
    names most is the other side of the region's deals."""
    return _most_named(report, (COUNTRY, DEMONYM, CITY), lambda code: code not in CENTRAL_ASIA)


def _most_named(report: Report, labels: tuple[str, ...], keep: Callable[[str], bool]) -> str | None:
    """The country the report names most (by the entities of `labels`) among those `keep` lets through."""
    named = Counter(report.code(e) for e in report.ents if e.label_ in labels)
    counted = [(count, code) for code, count in named.items() if code and keep(code)]
    return max(counted)[1] if counted else None


def clause_of(report: Report, sentence: Sentence, amount: Amount) -> tuple[int, int]:
    """The clause of a sentence a sum stands in, where another subject with a sum of its own takes over after "while",
    "whereas" or ", and" ("A and B signed deals worth $5 billion, while C and B inked deals worth $3 billion"); a cut
    with no other sum beyond it splits nothing ("Kazakhstan, Kyrgyzstan, and Uzbekistan signed ...")."""
    text = sentence.text
    others = [a.start - sentence.start_char for a in report.amounts
              if sentence.start_char <= a.start < sentence.end_char and a.start - sentence.start_char != amount.start]
    cuts = list(re.finditer(r";|,?\s+(?:while|whereas)\s+|,\s+(?:and|but)\s+(?=[A-Z])", text))
    start = max((m.end() for m in cuts if m.end() <= amount.start and any(at < m.start() for at in others)), default=0)
    end = min((m.start() for m in cuts if m.start() >= amount.end and any(at >= m.end() for at in others)), default=len(text))
    return start, end


# "..., as he tries to depend less on A and B": the countries of a closing clause that says why are no sides
_WHY_CLAUSE = re.compile(r",\s+(?:as|amid|because|since)\s+(?!part\b|well\b|a\s+result\b)(?:he|she|it|they|the\s+\w+|[A-Z][\w-]+)\s+(?:also\s+)?"
                         r"(?:seeks?|sought|tries|try|tried|looks?|looked|aims?|aimed|wants?|hopes?|moves?|works?|strives?)\b")


def sides_named(report: Report, sentence: Sentence, people: list[PersonFact], partner: str | None,
             clause: tuple[int, int] | None = None) -> list[str]:
    """The countries named in the sentence, and those of the people it names ("Abe signed ..."); with one
    alone, the format's partner is the other side. Within the sum's clause when that names any."""
    mentions = sorted(country_mentions(report, sentence, people))
    if (aside := _WHY_CLAUSE.search(sentence.text)) and any(at - sentence.start_char < aside.start() for at, _ in mentions):
        mentions = [(at, code) for at, code in mentions if at - sentence.start_char < aside.start()]
    if clause and (inside := [(at, code) for at, code in mentions if clause[0] <= at - sentence.start_char < clause[1]]):
        mentions = inside
    codes = list(dict.fromkeys(code for _, code in mentions))
    if not set(codes) & set(CENTRAL_ASIA):  # "the port near Tromso": a place names the side no country names
        places = [report.gazetteer.cities.get(report.city_name(e)) for e in report.ents_in(sentence, CITY)]
        codes += [c for c in dict.fromkeys(places) if c and c not in codes]
    if _REGION.search(sentence.text):  # "to Central Asian countries", "the five states of Central Asia"
        codes += [code for code in CENTRAL_ASIA if code not in codes]
    if len(codes) == 1 and partner and partner not in codes:
        codes.append(partner)
    return codes
