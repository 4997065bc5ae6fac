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
    rows = db.execute(
        "SELECT f.doc, a.title, f.idx, snippet(passages_fts, 3, ?, ?, '…', 24), "
        "bm25(passages_fts, 0, 0, 4.0, 1.0) AS score "
        "FROM passages_fts f JOIN articles a ON a.doc = f.doc "
        "WHERE passages_fts MATCH ? ORDER BY score LIMIT ?",
        (_OPEN, _CLOSE, match, limit),
    ).fetchall()
    hits = []
    for doc, title, idx, raw, score in rows:
        snippet, marks = unmark(raw)
        hits.append(TextHit(doc, title, idx, snippet, marks, -score))
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
