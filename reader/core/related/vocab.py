"""Provides how the full-text vocabulary moved since the related layer was built.

`rel_terms` copies the FTS vocabulary (passages holding each term, occurrences). After
a small change it is corrected by the vocabulary of the passages that came and went,
read from a scratch FTS table with the same tokenizer, instead of walking every term's
postings again: the passages that went are kept in `rel_gone` (`reader.core.changes`),
those that came are the current passages of the articles whose text changed.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from reader.core.changes import ROW
from reader.core.texts import TOKENIZE


def delta(db: sqlite3.Connection, docs: list[str]) -> dict[str, list[int]]:
    """term -> [passages, occurrences] to add to `rel_terms`: the current passages of
    articles `docs` (whose text changed) less the rows of `rel_gone`."""
    db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.rel_scratch USING fts5(row, "
               f"tokenize='{TOKENIZE}')")
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.rel_scratch_vocab "
               "USING fts5vocab(temp, rel_scratch, row)")
    out: dict[str, list[int]] = {}
    came = []
    for i in range(0, len(docs), 500):
        chunk = docs[i : i + 500]
        marks = ",".join("?" * len(chunk))
        came += db.execute(
            f"SELECT {ROW} FROM passages_fts WHERE rowid IN "
            f"(SELECT id FROM passages WHERE doc IN ({marks}))",
            chunk,
        ).fetchall()
    went = db.execute("SELECT row FROM rel_gone").fetchall()
    # A passage an edit left as it was went and came back: its terms cancel out unread.
    came_n, went_n = Counter(came), Counter(went)
    both = came_n & went_n
    for rows, sign in ((came_n - both, 1), (went_n - both, -1)):
        if not rows:
            continue
        db.execute("DELETE FROM rel_scratch")
        db.executemany("INSERT INTO rel_scratch(row) VALUES (?)", rows.elements())
        for term, df, cnt in db.execute("SELECT term, doc, cnt FROM rel_scratch_vocab"):
            d = out.setdefault(term, [0, 0])
            d[0] += sign * df
            d[1] += sign * cnt
    db.execute("DELETE FROM rel_scratch")
    return out
