"""Provides the writing of an actor resolution into the store: only what changed.

A resolution assigns an actor to each distinct raw mention (text, kind, key, role), and
per article, for the choices cross-article context made, to an (in-article key, kind).
The new assignment of every raw mention is compared with the `mentions` table in one
SQL pass; only rows whose actor changed are written, and only the actors and articles
they touch (or whose counts moved because articles went) are rewritten. The result is
the store a full rewrite gives. Documents whose mentions changed are marked for the
related-passage layer (`changes.mark_docs`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping

from reader.core.model import Actor, RawMention
from reader.core.quotes import stored as quotes


def write(
    db: sqlite3.Connection,
    distinct: list[tuple[RawMention, int]],
    assign: list[list[str | None]],
    context: Mapping[str, Mapping[tuple[str, str], str]],
    actors: Mapping[str, Actor],
) -> set[str]:
    """Store a resolution: `assign` holds the actor of each of `distinct` (as a list of
    one, or empty/None: dropped), `context` the per-article picks; the documents whose
    mentions changed."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS resolved(text, kind, key, role, actor)")
    db.execute("CREATE INDEX IF NOT EXISTS temp.resolved_key ON resolved(text, kind, key, role)")
    db.execute("CREATE TEMP TABLE IF NOT EXISTS picked(doc, key, kind, actor)")
    db.execute("CREATE INDEX IF NOT EXISTS temp.picked_key ON picked(doc, key, kind)")
    db.execute("DELETE FROM resolved")
    db.execute("DELETE FROM picked")
    db.executemany(
        "INSERT INTO resolved VALUES (?, ?, ?, ?, ?)",
        (
            (m.text, m.kind, m.key, m.role, found[0])
            for (m, _), found in zip(distinct, assign, strict=True)
            if found and found[0] is not None
        ),
    )
    db.executemany(
        "INSERT INTO picked VALUES (?, ?, ?, ?)",
        ((doc, key, kind, actor) for doc, picks in context.items()
         for (key, kind), actor in picks.items()),
    )
    changed = db.execute(  # every raw mention whose stored row differs from its new one
        "SELECT r.doc, r.seq, r.start, r.end, r.text, "
        "CASE WHEN x.actor IS NULL THEN NULL ELSE coalesce(p.actor, x.actor) END AS new, "
        "m.actor FROM raw_mentions r "
        "LEFT JOIN resolved x ON x.text = r.text AND x.kind = r.kind AND x.key = r.key "
        "AND x.role IS r.role "
        "LEFT JOIN picked p ON p.doc = r.doc AND p.key = r.key AND p.kind = r.kind "
        "LEFT JOIN mentions m ON m.doc = r.doc AND m.seq = r.seq "
        "WHERE new IS NOT m.actor OR (m.actor IS NOT NULL AND "
        "(m.start IS NOT r.start OR m.end IS NOT r.end OR m.text IS NOT r.text))"
    ).fetchall()
    db.executemany(
        "DELETE FROM mentions WHERE doc = ? AND seq = ?",
        ((doc, seq) for doc, seq, *_rest, new, _old in changed if new is None),
    )
    db.executemany(
        "INSERT OR REPLACE INTO mentions VALUES (?, ?, ?, ?, ?, ?)",
        (row[:6] for row in changed if row[5] is not None),
    )
    touched = {a for row in changed for a in row[5:] if a is not None}
    _write_actors(db, actors, touched)
    docs = {row[0] for row in changed}
    db.executemany(
        "UPDATE articles SET n_actors = "
        "(SELECT count(DISTINCT actor) FROM mentions WHERE mentions.doc = ?) WHERE doc = ?",
        ((doc, doc) for doc in sorted(docs)),
    )
    quotes.index_speakers(db)
    return docs


def _write_actors(db: sqlite3.Connection, actors: Mapping[str, Actor], touched: set[str]) -> None:
    """Bring the `actors` table to the resolution: counts and aliases are recomputed for
    the actors `touched` by changed mentions and those whose counts moved (articles
    removed); other rows are rewritten only when their name, kind or roles changed."""
    counts = {
        actor: (n, docs)
        for actor, n, docs in db.execute(
            "SELECT actor, count(*), count(DISTINCT doc) FROM mentions GROUP BY actor"
        )
    }
    old = {
        row[0]: row
        for row in db.execute(
            "SELECT id, name, kind, mentions, articles, aliases, roles FROM actors"
        )
    }
    stale = touched | {a for a, row in old.items() if counts.get(a) != tuple(row[3:5])}
    stale |= set(counts) - set(old)  # not expected: mentions of an actor never stored
    aliases: dict[str, str] = {}
    for actor in sorted(stale & set(counts)):
        rows = db.execute(
            "SELECT text, count(*) FROM mentions WHERE actor = ? GROUP BY text "
            "ORDER BY count(*) DESC, text",
            (actor,),
        )
        aliases[actor] = json.dumps(dict(rows))
    want = {}
    for a in actors.values():
        if a.id not in counts:
            continue
        alias = aliases.get(a.id) or old[a.id][5]  # neither touched nor moved: as stored
        want[a.id] = (a.id, a.name, a.kind, *counts[a.id], alias, json.dumps(list(a.roles)))
    db.executemany(
        "DELETE FROM actors WHERE id = ?", ((a,) for a in sorted(set(old) - set(want)))
    )
    db.executemany(
        "INSERT OR REPLACE INTO actors VALUES (?, ?, ?, ?, ?, ?, ?)",
        (row for a, row in sorted(want.items()) if old.get(a) != row),
    )
