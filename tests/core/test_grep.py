"""Full-text search: identical passages ranked once and grouped, kept right by re-indexing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core import indexer, store, texts
from reader.core.corpus import Corpus
from reader.core.sqlite import connect

WIRE = "Pirates seized a tanker in the Gulf of Aden on Tuesday, the navy said."


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def opened(folder: Path) -> Corpus:
    corpus = Corpus.open([folder])
    corpus.update()
    return corpus


def consistent(corpus: Corpus) -> None:
    """Every passage has its text, every text a passage that carries it, and the search
    index holds exactly the words of those passages."""
    db = corpus.store.db
    assert db.execute("SELECT count(*) FROM passages WHERE text_id IS NULL").fetchone()[0] == 0
    carried = {t for (t,) in db.execute("SELECT DISTINCT text_id FROM passages")}
    read_from = db.execute(
        "SELECT t.id FROM texts t JOIN passages p ON p.id = t.pid AND p.text_id = t.id"
    )
    assert {t for (t,) in read_from} == carried
    assert db.execute("SELECT count(*) FROM texts").fetchone()[0] == len(carried)
    docs = "SELECT text_id, count(DISTINCT doc) FROM passages GROUP BY text_id ORDER BY 1"
    assert (
        db.execute(docs).fetchall()
        == db.execute("SELECT id, docs FROM texts ORDER BY 1").fetchall()
    )
    db.executescript(
        f"CREATE VIRTUAL TABLE temp.ref USING fts5(title, body, tokenize='{texts.TOKENIZE}');"
        "INSERT INTO temp.ref(rowid, title, body) SELECT id, title, body FROM texts_content;"
        "CREATE VIRTUAL TABLE temp.ref_words USING fts5vocab(temp, ref, instance);"
        "CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, texts_fts, instance);"
    )
    words = "SELECT term, doc, col, offset FROM {} ORDER BY 1, 2, 3, 4"
    assert (
        db.execute(words.format("words")).fetchall()
        == db.execute(words.format("ref_words")).fetchall()
    )
    db.executescript("DROP TABLE temp.words; DROP TABLE temp.ref_words; DROP TABLE temp.ref;")


@pytest.fixture
def wire(tmp_path: Path) -> Path:
    """Three outlets carry the same wire paragraph; one of them twice has its own."""
    write(tmp_path, "a.txt", f"Navy reports hijacking\n{WIRE}\nA second tanker escaped.")
    write(tmp_path, "b.txt", f"Tanker seized off Somalia\n{WIRE}")
    write(tmp_path, "c.txt", f"Shipping news\n{WIRE}\nPirates were last seen near Eyl.")
    return tmp_path


def test_identical_passages_are_one_hit_with_the_others_counted(wire: Path) -> None:
    corpus = opened(wire)
    hits = corpus.grep("tanker gulf")
    assert [(h.doc, h.passage, h.also) for h in hits] == [("a.txt", 1, 2)]
    (hit,) = hits
    assert [hit.snippet[s:e] for s, e in hit.marks] == ["tanker", "Gulf"]
    pirates = corpus.grep("pirates")
    assert sorted((h.doc, h.passage, h.also) for h in pirates) == [
        ("a.txt", 1, 2),
        ("c.txt", 2, 0),
    ]
    consistent(corpus)


def test_a_passage_repeated_in_one_article_is_not_counted_as_another(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", f"Navy reports\n{WIRE}\nMore later.\n{WIRE}")
    corpus = opened(tmp_path)
    assert [(h.doc, h.also) for h in corpus.grep("tanker")] == [("a.txt", 0)]
    consistent(corpus)


def test_titles_still_weigh_more_than_bodies(tmp_path: Path) -> None:
    write(tmp_path, "body.txt", "Harbour report\nThe ship Meridian docked at noon.")
    write(tmp_path, "title.txt", "Meridian docks at last\nIt came in at noon.")
    corpus = opened(tmp_path)
    assert [h.doc for h in corpus.grep("meridian")] == ["title.txt", "body.txt"]


def test_changing_the_first_carrier_keeps_the_text_for_the_others(wire: Path) -> None:
    corpus = opened(wire)
    write(wire, "a.txt", "Navy reports hijacking\nA second tanker escaped.")
    corpus.update()
    assert [(h.doc, h.passage, h.also) for h in corpus.grep("tanker gulf")] == [("b.txt", 1, 1)]
    assert [(h.doc, h.passage) for h in corpus.grep("escaped")] == [("a.txt", 1)]
    consistent(corpus)


def test_a_changed_file_still_carrying_the_text_is_read_from_again(wire: Path) -> None:
    corpus = opened(wire)
    write(wire, "a.txt", f"Navy reports a hijacking\n{WIRE}")
    corpus.update()
    assert [(h.doc, h.passage, h.also) for h in corpus.grep("tanker gulf")] == [("a.txt", 1, 2)]
    consistent(corpus)


def test_a_text_waiting_for_a_passage_is_left_out_until_repaired(wire: Path) -> None:
    corpus = opened(wire)
    db = corpus.store.db
    db.execute("UPDATE texts SET pid = NULL")  # as between two commits of a re-index
    assert corpus.grep("tanker gulf") == []
    texts.repair(db)
    assert [(h.doc, h.also) for h in corpus.grep("tanker gulf")] == [("a.txt", 2)]
    consistent(corpus)


def test_deleting_every_carrier_forgets_the_text(wire: Path) -> None:
    corpus = opened(wire)
    (wire / "a.txt").unlink()
    corpus.update()
    assert [(h.doc, h.also) for h in corpus.grep("gulf")] == [("b.txt", 1)]
    assert corpus.grep("escaped") == []
    (wire / "b.txt").unlink()
    write(wire, "c.txt", "Shipping news\nPirates were last seen near Eyl.")
    corpus.update()
    assert corpus.grep("gulf") == []
    assert [(h.doc, h.also) for h in corpus.grep("pirates")] == [("c.txt", 0)]
    consistent(corpus)
    write(wire, "d.txt", f"Back again\n{WIRE}")  # the same text, indexed anew
    corpus.update()
    assert [(h.doc, h.also) for h in corpus.grep("gulf")] == [("d.txt", 0)]
    consistent(corpus)


def test_related_passages_still_read_one_row_per_passage(wire: Path) -> None:
    corpus = opened(wire)
    db = corpus.store.db
    assert db.execute("SELECT count(*) FROM passages_fts").fetchone()[0] == 8
    assert db.execute("SELECT count(*) FROM texts").fetchone()[0] == 6
    (df,) = db.execute("SELECT doc FROM passages_vocab WHERE term = 'gulf'").fetchone()
    assert df == 3


def downgrade_to_6(path: Path) -> None:
    """Turn a store into what schema 6 wrote: no distinct texts."""
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript(
        "ALTER TABLE passages DROP COLUMN text_id;"
        "DROP TABLE texts_fts; DROP VIEW texts_content; DROP TABLE texts;"
        "PRAGMA user_version = 6;"
    )
    db.close()


def test_a_schema_6_store_upgrades_without_reindexing(
    wire: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = opened(wire)
    corpus.close()
    downgrade_to_6(corpus.db_path)
    old = connect(corpus.db_path, store.APP_ID, store.MIGRATIONS[:6])
    assert "text_id" not in {r[1] for r in old.execute("PRAGMA table_info(passages)")}
    old.close()
    parsed: list[str] = []
    monkeypatch.setattr(indexer, "load", lambda source: parsed.append(source.rel) or [])
    upgraded = Corpus.open([wire])
    assert upgraded.notice is None  # upgraded in place, not rebuilt
    assert upgraded.update() == [] and parsed == []
    assert [(h.doc, h.also) for h in upgraded.grep("tanker gulf")] == [("a.txt", 2)]
    consistent(upgraded)
    version = upgraded.store.db.execute("PRAGMA user_version").fetchone()[0]
    assert version == len(store.MIGRATIONS)
