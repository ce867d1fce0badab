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
from dialogue.ingest.parse_numbers import TENS, UNITS, Amount, find_counts, number_value
from dialogue.ingest.report import Report, Sentence, make_quote
from dialogue.ingest.rules.institutions import institutions_in
from dialogue.ingest.rules.targets import is_target_sentence

# Nouns that make a sum a deal whatever else the sentence says, and nouns that do so only when the
# sentence sets no goal ("a EUR 5 billion package" for the region is a target).
_STRONG = (r"agreements?|deals?|contracts?|memorand(?:a|ums?)|accords?|loans?|credit lines?|lines? of credit|"
           r"purchases?|orders?|grant aid|grants?|guarantees?")
_WEAK = r"investment projects?|projects?|investments?|aid|assistance|financing|packages?|documents|pipeline"
_NOUN = re.compile(rf"\b(?P<noun>{_STRONG}|{_WEAK})\b", re.I)
_CONNECTOR = re.compile(
    r"^(?:\s+(?:and|or)\s+(?:[\w-]+\s+)?[\w-]+)?\s+(?:(?:on|in|for|with|between)\s+(?:[\w-]+\s+){1,7}?|(?:[\w-]+\s+){0,3}?)(?:worth|valued at|totall?ing|amounting to|exceeding|with a (?:total |combined )?value of|"
    r"for a total of|of|for|at|estimated at)(?:\s+(?:a total of|a combined|some|about|around|over|more than|nearly|almost|up to))?\s*$", re.I)
# "$2 billion in investments", "USD 500 million worth of contracts", "a 90 million yuan ($12 million) grant",
# "$14 million for the renovation of the airport"
_AFTER = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:['’]?\s*worth of\s+|in\s+|of\s+)?(?:[\w-]+\s+){0,3}?(?P<noun>" + _STRONG + "|" + _WEAK + r")\b"
    r"|for\s+(?:the\s+)?(?P<purpose>(?:renovation|construction|reconstruction|moderni[sz]ation|rehabilitation|building|upgrad\w+|support)\b[^,.;]{0,60})"
    r"|to\s+(?P<aim>(?:support|fund|finance|build|upgrade|moderni[sz]e|renovate|rebuild|equip|repair|revamp)\b[^,.;]{0,60}))",
    re.I)
_MODIFIER_STOP = re.compile(r"^(?:the|a|an|and|or|of|with|to|in|on|for|by|at|signed|inked|worth|have|has|had|were|was|will|\w+ed|"
                            r"signs?|inks?|seals?|strikes?|clinch(?:es)?|agrees?|reach(?:es)?|yields?|concludes?|including|among)$", re.I)
# A sum of deals told as a total: "the total value of the signed agreements exceeded", "the portfolio of contracts reached".
# "the value of the agreements signed amounted to" (no total said, but agreements, not purchases or orders).
_TOTAL = re.compile(rf"\b(?:total|overall|combined|aggregate)\s+(?:value|worth|volume|amount)\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?"
                    rf"(?P<noun>{_STRONG}|documents)\b[^,;]*$|\bportfolio\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<noun2>{_STRONG}|projects)\b[^,;]*$"
                    rf"|\bvalue\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?P<noun3>agreements?|deals?|contracts?|documents)\b[^,;]*$"
                    # "the agreements signed during the visit total (amounted to, are worth) $4 billion"
                    rf"|\b(?P<noun4>agreements|deals|contracts|memoranda)\s+(?:(?:signed|concluded|reached|inked|sealed)\b[^,;$€£¥]{{0,80}}?)?"
                    rf"\b(?:total(?:l?ed|s)?|amount(?:ed|s)?\s+to|(?:are|were)\s+(?:worth|valued at|estimated at))"
                    rf"(?:\s+(?:about|around|some|over|more than|nearly|almost|up to))?\s*$", re.I)
# A sum told at the end of its clause, after a comma: "..., totalling EUR 365 million"; its noun is what was signed.
_TRAILING_TOTAL = re.compile(r",\s+(?:totall?ing|worth|amounting to|valued at|with a (?:total |combined )?value of)(?:\s+(?:about|around|some|over|more than|nearly|almost|up to))?\s*$", re.I)
# An agreement signed, or to be signed, whose worth the sentence tells as projects or investment: "will sign a memorandum
# with Norway, with an investment pipeline worth $2 billion", "signed an agreement on projects worth $1 billion".
_SIGNS = re.compile(r"\b(?:sign|signs|signed|signing|conclude[sd]?|ink(?:s|ed)?)\s+(?:a|an|the|two|three|four|five)?\s*(?:[\w-]+\s+){0,2}?"
                    r"(?P<noun>agreements?|memorand(?:a|ums?)(?:\s+of\s+understanding)?|contracts?|deals?)\b", re.I)
_LENDS = re.compile(r"\b(?P<verb>lend|lends|lent|loaned|grants?|granted)\s+(?:to\s+)?(?:(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)?"
                    r"(?:(?:a total of|about|around|some|over|more than|nearly|almost|up to)\s+)?$")
_SIGNED_NOUN = re.compile(rf"\b(?:signed|concluded|inked|sealed|exchanged)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{_STRONG})\b"
                          rf"|\b(?P<noun2>{_STRONG})(?:\s+(?:were|was|have been|had been)\s+(?:signed|concluded|inked|sealed|reached|agreed)\b"
                          rf"[^,;]{{0,60}})?,[^,;]*$", re.I)
# "will invest $300 million in a solar plant": a project named after the sum (lower case: "in Uzbekistan" names no project).
_INVESTED = re.compile(r"^\s+in(?:to)?\s+(?:(?:a|an|the|two|three|four|five|several|new)\s+)?(?P<noun>(?!(?:a|an|the)\b)[a-z][\w-]*(?:\s+(?!(?:in|at|of|by|for|to|with|on|and|over|near|across|throughout|within|among|between|under)\b)[a-z][\w-]*){0,5})")
_GOAL = re.compile(r"\b(?:target|goal|objective|aim(?:s|ed)? (?:to|at)|mobili[sz]e|over the (?:next|coming) \w+ years)\b", re.I)
_STATISTIC = re.compile(r"\b(?:turnover|trade (?:volume|between|with)|volume of trade|GDP|(?:exports?|imports?)(?![\s-]+(?:contracts?|deals?|agreements?|orders?|credits?|loans?|banks?|agency|insurance|import))|reached\s+(?:a\s+)?(?:record\s+)?\W?\d|grew|rose|"
                        r"increased|amounted|accumulated|cumulative|stock of|so far|since \d{4}|over the past|in the past|last year|investors|"
                        r"(?:between|from) \d{4} (?:and|to) \d{4}|(?:have|has) been (?:implemented|completed|carried out|reali[sz]ed|put into operation)|"
                        r"(?:are|is) (?:currently |now |still )?(?:being implemented|under way|underway|under implementation|in progress))\b", re.I)
_TRADE = re.compile(r"\b(?:turnover|trade|GDP|exports?|imports?|grew|rose|increased|volume)\b", re.I)
_SIGNED_VERB = re.compile(r"\b(?:signed|inked|concluded|sealed|struck|clinched)\b", re.I)
_SIDES = re.compile(r"\b(?:the|both) (?:sides|parties)\b|\b(?:the|both) (?:two )?(?:countries|states|governments)\b", re.I)
_TWO = re.compile(r"\b(?:the two|both) (?:countries|states|governments|nations|economies)\b", re.I)
# "during his visit to Japan", "during the trip": the deal's sides are the visitor's country and the host's.
_VISIT = re.compile(r"\b(?:during|in the course of|on the sidelines of|as part of)\s+(?:the|this|his|her|their|[A-Z][\w-]+['’]s)\s+"
                    r"(?:(?:state|official|working|two-day|three-day)\s+)*(?:visit|trip|tour)\b(?:\s+to\s+(?:the\s+)?(?P<host>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))?", re.I)
_REGION = re.compile(r"\bCentral Asian (?:countries|states|nations|republics|partners|firms|companies|businesses)\b|\b(?:countries|states|nations) of Central Asia\b")
# Deals counted with no sum: "signed eight deals", "12 investment contracts were concluded". Plain "agreements" and
# "documents" counted so are outcome documents (rules/documents.py); deals and contracts, and agreements named for
# business, are deals.
_DEAL_KIND = r"(?:(?:commercial|business|investment|trade|export|supply|loan|financing|purchase)\s+)?(?:deals|contracts)|" \
             r"(?:commercial|business|investment|trade|export|supply|loan|financing|purchase)\s+agreements"
_DEAL_WORD = re.compile(r"(?:deals|contracts|agreements)\b", re.I)
_COUNT = r"\d+|(?:" + "|".join(sorted([*UNITS, *TENS], key=len, reverse=True)) + r")(?:-[a-z]+)?"
_COUNTED = re.compile(rf"\b(?:signed|inked|concluded|struck|sealed|clinched)\s+(?:a total of\s+|some\s+|about\s+|more than\s+|over\s+|nearly\s+)?"
                      rf"(?P<count>{_COUNT})\s+(?P<title>{_DEAL_KIND})\b"
                      rf"|\b(?P<count2>{_COUNT})\s+(?P<title2>{_DEAL_KIND})\s+(?:were|have been|had been)\s+"
                      rf"(?:signed|inked|concluded|struck|sealed)\b", re.I)
# An elided deal: the sum after a comma or "and", with the name of its side ("..., Uzbekistan $35 billion"), and after it
# no more than the side it is made with ("and $1 billion with Sweden").
_ELIDED_BEFORE = re.compile(r"(?:,|\band\b|\bwhile\b|\bwhereas\b)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:(?:signed|secured|inked|concluded|won)\s+)?"
                            r"(?:(?:a total of|about|around|some|over|more than|nearly|almost|up to|another|a further)\s+)?$")
_ELIDED_AFTER = re.compile(r"\s*(?:(?:with|from|to|for|in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?\s*(?=[,.;]|\band\b|$)")
_HISTORY = re.compile(r"\b(?:over|in|during) the (?:past|last)\b|\bso far\b|\bto date\b|\bsince\b|\bin recent years\b", re.I)
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
        deal = (_deal_at(report, sentence, amount, people, partner) or _listed_deal(report, sentence, amount, people, partner)
                or _elided(report, sentence, amount, deals, people))
        if deal is None:
            continue
        if (deal.stage is None or not deal.parties) and (listed := _list_intro(report, found.start)):
            intro = listed[1]  # "- a port (EUR 8M + EUR 2M in loans)": what the list's announcement says of all its items
            deal.stage = deal.stage or next((stage for stage, cue in _STAGES if cue.search(intro.text)), None)
            deal.parties = deal.parties or _parties(report, intro, people, partner)
        if _TWO.search(sentence.text) and len(pair := _last_two_countries(report, sentence, people)) == 2:
            deal.parties = pair  # "between companies of the two countries": the two the report has just named
        elif _SIDES.search(sentence.text) and meeting_countries and set(deal.parties) <= set(meeting_countries):
            deal.parties = list(meeting_countries)
        elif len(deal.parties) < 2 and (visit := _VISIT.search(sentence.text)):
            deal.parties = _visit_sides(report, sentence, visit, people, partner, deal.parties)
        _lenders(report, sentence, amount, deal, people)
        if not deal.parties and not deal.institutions:
            deal.parties = _passage_sides(report, sentence, people)
        if _weak(deal.title) and deal.stage in (None, "pledge"):
            pledged.add(found.start)  # "will provide $15 million in aid": a sum set out, not an agreement made
            continue
        # one sum said twice with the sides of one within the other's is one deal; with other sides, two loans
        twin = next((d for d in deals if d.amount == deal.amount and d.currency == deal.currency
                     and (set(d.parties) <= set(deal.parties) or set(deal.parties) <= set(d.parties))), None)
        if twin is None:
            deals.append(deal)
        else:
            twin.quotes += deal.quotes
            twin.parties = deal.parties if len(deal.parties) > len(twin.parties) else twin.parties
            twin.count = twin.count or deal.count
    return deals + _counted_deals(report, people, partner, meeting_countries), pledged


def _elided(report: Report, sentence: Sentence, amount: Amount, deals: list[DealFact], people: list[PersonFact]) -> DealFact | None:
    """A sum that shares the noun of the deal told just before it in the sentence: "$17 billion in deals with Norway,
    Uzbekistan $35 billion and Tajikistan $2 billion", "deals worth $3 billion with Norway and $1 billion with Sweden".
    Its own sides are those named beside it, which the deal before it loses; the side they share stays."""
    text, offset = sentence.text, sentence.start_char
    previous = next((d for d in reversed(deals) if offset <= d.quotes[0].start < offset + amount.start), None)
    if previous is None:
        return None
    between = text[previous.quotes[0].end - offset : amount.start]
    tail = _ELIDED_BEFORE.search(between)
    after = _ELIDED_AFTER.match(text[amount.end :])
    if len(between) > 120 or re.search(r"[.;:]", between) or tail is None or after is None:
        return None
    head_end = previous.quotes[0].end - offset + tail.start()  # where the previous sum's own phrase ends
    mentions = _mentions(report, sentence, people)
    own_before = [code for at, code in mentions if head_end <= at - offset < amount.start]
    own_after = [code for at, code in mentions if amount.end <= at - offset < amount.end + after.end()]
    previous_after = [code for at, code in mentions if previous.quotes[0].end - offset <= at - offset < head_end]
    own = list(dict.fromkeys(own_before + own_after))
    across = [code for code in previous.parties if own and code not in own and (code in CENTRAL_ASIA) != (own[0] in CENTRAL_ASIA)]
    if across:  # the genre's deals cross the region's border: the side across it from this sum's own is the shared one
        shared = across
    elif own_after and not own_before:  # "... with Norway and $1 billion with Sweden": the subject is shared
        shared = [code for code in previous.parties if code not in previous_after and code not in own]
    else:  # "... with Norway, Uzbekistan $35 billion": the partner after "with" is shared, or what the sum before shared
        previous_start = previous.quotes[0].start - offset
        lead = _ELIDED_BEFORE.search(text[max(0, previous_start - 60) : previous_start])
        previous_own = [code for at, code in mentions if lead and previous_start - len(lead.group(0)) <= at - offset < previous_start]
        shared = [code for code in previous_after or [c for c in previous.parties if c not in previous_own] if code not in own]
    for earlier in deals:  # the deals before it in the sentence lose its sides
        if own and offset <= earlier.quotes[0].start < offset + amount.start and len(earlier.parties) > 2:
            earlier.parties = [code for code in earlier.parties if code not in own]
    return DealFact(
        title=previous.title, parties=list(dict.fromkeys(own + shared)) if own else list(previous.parties), amount=amount.value,
        currency=amount.currency, count=None, stage=previous.stage,
        quotes=[make_quote(report.text, offset + amount.start, offset + amount.end),  # and the phrase it stands in: "Uzbekistan $35 billion"
                make_quote(report.text, offset + head_end + len(re.match(r"(?:,|and|while|whereas)?\s*", tail.group(0)).group(0)),
                           offset + amount.end + len(after.group(0).rstrip()))])


def _counted_deals(report: Report, people: list[PersonFact], partner: str | None, meeting_countries: list[str]) -> list[DealFact]:
    """Deals told by their number alone, in sentences that state no sum (a sum makes the batch a deal by its worth)."""
    found: list[DealFact] = []
    text = report.text
    matches = {m.start(): m for noun in _DEAL_WORD.finditer(text)  # read only near the nouns: a fifth of the time
               for m in _COUNTED.finditer(text, max(0, noun.start() - 70), min(len(text), noun.end() + 40))}
    for match in matches.values():
        group = "count" if match.group("count") else "count2"
        count = number_value(match.group(group))
        sentence = report.sentence_of(match.start())
        if (count is None or count < 2 or any(sentence.start_char <= a.start < sentence.end_char for a in report.amounts)
                or _HISTORY.search(sentence.text)):
            continue  # "over the past decade the two signed 120 contracts" is a record of years, not this report's deals
        parties = _parties(report, sentence, people, partner)
        if _SIDES.search(sentence.text) and meeting_countries and set(parties) <= set(meeting_countries):
            parties = list(meeting_countries)
        elif len(parties) < 2 and (visit := _VISIT.search(sentence.text)):
            parties = _visit_sides(report, sentence, visit, people, partner, parties)
        parties = parties or _passage_sides(report, sentence, people)
        title = match.group("title" if group == "count" else "title2")
        found.append(DealFact(
            title=title, parties=parties, amount=None, currency=None, count=int(count), stage="signed",
            quotes=[make_quote(report.text, match.start(group), match.end()), make_quote(report.text, sentence.start_char, sentence.end_char)]))
    return found


def _weak(title: str) -> bool:
    """A title of aid, financing or projects, which a sum set out may carry as well as an agreement: no agreement
    noun in it ("grant aid" is one), and no portfolio the projects were gathered in."""
    return bool(re.fullmatch(_WEAK, title.split()[-1], re.I)) and not re.search(rf"\b(?:{_STRONG}|portfolio)\b", title, re.I)


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
              or amount.end <= i.start < after and re.search(r"\b(?:with|from|by|to|between|and|as well as)\s+(?:the\s+)?$", text[amount.end : i.start])]
    if not chosen:
        return
    homes = {i.home for i in chosen}

    def another_sums(at: int) -> bool:
        """A country named before another sum, nearer than this one and with no comma between, is that sum's ("Norway
        adds EUR 12 million within an EIB loan of EUR 60 million": Norway's is the twelve million)."""
        following = min((start for start in others if start > at), default=None)
        return following is not None and (at > amount.start or following < amount.start) and not re.search(r"[,;]", text[at:following])

    # With a firm or lender on each side of the sum ("A's $5 million contract to supply B"), what the sentence says before
    # the first of them is not about this deal.
    two_sided = chosen[0].start < amount.start < chosen[-1].start
    named = [(at - sentence.start_char, code) for at, code in sorted(_mentions(report, sentence, people))
             if not any(i.start <= at - sentence.start_char < i.end for i in chosen) and not another_sums(at - sentence.start_char)
             and not (two_sided and at - sentence.start_char < chosen[0].start)
             and not re.search(r"\b(?:under|within|as part of|in the framework of)\s+(?:the\s+)?$", text[: at - sentence.start_char])]
    between = len(chosen) >= 2 and any(i.start > amount.end and re.search(r"\bbetween\s+(?:the\s+)?$", text[amount.end : i.start]) for i in chosen)
    # "a loan between bank A and bank B": the two; a lender's own country is no party unless named as a side after the sum
    deal.parties = [] if between else list(dict.fromkeys(code for at, code in named if code not in homes or at > amount.end))
    if not deal.parties and len(chosen) == 1 and chosen[0].home and chosen[0].home not in CENTRAL_ASIA:
        # a lender from outside the region with no borrower named lends to the region's country the report is about
        deal.parties = [code for code in [_most_named(report, (COUNTRY, DEMONYM), lambda code: code in CENTRAL_ASIA)] if code]
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


def _passage_sides(report: Report, sentence: Sentence, people: list[PersonFact]) -> list[str]:
    """A deal whose sentence names no side ("the sides signed ...", "agreements were also reached"): the two countries
    the passage has just named, when one is of the region and the other is not, as the genre's deals are."""
    pair = _last_two_countries(report, sentence, people)
    return pair if len(pair) == 2 and len(set(pair) & set(CENTRAL_ASIA)) == 1 else []


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
    noun = next((m for m in reversed(list(_NOUN.finditer(before))) if _CONNECTOR.match(before[m.end() :])), None)
    # "investors signed agreements worth", "last year ... signed contracts worth": an agreement signed is no statistic,
    # but a trade figure or a growth ("the volume of contracts grew to") is
    signed = noun is not None and re.fullmatch(_STRONG, noun.group("noun"), re.I) and _SIGNED_VERB.search(before)
    if total is None and _STATISTIC.search(near) and not (signed and not _TRADE.search(near)):
        return None
    noun = noun and noun.span("noun")
    if noun is None and total is None and _TRAILING_TOTAL.search(before) and (signed := _SIGNED_NOUN.search(before)):
        noun = signed.span("noun" if signed.group("noun") else "noun2")  # "signed four memoranda ..., totalling EUR 365 million"
    count = None
    if total is not None:  # "the total value of the signed agreements exceeded $5 billion"
        group = next(name for name in ("noun", "noun2", "noun3", "noun4") if total.group(name))
        title_start, title_end = clause_start + total.start(group), clause_start + total.end(group)
    elif noun is not None:
        title_start, title_end = clause_start + noun[0], clause_start + noun[1]
    elif (span := _named_after(text, before, amount, clause_start)) is not None:
        title_start, title_end = span
    else:
        return None
    stage = next((name for name, cue in _STAGES if cue.search(text)), None)
    if title_start < amount.start:  # words that qualify a noun before the sum ("35 investment agreements worth")
        title_start, count = _modifiers(text, title_start)
        if portfolio := re.search(r"\bportfolio\s+of\s+$", text[:title_start], re.I):
            title_start = portfolio.start()  # "a portfolio of joint projects": a set agreed as one, not aid set out
    if _weak(text[title_start:title_end]) and (signs := _SIGNS.search(text, clause_start, min(title_start, amount.start))):
        title_start, title_end = signs.span("noun")  # the agreement is the deal; the projects are what it is worth
    if (_weak(text[title_start:title_end]) and count is None
            and is_target_sentence(text) and (stage in (None, "pledge") or _GOAL.search(text))):
        return None  # "a package of EUR 5 billion" set out for the region is a target; "signed a package of documents worth",
        # or "40 projects worth", counted one by one, are deals
    return DealFact(
        title=text[title_start:title_end], parties=_parties(report, sentence, people, partner), amount=amount.value, currency=amount.currency,
        count=count, stage=stage,
        quotes=[make_quote(report.text, sentence.start_char + amount.start, sentence.start_char + amount.end),
                make_quote(report.text, sentence.start_char + min(title_start, amount.start), sentence.start_char + max(title_end, amount.end))],
    )


def _named_after(text: str, before: str, amount: Amount, clause_start: int) -> tuple[int, int] | None:
    """Where a sum with no agreement noun before it is named: the project an investment goes to, the noun or purpose
    after it ("$2 billion in investments", "$5 million for the renovation of ..."), or the lending verb before it."""
    window = text[amount.end : amount.end + 80]
    if re.search(r"\binvest\w*\s+$", before) and (invested := _INVESTED.match(window)):
        return amount.end + invested.start("noun"), amount.end + invested.end("noun")
    if after := _AFTER.match(window):
        group = next(name for name in ("purpose", "aim", "noun") if after.group(name))
        if group == "aim" and is_target_sentence(text) and not re.search(r"\b(?:signed|agreed|approved)\b", text):
            return None  # "will allocate $40 million to support the region's farmers": a sum set out, not an agreement
        return amount.end + after.start(group), amount.end + after.end(group)
    lends = _LENDS.search(before)  # "will lend Kyrgyzstan $60 million for a plant": a loan told by its verb
    return (clause_start + lends.start("verb"), clause_start + lends.end("verb")) if lends else None


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
