"""Provides candidate passages for a query, never from its own article.

Two sources: passages holding the query's rarest shared terms (each term's FTS5 posting
list read without ranking, which is what costs; rows voted for by the idf of the terms
they hold, under a budget of postings), and passages naming the query's rarest actors.
Text comes from the FTS table by passage id, actors from `postings`.
"""

from __future__ import annotations

import heapq
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass, field

from reader.core.related.cache import LRU
from reader.core.related.index import Stats
from reader.core.related.postings import article_actors
from reader.core.related.query import Query

FTS_TERMS = 12  # rarest shared query terms whose postings are read
POSTINGS = 3000  # postings read at most over those terms (the first term always)
FTS_LIMIT = 150  # passages kept from the term votes
ACTOR_POSTINGS = 3  # rarest query actors whose passages are added
ACTOR_LIMIT = 100  # passages taken per such actor


@dataclass(slots=True)
class Candidate:
    """A passage that may be related, with what scoring needs."""

    pid: int
    doc: str
    idx: int
    text: str = ""
    actors: set[str] = field(default_factory=set)
    article_actors: set[str] = field(default_factory=set)
    score: float = 0.0
    cites: bool = False  # a cross-reference line naming the query's article


def gather(db: sqlite3.Connection, stats: Stats, q: Query) -> dict[int, Candidate]:
    """Candidates keyed by passage id, text and actors filled in."""
    own = {pid for (pid,) in db.execute("SELECT id FROM passages WHERE doc = ?", (q.doc,))}
    votes = _term_votes(db, q, own)
    # most votes first, then the lowest id: plain tuples compare faster than a key call
    pids = [-p for _, p in heapq.nlargest(FTS_LIMIT, ((v, -p) for p, v in votes.items()))]
    found: dict[int, Candidate] = {}
    for actor in sorted(q.actors, key=lambda a: (-q.actors[a], a))[:ACTOR_POSTINGS]:
        rows = db.execute(
            "SELECT pid, doc, idx FROM rel_passage_actors WHERE actor = ? AND doc != ? LIMIT ?",
            (actor, q.doc, ACTOR_LIMIT),
        )
        for pid, doc, idx in rows:
            found[pid] = Candidate(pid, doc, idx)
    pids = sorted(set(pids) | set(found))
    found = {c.pid: c for c in load_passages(db, pids)}
    fill_actors(db, found.values(), q.article_actors, stats.caches.actors)
    return found


def _term_votes(db: sqlite3.Connection, q: Query, own: set[int]) -> dict[int, float]:
    shared = sorted((t for t in q.terms if q.elsewhere[t] > 0), key=lambda t: (q.elsewhere[t], t))
    votes: dict[int, float] = {}
    spent = 0
    for n, term in enumerate(shared[:FTS_TERMS]):
        if n and spent + q.df[term] > POSTINGS:
            break
        weight = q.terms[term]
        rows = db.execute(
            "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?",
            (f'"{term}"', POSTINGS),
        )
        get = votes.get
        for (pid,) in rows:
            votes[pid] = get(pid, 0.0) + weight
        spent += q.df[term]
    for pid in own:
        votes.pop(pid, None)
    return votes


def load_passages(db: sqlite3.Connection, pids: list[int]) -> list[Candidate]:
    """Candidates (doc, passage index, text) for passage ids.

    Read from the FTS table's own content table (FTS5 names its columns c0, c1, … in
    the order `passages_fts` declares them: doc, idx, title, body, copy_title,
    copy_body; a passage's body is in one of the two body columns, see `texts`): by id,
    that is ~9× faster than the same rows through the FTS5 module, which looks each one
    up apart.
    """
    out: list = []
    for i in range(0, len(pids), 500):
        chunk = pids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            "SELECT id, c0, c1, c3 || c5 FROM passages_fts_content "
            f"WHERE id IN ({marks}) ORDER BY id",
            chunk,
        )
        out.extend(Candidate(pid, doc, idx, body) for pid, doc, idx, body in rows)
    return out


def fill_actors(
    db: sqlite3.Connection,
    found: Collection[Candidate],
    wanted: Collection[str] | None = None,
    cache: LRU | None = None,
) -> None:
    """Set the actors of each candidate passage and article (only `wanted` ones if given)."""
    by_doc = article_actors(db, sorted({c.doc for c in found}), cache)
    none: dict[str, str] = {}
    shared: dict[int, set[str]] = {}  # by id of the article's actors (copies share them)
    passage: dict[tuple[int, int], set[str]] = {}
    for c in found:
        named = by_doc.get(c.doc, none)
        if id(named) not in shared:
            shared[id(named)] = set(named) if wanted is None else {a for a in wanted if a in named}
        c.article_actors = shared[id(named)]
        if (id(named), c.idx) not in passage:
            mark = f" {c.idx} "
            passage[id(named), c.idx] = {a for a in c.article_actors if mark in named[a]}
        c.actors = passage[id(named), c.idx]


def locate(db: sqlite3.Connection, doc: str, idx: int) -> tuple[int, int, str] | None:
    """(start, end, article title) of a passage."""
    return db.execute(
        "SELECT p.start, p.end, a.title FROM passages p JOIN articles a ON a.doc = p.doc "
        "WHERE p.doc = ? AND p.idx = ?",
        (doc, idx),
    ).fetchone()
