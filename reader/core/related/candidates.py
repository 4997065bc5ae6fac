"""Provides candidate passages for a query: FTS5 matches of its rarest terms plus the
passages naming its rarest actors, with their text and actors, never from its own article.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from dataclasses import dataclass, field

from reader.core.related.index import Stats
from reader.core.related.query import Query
from reader.core.related.terms import fts_or

FTS_TERMS = 12  # rarest query terms OR'd into the FTS5 match
FTS_LIMIT = 150  # passages taken from the FTS5 match
ACTOR_POSTINGS = 3  # rarest query actors whose passages are added
ACTOR_LIMIT = 100  # passages taken per such actor


@dataclass(slots=True)
class Candidate:
    """A passage that may be related, with what scoring needs."""

    doc: str
    idx: int
    text: str = ""
    actors: set[str] = field(default_factory=set)
    article_actors: set[str] = field(default_factory=set)
    score: float = 0.0
    parts: dict | None = None


def gather(db: sqlite3.Connection, stats: Stats, q: Query) -> dict[tuple[str, int], Candidate]:
    """Candidates keyed by (doc, passage), text and actors filled in."""
    found: dict[tuple[str, int], Candidate] = {}
    shared = [t for t in q.terms if q.elsewhere[t] > 0]
    rare = sorted(shared, key=lambda t: (q.elsewhere[t], t))[:FTS_TERMS]
    if rare:
        rows = db.execute(
            "SELECT doc, idx, body FROM passages_fts WHERE passages_fts MATCH ? AND doc != ? "
            "ORDER BY rank LIMIT ?",
            (fts_or(rare), q.doc, FTS_LIMIT),
        )
        for doc, idx, body in rows:
            found[(doc, idx)] = Candidate(doc, idx, body)
    actors = sorted(q.actors, key=lambda a: -q.actors[a])[:ACTOR_POSTINGS]
    for actor in actors:
        rows = db.execute(
            "SELECT doc, idx FROM rel_passage_actors WHERE actor = ? AND doc != ? LIMIT ?",
            (actor, q.doc, ACTOR_LIMIT),
        )
        for doc, idx in rows:
            if (doc, idx) not in found:
                found[(doc, idx)] = Candidate(doc, idx)
    fill_text(db, [c for c in found.values() if not c.text])
    fill_actors(db, found, q.article_actors)
    return found


def fill_text(db: sqlite3.Connection, missing: list[Candidate]) -> None:
    for c in missing:
        row = db.execute(
            "SELECT substr(a.text, p.start + 1, p.end - p.start) FROM passages p "
            "JOIN articles a ON a.doc = p.doc WHERE p.doc = ? AND p.idx = ?",
            (c.doc, c.idx),
        ).fetchone()
        c.text = row[0] if row else ""


def fill_actors(
    db: sqlite3.Connection,
    found: dict[tuple[str, int], Candidate],
    wanted: Collection[str] | None = None,
) -> None:
    """Set the actors of each candidate passage and article (only `wanted` ones if given)."""
    docs = sorted({doc for doc, _ in found})
    by_doc: dict[str, set[str]] = {d: set() for d in docs}
    only = ""
    extra: list[str] = []
    if wanted is not None:
        if not wanted:
            return
        extra = sorted(wanted)
        only = f" AND actor IN ({','.join('?' * len(extra))})"
    for i in range(0, len(docs), 400):
        chunk = docs[i : i + 400]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT doc, idx, actor FROM rel_passage_actors WHERE doc IN ({marks}){only}",
            chunk + extra,
        )
        for doc, idx, actor in rows:
            by_doc[doc].add(actor)
            c = found.get((doc, idx))
            if c is not None:
                c.actors.add(actor)
    for (doc, _), c in found.items():
        c.article_actors = by_doc[doc]


def locate(db: sqlite3.Connection, doc: str, idx: int) -> tuple[int, int, str] | None:
    """(start, end, article title) of a passage."""
    return db.execute(
        "SELECT p.start, p.end, a.title FROM passages p JOIN articles a ON a.doc = p.doc "
        "WHERE p.doc = ? AND p.idx = ?",
        (doc, idx),
    ).fetchone()
