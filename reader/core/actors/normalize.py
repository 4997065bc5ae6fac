"""Provides name folding (case, diacritics, hyphens, dots, apostrophes) and actor-id slugs."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_/]+")
_DROP = re.compile(r"[.'\"“”,()]")
_SLUG = re.compile(r"[^a-z0-9]+")
# Letters that NFKD does not decompose into base + accent.
_SPECIAL = str.maketrans(
    {"ß": "ss", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "æ": "ae",
     "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "ð": "d"}
)


@lru_cache(maxsize=65536)
def strip_accents(text: str) -> str:
    """`Vučić` -> `Vucic`: drop combining marks after compatibility decomposition."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """The comparison form of a name: lower case, no accents, no dots, hyphens as spaces.

    `Kim Jong-un`, `KIM JONG UN` and `Kim Jong Un` fold alike; so do `U.S.` and `US`.
    """
    text = strip_accents(text.translate(_APOSTROPHES)).lower()
    text = _DROP.sub("", text)
    return _SEPARATORS.sub(" ", text).strip()


def slug(text: str) -> str:
    """`Kim Jong-un` -> `kim-jong-un` (ASCII, for readable actor ids)."""
    return _SLUG.sub("-", fold(text)).strip("-") or "x"


def initials(words: list[str]) -> str:
    """Upper-case initials of the capitalised words: `Workers' Party of Korea` -> `WPK`."""
    return "".join(w[0] for w in words if w[:1].isupper())
