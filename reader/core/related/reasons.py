"""Provides the short human reason shown with a related passage.

"Kim Jong-un, Xi Jinping · Beijing parade": the shared actors (rarest first), then
the rarest shared words that are not part of those names.
"""

from __future__ import annotations

from reader.core.related.terms import fold, tokens

MAX_ACTORS = 3
MAX_WORDS = 2


def reason(actors: list[str], words: list[str]) -> str:
    """Join shared actor names and shared words (each list already rarest first)."""
    names = actors[:MAX_ACTORS]
    in_names = {t for n in names for t in tokens(n)}
    extra = [w for w in words if len(w) > 2 and fold(w) not in in_names][:MAX_WORDS]
    parts = [", ".join(names)] if names else []
    if extra:
        parts.append(" ".join(extra))
    return " · ".join(parts) or "similar wording"
