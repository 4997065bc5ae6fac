"""Provides word knowledge from libraries: common English words, their frequency, given names.

`wordfreq` gives how frequent a word is (any case); `english-words` (Webster's list, where
proper nouns are capitalised) tells whether a word is also an ordinary lower-case word; the
US census lists shipped by `names` tell a given name ("Robert") or surname. All are loaded
once, lazily, from package data (no network).
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


@lru_cache(maxsize=1)
def _lower_words() -> frozenset[str]:
    try:
        from english_words import get_english_words_set

        words = get_english_words_set(["web2"], lower=False, alpha=True)
    except Exception:  # noqa: BLE001
        return frozenset()
    return frozenset(w for w in words if w.islower())


@lru_cache(maxsize=262144)
def is_word(word: str) -> bool:
    """True when `word` is also an ordinary lower-case English word (or its plural)."""
    low = word.lower()
    words = _lower_words()
    if low in words:
        return True
    return len(low) > 3 and low.endswith("s") and (low[:-1] in words or
                                                    low.endswith("es") and low[:-2] in words)


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


def _frequencies(name: str) -> dict[str, float]:
    try:
        text = resources.files("names").joinpath(name).read_text(encoding="utf-8")
    except Exception:  # noqa: BLE001
        return {}
    out = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].capitalize()] = float(parts[1])
    return out


@lru_cache(maxsize=1)
def _genders() -> dict[str, str]:
    male = _frequencies("dist.male.first")
    female = _frequencies("dist.female.first")
    out = {}
    for name in male.keys() | female.keys():
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m > 10 * f:
            out[name] = "m"
        elif f > 10 * m:
            out[name] = "f"
    return out


def gender(given: str) -> str | None:
    """"m" or "f" for a given name the census gives (ten times more often) to one sex
    ("John", "Susan"); None for shared ("Jordan"), unknown or empty names."""
    return _genders().get(given.capitalize())
