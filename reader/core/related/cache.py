"""Provides small in-process caches of derived data, valid for one store generation.

Batch queries, and a reader moving through one story, meet the same articles again and
again: their signatures, actors and passage term counts are kept (least recently used
dropped), and so are the answers already given (a reader going back to a paragraph, a
UI that computed the next article's answer ahead). A new generation starts empty.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

SIGNATURES = 4_000  # articles (a few kB each)
PASSAGES = 10_000  # passage term counts (a few kB each)
ARTICLES = 64  # query articles: text, passages, terms (a few kB each)
RESULTS = 512  # answers to passage queries (a few kB each)
TERMS = 50_000  # passage frequencies of query terms (a few dozen bytes each)


class LRU(OrderedDict):
    """A dict that forgets its least recently used entries beyond `size`."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def get(self, key: Any, default: Any = None) -> Any:
        try:  # one step, so another thread evicting the key in between does no harm
            value = self[key]
            self.move_to_end(key)
        except KeyError:
            return default
        return value

    def put(self, key: Any, value: Any) -> None:
        self[key] = value
        with suppress(KeyError):  # another thread evicted it meanwhile
            self.move_to_end(key)
            while len(self) > self.size:
                self.popitem(last=False)


@dataclass
class Caches:
    """What one store generation's queries share."""

    signatures: LRU = field(default_factory=lambda: LRU(SIGNATURES))
    passages: LRU = field(default_factory=lambda: LRU(PASSAGES))  # by text
    actors: LRU = field(default_factory=lambda: LRU(SIGNATURES))  # per article
    articles: LRU = field(default_factory=lambda: LRU(ARTICLES))  # query article terms
    results: LRU = field(default_factory=lambda: LRU(RESULTS))  # (doc, passage, limit)
    terms: LRU = field(default_factory=lambda: LRU(TERMS))  # term -> passages holding it


_stores: LRU = LRU(2)


def for_store(db: sqlite3.Connection, generation: str) -> Caches:
    """The caches of the store behind `db` at `generation` (new ones when it moved on)."""
    path = db.execute("PRAGMA database_list").fetchone()[2] or f"memory:{id(db)}"
    key = (path, generation)
    found = _stores.get(key)
    if found is None:
        found = Caches()
        _stores.put(key, found)
    return found


def load_by_doc(
    db: sqlite3.Connection,
    docs: list[str],
    cache: LRU | None,
    sql: str,
    decode: Callable[[tuple], Any],
) -> dict[str, Any]:
    """`decode(row)` for each of `docs` that has a row, through `cache` when given.

    `sql` selects rows whose first column is the doc, with `{marks}` for the doc list.
    """
    out: dict[str, Any] = {}
    missing = []
    for doc in docs:
        found = cache.get(doc) if cache is not None else None
        if found is None:
            missing.append(doc)
        else:
            out[doc] = found
    for i in range(0, len(missing), 500):
        chunk = missing[i : i + 500]
        for row in db.execute(sql.format(marks=",".join("?" * len(chunk))), chunk):
            out[row[0]] = value = decode(row)
            if cache is not None:
                cache.put(row[0], value)
    return out
