"""Bilateral talks: two named people meeting on the sidelines or during a visit.

The genre writes them as "A held (bilateral) talks with B", "A met (one-on-one) with B and C",
"A and B met", "A and his counterpart B held talks", "A said after talks with B", "in a bilateral
with B, A ...", "A opened the visit with negotiations with B", "A spoke by phone with B", "On the
sidelines, A and B discussed ...", "in a series of meetings with B, C and D, A ...", "A is to sign
agreements with B", "During the meeting with B, relations grew" (A named just before), "A received (hosted) B",
"B paid a courtesy call on A", "A discussed trade with B", "A met his Kazakh counterpart" (named elsewhere), a
headline's "A, B hold talks". Talks only planned or proposed, or recalled ("A last met B in 2019"), are none. Both
sides must be people the report names; "met the ministers of the five countries" pairs A with the meeting's
foreign participants only when the talks are called bilateral, one-on-one or separate.
"""

from __future__ import annotations

import datetime as dt
import re

from dialogue.ingest import lexicon as lx
from dialogue.ingest.facts import GUESSED_COUNTRY, BilateralFact, MeetingFact, PersonFact
from dialogue.ingest.report import Report, Sentence, make_quote

_TALK_NOUNS = r"(?:talks|meetings?|consultations|conversations?|discussions|negotiations|a bilateral|one-on-one|t[eê]te-[aà]-t[eê]te)"
# A trigger whose subject stands before it and whose other side follows it.
_WITH = re.compile(
    r"\b(?:held|had|holds|has|hold|conducted|conducts|will\s+(?:also\s+)?hold|to\s+hold|is\s+to\s+hold|expected\s+to\s+hold)\s+"
    r"(?:a\s+|an\s+)?(?:number\s+of\s+|series\s+of\s+)?(?:separate\s+)?(?:(?:brief|short|long|lengthy|private|informal|cordial|warm|productive|substantive|detailed)\s+)?(?:bilateral\s+|one-on-one\s+|separate\s+|tete-a-tete\s+|tête-à-tête\s+)?"
    rf"{_TALK_NOUNS}\s+(?:in\s+(?:a\s+)?(?:narrow|restricted|limited|expanded|extended|enlarged|one-on-one|tete-a-tete|bilateral)\s+format\s+)?with\b"
    # "will hold a summit with President X", "a trip to include a summit with X": a summit of two (one person after)
    r"|\b(?:held|holds|hold|include|includes|included|including)\s+(?:a|an|the)\s+(?:bilateral\s+)?summit\s+with\b"
    r"|\bmet\b(?!\s+by\b)\s+(?:separately\s+|one-on-one\s+|bilaterally\s+)?(?:with\b)?|\bmeets?\s+(?:separately\s+|bilaterally\s+|one-on-one\s+)?with\b"
    r"|^\s*(?:His|Her)\s+(?:bilateral\s+|separate\s+)?(?:meeting|talks)\s+with\b"
    r"|\b(?:attends|attended|attending)\s+(?:a|the)\s+(?:bilateral\s+)?meeting\s+with\b"
    r"|\b(?:after|following|during|before|ahead\s+of|at)\s+(?:the\s+|his\s+|her\s+|a\s+)?(?:bilateral\s+|summit\s+)?(?:talks|meeting)\s+with\b"
    r"|\b(?:after|following|before)\s+meeting\b(?!\s+with)(?=\s+(?:[\w'’-]+\s+){0,4}?(?-i:[A-Z]))"
    r"|\b(?:in|during)\s+(?:a|an|the|his|her|their)\s+(?:series|round|number)\s+of\s+(?:separate\s+|bilateral\s+)?(?:meetings|talks|consultations)\s+with\b"
    r"|\b(?:sign|signs|signed)\s+(?:(?:several|a\s+number\s+of|a\s+package\s+of|a\s+series\s+of|\d+|[a-z]+-?[a-z]*)\s+)?"
    r"(?:agreements|deals|documents|accords)\s+with\b"
    r"|\bin\s+(?:a|an|his|her|their)\s+(?:bilateral\s+|separate\s+|one-on-one\s+|(?:tele)?phone\s+)?(?:meeting\s+|talks\s+|conversation\s+|call\s+)?with\b"
    r"|\bhosted\b(?=(?-i:(?:\s+[A-Z][\w'’-]*){2,6})\b(?!\s+(?:summit|meeting|forum|conference|session|dialogue)\b))"  # "hosted Polish Premier Jan Nowak"
    r"(?![^.;]*\b(?:summit|trilateral|forum|conference|ceremony|dinner|reception|lunch)\b)"
    r"|\bmeets\b(?!\s+with)(?=\s+(?:[\w'’-]+\s+){0,4}?(?-i:[A-Z]))"
    r"|\btalked\s+(?:by\s+(?:tele)?phone\s+)?with\b|\bexchanged\s+(?:views|opinions)\s+with\b|\bdiscussed\s+(?:[\w'’-]+\s+){0,8}?with\b"
    r"|['’]s\s+(?:bilateral\s+|separate\s+|first\s+)?meeting\s+with\b|\bsat\s+down\s+with\b|\bconferred\s+with\b|\bpaid\s+(?:a\s+)?courtesy\s+(?:call|visit)\s+(?:on|to)\b|\b(?:phoned|telephoned)\b(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[A-Z])"
    r"|\b(?:a\s+)?(?:separate|bilateral|one-on-one|face-to-face)\s+meeting\s+with\b"
    r"|\b(?:talks|negotiations|(?:tele)?phone\s+(?:call|conversation|talks))\s+with\b"
    r"|\bspoke\s+(?:by\s+(?:tele)?phone\s+|on\s+the\s+(?:tele)?phone\s+)?with\b"
    r"|\breceived\b(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?[A-Z])(?!\s+(?:a|an|the)\s+(?:letter|message|call|award|grant|delegation|report)\b)"
    r"(?!\s+(?:the\s+)?(?:credentials|letters\s+of\s+credence)\b)",
    re.I,
)
# The words a match of _WITH can start with (a word of its own), besides the text's start and an apostrophe ("'s meeting
# with"): the pattern is tried only there, a fifth of the time of its search, which tries every character.
_WITH_FIRST = ("held had holds has hold conducted conducts will to is expected include includes included including met meets meet attends "
               "attended attending after following during before ahead at in sign signs signed hosted talked exchanged discussed sat "
               "conferred paid phoned telephoned a separate bilateral one face talks negotiations telephone phone spoke received").split()
_WITH_STARTS = re.compile(r"(?<!\w)(?:" + "|".join(sorted(_WITH_FIRST, key=len, reverse=True)) + r")(?!\w)|['’]")


def _with_triggers(report: Report, sentence: Sentence) -> list[re.Match]:
    """_WITH's matches in the sentence, as finditer finds them (where lower-casing keeps the text's letters, see
    Report.blind)."""
    text = sentence.text
    if report.blind is None:
        return list(_WITH.finditer(text))
    found, end = [], 0
    for start in [0] + [m.start() for m in _WITH_STARTS.finditer(report.blind[sentence.start_char : sentence.end_char])]:
        if start >= end and (match := _WITH.match(text, start)):
            found.append(match)
            end = match.end()
    return found


# "the president of Norway", "the Norwegian foreign minister": a post standing for the person who holds it.
_POST_SUBJECT = re.compile(r"\b(?:the\s+)?(?:(?P<demonym>[A-Z][\w-]+)\s+)?(?P<post>president|prime minister|foreign minister|minister of foreign affairs|head|leader)"
                           r"(?:\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))?\s+(?:(?:also|then|later)\s+)?$", re.I)
# "the meeting of A with B", "talks (in Oslo) between A and B": both sides after the trigger.
_OF_WITH = re.compile(r"\b(?:bilateral\s+)?(?:meeting|talks|conversation|negotiations)\s+(?:(?:in|at)\s+[A-Z][\w'’-]+\s+)?(?:(?:were|was)\s+held\s+|took\s+place\s+)?(?:of|between)\s+"
                      r"(?!the\s+(?:heads|ministers|leaders))", re.I)
# The words without which _WITH and _OF_WITH cannot match (each of _WITH's branches ends in "with" but seven).
_WITH_WORDS = frozenset(("with", "met", "phoned", "telephoned", "received", "courtesy", "meeting", "hosted", "meets"))
_PAIR_WORDS = frozenset(("met", "held", "had", "spoke", "talked", "discussed", "reviewed", "exchanged", "their"))  # _PAIR_VERB's
_OF_WITH_HEADS, _OF_WITH_LINKS = frozenset(("meeting", "talks", "conversation", "negotiations")), frozenset(("of", "between"))
_GATE_WORDS = frozenset("met meet sat received talks meeting meetings bilateral consultations conversation conversations discussions negotiations "
                        "spoke phone telephone phoned telephoned sidelines margins sign signs signed one tete te conferred courtesy hosted meets talked exchanged discussed discuss talk summit".split())  # "one-on-one", "tête-à-tête" split
_GATE = re.compile(r"\bmet\b|\bsummit\b|\bconferred\b|\bcourtesy\b|\bhosted\b|\bmeets\b|\btalked\b|\bexchanged\b|\bdiscuss(?:ed)?\b|\btalk\b|\bmeet\b|\bsat\b|\breceived\b|talks|meeting|bilateral|consultations|conversation|discussions|negotiations|spoke|phone|sidelines|margins|\bsign|one-on-one|t[eê]te-", re.I)
# Words _GATE matches wherever they stand, as it looks for them with no word boundary around (where lower-casing tells).
_GATE_SURE = frozenset("talks meeting meetings bilateral consultations conversation conversations discussions negotiations spoke phone telephone "
                       "phoned telephoned sidelines margins".split())
_BILATERAL_WORDS = re.compile(r"bilateral|one-on-one|separate|t[eê]te", re.I)
# "A and B met", "A and his counterpart B held talks": both sides before the verb.
_PAIR_VERB = re.compile(rf"\b(?:met|(?:held|had)\s+(?:a\s+)?(?:bilateral\s+|(?:tele)?phone\s+|one-on-one\s+|face-to-face\s+|t[eê]te-[aà]-t[eê]te\s+)?{_TALK_NOUNS}|have\s+met"
                        r"|(?:held|had)\s+(?:the|their)\s+(?:first|second|third|fourth|fifth|next|latest)\s+(?:meeting|talks|round)"
                        r"(?![^.;]*\b(?:Central\s+Asia|format|dialogue|summit|forum|ministerial)\b)"
                        r"|(?<=\s)(?:during|at|after|following)\s+their\s+(?:bilateral\s+|one-on-one\s+)?(?:summit|talks|meeting|negotiations)"  # "A and B agreed ... during their summit"
                        r"|(?:spoke|talked)\s+(?:by|on\s+the)\s+(?:tele)?phone"
                        r"|(?:discussed|reviewed|exchanged)(?=[^.;]*\b(?:bilateral|one-on-one|separate)\s+(?:meeting|talks)\b))\b(?!\s+with)", re.I)
# "In a telephone conversation, A and B discussed ...", "On the sidelines of the summit, A and B agreed ...": the
# opening says the two talked; the verb after both names says nothing more.
_TALKING_OPENING = re.compile(r"^(?:In|During)\s+(?:a|an|their)\s+(?:(?:tele)?phone\s+(?:conversation|call)|bilateral\s+meeting|one-on-one\s+meeting)\b"
                              r"|^On\s+the\s+(?:sidelines|margins)\b", re.I)
_OPENED_PAIR_VERB = re.compile(r"\b(?:discussed|reviewed|exchanged|agreed|noted|stressed|emphasized|emphasised|considered)\b")
# A headline's present tense: "Seitkali, Fontes hold talks in Astana", "Nazirov and Brenner discuss energy".
_HEADLINE_VERB = re.compile(r"\b(?:meet|hold\s+(?:bilateral\s+|phone\s+)?talks|discuss|talk\s+by\s+phone)\b")
# A word _HEADLINE_VERB cannot match without: its words are lower-case whole words, so each is one of a sentence's words.
_HEADLINE_WORDS = frozenset(("meet", "hold", "discuss", "talk"))
_ONLY_PLANNED = re.compile(r"\b(?:plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|propos(?:ed|es|ing)|hop(?:es|ed|ing)|seek(?:s|ing)?|sought|"
                           r"call(?:s|ed|ing)?\s+for)\s+(?:to\s+(?:(?:hold|have)\s+)?)?(?:a\s+|an\s+)?$", re.I)
_GROUP = re.compile(r"\b(leaders|counterparts|presidents|ministers|colleagues|heads|delegations)\b", re.I)


def find_bilaterals(report: Report, people: list[PersonFact], meeting: MeetingFact | None) -> list[BilateralFact]:
    talks: list[BilateralFact] = []
    exact_words = report.blind is not None  # a sentence's words hold every word a case-blind pattern can match there
    for sentence in report.sentences:
        if _GATE_WORDS.isdisjoint(sentence.words) or not (exact_words and sentence.words & _GATE_SURE) and not _GATE.search(sentence.text):
            continue
        words = sentence.words
        for trigger in _with_triggers(report, sentence) if not exact_words or not _WITH_WORDS.isdisjoint(words) else ():
            _talks_with(report, sentence, trigger, people, meeting, talks)
        for trigger in _OF_WITH.finditer(sentence.text) if not exact_words or words & _OF_WITH_HEADS and words & _OF_WITH_LINKS else ():
            _meeting_of(report, sentence, trigger, people, talks)
        verbs = list(_PAIR_VERB.finditer(sentence.text)) if not exact_words or not _PAIR_WORDS.isdisjoint(words) else []
        if _TALKING_OPENING.search(sentence.text):
            verbs += list(_OPENED_PAIR_VERB.finditer(sentence.text))[:1]
        for pair in _THE_TWO.finditer(sentence.text) if not exact_words or "two" in words or "both" in words else ():
            _the_two(report, sentence, pair, people, talks)
        if not sentence.text.rstrip().endswith((".", "!", "?", '"', "”", ":")) and not _HEADLINE_WORDS.isdisjoint(words) \
                and (headline := _HEADLINE_VERB.search(sentence.text)):  # a headline, tested first by its end and words
            before = _people_at(report, sentence, people, 0, headline.start())
            if len(before) == 2 and re.search(r",|\band\b", sentence.text[: headline.start()]):  # "Seitkali, Fontes hold talks"
                _add(talks, before[0], before[1], make_quote(report.text, sentence.start_char, sentence.start_char + headline.end()))
        for verb in verbs:
            before = [p for p in _people_at(report, sentence, people, 0, verb.start())]
            if len(before) == 2 and re.search(r"\band\b", sentence.text[: verb.start()]) and not _as_history(sentence.text, verb.start(), verb.end(), report.published):
                _add(talks, before[0], before[1], make_quote(report.text, sentence.start_char, sentence.start_char + verb.end()))
    return talks


# "Upon arrival, the two leaders held talks": the two people the passage before named last.
_THE_TWO = re.compile(r"\b(?:[Tt]he\s+two|Both)\s+(?:countries['’]\s+|nations['’]\s+|sides['’]\s+)?(?:leaders|presidents|heads\s+of\s+state|(?:foreign\s+|prime\s+)?ministers)\s+"
                      r"(?:(?:then|also|later|first)\s+)?(?:held|had|met|sat\s+down|spoke|talked|conferred)\b(?!\s+with)(?!\s+(?:the\s+)?(?:press|reporters|journalists|media)\b)")


def _as_history(text: str, start: int, end: int, published: dt.date | None = None) -> bool:
    """'A last met B in 2019', 'A and B first met in 2015', 'A visited in 2021, when he met B', talks in a year before the
    report's: talks the report recalls, not those it tells of."""
    before = text[:start]
    # the talks' year: opening the sentence, or in the words after the trigger before a comma ("Brenner, elected in 2019, met ..." is not)
    years = [int(y) for y in re.findall(r"^\s*In\s+((?:19|20)\d\d)\b", text) + re.findall(r"\bin\s+((?:19|20)\d\d)\b", re.split(r"[,;]", text[end:])[0])]
    return bool(re.search(r"\b(?:last|previously)\s+$", before)) or bool(
        re.search(r"\bfirst\s+$", before) and re.search(r"\b(?:in|since)\s+(?:19|20)\d\d\b|\byears?\s+ago\b", text[end:])) or bool(
        re.search(r"\b(?:19|20)\d\d,?\s+when\s+(?:he|she|they|the\s+\w+|[A-Z][\w'’-]+)\s+$", before)) or bool(
        published and years and max(years) < published.year)


def _the_two(report: Report, sentence: Sentence, pair: re.Match, people: list[PersonFact], talks: list[BilateralFact]) -> None:
    """The two people named last before 'the two leaders' (the sentence before naming one of them), of two countries."""
    told = sentence.start_char + pair.start()
    index = report.sentences.index(sentence)
    if _people_at(report, sentence, people, 0, pair.start()) or not index:
        return  # the sentence names its own
    preceding = next((s for s in reversed(report.sentences[:index]) if s.text.strip()), report.sentences[index - 1])  # past a paragraph break
    last = []
    for person in people:
        words = [w for w in person.name.split() if len(w) >= 3]
        found = [m.start() for w in words for m in re.finditer(rf"\b{re.escape(w)}\b(?!['’]\w)", report.text[max(0, told - 1500) : told])]
        if found:
            last.append((max(found) + max(0, told - 1500), person))
    last.sort(key=lambda item: -item[0])
    if len(last) < 2 or last[0][0] < preceding.start_char:
        return
    (_, a), (_, b) = last[:2]
    if a.country and b.country and a.country == b.country and min(a.confidence, b.confidence) > GUESSED_COUNTRY:
        return
    _add(talks, a, b, make_quote(report.text, told, sentence.start_char + pair.end()))


def _talks_with(report: Report, sentence: Sentence, trigger: re.Match, people: list[PersonFact], meeting: MeetingFact | None,
                talks: list[BilateralFact]) -> None:
    text = sentence.text
    if _ONLY_PLANNED.search(text[: trigger.start()]) or _as_history(text, trigger.start(), trigger.end(), report.published):
        return  # "planning a phone call with X", "proposed talks with Y", "last held talks with X in 2019": none held now
    if re.search(r"\b(?:they|we)\s+(?:(?:also|then|later|have|had|all|both)\s+)*$", text[: trigger.start()], re.I):
        return  # "months after they met X": a group's talks, not those of the person named before
    leading = trigger.group(0).lower().startswith(("in ", "after", "following", "during", "before", "ahead", "at "))
    comma = _comma_after_list(text, trigger.end())
    clause_end = comma if leading and comma != -1 else _clause_end(text, trigger.end())
    others = _people_at(report, sentence, people, trigger.end(), clause_end)
    # a photo's credit ("Kari Lie | AFP | Getty Images") runs into the sentence after it: none of it is the subject
    before = _people_at(report, sentence, people, text.rfind("|", 0, trigger.start()) + 1, trigger.start())
    if leading:
        after_clause = _people_at(report, sentence, people, clause_end, len(text))
        host = after_clause[0] if after_clause else (before[-1] if before else _surname_after(report, text[clause_end:])
                                                     or _named_before(report, sentence, people, others))
    elif re.match(r"\s*(?:his|her)\b", trigger.group(0), re.I):  # "His meeting with X ended ...": whom the sentence before named
        host = _pronoun_subject(report, sentence, "he ", people, others)
    else:
        host = (before[-1] if before else _surname_subject(report, text[: trigger.start()]) or _post_holder(report, sentence, text[: trigger.start()], people, others)
                or _pronoun_subject(report, sentence, text[: trigger.start()], people, others) or _protagonist(people, others, trigger))
    if host is None:
        return
    if not others:  # "would meet with Trump in ...": a surname alone, of a person the report names in full elsewhere
        alone = re.match(r"\s*([A-Z][a-z'’-]{2,})\b", text[trigger.end() : clause_end])
        other = alone and not _is_place_or_post(report, alone.group(1)) and _surname_subject(report, alone.group(1) + " ")
        others = [other] if other else []
    if not others and re.match(r"\s*(?:him\b|her\b(?=\s*(?:[,.;]|$|(?:at|in|on|to|for|during|after|before|upon)\b)))", text[trigger.end() :]):
        # "X received him (her)": whom the sentence before named; not "her counterpart"
        other = _pronoun_subject(report, sentence, "he ", people, [host])
        others = [other] if other else []
    # Everyone named on the other side of "with": a country the people rule gave them may be a guess.
    others = [p for p in others if p is not host and p.name.split()[-1] != host.name.split()[-1]]
    if "summit" in trigger.group(0).lower() and len(others) != 1:
        return  # "held a summit with the leaders A, B and C": a summit of many, no talks of two
    if not others and meeting is not None and _BILATERAL_WORDS.search(trigger.group(0)) and _GROUP.search(text[trigger.end() : clause_end]):
        # of a country known and not the host's: one whose country the report leaves unsaid may be the host's own leader
        others = [p for p in meeting.participants if p is not host and p.country and p.country != host.country]
        named = {code for word in re.findall(r"[A-Z][\w-]+", text[trigger.end() : clause_end]) if (code := report.gazetteer.country_code(word))}
        others = [p for p in others if p.country in named] if named else others  # "the leaders of A and B": those two only
    if not others:  # "met with the Kazakh President": the one holder of that post of that country the report names
        others = [p for p in [_post_met(report, text[trigger.end() : clause_end], people, host)] if p]
    quote = make_quote(report.text, sentence.start_char + (text.rfind(host.name.split()[-1], 0, trigger.start()) if host in before else trigger.start()),
                       sentence.start_char + clause_end)
    for other in others:
        _add(talks, host, other, quote)


def _meeting_of(report: Report, sentence: Sentence, trigger: re.Match, people: list[PersonFact], talks: list[BilateralFact]) -> None:
    """'the meeting of A with B', 'talks between A and B': the two people named first, joined by "with" or "and"."""
    text = sentence.text
    end = _clause_end(text, trigger.end(), joined=True)
    named = _people_at(report, sentence, people, trigger.end(), end)
    if len(named) < 2:
        return
    first, second = named[0], named[1]
    at = [text.find(person.name.split()[-1], trigger.end()) for person in (first, second)]
    if min(at) < 0 or not re.search(r"\s(?:with|and)\s", text[at[0] : at[1]]):
        return
    _add(talks, first, second, make_quote(report.text, sentence.start_char + trigger.start(), sentence.start_char + at[1] + len(second.name.split()[-1])))


_POST_MET = re.compile(r"^\s*(?:the\s+)?(?:(?P<demonym>[A-Z][\w-]+)\s+)?(?P<post>[Pp]resident|[Pp]rime [Mm]inister|[Ff]oreign [Mm]inister|[Cc]hancellor|[Ll]eader)"
                       r"(?:\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))?\b(?!\s+[A-Z])")


_COUNTERPART = re.compile(r"^\s*(?:his|her)\s+(?P<demonym>[A-Z][\w-]+)\s+(?P<post>counterpart)(?P<country>)\b(?!,?\s+(?:[A-Z]|and\b))")


def _post_met(report: Report, after: str, people: list[PersonFact], host: PersonFact) -> PersonFact | None:
    """'met with the Kazakh President', 'met the President of Kazakhstan': the one person of the report who holds that
    post for that country, when the report names that person elsewhere."""
    post = _POST_MET.match(after) or _COUNTERPART.match(after)
    country = post and report.gazetteer.country_code(post.group("country") or post.group("demonym") or "")
    if not country or country == host.country:
        return None
    role = post.group("post").lower().replace("leader", "president")
    if role == "counterpart":  # "his Kazakh counterpart": the one who holds the host's post there
        role = next((key for key in ("prime minister", "foreign", "president") if key in (host.role or "").lower()), "")
        if not role:
            return None
    holders = [p for p in people if p.country == country and p.role and role in p.role.lower() and "vice" not in p.role.lower()]
    return holders[0] if len(holders) == 1 else None


def _surname_subject(report: Report, before: str) -> PersonFact | None:
    """'Dahl will then hold talks with ...': a surname alone as the subject, of a person the report names in full."""
    subject = re.search(r"\b([A-Z][a-z'’-]{2,})\s+(?:(?:will|is to|is expected to|also|then|later)\s+)*$", before)
    if not subject or subject.group(1) in lx.NOT_NAMES or _is_place_or_post(report, subject.group(1)):
        return None
    full = re.search(rf"\b((?:[A-Z][a-z'’-]+\s+){{1,3}}){re.escape(subject.group(1))}\b", report.text)
    given = [w for w in full.group(1).split() if w not in lx.NOT_NAMES and not _is_place_or_post(report, w, towns=False)] if full else []
    return PersonFact(name=" ".join(given + [subject.group(1)]), role=None, country=None, quotes=[]) if given else None


def _surname_after(report: Report, after: str) -> PersonFact | None:
    """'After talks with X, Mirziyoyev said ...': a lone surname opening the main clause, as the report spells it."""
    subject = re.match(r",?\s*([A-Z][a-z'’-]{2,})\s+(?:(?:also|then|later|has|had|was)\s+)?[a-z]+(?:ed|s)\b", after)
    if not subject or subject.group(1) in lx.NOT_NAMES or _is_place_or_post(report, subject.group(1)):
        return None
    if len(re.findall(rf"\b{subject.group(1)}\b", report.text)) < 2:
        return None  # a word the report uses once is no surname it goes by
    return _surname_subject(report, subject.group(1) + " ") or PersonFact(name=subject.group(1), role=None, country=None, quotes=[])


def _post_holder(report: Report, sentence: Sentence, before: str, people: list[PersonFact], met: list[PersonFact]) -> PersonFact | None:
    """'the president of Norway met with ...': the one person of the report who holds that post for that country
    (or, when no holder's country is told, the one holder who is not among those `met`)."""
    if title := re.search(r"\b[Tt]he\s+(Head of State|President|(?:[Ff]oreign\s+|[Pp]rime\s+)?[Mm]inister|[Cc]hancellor|[Pp]remier)\s+(?:(?:also|then|later)\s+)?$", before):
        # "the Head of State then met ...", "The minister held talks with ...": the holder of that post the passage named last
        post = "president" if title.group(1) == "Head of State" else title.group(1).lower()
        holders = [p for p in people if p.role and post in p.role.lower() and "vice" not in p.role.lower() and p not in met]
        told = sentence.start_char + len(before)
        named = [(report.text.rfind(p.name.split()[-1], max(0, told - 800), told), p) for p in holders]
        named = [(at, p) for at, p in named if at >= 0]
        return max(named, key=lambda pair: pair[0])[1] if named else None
    post = _POST_SUBJECT.search(before)
    country = post and report.gazetteer.country_code(post.group("country") or post.group("demonym") or "")
    if not country:
        return None
    words = post.group("post").lower().replace("minister of foreign affairs", "foreign minister").replace("head", "president").replace("leader", "president").split()
    holding = [p for p in people if p.role and all(w in p.role.lower().replace("minister of foreign affairs", "foreign minister") for w in words)]
    holders = [p for p in holding if p.country == country]
    if not holders:  # the post's one holder whose country the report left unsaid (or only guessed), other than the one met
        holders = [p for p in holding if (p.country is None or p.confidence <= GUESSED_COUNTRY) and p not in met]
    return holders[0] if len(holders) == 1 else None


def _pronoun_subject(report: Report, sentence: Sentence, before: str, people: list[PersonFact], met: list[PersonFact]) -> PersonFact | None:
    """'There, she will meet with ...': the person the sentence before named last, other than the one met."""
    if not re.search(r"(?:^|,\s*)(?:[Hh]e|[Ss]he)\s+(?:[a-z]+\s+){0,3}$", before):
        return None
    index = report.sentences.index(sentence)
    preceding = next((s.text for s in reversed(report.sentences[:index]) if s.text.strip()), "")  # whom "he" stands for
    # by any word of the name: many put the family name first ("Lee Min Ho ... Lee will travel")
    named = [(max(m.start() for m in found), p) for p in people if p not in met and p.name.split()[-1] not in {o.name.split()[-1] for o in met}
             and (found := [m for w in p.name.split() if len(w) >= 3 for m in re.finditer(rf"\b{re.escape(w)}\b(?![’']\w)", preceding)])]
    return max(named, key=lambda pair: pair[0])[1] if named else None


def _comma_after_list(text: str, start: int) -> int:
    """The comma that ends 'In meetings with A, B, and C, X said': not one inside the list of those met."""
    for comma in re.finditer(",", text[start:]):
        rest = text[start + comma.end() :]
        if not re.match(r"\s+and\s|\s+(?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w'’-]+\s*(?:,|and\s)", rest):
            return start + comma.start()
    return -1


def _named_before(report: Report, sentence: Sentence, people: list[PersonFact], met: list[PersonFact]) -> PersonFact | None:
    """'During the meeting with X, relations were strengthened', 'They attended a ceremony before a meeting with X':
    talks whose sentence names no side of its own are those of the person the passage before (of two sentences)
    named last, when that person is of a country other than the one met."""
    surnames = {p.name.split()[-1] for p in met}
    if not met or {p.name.split()[-1] for p in _people_at(report, sentence, people, 0, len(sentence.text))} != surnames:
        return None
    index = report.sentences.index(sentence)
    host = None
    for preceding in [s.text for s in reversed(report.sentences[max(0, index - 4) : index]) if s.text.strip()][:2]:
        named = [(max(m.start() for m in found), p) for p in people if p.name.split()[-1] not in surnames
                 and (found := [m for w in p.name.split() if len(w) >= 3 for m in re.finditer(rf"\b{re.escape(w)}\b", preceding)])]
        if named:
            host = max(named, key=lambda pair: pair[0])[1]
            break
    if host is None or not host.country or any(not o.country or o.country == host.country for o in met):
        return None
    return host


def _protagonist(people: list[PersonFact], others: list[PersonFact], trigger: re.Match) -> PersonFact | None:
    """'A separate meeting with the host's premier followed': talks whose subject goes unsaid are the
    report's protagonist's, the first person it names, of a country other than the one met."""
    if not others or not re.search(r"(?:separate|bilateral|one-on-one)\s+meeting\s+with|\b(?:bilaterally|separately|one-on-one)\s+with", trigger.group(0), re.I):
        return None
    return next((p for p in people if p.country and p.country != others[0].country and p is not others[0]), None)


def _clause_end(text: str, start: int, joined: bool = False) -> int:
    """Where the other side of the talks ends: at 'to discuss', 'on', a semicolon or a new clause (one with a subject
    of its own, "and Prime Minister X opened ...", unless `joined`: "talks between A and B took place")."""
    stop = re.search(r";|\s(?:to|and\s+(?:discussed|exchanged|agreed|signed))\s|,\s+(?:where|which|during|who|and\s+the)\b|\s+on\s+(?!the\s+sidelines)(?=[a-z])"
                     r"|,(?=[^,]{0,60}?\b(?:said|says|added|noted|told)\b)", text[start:])  # "..., President X said": the speaker
    end = start + stop.start() if stop else len(text)
    if not joined and (own := _OWN_CLAUSE.search(text, start, end)):
        return own.start()
    return end


_OWN_CLAUSE = re.compile(r"\sand\s+(?:[A-Z][\w'’.-]*\s+){1,6}(?:[a-z]+ed|said|spoke|went|took|gave|made|met|held|left|told)\b")


def _people_at(report: Report, sentence: Sentence, people: list[PersonFact], start: int, end: int) -> list[PersonFact]:
    """The people named between two offsets of a sentence, in the order they appear: those the
    report's people rule found, and names it missed ("his counterpart Iwaya Takeshi", "Saidov (Uzbekistan)")."""
    window = sentence.text[start:end]
    credits = [m.span() for m in _CREDIT.finditer(window)] if "/" in window else []
    found = []
    for person in people:
        positions = [m.start() for word in person.name.split() if len(word) >= 3 and word in window
                     for m in re.finditer(rf"\b{re.escape(word)}\b(?!{_KIN})", window)
                     if not any(a <= m.start() < b for a, b in credits)]
        if positions:
            found.append((min(positions), person))
    for match in _NAME.finditer(window):
        if _CORPORATE.search(match.group(0)) or _GROUP_OF.match(window) or _is_place_or_post(report, match.group(0)) \
                or _PORTFOLIO_BEFORE.search(sentence.text[max(0, start + match.start() - 80) : start + match.start()]):
            continue  # "Kawasaki Heavy Industries", a body or a country, anyone named after "representatives of", or a
            # post's remit ("the Minister of Foreign Affairs and International Development"): no person
        # a town's name may be a given name too ("Saida"): only countries and posts are no part of a name
        words = [w for w in match.group(0).split() if w not in lx.NOT_NAMES and not _is_place_or_post(report, w, towns=False)]
        if len(words) < 2 or any(match.start() <= position < match.end() for position, _ in found) or any(a <= match.start() < b for a, b in credits):
            continue
        if any(p.name.split()[-1] == words[-1] for _, p in found):
            continue
        country = _country_near(report, window[max(0, match.start() - 40) : match.end() + 20])
        found.append((match.start(), PersonFact(name=" ".join(words), role=None, country=country, quotes=[])))
    return [person for _, person in sorted(found, key=lambda item: item[0])]


# A photo's credit: "(Kari Lie/AFP)", "(Photo: Kari Lie / Reuters)": its name is no side of the talks
_CREDIT = re.compile(r"\((?:[\w ]+:\s*)?[A-Z][^()/]{2,40}/\s*[A-Z][^()]{0,30}\)")
_NAME = re.compile(r"\b[A-Z][a-z'’-]+(?:-[A-Z][a-z'’]+)?(?:\s+[A-Z][a-z'’-]+(?:-[A-Z][a-z'’]+)?){1,3}\b")  # "Kassym-Jomart Tokayev"
_CORPORATE = re.compile(r"\b(?:Engineering|Industries|Industry|Group|Corporation|Corp|Company|Holdings?|Bank|Fund|Motors|Airways|Airlines|Energy|"
                        r"Electric|Steel|Oil|Gas|Chemicals?|Systems|Trading|Eurasia|Partners|Capital|"
                        r"Council|Organi[sz]ation|Committee|Commission|Union|Ministry|Agency|Association|Dialogue|Forum|"
                        r"Images|Photos?|News|Press|Times|Post|Officer|Executive|Manager|"
                        r"Airport|Hotel|Palace|Hall|Square|Stadium|Arena|University|Institute|Museum)\b")  # "Getty Images": a photo's credit; "Astana Airport": a place
_PORTFOLIO_BEFORE = re.compile(r"\b(?:Minister|Ministry|Secretary|Commissioner|Department)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)+and\s+$")
_GROUP_OF = re.compile(r"\s*(?:the\s+)?(?:(?:major|leading|top|senior)\s+)?(?:representatives|executives|heads|leaders|members|chiefs)\s+of\b", re.I)
# "Dahl's daughter met ...": a name that only says whose relative, aide or office someone is takes no part.
_KIN = r"['’]s\s+(?:daughter|son|wife|husband|brother|sister|father|mother|aide|adviser|advisor|office|spokes\w+|press secretary|administration)\b"


def _is_place_or_post(report: Report, word: str, towns: bool = True) -> bool:
    gazetteer = report.gazetteer
    return bool(gazetteer.country_code(word)) or (towns and word in gazetteer.cities) or word.lower() in lx.TITLE_WORDS


def _country_near(report: Report, text: str) -> str | None:
    for word in re.findall(r"[A-Z][a-z]+", text):
        code = report.gazetteer.country_code(word)
        if code:
            return code
    return None


def _add(talks: list[BilateralFact], a: PersonFact, b: PersonFact, quote) -> None:
    pair = {a.name, b.name}
    if a is b or any(set(t.between) == pair for t in talks):
        return
    talks.append(BilateralFact(between=(a.name, b.name), quotes=[quote]))
