"""Provides `subscribe`: add a feed by its URL or by a web page that links to it."""

from __future__ import annotations

from reader.core.feeds.discover import feed_links
from reader.core.feeds.fetch import FetchError, client, fetch
from reader.core.feeds.parse import FeedError, ParsedFeed, parse_feed
from reader.core.feeds.store import Feed, FeedStore, SubscriptionError
from reader.core.feeds.update import Fetched, record


def subscribe(
    store: FeedStore,
    url: str,
    *,
    title: str | None = None,
    tags: list[str] | tuple[str, ...] = (),
    full_text: bool = False,
    check: bool = True,
    timeout: float = 15.0,
) -> tuple[Feed, ParsedFeed | None, str | None]:
    """Subscribe; (feed, what its first fetch parsed, a note for the user).

    With `check`, the URL is fetched first: a web page is searched for its feed link,
    and a URL that gives no feed is refused with the reason (SubscriptionError).
    """
    url = url.strip()
    if "://" not in url:
        url = "https://" + url
    if store.find(url):
        raise SubscriptionError(f"already subscribed: {url}")
    if not check:
        return store.add(url, title=title, tags=tags, full_text=full_text), None, None
    note = None
    with client(2, timeout) as session:
        response, parsed = _get(session, url)
        if parsed is None:  # a web page: follow its feed link
            links = feed_links(response.body or b"", response.url)
            if not links:
                raise SubscriptionError(f"{url} is a web page that links to no feed")
            url = links[0]
            if store.find(url):
                raise SubscriptionError(f"already subscribed: {url} (the feed of that page)")
            response, parsed = _get(session, url)
            if parsed is None:
                raise SubscriptionError(f"the page's feed link {url} gives a web page, no feed")
            note = f"found the page's feed: {url}"
    final = response.moved_to or url
    if final != url and store.find(final):
        raise SubscriptionError(f"already subscribed: {final} ({url} redirects there)")
    feed = store.add(final, title=title, tags=tags, full_text=full_text)
    record(store, feed, Fetched(response, parsed))
    return store.find(final)[0], parsed, note


def _get(session, url: str):
    """(response, parsed feed or None for a web page); SubscriptionError otherwise."""
    try:
        response = fetch(session, url)
    except FetchError as exc:
        raise SubscriptionError(
            f"could not fetch {url}: {exc} (--no-check subscribes anyway)"
        ) from None
    try:
        return response, parse_feed(response.body or b"", response.charset)
    except FeedError as exc:
        if exc.html:
            return response, None
        raise SubscriptionError(f"{url} is no feed: {exc}") from None
