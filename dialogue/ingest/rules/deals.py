"""Deals: money-valued agreements, contracts, investments and loans, and batches of them.

A sum becomes a deal when an agreement noun stands beside it ("agreements worth USD 500
million", "a loan of EUR 2 billion for ..."). Sums a side sets out to reach or provide as a
whole are targets (rules/targets.py) and trade statistics are neither; the two rules never
share a sum. Who the sides are is rules/deal_sides.py's part.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dialogue.ingest.facts import DealFact, PersonFact
from dialogue.ingest.gazetteer import CENTRAL_ASIA
from dialogue.ingest.parse_numbers import Amount, find_counts, number_value
from dialogue.ingest.rules.deal_counts import COUNT, HISTORY, counted_deals
from dialogue.ingest.report import Report, Sentence, make_quote
from dialogue.ingest.rules.deal_sides import (
    SIDES, TWO, VISIT, clause_of, country_mentions, last_two_countries, lead_sides, outside_country, passage_sides, set_lenders,
    sides_named, to_one_country, to_region, visit_sides,
)
from dialogue.ingest.rules.targets import is_target_sentence

# Nouns that make a sum a deal whatever else the sentence says, and nouns that do so only when the
# sentence sets no goal ("a EUR 5 billion package" for the region is a target).
_STRONG = (r"agreements?|deals?|contracts?|memorand(?:a|ums?)|accords?|loans?|credit lines?|lines? of credit|credits?|"
           r"purchases?|orders?|grant aid|grants?|guarantees?|letters? of (?:interest|intent)|(?:joint )?ventures?(?! capital)")
_WEAK = r"investment projects?|projects?|investments?|aid|assistance|financing|funding|packages?|documents|pipeline"
_NOUN = re.compile(rf"\b(?P<noun>{_STRONG}|{_WEAK})\b", re.I)
_CONNECTOR = re.compile(
    r"^(?:\s+(?:and|or)\s+(?:[\w-]+\s+)?[\w-]+)?\s+(?:(?:on|in|for|with|between)\s+(?:[\w-]+\s+){1,7}?|(?:[\w-]+\s+){0,3}?)(?:worth|valued at|totall?ing|amounting to|exceeding|with a (?:total |combined )?value of|"
    r"for a total of|to the (?:tune|value) of|to (?:fund|finance|invest|lend|provide)|of|for|at|estimated at|(?:estimated|expected|set) to cost|will cost)"
    r"(?:\s+(?:a total of|a combined|an estimated|some|about|around|over|more than|nearly|almost|up to))?(?:\s+(?-i:[A-Z]{3}))?\s*$", re.I)
# (a currency's code said before a sum that carries its own sign: "for USD $900 million")
# "an agreement on a $1.2 billion gas plant", "a contract for the $300 million expansion": the agreement is the deal
# "memoranda (MoU) were signed for the expansion of a $4 billion mill": the same; "a contract under which the
# rail operator will pay the Norwegian side $7 billion": the sum the contract binds a side to pay
_ON_A = re.compile(r"^\s+(?:of\s+understanding\s+)?(?:\([^()]{0,20}\)\s+)?(?:(?:were|was|have\s+been|has\s+been)\s+signed\s+)?(?:on|for)\s+"
                   r"(?:the\s+(?:construction|building|development|expansion|moderni[sz]ation|supply|purchase)\s+of\s+)?(?:the|a|an)\s*$"
                   r"|^\s+under\s+which\s+[^,.;]{0,90}?\b(?:pay|pays|provide|provides|invest|invests|lend|lends)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", re.I)
# "$2 billion in investments", "USD 500 million worth of contracts", "a 90 million yuan ($12 million) grant",
# "$14 million for the renovation of the airport"
_AFTER = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:['’]?\s*worth of\s+|in\s+|of\s+)?(?:[\w-]+\s+){0,3}?(?P<noun>" + _STRONG + "|" + _WEAK + r")\b"
    r"|for\s+(?:the\s+)?(?P<purpose>(?:renovation|construction|reconstruction|moderni[sz]ation|rehabilitation|building|upgrad\w+|support)\b[^,.;]{0,60})"
    # "$600 million for a copper smelter in ...": one facility
    r"|for\s+(?:a|an|the)\s+(?P<facility>(?:[a-z][\w-]*\s+){0,3}?(?:plant|factory|smelter|refinery|railway|railroad|highway|bridge|power station|"
    r"pipeline|airport|terminal|dam|mine|hospital)\b)"
    r"|to\s+(?P<aim>(?:support|fund|finance|build|upgrade|moderni[sz]e|renovate|rebuild|equip|repair|revamp)\b[^,.;]{0,60})"
    # "$300 million from Japan under the loan agreement signed on Monday"
    r"|(?:from\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+)?under\s+(?:the|an|a|this|that)\s+(?:[\w-]+\s+){0,2}?(?P<under>" + _STRONG + r")\b)",
    re.I)
_MODIFIER_STOP = re.compile(r"^(?:the|a|an|and|or|of|with|to|in|on|for|by|at|where|which|when|who|whose|signed|inked|worth|have|has|had|were|was|is|are|be|been|will|\w+ed|"
                            r"signs?|inks?|seals?|strikes?|struck|won|wins?|made|clinch(?:es)?|agrees?|reach(?:es)?|yields?|concludes?|including|among|"
                            r"said|says|noted|stated|added|told|that|[\w-]+['’]s)$", re.I)
# A sum of deals told as a total: "the total value of the signed agreements exceeded", "the portfolio of contracts reached".
# "the value of the agreements signed amounted to" (no total said, but agreements, not purchases or orders).
_TOTAL = re.compile(rf"\b(?:total|overall|combined|aggregate)\s+(?:value|worth|volume|amount)\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?"
                    rf"(?P<noun>{_STRONG}|documents)\b[^,;]*$|\bportfolio\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<noun2>{_STRONG}|projects)\b[^,;]*$"
                    rf"|\bvalue\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?P<noun3>agreements?|deals?|contracts?|documents)\b[^,;]*$"
                    # "the agreements signed during the visit total (amounted to, are worth) $4 billion"
                    rf"|\b(?P<noun4>agreements|deals|contracts|memoranda)(?:,\s+(?:signed|concluded|reached|inked|sealed)\b[^,;$€£¥]{{0,80}},)?\s+"
                    rf"(?:(?:signed|concluded|reached|inked|sealed)\b[^,;$€£¥]{{0,80}}?)?"
                    rf"\b(?:total(?:l?ed|s)?|amount(?:ed|s)?\s+to|(?:are|were)\s+(?:worth|valued at|estimated at))"
                    rf"(?:\s+(?:about|around|some|over|more than|nearly|almost|up to))?\s*$", re.I)
# A sum told at the end of its clause, after a comma: "..., totalling EUR 365 million"; its noun is what was signed.
_TRAILING_TOTAL = re.compile(r",\s+(?:totall?ing|worth|amounting to|valued at|estimated at|with a (?:total |combined )?value of)"
                             r"(?:\s+(?:a combined|a total of|an estimated|about|around|some|over|more than|nearly|almost|up to))?\s*$", re.I)
# An agreement signed, or to be signed, whose worth the sentence tells as projects or investment: "will sign a memorandum
# with Norway, with an investment pipeline worth $2 billion", "signed an agreement on projects worth $1 billion".
_SIGNS = re.compile(r"\b(?:sign|signs|signed|signing|conclude[sd]?|ink(?:s|ed)?)\s+(?:a|an|the|two|three|four|five)?\s*(?:[\w-]+\s+){0,2}?"
                    r"(?P<noun>agreements?|memorand(?:a|ums?)(?:\s+of\s+understanding)?|contracts?|deals?)\b", re.I)
_LENDS = re.compile(r"\b(?P<verb>lend|lends|lending|lent|loaned|grants?|granted|borrow|borrows|borrowed|borrowing)\s+(?:to\s+)?(?:(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)?"
                    r"(?:(?:a total of|about|around|some|over|more than|nearly|almost|up to)\s+)?$")
_SIGNED_NOUN = re.compile(rf"\b(?:signed|concluded|inked|sealed|exchanged)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{_STRONG})\b"
                          rf"|\b(?P<noun2>{_STRONG}|{_WEAK})(?:\s+(?:were|was|have been|had been)\s+(?:signed|concluded|inked|sealed|reached|agreed)\b"
                          rf"[^,;]{{0,60}}|\s+(?:between|with)\s+[A-Z][^,;]{{0,60}})?,[^,;]*$", re.I)  # "40 agreements between A and B, worth"
# "will invest $300 million in a solar plant": a project named after the sum (lower case: "in Uzbekistan" names no project,
# nor does "in the region").
_INVESTED = re.compile(r"^\s+in(?:to)?\s+(?:(?:a|an|the|two|three|four|five|several|new)\s+)?(?P<noun>(?!(?:a|an|the|region|countries|country|economy|economies|republics?|states?|world|future)\b)[a-z][\w-]*(?:\s+(?!(?:in|at|of|by|for|to|with|on|and|over|near|across|throughout|within|among|between|under)\b)[a-z][\w-]*){0,5})")
_GOAL = re.compile(r"\b(?:target|goal|objective|aim(?:s|ed)? (?:to|at)|mobili[sz]e|over the (?:next|coming) \w+ years)\b", re.I)
_STATISTIC = re.compile(r"\b(?:turnover|trade (?:volume|between|with)|volume of trade|GDP|(?:exports?|imports?)(?![\s-]+(?:contracts?|deals?|agreements?|orders?|credits?|loans?|banks?|agency|insurance|import|financ\w*|credit))|reached\s+(?:a\s+)?(?:record\s+)?\W?\d|grew|rose|"
                        r"increased|amounted|accumulated|cumulative|stock of|so far|since \d{4}|over the past|in the past|last year|investors|"
                        r"(?:between|from) \d{4} (?:and|to) \d{4}|(?:have|has) been (?:implemented|completed|carried out|reali[sz]ed|put into operation)|"
                        r"(?:are|is) (?:currently |now |still )?(?:being implemented|under way|underway|under implementation|in progress))\b", re.I)
_TRADE = re.compile(r"\b(?:turnover|trade|GDP|exports?|imports?|grew|rose|increased|volume)\b", re.I)
_SIGNED_VERB = re.compile(r"\b(?:signed|inked|concluded|sealed|struck|clinched)\b", re.I)
# Sums gathered over years: "since 2017", "over the past five years", "to date".
_CUMULATIVE = re.compile(r"\bsince (?:\d{4}\b|independence|the (?:establishment|start|beginning) of (?:diplomatic )?relations)|"
                         r"\b(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years|decades?)\b|\bto date\b|\bin recent years\b", re.I)
# A total told as it stands, not as reached by this report's signing: "the portfolio currently stands at $20 billion".
_STANDING = re.compile(r"\b(?:currently|at present|stands? at|standing at|to date|so far|over the (?:past|last))\b", re.I)
_PROSPECT = re.compile(r"\b(?:could|might|(?-i:may))\s+(?:also\s+|soon\s+|eventually\s+)?(?:sign|conclude|reach|bring|lead|result|open|"
                       r"attract|see|yield|generate|be\s+(?:signed|concluded|reached|worth))\b|\bpossibilit(?:y|ies)\b|\bprospects?\s+(?:of|for)\b|"
                       r"\b(?:open(?:s|ed|ing)?|pav(?:e|es|ed|ing))\s+the\s+way\b|\bpotential\s+(?:deals?|contracts?|orders?|agreements?)\b", re.I)
# One sale told by its gerund and its worth after a comma: "by exporting its trains for the first time, worth"
_SALE = re.compile(r"\b(?P<noun>(?:exporting|selling|supplying|delivering)\s+[^,;]{3,80}?),\s+(?:worth|valued at)"
                   r"(?:\s+(?:about|around|some|over|more than|nearly|almost|up to))?\s*$", re.I)
_YEARLY = re.compile(r"[^,.;]{0,30}?\b(?:(?:a|per|each|every) year|annually|yearly)\b", re.I)
_BILATERAL = re.compile(r"\bbilateral\s+(?:meeting|talks|format|session)\b", re.I)
_GRANTS = re.compile(r"(?:[\w-]+\s+)?(?:grants?|grant aid|grant assistance)", re.I)
_PRICE = re.compile(r"\s*(?:per\b|a (?:tonne|ton|barrel|unit|kilowatt|cubic)\b|/\s*\w)", re.I)
# An elided deal: the sum after a comma or "and", with the name of its side ("..., Uzbekistan $35 billion"), and after it
# no more than the side it is made with ("and $1 billion with Sweden").
_ELIDED_BEFORE = re.compile(r"(?:,|\band\b|\bwhile\b|\bwhereas\b)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:(?:signed|secured|inked|concluded|won)\s+)?"
                            r"(?:(?:a total of|about|around|some|over|more than|nearly|almost|up to|another|a further)\s+)?$")
_ELIDED_AFTER = re.compile(r"\s*(?:(?:with|from|to|for|in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
                           r"(?:\s+for\s+(?:the\s+|a\s+)?[a-z][^,.;]{0,60})?)?\s*(?=[,.;]|\band\b|$)")
# The worth of a batch signed in the sentence before: "Their total value is", "The combined worth exceeds".
_THEIR_WORTH = re.compile(r"\b(?:(?:their|its)\s+(?:(?:total|combined|overall|aggregate)\s+)?|the\s+(?:total|combined|overall|aggregate)\s+)"
                          r"(?:value|worth)\s+(?:is|was|amounts?\s+to|amounted\s+to|exceeds|exceeded|reached|reaches|totals|totall?ed|stands at)"
                          r"(?:\s+(?:about|around|some|over|more than|nearly|almost|up to))?\s*$", re.I)
_SIGNED_BATCH = re.compile(rf"\b(?:signed|inked|concluded|sealed|struck|clinched)\s+(?:a total of\s+|some\s+|about\s+|more than\s+|over\s+|nearly\s+)?"
                           rf"(?:(?P<count>{COUNT})\s+)?(?:[\w-]+\s+){{0,2}}?(?P<noun>agreements|deals|contracts|documents|memoranda)\b", re.I)
# What has been done or stands now, told by its sum: "has implemented projects worth", "investments stand at", "accounting for".
_RECORD = re.compile(rf"{_STATISTIC.pattern}|{HISTORY.pattern}|\b(?:has|have|had)\s+(?:already\s+)?(?:implemented|invested|financed|"
                     r"built|completed|disbursed|provided|delivered)\b|\b(?:currently|at present|stands? at|standing at|exceeds?|ongoing|"
                     r"(?:is|are) (?:now )?implementing|"
                     r"account(?:s|ed|ing)? for|was delivered|were delivered)\b", re.I)
# "projects worth $1.3 billion were launched": a batch of projects two sides started, not a sum set out
# "The deals include a $250 million solar project": items of a batch of deals, not sums set out
_INCLUDES = re.compile(r"\b(?:deals|agreements|contracts|documents)\b[^.;$€£¥]{0,60}?\b(?:include[ds]?|including|among them)\b", re.I)
_LAUNCHED = re.compile(r"\b(?:were|was|have been|had been)\s+(?:jointly\s+|also\s+)?launched\b", re.I)
_STAGES = [
    ("completed", re.compile(r"\b(?:completed|commissioned|put into operation|inaugurated|disbursed)\b", re.I)),
    # a headline's present tense ("Kazakhstan, Germany ink 36 documents") tells of a signing done, "will sign" of one to come
    ("signed", re.compile(r"\b(?:signed|inked|concluded|sealed|struck|clinched|signing|exchanged|exchange of)\b"
                          r"|(?<!\bwill )(?<!\bto )(?<!\bwould )(?<!\bmay )(?<!\bcould )\b(?:sign|signs|ink|inks|seal|seals)\s+(?!up\b|of\b)", re.I)),
    ("commitment", re.compile(r"\b(?:agreed|approved|committed|allocated|secured|granted|formed|formation of|resulted in|produced|yielded|"
                              r"reached agreements?|agreements? was reached|(?:were|was|(?:has|have)(?:\s+also)?\s+been)\s+(?:also\s+)?reached)\b", re.I)),
    ("pledge", re.compile(r"\b(?:will|would|plans?|intends?|pledged|promised|unveiled|announced|offered|extended|proposed|to provide|to invest|expects?)\b", re.I)),
]


def find_deals(report: Report, people: list[PersonFact], partner: str | None, meeting_countries: list[str]) -> tuple[list[DealFact], set[int]]:
    """Deals, each quoted first by its sum (the quote targets check so as not to count a sum twice), and the
    sums pledged as aid, financing or investment to no agreement in particular, which are targets. "The sides"
    who sign are the countries of the meeting the report tells of."""
    deals: list[DealFact] = []
    pledged: set[int] = set()
    partner = partner or (outside_country(report) if report.amounts else None)
    for found in report.amounts:
        if found.equivalent_of is not None:
            continue
        sentence = report.sentence_of(found.start)
        amount = replace(found, start=found.start - sentence.start_char, end=found.end - sentence.start_char)
        deal = (_deal_at(report, sentence, amount, people, partner) or _listed_deal(report, sentence, amount, people, partner)
                or _elided(report, sentence, amount, deals, people) or _worth_told_after(report, sentence, amount, people, partner))
        if deal is None:
            continue
        if (deal.stage is None or not deal.parties) and (listed := _list_intro(report, found.start)):
            intro = listed[1]  # "- a port (EUR 8M + EUR 2M in loans)": what the list's announcement says of all its items
            deal.stage = deal.stage or next((stage for stage, cue in _STAGES if cue.search(intro.text)), None)
            deal.parties = deal.parties or sides_named(report, intro, people, partner)
        if TWO.search(sentence.text) and len(pair := last_two_countries(report, sentence, people)) == 2:
            deal.parties = pair  # "between companies of the two countries": the two the report has just named
        elif SIDES.search(sentence.text) and len(meeting_countries) > 1 and set(deal.parties) <= set(meeting_countries):
            # "at their bilateral meeting the sides signed": two of the meeting's countries, not all
            deal.parties = (passage_sides(report, sentence, people) or deal.parties) if _BILATERAL.search(sentence.text) \
                else list(meeting_countries)
        elif len(deal.parties) < 2 and (visit := VISIT.search(sentence.text)):
            deal.parties = visit_sides(report, sentence, visit, people, partner, deal.parties)
        elif len(deal.parties) == 1 and deal.parties[0] in (pair := passage_sides(report, sentence, people)):
            deal.parties = pair  # "With the deal worth $X, Korea will export ...": the other side, the one the passage has just named
        set_lenders(report, sentence, amount, deal, people)
        if not deal.parties and not deal.institutions:
            deal.parties = passage_sides(report, sentence, people) or (lead_sides(report, people) if len(meeting_countries) < 3 else [])
        if _GRANTS.fullmatch(deal.title) and to_region(sentence, amount):
            if deal.stage == "pledge":
                pledged.add(found.start)  # "will give NOK 2 billion in grants for all five Central Asian states": a target
            continue  # set out for the region, no deal
        if deal.stage is None and _weak(deal.title) and _ITEM_WORTH.match(sentence.text) and (signing := _signed_before(report, sentence)):
            deal.stage = "signed"  # "Memoranda were signed on a plant and a refinery. The refinery project is worth $3 billion."
            signed = [d for d in deals if d.quotes[0].start >= signing.start_char]
            deal.parties = deal.parties or (list(signed[-1].parties) if signed else [])  # the sides who signed on it
        set_out = _weak(deal.title) and deal.stage in (None, "pledge") and not (deal.count and deal.title.endswith("documents")) \
            and not _INCLUDES.search(sentence.text, 0, amount.start) \
            and not (deal.stage is None and _LAUNCHED.search(sentence.text) and not _RECORD.search(sentence.text))
        recipient = to_one_country(report, sentence, amount) if set_out and deal.stage == "pledge" else None
        if recipient:  # aid to one country is a deal between the donor and it, not the others the sentence names
            deal.parties = [code for code in dict.fromkeys([*deal.parties, recipient]) if code not in CENTRAL_ASIA or code == recipient]
        elif set_out:
            goal = is_target_sentence(sentence.text) or _GOAL.search(sentence.text) or re.search(r"\b\w+-year\b", sentence.text)
            if deal.stage == "pledge" or goal and not _RECORD.search(sentence.text):
                pledged.add(found.start)  # "will provide $15 million in aid": a sum set out, not an agreement made
            continue  # "Japan has implemented projects worth $3 billion", "projects worth $5 billion are under discussion":
            # neither deal nor target
        # one sum said twice with the sides of one within the other's is one deal; with other sides, two loans
        # (two items of one list, named otherwise, are two deals of one size)
        twin = next((d for d in deals if d.amount == deal.amount and d.currency == deal.currency
                     and (set(d.parties) <= set(deal.parties) or set(deal.parties) <= set(d.parties))
                     and not (d.title != deal.title and _list_intro(report, d.quotes[0].start) and _list_intro(report, found.start))), None)
        if twin is None:
            deals.append(deal)
        else:
            twin.quotes += deal.quotes
            twin.parties = deal.parties if len(deal.parties) > len(twin.parties) else twin.parties
            twin.count = twin.count or deal.count
    told = {quote.start for deal in deals for quote in deal.quotes}
    return deals + counted_deals(report, people, partner, meeting_countries, told), pledged


# "The fertiliser plant project is worth $5 billion": a sentence that only prices one project
_ITEM_WORTH = re.compile(r"^\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,4}?(?:project|plant|facility|refinery|factory)\s+(?:is|was)\s+(?:worth|valued\s+at|estimated\s+at)\b", re.I)
_SIGNED_ON = re.compile(rf"\b(?:{_STRONG})\b[^.;]{{0,40}}?\b(?:were|was|have\s+been|has\s+been)\s+signed\b|{_SIGNS.pattern}", re.I)


def _signed_before(report: Report, sentence: Sentence) -> Sentence | None:
    """The sentence before, when it tells of agreements signed (on the project this sentence prices)."""
    index = report.sentences.index(sentence)
    before = next((s for s in reversed(report.sentences[:index]) if s.text.strip()), None)
    return before if before and _SIGNED_ON.search(before.text) else None


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
    mentions = country_mentions(report, sentence, people)
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
        currency=amount.currency, count=None, stage=previous.stage, institutions=list(previous.institutions),  # a lender's too
        quotes=[make_quote(report.text, offset + amount.start, offset + amount.end),  # and the phrase it stands in: "Uzbekistan $35 billion"
                make_quote(report.text, offset + head_end + len(re.match(r"(?:,|and|while|whereas)?\s*", tail.group(0)).group(0)),
                           offset + amount.end + len(after.group(0).rstrip()))])


def _worth_told_after(report: Report, sentence: Sentence, amount: Amount, people: list[PersonFact], partner: str | None) -> DealFact | None:
    """A sum told as the worth of the batch the sentence before signed: "Iran and Tajikistan signed 12 agreements. Their
    total value is $500 million." One deal, with the count and sides of the signing and the sum of its worth."""
    if not _THEIR_WORTH.search(sentence.text[: amount.start]):
        return None
    index = report.sentences.index(sentence)
    previous = next((s for s in reversed(report.sentences[max(0, index - 3) : index]) if s.text.strip()), None)
    if previous is None or any(previous.start_char <= a.start < previous.end_char for a in report.amounts):
        return None  # a sentence with a sum of its own told its worth itself
    batch = _SIGNED_BATCH.search(previous.text)
    if batch is None:
        return None
    count = number_value(batch.group("count")) if batch.group("count") else None
    start = previous.start_char + batch.start("count" if batch.group("count") else "noun")
    return DealFact(
        title=batch.group("noun"), parties=sides_named(report, previous, people, partner), amount=amount.value, currency=amount.currency,
        count=int(count) if count and count > 1 else None, stage="signed",
        quotes=[make_quote(report.text, sentence.start_char + amount.start, sentence.start_char + amount.end),
                make_quote(report.text, start, previous.start_char + batch.end("noun"))])


def _weak(title: str) -> bool:
    """A title of aid, financing or projects, which a sum set out may carry as well as an agreement: no agreement
    noun in it ("grant aid" is one), and no portfolio the projects were gathered in."""
    return bool(re.fullmatch(_WEAK, title.split()[-1], re.I)) and not re.search(rf"\b(?:{_STRONG}|portfolio)\b", title, re.I)


def _deal_at(report: Report, sentence: Sentence, amount: Amount, people: list[PersonFact], partner: str | None) -> DealFact | None:
    text = sentence.text
    clause_start = max(text.rfind(";", 0, amount.start), 0)
    before = text[clause_start : amount.start]
    near = re.search(r"[^,;:]*$", before).group(0) + text[amount.end : amount.end + 40]
    total = _TOTAL.search(before)
    noun = next((m for m in reversed(list(_NOUN.finditer(before))) if _CONNECTOR.match(before[m.end() :])
                 or re.fullmatch(_STRONG, m.group("noun"), re.I) and _ON_A.match(before[m.end() :])), None)
    # "investors signed agreements worth", "last year ... signed contracts worth": an agreement signed is no statistic,
    # but a trade figure or a growth ("the volume of contracts grew to") is
    signed = noun is not None and re.fullmatch(_STRONG, noun.group("noun"), re.I) and _SIGNED_VERB.search(before)
    if total is None and _STATISTIC.search(near) and not (signed and not _TRADE.search(near)):
        return None
    if total is not None and _STANDING.search(near) or _PRICE.match(text[amount.end :]) or _YEARLY.match(text, amount.end) and not _SIGNED_VERB.search(before):
        return None  # "the portfolio of projects currently stands at", "a gas contract at $200 per thousand cubic metres", "have
        # contracts worth $300 million a year": a rate, not a deal made
    noun = noun and noun.span("noun")
    trailing = noun is None and total is None and _TRAILING_TOTAL.search(before) and _SIGNED_NOUN.search(before)
    if trailing:
        noun = trailing.span("noun" if trailing.group("noun") else "noun2")  # "signed four memoranda ..., totalling EUR 365 million"
    elif noun is None and total is None and (sale := _SALE.search(before)) and not _YEARLY.match(text, amount.end):
        noun = sale.span("noun")  # "by selling Norwegian ferries abroad for the first time, worth $90 million": one sale
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
    if _PROSPECT.search(text, clause_start, amount.start):
        return None  # "paving the way for contracts worth $2 billion", "could sign agreements worth": a prospect, not a deal
    stage = next((name for name, cue in _STAGES if cue.search(text)), None)
    # "projects they agreed on, which Japan will fund with $5 million": the relative clause the sum stands in tells its stage
    if relative := list(re.finditer(r",\s+(?:which|that|who)\b", before)):
        stage = next((name for name, cue in _STAGES if cue.search(text, clause_start + relative[-1].end())), stage)
    if title_start < amount.start:  # words that qualify a noun before the sum ("35 investment agreements worth")
        title_start, count = _modifiers(text, title_start)
        if portfolio := re.search(rf"\bportfolio\s+of\s+(?:(?:{COUNT})\s+)?$", text[:title_start], re.I):
            title_start = portfolio.start()  # "a portfolio of joint projects": a set agreed as one, not aid set out
    if _weak(text[title_start:title_end]) and (signs := _SIGNS.search(text, clause_start, min(title_start, amount.start))):
        title_start, title_end = signs.span("noun")  # the agreement is the deal; the projects are what it is worth
    if (_weak(text[title_start:title_end]) and count is None
            and is_target_sentence(text) and (stage in (None, "pledge") or _GOAL.search(text))
            and not (stage == "pledge" and to_one_country(report, sentence, amount))):
        return None  # "a package of EUR 5 billion" set out for the region is a target; "signed a package of documents worth",
        # or "40 projects worth", counted one by one, are deals
    if trailing and _weak(text[title_start:title_end]) and count is None and stage not in ("signed", "commitment"):
        return None  # "Chinese investments, worth $25 billion, ...": no batch counted, agreed or signed
    clause_end = text.find(";", amount.end)
    if stage is None and re.search(r"\bportfolio\b", text[title_start:title_end], re.I) or _CUMULATIVE.search(
            text, clause_start, clause_end if clause_end >= 0 else len(text)):
        return None  # "the bank's portfolio amounts to", "agreements worth $20 billion signed since 2017": what stands, not what was made
    return DealFact(
        title=text[title_start:title_end], parties=sides_named(report, sentence, people, partner, clause_of(report, sentence, amount)),
        amount=amount.value, currency=amount.currency,
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
        group = next(name for name in ("purpose", "facility", "aim", "under", "noun") if after.group(name))
        if group == "facility" and (lends := _LENDS.search(before)):  # "will lend Tajikistan $45 million for a water plant"
            return clause_start + lends.start("verb"), clause_start + lends.end("verb")
        for_region = group != "noun" and re.search(r"\b(?:the region|Central Asia|Central Asian (?:countries|states|nations|republics))\b", window)
        if (group == "aim" or for_region) and is_target_sentence(text) and not re.search(r"\b(?:signed|agreed|approved)\b", text):
            return None  # "will allocate $40 million to support the region's farmers": a sum set out, not an agreement
        end = amount.end + after.end(group)
        if group == "noun" and (strong := re.match(rf"\s+(?:{_STRONG})\b", text[end:], re.I)):
            end += strong.end()  # "$6 billion in investment deals": the deals, not the investment
        return amount.end + after.start(group), end
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
        title=sentence.text[title_start:title_end], parties=sides_named(report, intro, people, partner), amount=amount.value,
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


