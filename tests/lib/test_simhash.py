"""SimHash fingerprints: the first sieve that finds one story published twice, before the texts are compared."""

from hypothesis import given
from hypothesis import strategies as st

from dialogue.ingest.services import TWIN_BITS
from dialogue.lib.simhash import BITS, WIDTHS, band_neighbours, bands, distance, simhash

STORY = (
    "The foreign ministers of the five countries and their partner met on Tuesday in a lakeside town to talk about "
    "railways, water and the training of young engineers. They agreed that a working group on freight corridors would "
    "meet twice a year, and that each capital would name one official to answer questions from the others. The host "
    "minister said the next round would look at customs forms, which traders say take too long to fill in at the "
    "border. A joint statement was adopted at the end of the day, and the ministers planted a row of apricot trees "
    "beside the hall where they had met. Students from the local college served as interpreters during the talks."
)
OTHER_STORY = (
    "A regional orchestra opened its winter season with a programme of new pieces by composers under thirty. The hall "
    "was full, and the audience asked for two encores before the lights came up. The conductor thanked the volunteers "
    "who had repaired the old organ over the summer, and said the orchestra would tour four provincial towns in spring, "
    "playing in schools in the mornings and in theatres at night. Tickets for the tour go on sale next month, with "
    "seats kept back for pupils and for people over seventy, who may attend the rehearsals without paying."
)


def test_a_fingerprint_never_changes_between_versions_because_the_database_keeps_them():
    # Stored fingerprints are compared with new ones: a change of hash, shingle or sign would hide every twin.
    assert simhash("The ministers met in the old library.") == 8206226440812091912


def test_case_and_punctuation_do_not_change_the_fingerprint():
    assert simhash(STORY) == simhash(STORY.upper().replace(",", "").replace(".", " ;"))


def test_a_copy_with_a_word_changed_is_within_the_twin_sieve_and_another_story_is_not():
    copy = STORY.replace("Tuesday", "Wednesday").replace("apricot", "walnut")
    assert distance(simhash(STORY), simhash(copy)) <= TWIN_BITS
    assert distance(simhash(STORY), simhash(OTHER_STORY)) > TWIN_BITS


@given(st.text())
def test_any_text_gives_a_signed_64_bit_number_that_a_bigint_column_holds(text):
    fingerprint = simhash(text)
    assert -(1 << (BITS - 1)) <= fingerprint < 1 << (BITS - 1)
    assert distance(fingerprint, fingerprint) == 0


@given(st.integers(min_value=-(1 << 63), max_value=(1 << 63) - 1), st.integers(min_value=-(1 << 63), max_value=(1 << 63) - 1))
def test_distance_counts_differing_bits_whatever_the_signs(a, b):
    assert distance(a, b) == distance(b, a) == bin((a ^ b) & ((1 << BITS) - 1)).count("1")
    assert 0 <= distance(a, b) <= BITS


@given(st.integers(min_value=-(1 << 63), max_value=(1 << 63) - 1), st.lists(st.integers(0, BITS - 1), max_size=TWIN_BITS))
def test_a_fingerprint_within_the_sieve_holds_a_close_value_on_one_band_at_least(fingerprint, flipped):
    other = fingerprint ^ sum(1 << bit for bit in set(flipped))
    assert distance(fingerprint, other) <= TWIN_BITS
    assert any(value in close for value, close in zip(bands(other), band_neighbours(fingerprint, TWIN_BITS), strict=True))


def test_each_bit_of_a_fingerprint_falls_in_one_band_in_order_and_the_sign_bit_in_the_last():
    owners = [[index for index, value in enumerate(bands(1 << bit)) if value] for bit in range(BITS)]
    assert all(len(owner) == 1 for owner in owners) and sum(WIDTHS) == BITS
    assert [owner[0] for owner in owners] == sorted(owner[0] for owner in owners)
    assert [bool(value) for value in bands(-(1 << 63))] == [False] * (len(WIDTHS) - 1) + [True]
