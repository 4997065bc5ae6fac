"""Provides the derived data behind related passages, updated when the corpus changes.

Tables (store migrations 2, 4, 6 and 8): `rel_passage_actors` and `rel_article_actors`
map passages to the actors they name (see `postings`); `rel_actors` counts the passages
and articles naming each actor; `rel_terms` copies the FTS vocabulary (passages holding
each term, and its occurrences; corrected by `vocab.delta` after a small change);
`rel_signatures` holds article signatures (see `signature`). Corpus statistics
(passages, articles, mean passage length) go to `meta`. When the indexer's "generation"
moves on, the tables are brought up to date in one transaction: in place for the
articles recorded as changed (`reader.core.changes`), or rebuilt whole for a new store
or a change to a large share of the corpus.
"""

from __future__ import annotations

import math
import sqlite3
import threading
from dataclasses import dataclass, field

from reader.core.related import postings, signature, vocab
from reader.core.related.cache import Caches, for_store


@dataclass(frozen=True, slots=True)
class Stats:
    """Corpus-wide numbers the ranking needs."""

    passages: int
    articles: int
    avg_len: float
    caches: Caches = field(default_factory=Caches, compare=False, repr=False)

    def idf(self, df: int) -> float:
        """BM25 inverse document frequency of a term in `df` passages."""
        return math.log(1.0 + (self.passages - df + 0.5) / (df + 0.5))

    def actor_idf(self, passages: int) -> float:
        """Rarity of an actor named in `passages` passages (as for a term: passages, not
        articles, so that it still tells actors apart in a corpus of two articles)."""
        return self.idf(passages)


_REBUILDING = threading.Lock()


def _meta(db: sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def refresh(db: sqlite3.Connection) -> Stats:
    """Bring the derived tables up to date with the store's generation; the statistics."""
    generation = _meta(db, "generation") or "0"
    if _meta(db, "related_generation") != generation:
        with _REBUILDING:  # one rebuild at a time, whichever thread asks first
            if _meta(db, "related_generation") != generation:
                _rebuild_apart(db, generation)
    return Stats(
        int(_meta(db, "related_passages") or 0),
        int(_meta(db, "related_articles") or 0),
        float(_meta(db, "related_avg_len") or 1.0),
        for_store(db, generation),
    )


def _rebuild_apart(db: sqlite3.Connection, generation: str) -> None:
    """Update on a connection of its own: readers sharing `db` keep their snapshot
    until the commit, and no statement of theirs holds a table the rebuild drops."""
    path = db.execute("PRAGMA database_list").fetchone()[2]
    writer = sqlite3.connect(path, isolation_level=None, timeout=60) if path else db
    try:
        writer.execute("BEGIN IMMEDIATE")
        try:
            _update(writer)
            writer.execute(
                "INSERT OR REPLACE INTO meta VALUES ('related_generation', ?)", (generation,)
            )
            writer.execute("COMMIT")
        except BaseException:
            writer.execute("ROLLBACK")
            raise
    finally:
        if writer is not db:
            writer.close()


def _update(db: sqlite3.Connection) -> None:
    """Bring the layer up to date: in place from the changes recorded since it was
    built (`reader.core.changes`), or rebuilt whole when there is none yet or the
    changes touch a large share of the corpus."""
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    dirty = db.execute("SELECT doc, text FROM rel_dirty ORDER BY doc").fetchall()
    db.executemany(  # an edited article may get its old rowid back: never keep its signature
        "DELETE FROM rel_signatures WHERE doc = ?", ((doc,) for doc, text in dirty if text)
    )
    if _meta(db, "related_generation") is None or len(dirty) > max(50, articles // 4):
        _rebuild(db)
    else:
        _apply(db, dirty)
    db.execute("DELETE FROM rel_dirty")
    db.execute("DELETE FROM rel_gone")
    passages = db.execute("SELECT count(*) FROM passages").fetchone()[0]
    total = db.execute("SELECT sum(cnt) FROM rel_terms").fetchone()[0] or 0
    signature.update(db, passages)
    for key, value in (
        ("related_passages", passages),
        ("related_articles", articles),
        ("related_avg_len", total / passages if passages else 1.0),
    ):
        db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, str(value)))


def _rebuild(db: sqlite3.Connection) -> None:
    postings.rebuild(db)
    db.execute("DELETE FROM rel_actors")
    db.execute(
        "INSERT INTO rel_actors SELECT actor, count(*), count(DISTINCT doc) "
        "FROM rel_passage_actors GROUP BY actor"
    )
    db.execute("DELETE FROM rel_terms")  # one walk of the vocabulary
    db.execute("INSERT INTO rel_terms SELECT term, doc, cnt FROM passages_vocab")


def _apply(db: sqlite3.Connection, dirty: list[tuple[str, int]]) -> None:
    """Update the rows of the changed articles `dirty` (doc, passages changed) only."""
    changed = postings.update(db, [doc for doc, _ in dirty])
    delta: dict[str, list[int]] = {}
    for old, new in changed.values():
        for found, sign in ((old, -1), (new, 1)):
            for actor, where in found.items():
                d = delta.setdefault(actor, [0, 0])
                d[0] += sign * len(postings.indexes(where))
                d[1] += sign
    _add(db, "rel_actors", "actor", "passages, articles", delta)
    _add(db, "rel_terms", "term", "df, cnt", vocab.delta(db, [doc for doc, text in dirty if text]))


def _add(db: sqlite3.Connection, table: str, key: str, columns: str,
         delta: dict[str, list[int]]) -> None:
    """Add `delta` (key -> two counts) to `table`; rows that reach 0 go."""
    keys = sorted(k for k, d in delta.items() if any(d))
    now: dict[str, tuple[int, int]] = {}
    for i in range(0, len(keys), 500):
        chunk = keys[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for k, a, b in db.execute(
            f"SELECT {key}, {columns} FROM {table} WHERE {key} IN ({marks})", chunk
        ):
            now[k] = (a, b)
    rows = []
    for k in keys:
        a, b = now.get(k, (0, 0))
        rows.append((k, a + delta[k][0], b + delta[k][1]))
    db.executemany(f"DELETE FROM {table} WHERE {key} = ?", ((k,) for k, a, _ in rows if a <= 0))
    db.executemany(
        f"INSERT OR REPLACE INTO {table} VALUES (?, ?, ?)", (r for r in rows if r[1] > 0)
    )
