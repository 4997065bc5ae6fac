"""Provides the record of what changed since the related-passage layer was built.

`rel_dirty` (doc, text) names each article whose mentions (text = 0) or passages
(text = 1: added, edited or removed) changed; `rel_gone` keeps the full-text rows of
removed passages that the layer had counted, so that its term counts can be lowered
without walking the whole vocabulary. Both are written in the transaction that makes
the change and emptied by the transaction that brings the layer up to date, so they
are exact whenever the layer's build is (`reader.core.related.index`). Nothing is
recorded while no layer is built: its first build reads everything.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

ROW = "title || ' ' || body || ' ' || copy_title || ' ' || copy_body"  # one FTS row's text

MIGRATION = """
CREATE TABLE rel_dirty(doc TEXT PRIMARY KEY, text INT NOT NULL) WITHOUT ROWID;
CREATE TABLE rel_gone(row TEXT NOT NULL);
DELETE FROM meta WHERE key = 'related_generation';
"""


def _built(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM meta WHERE key = 'related_generation'").fetchone() is not None


def mark_docs(db: sqlite3.Connection, docs: Iterable[str], text: bool) -> None:
    """Record that `docs` changed: their passages (`text`), else only their mentions."""
    if not _built(db):
        return
    if text:
        db.executemany("INSERT OR REPLACE INTO rel_dirty VALUES (?, 1)", ((d,) for d in docs))
    else:
        db.executemany("INSERT OR IGNORE INTO rel_dirty VALUES (?, 0)", ((d,) for d in docs))


def forget_doc(db: sqlite3.Connection, doc: str) -> None:
    """Record that article `doc` goes (call before its passages are unindexed): the
    passages the layer counted are those of an article it has not seen change."""
    if not _built(db):
        return
    row = db.execute("SELECT text FROM rel_dirty WHERE doc = ?", (doc,)).fetchone()
    if row is None or not row[0]:
        db.execute(
            f"INSERT INTO rel_gone SELECT {ROW} FROM passages_fts "
            "WHERE rowid IN (SELECT id FROM passages WHERE doc = ?)",
            (doc,),
        )
    db.execute("INSERT OR REPLACE INTO rel_dirty VALUES (?, 1)", (doc,))
