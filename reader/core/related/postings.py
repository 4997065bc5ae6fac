"""Provides which actors each passage names, read and written for the related layer.

`rel_passage_actors` (actor, pid, doc, idx, n) is the posting list of every actor;
`rel_article_actors` holds one row per article, "actor<TAB> idx idx " lines, so the
actors of a few hundred candidate articles come back in one indexed read and are
checked without parsing every passage list ("f' {idx} ' in where").
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from reader.core.related.cache import LRU

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
    """Recompute both tables from the resolved mentions (inside a transaction)."""
    db.execute("DELETE FROM rel_passage_actors")
    db.execute("DELETE FROM rel_article_actors")
    rows = db.execute(
        "SELECT m.doc, p.id, p.idx, m.actor FROM mentions m JOIN passages p "
        "ON p.doc = m.doc AND m.start >= p.start AND m.start < p.end ORDER BY m.doc"
    )
    current = None
    counts: dict[tuple[str, int, int], int] = defaultdict(int)

    def flush() -> None:
        if current is None:
            return
        by_actor: dict[str, set[int]] = defaultdict(set)
        for actor, _pid, idx in counts:
            by_actor[actor].add(idx)
        db.executemany(
            "INSERT INTO rel_passage_actors VALUES (?, ?, ?, ?, ?)",
            [(actor, pid, current, idx, n) for (actor, pid, idx), n in counts.items()],
        )
        db.execute("INSERT INTO rel_article_actors VALUES (?, ?)", (current, encode(by_actor)))
        counts.clear()

    for doc, pid, idx, actor in rows:
        if doc != current:
            flush()
            current = doc
        counts[(actor, pid, idx)] += 1
    flush()


def article_actors(
    db: sqlite3.Connection, docs: list[str], cache: LRU | None = None
) -> dict[str, ArticleActors]:
    """The actors of each of `docs` by passage (articles naming none are left out)."""
    out: dict[str, ArticleActors] = {}
    missing = []
    for doc in docs:
        found = cache.get(doc) if cache is not None else None
        if found is None:
            missing.append(doc)
        else:
            out[doc] = found
    for i in range(0, len(missing), 500):
        chunk = missing[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for doc, text in db.execute(
            f"SELECT doc, actors FROM rel_article_actors WHERE doc IN ({marks})", chunk
        ):
            out[doc] = decode(text)
            if cache is not None:
                cache.put(doc, out[doc])
    return out
