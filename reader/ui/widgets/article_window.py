"""Provides the window of paragraphs the article view draws: very long articles in parts.

Wrapping costs time per paragraph, so an article of tens of thousands of paragraphs is
drawn a window at a time: the block of `BLOCK` paragraphs holding the cursor and one
block either side. The window depends only on the cursor, so a saved scroll position
still fits when the article is opened again; it slides a block when the cursor crosses
into the next one, which `]`, `n`, Space and `G` all do.
"""

from __future__ import annotations

BLOCK = 400


def window(passage: int, count: int) -> tuple[int, int]:
    """The paragraphs `[lo, hi)` to draw with the cursor on `passage` of `count`."""
    if count <= 3 * BLOCK:
        return 0, count
    block = passage // BLOCK
    return max(0, (block - 1) * BLOCK), min(count, (block + 2) * BLOCK)


def above(lo: int) -> str:
    return f"↑ {lo:,} earlier paragraph{'s' if lo != 1 else ''} not shown · [ or g goes back"


def below(hi: int, count: int) -> str:
    n = count - hi
    return (
        f"↓ {n:,} more paragraph{'s' if n != 1 else ''} not shown · "
        "] or Space shows them, G the end"
    )
