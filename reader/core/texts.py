"""Provides distinct passage texts: the full-text search index holds each text once.

The same wire story carried by several outlets gives identical passages; full-text
search ranks them once and lists them as one hit. `texts` gives every distinct
(title, body) of a passage an id (the title counts for an article's first passage
only, as in `passages_fts`), keyed by a 64-bit content hash, and names one passage
carrying it (`pid`); `passages.text_id` points back. `texts_fts` is an FTS5 index with
one row per text whose content is read, for snippets, through the view
`texts_content` from that passage's row of `passages_fts`: no text is stored twice.
The related-passage layer keeps reading `passages_fts`, one row per passage.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Sequence

TOKENIZE = "unicode61 remove_diacritics 2"  # as passages_fts


def add(db: sqlite3.Connection, items: Sequence[tuple[int, str, str]]) -> list[int]:
    """The text id of each new passage (id, title, body), indexing the texts not seen before.

    Run before the passages are stored in `passages` (the ids are theirs to hold).
    """
    blake2b = hashlib.blake2b
    keys = [  # the 64-bit content hash of each text
        int.from_bytes(blake2b(f"{t}\x00{b}".encode(), digest_size=8).digest(), "big", signed=True)
        for _pid, t, b in items
    ]
    known = dict(
        db.execute(f"SELECT hash, id FROM texts WHERE hash IN ({','.join('?' * len(keys))})", keys)
    )
    if len(known) == len(items):
        return [known[key] for key in keys]  # all seen before: the common case with copies
    ids, new = [], []
    for (pid, title, body), key in zip(items, keys, strict=True):
        tid = known.get(key)
        if tid is None:
            tid = db.execute("INSERT INTO texts(hash, pid) VALUES (?, ?)", (key, pid)).lastrowid
            new.append((tid, title, body))
            known[key] = tid
        ids.append(tid)
    db.executemany("INSERT INTO texts_fts(rowid, title, body) VALUES (?, ?, ?)", new)
    return ids


def forget(db: sqlite3.Connection, gone: Iterable[tuple[int, int]]) -> None:
    """Update the texts of (text id, passage id) pairs whose passages left `passages`
    (but not yet `passages_fts`, whose row is read to unindex a text nobody carries)."""
    gone = list(gone)
    dropped = {pid for _tid, pid in gone}
    for tid in dict.fromkeys(tid for tid, _pid in gone if tid is not None):
        row = db.execute("SELECT pid FROM texts WHERE id = ?", (tid,)).fetchone()
        if row is None or row[0] not in dropped:
            continue  # the passage it is read from stays
        (other,) = db.execute("SELECT min(id) FROM passages WHERE text_id = ?", (tid,)).fetchone()
        if other is not None:
            db.execute("UPDATE texts SET pid = ? WHERE id = ?", (other, tid))
        else:
            db.execute("DELETE FROM texts_fts WHERE rowid = ?", (tid,))
            db.execute("DELETE FROM texts WHERE id = ?", (tid,))


def migrate(db: sqlite3.Connection) -> None:
    """Store migration 7: create the tables and fill them from `passages_fts`."""
    db.execute("ALTER TABLE passages ADD COLUMN text_id INT")
    db.execute(
        "CREATE TABLE texts(id INTEGER PRIMARY KEY, hash INT NOT NULL UNIQUE, pid INT NOT NULL)"
    )
    db.execute(
        "CREATE VIEW texts_content AS SELECT t.id AS id, f.title AS title, f.body AS body "
        "FROM texts t JOIN passages_fts f ON f.rowid = t.pid"
    )
    db.execute(
        "CREATE VIRTUAL TABLE texts_fts USING fts5(title, body, content='texts_content', "
        f"content_rowid='id', tokenize='{TOKENIZE}')"
    )
    # Title matches weigh 4x, as in passages_fts (read by ORDER BY rank).
    db.execute("INSERT INTO texts_fts(texts_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)')")
    db.execute("CREATE TEMP TABLE text_of(pid INTEGER PRIMARY KEY, tid INT NOT NULL)")
    rows = db.execute("SELECT rowid, title, body FROM passages_fts ORDER BY rowid")
    while batch := rows.fetchmany(1000):
        ids = add(db, batch)
        db.executemany(
            "INSERT INTO temp.text_of VALUES (?, ?)",
            [(pid, tid) for (pid, _t, _b), tid in zip(batch, ids, strict=True)],
        )
    db.execute("UPDATE passages SET text_id = m.tid FROM temp.text_of m WHERE m.pid = passages.id")
    db.execute("DROP TABLE temp.text_of")
    db.execute("CREATE INDEX passages_text ON passages(text_id, id)")
