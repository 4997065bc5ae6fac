"""Provides distinct passage texts: the full-text search index holds each text once.

The same wire story carried by several outlets gives identical passages; full-text
search ranks them once and lists them as one hit. `texts` gives every distinct
(title, body) of a passage an id (the title counts for an article's first passage
only, as in `passages_fts`), keyed by a 64-bit content hash, and names one passage
carrying it (`pid`) and how many articles do (`docs`); `passages.text_id` points back
(not indexed: in a corpus of copies that index was rewritten all over at every commit).
`texts_fts` is an FTS5 index with one row per text whose content is read, for
snippets, through the view `texts_content` from that passage's row of `passages_fts`:
no text is stored twice. The related-passage layer keeps reading `passages_fts`.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence

TOKENIZE = "unicode61 remove_diacritics 2"  # as passages_fts


def add(
    db: sqlite3.Connection, items: Sequence[tuple[int, str, str]], article: bool = True
) -> list[int]:
    """The text id of each new passage (id, title, body), indexing the texts not seen before.

    Run before the passages are stored in `passages` (the ids are theirs to hold); with
    `article`, `items` are the passages of one new article, counted in `texts.docs`.
    """
    blake2b = hashlib.blake2b
    keys = [  # the 64-bit content hash of each text
        int.from_bytes(blake2b(f"{t}\x00{b}".encode(), digest_size=8).digest(), "big", signed=True)
        for _pid, t, b in items
    ]
    known = dict(
        db.execute(f"SELECT hash, id FROM texts WHERE hash IN ({','.join('?' * len(keys))})", keys)
    )
    if article and known:  # one more article carries these (and may be read from)
        first = {}
        for (pid, _t, _b), key in zip(items, keys, strict=True):
            if key in known:
                first.setdefault(known[key], pid)
        db.executemany(
            "UPDATE texts SET docs = docs + 1, pid = coalesce(pid, ?) WHERE id = ?",
            [(pid, tid) for tid, pid in first.items()],
        )
    if len(known) == len(items):
        return [known[key] for key in keys]  # all seen before: the common case with copies
    ids, new = [], []
    for (pid, title, body), key in zip(items, keys, strict=True):
        tid = known.get(key)
        if tid is None:
            tid = db.execute(
                "INSERT INTO texts(hash, pid, docs) VALUES (?, ?, 1)", (key, pid)
            ).lastrowid
            new.append((tid, title, body))
            known[key] = tid
        ids.append(tid)
    db.executemany("INSERT INTO texts_fts(rowid, title, body) VALUES (?, ?, ?)", new)
    return ids


def forget(db: sqlite3.Connection, gone: Sequence[tuple[int, int]]) -> None:
    """Update the texts of one dropped article's passages, (text id, passage id) pairs
    (the passages still in `passages_fts`: a text nobody carries is unindexed with them).

    A text whose passage to read from goes, while other articles carry it, waits with
    no passage (`pid` NULL) for the next article carrying it or for `repair()`.
    """
    dropped = {pid for _tid, pid in gone}
    for tid, gone_pid in dict(reversed(gone)).items():
        row = db.execute("SELECT pid, docs FROM texts WHERE id = ?", (tid,)).fetchone()
        if row is None:  # (a NULL text id included)
            continue
        pid, docs = row
        if docs > 1:
            pid = None if pid in dropped else pid
            db.execute("UPDATE texts SET pid = ?, docs = ? WHERE id = ?", (pid, docs - 1, tid))
            continue
        text = db.execute("SELECT title, body FROM passages_fts WHERE rowid = ?", (gone_pid,))
        db.execute(
            "INSERT INTO texts_fts(texts_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
            (tid, *text.fetchone()),
        )
        db.execute("DELETE FROM texts WHERE id = ?", (tid,))


def repair(db: sqlite3.Connection) -> None:
    """Give every text left without a passage to read from one that carries it (one scan
    of `passages`, only when there is such a text; finding none is one index probe)."""
    if db.execute("SELECT 1 FROM texts WHERE pid IS NULL LIMIT 1").fetchone() is None:
        return
    db.execute(
        "UPDATE texts SET pid = m.pid FROM (SELECT text_id, min(id) AS pid FROM passages "
        "WHERE text_id IN (SELECT id FROM texts WHERE pid IS NULL) GROUP BY text_id) AS m "
        "WHERE m.text_id = texts.id"
    )


def migrate(db: sqlite3.Connection) -> None:
    """Store migration 7: create the tables and fill them from `passages_fts`."""
    db.execute("ALTER TABLE passages ADD COLUMN text_id INT")
    db.execute(
        "CREATE TABLE texts(id INTEGER PRIMARY KEY, hash INT NOT NULL UNIQUE, pid INT, "
        "docs INT NOT NULL)"
    )
    db.execute("CREATE INDEX texts_waiting ON texts(id) WHERE pid IS NULL")  # for repair()
    db.execute(
        "CREATE VIEW texts_content AS SELECT t.id AS id, f.title AS title, f.body AS body "
        "FROM texts t LEFT JOIN passages_fts f ON f.rowid = t.pid"
    )
    db.execute(
        "CREATE VIRTUAL TABLE texts_fts USING fts5(title, body, content='texts_content', "
        f"content_rowid='id', tokenize='{TOKENIZE}')"
    )
    # Title matches weigh 4x, as in passages_fts (read by ORDER BY rank).
    db.execute("INSERT INTO texts_fts(texts_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)')")
    db.execute("CREATE TEMP TABLE text_of(pid INTEGER PRIMARY KEY, tid INT NOT NULL, doc TEXT)")
    rows = db.execute("SELECT rowid, doc, title, body FROM passages_fts ORDER BY rowid")
    while batch := rows.fetchmany(1000):
        ids = add(db, [(pid, title, body) for pid, _doc, title, body in batch], article=False)
        db.executemany(
            "INSERT INTO temp.text_of VALUES (?, ?, ?)",
            [(pid, tid, doc) for (pid, doc, _t, _b), tid in zip(batch, ids, strict=True)],
        )
    db.execute("UPDATE passages SET text_id = m.tid FROM temp.text_of m WHERE m.pid = passages.id")
    db.execute(
        "UPDATE texts SET docs = m.n FROM (SELECT tid, count(DISTINCT doc) AS n "
        "FROM temp.text_of GROUP BY tid) AS m WHERE m.tid = texts.id"
    )
    db.execute("DROP TABLE temp.text_of")
