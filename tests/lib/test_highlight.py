from hypothesis import given
from hypothesis import strategies as st

from dialogue.lib.highlight import Segment, segments


@st.composite
def text_and_spans(draw):
    text = draw(st.text(max_size=60))
    spans = []
    for span_id in range(draw(st.integers(0, 5))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        spans.append((span_id, start, end))
    return text, spans


@given(text_and_spans())
def test_the_segments_spell_the_text_and_mark_exactly_the_covered_characters(case):
    text, spans = case
    pieces = segments(text, spans)
    assert "".join(p.text for p in pieces) == text
    position = 0
    for piece in pieces:
        for offset in range(len(piece.text)):
            covering = {i for i, start, end in spans if start <= position + offset < end}
            assert set(piece.marks) == covering
        position += len(piece.text)


def test_overlapping_quotes_are_both_marked():
    assert segments("TOKYO. KAZINFORM", [(1, 0, 5), (2, 0, 16)]) == [
        Segment("TOKYO", (1, 2)), Segment(". KAZINFORM", (2,)),
    ]
