"""Provides `FeedStore`: subscriptions and every item fetched, kept in the user data dir.

Items are never deleted while their feed is subscribed, so an item that leaves the feed
stays readable; re-fetching replaces an item's text in place under the same article id,
so read marks (keyed by that id) survive. One SQLite file, written by one writer.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.core.feeds.parse import Entry
from reader.core.sqlite import connect

APP_ID = 0x4E524644  # "NRFD"
from reader.core.sources import FEED_STORE as FILE  # noqa: E402

MIGRATIONS = [
    """
    CREATE TABLE feeds(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, url TEXT NOT NULL UNIQUE,
        title TEXT, user_title TEXT, site TEXT, tags TEXT NOT NULL DEFAULT '[]',
        full_text INT NOT NULL DEFAULT 0, etag TEXT, last_modified TEXT, fresh_until REAL,
        retry_after REAL, last_attempt REAL, last_success REAL, last_error TEXT,
        added REAL NOT NULL);
    CREATE TABLE items(feed INT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        key TEXT NOT NULL, doc TEXT NOT NULL UNIQUE, title TEXT NOT NULL, url TEXT,
        published TEXT, authors TEXT NOT NULL DEFAULT '[]', text TEXT NOT NULL,
        page_text TEXT, digest TEXT NOT NULL, first_seen REAL NOT NULL, updated REAL NOT NULL,
        PRIMARY KEY(feed, key));
    """,
]


@dataclass(frozen=True, slots=True)
class Feed:
    """One subscription and what its last fetch left."""

    id: int
    key: str
    url: str
    title: str | None
    user_title: str | None
    site: str | None
    tags: tuple[str, ...]
    full_text: bool
    etag: str | None
    last_modified: str | None
    fresh_until: float | None
    retry_after: float | None
    last_attempt: float | None
    last_success: float | None
    last_error: str | None
    added: float
    items: int = 0

    @property
    def name(self) -> str:
        """What the user sees: their title, the feed's own, or the URL."""
        return self.user_title or self.title or self.url


@dataclass(frozen=True, slots=True)
class Item:
    """A stored item, as the indexer reads it."""

    doc: str
    feed: str  # feed name (the article's source)
    title: str
    text: str
    url: str | None
    published: str | None
    authors: tuple[str, ...]


class SubscriptionError(Exception):
    """A subscription request that cannot be done (unknown feed, already subscribed)."""


def feeds_dir() -> Path:
    """The folder holding the feed store: the corpus `newsreader` opens by default."""
    from reader.paths import data_dir

    return data_dir() / "feeds"


def default_corpus() -> Path:
    """What `newsreader` opens with no path: the feed store if it has subscriptions."""
    folder = feeds_dir()
    path = folder / FILE
    if path.is_file():
        try:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                if db.execute("SELECT 1 FROM feeds LIMIT 1").fetchone():
                    return folder
            finally:
                db.close()
        except sqlite3.Error:
            pass  # unreadable: the sample corpus opens; `feeds list` reports the store
    from reader.paths import seeds_dir

    return seeds_dir()


def item_doc(feed_key: str, item_key: str) -> str:
    """The stable article id of an item: its feed's key and a hash of its own key."""
    return f"{feed_key}/{hashlib.blake2b(item_key.encode(), digest_size=6).hexdigest()}"


class FeedStore:
    """Subscriptions and items. `FeedStore.open()` uses the user data dir."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = connect(path, APP_ID, MIGRATIONS)
        self.db.execute("PRAGMA busy_timeout = 10000")

    @classmethod
    def open(cls, folder: Path | None = None) -> FeedStore:
        return cls((folder or feeds_dir()) / FILE)

    def close(self) -> None:
        self.db.close()

    # -- subscriptions ------------------------------------------------------
    def add(
        self, url: str, *, title: str | None = None, tags: Iterable[str] = (), full_text=False
    ) -> Feed:
        """Subscribe to `url`; raises FeedError if it is already a subscription."""
        if self.find(url):
            raise SubscriptionError(f"already subscribed: {url}")
        key = hashlib.blake2b(url.encode(), digest_size=4).hexdigest()
        while self.db.execute("SELECT 1 FROM feeds WHERE key = ?", (key,)).fetchone():
            key = hashlib.blake2b(key.encode(), digest_size=4).hexdigest()
        self.db.execute(
            "INSERT INTO feeds(key, url, user_title, tags, full_text, added) VALUES(?,?,?,?,?,?)",
            (key, url, title, json.dumps(sorted(set(tags))), int(full_text), time.time()),
        )
        return self.find(url)[0]

    def remove(self, feed: Feed) -> None:
        """Unsubscribe; the feed's items go with it (read marks stay in the user state)."""
        self.db.execute("DELETE FROM feeds WHERE id = ?", (feed.id,))

    def feeds(self) -> list[Feed]:
        """Every subscription, by name."""
        rows = self.db.execute(
            "SELECT f.*, (SELECT count(*) FROM items i WHERE i.feed = f.id) FROM feeds f"
        ).fetchall()
        found = [_feed(r) for r in rows]
        return sorted(found, key=lambda f: (f.name.casefold(), f.id))

    def find(self, selector: str | None) -> list[Feed]:
        """Feeds whose URL, key or name is `selector`, or that carry it as a tag."""
        every = self.feeds()
        if selector is None:
            return every
        exact = [f for f in every if selector in (f.url, f.key)]
        if exact:
            return exact
        folded = selector.casefold()
        return [
            f
            for f in every
            if f.name.casefold() == folded
            or any(t.casefold() == folded or t.casefold().startswith(folded + "/") for t in f.tags)
        ]

    def set(self, feed: Feed, **fields) -> None:
        """Update columns of one subscription (title, tags, full_text, fetch state)."""
        if "tags" in fields:
            fields["tags"] = json.dumps(sorted(set(fields["tags"])))
        names = ", ".join(f"{k} = ?" for k in fields)
        self.db.execute(f"UPDATE feeds SET {names} WHERE id = ?", (*fields.values(), feed.id))

    # -- items --------------------------------------------------------------
    def put_items(self, feed: Feed, entries: Iterable[Entry]) -> tuple[int, int]:
        """Store `entries` of `feed`: (new, updated). Unchanged items are left alone."""
        known = dict(
            self.db.execute("SELECT key, digest FROM items WHERE feed = ?", (feed.id,)).fetchall()
        )
        now = time.time()
        inserts: list[tuple] = []
        updates: list[tuple] = []
        for e in entries:
            authors = json.dumps(list(e.authors))
            digest = hashlib.blake2b(
                "\x1f".join((e.title, e.text, e.url or "", e.published or "", authors)).encode(),
                digest_size=12,
            ).hexdigest()
            old = known.get(e.key)
            if old == digest:
                continue
            if old is None:
                doc = item_doc(feed.key, e.key)
                row = (feed.id, e.key, doc, e.title, e.url, e.published, authors, e.text)
                inserts.append((*row, digest, now, now))
            else:
                updates.append((e.title, e.url, e.published, authors, e.text, digest, now))
                updates[-1] += (feed.id, e.key)
            known[e.key] = digest
        if inserts:
            self.db.executemany(
                "INSERT INTO items(feed, key, doc, title, url, published, authors, text,"
                " digest, first_seen, updated) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
                inserts,
            )
        if updates:
            self.db.executemany(
                "UPDATE items SET title=?, url=?, published=?, authors=?, text=?, digest=?,"
                " page_text=NULL, updated=? WHERE feed=? AND key=?",
                updates,
            )
        new, updated = len(inserts), len(updates)
        return new, updated

    def needing_page(self, feed: Feed, limit: int = 50) -> list[tuple[str, str]]:
        """(doc, url) of the feed's newest items whose page text was not fetched yet."""
        return self.db.execute(
            "SELECT doc, url FROM items WHERE feed = ? AND page_text IS NULL AND url LIKE 'http%'"
            " ORDER BY coalesce(published, '') DESC, first_seen DESC LIMIT ?",
            (feed.id, limit),
        ).fetchall()

    def set_page_text(self, doc: str, text: str) -> None:
        """The article's full text from its web page ('' when the page gave none)."""
        self.db.execute(
            "UPDATE items SET page_text = ?, updated = ? WHERE doc = ?", (text, time.time(), doc)
        )

    def sources(self) -> list[tuple[str, str, str, int, str]]:
        """(doc, feed key, published, size, signature) of every item, for the indexer."""
        return self.db.execute(
            "SELECT i.doc, f.key, coalesce(i.published, ''), length(i.text)"
            " + coalesce(length(i.page_text), 0), i.digest || ':' || (i.page_text IS NOT NULL)"
            " || ':' || coalesce(f.user_title, f.title, f.url) FROM items i"
            " JOIN feeds f ON f.id = i.feed"
        ).fetchall()

    def item(self, doc: str) -> Item | None:
        row = self.db.execute(
            "SELECT i.doc, coalesce(f.user_title, f.title, f.url), i.title,"
            " coalesce(nullif(i.page_text, ''), i.text), i.url, i.published, i.authors"
            " FROM items i JOIN feeds f ON f.id = i.feed WHERE i.doc = ?",
            (doc,),
        ).fetchone()
        if row is None:
            return None
        return Item(*row[:6], tuple(json.loads(row[6])))


def _feed(row: sqlite3.Row | tuple) -> Feed:
    values = list(row)
    values[6] = tuple(json.loads(values[6] or "[]"))
    values[7] = bool(values[7])
    return Feed(*values)
