"""Provides article signatures: each article's most characteristic terms, for a cheap
article-to-article similarity (two reports of the same event share many of them).

A signature is the article's TOP_TERMS content terms by tf-idf, L2-normalised, stored
as the terms (newline-separated) and a packed float32 array in `rel_signatures`. Only
articles that are new or were re-indexed (their articles rowid changed) are computed.
"""

from __future__ import annotations

import math
import sqlite3
from array import array
from collections import Counter
from collections.abc import Collection

from reader.core.related.cache import LRU, load_by_doc
from reader.core.related.terms import content_terms

TOP_TERMS = 40

Signature = dict[str, float]


def compute(text: str | Counter[str], df: dict[str, int], passages: int) -> Signature:
    """The signature of an article's `text` (or its `content_terms`), given passage
    frequencies `df`."""
    found = content_terms(text) if isinstance(text, str) else text
    weights = {
        t: (1.0 + math.log(c)) * math.log(1.0 + passages / df.get(t, 1))
        for t, c in found.items()
    }
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {t: w / norm for t, w in top}


def similarity(a: Signature, b: Signature) -> float:
    """Cosine similarity of two signatures (0..1)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b[k] for k, w in a.items() if k in b)


def centrality(terms: Collection[str], sig: Signature) -> float:
    """How much of an article's signature a passage with `terms` carries (0..1)."""
    if not terms or not sig:
        return 0.0
    return sum(w for t, w in sig.items() if t in terms) / math.sqrt(len(terms))


def load(db: sqlite3.Connection, docs: list[str], cache: LRU | None = None) -> dict[str, Signature]:
    """Signatures of `docs` (those that have one), through `cache` when given."""
    return load_by_doc(
        db,
        docs,
        cache,
        "SELECT doc, terms, weights FROM rel_signatures WHERE doc IN ({marks})",
        _decode,
    )


def _decode(row: tuple) -> Signature:
    _, terms, weights = row
    values = array("f")
    values.frombytes(weights)
    return dict(zip(terms.split("\n"), values, strict=True)) if terms else {}


def update(db: sqlite3.Connection, passages: int) -> int:
    """Compute the signatures that are missing or stale (inside a transaction); how many."""
    db.execute(
        "DELETE FROM rel_signatures WHERE NOT EXISTS (SELECT 1 FROM articles a "
        "WHERE a.doc = rel_signatures.doc AND a.rowid = rel_signatures.article)"
    )
    todo = [r[0] for r in db.execute(
        "SELECT a.rowid FROM articles a WHERE NOT EXISTS "
        "(SELECT 1 FROM rel_signatures s WHERE s.doc = a.doc)"
    )]
    if not todo:
        return 0
    few = len(todo) <= _FEW  # a few new articles need not read a large vocabulary
    df = None if few else dict(db.execute("SELECT term, df FROM rel_terms"))
    for i in range(0, len(todo), _FEW):  # texts a chunk at a time: a first open at 100,000
        chunk = todo[i : i + _FEW]
        marks = ",".join("?" * len(chunk))
        articles = db.execute(
            f"SELECT rowid, doc, title, text FROM articles WHERE rowid IN ({marks})", chunk
        ).fetchall()
        terms = [content_terms(f"{title}\n{text}") for _rowid, _doc, title, text in articles]
        freq = df if df is not None else _frequencies(db, terms)
        rows = []
        for (rowid, doc, _title, _text), found in zip(articles, terms, strict=True):
            sig = compute(found, freq, passages)
            rows.append((doc, rowid, "\n".join(sig), array("f", sig.values()).tobytes()))
        db.executemany("INSERT INTO rel_signatures VALUES (?, ?, ?, ?)", rows)
    return len(todo)


_FEW = 500  # articles per chunk, and at most this many new ones read only their terms' counts


def _frequencies(db: sqlite3.Connection, terms: list[Counter[str]]) -> dict[str, int]:
    """The passage frequencies of the terms of a few articles."""
    wanted = sorted(set().union(*terms))
    df: dict[str, int] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        marks = ",".join("?" * len(chunk))
        df.update(db.execute(f"SELECT term, df FROM rel_terms WHERE term IN ({marks})", chunk))
    return df
