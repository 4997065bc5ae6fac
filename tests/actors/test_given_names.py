"""Given-name variants, nicknames inside names, and capitalised common words that are no one."""

from __future__ import annotations

from reader.core.actors.given import same_given

from .conftest import actors_of, spans


def test_same_given():
    assert same_given("fred", "frederick") and same_given("mike", "michael")
    assert same_given("phil", "philip")
    assert not same_given("bill", "william")  # other initial: too loose to trust
    assert not same_given("john", "jane")


def test_nickname_and_full_given_name_are_one_person():
    docs = {"a": "Phil Brandt, the mayor, resigned on Monday.",
            "b": "Philip Brandt said he would not run again."}
    got = actors_of(docs)
    assert got[("a", "Phil Brandt")] == got[("b", "Philip Brandt")]


def test_given_name_variant_with_a_middle_name():
    docs = {"a": "Fred Alvarsson was 81.", "b": "Frederick Jonas Alvarsson died on Sunday."}
    got = actors_of(docs)
    assert got[("a", "Fred Alvarsson")] == got[("b", "Frederick Jonas Alvarsson")]


def test_different_given_names_with_one_surname_stay_apart():
    docs = {"a": "Michael Brandt won the race.", "b": "Peter Brandt lost the race."}
    got = actors_of(docs)
    assert got[("a", "Michael Brandt")] != got[("b", "Peter Brandt")]


def test_quoted_nickname_inside_a_name():
    found = spans('Gangster Charles "Lucky" Luciano ran the rackets. Charles Luciano was '
                  'deported. Luciano died in Naples.')
    full = 'Charles "Lucky" Luciano'
    assert full in found and not any(s.startswith("Gangster") for s in found)
    assert found[full][1] == "Charles Luciano" == found["Luciano"][1]


def test_bracketed_nickname_inside_a_name():
    found = spans("Robert ( Bobby ) Vance , 40 , was arrested . Vance denied it .")
    assert found["Robert ( Bobby ) Vance"][1] == "Robert Vance" == found["Vance"][1]


def test_bracketed_place_after_a_given_name_is_no_nickname():
    found = spans("The San Angelo ( Texas ) Standard - Times reported it , he said .")
    assert "Texas" in found


def test_description_is_cut_only_when_the_name_stands_alone_elsewhere():
    found = spans("Arcade Joseph Comeaux Jr escaped. Comeaux was caught.")
    assert any(s.startswith("Arcade") for s in found)


def test_quoted_title_after_a_common_word_is_left_alone():
    found = spans('The band played "Yellow Submarine" at Abbey Road.')
    assert not any("band" in s for s in found)


def test_sentence_initial_common_noun_is_no_actor():
    found = spans("Shoppers crowded the stores. Retailers said sales rose.")
    assert "Shoppers" not in found and "Retailers" not in found


def test_sentence_initial_name_seen_elsewhere_is_kept():
    found = spans("Apple said it would open a store. Analysts expect Apple to grow.")
    assert "Apple" in found


def test_title_sex_picks_the_relative_of_the_same_surname():
    from reader.core.actors import extract

    text = ("Peter Hall, 50, was charged on Monday. His wife Susan Hall told the court she had "
            "not seen him. The court heard Mr Hall denied the charge, and that Mrs Hall wept.")
    keys = [(m.text, m.role, m.key) for m in extract(text)]
    assert ("Hall", "Mr", "Peter Hall") in keys
    assert ("Hall", "Mrs", "Susan Hall") in keys


def test_title_never_links_to_a_name_of_the_other_sex():
    from reader.core.actors import extract

    text = "Susan Hall runs the shop. Customers said Mr Hall was rarely there."
    hall = [m for m in extract(text) if m.text == "Hall"]
    assert hall and hall[0].key != "Susan Hall"


def test_a_name_both_sexes_bear_still_links():
    from reader.core.actors import extract

    text = "Jordan Hall opened the shop. Customers said Mr Hall was kind."
    hall = [m for m in extract(text) if m.text == "Hall"]
    assert hall and hall[0].key == "Jordan Hall"


def test_sentence_initial_title_is_kept_as_the_role():
    from reader.core.actors import extract

    found = [(m.text, m.role) for m in extract(
        "Peter Hall was charged. Mr Hall denied it. Mr Speaker rose. Dr Smith said no.")]
    assert ("Hall", "Mr") in found and ("Smith", "Dr") in found
    assert not any("Speaker" in t for t, _ in found)
