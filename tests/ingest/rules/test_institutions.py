"""Lenders and funds named in a sentence, in sentences of our own."""

from dialogue.ingest.gazetteer import Gazetteer
from dialogue.ingest.rules.institutions import institutions_in


def names(text, gazetteer):
    return [(i.name, i.home) for i in institutions_in(text, gazetteer.country_code)]


def test_abbreviations_stand_for_their_full_names(gazetteer: Gazetteer):
    assert names("An ADB grant and a JBIC loan were announced.", gazetteer) == [
        ("Asian Development Bank", None), ("Japan Bank for International Cooperation", "JP")]


def test_a_bank_named_in_full_belongs_to_the_country_its_name_names(gazetteer):
    assert names("The Development Bank of Norway and the Kyrgyz Savings Bank signed it.", gazetteer) == [
        ("Development Bank of Norway", "NO"), ("Kyrgyz Savings Bank", "KG")]


def test_a_name_with_its_abbreviation_in_brackets_is_one_institution(gazetteer):
    assert names("The Asian Infrastructure Investment Bank (AIIB) will lend it.", gazetteer) == [("Asian Infrastructure Investment Bank", None)]


def test_a_sentence_without_lenders_names_none(gazetteer):
    assert names("Norway and Tajikistan signed three agreements on water.", gazetteer) == []


def test_companies_are_read_by_the_word_that_ends_their_name_and_belong_to_the_country_named_with_them(gazetteer):
    assert names("Norway's Fjord Steel Corporation and Kyrgyz Railways signed it.", gazetteer) == [
        ("Fjord Steel Corporation", "NO"), ("Kyrgyz Railways", "KG")]


def test_a_company_is_read_after_the_word_that_describes_it(gazetteer):
    assert names("The carmaker Nordauto and Norway-based Fjordjet joined shipbuilder Kvaerne.", gazetteer) == [
        ("Nordauto", None), ("Fjordjet", "NO"), ("Kvaerne", None)]


def test_an_acronym_after_a_countrys_possessive_is_that_countrys_company_and_a_title_is_not(gazetteer):
    assert names("Norway's NORGAS met Norway's Prime Minister.", gazetteer) == [("NORGAS", "NO")]


def test_a_working_group_is_no_company(gazetteer):
    assert names("The Working Group on Energy met the Norwegian firm Fjordkraft.", gazetteer) == [("Fjordkraft", "NO")]
