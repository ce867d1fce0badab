"""A text cut into segments at every evidence boundary, so overlapping quotes can all be marked."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    text: str
    marks: tuple[int, ...]  # ids of the spans covering this segment; empty for plain text


def segments(text: str, spans: list[tuple[int, int, int]]) -> list[Segment]:
    """Cut `text` at every (id, start, end) span boundary; each piece lists the spans that cover it."""
    bounds = sorted({0, len(text), *(max(0, min(p, len(text))) for _, start, end in spans for p in (start, end))})
    pieces = []
    for start, end in zip(bounds, bounds[1:]):
        if start == end:
            continue
        covering = tuple(span_id for span_id, span_start, span_end in spans if span_start <= start and end <= span_end)
        pieces.append(Segment(text[start:end], covering))
    return pieces
