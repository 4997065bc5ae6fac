"""Provides `parse_feed`: feed bytes (RSS 0.9x/1.0/2.0, Atom, JSON Feed) to `Entry`s.

The bytes go to the parser undecoded, so XML declarations, BOMs and UTF-16 are honoured.
feedparser-rs (fast) parses first; feedparser (tolerant, slower) is the fallback for what
it rejects. Titles are plain text, HTML bodies become paragraphs, escaped text stays text.
"""

from __future__ import annotations

import calendar
import codecs
import hashlib
import re
import time
from dataclasses import dataclass
from typing import Any

from reader.core.feeds.htmltext import fragment_line, fragment_text


class FeedError(Exception):
    """Bytes that are not a usable feed; the message is one line for the user."""

    def __init__(self, message: str, *, html: bool = False) -> None:
        super().__init__(message)
        self.html = html  # a web page: the caller may look for its feed link


@dataclass(frozen=True, slots=True)
class Entry:
    """One feed item. `key` identifies it within its feed across fetches."""

    key: str
    title: str
    text: str
    url: str | None = None
    published: str | None = None  # ISO 8601, UTC
    authors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A parsed feed: its title and link, its entries, and the exact duplicates dropped."""

    title: str | None
    link: str | None
    entries: tuple[Entry, ...]
    duplicates: int = 0
    version: str = ""


def parse_feed(data: bytes, charset: str | None = None) -> ParsedFeed:
    """Parse feed `data`; raises FeedError when it is no feed (an HTML page says so).

    `charset` is the HTTP header's, used only when the bytes declare nothing that fits.
    """
    if not data.strip():
        raise FeedError("empty response")
    parsed = _parse(_fix_encoding(data, charset))
    version = str(_get(parsed, "version") or "")
    entries = list(_get(parsed, "entries") or [])
    if not version and not entries:
        if _looks_html(data):
            raise FeedError("not a feed: a web page", html=True)
        reason = _get(parsed, "bozo_exception")
        raise FeedError(f"not a feed{': ' + _one_line(reason) if reason else ''}")
    feed = _get(parsed, "feed") or {}
    out: list[Entry] = []
    seen: dict[str, str] = {}
    duplicates = 0
    for raw in entries:
        entry = _entry(raw)
        if entry is None:
            continue
        digest = _digest(entry.title, entry.text, entry.url or "")
        key = entry.key
        if key in seen:
            if seen[key] == digest:
                duplicates += 1
                continue
            key = f"{key}#{digest[:8]}"  # same id, other content: a different item
            if key in seen:
                duplicates += 1
                continue
        seen[key] = digest
        out.append(Entry(key, entry.title, entry.text, entry.url, entry.published, entry.authors))
    title = _text_construct(_get(feed, "title_detail"), _get(feed, "title"))
    return ParsedFeed(title or None, _get(feed, "link"), tuple(out), duplicates, version)


_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")
_BOMS = (
    codecs.BOM_UTF8,
    codecs.BOM_UTF32_LE,
    codecs.BOM_UTF32_BE,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
)
_SINGLE_BYTE = {"ascii", "iso8859_1", "iso8859_15", "cp1252"}


def _fix_encoding(data: bytes, charset: str | None) -> bytes:
    """Bytes whose declaration the parser can trust: a wrong or missing one is corrected.

    A BOM, UTF-16 or a declaration that decodes the bytes stays as it is. Bytes that are
    valid UTF-8 though declared ASCII / Latin-1 / Windows-1252 are UTF-8 (such text is
    never valid UTF-8 by chance); bytes that are not UTF-8 and declare nothing (or UTF-8)
    are decoded by the HTTP charset, else by a guess, and handed on as UTF-8.
    """
    if data.isascii() or data.startswith(_BOMS) or data[:2] in (b"<\x00", b"\x00<"):
        return data
    m = _DECL.match(data[:512])
    declared = _codec(m.group(1).decode("ascii")) if m else None
    try:
        data.decode("utf-8")
        utf8 = True
    except UnicodeDecodeError:
        utf8 = False
    if declared not in (None, "utf_8"):
        if utf8 and declared in _SINGLE_BYTE:
            return _redeclare(data, m)
        return data
    if utf8:
        return data
    encoding = _codec(charset) if charset else None
    if encoding in (None, "utf_8"):
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        encoding = _codec(best.encoding) if best else None
    if encoding in (None, "utf_8"):
        return data
    text = data.decode(encoding, "replace").encode("utf-8")
    return _redeclare(text, _DECL.match(text[:512]))


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        return None


def _redeclare(data: bytes, m: re.Match | None) -> bytes:
    if m is None:
        return data
    return data[: m.start(1)] + b"utf-8" + data[m.end(1) :]


def _parse(data: bytes) -> Any:
    try:
        import feedparser_rs

        parsed = feedparser_rs.parse(data)
        entries = _get(parsed, "entries") or []
        if (entries or (_get(parsed, "version") and not _get(parsed, "bozo"))) and not any(
            _get(link, "href") == "" for e in entries for link in (_get(e, "links") or [])
        ):  # it blanks links to private addresses (intranet, localhost): feedparser keeps them
            return parsed
    except Exception:  # noqa: BLE001 - a fast parser's rejection: try the tolerant one
        pass
    import feedparser

    return feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)


def _entry(raw: Any) -> Entry | None:
    title = _text_construct(_get(raw, "title_detail"), _get(raw, "title"))
    text = _body(raw)
    link = _get(raw, "link") or None
    if link and "://" not in link:  # an RSS guid taken for a permalink: no web address
        link = None
    if not (title or text or link):
        return None
    key = _get(raw, "id") or link or "sha:" + _digest(title, text)
    authors = tuple(
        a for a in (_get(p, "name") for p in (_get(raw, "authors") or [])) if isinstance(a, str)
    )
    if not authors and isinstance(_get(raw, "author"), str):
        authors = (_get(raw, "author"),)
    return Entry(str(key), title, text, link, _date(raw), authors)


def _body(raw: Any) -> str:
    """The longest of the content and summary, as text."""
    best = ""
    for detail in [*(_get(raw, "content") or []), _get(raw, "summary_detail")]:
        if detail is None:
            continue
        text = _text_construct(detail, None, line=False)
        if len(text) > len(best):
            best = text
    return best


def _text_construct(detail: Any, fallback: Any, *, line: bool = True) -> str:
    value = _get(detail, "value") if detail is not None else None
    value = value if isinstance(value, str) else (fallback if isinstance(fallback, str) else "")
    if not value:
        return ""
    value = _CONTROL.sub("", value)  # terminal escapes and bells are no text
    kind = str(_get(detail, "type") or "text/html") if detail is not None else "text/html"
    if kind == "text/plain":
        return " ".join(value.split()) if line else value.strip()
    return fragment_line(value) if line else fragment_text(value)


_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI sequences (colours, cursor moves)
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC sequences (window title, links)
    r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"  # any other C0 / C1 control character
)


def _date(raw: Any) -> str | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        value = _get(raw, name)
        if isinstance(value, time.struct_time):
            try:
                stamp = calendar.timegm(value)
                return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(stamp))
            except (OverflowError, ValueError):
                continue
    return None


def _get(obj: Any, name: str) -> Any:
    """A field of a feedparser dict or a feedparser-rs object, None when absent."""
    if obj is None:
        return None
    try:
        value = obj.get(name)
    except (AttributeError, TypeError):
        value = None
    return value if value is not None else getattr(obj, name, None)


def _digest(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=12).hexdigest()


def _looks_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _one_line(value: Any) -> str:
    return " ".join(str(value).split())[:200]
