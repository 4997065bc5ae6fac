"""Provides related passages: what other articles say about the same actors and events.

Public API (the `Corpus` facade calls these):
    Related                          one ranked result (frozen dataclass)
    related_to_passage(db, doc, passage, limit)
    related_to_actor(db, actor_id, limit)
    related_to_article(db, doc, limit)

Derived data (passage -> actors, actor rarity, corpus statistics) is brought up to date
with the store whenever the indexer moves the store's "generation" on: in place for the
articles that changed (see `index.refresh`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.related.rank import related_to_actor, related_to_article, related_to_passage
    from reader.core.related.result import Related

__all__ = ["Related", "related_to_actor", "related_to_article", "related_to_passage"]
_HOME = {"Related": "result"} | dict.fromkeys(__all__[1:], "rank")


def __getattr__(name: str):
    """Load the ranking only when it is used (a UI importing a constant stays light)."""
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
