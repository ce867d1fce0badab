"""People as the genre names them, in sentences of our own."""

import pytest


def people(extraction):
    return {(p.name, p.role, p.country) for m in extraction.meetings[:1] for p in m.participants}


@pytest.mark.parametrize("text, expected", [
    ("European Commission President Ingrid von der Berg opened the EU-Central Asia summit.", ("Ingrid von der Berg", "President", "EU")),
    ("Japanese Prime Minister Yoshihiko Noda opened the Central Asia plus Japan ministerial meeting.",
     ("Yoshihiko Noda", "Prime Minister", "JP")),
])
def test_names_with_particles_or_a_towns_name_are_read_whole(read, text, expected):
    assert expected in people(read(text))


def test_a_list_after_a_plural_post_gives_each_person_with_country(read):
    text = ("The summit of Central Asia and Norway brought together Presidents Aibek Toktomatov of Kyrgyzstan "
            "and Olim Rashidov of Uzbekistan, and Prime Minister Ola Berg.")
    assert {("Aibek Toktomatov", "President", "KG"), ("Olim Rashidov", "President", "UZ")} <= people(read(text))


def test_a_list_with_countries_in_brackets_gives_each_person(read):
    text = "Berg saw the ministers at the dialogue meeting - Olim Rashidov (Uzbekistan) and Farrukh Nazarov (Tajikistan)."
    assert {("Olim Rashidov", "Foreign Minister", "UZ"), ("Farrukh Nazarov", "Foreign Minister", "TJ")} <= people(read(text))


def test_a_place_is_never_read_as_a_name(read):
    text = "Foreign Minister Ola Berg will meet his counterparts in Minsk at the ministerial meeting of the Council of Ministers."
    assert all(name != "Minsk" for name, _, _ in people(read(text)))


def test_a_post_of_two_titles_joined_by_and_keeps_the_country_before_it(read):
    text = "Tajik Deputy Prime Minister and Foreign Minister Aibek Toktomatov met the Norwegian delegation in Dushanbe."
    person = next(p for p in read(text).meetings[0].participants if p.name == "Aibek Toktomatov")
    assert (person.role, person.country) == ("Deputy Prime Minister and Foreign Minister", "TJ")


def test_two_people_of_one_surname_in_a_report_stay_two(read):
    text = ("Kazakh President Ruslan Temirbekov and Kazakh Foreign Minister Aidar Temirbekov attended the first "
            "Central Asia plus Norway Summit in Oslo.")
    assert {"Ruslan Temirbekov", "Aidar Temirbekov"} <= {name for name, _, _ in people(read(text))}


def test_a_former_holder_named_with_a_demonym_before_the_post_takes_no_part(read):
    text = ("Kazakh President Ruslan Temirbekov and former Kazakh President Aidar Temirbekov spoke of the first "
            "Central Asia plus Norway Summit in Oslo.")
    assert {name for name, _, _ in people(read(text))} == {"Ruslan Temirbekov"}


def test_the_verb_of_a_title_case_headline_is_no_name(read):
    extraction = read("President of Norway Joined Leaders at First Central Asia–Norway Summit\n\nThe summit was held in Oslo.")
    assert [p.name for m in extraction.meetings for p in m.participants] == []


def test_a_post_of_a_country_named_with_its_article_keeps_the_name_after_it(read):
    text = ("With the President of the United States Ola Berg as its host, the summit heard "
            "President of Kyrgyzstan Aibek Toktomatov.")
    assert ("Ola Berg", "President", "US") in people(read(text))


def test_the_country_after_a_titled_name_is_that_persons(read):
    text = ("The summit in Bergen was attended by President Aibek Toktomatov of Kyrgyzstan, "
            "President Olim Rashidov of Uzbekistan and Prime Minister Ola Berg of Norway.")
    assert {("Aibek Toktomatov", "President", "KG"), ("Olim Rashidov", "President", "UZ"),
            ("Ola Berg", "Prime Minister", "NO")} <= people(read(text))


def test_a_plural_post_then_names_after_their_countrys_possessive_gives_each_person(read):
    text = ("Prime Minister Ola Berg will welcome three Presidents to the first summit online — "
            "Kazakhstan’s Aibek Toktomatov, Uzbekistan’s Olim Rashidov and Kyrgyz Republic’s Bakyt Sadykov.")
    assert {("Aibek Toktomatov", "President", "KZ"), ("Olim Rashidov", "President", "UZ"),
            ("Bakyt Sadykov", "President", "KG")} <= people(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Indian EAM Anil Rao opened the India-Central Asia Dialogue meeting.", ("Anil Rao", "External Affairs Minister", "IN")),
    ("PM Ola Berg of Norway opened the Central Asia plus Norway summit.", ("Ola Berg", "Prime Minister", "NO")),
    ("British Foreign Secretary Ann Lee opened the Central Asia plus UK ministerial meeting.", ("Ann Lee", "Foreign Secretary", "GB")),
    ("The ministerial meeting of Central Asia and the UK was opened by (UK) Home Secretary Ann Lee.", ("Ann Lee", "Home Secretary", "GB")),
])
def test_abbreviated_and_british_posts_are_read(read, text, expected):
    assert expected in people(read(text))


@pytest.mark.parametrize("text, expected", [
    ("The Central Asia plus EU summit was attended by European Commissioner for Enlargement Eva Horn.",
     ("Eva Horn", "Commissioner for Enlargement", "EU")),
    ("The EU delegation at the Central Asia ministerial meeting was led by the high representative for trade "
     "and economic policy, Jan Novak.", ("Jan Novak", "High representative for trade and economic policy", "EU")),
])
def test_a_post_with_its_portfolio_after_for_keeps_both(read, text, expected):
    assert expected in people(read(text))


def test_a_plural_post_before_names_gives_each_name_the_post(read):
    text = "The Central Asia plus EU summit was attended by EU Commissioners Jan Novak and Eva Horn."
    assert {("Jan Novak", "Commissioner", "EU"), ("Eva Horn", "Commissioner", "EU")} <= people(read(text))


def test_a_portfolio_and_name_before_a_comma_and_a_verb_keep_the_name(read):
    text = "The Central Asia plus EU forum, attended by European Commissioner for Enlargement Eva Horn, produced new deals."
    assert ("Eva Horn", "Commissioner for Enlargement", "EU") in people(read(text))


def test_an_initial_written_against_the_surname_is_set_apart(read):
    text = ("The Central Asia plus Norway ministerial meeting was held in Oslo. Deputy Minister of Energy of "
            "Turkmenistan B.Orazov took part in it.")
    assert ("B. Orazov", "Deputy Minister of Energy", "TM") in people(read(text))


@pytest.mark.parametrize("text, expected", [
    # a remit in lower case between the post and the name
    ("The Central Asia plus Norway ministerial meeting opened in Bergen. Norway's Foreign Minister and Chairman of this week's "
     "council, Ingrid Dahl, greeted the delegates.", ("Ingrid Dahl", "Foreign Minister and Chairman", "NO")),
    ("The Central Asia plus Norway ministerial meeting opened in Bergen. Kazakhstan's Foreign Minister and Chair of this "
     "year's session, Aibek Toktomatov, spoke first.", ("Aibek Toktomatov", "Foreign Minister and Chair", "KZ")),
    # an ambassador's post names where it is held, not whose it is
    ("The Central Asia plus Norway ministerial meeting was attended by Uzbekistan's Ambassador to Norway, Olim Rashidov.",
     ("Olim Rashidov", "Ambassador to Norway", "UZ")),
])
def test_a_name_after_a_posts_remit_or_posting_keeps_post_and_country(read, text, expected):
    assert expected in people(read(text))


@pytest.mark.parametrize("text, not_a_name", [
    # a headline in title case
    ("Kazakh President Stresses Unity Ahead Of Central Asia Summit In Oslo\n"
     "The Central Asia plus Norway summit opened in Oslo on Monday.", "Stresses Unity Ahead"),
    # a province of a country after a list of ministers
    ("The foreign ministers met in Chengdu, southwest China's Sichuan Province, for the Central Asia ministerial meeting.",
     "Sichuan Province"),
])
def test_words_of_a_headline_or_a_place_are_no_person(read, text, not_a_name):
    assert all(not_a_name.split()[-1] not in name for name, _, _ in people(read(text)))


def test_a_name_in_a_headline_the_report_goes_on_to_use_is_kept(read):
    text = ("President Berg Opens Summit In Oslo\nThe Central Asia plus Norway summit opened in Oslo. "
            "Berg welcomed the guests.")
    assert any(name.endswith("Berg") for name, _, _ in people(read(text)))


@pytest.mark.parametrize("text", [
    "The Central Asia plus Norway summit opened in Oslo. President Olim Rashidov spoke first. Later the Uzbek leader visited a port.",
    "The Central Asia plus Norway summit opened in Oslo. President Olim Rashidov spoke first. The president of Uzbekistan then left.",
])
def test_the_one_president_left_without_a_country_takes_the_one_named_by_post_alone(read, text):
    assert ("Olim Rashidov", "President", "UZ") in people(read(text))


def test_two_presidents_without_a_country_take_none_from_a_post_alone(read):
    text = ("The Central Asia plus Norway summit opened in Oslo. President Olim Rashidov and President Harald Lie spoke. "
            "The president of Uzbekistan then left.")
    assert ("Olim Rashidov", "President", "UZ") not in people(read(text))


def test_an_initial_cut_off_at_the_end_is_no_name(read):
    text = "The Central Asia plus Norway ministerial meeting opened in Bergen. Kazakhstan's Ambassador to Norway, S"
    assert all(len(name) > 1 for name, _, _ in people(read(text)))


@pytest.mark.parametrize("text, expected", [
    ("The Central Asia plus Norway ministerial meeting was held in Oslo. Norwegian Foreign Minister Ingrid Dahl welcomed her "
     "Kazakh counterpart Nurlan Abenov.", ("Nurlan Abenov", "Foreign Minister", "KZ")),
    ("The Central Asia plus Norway summit was held in Oslo. Norwegian Prime Minister Ola Berg opened it with his Uzbek "
     "counterpart, Olim Rashidov.", ("Olim Rashidov", "Prime Minister", "UZ")),
])
def test_his_counterpart_holds_the_same_post_for_the_country_named(read, text, expected):
    assert expected in people(read(text))


def test_counterparts_without_a_name_are_no_one(read):
    text = "The Central Asia plus Norway summit was held in Oslo. Prime Minister Ola Berg thanked his Kazakh counterpart for the visit."
    assert {name for name, _, _ in people(read(text))} == {"Ola Berg"}


@pytest.mark.parametrize("text, expected", [
    ("The Central Asia plus Korea summit opened in Seoul. The President of Tajikistan, Honorable Olim Rashidov, spoke first.",
     ("Olim Rashidov", "President", "TJ")),
    ("The Central Asia plus Korea summit opened in Seoul with the Honourable Olim Rashidov, President of Tajikistan.",
     ("Olim Rashidov", "President", "TJ")),
])
def test_an_honorific_before_a_name_is_no_part_of_it(read, text, expected):
    assert expected in people(read(text))
    assert not any(name.startswith("Hono") for name, _, _ in people(read(text)))


@pytest.mark.parametrize("opening", ["Then", "Later", "Afterwards", "Meanwhile"])
def test_an_adverb_opening_a_sentence_before_a_post_is_no_name(read, opening):
    text = (f"The Central Asia plus Korea summit opened in Seoul with President Kim Dae-ho. "
            f"{opening}, the president will meet students in Busan.")
    assert {name for name, _, _ in people(read(text))} == {"Kim Dae-ho"}


@pytest.mark.parametrize("text, expected", [
    ("The Minister of Foreign Affairs and International Development of Norway Ola Berg hosted the Central Asia plus Norway "
     "ministerial meeting in Oslo.", ("Ola Berg", "Minister of Foreign Affairs and International Development", "NO")),
    ("The Central Asia plus Norway ministerial meeting in Oslo was opened by the Minister of Foreign Affairs and European "
     "Integration of Norway Kari Lie.", ("Kari Lie", "Minister of Foreign Affairs and European Integration", "NO")),
])
def test_a_second_portfolio_joined_by_and_stays_in_the_post_before_the_country(read, text, expected):
    assert expected in people(read(text))


def test_an_and_after_a_portfolio_that_no_name_follows_adds_nothing_to_the_post(read):
    text = ("The Minister of Foreign Affairs and Trade Ministers of Norway and Kazakhstan opened the Central Asia plus Norway "
            "ministerial meeting in Oslo.")
    assert all("Trade" not in (role or "") for _, role, _ in people(read(text)))


@pytest.mark.parametrize("text, name, role", [
    ("The Central Asia plus Norway summit in Oslo was attended by President of Kazakhstan Aibek Toktomatov and the head of "
     "the UN Office for Drug Control in Central Asia, Lars Holm.", "Lars Holm", "Head of the UN Office for Drug Control in Central Asia"),
    ("The head of the Regional Centre for Water Cooperation of the Aral Basin, Nodira Saidova, addressed the Central Asia "
     "plus Norway summit in Oslo.", "Nodira Saidova", "Head of the Regional Centre for Water Cooperation of the Aral Basin"),
])
def test_the_head_of_a_body_with_a_long_name_is_read_up_to_the_comma_before_the_name(read, text, name, role):
    assert (name, role) in {(n, r) for n, r, _ in people(read(text))}


def test_a_body_whose_name_runs_on_into_a_list_of_countries_gives_no_person(read):
    text = ("The Central Asia plus Norway summit in Oslo heard the head of the UN Office for Drug Control in Central Asia, "
            "Tajikistan and Kyrgyzstan.")
    assert all(name not in ("Tajikistan", "Kyrgyzstan") for name, _, _ in people(read(text)))


@pytest.mark.parametrize("text, name, role", [
    ("The Central Asia plus Norway ministerial meeting in Oslo was attended by the European Union Special Representative "
     "for Central Asia, Ambassador Lars Holm.", "Lars Holm", "Special Representative for Central Asia"),
    ("The UN Special Envoy for the Great Lakes, Ambassador Kari Lie, attended the Central Asia plus Norway ministerial "
     "meeting in Oslo.", "Kari Lie", "Special Envoy for the Great Lakes"),
])
def test_a_post_then_a_courtesy_rank_before_the_name_keeps_the_post(read, text, name, role):
    assert {(n, r) for n, r, _ in people(read(text))} == {(name, role)}


def test_a_post_then_a_rank_with_no_name_after_it_gives_no_person(read):
    text = ("The Special Representative for Central Asia, Ambassador of Norway to Kazakhstan, attended the Central Asia "
            "plus Norway ministerial meeting in Oslo.")
    assert people(read(text)) == set()


def roles(extraction):
    return {p.name: p.role for m in extraction.meetings[:1] for p in m.participants}


@pytest.mark.parametrize("text, name, role", [
    ("The Central Asia plus Norway ministerial meeting was opened by the Minister of Foreign Affairs and International "
     "Cooperation, Ada Rossi, in Oslo.", "Ada Rossi", "Minister of Foreign Affairs and International Cooperation"),
    ("The Central Asia plus Norway ministerial meeting was held in Oslo with the Minister of Trade and Industry, Per Vik.",
     "Per Vik", "Minister of Trade and Industry"),
])
def test_a_post_of_two_portfolios_before_a_comma_and_a_name_is_read_whole(read, text, name, role):
    assert roles(read(text)).get(name) == role


@pytest.mark.parametrize("text, name, role", [
    ("The Central Asia plus Norway ministerial meeting in Oslo was attended by the Special Envoy of the European Union "
     "for Central Asia Eva Horn.", "Eva Horn", "Special Envoy of the European Union for Central Asia"),
    ("The Central Asia plus Norway ministerial meeting in Oslo heard the Special Representative of Norway for Arctic "
     "Affairs Jan Novak.", "Jan Novak", "Special Representative of Norway for Arctic Affairs"),
])
def test_a_remit_after_the_posts_country_keeps_the_name_after_it(read, text, name, role):
    assert roles(read(text)).get(name) == role


@pytest.mark.parametrize("text, name, role", [
    ("Deputy Chairman of the Cabinet of Ministers Ivan Petrov attended the Central Asia plus Norway business forum in Oslo.",
     "Ivan Petrov", "Deputy Chairman of the Cabinet of Ministers"),
    ("At the Central Asia plus Norway ministerial meeting in Oslo, Head of the Office of Trade and Investment Eva Horn "
     "spoke first.", "Eva Horn", "Head of the Office of Trade and Investment"),
])
def test_a_name_of_two_words_ending_an_organisations_run_is_the_person(read, text, name, role):
    assert roles(read(text)).get(name) == role


def test_an_organisations_run_with_no_name_after_it_gives_no_person(read):
    text = "The Central Asia plus Norway ministerial meeting in Oslo was addressed by the Chairman of the Council of Ministers."
    assert roles(read(text)) == {}


@pytest.mark.parametrize("byline", [
    "Ola Berg\nSecretary of State\nOslo, Norway\n",
    "Kari Lunde Aas\nMinister of Foreign Affairs\n\n",
])
def test_a_byline_gives_the_name_on_the_line_above_its_post(read, byline):
    text = byline + "Remarks at the opening of the first Central Asia plus Norway ministerial meeting in Oslo.\n"
    assert set(roles(read(text))) == {byline.split("\n")[0]}


def test_a_name_line_above_a_post_that_goes_on_is_no_byline(read):
    text = ("Ola Berg\nPresident Kari Lunde opened the first Central Asia plus Norway ministerial meeting in Oslo.\n")
    assert "Ola Berg" not in roles(read(text))


@pytest.mark.parametrize("text, name", [
    ("The EU Trade and Energy Commissioner, Eva Horn, attended the Central Asia plus Norway ministerial meeting in Oslo.", "Eva Horn"),
    ("The European Commission Transport Commissioner Jan Novak attended the Central Asia plus Norway ministerial meeting.", "Jan Novak"),
])
def test_a_post_named_after_the_union_and_its_remit_is_the_unions(read, text, name):
    assert {p.name: p.country for m in read(text).meetings[:1] for p in m.participants}.get(name) == "EU"


@pytest.mark.parametrize("text", [
    "Foreign Minister Ada Rossi, together with Undersecretary Marco Neri, went to Oslo to chair the Central Asia plus Norway ministerial meeting.",
    "The Central Asia plus Norway ministerial meeting in Oslo was attended by Under-Secretary Marco Neri.",
])
def test_an_undersecretary_is_a_post(read, text):
    assert "Marco Neri" in roles(read(text))


@pytest.mark.parametrize("text, expected", [
    ("The Central Asia plus Norway ministerial meeting brought together Foreign Minister Ola Berg of Norway with his counterparts "
     "from Kazakhstan (Nurlan Abenov) and Uzbekistan (Olim Rashidov).", {"Nurlan Abenov": "Foreign Minister", "Olim Rashidov": "Foreign Minister"}),
    ("At the Central Asia plus Norway summit in Oslo, Prime Minister Ola Berg welcomed his counterparts from Kazakhstan "
     "(Nurlan Abenov) and Uzbekistan (Olim Rashidov).", {"Nurlan Abenov": "Prime Minister", "Olim Rashidov": "Prime Minister"}),
])
def test_counterparts_listed_by_country_hold_the_post_of_the_one_before_them(read, text, expected):
    assert {name: role for name, role in roles(read(text)).items() if name in expected} == expected


@pytest.mark.parametrize("text, name, role", [
    ("The Central Asia plus Norway ministerial meeting in Oslo was attended by the Deputy Foreign Minister of Turkmenistan "
     "(Aman Orazov).", "Aman Orazov", "Deputy Foreign Minister"),
    ("Deputy Prime Minister of Norway (Kari Lunde Aas) chaired the Central Asia plus Norway ministerial meeting.",
     "Kari Lunde Aas", "Deputy Prime Minister"),
])
def test_a_name_in_brackets_after_the_post_is_the_posts_holder(read, text, name, role):
    assert roles(read(text)).get(name) == role


def test_an_abbreviation_in_brackets_after_a_post_is_no_one(read):
    text = ("The Vice-President of the Nordic Investment Bank (NIB) attended the Central Asia plus Norway ministerial "
            "meeting in Oslo.")
    assert "NIB" not in roles(read(text))
