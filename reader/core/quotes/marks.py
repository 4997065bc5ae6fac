"""Provides `quote_spans`: the spans between quotation marks, paragraph by paragraph.

Curly “…” and ‘…’, straight "…", and tokenised wire marks `` … ''. A quotation left open
at a paragraph's end runs on when the next paragraph opens with a mark (the newspaper
convention for quotes over several paragraphs); one that never closes ends its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN_CLOSE = re.compile(r"``|''|[“”\"‘’]")


@dataclass(frozen=True, slots=True)
class Span:
    """Quoted words (offsets without the marks, trimmed) and where the marks were."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_end: int  # offset just after the closing mark (paragraph end if unclosed)
    closed: bool


def quote_spans(text: str) -> list[Span]:
    """Every quoted span of `text`, in order."""
    spans: list[Span] = []
    pos = 0
    carry: tuple[int, str] | None = None  # a quote still open from the paragraph before
    paras = text.split("\n")
    for n, para in enumerate(paras):
        nxt = paras[n + 1] if n + 1 < len(paras) else ""
        found, carry = _paragraph(text, para, pos, carry, nxt)
        spans.extend(found)
        pos += len(para) + 1
    return [s for s in spans if s.end > s.start]


def _paragraph(
    text: str, para: str, base: int, carry: tuple[int, str] | None, nxt: str
) -> tuple[list[Span], tuple[int, str] | None]:
    """Spans closed in this paragraph, and the quote left open for the next one."""
    found: list[Span] = []
    opened, kind = carry if carry else (None, "")
    for m in _OPEN_CLOSE.finditer(para):
        mark, i = m.group(), base + m.start()
        inside = opened is not None and kind == "‘"
        if mark in ("‘", "’") and not _single_mark(para, m.start(), mark, inside):
            continue
        if opened is None:
            if mark in ("“", "``", "‘") or (mark == '"' and _can_open(para, m.start())):
                opened, kind = i, mark
            continue
        if _closes(kind, mark):
            found.append(_span(text, opened, len(kind), i, base + m.end(), True))
            opened = None
        elif mark in ("“", "``") and kind in ("“", "``"):
            opened, kind = i, mark  # a new quote opened: the earlier mark was stray
    if opened is None:
        return found, None
    if _closed_in(nxt, kind):  # one quote over several lines (text with a line a sentence)
        return found, (opened, kind)
    end = base + len(para)
    found.append(_span(text, opened, len(kind), end, end, False))
    return found, None


def _closed_in(nxt: str, kind: str) -> bool:
    """The next paragraph closes the open quote before opening any (and opens with none)."""
    for m in _OPEN_CLOSE.finditer(nxt):
        mark = m.group()
        if mark in ("‘", "’") and not _single_mark(nxt, m.start(), mark, kind == "‘"):
            continue
        if not nxt[: m.start()].strip() and mark in ("“", "``", "‘", '"'):
            return False  # opens with a mark: the newspaper convention for a quote running on
        return _closes(kind, mark)
    return False


def _closes(kind: str, mark: str) -> bool:
    return (kind, mark) in {
        ("“", "”"),
        ("``", "''"),
        ('"', '"'),
        ("‘", "’"),
        ("“", '"'),
        ("``", '"'),
        ('"', "”"),
        ("“", "''"),
    }


def _can_open(para: str, i: int) -> bool:
    """A straight mark opens when a word follows it (not after a letter: 12" pipes)."""
    before = para[i - 1] if i else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    return not before.isalnum() and (after.isalnum() or after in " ([‘'…-" and i + 2 < len(para))


def _single_mark(para: str, i: int, mark: str, inside: bool) -> bool:
    """‘ and ’ are quotation marks only where no apostrophe can be (Kim’s, ’90s, rock ’n’)."""
    after = para[i + 1] if i + 1 < len(para) else " "
    if mark == "‘":
        before = para[i - 1] if i else " "
        return not before.isalnum() and after.isalnum()
    return inside and not after.isalnum()


def _span(text: str, open_at: int, width: int, close_at: int, close_end: int, closed: bool) -> Span:
    start, end = open_at + width, close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, open_at, close_end, closed)
