"""Provides small in-process caches of derived data, valid for one store generation.

Batch queries, and a reader moving through one story, meet the same articles again and
again: their signatures, actors and passage term counts are kept (least recently used dropped).
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

SIGNATURES = 4_000  # articles (a few kB each)
PASSAGES = 10_000  # passage term counts (a few kB each)


class LRU(OrderedDict):
    """A dict that forgets its least recently used entries beyond `size`."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def get(self, key: Any, default: Any = None) -> Any:
        if key in self:
            self.move_to_end(key)
            return self[key]
        return default

    def put(self, key: Any, value: Any) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)


@dataclass
class Caches:
    """What one store generation's queries share."""

    signatures: LRU = field(default_factory=lambda: LRU(SIGNATURES))
    passages: LRU = field(default_factory=lambda: LRU(PASSAGES))
    actors: LRU = field(default_factory=lambda: LRU(SIGNATURES))  # per article


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
