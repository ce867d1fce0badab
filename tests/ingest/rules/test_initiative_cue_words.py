"""The initiative rule runs each cue only where one of its words is: a cue that matches a sentence must name a
word of it, or the rule would skip a sentence the cue finds something in. Sentences of our own."""

import re

import pytest

from dialogue.ingest.rules import initiatives

SENTENCES = [
    "Among the initiatives presented were a seed bank and a river school.",
    "Norway's initiative to open a fjord academy was discussed.",
    "The projects, including a ferry fund, were listed.",
    "The minister said Norway will open a trade office in Almaty.",
    "Iceland proposed that the sides jointly build a seismic network.",
    "We would like to propose a regional soybean exchange.",
    "Finland floated the idea of a timber fund.",
    "We should establish a council of nomadic regions.",
    "Mongolia expressed readiness to train 300 engineers.",
    "Brazil called for a regional early-warning system.",
    "Canada is willing to host a mining fair.",
    "Chile voiced the hope to create a youth orchestra.",
    "The leaders welcomed the creation of a water council.",
    "The sides agreed in principle to establish a joint fund.",
    "They took a joint decision to set up a shared archive.",
    "Kazakhstan is developing a project for river ports.",
    "Japan intends to launch a seed fund for the region.",
    "Uzbekistan urged the creation of a water council.",
    "Chile called on the partners to set up a copper exchange.",
    "China will provide grants and draw up a plan for desert farming.",
    "We should speed up the construction of the northern railway.",
    "Mongolia stressed the need to create a pasture council.",
    "Norway made it clear, with Berg announcing a ferry fund.",
]


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


@pytest.mark.parametrize("text", SENTENCES)
def test_a_cue_that_matches_a_sentence_names_one_of_its_words(text):
    matched = [(pattern, needed) for pattern, needed in initiatives._CUES if pattern.search(text)]
    assert matched  # each sentence shows at least one cue
    for pattern, needed in matched:
        assert needed & _words(text), pattern.pattern[:60]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_sentence_with_a_cue_is_not_skipped(text):
    assert not initiatives._ANY_WORDS.isdisjoint(_words(text))
