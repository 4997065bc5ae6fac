"""Provides RSS/Atom feed loading: one article per entry."""

from __future__ import annotations

from collections.abc import Iterator

from reader.core.model import Article
from reader.core.sources.errors import LoadError


def parse_feed(rel: str, text: str) -> Iterator[Article]:
    """Articles of a feed file; raises LoadError when it is not a usable feed."""
    import feedparser

    from reader.core.sources.formats import make_article
    from reader.core.sources.html_plain import plain_text

    parsed = feedparser.parse(text)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        raise LoadError(f"malformed or empty feed{': ' + str(reason) if reason else ''}")
    source = parsed.feed.get("title")
    produced = 0
    for i, entry in enumerate(parsed.entries, 1):
        html = ""
        if entry.get("content"):
            html = entry["content"][0].get("value", "")
        html = html or entry.get("summary", "")
        body = plain_text(html) if html else ""  # a feed's content is all article: no cut
        if not body.strip():
            continue
        doc = entry.get("id") or entry.get("link") or f"{rel}#{i}"
        authors = [a.get("name") for a in entry.get("authors", []) if a.get("name")]
        yield make_article(
            str(doc),
            body,
            title=entry.get("title"),
            url=entry.get("link"),
            published=entry.get("published") or entry.get("updated"),
            source=source,
            authors=authors,
        )
        produced += 1
    if not produced:
        raise LoadError("feed has no entries with text")
