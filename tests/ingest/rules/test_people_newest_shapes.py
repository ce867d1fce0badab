"""People shapes from the newest reports' failures, in sentences of our own: a crown prince, and a foreign minister
whose country only a later 'the Kyrgyz foreign minister' tells."""

from dialogue.ingest.gazetteer import Gazetteer
from dialogue.ingest.report import Report
from dialogue.ingest.rules.people import find_people

GAZETTEER = Gazetteer.standard()


def people(text):
    return {p.name: (p.role, p.country) for p in find_people(Report(text, None, GAZETTEER))}


def test_a_crown_prince_is_a_post():
    assert people("At the close of the summit, Saudi Crown Prince Faisal Nasser read the final statement.") \
        == {"Faisal Nasser": ("Crown Prince", "SA")}
    assert people("The Crown Prince of Kuwait, Sheikh Sabah Khalid, welcomed the leaders.") == {"Sheikh Sabah Khalid": ("Crown Prince", "KW")}


def test_a_foreign_minister_takes_the_country_the_report_later_gives_the_post():
    for later in ("the Kyrgyz foreign minister wrote on social media", "the Foreign Minister of Kyrgyzstan wrote on social media"):
        found = people(f"Minister of Foreign Affairs Ana Lima and Foreign Secretary John Hale signed two memoranda, {later}.")
        assert found["Ana Lima"] == ("Minister of Foreign Affairs", "KG"), later


def test_a_foreign_minister_keeps_no_country_where_the_post_named_later_is_another_ones():
    found = people("Foreign Minister Ana Lima met Foreign Minister Ole Berg of Norway. The Norwegian foreign minister said so.")
    assert found["Ana Lima"][1] is None


def test_a_deputy_foreign_minister_takes_no_country_from_the_minister_named_by_post():
    found = people("Deputy Foreign Minister Ana Lima spoke in Oslo. The Kyrgyz foreign minister sent greetings.")
    assert found["Ana Lima"][1] is None


def test_a_foreign_minister_takes_no_country_from_an_absent_ministers_post_in_another_sentence():
    found = people("Foreign Minister Ana Lima opened the meeting in Oslo. "
                   "The Foreign Minister of Kyrgyzstan, unable to reach Oslo, sent a video message.")
    assert found["Ana Lima"][1] is None


def test_a_federal_foreign_minister_is_germanys():
    assert people("The delegation was headed by Federal Foreign Minister Frank Weber.") == {"Frank Weber": ("Federal Foreign Minister", "DE")}


def test_a_foreign_minister_with_no_post_word_before_keeps_no_country():
    assert people("The delegation was headed by Foreign Minister Frank Weber.") == {"Frank Weber": ("Foreign Minister", None)}
