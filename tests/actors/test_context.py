"""Cross-article context: a short form takes the full name of the related articles."""

from __future__ import annotations

import random
from pathlib import Path

from reader.core.actors import extract, resolve
from reader.core.corpus import Corpus

from .conftest import actors_of

# Two men called Thomas, each in his own story; the stories share their own names.
COURT = {
    "a": "Justice Clarence Thomas wrote the dissent. Chief Justice John Roberts and Justice "
         "Samuel Alito joined the ruling on the Voting Rights Act.",
    "b": "Clarence Thomas questioned the lawyers. Samuel Alito and John Roberts listened.",
}
MUSIC = {
    "c": "Rob Thomas of Matchbox Twenty sang with Carlos Santana at the Grammys.",
    "d": "Rob Thomas said Matchbox Twenty would tour with Carlos Santana next year.",
}


def test_short_form_takes_the_full_name_of_related_articles():
    docs = {**COURT, **MUSIC,
            "e": "Thomas, Alito and Roberts sided with the state.",
            "f": "Thomas and Santana recorded Smooth for Matchbox Twenty fans."}
    names = actors_of(docs)
    assert names[("e", "Thomas")] == "Clarence Thomas"
    assert names[("f", "Thomas")] == "Rob Thomas"


def test_short_form_stays_unresolved_when_context_does_not_decide():
    docs = {**COURT, **MUSIC,
            "e": "Thomas spoke to reporters in Washington on Monday.",
            "f": "Thomas met Alito, Roberts, Santana and Matchbox Twenty."}
    names = actors_of(docs)
    assert names[("e", "Thomas")] == "Thomas"
    assert names[("f", "Thomas")] == "Thomas"


def test_context_never_makes_a_place_a_person():
    docs = {
        "a": "Governor Rick Perry of Texas met Texas Rangers owner Ray Davis in Austin.",
        "b": "West Texas ranchers met Rick Perry and Ray Davis in Austin.",
        "c": "Texas, Perry and Davis agreed in Austin.",
    }
    names = actors_of(docs)
    assert names[("c", "Texas")] == "Texas"


def test_junior_is_the_same_man_in_a_corpus_that_never_names_both():
    docs = {
        "a": "Martin Luther King Jr. led the march from Selma to Montgomery with Ralph "
             "Abernathy.",
        "b": "Martin Luther King spoke in Montgomery; Ralph Abernathy and Coretta Scott King "
             "were there.",
        "c": "Coretta Scott King remembered Selma.",
    }
    names = actors_of(docs)
    assert names[("a", "Martin Luther King Jr.")] == names[("b", "Martin Luther King")]


def test_junior_named_beside_senior_is_another_man():
    docs = {
        "a": "Ken Griffey Jr. homered in Seattle while Ken Griffey watched with Lou Piniella.",
        "b": "The Mariners said Ken Griffey Jr. met Lou Piniella in Seattle.",
        "c": "Ken Griffey and Lou Piniella left Seattle.",
    }
    names = actors_of(docs)
    assert names[("b", "Ken Griffey Jr.")] != names[("c", "Ken Griffey")]


def test_senior_named_beside_the_plain_name_is_the_same_man():
    docs = {
        "a": "Henry Ford Sr. founded the company in Dearborn. Henry Ford later built the "
             "Rouge plant with Charles Sorensen.",
        "b": "Henry Ford met Charles Sorensen in Dearborn.",
    }
    names = actors_of(docs)
    assert names[("a", "Henry Ford Sr.")] == names[("b", "Henry Ford")]


def test_senior_beside_junior_stays_apart_from_the_plain_name():
    docs = {
        "a": "Ken Griffey Sr. watched Ken Griffey Jr. homer in Seattle; Ken Griffey was proud.",
        "b": "Ken Griffey Jr. met Lou Piniella in Seattle.",
    }
    names = actors_of(docs)
    assert names[("a", "Ken Griffey Sr.")] != names[("a", "Ken Griffey Jr.")]


def test_a_shorter_name_joins_the_full_name_with_a_suffix():
    docs = {
        "a": "Lucius Ambrose Thorne Jr. escaped from a prison van near Dalton. Thorne, 49, "
             "was serving a life term at the Hale Unit.",
        "b": "Ambrose Thorne was caught near Dalton on Monday, two days after he left the "
             "Hale Unit van.",
        "c": "Ambrose Thorne Caught\nLucius Ambrose Thorne Jr. was caught near Dalton, "
             "far from the Hale Unit.",
    }
    names = actors_of(docs)
    assert names[("b", "Ambrose Thorne")] == names[("a", "Lucius Ambrose Thorne Jr.")]
    assert names[("c", "Lucius Ambrose Thorne Jr.")] == names[("a", "Lucius Ambrose Thorne Jr.")]


def test_context_resolution_does_not_depend_on_article_order():
    docs = {**COURT, **MUSIC,
            "e": "Thomas, Alito and Roberts sided with the state.",
            "f": "Thomas and Santana recorded Smooth for Matchbox Twenty fans."}
    raw = {d: extract(t) for d, t in docs.items()}
    items = list(raw.items())
    for seed in range(5):
        random.Random(seed).shuffle(items)
        shuffled = resolve(dict(items))
        assert shuffled.assign == resolve(raw).assign


def test_store_applies_context_per_article(tmp_path: Path):
    folder = tmp_path / "news"
    folder.mkdir()
    docs = {**COURT, **MUSIC,
            "e": "Thomas, Alito and Roberts sided with the state.",
            "f": "Thomas and Santana recorded Smooth for Matchbox Twenty fans."}
    for name, text in docs.items():
        (folder / f"{name}.txt").write_text(f"Story {name}\n{text}\n", encoding="utf-8")
    corpus = Corpus.open([folder])
    for _ in corpus.index():
        pass
    by_doc = {}
    for m in corpus.mentions():
        if m.text == "Thomas":
            by_doc[Path(m.doc).stem if "/" in m.doc else m.doc] = m.name
    assert sorted(by_doc.values()) == ["Clarence Thomas", "Rob Thomas"]


def test_short_given_name_is_the_long_one_of_the_same_story():
    docs = {
        "a": "Tyrus Cobb of the Detroit Tigers hit .367 at Navin Field against the Yankees.",
        "b": "Ty Cobb and the Detroit Tigers beat the Yankees at Navin Field.",
    }
    names = actors_of(docs)
    assert names[("a", "Tyrus Cobb")] == names[("b", "Ty Cobb")]


def test_short_given_name_of_the_other_sex_stays_apart():
    docs = {
        "a": "John Hart of the Detroit Tigers met the Yankees at Navin Field.",
        "b": "Jo Hart watched the Detroit Tigers and the Yankees at Navin Field.",
    }
    names = actors_of(docs)
    assert names[("a", "John Hart")] != names[("b", "Jo Hart")]


def test_short_given_name_in_unrelated_stories_stays_apart():
    docs = {
        "a": "Tyrus Cobb of the Detroit Tigers hit .367 at Navin Field.",
        "b": "Ty Cobb opened a bakery in Leeds with Harriet Walsh.",
    }
    names = actors_of(docs)
    assert names[("a", "Tyrus Cobb")] != names[("b", "Ty Cobb")]


def test_city_for_a_team_takes_the_team_of_the_story():
    docs = {
        "a": "The Philadelphia 76ers beat the Boston Celtics as Allen Iverson scored 40.",
        "b": "The Philadelphia Eagles signed quarterback Donovan McNabb at Lincoln Field.",
        "c": "Boston Celtics 99 Philadelphia 101\nAllen Iverson scored 35 for the winners.",
        "d": "Crime fell in Philadelphia last year, the mayor said.",
    }
    names = actors_of(docs)
    assert names[("c", "Philadelphia")] == "Philadelphia 76ers"
    assert names[("d", "Philadelphia")] == "Philadelphia"


def test_store_style_context_does_not_depend_on_article_order():
    docs = {**COURT, **MUSIC,
            "e": "Thomas, Alito and Roberts sided with the state.",
            "f": "Thomas and Santana recorded Smooth for Matchbox Twenty fans."}
    per_article = {d: extract(t) for d, t in docs.items()}
    distinct = sorted({m for ms in per_article.values() for m in ms},
                      key=lambda m: (m.text, m.kind, m.key, m.role or ""))
    raw = {f"{i:04d}": [m] for i, m in enumerate(distinct)}
    articles = {d: sorted({m.key for m in ms}) for d, ms in per_article.items()}
    first = resolve(raw, articles=articles)
    assert first.context  # "Thomas" decided per article
    items = list(articles.items())
    for seed in range(5):
        random.Random(seed).shuffle(items)
        again = resolve(raw, articles=dict(items))
        assert again.context == first.context and again.assign == first.assign


def test_misspelt_surname_joins_the_name_of_the_story():
    docs = {
        "a": "Zinedine Zidane scored for Real Madrid against Bayer Leverkusen at Hampden Park.",
        "b": "Zinedine Zidane and Real Madrid beat Bayer Leverkusen. Zidane was superb.",
        "c": "Zinedine Zidane lifted the cup for Real Madrid at Hampden Park.",
        "d": "Zidnae volleyed in as Real Madrid beat Bayer Leverkusen at Hampden Park.",
    }
    names = actors_of(docs)
    assert names[("d", "Zidnae")] == "Zinedine Zidane"


def test_a_real_surname_one_letter_away_is_another_person():
    docs = {
        "a": "Peter Jansen of Ajax scored at the Amsterdam Arena against PSV Eindhoven.",
        "b": "Peter Jansen and Ajax beat PSV Eindhoven. Jansen was superb.",
        "c": "Peter Jansen celebrated with Ajax at the Amsterdam Arena.",
        "d": "Janssen of PSV Eindhoven equalised at the Amsterdam Arena against Ajax.",
    }
    names = actors_of(docs)
    assert names[("d", "Janssen")] != "Peter Jansen"
