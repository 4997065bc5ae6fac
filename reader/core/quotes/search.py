"""Provides `filter_quotes`: who said what, narrowed by speaker (fuzzy) or quoted words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.quotes.extract import Quote

_WORD = re.compile(r"[^\W_]+")


def filter_quotes(quotes: Sequence[Quote], query: str) -> list[Quote]:
    """Quotes whose speaker matches `query` as typed ("medvedv"), or that hold its words.

    Speaker matches come first, best first; then quotes containing every word.
    """
    words = [w.casefold() for w in _WORD.findall(query)]
    if not words:
        return list(quotes)
    from rapidfuzz import fuzz

    folded = " ".join(words)
    by_speaker: list[tuple[float, int, Quote]] = []
    by_words: list[Quote] = []
    for n, q in enumerate(quotes):
        name = (q.speaker or "").casefold()
        score = max((fuzz.ratio(folded, part) for part in [name, *name.split()] if part), default=0)
        if name and (score >= 80 or folded in name):
            by_speaker.append((-score, n, q))
        elif all(w in q.text.casefold() for w in words):
            by_words.append(q)
    return [q for _, _, q in sorted(by_speaker)] + by_words
