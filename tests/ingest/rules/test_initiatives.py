"""Named initiatives, in sentences of our own."""


def titles(extraction):
    return {(i.title, i.proposed_by) for i in extraction.initiatives}


def test_a_named_initiative_keeps_its_name_and_its_owner(read):
    text = "The ministers agreed to support Norway's Fjord Connectivity Initiative, and to meet again in spring."
    assert ("Fjord Connectivity Initiative", "NO") in titles(read(text))


def test_a_named_initiative_is_not_swallowed_by_the_clause_after_it(read):
    text = "Norway proposed the Northern Water Partnership, saying it would link rivers across the region."
    assert ("Northern Water Partnership", "NO") in titles(read(text))


def test_a_place_named_as_a_basis_is_not_an_initiative(read):
    text = "It was proposed to draw up a list of projects on the basis of the Bishkek Innovation Centre."
    assert not any(title.endswith("Innovation Centre") and len(title.split()) <= 3 for title, _ in titles(read(text)))


def test_the_format_name_is_not_an_initiative(read):
    text = 'The ministers welcomed progress and agreed to develop the "Central Asia plus Norway" dialogue.'
    assert not any("Norway" in title for title, _ in titles(read(text)))


def test_when_it_was_said_is_not_part_of_an_initiatives_name(read):
    text = "Norway launched the Fjord Business Council on Thursday with the five countries."
    assert ("Fjord Business Council", "NO") in titles(read(text))


def test_a_clause_is_not_an_initiative(read):
    text = "The ministers agreed to the launch, which Norway plans to support."
    assert not any("which" in title for title, _ in titles(read(text)))
