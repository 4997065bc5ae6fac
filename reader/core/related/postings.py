"""Provides which actors each passage names, read and written for the related layer.

`rel_passage_actors` (actor, pid, doc, idx, n), indexed by actor, is the posting list
of every actor;
`rel_article_actors` holds one row per article, "actor<TAB> idx idx " lines, so the
actors of a few hundred candidate articles come back in one indexed read and are
checked without parsing every passage list ("f' {idx} ' in where").
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator

from reader.core.related.cache import LRU, load_by_doc

INDEX = "CREATE INDEX rel_passage_actors_actor ON rel_passage_actors(actor, n, pid, doc, idx)"

GROUP = "group:"  # the ids of generic groups ("police"): an actor id starts with its kind
ArticleActors = dict[str, str]  # actor -> " 0 3 5 ": the passages naming it


def encode(actors: dict[str, set[int]]) -> str:
    return "\n".join(
        f"{a}\t {' '.join(str(i) for i in sorted(where))} " for a, where in sorted(actors.items())
    )


def decode(text: str) -> ArticleActors:
    return dict(line.split("\t", 1) for line in text.split("\n") if line)


def indexes(where: str) -> list[int]:
    """The passage indexes of an `ArticleActors` value."""
    return [int(i) for i in where.split()]


def rebuild(db: sqlite3.Connection) -> None:
    """Recompute both tables from the resolved mentions (inside a transaction).

    Mentions and passages are both read in article order and merged (a mention belongs
    to the passage holding its start), several times faster than a range join; the
    postings index is dropped and built again after the load, faster than keeping it.
    """
    db.execute("DROP INDEX IF EXISTS rel_passage_actors_actor")
    db.execute("DELETE FROM rel_passage_actors")
    db.execute("DELETE FROM rel_article_actors")
    _load(
        db,
        db.execute("SELECT doc, id, idx, start, end FROM passages ORDER BY doc, idx"),
        db.execute("SELECT doc, start, actor FROM mentions ORDER BY doc, seq"),
    )
    db.execute(INDEX)


def update(
    db: sqlite3.Connection, docs: list[str]
) -> dict[str, tuple[ArticleActors, ArticleActors]]:
    """Recompute the rows of articles `docs` only (inside a transaction, `docs` sorted);
    for each of them that names an actor before or after, its (old, new) actors."""
    old = article_actors(db, docs)
    db.execute("CREATE TEMP TABLE IF NOT EXISTS rel_docs(doc TEXT PRIMARY KEY) WITHOUT ROWID")
    db.execute("DELETE FROM rel_docs")
    db.executemany("INSERT INTO rel_docs VALUES (?)", ((d,) for d in docs))
    for actor in sorted({a for found in old.values() for a in found}):
        db.execute(
            "DELETE FROM rel_passage_actors WHERE actor = ? AND doc IN (SELECT doc FROM rel_docs)",
            (actor,),
        )
    db.execute("DELETE FROM rel_article_actors WHERE doc IN (SELECT doc FROM rel_docs)")
    _load(
        db,
        db.execute(
            "SELECT p.doc, p.id, p.idx, p.start, p.end FROM rel_docs d "  # CROSS: d drives
            "CROSS JOIN passages p ON p.doc = d.doc ORDER BY p.doc, p.idx"
        ),
        db.execute(
            "SELECT m.doc, m.start, m.actor FROM rel_docs d "
            "CROSS JOIN mentions m ON m.doc = d.doc ORDER BY m.doc, m.seq"
        ),
    )
    new = article_actors(db, docs)
    return {d: (old.get(d, {}), new.get(d, {})) for d in docs if d in old or d in new}


def _load(db: sqlite3.Connection, spans: Iterator[tuple], mentions: Iterable[tuple]) -> None:
    """Insert the rows of the articles in `mentions`, both cursors in article order."""
    pending = next(spans, None)
    current: str | None = None
    starts: list[int] = []
    where: list[tuple[int, int, int]] = []  # (pid, idx, end) by passage
    counts: dict[tuple[str, int, int], int] = defaultdict(int)
    for doc, start, actor in mentions:
        if actor.startswith(GROUP):
            continue  # "police" in two articles says nothing of one story
        if doc != current:
            _flush(db, current, counts)
            current, starts, where = doc, [], []
            while pending is not None and pending[0] < doc:
                pending = next(spans, None)
            while pending is not None and pending[0] == doc:
                starts.append(pending[3])
                where.append((pending[1], pending[2], pending[4]))
                pending = next(spans, None)
        i = bisect_right(starts, start) - 1
        if i >= 0 and start < where[i][2]:
            counts[(actor, where[i][0], where[i][1])] += 1
    _flush(db, current, counts)


def _flush(db: sqlite3.Connection, doc: str | None, counts: dict) -> None:
    if doc is None or not counts:
        counts.clear()
        return
    by_actor: dict[str, set[int]] = defaultdict(set)
    for actor, _pid, idx in counts:
        by_actor[actor].add(idx)
    db.executemany(
        "INSERT INTO rel_passage_actors VALUES (?, ?, ?, ?, ?)",
        [(actor, pid, doc, idx, n) for (actor, pid, idx), n in counts.items()],
    )
    db.execute("INSERT INTO rel_article_actors VALUES (?, ?)", (doc, encode(by_actor)))
    counts.clear()


def article_actors(
    db: sqlite3.Connection, docs: list[str], cache: LRU | None = None
) -> dict[str, ArticleActors]:
    """The actors of each of `docs` by passage (articles naming none are left out).

    Copies of one story give the same rows: each distinct row is decoded once, and the
    copies share the (read-only) result.
    """
    decoded: dict[str, ArticleActors] = {}

    def one(row: tuple[str, str]) -> ArticleActors:
        found = decoded.get(row[1])
        if found is None:
            found = decoded[row[1]] = decode(row[1])
        return found

    return load_by_doc(
        db, docs, cache, "SELECT doc, actors FROM rel_article_actors WHERE doc IN ({marks})", one
    )
