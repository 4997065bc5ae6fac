"""Provides `markdown_text()`: a Markdown file as a title and one paragraph per line.

Parsed with markdown-it-py (CommonMark, as Textual uses it): ATX and setext headings,
paragraphs whose source lines are wrapped, lists, quotes and tables each become one
line of plain text; images (badges included) and HTML are not text, a link is its words.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---[ \t]*(?:\n|\Z)", re.S)
_BLOCKS = {"paragraph_open", "heading_open", "th_open", "td_open"}


def markdown_text(source: str) -> tuple[str | None, str]:
    """(the first level-1 heading before any other text, or None; the body)."""
    source = _FRONT_MATTER.sub("", source.replace("\r\n", "\n"), count=1)
    tokens = MarkdownIt("commonmark").enable("table").parse(source)
    title: str | None = None
    lines: list[str] = []
    for i, token in enumerate(tokens):
        if token.type == "fence" or token.type == "code_block":
            lines.extend(x for x in token.content.splitlines() if x.strip())
            continue
        if token.type not in _BLOCKS or i + 1 >= len(tokens):
            continue
        words = _inline(tokens[i + 1].children or [])
        if not words:
            continue
        if token.type == "heading_open" and token.tag == "h1" and title is None and not lines:
            title = words
            continue
        lines.append(words)
    return title, "\n".join(lines)


def _inline(children: list[Token]) -> str:
    """The words of an inline run: text, code and link words; no images, no HTML."""
    out: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
    return re.sub(r"\s+", " ", "".join(out)).strip()
