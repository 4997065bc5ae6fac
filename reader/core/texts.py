"""Provides distinct passage texts: full-text search ranks each one once.

The same wire story carried by several outlets gives identical passages. Every passage
keeps its row in `passages_fts` (the related-passage layer reads them all), but only
the first carrier of a text has it in the `body` column; later carriers hold it in
`copy_body`. An article's title rides on its first passage's row: in `title`, or in
`copy_title` when that passage is a copy whose first carrier shows the same title.
Full-text search matches `{title body}`, so it ranks each distinct text once, and
`texts` counts the articles carrying it ("also in N articles"). A text is keyed by a
64-bit hash of the passage; `passages.hash` points to it, and `texts.pid` names the
passage whose row holds it in `body`.

When that passage goes while other articles still carry the text, `pid` waits as NULL
until the next carrier arrives or `repair()` promotes one at the end of an index run.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence

FTS_COLUMNS = "doc, idx, title, body, copy_title, copy_body"
TOKENIZE = "unicode61 remove_diacritics 2"
SEARCHED = "{title body}"  # the columns full-text search matches: first carriers only


def key(body: str) -> int:
    """The 64-bit content hash of a passage text."""
    digest = hashlib.md5(body.encode(), usedforsecurity=False).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def add(db: sqlite3.Connection, doc: str, items: Sequence[tuple[int, int, str, str]]) -> list[int]:
    """Index the passages (id, idx, title, body) of the new article `doc`; their hashes."""
    keys = [key(body) for _pid, _idx, _title, body in items]
    known = {h: pid for h, (pid, _docs) in _known(db, set(keys)).items()}
    here: set[int] = set()
    new, more, waiting, rows = [], [], [], []
    for (pid, idx, title, body), h in zip(items, keys, strict=True):
        if h in here:  # repeated within the article
            first = False
        elif h in known:  # carried by another article: a copy, unless the text waits
            first = known[h] is None
            more.append((h,))
            if first:
                waiting.append((pid, h))
        else:
            first = True
            new.append((h, pid))
        here.add(h)
        if first:
            rows.append((pid, doc, idx, title, body, "", ""))
        elif title and title != _shown_title(db, known.get(h)):
            rows.append((pid, doc, idx, title, "", "", body))  # its own title is searched
        else:
            rows.append((pid, doc, idx, "", "", title, body))
    db.executemany("INSERT INTO texts(hash, pid, docs) VALUES (?, ?, 1)", new)
    db.executemany("UPDATE texts SET docs = docs + 1 WHERE hash = ?", more)
    db.executemany("UPDATE texts SET pid = ? WHERE hash = ?", waiting)
    db.executemany(
        f"INSERT INTO passages_fts(rowid, {FTS_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)", rows
    )
    return keys


def _known(db: sqlite3.Connection, hashes: set[int]) -> dict[int, tuple[int | None, int]]:
    """hash -> (pid, docs) of the texts among `hashes` that are indexed, 500 a query."""
    wanted = sorted(hashes)
    out: dict[int, tuple[int | None, int]] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(f"SELECT hash, pid, docs FROM texts WHERE hash IN ({marks})", chunk)
        out.update((h, (pid, docs)) for h, pid, docs in rows)
    return out


def _shown_title(db: sqlite3.Connection, pid: int | None) -> str | None:
    """The searched title on the row of passage `pid`."""
    if pid is None:
        return None
    row = db.execute("SELECT title FROM passages_fts WHERE rowid = ?", (pid,)).fetchone()
    return row[0] if row else None


def forget(db: sqlite3.Connection, doc: str) -> None:
    """Unindex the passages of article `doc` (call before its passages are deleted)."""
    rows = db.execute("SELECT id, hash FROM passages WHERE doc = ?", (doc,)).fetchall()
    if not rows:
        return
    gone = {pid for pid, _h in rows}
    for h, (pid, docs) in sorted(_known(db, {h for _pid, h in rows}).items()):
        if docs <= 1:
            db.execute("DELETE FROM texts WHERE hash = ?", (h,))
        else:
            pid = None if pid in gone else pid
            db.execute("UPDATE texts SET pid = ?, docs = ? WHERE hash = ?", (pid, docs - 1, h))
    db.execute(
        "DELETE FROM passages_fts WHERE rowid IN (SELECT id FROM passages WHERE doc = ?)", (doc,)
    )


def repair(db: sqlite3.Connection) -> None:
    """Give every waiting text a carrier to be searched in (one scan of `passages`, only
    when a text waits; finding none is one probe of a partial index)."""
    if db.execute("SELECT 1 FROM texts WHERE pid IS NULL LIMIT 1").fetchone() is None:
        return
    promoted = db.execute(
        "SELECT p.hash, min(p.id) FROM passages p "
        "WHERE p.hash IN (SELECT hash FROM texts WHERE pid IS NULL) GROUP BY p.hash"
    ).fetchall()
    for h, pid in promoted:
        row = db.execute(
            "SELECT doc, idx, title || copy_title, copy_body FROM passages_fts WHERE rowid = ?",
            (pid,),
        ).fetchone()
        db.execute("DELETE FROM passages_fts WHERE rowid = ?", (pid,))
        db.execute(
            f"INSERT INTO passages_fts(rowid, {FTS_COLUMNS}) VALUES (?, ?, ?, ?, ?, '', '')",
            (pid, *row),
        )
        db.execute("UPDATE texts SET pid = ? WHERE hash = ?", (pid, h))
    db.execute("DELETE FROM texts WHERE pid IS NULL")  # no carrier left (not expected)


def migrate(db: sqlite3.Connection) -> None:
    """Store migration 7: rebuild `passages_fts` with copy columns, fill `texts`.

    Rebuilt from the stored article texts (nothing is parsed again); one pass over
    every passage.
    """
    db.execute("DROP TABLE passages_vocab")
    db.execute("DROP TABLE passages_fts")
    db.execute(f"CREATE VIRTUAL TABLE passages_fts USING fts5({_declared()})")
    db.execute("CREATE VIRTUAL TABLE passages_vocab USING fts5vocab(passages_fts, row)")
    # Title matches weigh 4x (read by ORDER BY rank); copies are never ranked.
    db.execute(
        "INSERT INTO passages_fts(passages_fts, rank) VALUES ('rank', 'bm25(0, 0, 4, 1, 0, 0)')"
    )
    db.execute("ALTER TABLE passages ADD COLUMN hash INT")
    db.execute("CREATE TABLE texts(hash INTEGER PRIMARY KEY, pid INT, docs INT NOT NULL)")
    db.execute("CREATE INDEX texts_waiting ON texts(hash) WHERE pid IS NULL")
    docs = db.execute("SELECT doc, title, text FROM articles ORDER BY file, seq").fetchall()
    for doc, title, text in docs:
        spans = db.execute(
            "SELECT id, idx, start, end FROM passages WHERE doc = ? ORDER BY idx", (doc,)
        ).fetchall()
        items = [(pid, idx, title if idx == 0 else "", text[s:e]) for pid, idx, s, e in spans]
        if items:
            keys = add(db, doc, items)
            db.executemany(
                "UPDATE passages SET hash = ? WHERE id = ?",
                [(h, pid) for (pid, *_), h in zip(items, keys, strict=True)],
            )


def _declared() -> str:
    unindexed = {"doc", "idx"}
    cols = [f"{c} UNINDEXED" if c in unindexed else c for c in FTS_COLUMNS.split(", ")]
    return ", ".join(cols) + f", tokenize='{TOKENIZE}'"
