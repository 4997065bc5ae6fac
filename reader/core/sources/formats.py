"""Provides one loader per file format, each yielding normalised `Article`s."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
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
    unwrap,
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
        return iter([make_article(source.rel, unwrap(text))])
    if fmt == "markdown":
        from reader.core.sources.markdown import markdown_text

        title, body = markdown_text(text)
        return iter([make_article(source.rel, body, title=title)])
    if fmt == "html":
        from reader.core.sources.html import extract_page

        page = extract_page(text)  # with the page's own date and authors
        return iter(
            [
                make_article(
                    source.rel,
                    page.text,
                    title=page.title,
                    published=page.published,
                    authors=list(page.authors),
                )
            ]
        )
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


def _from_object(obj: Any, fallback_id: str, prefix: str = "") -> Article:
    if not isinstance(obj, dict):
        raise LoadError("not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise LoadError('no "text" string')
    doc = obj.get("id")
    doc = prefix + str(doc) if doc not in (None, "") else fallback_id
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
    if isinstance(data, dict) and str(data.get("version", "")).startswith("https://jsonfeed.org/"):
        from reader.core.sources.feeds import parse_feed_file

        yield from parse_feed_file(source.rel, text.encode())
        return
    items = data if isinstance(data, list) else [data]
    if len(items) == 1:
        yield _from_object(items[0], source.rel, source.prefix)
        return
    for i, obj in enumerate(items):
        try:
            yield _from_object(obj, f"{source.rel}#{i + 1}", source.prefix)
        except LoadError as exc:
            raise LoadError(f"item {i + 1}: {exc}") from exc


def _jsonl(source: SourceFile) -> Iterator[Article]:
    try:
        handle = source.path.open("rb")
    except OSError as exc:
        raise LoadError(exc.strerror.lower() if exc.strerror else str(exc)) from exc
    produced = bad = 0
    first_error = ""
    seen: dict[str, int] = {}  # id -> the line that gave it
    repeated: list[str] = []
    with handle:
        for lineno, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                if len(raw) > MAX_LINE_BYTES:
                    raise LoadError("line too large")
                obj = json.loads(decode(raw))
                article = _from_object(obj, f"{source.rel}:{lineno}", source.prefix)
            except (LoadError, BinaryContent, json.JSONDecodeError, UnicodeDecodeError) as exc:
                bad += 1
                first_error = first_error or f"line {lineno}: {exc}"
                continue
            if article.id in seen:  # kept under an id of its own, and said
                derived = f"{article.id}:{lineno}"
                repeated.append(
                    f"line {lineno}: id {article.id!r} repeats line {seen[article.id]}, "
                    f"kept as {derived!r}"
                )
                article = replace(article, id=derived, passages=_renamed(article, derived))
            seen[article.id] = lineno
            yield article
            produced += 1
    problems = repeated[:1] + ([f"+{len(repeated) - 1} more repeated ids"] if repeated[1:] else [])
    if bad:
        lines = "1 bad line" if bad == 1 else f"{bad} bad lines"
        problems.insert(0, f"{lines} skipped (first at {first_error})")
    if problems:
        raise LoadError("; ".join(problems))
    if not produced:
        raise LoadError("empty: no JSON lines")


def _renamed(article: Article, doc: str) -> tuple:
    return tuple(replace(p, doc=doc) for p in article.passages)
