"""The small pure pieces of the related layer: terms, reasons, dedup, codecs, signatures."""

from __future__ import annotations

from reader.core.related import dedup, postings, signature
from reader.core.related.query import proper_terms
from reader.core.related.reasons import reason
from reader.core.related.reference import is_reference
from reader.core.related.terms import content_terms, fold, tokens

WIRE = (
    "The central bank raised its main interest rate by a quarter point on Thursday, "
    "saying inflation had stayed above target for a third straight quarter."
)


def test_tokens_match_the_fts_tokenizer() -> None:
    assert tokens("Kim Jong-un's visit, São Paulo_2025") == [
        "kim",
        "jong",
        "un",
        "s",
        "visit",
        "sao",
        "paulo",
        "2025",
    ]
    assert fold("Éric") == "eric"
    assert "the" not in content_terms("The visit of the envoy")


def test_proper_terms_skip_sentence_starts() -> None:
    found = proper_terms("Officials said Putin arrived. Later the envoy met Xi in Beijing.")
    assert found == {"putin", "xi", "beijing"}


def test_reason_names_actors_then_words() -> None:
    assert reason(["Kim Jong-un", "Xi Jinping"], ["Jong", "Beijing", "parade"]) == (
        "Kim Jong-un, Xi Jinping · Beijing parade"
    )
    assert reason([], ["tariffs"]) == "tariffs"
    assert reason(["North Korea"], ["including", "Korean", "missiles"]) == "North Korea · missiles"
    assert reason(["Kim Jong Un"], ["parade"], cites=True) == (
        "links to this article · Kim Jong Un · parade"
    )
    assert reason([], []) == "similar wording"


def test_near_duplicates_group_and_short_lines_never_do() -> None:
    copy = WIRE.replace("Thursday", "Thursday morning")
    other = "Farmers protested in the capital against new rules on fertiliser use and water."
    groups = dedup.group([WIRE, copy, other, "Markets fell.", "Markets fell."], str, 10)
    assert [(head, dups) for head, dups in groups] == [
        (WIRE, [copy]),
        (other, []),
        ("Markets fell.", []),
        ("Markets fell.", []),
    ]
    assert len(dedup.group([WIRE, other], str, 1)) == 1


def test_article_actor_codec_round_trips() -> None:
    text = postings.encode({"person:kim-jong-un": {0, 2}, "place:beijing": {1}})
    decoded = postings.decode(text)
    assert set(decoded) == {"person:kim-jong-un", "place:beijing"}
    assert postings.indexes(decoded["person:kim-jong-un"]) == [0, 2]
    assert " 1 " in decoded["place:beijing"] and " 0 " not in decoded["place:beijing"]


def test_signatures_compare_articles() -> None:
    df = {"bank": 5, "inflation": 3, "rate": 8, "farmers": 2, "fertiliser": 1}
    a = signature.compute(WIRE + " The bank said inflation would ease.", df, 100)
    b = signature.compute(WIRE, df, 100)
    c = signature.compute("Farmers protested over fertiliser rules.", df, 100)
    assert abs(signature.similarity(a, a) - 1.0) < 1e-9
    assert signature.similarity(a, b) > 0.5 > signature.similarity(a, c)
    assert signature.centrality({"bank", "inflation"}, a) > signature.centrality({"farmers"}, a)


def test_reference_lines_are_short_lines_pointing_elsewhere() -> None:
    assert is_reference("READ ALSO: Kim Jong-un to join Xi , Putin at Beijing military parade")
    assert is_reference("Related: Oil prices fall for a third week")
    assert is_reference("See also – Markets rally after the vote")
    assert not is_reference("Read the full statement on the ministry's website.")
    assert not is_reference("Kim Jong-un will attend the parade: officials confirmed it.")
    assert not is_reference("READ ALSO: " + "a long paragraph " * 20)


def test_passages_and_term_counts_read_fast_are_those_of_the_fts_table(tmp_path, open_corpus):
    """`load_passages` reads FTS5's content table directly, `term_df` a copy of the
    vocabulary made by the rebuild: both must give exactly what the FTS table and its
    vocabulary give."""
    from reader.core.related.cache import LRU
    from reader.core.related.candidates import load_passages
    from reader.core.related.query import term_df
    from tests.related.conftest import filler, write

    texts = {"wire.txt": f"Zürich désormais\n{WIRE}\nA third paragraph, short.", **filler()}
    corpus = open_corpus(write(tmp_path / "c", texts))
    db = corpus.store.db
    through_fts = db.execute(  # a passage body is in body or, for a copy, copy_body
        "SELECT rowid, doc, idx, body || copy_body FROM passages_fts"
    ).fetchall()
    read = load_passages(db, [row[0] for row in through_fts])
    assert sorted((c.pid, c.doc, c.idx, c.text) for c in read) == sorted(through_fts)

    terms = ["government", "zurich", "quarter", "nowhere-to-be-found", "tuesday"]
    corpus.prepare_related()
    plain = term_df(db, terms)
    marks = ",".join("?" * len(terms))
    vocab = db.execute(f"SELECT term, doc FROM passages_vocab WHERE term IN ({marks})", terms)
    assert plain == dict(vocab) and len(plain) == 4
    cache = LRU(100)
    assert term_df(db, terms, cache) == plain == term_df(db, terms, cache)
    assert "nowhere-to-be-found" not in plain and cache.get("nowhere-to-be-found") == 0


def test_groups_name_no_story_for_related_passages(tmp_path, open_corpus):
    """"Police" opening sentences of two unrelated articles is a group actor of both, and no
    posting of the related layer."""
    from tests.related.conftest import filler, write

    texts = {"fire.txt": "Police said the barn fire in Lund began at night.",
             "boat.txt": "Police said the ferry to Visby was late again.", **filler()}
    corpus = open_corpus(write(tmp_path / "c", texts))
    corpus.prepare_related()
    db = corpus.store.db
    police = db.execute("SELECT count(*) FROM mentions WHERE actor LIKE 'group:police%'")
    assert police.fetchone()[0] == 2
    assert not db.execute("SELECT count(*) FROM rel_passage_actors WHERE actor LIKE 'group:%'"
                          ).fetchone()[0]
