"""Ranking of related passages on small hand-made corpora and on the seeds."""

from __future__ import annotations

from pathlib import Path

from reader.core.related import Related
from tests.related.conftest import filler, write

QUERY = (
    "Prime Minister Mette Frederiksen met union leaders in Copenhagen on Tuesday to discuss "
    "the government budget.\n"
    "Mette Frederiksen told reporters after the meeting that the government budget talks "
    "would go on.\n"
    "The talks ended without agreement, officials said."
)
RARE = (
    "Danish voters will be watching closely.\n"
    "Mette Frederiksen is expected to call an early election if the deal collapses."
)
COMMON = "Ferry operators warned of delays.\nThe government said on Tuesday that fares would rise."
WIRE = (
    "Mette Frederiksen, who has led Denmark since 2019, said the budget would protect "
    "pensions and fund more nurses while keeping the deficit below three percent."
)


def test_shared_rare_actor_beats_shared_common_word(tmp_path: Path, open_corpus) -> None:
    corpus = open_corpus(
        write(tmp_path / "c", {"q.txt": QUERY, "rare.txt": RARE, "common.txt": COMMON, **filler()})
    )
    results = corpus.related_to_passage("q.txt", 1, limit=10)
    docs = [r.doc for r in results]
    assert "rare.txt" in docs
    if "common.txt" in docs:
        assert docs.index("rare.txt") < docs.index("common.txt")
    top = results[0]
    assert top.doc == "rare.txt" and top.passage == 1
    assert any("Frederiksen" in name for name in top.actors)
    assert "Frederiksen" in top.reason


def test_own_article_is_excluded(tmp_path: Path, open_corpus) -> None:
    corpus = open_corpus(write(tmp_path / "c", {"q.txt": QUERY, "rare.txt": RARE, **filler()}))
    for passage in range(3):
        assert all(r.doc != "q.txt" for r in corpus.related_to_passage("q.txt", passage))
    assert all(r.doc != "q.txt" for r in corpus.related_to_article("q.txt"))


def test_near_duplicates_are_grouped(tmp_path: Path, open_corpus) -> None:
    files = {
        "q.txt": QUERY,
        "wire_a.txt": "Budget talks in Copenhagen.\n" + WIRE,
        "wire_b.txt": "From our correspondent.\n" + WIRE.replace("three percent", "3 percent"),
        "rare.txt": RARE,
        **filler(),
    }
    corpus = open_corpus(write(tmp_path / "c", files))
    results = corpus.related_to_passage("q.txt", 1, limit=10)
    wires = [r for r in results if r.doc.startswith("wire_") and r.passage == 1]
    assert len(wires) == 1
    (head,) = wires
    other = "wire_b.txt" if head.doc == "wire_a.txt" else "wire_a.txt"
    assert head.duplicates == ((other, 1),)


def test_result_contract(tmp_path: Path, open_corpus) -> None:
    corpus = open_corpus(write(tmp_path / "c", {"q.txt": QUERY, "rare.txt": RARE, **filler()}))
    results = corpus.related_to_passage("q.txt", 0, limit=2)
    assert 0 < len(results) <= 2
    for r in results:
        assert isinstance(r, Related)
        article = corpus.article(r.doc)
        passage = article.passages[r.passage]
        assert (passage.start, passage.end) == (r.start, r.end)
        assert r.title == article.title and r.reason and r.score > 0
    scores = [r.score for r in results]
    assert scores == sorted(scores, reverse=True)
    assert corpus.related_to_passage("q.txt", 99) == []
    assert corpus.related_to_passage("nope", 0) == []


def test_related_to_actor_and_article(tmp_path: Path, open_corpus) -> None:
    files = {"q.txt": QUERY, "rare.txt": RARE, "wire.txt": WIRE, **filler()}
    corpus = open_corpus(write(tmp_path / "c", files))
    actor = next(a for a in corpus.actors() if a.name.endswith("Frederiksen"))
    found = corpus.related_to_actor(actor.id, limit=10)
    assert {r.doc for r in found} == {"q.txt", "rare.txt", "wire.txt"}
    assert all(actor.name in r.actors for r in found)
    assert corpus.related_to_actor("no-such-actor") == []

    by_article = corpus.related_to_article("q.txt", limit=5)
    docs = [r.doc for r in by_article]
    assert len(docs) == len(set(docs))
    assert set(docs[:2]) == {"rare.txt", "wire.txt"}


def test_index_follows_the_corpus(tmp_path: Path, open_corpus) -> None:
    folder = write(tmp_path / "c", {"q.txt": QUERY, **filler()})
    corpus = open_corpus(folder)
    assert all(r.doc != "rare.txt" for r in corpus.related_to_passage("q.txt", 0))
    write(folder, {"rare.txt": RARE})
    corpus.update()
    assert corpus.related_to_passage("q.txt", 0)[0].doc == "rare.txt"


def test_seed_articles_relate_their_beijing_parade_passages_without_the_teaser(
    seeds: Path, open_corpus
):
    """002's "READ ALSO: Kim Jong-un to join Xi , Putin at Beijing military parade" is a
    teaser for 000, not a paragraph: 000's parade passages find 002's own text instead."""
    from reader.core.boilerplate import is_boilerplate

    corpus = open_corpus(seeds)
    a000, a002 = (
        corpus.article("000_0636bf8797a3fd21.txt"),
        corpus.article("002_c8764f082d158dae.txt"),
    )

    def text(article, idx: int) -> str:
        p = article.passages[idx]
        return article.text[p.start : p.end]

    assert "READ ALSO: Kim Jong-un to join Xi" in a002.text
    assert not any("READ ALSO" in text(a002, p.index) for p in a002.passages)
    parade = [
        p.index
        for p in a000.passages
        if "Beijing" in text(a000, p.index) and "parade" in text(a000, p.index)
    ]
    assert len(parade) >= 2
    for i in parade:
        first = corpus.related_to_passage(a000.id, i)[0]
        assert first.doc == a002.id and "Kim Jong Un" in first.reason
        assert not is_boilerplate(text(a002, first.passage))


def test_prepare_related_builds_once(tmp_path: Path, open_corpus) -> None:
    corpus = open_corpus(write(tmp_path / "c", {"q.txt": QUERY, "rare.txt": RARE}))
    corpus.prepare_related()
    db = corpus.store.db
    generation = db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
    built = db.execute("SELECT value FROM meta WHERE key = 'related_generation'").fetchone()
    assert built == generation
    assert db.execute("SELECT count(*) FROM rel_article_actors").fetchone()[0] == 2
    assert db.execute("SELECT count(*) FROM rel_signatures").fetchone()[0] == 2


def test_two_threads_asking_at_once_share_one_rebuild(tmp_path: Path, open_corpus) -> None:
    from concurrent.futures import ThreadPoolExecutor

    corpus = open_corpus(write(tmp_path / "c", {"q.txt": QUERY, "rare.txt": RARE, **filler()}))
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda i: corpus.related_to_passage("q.txt", i % 2), range(8)))
    assert all(r and r[0].doc != "q.txt" for r in results)


STORY = (
    "The central bank of Norway raised its main interest rate to 4.5 percent on Thursday, "
    "surprising economists in Oslo.\n"
    "Governor Ida Wolden Bache said inflation in Norway remained too high and that rates "
    "would stay elevated well into next year.\n"
    "Fishing exports fell for a third month."
)
CITING = (
    "Salmon farmers along the coast reported a strong season and higher prices abroad.\n"
    "READ ALSO: Norway central bank surprises with rate rise to 4.5 percent\n"
    "Exporters said the weaker krone had helped them in Asia and in Europe this year."
)
OTHER_RATES = (
    "Sweden's Riksbank left its interest rate unchanged on Thursday, as inflation in Sweden "
    "eased for a fourth month, the governor said in Stockholm."
)


def test_a_teaser_line_citing_the_article_is_not_listed(tmp_path: Path, open_corpus):
    """"READ ALSO: <headline>" is a link, boilerplate: never a related passage (issue 14)."""
    corpus = open_corpus(
        write(
            tmp_path / "c",
            {"story.txt": STORY, "citing.txt": CITING, "other.txt": OTHER_RATES, **filler()},
        )
    )
    citing = corpus.article("citing.txt")
    assert all("READ ALSO" not in citing.text[p.start : p.end] for p in citing.passages)
    for r in corpus.related_to_passage("story.txt", 0):
        assert "READ ALSO" not in corpus.article(r.doc).text[r.start : r.end]
    for r in corpus.related_to_passage("other.txt", 0):
        assert not r.cites and not r.reason.startswith("links to this article")


def test_answers_are_remembered_until_the_corpus_changes(
    tmp_path: Path, open_corpus, monkeypatch
) -> None:
    from reader.core.related import rank

    scored: list[str] = []
    real_score = rank.score

    def counted(db, stats, q):
        scored.append(q.doc)
        return real_score(db, stats, q)

    monkeypatch.setattr(rank, "score", counted)
    folder = write(tmp_path / "c", {"q.txt": QUERY, "common.txt": COMMON, **filler()})
    corpus = open_corpus(folder)
    first = corpus.related_to_passage("q.txt", 0)
    again = corpus.related_to_passage("q.txt", 0)
    assert again == first and len(scored) == 1, "the second answer costs no ranking"
    again.clear()  # a caller's list is its own
    assert corpus.related_to_passage("q.txt", 0) == first
    assert [r.doc for r in corpus.related_to_passage("q.txt", 0, limit=1)] == [first[0].doc]
    assert len(scored) == 2, "another limit is another question"

    # Re-indexing moves the generation on: both the query article and the others are new.
    write(folder, {"q.txt": WIRE, "rare.txt": RARE})
    corpus.update()
    changed = corpus.related_to_passage("q.txt", 0)
    assert len(scored) == 3
    assert changed[0].doc == "rare.txt" and changed != first
