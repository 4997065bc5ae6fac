"""Provides `fragment_text`: the text of a trusted HTML fragment (feed content, titles)."""

from __future__ import annotations

import re

_BLOCK = re.compile(
    r"<\s*/?\s*(?:br|p|div|li|ul|ol|h[1-6]|blockquote|pre|tr|table|section|article|figure"
    r"|figcaption|dd|dt|hr)\b[^>]*>",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")
# Tags whose text the HTML parser keeps in place and as written (no raw text, no foster
# parenting, no dropped newline): a fragment made only of these, with well-formed
# attributes, is turned to text by regular expressions, without building a tree.
_SIMPLE = (
    "a|abbr|b|bdi|bdo|big|blockquote|br|center|cite|code|data|dd|del|dfn|div|dl|dt|em|"
    "figcaption|figure|font|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|q|s|samp|section|article|"
    "small|span|strike|strong|sub|sup|time|tt|u|ul|var|wbr"
)
_TAG = re.compile(
    rf"</?(?:{_SIMPLE})(?=[\s/>])(?:\s+[^\s\"'<>/=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'"
    r"|[^\s\"'<>=`]+))?)*\s*/?>",
    re.IGNORECASE,
)


def fragment_text(html: str) -> str:
    """Paragraphs of `html`, one per line: tags gone, entities decoded, nothing dropped.

    Unlike page extraction there is no boilerplate removal: a feed's content is the
    article. Escaped text (`&lt;b&gt;`) stays text.
    """
    if "<" not in html and "&" not in html:
        return _lines(html)
    fast = _simple_text(html)
    if fast is not None:
        return fast
    from selectolax.lexbor import LexborHTMLParser

    marked = _BLOCK.sub(lambda m: "\n" + m.group(0), html)
    tree = LexborHTMLParser(f"<html><body>{marked}</body></html>")
    for node in tree.css("script, style, noscript, template"):
        node.decompose()
    body = tree.body
    return _lines(body.text(separator="") if body is not None else "")


def _simple_text(html: str) -> str | None:
    """`fragment_text` without a parser, or None when `html` is not simple enough."""
    if "\x00" in html:
        return None
    marked = _BLOCK.sub(lambda m: "\n" + m.group(0), html)
    stripped = _TAG.sub("", marked)
    if "<" in stripped:
        return None
    if "&" in stripped:
        from html import unescape

        stripped = unescape(stripped)
    return _lines(stripped.replace("\r\n", "\n").replace("\r", "\n"))


def fragment_line(html: str) -> str:
    """A title: `fragment_text` on one line."""
    return " ".join(fragment_text(html).split())


def _lines(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
