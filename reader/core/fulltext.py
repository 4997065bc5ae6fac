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
    """Hits for `query`, best first; each snippet carries match offsets, not markup.

    Each distinct passage text is ranked once (`texts_fts`, see `reader.core.texts`);
    the hit names the passage it is read from and counts the other articles carrying it.
    """
    from reader.core.corpus import TextHit

    match = fts_query(query)
    if match is None:
        return []
    top = db.execute(  # snippets are made for the rows returned only
        "SELECT rowid, rank, snippet(texts_fts, 1, ?, ?, '…', 24) FROM texts_fts "
        "WHERE texts_fts MATCH ? ORDER BY rank LIMIT ?",
        (_OPEN, _CLOSE, match, limit),
    ).fetchall()
    if not top:
        return []
    where = {
        tid: (doc, idx, title, docs)
        for tid, doc, idx, title, docs in db.execute(
            "SELECT t.id, p.doc, p.idx, a.title, t.docs "
            "FROM texts t JOIN passages p ON p.id = t.pid JOIN articles a ON a.doc = p.doc "
            f"WHERE t.id IN ({','.join('?' * len(top))})",
            [tid for tid, _rank, _raw in top],
        )
    }
    hits = []
    for tid, rank, raw in top:
        if tid in where:
            doc, idx, title, docs = where[tid]
            snippet, spans = unmark(raw)
            hits.append(TextHit(doc, title, idx, snippet, spans, -rank, docs - 1))
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
