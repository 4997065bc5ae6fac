"""Provides the writing of an actor resolution into the store: only what changed.

A resolution assigns an actor to each distinct raw mention (text, kind, key, role), and
per article, for the choices cross-article context made, to an (in-article key, kind).
The new assignment of every raw mention is compared with the `mentions` table in one
SQL pass; only rows whose actor changed are written, and only the actors and articles
they touch (or whose counts moved because articles went) are rewritten. The result is
the store a full rewrite gives. The resolution written is kept (`resolved_prev`,
`picked_prev`) with the articles stored since (`unresolved`) and the spellings their
actors lost with the articles dropped since (`actor_losses`), so that the next one
compares only the raw mentions that can have changed and counts only the actors they touch.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Mapping

from reader.core.model import Actor, RawMention
from reader.core.quotes import stored as quotes

MIGRATION = """
CREATE TABLE resolved_prev(mention TEXT PRIMARY KEY, actor TEXT) WITHOUT ROWID;
CREATE TABLE picked_prev(doc TEXT NOT NULL, key TEXT NOT NULL, kind TEXT NOT NULL,
    actor TEXT NOT NULL, PRIMARY KEY(doc, key, kind)) WITHOUT ROWID;
CREATE TABLE unresolved(doc TEXT PRIMARY KEY) WITHOUT ROWID;
"""

# The spellings (text, count) each actor lost with the articles dropped since the last
# resolution; a store from before starts with one full comparison.
LOSSES_MIGRATION = """
CREATE TABLE actor_losses(actor TEXT NOT NULL, text TEXT NOT NULL, n INT NOT NULL);
DELETE FROM meta WHERE key = 'resolution_kept';
"""

_NEW = "CASE WHEN x.actor IS NULL THEN NULL ELSE coalesce(p.actor, x.actor) END"
_JOINS = (
    "LEFT JOIN resolved x ON x.text = r.text AND x.kind = r.kind AND x.key = r.key "
    "AND x.role IS r.role "
    "LEFT JOIN picked p ON p.doc = r.doc AND p.key = r.key AND p.kind = r.kind "
    "LEFT JOIN mentions m ON m.doc = r.doc AND m.seq = r.seq "
    "WHERE new IS NOT m.actor OR (m.actor IS NOT NULL AND "
    "(m.start IS NOT r.start OR m.end IS NOT r.end OR m.text IS NOT r.text))"
)


def _kept(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM meta WHERE key = 'resolution_kept'").fetchone() is not None


def stored(db: sqlite3.Connection, doc: str) -> None:
    """Record that the raw mentions of article `doc` were stored since the last resolution."""
    if _kept(db):
        db.execute("INSERT OR IGNORE INTO unresolved VALUES (?)", (doc,))


def dropped(db: sqlite3.Connection, doc: str) -> None:
    """Record what the actors of article `doc` lose with it (before its mentions go)."""
    if _kept(db):
        db.execute(
            "INSERT INTO actor_losses SELECT actor, text, count(*) FROM mentions "
            "WHERE doc = ? GROUP BY actor, text",
            (doc,),
        )


def write(
    db: sqlite3.Connection,
    distinct: list[tuple[RawMention, int]],
    assign: list[list[str | None]],
    context: Mapping[str, Mapping[tuple[str, str], str]],
    actors: Mapping[str, Actor],
    full: bool = False,
) -> set[str]:
    """Store a resolution: `assign` holds the actor of each of `distinct` (as a list of
    one, or empty/None: dropped), `context` the per-article picks; the documents whose
    mentions changed.

    Unless `full` (the user's fixes changed: a mention may leave or join the actors) or
    no earlier resolution is kept, only the raw mentions that can have a new actor are
    compared: those of articles stored since, of articles whose picks changed, and those
    whose (text, kind, key, role) changed actor, found through their old actor.
    """
    resolved = {  # every distinct mention -> its actor (None: dropped)
        json.dumps([m.text, m.kind, m.key, m.role]): found[0] if found else None
        for (m, _), found in zip(distinct, assign, strict=True)
    }
    picked = {
        (doc, key, kind): actor
        for doc, picks in context.items() for (key, kind), actor in picks.items()
    }
    db.execute("CREATE TEMP TABLE IF NOT EXISTS resolved(text, kind, key, role, actor)")
    db.execute("CREATE INDEX IF NOT EXISTS temp.resolved_key ON resolved(text, kind, key, role)")
    db.execute("CREATE TEMP TABLE IF NOT EXISTS picked(doc, key, kind, actor)")
    db.execute("CREATE INDEX IF NOT EXISTS temp.picked_key ON picked(doc, key, kind)")
    db.execute("DELETE FROM resolved")
    db.execute("DELETE FROM picked")
    db.executemany(
        "INSERT INTO resolved VALUES (?, ?, ?, ?, ?)",
        ((*json.loads(m), actor) for m, actor in resolved.items() if actor is not None),
    )
    db.executemany("INSERT INTO picked VALUES (?, ?, ?, ?)", (k + (a,) for k, a in picked.items()))
    select = (f"SELECT r.doc, r.seq, r.start, r.end, r.text, {_NEW} AS new, m.actor AS old, "
              "m.text AS old_text ")
    stored_since = None if full or not _kept(db) else _candidates(db, resolved, picked)
    source = "FROM raw_mentions r " if stored_since is None else (
        "FROM cand c JOIN raw_mentions r ON r.doc = c.doc AND r.seq = c.seq ")
    # The changed rows stay in SQL: a first index changes every mention of the corpus.
    db.execute("DROP TABLE IF EXISTS temp.changed")
    db.execute("CREATE TEMP TABLE changed AS " + select + source + _JOINS)
    db.execute(
        "DELETE FROM mentions WHERE (doc, seq) IN "
        "(SELECT doc, seq FROM changed WHERE new IS NULL)"
    )
    db.execute(
        "INSERT OR REPLACE INTO mentions "
        "SELECT doc, seq, start, end, text, new FROM changed WHERE new IS NOT NULL"
    )
    _keep(db, resolved, picked)
    touched = {a for (a,) in db.execute(
        "SELECT new FROM changed WHERE new IS NOT NULL UNION SELECT old FROM changed "
        "WHERE old IS NOT NULL")}
    moves: dict[str, Counter[str]] = {}  # actor -> spellings gained (lost: negative)
    for actor, text, n in db.execute(
        "SELECT new, text, count(*) FROM changed WHERE new IS NOT NULL GROUP BY 1, 2 UNION ALL "
        "SELECT old, old_text, -count(*) FROM changed WHERE old IS NOT NULL GROUP BY 1, 2"
    ):
        moves.setdefault(actor, Counter())[text] += n
    _write_actors(db, actors, touched, moves, whole=stored_since is None)
    docs = {d for (d,) in db.execute("SELECT DISTINCT doc FROM changed")}
    db.execute(
        "UPDATE articles SET n_actors = "
        "(SELECT count(DISTINCT actor) FROM mentions WHERE mentions.doc = articles.doc) "
        "WHERE doc IN (SELECT doc FROM changed)"
    )
    db.execute("DROP TABLE temp.changed")
    quotes.index_speakers(db, None if stored_since is None else sorted(docs | stored_since))
    return docs


def _candidates(
    db: sqlite3.Connection, resolved: dict[str, str | None],
    picked: dict[tuple[str, str, str], str],
) -> set[str] | None:
    """Fill temp table `cand` with the raw mentions that can have a new actor (see
    `write`); the articles stored since, or None when the mentions cannot be told
    apart (a dropped mention came back).

    A mention outside the articles stored since and those with picks has the actor of
    its (text, kind, key, role) in the kept resolution: when that changed, it is found
    among the mentions of that old actor. One whose (text, kind, key, role) the kept
    resolution lacks is new: in an article stored since.
    """
    db.execute("CREATE TEMP TABLE IF NOT EXISTS cand(doc, seq, PRIMARY KEY(doc, seq))")
    db.execute("CREATE TEMP TABLE IF NOT EXISTS moved(text, kind, key, role)")
    db.execute("CREATE INDEX IF NOT EXISTS temp.moved_key ON moved(text, kind, key, role)")
    db.execute("DELETE FROM cand")
    db.execute("DELETE FROM moved")
    old = dict(db.execute("SELECT mention, actor FROM resolved_prev"))
    moved = {m: a for m, a in old.items() if resolved.get(m) != a}
    if any(a is None for a in moved.values()):
        return None
    before = {(d, k, kind): a for d, k, kind, a in db.execute("SELECT * FROM picked_prev")}
    docs = {key[0] for key in before.keys() | picked.keys() if before.get(key) != picked.get(key)}
    since = {d for (d,) in db.execute("SELECT doc FROM unresolved")}
    docs |= since
    db.executemany(
        "INSERT OR IGNORE INTO cand SELECT doc, seq FROM raw_mentions WHERE doc = ?",
        ((d,) for d in sorted(docs)),
    )
    db.executemany("INSERT INTO moved VALUES (?, ?, ?, ?)", (json.loads(m) for m in moved))
    db.executemany(
        "INSERT OR IGNORE INTO cand SELECT m.doc, m.seq FROM mentions m "
        "JOIN raw_mentions r ON r.doc = m.doc AND r.seq = m.seq WHERE m.actor = ? AND EXISTS "
        "(SELECT 1 FROM moved v WHERE v.text = r.text AND v.kind = r.kind AND v.key = r.key "
        "AND v.role IS r.role)",
        ((a,) for a in sorted(set(moved.values()))),
    )
    return since


def _keep(db: sqlite3.Connection, resolved: dict[str, str | None],
          picked: dict[tuple[str, str, str], str]) -> None:
    """Keep this resolution for the next one to compare with."""
    db.execute("DELETE FROM resolved_prev")
    db.execute("DELETE FROM picked_prev")
    db.execute("DELETE FROM unresolved")
    db.executemany("INSERT INTO resolved_prev VALUES (?, ?)", sorted(resolved.items()))
    db.executemany(
        "INSERT INTO picked_prev VALUES (?, ?, ?, ?)", (k + (a,) for k, a in picked.items())
    )
    db.execute("INSERT OR REPLACE INTO meta VALUES ('resolution_kept', '1')")


def _write_actors(db: sqlite3.Connection, actors: Mapping[str, Actor], touched: set[str],
                  moves: dict[str, Counter[str]], whole: bool) -> None:
    """Bring the `actors` table to the resolution: counts and aliases are recomputed for
    the actors `touched` by changed mentions and those that lost mentions with dropped
    articles; other rows are rewritten only when their name, kind or roles changed.

    A touched actor whose new count is its old one plus the changed mentions' `moves` and
    its losses has as aliases the stored ones plus those. Unless `whole` (every mention
    was compared), only the touched actors' mentions are counted."""
    old = {
        row[0]: row
        for row in db.execute(
            "SELECT id, name, kind, mentions, articles, aliases, roles FROM actors"
        )
    }
    for actor, text, n in db.execute("SELECT actor, text, sum(n) FROM actor_losses GROUP BY 1, 2"):
        moves.setdefault(actor, Counter())[text] -= n
    db.execute("DELETE FROM actor_losses")
    counts = _counts(db, None if whole else touched | set(moves), old)
    stale = touched | {a for a, row in old.items() if counts.get(a) != tuple(row[3:5])}
    stale |= set(counts) - set(old)  # not expected: mentions of an actor never stored
    stale &= set(counts)
    aliases: dict[str, str] = {}
    if whole and len(stale) > len(counts) // 4:  # a first index: one pass over every mention
        spelt: dict[str, dict[str, int]] = {}
        for actor, text, n in db.execute(
            "SELECT actor, text, count(*) FROM mentions GROUP BY actor, text "
            "ORDER BY actor, count(*) DESC, text"
        ):
            spelt.setdefault(actor, {})[text] = n
        aliases = {a: json.dumps(spelt[a]) for a in stale}
    for actor in sorted(stale - set(aliases)):
        moved = moves.get(actor, Counter())
        before = old.get(actor, (actor, "", "", 0, 0, "{}", "[]"))
        if counts[actor][0] == before[3] + sum(moved.values()):
            now = Counter(json.loads(before[5]))
            now.update(moved)
            ranked = sorted((tn for tn in now.items() if tn[1] > 0), key=lambda tn: (-tn[1], tn[0]))
            aliases[actor] = json.dumps(dict(ranked))
            continue
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


def _counts(db: sqlite3.Connection, only: set[str] | None,
            old: dict[str, tuple]) -> dict[str, tuple[int, int]]:
    """Mentions and articles of each actor that has any: counted for every actor, or for
    `only` those (the others keep their stored counts)."""
    sql = "SELECT actor, count(*), count(DISTINCT doc) FROM mentions"
    if only is None:
        return {a: (n, docs) for a, n, docs in db.execute(sql + " GROUP BY actor")}
    counts = {a: (row[3], row[4]) for a, row in old.items() if a not in only}
    db.execute("CREATE TEMP TABLE IF NOT EXISTS counted(actor TEXT PRIMARY KEY)")
    db.execute("DELETE FROM counted")
    db.executemany("INSERT INTO counted VALUES (?)", ((a,) for a in sorted(only)))
    counts.update((a, (n, docs)) for a, n, docs in db.execute(
        sql + " WHERE actor IN (SELECT actor FROM counted) GROUP BY actor"))
    return counts
