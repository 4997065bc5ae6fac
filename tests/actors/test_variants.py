"""Full-name variants across articles: initials, descriptions and headline words around a name."""

from __future__ import annotations

from .conftest import actors_of


def test_initial_spelt_out_elsewhere_is_one_person():
    docs = {
        "a": "Former Senator J. William Fulbright spoke in Little Rock. Fulbright was 89.",
        "b": "James William Fulbright founded the exchange programme.",
        "c": "William Fulbright was honoured by the university on Friday.",
    }
    names = actors_of(docs)
    assert names[("a", "J. William Fulbright")] == names[("b", "James William Fulbright")]
    assert names[("c", "William Fulbright")] == names[("b", "James William Fulbright")]


def test_middle_initial_and_middle_name():
    docs = {
        "a": "Lyndon B. Johnson signed the act in the White House.",
        "b": "Lyndon Baines Johnson was born in Texas.",
    }
    names = actors_of(docs)
    assert names[("a", "Lyndon B. Johnson")] == names[("b", "Lyndon Baines Johnson")]


def test_initial_that_fits_two_names_stays_apart():
    docs = {
        "a": "Mary Ann Smith and Mary Alice Smith ran the bakery.",
        "b": "Mary A. Smith declined to comment.",
    }
    names = actors_of(docs)
    assert names[("a", "Mary Ann Smith")] != names[("a", "Mary Alice Smith")]
    assert names[("b", "Mary A. Smith")] not in (names[("a", "Mary Ann Smith")],
                                                  names[("a", "Mary Alice Smith")])


def test_two_word_initial_never_picks_a_person():
    docs = {
        "a": "John Carter won the race. Jane Carter came second.",
        "b": "J. Carter was not available.",
    }
    names = actors_of(docs)
    assert names[("a", "John Carter")] != names[("a", "Jane Carter")]
    assert names[("b", "J. Carter")] not in (names[("a", "John Carter")],
                                             names[("a", "Jane Carter")])


def test_headline_and_description_words_around_a_known_name():
    docs = {
        "a": "Fans of the late Amy Winehouse Tribute gathered in Camden.",
        "b": "Singer Amy Winehouse was found dead in London. Amy Winehouse was 27.",
    }
    names = actors_of(docs)
    assert names[("a", "Amy Winehouse Tribute")] == "Amy Winehouse"


def test_a_surname_after_a_known_name_is_another_person():
    docs = {
        "a": "George Washington Carver taught at Tuskegee.",
        "b": "George Washington crossed the Delaware. George Washington won.",
    }
    names = actors_of(docs)
    assert names[("a", "George Washington Carver")] != names[("b", "George Washington")]


def test_nickname_inside_a_name_joins_nickname_and_surname():
    docs = {
        "a": "Rodrigo (Rody) Duterte was sworn in. Duterte promised change.",
        "b": "Rody Duterte spoke in Davao on Friday.",
    }
    names = actors_of(docs)
    assert names[("b", "Rody Duterte")] == names[("a", "Rodrigo (Rody) Duterte")]


def test_nickname_shared_by_two_names_decides_nothing():
    docs = {
        "a": 'William "Bill" Baxter sold the farm. Baxter moved to Ohio.',
        "b": 'Wilfred "Bill" Baxter, his cousin, stayed in Iowa.',
        "c": "Bill Baxter spoke to reporters.",
    }
    names = actors_of(docs)
    assert names[("c", "Bill Baxter")] == "Bill Baxter"


def test_national_unit_joins_its_company():
    docs = {
        "a": "Vodafone UK will cut 2,000 jobs, the company said.",
        "b": "Shares of Vodafone rose in London after the results.",
    }
    names = actors_of(docs)
    assert names[("a", "Vodafone UK")] == names[("b", "Vodafone")]


def test_two_companies_sharing_a_word_and_a_country_stay_apart():
    docs = {
        "a": "Air France and Air India signed a code-share deal.",
        "b": "Air India flew its first Airbus A350 to Paris.",
    }
    names = actors_of(docs)
    assert names[("a", "Air France")] != names[("a", "Air India")]


def test_quoted_nickname_of_several_words_is_no_middle_name():
    from reader.core.actors import resolve
    from reader.core.model import RawMention

    def person(text: str, key: str | None = None) -> RawMention:
        return RawMention(0, len(text), text, "person", key or text)

    raw = {  # in-article keys as tokenised wire text leaves them
        "a": [person("Anthony `` The Ant '' Spilotro", "Anthony 'The Ant' Spilotro")],
        "b": [person("Anthony Spilotro")],
        "c": [person("Anthony J. Spilotro")],
    }
    res = resolve(raw)
    assert res.assign["a"] == res.assign["b"]


def test_a_description_glued_to_a_name_does_not_block_its_middle_name():
    docs = {
        "a": "Prosecutors said Anthony Joseph Weiner pleaded guilty in Manhattan.",
        "b": "Anthony Weiner was sentenced. Anthony Weiner apologised.",
        "c": "Disgraced Anthony Weiner left the court.",
    }
    names = actors_of(docs)
    assert names[("b", "Anthony Weiner")] == names[("a", "Anthony Joseph Weiner")]


def test_a_bare_surname_shared_by_relatives_is_the_subject_named_first():
    docs = {"a": ("Former mayor Ruth Okafor visited her son in hospital on Friday.\n"
                  "Daniel Okafor was injured in a crash last week, the family said.\n"
                  "Okafor told reporters he was recovering well.")}
    names = actors_of(docs)
    assert names[("a", "Okafor")] == names[("a", "Ruth Okafor")] != names[("a", "Daniel Okafor")]


def test_a_surname_goes_to_a_full_name_before_a_run_that_only_ends_in_it():
    docs = {"a": ("Senate backs Dunmore Kestrel plan .\n"
                  "Senator Helen Dunmore said the plan for Kestrel would pass .\n"
                  "Dunmore spoke after the vote .")}
    names = actors_of(docs)
    assert names[("a", "Dunmore")] == names[("a", "Helen Dunmore")]


def test_a_clipped_blend_of_given_name_and_surname_is_the_person():
    docs = {"a": "Marta Vidal scored twice on Sunday. MaVi has now scored nine goals.",
            "b": "Rafael Odom was traded. R-Od said he would miss the fans."}
    names = actors_of(docs)
    assert names[("a", "MaVi")] == names[("a", "Marta Vidal")]
    assert names[("b", "R-Od")] == names[("b", "Rafael Odom")]


def test_a_blend_that_fits_two_people_or_none_is_left_alone():
    names = actors_of({"a": "Marta Vidal and Mateo Vilar met the press. MaVi won.",
                       "b": "Rafael Odom spoke at the GoPro launch."})
    assert names.get(("a", "MaVi")) not in (names[("a", "Marta Vidal")],
                                            names[("a", "Mateo Vilar")])
    assert names.get(("b", "GoPro")) != names[("b", "Rafael Odom")]
