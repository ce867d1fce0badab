"""A pledge told beside an earlier one is a target; a firm's work under way is not. Sentences of our own."""

from decimal import Decimal

import pytest


def _targets(read, text):
    return [(t.amount, t.currency) for t in read(text).targets]


@pytest.mark.parametrize("text", [
    "The minister announced that Norway will provide $40 million besides the already pledged $40 million for the Andes Water Fund.",
    "Chile will allocate $40 million on top of the already promised $40 million for the regional grants programme.",
])
def test_a_pledge_beside_one_already_made_is_a_target(read, text):
    assert _targets(read, text) == [(Decimal(40_000_000), "USD")]


@pytest.mark.parametrize("text", [
    "The Norwegian firm is actively engaged in projects totaling $2.5 billion across the region.",
    "Norway has already provided $40 million for the region's water projects.",
])
def test_work_under_way_or_done_is_no_target(read, text):
    assert _targets(read, text) == []
