"""Where a person's name starts and ends among the tokens: forward after a post ("President X Y"), backward
before one ("X Y, the Minister"), across particles ("von der"), hyphens ("Kassym-Jomart") and a wrapped line."""

from __future__ import annotations

from dialogue.ingest import lexicon as lx
from dialogue.ingest.nlp import CITY, COUNTRY, DEMONYM, PERSON, TITLE
from dialogue.ingest.report import Report


def is_name_token(token, allow_particle: bool = False) -> bool:
    text = token.text
    if allow_particle and text.lower() in lx.NAME_PARTICLES:
        return True
    if not text[:1].isalpha() or not (text[:1].isupper()):
        return False
    if text in lx.NOT_NAMES or text.lower() in lx.HONORIFICS:
        return False
    return all(ch.isalpha() or ch in "'’.-" for ch in text)


_HONORIFICS_OR_COMMA = frozenset(lx.HONORIFICS | {","})


def scan_name_forward(report: Report, start: int, limit: int) -> tuple[int, int] | None:
    doc = report.doc
    i = start
    while i < limit and doc[i].text.lower() in _HONORIFICS_OR_COMMA:
        i += 1
    if i + 1 < limit and doc[i].is_space and doc[i].text.count("\n") == 1 and i > 0 and not doc[i - 1].is_punct:
        i += 1  # "U.S. President" at a line's end, "Donald Trump" on the next: a wrapped line
    if i < limit and i in report.ent_at_start and report.ent_at_start[i].label_ == PERSON:
        ent = report.ent_at_start[i]
        return ent.start, ent.end
    first, j, words = i, i, 0
    while j < limit and words < 4:
        token = doc[j]
        if j in report.ent_at_start and report.ent_at_start[j].label_ in (COUNTRY, CITY, DEMONYM, TITLE):
            break
        if is_name_token(token, allow_particle=words > 0 and name_follows_particles(doc, j + 1, limit)):
            words += token.text.lower() not in lx.NAME_PARTICLES  # "Faisal bin Khalid Al Saud": particles are not words
            j += 1
        elif words and token.is_space and token.text.count("\n") == 1 and j + 1 < limit and is_name_token(doc[j + 1]):
            j += 1  # "President Antonio" at a line's end, "Costa" on the next: a wrapped line
        elif token.text in "-‑" and words and j + 1 < limit and not doc[j - 1].whitespace_ and (
                is_name_token(doc[j + 1]) or (doc[j + 1].is_alpha and not token.whitespace_)):
            j += 2  # "Kassym-Jomart", "Lee Jae-myung"
        else:
            break
    return (first, j) if words else None


def name_follows_particles(doc, k: int, limit: int) -> bool:
    """After 'von' in 'Ursula von der Leyen': more particles, then a name."""
    while k < limit and doc[k].text.lower() in lx.NAME_PARTICLES:
        k += 1
    return k < limit and is_name_token(doc[k])


def scan_name_backward(report: Report, end: int, floor: int, after_post: bool = False) -> tuple[int, int] | None:
    """The name ending at `end`; one that follows a post's word ('Minister X, ...') is refused unless the post
    announced a list ('Presidents X of Kazakhstan, ...')."""
    doc = report.doc
    j, words = end, 0
    while j > floor and words < 4:
        token = doc[j - 1]
        if (j - 1) in report.ent_at_start and report.ent_at_start[j - 1].label_ in (COUNTRY, CITY, DEMONYM, TITLE):
            break
        if is_name_token(token) or (words and token.text.lower() in lx.NAME_PARTICLES):
            words += token.text.lower() not in lx.NAME_PARTICLES  # "Ahmad bin Nasser Al Thani": particles are not words
            j -= 1
        elif token.text in "-‑" and words and j - 2 >= floor and is_name_token(doc[j - 2]) and not token.whitespace_:
            j -= 1
        else:
            break
    if not words or (not after_post and j - 1 >= floor and doc[j - 1].text in lx.NOT_NAMES and doc[j - 1].text not in ("Mr", "Ms")):
        return None
    return (j, end)
