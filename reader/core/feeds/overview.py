"""Provides `groups`: the subscriptions' feeds and tags with article and unread counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.core.feeds.store import FeedStore


@dataclass(frozen=True, slots=True)
class FeedGroup:
    """A tag or a feed, the feed keys it covers (article ids start with one), its counts."""

    kind: str  # "tag" or "feed"
    label: str
    keys: frozenset[str]
    total: int
    unread: int
    error: str | None = None


def feed_key(doc: str) -> str:
    """The feed key of a stored item's article id."""
    return doc.split("/", 1)[0]


def groups(folder: Path, docs: Iterable[str], read: set[str]) -> list[FeedGroup]:
    """Tags (by path) then feeds (by name), each with its articles among `docs`."""
    store = FeedStore.open(folder)
    try:
        feeds = store.feeds()
    finally:
        store.close()
    total: Counter[str] = Counter()
    unread: Counter[str] = Counter()
    for doc in docs:
        key = feed_key(doc)
        total[key] += 1
        unread[key] += doc not in read
    tags: dict[str, set[str]] = {}
    for feed in feeds:
        for tag in feed.tags:
            parts = tag.split("/")
            for depth in range(1, len(parts) + 1):  # News/World also counts under News
                tags.setdefault("/".join(parts[:depth]), set()).add(feed.key)
    found = [
        FeedGroup(
            "tag", tag, frozenset(keys), sum(total[k] for k in keys), sum(unread[k] for k in keys)
        )
        for tag, keys in sorted(tags.items(), key=lambda kv: kv[0].casefold())
    ]
    found += [
        FeedGroup("feed", f.name, frozenset({f.key}), total[f.key], unread[f.key], f.last_error)
        for f in feeds
    ]
    return found
