"""Provides `fetch`: one polite, bounded HTTP GET of a feed or page (httpx).

Conditional GET (ETag / Last-Modified), gzip, redirects (a chain of permanent ones is
reported so the subscription can move), a timeout and a size cap, and the server's
Cache-Control / Retry-After read back as times. Every failure is a `FetchError` with one
line for the user; nothing here raises anything else for network trouble.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from reader import __version__

if TYPE_CHECKING:
    import httpx

USER_AGENT = f"newsreader/{__version__} (terminal news reader; feed fetcher)"
MAX_BYTES = 16 * 1024 * 1024
TIMEOUT = 15.0
DEADLINE_FACTOR = 4  # a whole body may take this many read timeouts
MAX_WAIT = 24 * 3600.0  # a server's Cache-Control / Retry-After is honoured up to a day
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9,"
    " application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.1"
)


@dataclass(frozen=True, slots=True)
class Response:
    """A fetched body (None for 304 Not Modified) and what the server said about it."""

    status: int
    url: str
    body: bytes | None
    etag: str | None = None
    last_modified: str | None = None
    fresh_until: float | None = None  # from Cache-Control max-age
    moved_to: str | None = None  # the end of a chain of permanent redirects
    charset: str | None = None  # the Content-Type header's, for a feed that declares none


class FetchError(Exception):
    """A fetch that failed; `retry_after` is set when the server asked us to wait.

    `transient` failures (time-outs, refused connections, 5xx, 408/429) may well succeed
    on the next try; the others (4xx, too large, not a web address) will not.
    """

    def __init__(
        self, message: str, retry_after: float | None = None, *, transient: bool = False
    ) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.transient = transient


def client(workers: int = 8, timeout: float = TIMEOUT) -> httpx.Client:
    """One shared client: a bounded connection pool, redirects followed (at most 5)."""
    import httpx

    return httpx.Client(
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
        timeout=httpx.Timeout(timeout),
        follow_redirects=True,
        max_redirects=5,
        limits=httpx.Limits(max_connections=workers, max_keepalive_connections=workers),
    )


def fetch(
    session: httpx.Client,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Response:
    """GET `url`; raises FetchError with a one-line reason."""
    import httpx

    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        deadline = time.monotonic() + DEADLINE_FACTOR * (session.timeout.read or TIMEOUT)
        with session.stream("GET", url, headers=headers) as r:
            return _read(r, max_bytes, deadline)
    except httpx.TooManyRedirects:
        raise FetchError("too many redirects (a redirect loop?)") from None
    except httpx.TimeoutException:
        seconds = session.timeout.read or TIMEOUT
        raise FetchError(f"timed out (no answer within {seconds:g} s)", transient=True) from None
    except httpx.ConnectError as exc:
        raise FetchError(f"could not connect: {_reason(exc)}", transient=True) from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise FetchError(f"not a web address: {_reason(exc)}") from None
    except httpx.DecodingError:
        raise FetchError("the server sent a body it could not decode (bad compression)") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"{type(exc).__name__}: {_reason(exc)}", transient=True) from None


def _read(r: httpx.Response, max_bytes: int, deadline: float) -> Response:
    now = time.time()
    status = r.status_code
    if status in (429, 503):
        wait = _retry_after(r.headers.get("retry-after"), now)
        note = f"; retry after {time.strftime('%H:%M', time.localtime(wait))}" if wait else ""
        raise FetchError(f"HTTP {status} {r.reason_phrase}{note}", retry_after=wait, transient=True)
    if status >= 400:
        raise FetchError(
            f"HTTP {status} {r.reason_phrase}", transient=status >= 500 or status == 408
        )
    fields = {
        "status": status,
        "url": str(r.url),
        "etag": r.headers.get("etag"),
        "last_modified": r.headers.get("last-modified"),
        "fresh_until": _max_age(r.headers.get("cache-control"), now),
        "moved_to": _moved(r),
        "charset": r.charset_encoding,
    }
    if status == 304:
        return Response(body=None, **fields)
    limit = f"{max_bytes / 1e6:g} MB"
    declared = r.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"too large ({int(declared) / 1e6:.0f} MB; the limit is {limit})")
    chunks: list[bytes] = []
    size = 0
    for chunk in r.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"too large (over {limit}, the limit; stopped reading)")
        if time.monotonic() > deadline:  # a server dripping bytes never hits the read timeout
            raise FetchError(
                "too slow (the body took too long to arrive; stopped reading)", transient=True
            )
        chunks.append(chunk)
    return Response(body=b"".join(chunks), **fields)


def _moved(r: httpx.Response) -> str | None:
    """The final URL when every redirect on the way was permanent (301, 308)."""
    if r.history and all(h.status_code in (301, 308) for h in r.history):
        return str(r.url)
    return None


def _max_age(value: str | None, now: float) -> float | None:
    if not value:
        return None
    parts = [p.strip().lower() for p in value.split(",")]
    if any(p in ("no-cache", "no-store") for p in parts):
        return None
    for p in parts:
        if p.startswith("max-age="):
            seconds = p[8:].strip('"')
            if seconds.isdigit():
                return now + min(int(seconds), MAX_WAIT)
    return None


def _retry_after(value: str | None, now: float) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return now + min(int(value), MAX_WAIT)
    try:
        return min(parsedate_to_datetime(value).timestamp(), now + MAX_WAIT)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _reason(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__
