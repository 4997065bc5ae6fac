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
    for para in text.split("\n"):
        spans.extend(_paragraph(para, pos))
        pos += len(para) + 1
    return spans


def _paragraph(para: str, base: int) -> list[Span]:
    found: list[Span] = []
    opened: int | None = None  # index of the opening mark
    kind = ""
    for m in _OPEN_CLOSE.finditer(para):
        mark, i = m.group(), m.start()
        if mark in ("‘", "’") and not _single_mark(
            para, i, mark, opened is not None and kind == "‘"
        ):
            continue
        if opened is None:
            if mark in ("“", "``", "‘") or (mark == '"' and _can_open(para, i)):
                opened, kind = i, mark
            continue
        if _closes(kind, mark):
            found.append(_span(para, base, opened, len(kind), i, m.end(), True))
            opened = None
        elif mark in ("“", "``") and kind in ("“", "``"):
            opened, kind = i, mark  # a new quote opened: the earlier mark was stray
    if opened is not None:
        found.append(_span(para, base, opened, len(kind), len(para), len(para), False))
    return [s for s in found if s.end > s.start]


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


def _span(
    para: str, base: int, open_at: int, width: int, close_at: int, close_end: int, closed: bool
) -> Span:
    start, end = open_at + width, close_at
    while start < end and para[start].isspace():
        start += 1
    while end > start and para[end - 1].isspace():
        end -= 1
    return Span(base + start, base + end, base + open_at, base + close_end, closed)
