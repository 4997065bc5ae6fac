"""Provides the short human reason shown with a related passage.

"Kim Jong-un, Xi Jinping · Beijing parade": the shared actors (people first, then
organisations, then places; rarest first within a kind), then the rarest shared words
that are neither part of those names nor common English. A line elsewhere that names
the reader's own article as its story ("READ ALSO: …") says so first.
"""

from __future__ import annotations

from reader.core.related.common import COMMON_WORDS
from reader.core.related.terms import fold, tokens

MAX_ACTORS = 3
MAX_WORDS = 2
CITES = "links to this article"


def reason(actors: list[str], words: list[str], cites: bool = False) -> str:
    """Join shared actor names and shared words (each list already in display order)."""
    extra = telling_words(actors, words)
    parts = [CITES] if cites else []
    if actors:
        parts.append(", ".join(actors[:MAX_ACTORS]))
    if extra:
        parts.append(" ".join(extra))
    return " · ".join(parts) or "similar wording"


def telling_words(actors: list[str], words: list[str]) -> list[str]:
    """The first MAX_WORDS of `words` worth showing beside the names `actors`."""
    in_names = [t for n in actors for t in tokens(n) if len(t) > 2]
    return [w for w in words if _telling(fold(w), in_names)][:MAX_WORDS]


def _telling(word: str, in_names: list[str]) -> bool:
    """A word worth showing: not common, and not a name part ("Jong") or its derivative
    ("Korean" beside "North Korea")."""
    if len(word) <= 2 or word in COMMON_WORDS or word.isdigit():
        return False
    return not any(word.startswith(t) or t.startswith(word) for t in in_names)
