"""Full-text search: identical passages ranked once and grouped, kept right by re-indexing."""

from __future__ import annotations

import json
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
    """Every passage is in the FTS table with its own text; each distinct text is in the
    searched `body` of exactly one carrier (`texts.pid`), in `copy_body` of every other;
    a title is searched unless its row is a copy whose first carrier shows the same
    title; `texts` counts the articles carrying each text."""
    db = corpus.store.db
    rows = db.execute(
        "SELECT p.id, p.doc, p.idx, p.hash, a.title, "
        "substr(a.text, p.start + 1, p.end - p.start), f.title, f.body, f.copy_title, f.copy_body "
        "FROM passages p JOIN articles a ON a.doc = p.doc JOIN passages_fts f ON f.rowid = p.id"
    ).fetchall()
    assert len(rows) == db.execute("SELECT count(*) FROM passages").fetchone()[0]
    assert len(rows) == db.execute("SELECT count(*) FROM passages_fts").fetchone()[0]
    searched: dict[int, list[int]] = {}
    docs: dict[int, set[str]] = {}
    shown = {pid: f_title for pid, *_, f_title, f_body, _c, _cb in rows if f_body}
    for pid, doc, idx, h, title, body, f_title, f_body, c_title, c_body in rows:
        own = title if idx == 0 else ""
        assert h == texts.key(body)
        assert (f_title + c_title, f_body + c_body) == (own, body)
        assert not (f_title and c_title) and not (f_body and c_body)
        if f_body:
            searched.setdefault(h, []).append(pid)
        docs.setdefault(h, set()).add(doc)
    known = {h: (pid, n) for h, pid, n in db.execute("SELECT hash, pid, docs FROM texts")}
    assert {h: (pids, len(docs[h])) for h, pids in searched.items()} == {
        h: ([pid], n) for h, (pid, n) in known.items()
    }
    assert set(known) == set(docs)
    for _pid, _doc, _idx, h, _title, _body, _f_title, _f_body, c_title, _c_body in rows:
        if c_title:  # hidden only behind the same title on the text's first carrier
            assert shown[known[h][0]] == c_title


@pytest.fixture
def wire(tmp_path: Path) -> Path:
    """Three outlets carry the same wire paragraph; two of them have one of their own."""
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
    assert [(h.doc, h.passage, h.also) for h in corpus.grep("tanker")] == [("a.txt", 1, 0)]
    consistent(corpus)


def test_titles_still_weigh_more_than_bodies(tmp_path: Path) -> None:
    write(tmp_path, "body.txt", "Harbour report\nThe ship Meridian docked at noon.")
    write(tmp_path, "title.txt", "Meridian docks at last\nIt came in at noon.")
    corpus = opened(tmp_path)
    assert [h.doc for h in corpus.grep("meridian")] == ["title.txt", "body.txt"]


def test_changing_the_first_carrier_hands_the_text_to_another(wire: Path) -> None:
    corpus = opened(wire)
    write(wire, "a.txt", "Navy reports hijacking\nA second tanker escaped.")
    corpus.update()
    assert [(h.doc, h.passage, h.also) for h in corpus.grep("tanker gulf")] == [("b.txt", 1, 1)]
    assert [(h.doc, h.passage) for h in corpus.grep("escaped")] == [("a.txt", 1)]
    consistent(corpus)


def test_a_changed_file_still_carrying_the_text_is_searched_again(wire: Path) -> None:
    corpus = opened(wire)
    write(wire, "a.txt", f"Navy reports a hijacking\n{WIRE}")
    corpus.update()
    assert [(h.doc, h.passage, h.also) for h in corpus.grep("tanker gulf")] == [("a.txt", 1, 2)]
    consistent(corpus)


def test_a_waiting_text_is_left_out_until_repaired(wire: Path) -> None:
    corpus = opened(wire)
    db = corpus.store.db
    db.execute("UPDATE texts SET pid = NULL")  # as between two commits of a re-index
    db.execute(  # every carrier holds its text as a copy
        "UPDATE passages_fts SET copy_title = title || copy_title, "
        "copy_body = body || copy_body, title = '', body = ''"
    )
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


def test_related_passages_still_read_every_passage(wire: Path) -> None:
    corpus = opened(wire)
    db = corpus.store.db
    assert db.execute("SELECT count(*) FROM passages_fts").fetchone()[0] == 8
    assert db.execute("SELECT count(*) FROM texts").fetchone()[0] == 6
    (df,) = db.execute("SELECT doc FROM passages_vocab WHERE term = 'gulf'").fetchone()
    assert df == 3
    (gulf,) = db.execute("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'gulf'")
    assert gulf == (3,)


def downgrade_to_6(path: Path) -> None:
    """Turn a store into what schema 6 wrote: no copy columns, texts or term table."""
    db = sqlite3.connect(path, isolation_level=None)
    rows = db.execute(
        "SELECT rowid, doc, idx, title || copy_title, body || copy_body FROM passages_fts"
    ).fetchall()
    db.executescript(
        "DROP TABLE passages_vocab; DROP TABLE passages_fts; DROP TABLE texts;"
        "DROP TABLE rel_terms; DROP TABLE article_langs;"
        "DROP TABLE rel_dirty; DROP TABLE rel_gone; DROP TABLE raw_counts; DROP TABLE raw_keys;"
        "DROP TABLE resolved_prev; DROP TABLE picked_prev; DROP TABLE unresolved;"
        "DROP TABLE actor_losses;"
        "ALTER TABLE passages DROP COLUMN hash;"
        "CREATE VIRTUAL TABLE passages_fts USING fts5(doc UNINDEXED, idx UNINDEXED, title, "
        "body, tokenize='unicode61 remove_diacritics 2');"
        "CREATE VIRTUAL TABLE passages_vocab USING fts5vocab(passages_fts, row);"
        "PRAGMA user_version = 6;"
    )
    db.executemany(
        "INSERT INTO passages_fts(rowid, doc, idx, title, body) VALUES (?,?,?,?,?)", rows
    )
    db.close()


def test_a_schema_6_store_upgrades_without_reindexing(
    wire: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = opened(wire)
    corpus.close()
    downgrade_to_6(corpus.db_path)
    old = connect(corpus.db_path, store.APP_ID, store.MIGRATIONS[:6])
    assert "hash" not in {r[1] for r in old.execute("PRAGMA table_info(passages)")}
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


def test_a_wire_lead_under_different_headlines_is_one_hit(tmp_path: Path) -> None:
    lead = "MOSCOW - The pipeline operator halted deliveries to Europe on Monday."
    rows = [
        {"id": "w0", "title": "Gas halted", "text": f"{lead}\nThe ministry declined to comment."},
        {"id": "w1", "title": "Europe faces gas cut", "text": lead},
        {"id": "w2", "title": "Gas halted", "text": lead},
    ]
    (tmp_path / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    corpus = opened(tmp_path)
    assert [(h.doc, h.passage, h.also) for h in corpus.grep("deliveries")] == [("w0", 0, 2)]
    # each headline is searched once: w2's is w0's, w1's its own
    assert [(h.doc, h.snippet) for h in corpus.grep("faces")] == [("w1", lead)]
    assert [h.doc for h in corpus.grep("halted gas")] == ["w0"]
    consistent(corpus)
    (tmp_path / "wire.jsonl").write_text(json.dumps(rows[1]) + "\n" + json.dumps(rows[2]) + "\n")
    corpus.update()  # w0 goes: its text and headline pass on
    assert [(h.doc, h.also) for h in corpus.grep("deliveries")] == [("w1", 1)]
    consistent(corpus)
