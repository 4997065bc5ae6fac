"""Provides `update`: fetch feeds concurrently and store their items, yielding progress.

Fetching and parsing run in a bounded thread pool; the calling thread is the one writer,
committing each feed's items as it arrives, so one slow or hostile feed never blocks the
others and a `kill -9` loses at most the feed being written. Full-text feeds then fetch
the pages of their new items, through the same pool.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from reader.core.feeds.fetch import MAX_BYTES, TIMEOUT, FetchError, Response, client, fetch
from reader.core.feeds.parse import FeedError, ParsedFeed, parse_feed
from reader.core.feeds.store import Feed, FeedStore

PAGES_PER_FEED = 20  # full-text pages fetched per feed and update, newest first


@dataclass(frozen=True, slots=True)
class UpdateProgress:
    """One feed done. `status`: new, unchanged, error, skipped; `message` says why."""

    done: int
    total: int
    feed: str
    url: str
    status: str
    new: int = 0
    updated: int = 0
    message: str | None = None


@dataclass(frozen=True, slots=True)
class Fetched:
    """What fetching one feed gave: a response and its parse, or an error."""

    response: Response | None = None
    parsed: ParsedFeed | None = None
    error: str | None = None
    retry_after: float | None = None


def update(
    store: FeedStore,
    feeds: list[Feed],
    *,
    workers: int = 8,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    force: bool = False,
) -> Iterator[UpdateProgress]:
    """Fetch `feeds`, store what is new, and yield one `UpdateProgress` per feed."""
    now = time.time()
    due: list[Feed] = []
    done = 0
    for feed in feeds:
        wait_until = feed.retry_after or 0
        if not force:
            wait_until = max(wait_until, feed.fresh_until or 0)
        if wait_until > now:
            done += 1
            until = time.strftime("%H:%M", time.localtime(wait_until))
            why = "asked to wait" if (feed.retry_after or 0) > now else "still fresh"
            yield UpdateProgress(
                done,
                len(feeds),
                feed.name,
                feed.url,
                "skipped",
                message=f"skipped: {why} until {until}",
            )
        else:
            due.append(feed)
    with client(workers, timeout) as session, ThreadPoolExecutor(workers) as pool:
        jobs: dict[Future, tuple[str, Feed]] = {
            pool.submit(fetch_feed, session, f, max_bytes): ("feed", f) for f in due
        }
        while jobs:
            finished, _ = wait(jobs, return_when=FIRST_COMPLETED)
            for job in finished:
                kind, feed = jobs.pop(job)
                if kind == "page":
                    _store_page(store, job.result())
                    continue
                done += 1
                progress = record(store, feed, job.result())
                yield UpdateProgress(done, len(feeds), **progress)
                if feed.full_text and progress["status"] != "error":
                    for doc, url in store.needing_page(feed, PAGES_PER_FEED):
                        page = pool.submit(_fetch_page, session, doc, url, max_bytes)
                        jobs[page] = ("page", feed)


def fetch_feed(session, feed: Feed, max_bytes: int) -> Fetched:
    """Runs in the pool: GET and parse, never raising."""
    try:
        response = fetch(
            session,
            feed.url,
            etag=feed.etag,
            last_modified=feed.last_modified,
            max_bytes=max_bytes,
        )
    except FetchError as exc:
        return Fetched(error=str(exc), retry_after=exc.retry_after)
    if response.body is None:
        return Fetched(response)
    try:
        return Fetched(response, parse_feed(response.body, response.charset))
    except FeedError as exc:
        return Fetched(response, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - a parser bug must not end the update
        return Fetched(response, error=f"could not parse ({type(exc).__name__}: {exc})")


def record(store: FeedStore, feed: Feed, got: Fetched) -> dict:
    """Write one feed's outcome in one transaction; the fields of its UpdateProgress."""
    now = time.time()
    base = {"feed": feed.name, "url": feed.url}
    db = store.db
    db.execute("BEGIN IMMEDIATE")
    try:
        r = got.response
        if got.error is not None:
            fields = {"last_attempt": now, "last_error": got.error}
            if got.retry_after:
                fields["retry_after"] = got.retry_after
            store.set(feed, **fields)
            db.execute("COMMIT")
            return {**base, "status": "error", "message": got.error}
        fields = {
            "last_attempt": now,
            "last_success": now,
            "last_error": None,
            "retry_after": None,
            "fresh_until": r.fresh_until,
        }
        if r.status != 304:
            fields.update(etag=r.etag, last_modified=r.last_modified)
        if r.moved_to and r.moved_to != feed.url and not store.find(r.moved_to):
            fields["url"] = r.moved_to
            base["url"] = r.moved_to
        new = updated = 0
        message = None
        if got.parsed is not None:
            fields["title"] = got.parsed.title
            fields["site"] = got.parsed.link
            new, updated = store.put_items(feed, got.parsed.entries)
            if not got.parsed.entries:
                message = "no items"
        store.set(feed, **fields)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    status = "new" if new or updated else "unchanged"
    return {
        **base,
        "feed": feed.user_title or (got.parsed and got.parsed.title) or feed.name,
        "status": status,
        "new": new,
        "updated": updated,
        "message": message,
    }


def _fetch_page(session, doc: str, url: str, max_bytes: int) -> tuple[str, str | None]:
    """Runs in the pool: an article page's main text ('' when there is none, None when
    the page could not be had this time: it is tried again at the next update)."""
    try:
        body = fetch(session, url, max_bytes=max_bytes).body or b""
    except FetchError as exc:
        return doc, None if exc.transient else ""
    from reader.core.sources.html import extract_page

    try:
        text = extract_page(body, url).text  # decoded by the charset the page declares
    except Exception:  # noqa: BLE001 - a hostile page gives no text, never a crash
        text = ""
    return doc, text


def _store_page(store: FeedStore, result: tuple[str, str | None]) -> None:
    doc, text = result
    if text is not None:
        store.set_page_text(doc, text)
