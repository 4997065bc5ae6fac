"""Provides full-text search over titles and passages (SQLite FTS5, BM25 ranking)."""

from __future__ import annotations

import re
import sqlite3

_WORD = re.compile(r"\w+", re.UNICODE)
_OPEN, _CLOSE = "\x02", "\x03"  # control characters never survive text normalisation


def fts_query(query: str) -> str | None:
    """A safe FTS5 query: every word quoted, the last one as a prefix."""
    words = _WORD.findall(query)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(db: sqlite3.Connection, query: str, limit: int = 50):
    """Hits for `query`, best first; each snippet carries match offsets, not markup."""
    from reader.core.corpus import TextHit

    match = fts_query(query)
    if match is None:
        return []
    top = db.execute(  # rank first; snippets only for the hits shown
        "SELECT rowid, rank FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?",
        (match, limit),
    ).fetchall()
    if not top:
        return []
    score = dict(top)
    placeholders = ",".join("?" * len(top))
    rows = db.execute(
        "SELECT f.rowid, f.doc, a.title, f.idx, snippet(passages_fts, 3, ?, ?, '…', 24) "
        "FROM passages_fts f JOIN articles a ON a.doc = f.doc "
        f"WHERE passages_fts MATCH ? AND f.rowid IN ({placeholders})",
        (_OPEN, _CLOSE, match, *score),
    ).fetchall()
    rows.sort(key=lambda r: (score[r[0]], r[0]))
    hits = []
    for rowid, doc, title, idx, raw in rows:
        snippet, spans = unmark(raw)
        hits.append(TextHit(doc, title, idx, snippet, spans, -score[rowid]))
    return hits


def unmark(raw: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Strip snippet markers, returning the plain text and the marked spans."""
    out: list[str] = []
    marks: list[tuple[int, int]] = []
    pos = 0
    start = None
    for ch in raw:
        if ch == _OPEN:
            start = pos
        elif ch == _CLOSE and start is not None:
            marks.append((start, pos))
            start = None
        else:
            out.append(ch)
            pos += 1
    return "".join(out), tuple(marks)
