"""People, with the post and country the report gives them."""

from __future__ import annotations

import re

from spacy.tokens import Span

from dialogue.ingest import lexicon as lx
from dialogue.ingest.facts import PersonFact
from dialogue.ingest.names import given_names_agree
from dialogue.ingest.nlp import COUNTRY, DEMONYM, PERSON, TITLE
from dialogue.ingest.report import Report, make_quote
from dialogue.ingest.rules.bystanders import set_aside_bystanders
from dialogue.ingest.rules.name_scan import is_name_token, scan_name_backward, scan_name_forward
from dialogue.ingest.rules.people_lists import known_person, listed_people
from dialogue.lib.keys import fold

_CLOCK_BEFORE = re.compile(r"\d\s*$")
_SPACES, _JOINED_INITIAL = re.compile(r"\s+"), re.compile(r"\b([A-Z])\.(?=[A-Z][a-z])")


def _country_before(report: Report, title: Span) -> str | None:
    doc = report.doc
    i = title.start
    if i >= 2 and doc[i - 1].text in ("'s", "’s", "'", "’") and (i - 1) in report.ent_at_end:
        return report.code(report.ent_at_end[i - 1])
    if i in report.ent_at_end and report.ent_at_end[i].label_ in (COUNTRY, DEMONYM):
        return report.code(report.ent_at_end[i])
    if i >= 3 and doc[i - 1].text == ")" and (i - 1) in report.ent_at_end and report.ent_at_end[i - 1].label_ in (COUNTRY, DEMONYM):
        return report.code(report.ent_at_end[i - 1])  # "(UK) Foreign Secretary"
    # "European Commission President", "EU Council President", "the EU Trade and Energy Commissioner": the Union's officials
    if _UNION_BEFORE.search(report.text[max(0, title.start_char - 80) : title.start_char]):
        return "EU"
    # "The Russian delegation was led by ...", "Turkmenistan was represented by ..."
    sentence = report.sentence_of_token(title.start)
    represented = _REPRESENTED_BY.search(report.text[sentence.start_char : title.start_char])
    if represented:
        # "Uzbekistan was represented at the meeting by ...": the country the sentence says was represented
        owner = [e for e in report.ents_in(sentence, COUNTRY) if 0 <= sentence.start_char + represented.start() - e.end_char <= 2]
        if owner:
            return report.code(owner[0])
    before = report.text[max(sentence.start_char, title.start_char - 60) : title.start_char]
    if (head := _HEAD_OF_DELEGATION.search(before)) and (code := report.gazetteer.country_code(head.group(1))):
        return code  # "the head of the Kyrgyz delegation, Foreign Minister X"
    if re.search(r"\b(?:led|headed|represented|chaired)\s+by\s+(?:the\s+)?$", before):
        nearest = [e for e in report.ents_in(report.sentence_of_token(title.start), COUNTRY, DEMONYM) if e.end_char <= title.start_char]
        if nearest and title.start_char - nearest[-1].end_char < 60:
            return report.code(nearest[-1])
    # "the delegation of Kyrgyzstan (headed by First Deputy Foreign Minister ...)": the country before the bracket
    window = doc[max(0, i - 5) : i]
    if {"led", "headed"} & {t.lower_ for t in window}:
        for k in range(i - 1, max(0, i - 6), -1):
            if doc[k].text == "(" and k in report.ent_at_end and report.ent_at_end[k].label_ == COUNTRY:
                return report.code(report.ent_at_end[k])
    return None


_UNION_BEFORE = re.compile(r"\b(?:EU|European (?:Commission|Council|Union|Parliament))(?:\s+Council|(?:\s+(?:and|[A-Z][a-z]+)){1,6})?\s*$")
_HEAD_OF_DELEGATION = re.compile(r"\b(?:[Hh]ead|[Ll]eader|[Cc]hief)\s+of\s+(?:the\s+)?([A-Z][a-z]+)\s+delegation\s*,\s*$")
_REPRESENTED_BY = re.compile(r"\s+(?:was|were|is|will\s+be)\s+represented\b[^.;:]{0,100}?\bby\s+(?:the\s+)?$")


def _name_after_remit(report: Report, position: int, sentence_end: int) -> tuple[int, int] | None:
    """'Foreign Minister and chair of this year's council, Omar Haddad': the name after a remit in lower case."""
    doc = report.doc
    if position >= sentence_end or doc[position].lower_ not in ("of", "for"):
        return None
    comma = next((k for k in range(position + 1, min(sentence_end, position + 7)) if doc[k].text == ","), None)
    if comma is None or comma == position + 1 or not all(doc[k].is_lower for k in range(position + 1, comma)):
        return None
    return scan_name_forward(report, comma + 1, min(sentence_end, comma + 6))


def _name_in_brackets(report: Report, position: int, sentence_end: int) -> tuple[int, int] | None:
    """'Deputy Foreign Minister of Turkmenistan (Aman Orazov)': the name in brackets right after the post."""
    if position + 2 >= sentence_end or report.doc[position].text != "(":
        return None
    span = scan_name_forward(report, position + 1, min(sentence_end, position + 6))
    if span is None or span[1] - span[0] < 2 or span[1] >= sentence_end or report.doc[span[1]].text != ")":
        return None  # "(EIB)": an abbreviation, no name
    return span


def _before_a_relative_clause(doc, k: int, floor: int) -> int:
    """'X, who has served as Kyrgyzstan's foreign minister since 2024,': where the clause opens, so that the name before
    its comma is read; `k` itself where no such clause stands before the post."""
    if k <= floor or doc[k - 1].lower_ != "as":
        return k
    for j in range(k - 2, max(floor, k - 6), -1):
        if doc[j].lower_ == "who":
            return j if all(t.is_alpha and t.is_lower for t in doc[j + 1 : k - 1]) else k
    return k


def _wrapped_end(report: Report, sentence) -> int:
    """Where a sentence ends that a line wrap cut in two ("President Antonio" / "Costa, ..."): at the next one's end."""
    text = sentence.text
    if text.endswith("\n") and not text.endswith("\n\n") and text.rstrip()[-1:] not in ".!?:;\"”" and sentence.end < len(report.doc):
        return report.sentence_of_token(sentence.end).end
    return sentence.end


def _after_of(report: Report, position: int, sentence_end: int) -> tuple[int, Span | None]:
    """What follows the "of" at `position`: the index of its first word past an article ("the United States" keeps
    its own), and the country named there, if one is."""
    k = position + 1
    if k < sentence_end and report.doc[k].lower_ == "the" and k not in report.ent_at_start:
        k += 1
    ent = report.ent_at_start.get(k)
    return k, ent if ent is not None and ent.label_ == COUNTRY else None


def _role_continuation(report: Report, position: int, sentence_end: int) -> tuple[int, str, str | None]:
    """After a title: 'of the Republic of Kazakhstan' (a country) or 'of the European Council' (part of the post)."""
    doc = report.doc
    if position + 1 < sentence_end and doc[position].lower_ == "to" and doc[position - 1].lower_ in ("ambassador", "envoy"):
        _, host = _after_of(report, position, sentence_end)  # "Ambassador to China": where the post is held, not whose it is
        if host is not None:
            return host.end, " " + doc[position : host.end].text, None
    if position + 1 < sentence_end and doc[position].lower_ == "and" and doc[position - 1].lower_ in lx.ORGANIZATION_HEADS | _PORTFOLIO_ENDS:
        return _second_portfolio(report, position, sentence_end)
    if position >= sentence_end or doc[position].lower_ not in ("of", "for"):
        return position, "", None
    k, country = _after_of(report, position, sentence_end)
    if country is not None:
        if country.end + 1 < sentence_end and doc[country.end].lower_ == "for":
            # "Special Representative of the European Union for Central Asia Eva Horn": the remit after the country
            end, remit, _ = _portfolio(report, country.end, sentence_end)
            if remit:
                return end, " " + doc[position : country.end].text + remit, report.code(country)
        return country.end, "", report.code(country)
    j = k
    while j < sentence_end and j - k < 5 and doc[j].text[:1].isupper():
        if doc[j].lower_ in lx.ORGANIZATION_HEADS:
            # only for a post that takes part: an adviser's or director's full name would add nobody to the meeting,
            # yet a surname shared with a participant ("Kim") would draw that participant's talks to them
            tail = _organisation_tail(report, j + 1, sentence_end) if doc[position - 1].lower_ not in lx.NON_PARTICIPANT_TITLES else None
            j = tail if tail is not None else j
            organisation = doc[position : j + 1].text
            country = None
            for ent in report.ents_in(doc[k : j + 1], COUNTRY, DEMONYM):
                country = report.code(ent)
            return j + 1, " " + organisation, country
        j += 1
    # "Deputy Minister of Energy of Turkmenistan": the portfolio, then the country
    j = k
    while j < sentence_end and j - k < 5 and (doc[j].text[:1].isupper() or (j > k and doc[j].lower_ == "and")) and j not in report.ent_at_start:
        j += 1
    if j > k and j + 1 < sentence_end and doc[j].lower_ == "of":
        _, country = _after_of(report, j, sentence_end)
        if country is not None:
            return country.end, " " + doc[position:j].text, report.code(country)
    if j > k and doc[j - 1].lower_ in _PORTFOLIO_ENDS and (j >= sentence_end or doc[j].text in ",;)" or doc[j].is_lower):
        return j, " " + doc[position:j].text, None  # "X, Norway's Minister of International Development, said"
    return _portfolio(report, position, sentence_end) if doc[position].lower_ == "for" else (position, "", None)


# The last word of a title that names a portfolio: "Minister of Foreign Affairs".
_PORTFOLIO_ENDS = frozenset({"affairs", "development", "trade", "economy", "finance", "industry", "energy", "transport", "cooperation"})


def _second_portfolio(report: Report, position: int, sentence_end: int) -> tuple[int, str, str | None]:
    """'Minister of Trade and Regional Development of Norway Ola Berg' (or ", Ola Berg"): a second portfolio joined
    by "and", then the country, then the name; without a name right after the country the "and" joins something else."""
    doc = report.doc
    j = position + 1
    while (j < sentence_end and j - position <= 4 and doc[j].text[:1].isupper() and doc[j].is_alpha
           and report.ent_at_start.get(j, doc[j : j + 1]).label_ not in (COUNTRY, TITLE, PERSON)):
        j += 1  # "European Integration": a demonym may open the portfolio
    if j > position + 1 and j < sentence_end and doc[j].text == "," and scan_name_forward(report, j + 1, min(sentence_end, j + 6)):
        return j, " " + doc[position:j].text, None  # "Minister of Foreign Affairs and International Cooperation, Ada Rossi"
    if j == position + 1 or j >= sentence_end or doc[j].lower_ != "of":
        return position, "", None
    _, country = _after_of(report, j, sentence_end)
    if country is None or not scan_name_forward(report, country.end, min(sentence_end, country.end + 6)):
        return position, "", None
    return country.end, " " + doc[position:j].text, report.code(country)


def _organisation_tail(report: Report, position: int, sentence_end: int) -> int | None:
    """'head of the UN Centre for Preventive Diplomacy in Central Asia, Jan Novak': the rest of the organisation's
    name, when a comma and a name end it, or a name of two words ends its last run ('Deputy Chairman of the Cabinet
    of Ministers Ivan Petrov said'); the index of its last word."""
    doc = report.doc
    j = run = position
    while j + 1 < sentence_end and j - position < 12 and doc[j].lower_ in ("for", "in", "of", "on", "and"):
        j += 2 if doc[j + 1].lower_ == "the" else 1
        if j >= sentence_end or not doc[j].text[:1].isupper():
            return None
        run = j
        while j < sentence_end and j - position < 12 and doc[j].text[:1].isupper() and doc[j].is_alpha:
            j += 1
    if j == position or j >= sentence_end:
        return None
    if doc[j].text != ",":
        named = j - run >= 3 and (doc[j].is_lower or doc[j].text in ".;)") and all(
            is_name_token(doc[k]) and k not in report.ent_at_start for k in (j - 2, j - 1))
        return j - 3 if named else None
    return j - 1 if scan_name_forward(report, j + 1, min(sentence_end, j + 6)) else None


def _portfolio(report: Report, position: int, sentence_end: int) -> tuple[int, str, str | None]:
    """'Commissioner for Transport Eva Horn', 'high representative for trade and economic policy, Jan
    Novak': what the post is for, up to a comma, or up to the two capitalised words of the name that ends the run."""
    doc = report.doc
    j = position + 1
    while j < sentence_end and j - position <= 8 and doc[j].is_alpha and j not in report.ent_at_start:
        j += 1
    rank = report.ent_at_start.get(j + 1)  # "for Central Asia, Ambassador Jan Novak": a rank used as a courtesy title
    name_at = rank.end if rank is not None and rank.label_ == TITLE and rank.text.lower() in _COURTESY_RANKS else j + 1
    if (j < sentence_end and doc[j].text == "," and j - position > 1 and doc[j - 1].lower_ not in _JOINERS
            and scan_name_forward(report, name_at, min(sentence_end, name_at + 6))):
        return name_at, " " + doc[position:j].text, None
    j = position + 1
    while j < sentence_end and j - position <= 8 and doc[j].text[:1].isupper() and doc[j].is_alpha and j not in report.ent_at_start:
        j += 1
        if j + 1 < sentence_end and doc[j].lower_ == "and" and doc[j + 1].text[:1].isupper() and j + 1 not in report.ent_at_start:
            j += 1  # "Trade and Industry"
    end = j - 2  # the run's last two words are the name
    if end <= position + 1 or doc[end - 1].lower_ in _JOINERS or not all(is_name_token(doc[i]) for i in (end, end + 1)):
        return position, "", None
    return end, " " + doc[position:end].text, None


_JOINERS = ("and", "of", "the", "for")
_COURTESY_RANKS = frozenset({"ambassador"})


def _country_after_name(report: Report, end: int, sentence_end: int) -> str | None:
    """'President Sadyr Japarov of Kyrgyzstan': the country after the name, when the title before it gave none."""
    if end + 1 >= sentence_end or report.doc[end].lower_ != "of":
        return None
    _, country = _after_of(report, end, sentence_end)
    return report.code(country) if country is not None else None


def find_people(report: Report) -> list[PersonFact]:
    doc, found = report.doc, []
    consumed: set[int] = set()
    titles = [e for e in report.ents if e.label_ == TITLE]
    for title in titles:
        if title.start in consumed or (title.end < len(doc) and doc[title.end].text in ("'s", "’s")):
            continue  # "the president's press secretary": a post's owner, not the person's post
        if title.text == "PM" and _CLOCK_BEFORE.search(report.text, max(0, title.start_char - 8), title.start_char):
            continue  # "05:49 PM IST": an hour, not a prime minister
        sentence = report.sentence_of_token(title.start)
        lowered = title.text.lower()
        if lowered.endswith("s") and lowered.split()[-1] in ("ministers", "vice-ministers"):
            continue
        role, position = title.text, title.end
        # "Deputy Prime Minister – Foreign Minister", "Deputy Prime Minister and Foreign Minister": one post in two titles.
        if position + 1 < sentence.end and (doc[position].text in "-–—" or doc[position].lower_ == "and") and (position + 1) in report.ent_at_start:
            second = report.ent_at_start[position + 1]
            if second.label_ == TITLE:
                role = doc[title.start : second.end].text
                consumed.add(second.start)
                position = second.end
        country = _country_before(report, title)
        position, organisation, of_country = _role_continuation(report, position, sentence.end)
        role += organisation
        country = country or of_country
        span = scan_name_forward(report, position, min(_wrapped_end(report, sentence), position + 8)) or _name_after_remit(report, position, sentence.end) \
            or _name_in_brackets(report, position, sentence.end)
        if span is None:
            # "Nizomiddin Zohidi, First Deputy Foreign Minister of Tajikistan": the name stands first.
            k = title.start
            owner = report.ent_at_end.get(k - 1) if k > sentence.start and doc[k - 1].text in ("'s", "’s") else None
            if owner is not None and owner.label_ in (TITLE, COUNTRY, DEMONYM):
                k = owner.start  # "X, the president's press secretary", "X, Japan's ambassador": the post is after the owner
            elif (owner := report.ent_at_end.get(k)) is not None and owner.label_ in (COUNTRY, DEMONYM) and k > sentence.start:
                k = owner.start  # "X, the Kyrgyz foreign minister": the demonym opens the post
            if k > sentence.start and doc[k - 1].lower_ == "the":
                k -= 1
            k = _before_a_relative_clause(doc, k, sentence.start)
            if k > sentence.start and doc[k - 1].text == ",":
                span = scan_name_backward(report, k - 1, sentence.start)
                if span and not country:
                    for ent in report.ents_in(doc[title.end : min(sentence.end, title.end + 16)], COUNTRY):
                        country = report.code(ent)
                        break
        if span is None:
            span = _name_on_the_line_above(report, title, position)
        if span is None:
            continue
        name = _SPACES.sub(" ", doc[span[0] : span[1]].text)
        if "." in name:
            name = _JOINED_INITIAL.sub(r"\1. ", name)  # "V.Hajiyev"
        if len(name.strip(". ")) < 2 or _HEADLINE.search(sentence.text) and not _named_elsewhere(report, name, sentence):
            continue  # an initial cut off, or "Uzbek President Highlights Integration Ahead Of ...": a headline's words
        country = country or _country_after_name(report, span[1], sentence.end)
        owner = report.ent_at_end.get(title.start)  # "former Norwegian Foreign Minister": the marker is before the demonym
        opens = owner.start_char if owner is not None and owner.label_ in (COUNTRY, DEMONYM) else title.start_char
        before = report.text[max(0, opens - 8) : opens].lower()
        former = any(before.rstrip(" -").endswith(marker.rstrip("-")) for marker in lx.FORMER_MARKERS)
        participant = (not former and not any(lowered.endswith(post) for post in lx.NON_PARTICIPANT_TITLES) and "security" not in lowered
                       and not _BEHIND_A_DESK.match(report.text, title.end_char))
        start = min(title.start_char, doc[span[0]].idx)
        end = max(doc[span[1] - 1].idx + len(doc[span[1] - 1]), doc[position - 1].idx + len(doc[position - 1]))
        known = known_person(report, name)
        folded_role = fold(_clean_role(role))
        post_country = next((code for post, code in lx.POST_COUNTRIES.items() if post in folded_role), None)
        found.append(PersonFact(
            name=name, role=_clean_role(role), country=country or (known.country if known else None) or post_country,
            quotes=[make_quote(report.text, start, end)], known=known, participant=participant,
        ))
        # the words between the post and its name are the post's: "Special Representative ..., Ambassador X" is one post
        consumed.update(range(title.end if span[0] >= title.end else span[0], span[1]))
    found += listed_people(report, consumed)
    found += _counterparts(report, found, consumed)
    for ent in report.ents:
        if ent.label_ == PERSON and ent.start not in consumed:
            person = report.gazetteer.people[int(ent.ent_id_)]
            found.append(PersonFact(name=ent.text, role=person.role, country=person.country,
                                    quotes=[make_quote(report.text, ent.start_char, ent.end_char)], known=person, confidence=0.6))
    people = _merge_people(found)
    _country_of_the_unnamed_post(report, people)
    set_aside_bystanders(report, people)
    return people


# A line that holds a name alone, just before the line a post opens: a speech's or a release's byline.
_NAME_LINE = re.compile(r"(?:^|\n)[ \t]*([A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})[ \t]*\n[ \t]*$")


def _name_on_the_line_above(report: Report, title: Span, position: int) -> tuple[int, int] | None:
    """'John Smith / Secretary of Trade / Oslo, May 3': the name on its own line above a post that fills its line."""
    doc, text = report.doc, report.text
    ends_line = position >= len(doc) or text[doc[position - 1].idx + len(doc[position - 1]) : doc[position].idx].count("\n") \
        or doc[position].is_space and "\n" in doc[position].text
    line = _NAME_LINE.search(text, max(0, title.start_char - 60), title.start_char)
    if not ends_line or line is None:
        return None
    words = doc.char_span(line.start(1), line.end(1))
    if words is None or not all(is_name_token(t) for t in words) or report.ents_in(words, COUNTRY, DEMONYM, TITLE):
        return None
    return words.start, words.end


# A president the report also calls by post alone: "the president of Uzbekistan met ...", "the Kazakh leader arrived".
_UNNAMED_POST = re.compile(r"\b[Tt]he\s+(?:(?P<demonym>[A-Z][a-z]+)\s+(?:[Ll]eader|[Pp]resident|[Hh]ead\s+of\s+[Ss]tate)"
                           r"|(?:[Pp]resident|[Ll]eader|[Hh]ead)\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<country>[A-Z][a-z]+))\b(?![\s,]+[A-Z])")


# A foreign minister the report also calls by post alone: "the Uzbek foreign minister wrote", "the foreign minister of Peru".
_UNNAMED_MINISTER = re.compile(r"\b[Tt]he\s+(?:(?P<demonym>[A-Z][a-z]+)\s+(?:[Ff]oreign\s+[Mm]inister|[Mm]inister\s+of\s+[Ff]oreign\s+[Aa]ffairs)"
                               r"|(?:[Ff]oreign\s+[Mm]inister|[Mm]inister\s+of\s+[Ff]oreign\s+[Aa]ffairs)\s+of\s+(?:the\s+)?(?P<country>[A-Z][a-z]+))\b(?![\s,]+[A-Z])")


def _is_president(role: str) -> bool:
    return "president" in role and "vice" not in role


def _is_foreign_minister(role: str) -> bool:
    return "minister" in role and "foreign" in role and "deputy" not in role and "vice" not in role


def _country_of_the_unnamed_post(report: Report, people: list[PersonFact]) -> None:
    """The one president whose country the report leaves unsaid takes the one country whose president it names by post
    alone, when no other president named is of that country; the one foreign minister likewise, from the post named alone
    in a sentence that names them ("X signed ..., the Kyrgyz foreign minister wrote": not "the foreign minister of Peru,
    unable to come, sent a message", another's)."""
    for holds, unnamed in ((_is_president, _UNNAMED_POST), (_is_foreign_minister, _UNNAMED_MINISTER)):
        holders = [p for p in people if p.role and holds(p.role.lower())]
        unplaced = [p for p in holders if not p.country]
        if len(unplaced) != 1:
            continue
        spans = [(report.sentence_of(q.start).start_char, report.sentence_of(q.start).end_char) for q in unplaced[0].quotes] \
            if unnamed is _UNNAMED_MINISTER else [(0, len(report.text))]
        codes = {report.gazetteer.country_code(m.group("demonym") or m.group("country"))
                 for start, end in spans for m in unnamed.finditer(report.text, start, end)}
        codes -= {None} | {p.country for p in holders}
        if len(codes) == 1:
            unplaced[0].country = codes.pop()


# A headline in title case: function words capitalised inside it ("... Ahead Of Leaders' Meeting In Tashkent").
_HEADLINE = re.compile(r"\S\s+(?:Of|In|To|For|At|With|On|As|Over|From)\s+[A-Z]")


def _named_elsewhere(report: Report, name: str, sentence) -> bool:
    """The name's last word also stands, capitalised, outside the sentence: a name the report goes on to use."""
    last = re.escape(name.split()[-1])
    return any(not sentence.start_char <= m.start() < sentence.end_char for m in re.finditer(rf"\b{last}\b", report.text))


# A post at a research body: its holder comments on a meeting ("X, a senior fellow at the Institute of ...").
_BEHIND_A_DESK = re.compile(r"[^,.;()]{0,40}?\b(?:at|of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Institute|University|Academy|Think Tank)\b")


# "Kazakhstan's Foreign Minister X and his Japanese counterpart Y": Y holds X's post for the country the demonym names.
_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+(?P<demonym>[A-Z][a-z]+)\s+counterpart,?\s+")


def _counterparts(report: Report, found: list[PersonFact], consumed: set[int]) -> list[PersonFact]:
    doc, counterparts = report.doc, []
    for sentence in report.sentences:
        if "counterpart" not in sentence.words:
            continue
        for match in _COUNTERPART.finditer(sentence.text):
            country = report.gazetteer.country_code(match.group("demonym"))
            at = sentence.start_char + match.end()
            k = report.token_from(sentence, at)
            span = scan_name_forward(report, k, min(sentence.end, k + 5))
            if not country or span is None or span[1] - span[0] < 2 or any(i in consumed for i in range(*span)):
                continue
            before = [p for p in found if p.role and any(sentence.start_char <= q.start < sentence.start_char + match.start() for q in p.quotes)]
            name = doc[span[0] : span[1]].text
            counterparts.append(PersonFact(name=name, role=before[-1].role if before else None, country=country,
                                           quotes=[make_quote(report.text, sentence.start_char + match.start(), doc[span[1] - 1].idx + len(doc[span[1] - 1]))],
                                           known=known_person(report, name), confidence=0.7))
            consumed.update(range(*span))
    return counterparts


_ABBREVIATED = re.compile(r"\b(?:" + "|".join(short.upper() for short in lx.TITLE_ABBREVIATIONS) + r")\b")


def _clean_role(role: str) -> str:
    role = _SPACES.sub(" ", role).strip(" ,")
    role = _ABBREVIATED.sub(lambda short: lx.TITLE_ABBREVIATIONS[short.group(0).lower()], role)
    return role[0].upper() + role[1:] if role else role


def _name_words(name: str) -> set[str]:
    """The words that tell a person: not particles ("al", "de"), yet a Chinese or Korean surname of two letters ("Xi")."""
    return {w for w in fold(name).split() if len(w) >= 3 or len(w) == 2 and w.isalpha() and w not in lx.NAME_PARTICLES}


def _same_person(a: PersonFact, b: PersonFact) -> bool:
    if a.known and b.known:
        return a.known is b.known
    return bool(_name_words(a.name) & _name_words(b.name)) and given_names_agree(a.name, b.name)


def _merge_people(found: list[PersonFact]) -> list[PersonFact]:
    merged: list[PersonFact] = []
    for person in found:
        twin = next((m for m in merged if _same_person(m, person)), None)
        if twin is None:
            merged.append(person)
            continue
        if len(person.name.split()) > len(twin.name.split()):
            twin.name = person.name
        if person.confidence > twin.confidence or not twin.role:
            twin.role = person.role or twin.role
        twin.country = twin.country or person.country
        twin.known = twin.known or person.known
        twin.participant = twin.participant or person.participant
        twin.confidence = max(twin.confidence, person.confidence)
        twin.quotes += person.quotes
    return merged
