"""Provides acronyms of names: "Federal Bureau of Investigation" -> FBI, "Hewlett-Packard" -> HP.

A name gives the initials of its capitalised words (each part of a hyphenated word counts:
"Hewlett-Packard" -> HP), with the lower-case function words left out and, as a second
reading, kept ("Bank of America" -> BOA as well as BA); a word written in capitals keeps all
its letters ("U.S. Geological Survey" -> USGS). A legal form never counts ("HP Inc").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .legal import strip_form
from .normalize import fold, strip_accents

_FUNCTION = frozenset({"of", "the", "for", "and", "on", "in", "at", "to", "de", "du", "des", "del",
                       "la", "le"})
_PARTS = re.compile(r"[\s\-‐‑–/]+")
_LETTERS = re.compile(r"[^\w&]+")
_SHAPE = re.compile(r"[A-Z][A-Z0-9&]{1,6}")


def is_acronym(text: str) -> bool:
    """Two to seven capitals (digits and & allowed after the first): "FBI", "AT&T", "G20"."""
    return _SHAPE.fullmatch(text.replace(".", "")) is not None


def _has_form(name: str) -> bool:
    folded = fold(name)
    return strip_form(folded) != folded


@lru_cache(maxsize=65536)
def acronyms_of(name: str) -> frozenset[str]:
    """The acronyms a multi-word name can be written as (empty for one word)."""
    words = strip_accents(name).split()
    while len(words) > 1 and _has_form(" ".join(words)):
        words.pop()  # drop the legal form: "Electronic Data Systems Corp."
    parts: list[tuple[str, bool]] = []  # (letters, is a function word)
    for word in words:
        for part in _PARTS.split(word):
            letters = _LETTERS.sub("", part)
            if not letters:
                continue
            if letters.lower() in _FUNCTION and not letters[0].isupper():
                parts.append((letters[0].upper(), True))
            elif letters.isupper() and len(letters) <= 4:
                parts.append((letters, False))  # "U.S." -> "US", "EYP"
            elif letters[0].isupper() or letters[0].isdigit():
                parts.append((letters[0], False))
            else:
                return frozenset()  # a lower-case word inside: not a name to abbreviate
    if len(parts) < 2:
        return frozenset()
    out = {"".join(p for p, f in parts if not f), "".join(p for p, _ in parts)}
    return frozenset(a for a in out if len(a) >= 2)
