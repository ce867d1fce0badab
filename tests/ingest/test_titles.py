"""Titles the review queue and the record show for what extraction found: short, capitalised, in the record's terms."""

from hypothesis import given
from hypothesis import strategies as st

from dialogue.ingest.titles import LEVEL_TITLES, document_title, generic_role, initiative_title, meeting_title


def test_a_meeting_title_names_its_number_and_level_and_an_unknown_level_is_a_meeting():
    assert meeting_title("summit", 1) == "First Summit"
    assert meeting_title("senior officials", 12) == "12th Senior Officials' Meeting"
    assert meeting_title("foreign ministers", None) == "Foreign Ministers' Meeting"
    assert meeting_title("garden party", 3) == "3rd Meeting"


def test_an_initiative_is_named_by_the_thing_proposed_not_the_verb_that_proposes_it():
    assert initiative_title("development of a Joint Action Plan on river transport") == "Joint Action Plan on river transport"
    assert initiative_title("the establishment of a Fund for mountain schools") == "Fund for mountain schools"
    assert initiative_title("draw up a register of shared museums") == "Register of shared museums"
    assert initiative_title("cooperate in veterinary science") == "Cooperation in veterinary science"
    assert initiative_title("support young glaciologists") == "Support for young glaciologists"
    assert initiative_title("Steppe Solar Corridor") == "Steppe Solar Corridor"


def test_a_clause_already_in_noun_form_is_not_nominalised_twice():
    assert initiative_title("launch of a night train to the coast") == "Launch of a night train to the coast"
    assert initiative_title("support for rural clinics") == "Support for rural clinics"


@given(st.text(alphabet=st.sampled_from(list("abcdeoprstuvACDEF ")), max_size=40)
       | st.sampled_from(["cooperate in", "develop a", "work out the", "set up", "launch"]).flatmap(
           lambda verb: st.text(alphabet="abc XYZ", max_size=20).map(lambda rest: f"{verb} {rest}")))
def test_an_initiative_title_once_made_is_left_as_it_is(text):
    title = initiative_title(text)
    assert initiative_title(title) == title
    assert title[:1] == title[:1].upper()


def test_a_post_is_known_across_countries_by_its_role():
    assert generic_role("Deputy Prime Minister - Minister of Foreign Affairs") == "Foreign Minister"
    assert generic_role("Minister of Foreign Affairs") == "Foreign Minister"
    assert generic_role("Deputy Foreign Minister") == "Deputy Foreign Minister"
    assert generic_role("Prime Minister of the island state") == "Prime Minister"
    assert generic_role("Special Representative for the mountain region") == "Special Representative"


def test_a_post_without_a_common_role_keeps_its_own_words():
    assert generic_role("Vice Minister for Foreign Affairs") == "Vice Minister for Foreign Affairs"
    assert generic_role("President of the Chamber of Crafts") == "President of the Chamber of Crafts"
    assert generic_role("Harbour master") == "Harbour master"


def test_a_document_named_only_by_its_kind_takes_its_meetings_name():
    assert document_title("Joint Statement", "Second Summit") == "Joint Statement of the Second Summit"
    assert document_title("final declaration", "Second Summit") == "Final declaration of the Second Summit"
    assert document_title("Joint Statement", None) == "Joint Statement"


def test_a_document_with_a_name_of_its_own_keeps_it_and_loses_the_reporting_words():
    assert document_title("Lakeside Declaration", "Second Summit") == "Lakeside Declaration"
    assert document_title("action plan, the ministry said", "Second Summit") == "Action plan of the Second Summit"
    assert document_title("Joint Statement, it said", None) == "Joint Statement"


def test_every_level_extraction_knows_has_a_title_of_its_own():
    assert {meeting_title(level, None) for level in LEVEL_TITLES} == set(LEVEL_TITLES.values())
