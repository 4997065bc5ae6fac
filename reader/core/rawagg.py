"""Provides the two aggregates of the raw mentions that resolution reads, kept up to date.

Resolution reads each distinct (text, kind, key, role) with its count and each article's
distinct in-article keys: two sorts of every raw mention of the corpus (a second at
10,000 articles). Once computed they are kept in `raw_counts` and `raw_keys`, and every
article stored or dropped afterwards adds or takes away its own share in the same
transaction, so an update reads them in a few milliseconds. Meta `raw_agg` says they are
complete; a store without it (new, or from before) computes them from `raw_mentions`.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter

from reader.core.model import RawMention

MIGRATION = """
CREATE TABLE raw_counts(mention TEXT PRIMARY KEY, n INT NOT NULL) WITHOUT ROWID;
CREATE TABLE raw_keys(doc TEXT PRIMARY KEY, keys TEXT NOT NULL) WITHOUT ROWID;
"""

Tuple = tuple[str, str, str, str | None]  # text, kind, key, role


def _kept(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM meta WHERE key = 'raw_agg'").fetchone() is not None


def _order(t: Tuple) -> tuple:
    """SQL's ORDER BY text, kind, key, role: NULL first, then by code point."""
    return tuple((v is not None, v or "") for v in t)


def add(db: sqlite3.Connection, doc: str, raw: list[RawMention]) -> None:
    """Count the raw mentions of article `doc`, just stored."""
    if not raw or not _kept(db):
        return
    counts = Counter((m.text, m.kind, m.key, m.role) for m in raw)
    db.executemany(
        "INSERT INTO raw_counts VALUES (?, ?) ON CONFLICT(mention) DO UPDATE SET n = n + ?",
        ((json.dumps(t), n, n) for t, n in counts.items()),
    )
    keys = sorted({m.key for m in raw})
    db.execute("INSERT OR REPLACE INTO raw_keys VALUES (?, ?)", (doc, json.dumps(keys)))


def drop(db: sqlite3.Connection, doc: str) -> None:
    """Take away the raw mentions of article `doc` (call before they are deleted)."""
    if not _kept(db):
        return
    rows = db.execute(
        "SELECT text, kind, key, role, count(*) FROM raw_mentions WHERE doc = ? "
        "GROUP BY text, kind, key, role",
        (doc,),
    ).fetchall()
    taken = [(n, json.dumps(list(t))) for *t, n in rows]
    db.executemany("UPDATE raw_counts SET n = n - ? WHERE mention = ?", taken)
    db.executemany(  # only the mentions just counted down: no scan of the whole table
        "DELETE FROM raw_counts WHERE mention = ? AND n <= 0", ((m,) for _, m in taken)
    )
    db.execute("DELETE FROM raw_keys WHERE doc = ?", (doc,))


def distinct(db: sqlite3.Connection) -> list[tuple[Tuple, int]]:
    """Each distinct (text, kind, key, role) with its count, in SQL order."""
    if not _kept(db):
        _compute(db)
    rows = [(tuple(json.loads(m)), n) for m, n in db.execute("SELECT mention, n FROM raw_counts")]
    return sorted(rows, key=lambda r: _order(r[0]))


def article_keys(db: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    """Each article's distinct in-article keys, sorted, by article (one string object per
    distinct key: a corpus repeats its names across a million rows)."""
    if not _kept(db):
        _compute(db)
    one: dict[str, str] = {}
    same = one.setdefault
    return {
        doc: tuple(same(k, k) for k in json.loads(keys))
        for doc, keys in db.execute("SELECT doc, keys FROM raw_keys ORDER BY doc")
    }


def _compute(db: sqlite3.Connection) -> None:
    """Fill both tables from `raw_mentions` and keep them from now on."""
    db.execute("DELETE FROM raw_counts")
    db.execute("DELETE FROM raw_keys")
    db.executemany(
        "INSERT INTO raw_counts VALUES (?, ?)",
        (
            (json.dumps([t, k, key, r]), n)
            for t, k, key, r, n in db.execute(
                "SELECT text, kind, key, role, count(*) FROM raw_mentions "
                "GROUP BY text, kind, key, role"
            )
        ),
    )
    keys: dict[str, list[str]] = {}
    for doc, key in db.execute("SELECT DISTINCT doc, key FROM raw_mentions ORDER BY doc, key"):
        keys.setdefault(doc, []).append(key)
    db.executemany(
        "INSERT INTO raw_keys VALUES (?, ?)", ((d, json.dumps(k)) for d, k in keys.items())
    )
    db.execute("INSERT OR REPLACE INTO meta VALUES ('raw_agg', '1')")
