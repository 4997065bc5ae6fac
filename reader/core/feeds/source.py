"""Provides the feed store as index sources: one source per stored item.

The indexer treats each item like a file: its size and a signature stand in for the
stat, so only new or changed items are parsed, indexed and resolved again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.model import Article

if TYPE_CHECKING:
    from reader.core.feeds.store import FeedStore

_NEWEST_FIRST = str.maketrans("0123456789", "9876543210")


@dataclass(frozen=True, slots=True)
class FeedItemSource:
    """One stored feed item, with the attributes of a `SourceFile` the indexer reads."""

    file: str  # the feed store's path
    rel: str  # feed key / newest-first date / item: the order of the article list
    size: int
    mtime_ns: int  # the item's signature as a number: it changes when the item does
    doc: str

    @property
    def path(self) -> Path:
        return Path(self.file)

    @property
    def format(self) -> str:
        return "feed item"

    def digest(self) -> str:
        return f"{self.mtime_ns:x}"

    def load(self) -> Iterator[Article]:
        from reader.core.sources.errors import LoadError
        from reader.core.sources.feeds import entry_article

        item = _reader(self.file).item(self.doc)
        if item is None:
            raise LoadError("item is no longer stored")
        yield entry_article(item.doc, item, item.feed)


@lru_cache(maxsize=4)
def _reader(path: str) -> FeedStore:
    """One open store per indexing thread's run, not one per item."""
    from reader.core.feeds.store import FeedStore

    return FeedStore(Path(path))


def item_sources(folder: Path) -> list[FeedItemSource]:
    """Every item of the feed store in `folder`, by feed, newest first."""
    from reader.core.feeds.store import FILE, FeedStore

    path = folder / FILE
    store = FeedStore(path)
    try:
        rows = store.sources()
    finally:
        store.close()
    found = []
    for doc, feed_key, published, size, signature in rows:
        order = published.translate(_NEWEST_FIRST) if published else "~"
        stamp = int.from_bytes(hashlib.blake2b(signature.encode(), digest_size=7).digest())
        found.append(FeedItemSource(str(path), f"{feed_key}/{order}/{doc}", size, stamp, doc))
    return found
