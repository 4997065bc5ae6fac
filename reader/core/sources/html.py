"""Provides article extraction from HTML pages (trafilatura): the main text without
boilerplate, and the page's metadata (title, date, authors) for a feed's full text."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from reader.core.sources.html_plain import clean_markup, decode_html, parse, plain_text, tree_text

_TABLE_RULE = re.compile(r"^\|(\s*:?-+:?\s*\|)+\s*$")
_QUIET = ("trafilatura", "htmldate", "courlan", "justext")


@dataclass(frozen=True, slots=True)
class Page:
    """What an article page says: its title, main text (one paragraph a line), when it was
    published (ISO 8601) and by whom."""

    title: str | None
    text: str
    published: str | None
    authors: tuple[str, ...]


def extract(html: str, url: str | None = None) -> tuple[str | None, str]:
    """(title, text) of an HTML page; paragraphs of the main content, one per line."""
    page = extract_page(html, url)
    return page.title, page.text


def extract_page(html: str | bytes, url: str | None = None) -> Page:
    """The main text and metadata of an article page; never raises. Bytes are decoded by
    the charset the page declares. Falls back to all the body's text when no main text
    is found, so the text is empty only when the page has none."""
    if isinstance(html, bytes | bytearray):
        html = decode_html(bytes(html))
    html = clean_markup(html)
    if not html.strip():
        return Page(None, "", None, ())
    doc = _trafilatura(html, url)
    title = _one_line(getattr(doc, "title", None))
    text = _tidy(getattr(doc, "text", None) or "", title)
    if not text and (tree := parse(html)) is not None:
        body = tree.find("body")
        text = _tidy(tree_text(body if body is not None else tree), title)
    published = getattr(doc, "date", None) or None
    names = (_one_line(name) for name in (getattr(doc, "author", None) or "").split(";"))
    authors = tuple(name for name in names if name)
    return Page(title, text, published, authors)


def _trafilatura(html: str, url: str | None):  # -> trafilatura Document | None
    """trafilatura's reading of the page, or its metadata alone when it finds no main text."""
    import trafilatura
    from trafilatura.metadata import extract_metadata

    for name in _QUIET:  # its warnings are about the page, not for the user's terminal
        logging.getLogger(name).addHandler(logging.NullHandler())
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            favor_recall=True,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
        )
        return doc if doc is not None else extract_metadata(html, default_url=url)
    except Exception:  # noqa: BLE001 - a page that breaks the extractor is read plainly
        return None


def _one_line(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None


def _tidy(text: str, title: str | None) -> str:
    """One paragraph a line; table rows as `a | b`; the headline left to the title."""
    lines = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if not line or _TABLE_RULE.match(line):
            continue
        if line.startswith("|") and line.endswith("|") and len(line) > 1:
            line = " ".join(line.strip("|").split())
        lines.append(line)
    if lines and title and lines[0].casefold() == title.casefold():
        lines.pop(0)
    return "\n".join(lines)


__all__ = ["Page", "extract", "extract_page", "plain_text"]
