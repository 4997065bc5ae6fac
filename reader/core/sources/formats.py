"""Provides one loader per file format, each yielding normalised `Article`s."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from reader.core.model import Article
from reader.core.sources.errors import LoadError
from reader.core.text import (
    BinaryContent,
    decode,
    derive_title,
    looks_binary,
    normalise,
    split_passages,
)

if TYPE_CHECKING:
    from reader.core.sources import SourceFile

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024  # one-article formats; JSON Lines streams any size
MAX_LINE_BYTES = 5 * 1024 * 1024


def load(source: SourceFile) -> Iterator[Article]:
    """Dispatch on the file's format."""
    fmt = source.format
    if fmt == "jsonl":
        return _jsonl(source)
    if fmt == "opml":
        raise LoadError(
            "an OPML list of subscriptions, not articles: `newsreader feeds import FILE`"
        )
    if fmt == "feed":
        from reader.core.sources.feeds import parse_feed_file

        return parse_feed_file(source.rel, _read_bytes(source))
    text = _read_text(source)
    if fmt == "text":
        return iter([make_article(source.rel, text)])
    if fmt == "markdown":
        return iter([_markdown(source.rel, text)])
    if fmt == "html":
        from reader.core.sources.html import extract

        title, body = extract(text)
        return iter([make_article(source.rel, body, title=title)])
    if fmt == "json":
        return _json(source, text)
    raise LoadError(f"unsupported format {fmt}")


def make_article(doc: str, raw_text: str, **meta: Any) -> Article:
    """Normalise text, split passages and fill a title; raises LoadError if empty."""
    text = normalise(raw_text)
    if not text.strip():
        raise LoadError("empty: no article text")
    title = normalise(str(meta.pop("title", "") or "")).replace("\n", " ") or derive_title(text)
    authors = meta.pop("authors", None) or ()
    if isinstance(authors, str):
        authors = (authors,)
    clean = {k: (normalise(str(v)) if v not in (None, "") else None) for k, v in meta.items()}
    return Article(
        id=doc,
        title=title,
        text=text,
        passages=split_passages(doc, text),
        authors=tuple(normalise(str(a)) for a in authors if a),
        **clean,
    )


def _read_bytes(source: SourceFile) -> bytes:
    if source.size > MAX_DOCUMENT_BYTES:
        mb = source.size / 1e6
        raise LoadError(f"too large ({mb:.0f} MB; one-article files are limited to 20 MB)")
    try:
        data = source.path.read_bytes()
    except OSError as exc:
        raise LoadError(exc.strerror.lower() if exc.strerror else str(exc)) from exc
    if not data.strip():
        raise LoadError("empty file")
    return data


def _read_text(source: SourceFile) -> str:
    data = _read_bytes(source)
    try:
        text = decode(data)
    except BinaryContent as exc:
        raise LoadError(str(exc)) from exc
    if looks_binary(text):
        raise LoadError("binary or undecodable content")
    return text


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARK = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`)")
_MD_PREFIX = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)", re.M)


def _markdown(doc: str, text: str) -> Article:
    title = None
    lines = text.replace("\r\n", "\n").split("\n")
    for i, line in enumerate(lines):
        if line.startswith("# "):
            title = line[2:].strip()
            del lines[i]
            break
        if line.strip():
            break
    body = "\n".join(lines)
    if body.startswith("---\n"):  # front matter
        end = body.find("\n---", 4)
        body = body[end + 4 :] if end > 0 else body
    body = _MD_PREFIX.sub("", _MD_MARK.sub("", _MD_LINK.sub(r"\1", body)))
    return make_article(doc, body, title=title)


def _from_object(obj: Any, fallback_id: str) -> Article:
    if not isinstance(obj, dict):
        raise LoadError("not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise LoadError('no "text" string')
    doc = obj.get("id")
    doc = str(doc) if doc not in (None, "") else fallback_id
    return make_article(
        doc,
        text,
        title=obj.get("title"),
        url=obj.get("url"),
        published=obj.get("published"),
        source=obj.get("source"),
        authors=obj.get("authors"),
    )


def _json(source: SourceFile, text: str) -> Iterator[Article]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LoadError(f"invalid JSON: {exc.msg} at line {exc.lineno}") from exc
    if isinstance(data, dict) and str(data.get("version", "")).startswith(
        "https://jsonfeed.org/"
    ):
        from reader.core.sources.feeds import parse_feed_file

        yield from parse_feed_file(source.rel, text.encode())
        return
    items = data if isinstance(data, list) else [data]
    if len(items) == 1:
        yield _from_object(items[0], source.rel)
        return
    for i, obj in enumerate(items):
        try:
            yield _from_object(obj, f"{source.rel}#{i + 1}")
        except LoadError as exc:
            raise LoadError(f"item {i + 1}: {exc}") from exc


def _jsonl(source: SourceFile) -> Iterator[Article]:
    try:
        handle = source.path.open("rb")
    except OSError as exc:
        raise LoadError(exc.strerror.lower() if exc.strerror else str(exc)) from exc
    produced = bad = 0
    first_error = ""
    with handle:
        for lineno, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                if len(raw) > MAX_LINE_BYTES:
                    raise LoadError("line too large")
                obj = json.loads(decode(raw))
                yield _from_object(obj, f"{source.rel}:{lineno}")
                produced += 1
            except (LoadError, BinaryContent, json.JSONDecodeError, UnicodeDecodeError) as exc:
                bad += 1
                first_error = first_error or f"line {lineno}: {exc}"
    if bad:
        raise LoadError(f"{bad} bad line(s) skipped, first at {first_error}")
    if not produced:
        raise LoadError("empty: no JSON lines")
