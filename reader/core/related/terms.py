"""Provides tokenisation matching the FTS5 `unicode61 remove_diacritics 2` tokenizer.

Terms are lower-cased letter/digit runs without diacritics, so their document
frequencies can be read straight from the FTS vocabulary.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

TOKEN = re.compile(r"[^\W_]+", re.UNICODE)

_STOP = """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours out over own said same says she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours
    s t d ll m re ve"""
STOPWORDS = frozenset(_STOP.split())


def fold(token: str) -> str:
    """Lower case without diacritics, as the FTS tokenizer stores it."""
    token = token.lower()
    if token.isascii():
        return token
    decomposed = unicodedata.normalize("NFD", token)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[str]:
    """Every term of `text`, in order."""
    if text.isascii():
        return TOKEN.findall(text.lower())
    return [fold(t) for t in TOKEN.findall(text)]


def counts(text: str) -> tuple[Counter[str], int]:
    """Term counts and length (in terms) of `text`."""
    found = tokens(text)
    return Counter(found), len(found)


def content_terms(text: str) -> Counter[str]:
    """Term counts without stop words and one-character terms."""
    return Counter(t for t in tokens(text) if t not in STOPWORDS and len(t) > 1)


def fts_or(terms: list[str]) -> str:
    """An FTS5 query matching any of `terms` (quoted, so never parsed as syntax)."""
    return " OR ".join(f'"{t}"' for t in terms)
