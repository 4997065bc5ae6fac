"""Provides word knowledge from libraries: how common an English word is, and given names.

`wordfreq` tells a sentence-initial common word ("Nonetheless") from a name; the US census
name lists shipped by `names` tell a given name ("Robert") from an unknown capitalised word.
Both are loaded once, lazily, from package data (no network).
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _freq() -> dict[str, float]:
    try:
        import wordfreq

        return wordfreq.get_frequency_dict("en", "small")
    except Exception:  # noqa: BLE001 - a missing list must not break detection
        return {}


@lru_cache(maxsize=262144)
def zipf(word: str) -> float:
    """Zipf frequency (0 = unknown, 7 = "the") of a word, case-insensitive."""
    f = _freq().get(word.lower())
    return math.log10(f) + 9 if f else 0.0


def _census(name: str, limit: int) -> frozenset[str]:
    try:
        text = resources.files("names").joinpath(name).read_text(encoding="utf-8")
    except Exception:  # noqa: BLE001
        return frozenset()
    out = []
    for i, line in enumerate(text.splitlines()):
        if i >= limit:
            break
        if line:
            out.append(line.split(None, 1)[0].capitalize())
    return frozenset(out)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names (capitalised)."""
    return _census("dist.male.first", 1219) | _census("dist.female.first", 4275)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """The most common surnames (capitalised)."""
    return _census("dist.all.last", 20000)


def is_common(word: str, threshold: float = 4.0) -> bool:
    """True when `word` (any case) is a frequent English word."""
    return zipf(word) >= threshold
