"""Provides full-text search over titles and passages (SQLite FTS5, BM25 ranking)."""

from __future__ import annotations

import re
import sqlite3

from reader.core.texts import SEARCHED

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

    Each distinct passage text is ranked once (see `reader.core.texts`): the hit names
    its first carrier and counts the other articles carrying it.
    """
    from reader.core.corpus import TextHit

    match = fts_query(query)
    if match is None:
        return []
    top = db.execute(  # snippets are made for the rows returned only
        "SELECT rowid, rank, snippet(passages_fts, 3, ?, ?, '…', 24), copy_body FROM passages_fts "
        "WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?",
        (_OPEN, _CLOSE, f"{SEARCHED} : ({match})", limit),
    ).fetchall()
    if not top:
        return []
    where = {
        pid: (doc, idx, title, docs)
        for pid, doc, idx, title, docs in db.execute(
            "SELECT p.id, p.doc, p.idx, a.title, t.docs FROM passages p "
            "JOIN articles a ON a.doc = p.doc JOIN texts t ON t.hash = p.hash "
            f"WHERE p.id IN ({','.join('?' * len(top))})",
            [pid for pid, *_ in top],
        )
    }
    hits = []
    for pid, rank, raw, copy in top:
        if pid not in where:  # (a text re-indexed while this query ran)
            continue
        doc, idx, title, docs = where[pid]
        # a copy found by its own headline: its passage, unmarked, is the snippet
        snippet, spans = unmark(raw) if raw else (_opening(copy), ())
        hits.append(TextHit(doc, title, idx, snippet, spans, -rank, docs - 1))
    return hits


def _opening(text: str, words: int = 24) -> str:
    """The first `words` words of `text`, "…" after them if there are more."""
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


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
