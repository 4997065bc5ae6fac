"""Organisations without a cue word: well-known names, context words, teams named by place."""

from __future__ import annotations

from reader.core.actors import extract

from .conftest import actors_of, spans


def test_well_known_agency_without_cue_is_an_organisation():
    s = spans("The harbour master told Reuters on Tuesday that two tankers had run aground.")
    assert s["Reuters"][0] == "organization"


def test_weak_well_known_name_yields_to_a_person_in_the_article():
    s = spans("Michael Bloomberg spoke in Queens on Monday. Bloomberg said the city was ready.")
    assert s["Michael Bloomberg"][0] == "person"
    assert s["Bloomberg"][0] == "person"


def test_word_after_the_name_makes_it_an_organisation():
    s = spans("The Kostrava news agency said the strike had ended. Verlanto shares rose 4 percent.")
    assert s["Kostrava"][0] == "organization"
    assert s["Verlanto"][0] == "organization"


def test_possessive_business_word_is_an_organisation_but_not_a_newspaper():
    s = spans("Analysts said Tarvexo's shareholders would vote in May. "
              "The court closed Dara Velikho's newspaper last year.")
    assert s["Tarvexo"][0] == "organization"
    assert s["Dara Velikho"][0] == "person"


def test_noun_before_the_name_makes_it_an_organisation():
    s = spans("Shares in carmaker Ostrelli slipped after the Italian lender Banvecchia cut its"
              " forecast.")
    assert s["Ostrelli"][0] == "organization"
    assert s["Banvecchia"][0] == "organization"


def test_role_noun_before_a_name_still_makes_a_person():
    s = spans("The talks were led by the veteran negotiator Ostrelli Danvers.")
    assert s["Ostrelli Danvers"][0] == "person"


def test_place_with_ordinary_words_is_a_team_or_company():
    s = spans("The Denver Comets beat the visiting Lisbon Mariners 5-2 on Sunday, while"
              " Sporting Madrid lost at home.")
    assert s["Denver Comets"][0] == "organization"
    assert s["Lisbon Mariners"][0] == "organization"
    assert s["Sporting Madrid"][0] == "organization"


def test_place_with_a_persons_name_stays_a_person():
    s = spans("Paris Hilton arrived with Jack London and Chad Ogbonna.")
    assert s["Paris Hilton"][0] == "person"
    assert s["Jack London"][0] == "person"
    assert s["Chad Ogbonna"][0] == "person"


def test_team_short_name_joins_its_full_name():
    docs = {"a": "The Denver Comets won again. The Comets have won six straight games.",
            "b": "The Comets signed a pitcher on Friday."}
    got = actors_of(docs)
    assert got[("a", "Comets")] == "Denver Comets"
    assert got[("b", "Comets")] == "Denver Comets"


def test_corpus_kind_prefers_an_organisation_reading_over_default_person_readings():
    from reader.core.actors import extract, resolve

    docs = {"a": "Velmora shares fell 3 percent on Monday.",
            "b": "Analysts expect Velmora to report results soon."}
    raw = {d: extract(t) for d, t in docs.items()}
    velmora = [(d, i) for d, ms in raw.items() for i, m in enumerate(ms) if m.text == "Velmora"]
    assert [raw["b"][i].kind for d, i in velmora if d == "b"] == ["person"]  # no evidence here
    res = resolve(raw)
    (actor,) = {res.assign[d][i] for d, i in velmora}
    assert res.actors[actor].kind == "organization"


def test_names_on_a_results_line_or_table_row_are_teams():
    text = ("Results of third division matches on Saturday:\n"
            "Ashby 2 Marsden 1\n"
            "Standings (played, won, drawn, lost, for, against, points):\n"
            "Marsden 4 3 1 0 9 2 10\n")
    kinds = {(m.start, m.text): m.kind for m in extract(text)}
    assert set(kinds.values()) == {"organization"}
    assert sum(1 for _, t in kinds if t == "Marsden") == 2


def test_a_person_with_a_score_in_prose_stays_a_person():
    s = spans("Defending champion Marta Ilvesson shot 68 on Thursday.")
    assert s["Marta Ilvesson"][0] == "person"


def test_team_named_after_a_saint_place_and_a_city_club_on_a_results_line():
    s = spans("The San Diego Comets beat the visitors. Climbers reached Mount Kenya.")
    assert s["San Diego Comets"][0] == "organization"
    assert s["Mount Kenya"][0] == "place"
    text = "Results on Saturday:\nHartley City 2 Marsden 1\n"
    kinds = {m.text: m.kind for m in extract(text)}
    assert kinds == {"Hartley City": "organization", "Marsden": "organization"}


def test_the_before_a_name_that_starts_with_no_given_name_is_an_organisation():
    s = spans("Fans cheered as the Silver Ravens took the lead, and the late Ostrelli Danvers"
              " was remembered.")
    assert s["Silver Ravens"][0] == "organization"
    assert s["Ostrelli Danvers"][0] == "person"


def test_first_word_of_a_two_word_organisation_links_to_it():
    s = spans("Analysts at the Varnholt Sachs bank expect a cut. Varnholt declined to comment.")
    assert s["Varnholt"] == ("organization", "Varnholt Sachs")


def test_headline_uses_the_last_word_of_a_team_named_in_the_article():
    text = ("Comets Sign Star Pitcher For Five Years\n"
            "The Denver Comets have signed a pitcher, the club said on Tuesday.")
    kinds = {m.text: (m.kind, m.key) for m in extract(text)}
    assert kinds["Comets"] == ("organization", "Denver Comets")


def test_plural_team_name_joins_its_full_name_across_the_corpus():
    docs = {"a": "The Harbor Gulls won again on Sunday.", "b": "The Gulls lost on Friday."}
    got = actors_of(docs)
    assert got[("b", "Gulls")] == "Harbor Gulls"


def test_corporate_head_words_end_an_organisation_name():
    s = spans("Output at Kelvane Electric rose while Durrow Mining cut 300 jobs.")
    assert s["Kelvane Electric"][0] == "organization"
    assert s["Durrow Mining"][0] == "organization"


def test_agency_acronym_and_full_name_are_one_actor():
    docs = {"a": "The ministry confirmed the figures to AFP on Monday.",
            "b": "A photographer for Agence France-Presse was hurt."}
    got = actors_of(docs)
    assert got[("a", "AFP")] == got[("b", "Agence France-Presse")] == "AFP"


def test_number_plural_team_names():
    from reader.core.actors import extract

    found = {m.text: m.kind for m in extract(
        "The Philadelphia 76ers beat the San Francisco 49ers fans' favourite team, said "
        "Jim Smith, who has 76 cars.")}
    assert found.get("Philadelphia 76ers") == "organization"
    assert found.get("San Francisco 49ers") == "organization"


def test_a_clipped_number_nickname_and_a_clipped_town_are_the_same_team():
    docs = {"a": "The Harborton 49ers beat the Denver Foxes 24-17 on Sunday.",
            "b": "Harbo Niners 24 Kent Bears 17\nThe Niners were pleased with the win.",
            "c": "Dover Foxes 10 Kent Bears 3\nThe Foxes lost again at home."}
    got = actors_of(docs)
    assert got[("a", "Harborton 49ers")] == got[("b", "Harbo Niners")] == got[("b", "Niners")]
    assert got[("a", "Denver Foxes")] != got[("c", "Dover Foxes")]


def test_a_department_named_without_the_word_is_the_same_organisation():
    docs = {"a": "The Corbin Police Department said two officers were hurt.",
            "b": "Corbin Police asked witnesses to call. The Corbin Fire Department helped."}
    got = actors_of(docs)
    assert got[("b", "Corbin Police")] == got[("a", "Corbin Police Department")]
    assert got[("b", "Corbin Fire Department")] != got[("a", "Corbin Police Department")]


def test_common_word_company_before_a_title_at_a_sentence_start_is_kept():
    text = ("Sprint CEO Marta Lindqvist unveiled the plan in Paris. Analysts at Sprint were"
            " not surprised.")
    first = [(m.start, m.kind) for m in extract(text) if m.text == "Sprint"]
    assert first[0] == (0, "organization")  # the word is a name mid-sentence in this article
    dropped = spans("Veteran CEO Marta Lindqvist unveiled the plan in Paris.")
    assert "Veteran" not in dropped and dropped["Marta Lindqvist"][0] == "person"


def test_a_company_named_before_its_product_is_an_actor_of_its_own():
    text = ("Orvanta shares rose on Tuesday after the company launched a laptop. It also"
            " showed the Orvanta Glass headset. Orvanta said sales rose. Analysts at the"
            " Varnholt Sachs bank were pleased, and Varnholt raised its target.")
    keys = {m.text: m.key for m in extract(text)}
    assert keys["Orvanta"] == "Orvanta" and keys["Orvanta Glass"] == "Orvanta Glass"
    assert keys["Varnholt"] == "Varnholt Sachs"  # named after its full name: a short form


def test_finance_and_consulting_heads_end_an_organisation_name():
    s = spans("The deal was arranged by Hallam Advisors and financed by Verity Capital, said"
              " Tom Hallam.")
    assert s["Hallam Advisors"][0] == "organization"
    assert s["Verity Capital"][0] == "organization"
    assert s["Tom Hallam"][0] == "person"


def test_products_of_a_company_and_brand_words_are_no_persons():
    s = spans("The MacBook Air now runs Google Maps on an Intel Core chip, said Douglas"
              " MacArthur. Wimbledon finalist MaliVai Washington watched the BellSouth Classic.")
    assert s["MacBook Air"][0] == "organization"
    assert s["Google Maps"][0] == "organization"
    assert s["Intel Core"][0] == "organization"
    assert s["Douglas MacArthur"][0] == "person"
    assert s["MaliVai Washington"][0] == "person"
    assert "BellSouth Classic" not in s  # an event


def test_newspaper_and_crime_group_heads_end_an_organisation_name():
    s = spans("The Hollywood Reporter and the Lakeview Inquirer said the Sicilian Mafia and"
              " the Norte Cartel were behind it, according to Dana Globe.")
    for name in ("Hollywood Reporter", "Lakeview Inquirer", "Sicilian Mafia", "Norte Cartel"):
        assert s[name][0] == "organization", name


def test_a_product_named_by_its_last_word_is_the_product():
    keys = {m.text: m.key for m in extract(
        "The BlackBerry Curve sold well, and the Curve will get a new keyboard. Intel Core"
        " chips are fast; the Core line grew.")}
    assert keys["Curve"] == "BlackBerry Curve" and keys["Core"] == "Intel Core"


def test_a_person_whose_surname_is_an_organisation_word_stays_a_person():
    s = spans("Eighth seed Jim Register withdrew, and the Tulsa Register reported it, as"
              " did the official China Daily newspaper.")
    assert s["Jim Register"][0] == "person"
    assert s["Tulsa Register"][0] == "organization"
    assert s["China Daily"][0] == "organization"  # a place, not a given name, first


def test_a_clubs_town_alone_is_the_town_and_a_title_word_is_no_company():
    keys = {m.text: (m.kind, m.key) for m in extract(
        "PSV Eindhoven won again. They beat Groningen 4-1 in Eindhoven on Sunday.\n"
        "Investment Minister Asif Ali said the Dadabhoy Investment deal was off.")}
    assert keys["Eindhoven"] == ("place", "Eindhoven")
    assert "Investment" not in keys  # "Investment" is mid-sentence only inside a name


def test_a_rows_label_and_a_scorers_minute_make_no_team():
    kinds = {m.text: m.kind for m in extract(
        "Hull 0 Barnet 2 ( Dorsey 52nd , 88th ) .\nHalftime 0-1 .\nAttendance 8,000 .\n"
        "Walsall 1 Wigan 0")}
    assert kinds["Barnet"] == kinds["Walsall"] == kinds["Wigan"] == "organization"
    assert kinds.get("Dorsey") != "organization"  # a goal in the 52nd minute, no score
    assert "Halftime" not in kinds


def test_an_agency_named_with_and_is_one_name():
    s = spans("In a filing with the Securities and Exchange Commission, the Food and Drug"
              " Administration said Microsoft and Intel Corp had agreed.")
    assert s["Securities and Exchange Commission"][0] == "organization"
    assert s["Food and Drug Administration"][0] == "organization"
    assert "Microsoft" in s and "Intel Corp" in s  # two companies stay two
    s = spans("The Fish and Wildlife Service met Interior and Commerce Department officials,"
              " and the combined EYP and HP Services grew.")
    assert s["Fish and Wildlife Service"][0] == "organization"
    assert "Commerce Department" in s and "HP Services" in s  # two departments, two firms
    s = spans("Biologists at the U.S. Fish and Wildlife Service wrote to the British Food and"
              " Drug Agency, and France and Spain Commission staff replied.")
    assert s["U.S. Fish and Wildlife Service"][0] == "organization"  # a country before
    assert s["British Food and Drug Agency"][0] == "organization"
    assert "France" in s and "Spain Commission" in s  # a country is no first word


def test_a_firm_named_with_its_possessive_keeps_it_and_a_possessive_does_not():
    s = spans("Moody's said the outlook was negative, and Standard & Poor's agreed. Shares"
              " of McDonald's fell. Kim Jong-un arrived; the choice was Kim's. Ties with"
              " Russia’s, China’s and Norland's leaders grew. It's clear, said Procter &"
              " Gamble.")
    for firm in ("Moody's", "Standard & Poor's", "McDonald's", "Procter & Gamble"):
        assert s[firm][0] == "organization", firm
    assert s["Kim"] == ("person", "Kim Jong-un")
    assert s["Russia"][0] == s["China"][0] == "place"
    assert "It's" not in s and "It" not in s


def test_a_unit_named_after_a_company_of_the_article_is_the_company_not_a_person():
    s = spans("Norvanta SpA said on Monday that Norvanta would build a plant near Turin. "
              "Norvanta shares rose. Norvanta Fibres will run the plant.")
    assert s["Norvanta"][0] == "organization"
    assert s["Norvanta Fibres"][0] == "organization"


def test_a_title_word_after_of_ends_no_organisation_and_a_month_starts_none():
    found = {m.text: m.kind for m in extract(
        "Wheat futures on the Dakota Board of Trade fell after the August Prairie Millers"
        " Association report. From March to June Velkor exported grain; June Harris said so.")}
    assert found.get("Dakota Board of Trade") == "organization", found
    assert "Prairie Millers Association" in found, found
    assert "June Harris" in found and not any(t.startswith(("August", "June V")) for t in found)


def test_a_company_named_with_of_before_its_legal_form_is_one_name():
    found = {m.text: m.kind for m in extract(
        "Miners at Basalt Fields of Ruritania Ltd went on strike, said Ada Pell of Nordberg"
        " Securities Ltd.")}
    assert found.get("Basalt Fields of Ruritania Ltd") == "organization", found
    assert found.get("Ada Pell") == "person", found


def test_a_city_alone_in_a_sports_story_is_its_team_but_where_it_is_a_place():
    text = ("The Denver Foxes made an offer to the pitcher before the draft.\n"
            "Denver has not made another offer this season, and the coach doubts Denver"
            " will go higher.\nHe would spend the next six years in Denver.")
    ms = [m for m in extract(text) if m.text == "Denver"]
    assert [m.kind for m in ms] == ["organization", "organization", "place"]
    assert {m.key for m in ms[:2]} == {"Denver Foxes"}


def test_a_city_beside_a_group_of_its_name_outside_sport_stays_a_place():
    text = ("The Denver Growers asked for lower water prices.\n"
            "Denver has not answered them, the mayor's office said.")
    assert [m.kind for m in extract(text) if m.text == "Denver"] == ["place"]


def test_a_leaders_administration_is_an_organisation_apart_from_the_leader():
    docs = {"a": "The Okafor administration said on Monday it would appeal. President Ruth"
                 " Okafor spoke later.",
            "b": "Okafor said the talks would go on."}
    got = actors_of(docs)
    assert got[("a", "Okafor administration")] == "Okafor administration"
    assert got[("b", "Okafor")] == got[("a", "Ruth Okafor")] != "Okafor administration"
    found = {m.text for m in extract("The Republican administration and the French"
                                     " administration met the Texas administration.")}
    assert not any(text.endswith("administration") for text in found)


def test_a_city_alone_is_its_team_far_into_a_long_sports_article():
    lead = "The Boston Harriers coach praised the season and the league game. "
    lead += "The players trained hard on the field. " * 300
    text = lead + "Boston signed a new striker. The club trains in Boston."
    found = [(m.kind, m.key) for m in extract(text) if m.text == "Boston"]
    assert found == [("organization", "Boston Harriers"), ("place", "Boston")]
