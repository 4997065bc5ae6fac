"""Provides legal forms of company names: "Apple Inc.", "Apple Corp" and "Apple" are one.

The terms come from cleanco (legal forms of many countries: Inc, Corp, Co, Ltd, plc, AG,
GmbH, S.A., ...), read from the prebuilt lexicon tables (see `tables`) on first use. Names
are compared folded (see normalize.fold).
"""

from __future__ import annotations

from functools import lru_cache

from . import tables
from .normalize import fold

# Words cleanco lists that are too often an ordinary part of a name in news text.
_NOT_FORMS = frozenset({"private", "company", "unlimited"})
# Also one company in news: "Hewlett-Packard Company", "Goldman Sachs Group", "X Holdings".
_EXTRA = ("company", "group", "holdings")


@lru_cache(maxsize=1)
def _forms() -> dict[int, frozenset[tuple[str, ...]]]:
    by_size: dict[int, set[tuple[str, ...]]] = {}
    for term in (*tables.legal_terms(), *_EXTRA):
        words = tuple(fold(term).replace("&", " ").split())
        if words and (len(words) > 1 or words[0] not in _NOT_FORMS or term in _EXTRA):
            by_size.setdefault(len(words), set()).add(words)
    return {n: frozenset(s) for n, s in sorted(by_size.items(), reverse=True)}


@lru_cache(maxsize=65536)
def strip_form(folded: str) -> str:
    """A folded company name without its legal form: "apple inc" -> "apple",
    "samsung electronics co ltd" -> "samsung electronics"; the name itself if it has none
    or is nothing but a form."""
    words = folded.replace("&", " ").split()
    forms = _forms()
    changed = True
    while changed and len(words) > 1:
        changed = False
        for n, terms in forms.items():
            if len(words) > n and tuple(words[-n:]) in terms:
                words = words[:-n]
                changed = True
                break
    return " ".join(words) if len(words) < len(folded.split()) else folded
