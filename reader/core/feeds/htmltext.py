"""Provides `fragment_text`: the text of a trusted HTML fragment (feed content, titles)."""

from __future__ import annotations

import re

_BLOCK = re.compile(
    r"<\s*/?\s*(?:br|p|div|li|ul|ol|h[1-6]|blockquote|pre|tr|table|section|article|figure"
    r"|figcaption|dd|dt|hr)\b[^>]*>",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")


def fragment_text(html: str) -> str:
    """Paragraphs of `html`, one per line: tags gone, entities decoded, nothing dropped.

    Unlike page extraction there is no boilerplate removal: a feed's content is the
    article. Escaped text (`&lt;b&gt;`) stays text.
    """
    if "<" not in html and "&" not in html:
        return _lines(html)
    from selectolax.lexbor import LexborHTMLParser

    marked = _BLOCK.sub(lambda m: "\n" + m.group(0), html)
    tree = LexborHTMLParser(f"<html><body>{marked}</body></html>")
    for node in tree.css("script, style, noscript, template"):
        node.decompose()
    body = tree.body
    return _lines(body.text(separator="") if body is not None else "")


def fragment_line(html: str) -> str:
    """A title: `fragment_text` on one line."""
    return " ".join(fragment_text(html).split())


def _lines(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
