"""Deals: money-valued agreements, contracts, investments and loans, and batches of them.

A sum becomes a deal when an agreement noun stands beside it ("agreements worth USD 500
million", "a loan of EUR 2 billion for ..."). Sums a side sets out to reach or provide as a
whole are targets (rules/targets.py) and trade statistics are neither; the two rules never
share a sum.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from dialogue.ingest.facts import DealFact, PersonFact
from dialogue.ingest.gazetteer import CENTRAL_ASIA
from dialogue.ingest.nlp import CITY, COUNTRY, DEMONYM
from dialogue.ingest.parse_numbers import Amount, find_counts
from dialogue.ingest.report import Report, Sentence, make_quote
from dialogue.ingest.rules.institutions import institutions_in
from dialogue.ingest.rules.targets import is_target_sentence

# Nouns that make a sum a deal whatever else the sentence says, and nouns that do so only when the
# sentence sets no goal ("a EUR 5 billion package" for the region is a target).
_STRONG = (r"agreements?|deals?|contracts?|memorand(?:a|ums?)|accords?|loans?|credit lines?|lines? of credit|"
           r"purchases?|orders?|grant aid|grants?|guarantees?")
_WEAK = r"investment projects?|projects?|investments?|aid|assistance|financing|packages?|documents"
_NOUN = re.compile(rf"\b(?P<noun>{_STRONG}|{_WEAK})\b", re.I)
_CONNECTOR = re.compile(
    r"^(?:\s+(?:and|or)\s+(?:[\w-]+\s+)?[\w-]+)?\s+(?:(?:on|in|for|with|between)\s+(?:[\w-]+\s+){1,7}?|(?:[\w-]+\s+){0,3}?)(?:worth|valued at|totall?ing|amounting to|with a (?:total )?value of|"
    r"for a total of|of|for|at|estimated at)(?:\s+(?:a total of|a combined|some|about|around|over|more than|nearly|almost|up to))?\s*$", re.I)
# "$2 billion in investments", "USD 500 million worth of contracts", "a 90 million yuan ($12 million) grant",
# "$14 million for the renovation of the airport"
_AFTER = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:['’]?\s*worth of\s+|in\s+|of\s+)?(?:[\w-]+\s+){0,3}?(?P<noun>" + _STRONG + "|" + _WEAK + r")\b"
    r"|for\s+(?:the\s+)?(?P<purpose>(?:renovation|construction|reconstruction|moderni[sz]ation|rehabilitation|building|upgrad\w+|support)\b[^,.;]{0,60}))",
    re.I)
_MODIFIER_STOP = re.compile(r"^(?:the|a|an|and|or|of|with|to|in|on|for|by|at|signed|inked|worth|have|has|had|were|was|will|\w+ed)$", re.I)
# A sum of deals told as a total: "the total value of the signed agreements exceeded", "the portfolio of contracts reached".
# "the value of the agreements signed amounted to" (no total said, but agreements, not purchases or orders).
_TOTAL = re.compile(rf"\b(?:total|overall|combined|aggregate)\s+(?:value|worth|volume|amount)\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?"
                    rf"(?P<noun>{_STRONG}|documents)\b[^,;]*$|\bportfolio\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<noun2>{_STRONG}|projects)\b[^,;]*$"
                    rf"|\bvalue\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?P<noun3>agreements?|deals?|contracts?|documents)\b[^,;]*$", re.I)
# A sum told at the end of its clause, after a comma: "..., totalling EUR 365 million"; its noun is what was signed.
_TRAILING_TOTAL = re.compile(r",\s+(?:totall?ing|worth|amounting to|valued at|with a (?:total |combined )?value of)(?:\s+(?:about|around|some|over|more than|nearly|almost|up to))?\s*$", re.I)
_SIGNED_NOUN = re.compile(rf"\b(?:signed|concluded|inked|sealed|exchanged)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{_STRONG})\b", re.I)
# "will invest $300 million in a solar plant": a project named after the sum (lower case: "in Uzbekistan" names no project).
_INVESTED = re.compile(r"^\s+in(?:to)?\s+(?:a|an|the|two|three|four|five|several|new)?\s*(?P<noun>[a-z][\w-]*(?:\s+(?!(?:in|at|of|by|for|to|with|on|and|over|near|across|throughout|within|among|between|under)\b)[a-z][\w-]*){0,5})")
_GOAL = re.compile(r"\b(?:target|goal|objective|aim(?:s|ed)? (?:to|at)|mobili[sz]e|over the (?:next|coming) \w+ years)\b", re.I)
_STATISTIC = re.compile(r"\b(?:turnover|trade (?:volume|between|with)|volume of trade|GDP|(?:exports?|imports?)(?!\s+(?:contracts?|deals?|agreements?|orders?|credits?|loans?))|reached\s+(?:a\s+)?(?:record\s+)?\W?\d|grew|rose|"
                        r"increased|amounted|accumulated|cumulative|stock of|so far|since \d{4}|over the past|in the past|last year|investors)\b", re.I)
_SIDES = re.compile(r"\b(?:the|both) (?:sides|parties)\b|\b(?:the|both) (?:two )?(?:countries|states|governments)\b", re.I)
_TWO = re.compile(r"\b(?:the two|both) (?:countries|states|governments|nations|economies)\b", re.I)
# "during his visit to Japan", "during the trip": the deal's sides are the visitor's country and the host's.
_VISIT = re.compile(r"\b(?:during|in the course of|on the sidelines of|as part of)\s+(?:the|this|his|her|their|[A-Z][\w-]+['’]s)\s+"
                    r"(?:(?:state|official|working|two-day|three-day)\s+)*(?:visit|trip|tour)\b(?:\s+to\s+(?:the\s+)?(?P<host>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))?", re.I)
_REGION = re.compile(r"\bCentral Asian (?:countries|states|nations|republics|partners|firms|companies|businesses)\b|\b(?:countries|states|nations) of Central Asia\b")
_STAGES = [
    ("completed", re.compile(r"\b(?:completed|commissioned|put into operation|inaugurated|disbursed)\b", re.I)),
    ("signed", re.compile(r"\b(?:signed|inked|concluded|sealed|signing|exchanged|exchange of)\b", re.I)),
    ("commitment", re.compile(r"\b(?:agreed|approved|committed|allocated|secured|granted|reached agreements?|agreements? was reached|were reached|was reached)\b", re.I)),
    ("pledge", re.compile(r"\b(?:will|would|plans?|intends?|pledged|announced|offered|extended|proposed|to provide|to invest|expects?)\b", re.I)),
]


def find_deals(report: Report, people: list[PersonFact], partner: str | None, meeting_countries: list[str]) -> tuple[list[DealFact], set[int]]:
    """Deals, each quoted first by its sum (the quote targets check so as not to count a sum twice), and the
    sums pledged as aid, financing or investment to no agreement in particular, which are targets. "The sides"
    who sign are the countries of the meeting the report tells of."""
    deals: list[DealFact] = []
    pledged: set[int] = set()
    partner = partner or (_outside_country(report) if report.amounts else None)
    for found in report.amounts:
        if found.equivalent_of is not None:
            continue
        sentence = report.sentence_of(found.start)
        amount = replace(found, start=found.start - sentence.start_char, end=found.end - sentence.start_char)
        deal = _deal_at(report, sentence, amount, people, partner) or _listed_deal(report, sentence, amount, people, partner)
        if deal is None:
            continue
        if (deal.stage is None or not deal.parties) and (listed := _list_intro(report, found.start)):
            intro = listed[1]  # "- a port (EUR 8M + EUR 2M in loans)": what the list's announcement says of all its items
            deal.stage = deal.stage or next((stage for stage, cue in _STAGES if cue.search(intro.text)), None)
            deal.parties = deal.parties or _parties(report, intro, people, partner)
        if _TWO.search(sentence.text) and len(pair := _last_two_countries(report, sentence, people)) == 2:
            deal.parties = pair  # "between companies of the two countries": the two the report has just named
        elif _SIDES.search(sentence.text) and set(deal.parties) <= set(meeting_countries):
            deal.parties = list(meeting_countries)
        elif len(deal.parties) < 2 and (visit := _VISIT.search(sentence.text)):
            deal.parties = _visit_sides(report, sentence, visit, people, partner, deal.parties)
        _lenders(report, sentence, amount, deal, people)
        if re.fullmatch(_WEAK, deal.title.split()[-1], re.I) and not re.search(rf"\b(?:{_STRONG})\b", deal.title, re.I) and deal.stage in (None, "pledge"):
            pledged.add(found.start)  # "will provide $15 million in aid": a sum set out, not an agreement made
            continue
        twin = next((d for d in deals if d.amount == deal.amount and d.currency == deal.currency
                     and (not d.parties or not deal.parties or d.parties == deal.parties)), None)  # one sum, two roads: two loans
        if twin is None:
            deals.append(deal)
        else:
            twin.quotes += deal.quotes
            twin.parties = twin.parties or deal.parties
            twin.count = twin.count or deal.count
    return deals, pledged


def _lenders(report: Report, sentence: Sentence, amount: Amount, deal: DealFact, people: list[PersonFact]) -> None:
    """A lender or fund named with the sum is a party in place of the country it belongs to (and of the country a
    word of its name names): those named before the sum with no other sum between, or just after it ("from the
    ADB", "with the Development Bank of Kazakhstan")."""
    text = sentence.text
    clause = re.search(r"[^;]*$", text[: amount.start]).start()
    others = [a.start - sentence.start_char for a in report.amounts  # the sentence's other sums, where they stand in it
              if sentence.start_char <= a.start < sentence.end_char and a.start - sentence.start_char != amount.start]
    sums = [at for at in others if at < amount.start]
    after = re.match(r"[^;.]*", text[amount.end :]).end() + amount.end
    chosen = [i for i in institutions_in(text, report.gazetteer.country_code)
              if clause <= i.start < amount.start and not any(i.end <= at < amount.start for at in sums)
              or amount.end <= i.start < after and re.search(r"\b(?:with|from|by|to|between|and)\s+(?:the\s+)?$", text[amount.end : i.start])]
    if not chosen:
        return
    homes = {i.home for i in chosen}

    def another_sums(at: int) -> bool:
        """A country named before another sum, nearer than this one and with no comma between, is that sum's ("the EU
        has committed EUR 10 million within an EBRD loan of EUR 35 million": the EU's is the ten million)."""
        following = min((start for start in others if start > at), default=None)
        return following is not None and (at > amount.start or following < amount.start) and not re.search(r"[,;]", text[at:following])

    named = [code for at, code in sorted(_mentions(report, sentence, people))
             if not any(i.start <= at - sentence.start_char < i.end for i in chosen) and not another_sums(at - sentence.start_char)
             and not re.search(r"\b(?:under|within|as part of|in the framework of)\s+(?:the\s+)?$", text[: at - sentence.start_char])]
    between = len(chosen) >= 2 and any(i.start > amount.end and re.search(r"\bbetween\s+(?:the\s+)?$", text[amount.end : i.start]) for i in chosen)
    deal.parties = [] if between else [code for code in dict.fromkeys(named) if code not in homes]  # "a loan between bank A and bank B": the two
    deal.institutions = [i.name for i in chosen]


def _mentions(report: Report, sentence: Sentence, people: list[PersonFact]) -> list[tuple[int, str]]:
    """Where a sentence names a country: by name, by demonym, or by the surname of a person of that country."""
    sums = [(amount.start, amount.end) for amount in report.amounts if sentence.start_char <= amount.start < sentence.end_char]
    found = [(ent.start_char, report.code(ent)) for ent in report.ents_in(sentence, COUNTRY, DEMONYM)
             if not any(start <= ent.start_char < end for start, end in sums)]  # "25 billion US dollars" names a currency, not a side
    for person in people:
        if person.country:
            found += [(sentence.start_char + word.start(), person.country)
                      for word in re.finditer(rf"\b{re.escape(person.name.split()[-1])}\b", sentence.text)]
    return [(position, code) for position, code in found if code]


def _named_before(report: Report, sentence: Sentence, people: list[PersonFact], sentences_back: int) -> list[str]:
    """The countries a passage names, from this sentence back `sentences_back` sentences, nearest first."""
    index = report.sentences.index(sentence)
    mentions = [m for earlier in report.sentences[max(0, index - sentences_back) : index + 1] for m in _mentions(report, earlier, people)]
    return list(dict.fromkeys(code for _, code in sorted(mentions, reverse=True)))


def _last_two_countries(report: Report, sentence: Sentence, people: list[PersonFact]) -> list[str]:
    return sorted(_named_before(report, sentence, people, 2)[:2])


def _visit_sides(report: Report, sentence: Sentence, visit: re.Match, people: list[PersonFact], partner: str | None,
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


def _outside_country(report: Report) -> str | None:
    """With no format named (a leader's tour of the region), the country from outside Central Asia the report
    names most is the other side of the region's deals."""
    return _most_named(report, (COUNTRY, DEMONYM, CITY), lambda code: code not in CENTRAL_ASIA)


def _most_named(report: Report, labels: tuple[str, ...], keep: Callable[[str], bool]) -> str | None:
    """The country the report names most (by the entities of `labels`) among those `keep` lets through."""
    named = Counter(report.code(e) for e in report.ents if e.label_ in labels)
    counted = [(count, code) for code, count in named.items() if code and keep(code)]
    return max(counted)[1] if counted else None


def _deal_at(report: Report, sentence: Sentence, amount: Amount, people: list[PersonFact], partner: str | None) -> DealFact | None:
    text = sentence.text
    clause_start = max(text.rfind(";", 0, amount.start), 0)
    before = text[clause_start : amount.start]
    near = re.search(r"[^,;:]*$", before).group(0) + text[amount.end : amount.end + 40]
    total = _TOTAL.search(before)
    if total is None and _STATISTIC.search(near):
        return None
    noun = next((m for m in reversed(list(_NOUN.finditer(before))) if _CONNECTOR.match(before[m.end() :])), None)
    if noun is None and total is None and _TRAILING_TOTAL.search(before):
        noun = _SIGNED_NOUN.search(before)  # "signed four memoranda with ... for ... projects, totalling EUR 365 million"
    count = None
    if total is not None:  # "the total value of the signed agreements exceeded $5 billion"
        group = next(name for name in ("noun", "noun2", "noun3") if total.group(name))
        title_start, title_end = clause_start + total.start(group), clause_start + total.end(group)
    elif noun is not None:
        title_start, title_end = clause_start + noun.start("noun"), clause_start + noun.end("noun")
    else:
        after = _AFTER.match(text[amount.end : amount.end + 80])
        invested = _INVESTED.match(text[amount.end : amount.end + 80]) if re.search(r"\binvest\w*\s+$", before) else None
        if after is None and invested is None:
            return None
        group = "purpose" if invested is None and after.group("purpose") else "noun"
        found = invested or after
        title_start, title_end = amount.end + found.start(group), amount.end + found.end(group)
    stage = next((name for name, cue in _STAGES if cue.search(text)), None)
    if title_start < amount.start:  # words that qualify a noun before the sum ("35 investment agreements worth")
        title_start, count = _modifiers(text, title_start)
    if (re.fullmatch(_WEAK, text[title_end - len(text[title_start:title_end].split()[-1]) : title_end], re.I) and count is None
            and is_target_sentence(text) and (stage in (None, "pledge") or _GOAL.search(text))):
        return None  # "a package of EUR 5 billion" set out for the region is a target; "signed a package of documents worth",
        # or "40 projects worth", counted one by one, are deals
    return DealFact(
        title=text[title_start:title_end], parties=_parties(report, sentence, people, partner), amount=amount.value, currency=amount.currency,
        count=count, stage=stage,
        quotes=[make_quote(report.text, sentence.start_char + amount.start, sentence.start_char + amount.end),
                make_quote(report.text, sentence.start_char + min(title_start, amount.start), sentence.start_char + max(title_end, amount.end))],
    )


_LIST_ITEM = re.compile(r"^\s*(?:(?:[-•*–—]|\d{1,2}[.)])\s*)+")
_ANNOUNCED = re.compile(rf"\b(?:{_STRONG}|projects)\b", re.I)
# The name just before a listed sum: "- FJORDNET (EUR 10M)", "NORDWATER (EUR 6M) and ICEGRID (EUR 4.5M)"
_LISTED_NAME = re.compile(r"(?P<name>[^\W\d_][^,;()–—:]*?)\s*(?:\(\s*|[:–—-]\s*)$")


def _list_intro(report: Report, position: int) -> tuple[int, Sentence] | None:
    """For a place in a list item, where its line begins and the sentence that announces the list with a colon
    ("... signed six agreements:"), when one does: lines are read, as a list's items are lines."""
    text = report.text
    line_start = text.rfind("\n", 0, position) + 1
    if not _LIST_ITEM.match(text[line_start : position]):
        return None
    end = line_start - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if line.strip() and not _LIST_ITEM.match(line):
            announced = line.rstrip().endswith(":") and _ANNOUNCED.search(line)
            return (line_start, report.sentence_of(begin + len(line) - len(line.lstrip()))) if announced else None
        end = begin - 1
    return None


def _listed_deal(report: Report, sentence: Sentence, amount: Amount, people: list[PersonFact], partner: str | None) -> DealFact | None:
    """A sum in a list item whose list a sentence announcing agreements (or projects) introduces: each item
    is a deal named by the words before its sum, with the announcement's stage and sides."""
    found = _list_intro(report, sentence.start_char + amount.start)
    if found is None:
        return None
    line_start, intro = found
    start = max(line_start - sentence.start_char, 0)
    start += _LIST_ITEM.match(sentence.text[start:]).end() if _LIST_ITEM.match(sentence.text[start:]) else 0
    before = re.split(r"\)\s*(?:,\s*)?(?:and\s+)?|,\s+", sentence.text[start : amount.start])[-1]
    name = _LISTED_NAME.search(before)
    if name is None:
        return None
    title_start = amount.start - len(before) + name.start("name")
    title_end = title_start + len(name.group("name"))
    return DealFact(
        title=sentence.text[title_start:title_end], parties=_parties(report, intro, people, partner), amount=amount.value,
        currency=amount.currency, count=None, stage=next((stage for stage, cue in _STAGES if cue.search(intro.text)), None),
        quotes=[make_quote(report.text, sentence.start_char + amount.start, sentence.start_char + amount.end),
                make_quote(report.text, sentence.start_char + title_start, sentence.start_char + title_end)],
    )


def _modifiers(text: str, noun_start: int) -> tuple[int, int | None]:
    """Up to three words before the noun that qualify it ("Japanese investment"), and a count before them."""
    start, taken = noun_start, 0
    for word in reversed(list(re.finditer(r"[\w'’-]+", text[:noun_start]))):
        if text[word.end() : start].strip():
            break  # punctuation between: the phrase ends there
        counts = find_counts(word.group(0))
        if counts:
            return start, counts[0].value if counts[0].value > 1 else None
        if taken == 3 or _MODIFIER_STOP.match(word.group(0)):
            break
        start, taken = word.start(), taken + 1
    return start, None


def _parties(report: Report, sentence: Sentence, people: list[PersonFact], partner: str | None) -> list[str]:
    """The countries named in the sentence, and those of the people it names ("Abe signed ..."); with one
    alone, the format's partner is the other side."""
    codes = list(dict.fromkeys(code for _, code in sorted(_mentions(report, sentence, people))))
    if not set(codes) & set(CENTRAL_ASIA):  # "the port near Tromso": a place names the side no country names
        places = [report.gazetteer.cities.get(report.city_name(e)) for e in report.ents_in(sentence, CITY)]
        codes += [c for c in dict.fromkeys(places) if c and c not in codes]
    if _REGION.search(sentence.text):  # "to Central Asian countries", "the five states of Central Asia"
        codes += [code for code in CENTRAL_ASIA if code not in codes]
    if len(codes) == 1 and partner and partner not in codes:
        codes.append(partner)
    return codes
