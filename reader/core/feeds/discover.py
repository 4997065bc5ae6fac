"""Provides `feed_links`: the feeds a web page announces (`<link rel="alternate">`)."""

from __future__ import annotations

from urllib.parse import urljoin

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
    "application/rdf+xml",
    "text/xml",
    "application/xml",
)


def feed_links(html: bytes, base: str) -> list[str]:
    """Absolute URLs of the feeds `html` links to, in page order, best kinds first."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html.decode("utf-8", "replace"))
    found: list[tuple[int, int, str]] = []
    for n, node in enumerate(tree.css("link[href]")):
        rel = (node.attributes.get("rel") or "").lower().split()
        kind = (node.attributes.get("type") or "").lower().split(";")[0].strip()
        if "alternate" not in rel or kind not in FEED_TYPES:
            continue
        url = urljoin(base, (node.attributes.get("href") or "").strip())
        if url.startswith(("http://", "https://")) and url not in (u for _, _, u in found):
            found.append((FEED_TYPES.index(kind), n, url))
    return [url for _, _, url in sorted(found)]
