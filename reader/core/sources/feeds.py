"""Provides feed files (RSS, Atom, JSON Feed) as articles: one per entry.

The file's bytes go to `reader.core.feeds.parse` undecoded. Article ids are scoped to
the file (`FILE#hash-of-entry-id`), so two feeds sharing an entry id both keep it; an
entry with a title or link but no body is kept with what it has.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from reader.core.model import Article
from reader.core.sources.errors import LoadError


def entry_article(doc: str, entry, source: str | None) -> Article:
    """A feed entry (parsed or stored) as an article: its title stands in for no text."""
    from reader.core.sources.formats import make_article

    return make_article(
        doc,
        entry.text or entry.title or entry.url or "(no text)",
        title=entry.title,
        url=entry.url,
        published=entry.published,
        source=source,
        authors=list(entry.authors),
    )


def parse_feed_file(rel: str, data: bytes) -> Iterator[Article]:
    """Articles of a feed file; raises LoadError when it is not a usable feed."""
    from reader.core.feeds.parse import FeedError, parse_feed

    try:
        parsed = parse_feed(data)
    except FeedError as exc:
        raise LoadError(str(exc)) from None
    if not parsed.entries:
        raise LoadError("a feed with no items")
    for entry in parsed.entries:
        key = hashlib.blake2b(entry.key.encode(), digest_size=6).hexdigest()
        yield entry_article(f"{rel}#{key}", entry, parsed.title)
    if parsed.duplicates:
        raise LoadError(f"{parsed.duplicates} repeated item(s) skipped (same id and content)")
