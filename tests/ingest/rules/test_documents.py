"""Outcome documents, in sentences of our own."""


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


def test_counted_documents_keep_what_they_are_about_but_not_their_worth(read):
    assert _documents(read, "The two presidents signed 12 documents on trade, energy and transport.") == \
        [("documents on trade, energy and transport", 12)]
    assert _documents(read, "In all, 30 documents worth $4 billion were signed during the visit.") == [("documents", 30)]
    assert _documents(read, "Some 40 documents were also signed by firms of both sides.") == [("documents signed by firms of both sides", 40)]


def test_papers_inked_are_counted_documents_and_the_inking_of_a_statement_adopts_it(read):
    assert _documents(read, "During the visit 9 bilateral papers were inked.") == [("bilateral papers", 9)]
    assert _documents(read, "The talks ended with the inking of a Joint Statement.") == [("Joint Statement", 1)]
    assert _documents(read, "Scholars presented papers at the conference.") == []
