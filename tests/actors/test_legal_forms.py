"""Corporate forms: "X", "X Inc.", "X Corp", "X Co. Ltd" are one organisation; two companies
that share a word stay apart."""

from __future__ import annotations

from reader.core.actors.legal import strip_form

from .conftest import actors_of


def test_strip_form():
    assert strip_form("acme widgets inc") == "acme widgets"
    assert strip_form("samsung electronics co ltd") == "samsung electronics"
    assert strip_form("morgan stanley & co") == "morgan stanley"
    assert strip_form("credit suisse ag") == "credit suisse"
    assert strip_form("inc") == "inc"  # nothing but a form: left alone
    assert strip_form("red cross") == "red cross"


def test_forms_across_articles_are_one_organisation():
    docs = {
        "a": "Acme Widgets Inc. said on Monday that profits rose.",
        "b": "Shares of Acme Widgets Corp fell after the recall.",
        "c": "Analysts expect Acme Widgets to cut jobs.",
    }
    got = actors_of(docs)
    names = {got[("a", "Acme Widgets Inc.")], got[("b", "Acme Widgets Corp")],
             got[("c", "Acme Widgets")]}
    assert len(names) == 1


def test_bare_name_with_a_form_elsewhere_is_an_organisation():
    from reader.core.actors import extract, resolve

    raw = {"a": extract("Norvik Ltd. won the contract."),
           "b": extract("A spokesman for Norvik declined to comment.")}
    res = resolve(raw)
    (only,) = {res.assign["a"][0], res.assign["b"][0]}
    assert res.actors[only].kind == "organization"


def test_two_companies_sharing_a_word_stay_apart():
    docs = {
        "a": "Delta Air Lines Inc. cancelled flights on Monday.",
        "b": "Delta Galil Industries Ltd. sells underwear.",
    }
    got = actors_of(docs)
    assert got[("a", "Delta Air Lines Inc.")] != got[("b", "Delta Galil Industries Ltd.")]


def test_person_is_not_merged_with_a_company_of_his_surname():
    docs = {
        "a": "Michael Dell founded the firm. Dell said he was pleased.",
        "b": "Dell Inc. reported earnings on Tuesday.",
    }
    got = actors_of(docs)
    assert got[("a", "Dell")] == got[("a", "Michael Dell")]
    assert got[("b", "Dell Inc.")] != got[("a", "Michael Dell")]


def test_a_group_named_after_a_place_is_not_the_place():
    docs = {"a": "The Oslo Group of mediators met in Oslo on Friday.",
            "b": "Talks brokered by the Oslo Group resumed."}
    got = actors_of(docs)
    assert got[("a", "Oslo Group")] == got[("b", "Oslo Group")] != got[("a", "Oslo")]
