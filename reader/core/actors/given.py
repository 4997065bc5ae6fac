"""Provides given-name variants: Fred ~ Frederick, Mike ~ Michael, Phil ~ Philip, Kate ~ Kathryn.

From the `nicknames` package (a hand-curated list of English names and their nicknames),
read from the prebuilt lexicon tables (see `tables`). Only pairs with the same initial
count: the list also links names across letters (Bill ~ William, Peggy ~ Margaret), which
would link too many strangers.
"""

from __future__ import annotations

from functools import lru_cache

from . import tables


@lru_cache(maxsize=65536)
def _canonicals(name: str) -> frozenset[str]:
    # As nicknames' NickNamer.canonicals_of: case-insensitive, surrounding spaces ignored.
    return tables.canonicals(name.lower().strip())


def same_given(a: str, b: str) -> bool:
    """Whether two folded given names can be one person's: equal, or one the other's
    nickname with the same initial."""
    if a == b:
        return True
    if not a or not b or a[0] != b[0] or min(len(a), len(b)) < 2:
        return False
    return b in _canonicals(a) or a in _canonicals(b)
