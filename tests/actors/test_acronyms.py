"""Acronyms and expansions, compound modifiers and sentence-initial verbs before names."""

from __future__ import annotations

from reader.core.actors.acronyms import acronyms_of, is_acronym

from .conftest import actors_of, spans


def test_acronyms_of_names():
    assert "FBI" in acronyms_of("Federal Bureau of Investigation")
    assert "FBOI" in acronyms_of("Federal Bureau of Investigation")  # function word kept
    assert acronyms_of("Rolls-Royce") == {"RR"}  # hyphenated parts count
    assert acronyms_of("Electronic Arts Inc.") == {"EA"}  # legal form left out
    assert "USGS" in acronyms_of("U.S. Geological Survey")  # capitals keep all letters
    assert acronyms_of("Apple") == frozenset()
    assert is_acronym("AT&T") and is_acronym("G20") and not is_acronym("Nasa")


def test_acronym_joins_its_expansion_in_another_article():
    docs = {
        "a": "The Federal Aviation Administration grounded the jets on Monday.",
        "b": "The FAA said inspections would take a week.",
    }
    got = actors_of(docs)
    assert got[("b", "FAA")] == got[("a", "Federal Aviation Administration")]


def test_hyphenated_company_and_its_initials():
    docs = {"a": "Rolls-Royce Holdings said it would cut 2,000 jobs.",
            "b": "Engines made by RR failed twice, RR said."}
    got = actors_of(docs)
    assert got[("b", "RR")] == got[("a", "Rolls-Royce Holdings")]


def test_ambiguous_acronym_stays_apart():
    docs = {
        "a": "The National Basketball Association fined the club.",
        "b": "The National Bar Association met in Chicago.",
        "c": "The NBA said on Friday that the game was off.",
    }
    got = actors_of(docs)
    assert got[("c", "NBA")] not in (got[("a", "National Basketball Association")],
                                      got[("b", "National Bar Association")])


def test_acronym_that_is_a_common_word_is_not_expanded():
    docs = {"a": "The Council for Aid and Relief Everywhere opened a school.",
            "b": "Teachers said CARE was the best thing that happened, CARE said."}
    got = actors_of(docs)
    assert got.get(("b", "CARE")) != got[("a", "Council for Aid and Relief Everywhere")]


def test_acronym_first_word_is_not_a_short_form_of_a_division():
    found = spans("HP Services won the contract. HP shares rose 3 percent, HP said.")
    assert found["HP"][1] != found["HP Services"][1]


def test_compound_modifier_is_cut_off():
    found = spans("He joined Denver-based Frontier Widgets last year.")
    assert "Frontier Widgets" in found
    assert not any("Denver" in s for s in found)


def test_sentence_initial_verb_is_not_part_of_the_name():
    found = spans("Acquiring Frontier Widgets Corp. will cost $3 billion, analysts said.")
    assert "Frontier Widgets Corp." in found
