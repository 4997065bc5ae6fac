"""Corpus resolution: variants merge, different people stay apart, order never matters."""

from __future__ import annotations

from reader.core.actors import extract, resolve

from .conftest import actors_of


def test_short_form_resolves_across_articles_when_unambiguous():
    docs = {
        "a": "President Xi Jinping met Vladimir Putin in Moscow.",
        "b": "Talks with Xi ended on Tuesday.",
    }
    names = actors_of(docs)
    assert names[("b", "Xi")] == "Xi Jinping"


def test_ambiguous_short_form_stays_unresolved():
    docs = {
        "a": "Kim Jong-un inspected a factory.",
        "b": "Kim Yo-jong issued a statement.",
        "c": "Analysts said Kim was unhappy.",
    }
    names = actors_of(docs)
    assert names[("c", "Kim")] == "Kim"
    assert names[("a", "Kim Jong-un")] != names[("b", "Kim Yo-jong")]


def test_variants_merge():
    docs = {
        "a": "Serbian President Aleksandar Vučić arrived in Beijing.",
        "b": "Aleksandar Vucic left Beijing. Kim Jong Un waved.",
        "c": "Kim Jong-un waved again in the U.S. and the US and the United States.",
        "d": "The DPRK and North Korea are one country; South Korea is another.",
        "e": "Dmitri Medvedev spoke. Dmitry Medvedev spoke again.",
    }
    names = actors_of(docs)
    assert names[("a", "Aleksandar Vučić")] == names[("b", "Aleksandar Vucic")]
    assert names[("b", "Kim Jong Un")] == names[("c", "Kim Jong-un")]
    assert names[("c", "U.S.")] == names[("c", "US")] == names[("c", "United States")]
    assert names[("d", "DPRK")] == names[("d", "North Korea")] == "North Korea"
    assert names[("d", "South Korea")] != "North Korea"
    assert names[("e", "Dmitri Medvedev")] == names[("e", "Dmitry Medvedev")]


def test_distinct_people_never_merge():
    docs = {
        "a": "Kim Jong-un succeeded Kim Jong-il. His sister Kim Yo-jong watched.",
        "b": "Li Qiang replaced Li Keqiang as premier.",
        "c": "Donald Trump Jr. praised Donald Trump.",
    }
    res_names = actors_of(docs)
    assert len({res_names[("a", n)] for n in ("Kim Jong-un", "Kim Jong-il", "Kim Yo-jong")}) == 3
    assert res_names[("b", "Li Qiang")] != res_names[("b", "Li Keqiang")]
    assert res_names[("c", "Donald Trump Jr.")] != res_names[("c", "Donald Trump")]


def test_actor_fields_and_ids():
    docs = {"a": "Chinese Premier Li Qiang visited. Li smiled.", "b": "Li Qiang left."}
    raw = {d: extract(t) for d, t in docs.items()}
    res = resolve(raw)
    actor = res.actors["person:li-qiang"]
    assert actor.name == "Li Qiang"
    assert actor.mentions == 3 and actor.articles == 2
    assert actor.aliases == {"Li Qiang": 2, "Li": 1}
    assert "Chinese Premier" in actor.roles
    assert len(res.assign["a"]) == len(raw["a"])


def test_resolution_is_independent_of_dict_order():
    docs = {
        "x": "Xi Jinping met Kim Jong Un. Kim smiled.",
        "y": "Xi spoke in Beijing. Kim Jong-un listened.",
        "z": "Kim Jong-il was remembered in Pyongyang.",
    }
    raw = {d: extract(t) for d, t in docs.items()}
    a = resolve(raw)
    b = resolve(dict(reversed(list(raw.items()))))
    assert a.assign == b.assign
    assert a.actors == b.actors


def test_middle_names_and_organisation_spellings_merge():
    docs = {
        "a": "Defence lawyer Anna Maria Kowalski filed the appeal.",
        "b": "Anna Kowalski, the defence lawyer, declined to comment.",
        "c": "The Central Election Commission of Moldova counted votes.",
        "d": "The Central Elections Commission of Moldova published results.",
        "e": "The Academy of Motion Picture Arts and Sciences met. The Academy said yes.",
        "f": "The Academy announced the hosts.",
    }
    names = actors_of(docs)
    assert names[("a", "Anna Maria Kowalski")] == names[("b", "Anna Kowalski")]
    assert (names[("c", "Central Election Commission of Moldova")]
            == names[("d", "Central Elections Commission of Moldova")])
    assert names[("e", "Academy")] == names[("f", "Academy")]
    assert names[("f", "Academy")] == "Academy of Motion Picture Arts and Sciences"



def test_a_company_named_several_times_is_no_short_form_of_a_person():
    docs = {"a": "Corvex shares rose on Monday. Corvex said profit rose, and Corvex shares"
                 " gained again.",
            "b": "Midfielder Tom Corvex scored twice for the visitors."}
    got = actors_of(docs)
    assert got[("a", "Corvex")] == "Corvex"
    assert got[("b", "Tom Corvex")] == "Tom Corvex"
