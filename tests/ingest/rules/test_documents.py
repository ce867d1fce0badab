"""Outcome documents, in sentences of our own."""

import datetime as dt

import pytest

from dialogue.ingest.extract import extract
from dialogue.ingest.gazetteer import Gazetteer


def kinds(extraction):
    return {(d.kind, d.count) for d in extraction.documents}


def test_a_joint_statement_cited_is_an_outcome_document(read):
    text = "The ministers of Central Asia and Norway backed a water plan, a joint statement said."
    assert ("joint statement", 1) in kinds(read(text))


def test_a_declaration_still_to_be_adopted_is_not_one(read):
    text = "The leaders will adopt the Oslo Declaration at the summit, the ministry said."
    assert kinds(read(text)) == set()


def test_an_agreement_only_cited_is_not_an_outcome_document(read):
    assert kinds(read("The agreement, the minister said, is good for both sides.")) == set()


def test_a_plan_in_a_sentence_a_speaker_said_is_no_outcome_document(read):
    text = "Norway will fund clinics in the region and draw up a plan for rural health, Prime Minister Ola Berg said on Friday."
    assert read(text).documents == []


def test_a_joint_statement_cited_as_saying_something_is_an_outcome_document(read):
    extraction = read("The ministers met in Bergen. Their joint statement said the sides had settled the dispute over fishing quotas.")
    assert [(d.kind, d.count) for d in extraction.documents] == [("joint statement", 1)]


def _documents(read, text):
    return [(d.kind, d.count) for d in read(text).documents]


def test_counted_documents_keep_what_they_are_about_and_with_a_worth_are_a_deal(read):
    assert _documents(read, "The two presidents signed 12 documents on trade, energy and transport.") == \
        [("documents on trade, energy and transport", 12)]
    extraction = read("In all, 30 documents worth $4 billion were signed during the visit.")
    assert extraction.documents == [] and [(d.count, d.amount) for d in extraction.deals] == [(30, 4_000_000_000)]
    assert _documents(read, "Some 40 documents were also signed by firms of both sides.") == [("documents signed by firms of both sides", 40)]


def test_papers_inked_are_counted_documents_and_the_inking_of_a_statement_adopts_it(read):
    assert _documents(read, "During the visit 9 bilateral papers were inked.") == [("bilateral papers", 9)]
    assert _documents(read, "The talks ended with the inking of a Joint Statement.") == [("Joint Statement", 1)]
    assert _documents(read, "Scholars presented papers at the conference.") == []


def test_documents_adopted_or_signed_in_the_forms_reports_use(read):
    assert ("joint statement", 1) in kinds(read("At the end of the talks the two presidents signed a joint statement."))
    assert ("Bergen Declaration", 1) in kinds(read("The leaders adopted the Bergen Declaration on regional connectivity."))
    assert {kind for kind, _ in kinds(read("A roadmap for transport cooperation was approved by the ministers."))} == {"roadmap"}


def test_a_named_document_keeps_its_name_after_of(read):
    text = "The sides also signed a Declaration of Intent on critical raw materials and a Memorandum of Understanding on water."
    found = {kind for kind, _ in kinds(read(text))}
    assert {"Declaration of Intent", "Memorandum of Understanding"} <= found


@pytest.mark.parametrize("text, kind", [
    ("After the talks, the two delegations signed a series of agreements on fisheries and shipping.", "agreements"),
    ("Several memoranda of understanding were signed after the talks.", "memoranda of understanding"),
    ("A broad package of agreements on education and health was adopted during the visit.", "agreements"),
])
def test_uncounted_documents_a_quantifier_announces_are_outcomes(read, text, kind):
    assert any(found.lower().startswith(kind) and count is None for found, count in kinds(read(text)))


def test_documents_described_by_a_compound_keep_it(read):
    text = "At the forum, over 40 public- and private-sector agreements were inked."
    assert ("public- and private-sector agreements", 40) in kinds(read(text))


@pytest.mark.parametrize("text", [
    "Agreements on transit and energy are being prepared for the next summit.",
    "The ministers launched negotiations on a partnership and cooperation agreement with the Union.",
    "Norway urged an early signing of the Enhanced Partnership Agreement with the region.",
    "The ministers reaffirmed the Joint Roadmap adopted in 2019.",
    "Signed agreements",
])
def test_documents_not_adopted_at_the_meeting_are_no_outcome(read, text):
    extraction = extract(text, gazetteer=Gazetteer.standard(), published=dt.date(2025, 4, 4))
    assert extraction.documents == []


def test_a_document_named_again_in_apposition_is_one_document(read):
    text = "The Bergen Declaration, an ambitious roadmap for cooperation, was adopted at the summit."
    assert kinds(read(text)) == {("Bergen Declaration", 1)}


def test_a_list_of_named_documents_gives_each_and_not_the_word_that_announces_them(read):
    text = ("Several documents were signed in Bergen, including the Agreement on Fisheries Cooperation, a Roadmap for the "
            "Development of Tourism for 2027-2029 and the Memorandum on Film Cooperation.")
    assert {kind for kind, _ in kinds(read(text))} == {
        "Agreement on Fisheries Cooperation", "Roadmap for the Development of Tourism for 2027-2029", "Memorandum on Film Cooperation"}


def test_talks_held_before_the_signing_do_not_make_the_document_a_negotiated_one(read):
    text = "After the negotiations in Bergen, the two ministers signed a Joint Statement on a Closer Partnership in Fisheries."
    assert kinds(read(text)) == {("Joint Statement on a Closer Partnership in Fisheries", 1)}


def test_a_document_named_later_takes_that_name_and_one_on_its_own_subject_stays_apart(read):
    text = ("The leaders adopted a joint declaration. The Bergen Declaration they signed sets out transit routes. "
            "The sides also signed a Declaration of Intent on raw materials.")
    assert kinds(read(text)) == {("Bergen Declaration", 1), ("Declaration of Intent", 1)}


def test_what_follows_including_must_name_documents_to_replace_them(read):
    text = "The delegations signed a whole series of agreements, including on fisheries and shipping."
    assert ("agreements", None) in kinds(read(text))


def test_a_generic_joint_statement_named_in_full_later_is_one_document(read):
    text = ("The two presidents signed a joint statement. The Joint Statement on Strategic Partnership they signed "
            "sets out a ten-year agenda.")
    assert kinds(read(text)) == {("Joint Statement on Strategic Partnership", 1)}


@pytest.mark.parametrize("text", [
    "The parties agreed to sign a roadmap on transport by the end of the year.",
    "The sides discussed signing an agreement on visa-free travel.",
    "A memorandum on water could be signed at the next summit.",
    "Preparations for signing a joint declaration are under way.",
    "The roadmap signed last year has been fully implemented.",
])
def test_documents_still_to_come_or_signed_before_are_no_outcome(read, text):
    assert read(text).documents == []


def test_a_month_named_may_is_no_modal(read):
    assert ("joint statement", 1) in kinds(read("On 12 May the two presidents signed a joint statement in Oslo."))


@pytest.mark.parametrize("text", [
    "During the visit, 25 agreements worth $8 billion were signed in Oslo.",
    "The two governments signed 17 memoranda valued at more than €2 billion.",
    "Norway and Uzbekistan inked 12 documents amounting to some $900 million in investments.",
    "The bank also signed three memoranda with Kyrgyzstan and Tajikistan for irrigation projects, totalling €240 million.",
    "A Norwegian shipyard signed a $150 million contract to build four ferries.",
])
def test_counted_or_priced_agreements_with_a_worth_are_deals_not_outcome_documents(read, text):
    assert read(text).documents == []


def test_a_worth_told_of_something_else_leaves_the_counted_documents_outcome_ones(read):
    text = "In Oslo, 30 bilateral papers were signed, backing contracts on new energy projects, trade and investments worth over $5 billion."
    assert ("bilateral papers", 30) in kinds(read(text))


def test_a_joint_declaration_stays_an_outcome_beside_deals_with_a_worth(read):
    text = "The leaders adopted a joint declaration, and firms signed 40 agreements worth $3 billion."
    assert kinds(read(text)) == {("joint declaration", 1)}


def test_a_document_listed_among_valued_agreements_is_part_of_the_deal(read):
    text = ("The sides signed 9 agreements amounting to €1 billion, covering areas such as fisheries, shipping "
            "and a Memorandum of Understanding on offshore wind between two companies.")
    assert read(text).documents == []


@pytest.mark.parametrize("text", [
    "The chancellor and the Kazakh president are set to sign three agreements in Astana on Monday.",
    "The two ministers are due to sign a roadmap on energy in Oslo.",
    "The leaders are slated to adopt a joint declaration at the close of the summit.",
])
def test_documents_a_leader_is_set_or_due_to_sign_are_not_yet_outcomes(read, text):
    assert read(text).documents == []


@pytest.mark.parametrize("text", [
    'The meeting in Bergen closed with the adoption of the "Bergen Declaration", a joint document, wide in scope, that will serve as the trade roadmap of both sides.',
    "The leaders approved the Oslo Declaration, a joint document which sets out goals for green energy.",
])
def test_a_document_described_in_apposition_or_as_serving_as_a_plan_is_one_document(read, text):
    assert len(read(text).documents) == 1


def test_a_document_referred_back_to_is_not_a_second_one(read):
    text = ("In May the ministers signed a joint declaration, known as the Bergen Declaration. "
            "This document has approved the new format of regional cooperation.")
    assert [count for _, count in kinds(read(text))] == [1]


def test_a_heading_naming_all_agreements_is_no_document(read):
    assert read("All Agreements, Loans and Projects Approved at the Oslo Summit").documents == []


@pytest.mark.parametrize("text, kind, count", [
    ("The governments signed 31 major multilateral agreements at the summit.", "major multilateral agreements", 31),
    ("The ministers also signed a further 7 multilateral cooperation documents.", "multilateral cooperation documents", 7),
    ("The talks ended with the signing of 18 intergovernmental and interdepartmental agreements.",
     "intergovernmental and interdepartmental agreements", 18),
])
def test_counted_documents_keep_the_words_that_say_which(read, text, kind, count):
    assert (kind, count) in kinds(read(text))


def test_documents_exchanged_at_a_ceremony_are_outcomes(read):
    text = "Both leaders then watched a ceremony of exchanging cooperation documents."
    assert ("cooperation documents", None) in kinds(read(text))


def test_documents_a_meeting_is_expected_to_bring_are_not_yet_outcomes(read):
    text = "The Bergen meeting is expected to end with the adoption of a large set of joint documents."
    assert read(text).documents == []


def test_a_clause_about_what_is_expected_later_leaves_a_signed_document_an_outcome(read):
    text = "Trade is expected to grow quickly, the ministers said after they had signed the Bergen Declaration on transport."
    assert ("Bergen Declaration", 1) in kinds(read(text))


@pytest.mark.parametrize("text", [
    "The ministers signed an agreement on visas, and firms signed deals worth $2 billion.",
    "The two states concluded an agreement on water while companies struck contracts, worth $1 billion in all.",
])
def test_a_worth_of_another_clause_leaves_the_agreement_an_outcome(read, text):
    assert [count for _, count in kinds(read(text))] == [1]


@pytest.mark.parametrize("text", [
    "Rojas is due in Oslo on Monday, the first stop of his tour, for a summit with Prime Minister Ola Berg, and will attend "
    "a memorandum of understanding signing ceremony there.",
    "The president is to meet his host in Lima and then attend an agreement signing ceremony at the palace.",
])
def test_a_signing_ceremony_still_to_attend_adopts_no_document(read, text):
    assert read(text).documents == []


def test_a_signing_ceremony_attended_adopts_the_document(read):
    text = "On Monday, Rojas held a summit with Prime Minister Ola Berg and attended a memorandum of understanding signing ceremony."
    assert [(d.kind, d.count) for d in read(text).documents] == [("memorandum of understanding", 1)]


@pytest.mark.parametrize("text", [
    "Business leaders from the Andean countries and Norway signed 14 cooperation agreements during a business forum in Lima.",
    "At the forum, companies of Chile and Finland signed 9 memoranda of understanding on mining.",
])
def test_agreements_that_businesses_signed_are_no_outcome_documents(read, text):
    assert read(text).documents == []


@pytest.mark.parametrize("text", [
    "The Crown Prince closed the gathering by saying that the Nordic and Andean leaders had adopted a final statement.",
    "The ministers adopted a final statement on water security.",
])
def test_a_final_statement_adopted_is_an_outcome_document(read, text):
    assert [(d.kind, d.category) for d in read(text).documents] == [("final statement", "joint statement")]


def test_a_final_statement_still_to_be_adopted_is_none(read):
    assert read("A final statement is expected to be adopted on Friday.").documents == []
