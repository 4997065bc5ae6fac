"""Provides word knowledge: how frequent a word is, whether it is also an ordinary word, given
names and surnames.

The figures come from wordfreq, Webster's word list (english-words) and the US census lists
of `names` (see `libdata`), read from the prebuilt lexicon tables (see `tables`): a lookup
is one indexed query, cached, and nothing is parsed at start-up.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

from . import tables


def zipf_of(frequency: float | None) -> float:
    """Zipf value (0 = unknown, 7 = "the") of a wordfreq frequency."""
    return math.log10(frequency) + 9 if frequency else 0.0


def is_word_in(words: Callable[[str], bool], word: str) -> bool:
    """Whether `word` or its plural's stem is in `words` (lower-case ordinary words)."""
    low = word.lower()
    if words(low):
        return True
    return len(low) > 3 and low.endswith("s") and (words(low[:-1]) or
                                                    low.endswith("es") and words(low[:-2]))


@lru_cache(maxsize=262144)
def zipf(word: str) -> float:
    """Zipf frequency (0 = unknown, 7 = "the") of a word, case-insensitive."""
    return zipf_of(tables.frequency(word.lower()))


@lru_cache(maxsize=262144)
def is_word(word: str) -> bool:
    """True when `word` is also an ordinary lower-case English word (or its plural)."""
    return is_word_in(tables.has_word, word)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names (capitalised)."""
    return tables.names("given")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """The most common surnames (capitalised)."""
    return tables.names("surnames")


def is_common(word: str, threshold: float = 4.0) -> bool:
    """True when `word` (any case) is a frequent English word."""
    return zipf(word) >= threshold
