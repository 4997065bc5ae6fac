"""Provides the derived data behind related passages, rebuilt when the corpus changes.

Tables (store migrations 2, 4, 6 and 8): `rel_passage_actors` and `rel_article_actors`
map passages to the actors they name (see `postings`); `rel_actors` counts the passages
and articles naming each actor; `rel_terms` copies the FTS vocabulary (passages holding
each term, and its occurrences); `rel_signatures` holds article signatures (see
`signature`). Corpus statistics (passages, articles, mean passage length) go to `meta`.
Everything is rebuilt in one transaction when the indexer's "generation" moves on.
"""

from __future__ import annotations

import math
import sqlite3
import threading
from dataclasses import dataclass, field

from reader.core.related import postings, signature
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
    """Rebuild on a connection of its own: readers sharing `db` keep their snapshot
    until the commit, and no statement of theirs holds a table the rebuild drops."""
    path = db.execute("PRAGMA database_list").fetchone()[2]
    writer = sqlite3.connect(path, isolation_level=None, timeout=60) if path else db
    try:
        writer.execute("BEGIN IMMEDIATE")
        try:
            _rebuild(writer)
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


def _rebuild(db: sqlite3.Connection) -> None:
    postings.rebuild(db)
    db.execute("DELETE FROM rel_actors")
    db.execute(
        "INSERT INTO rel_actors SELECT actor, count(*), count(DISTINCT doc) "
        "FROM rel_passage_actors GROUP BY actor"
    )
    passages = db.execute("SELECT count(*) FROM passages").fetchone()[0]
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    db.execute("DELETE FROM rel_terms")  # one walk of the vocabulary per generation
    db.execute("INSERT INTO rel_terms SELECT term, doc, cnt FROM passages_vocab")
    total = db.execute("SELECT sum(cnt) FROM rel_terms").fetchone()[0] or 0
    signature.update(db, passages)
    for key, value in (
        ("related_passages", passages),
        ("related_articles", articles),
        ("related_avg_len", total / passages if passages else 1.0),
    ):
        db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, str(value)))
