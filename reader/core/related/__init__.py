"""Provides related passages: what other articles say about the same actors and events.

Public API (the `Corpus` facade calls these):
    Related                          one ranked result (frozen dataclass)
    related_to_passage(db, doc, passage, limit)
    related_to_actor(db, actor_id, limit)
    related_to_article(db, doc, limit)

Derived data (passage -> actors, actor rarity, corpus statistics) is rebuilt from the
store whenever the indexer moves the store's "generation" on (see `index.refresh`).
"""

from __future__ import annotations

from reader.core.related.rank import related_to_actor, related_to_article, related_to_passage
from reader.core.related.result import Related

__all__ = ["Related", "related_to_actor", "related_to_article", "related_to_passage"]
