"""Provides word knowledge: how frequent a word is, whether it is also an ordinary word, given
names and surnames.

The figures come from wordfreq, Webster's word list (english-words) and the US census lists
of `names` (see `libdata`), read from the prebuilt lexicon tables (see `tables`): a lookup
is one indexed query, cached, and nothing is parsed at start-up.
"""

from __future__ import annotations

from functools import lru_cache

from . import tables
from .libdata import is_word_in, zipf_of


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


def gender(given: str) -> str | None:
    """"m" or "f" for a given name the census gives (ten times more often) to one sex
    ("John", "Susan"); None for shared ("Jordan"), unknown or empty names."""
    name = given.capitalize()
    return "m" if name in tables.names("male") else "f" if name in tables.names(
        "female") else None
