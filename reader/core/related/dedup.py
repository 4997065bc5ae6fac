"""Provides near-duplicate grouping: the same wire story in two outlets is listed once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from reader.core.related.terms import tokens

T = TypeVar("T")

SHINGLE = 3  # words per shingle
MIN_WORDS = 8  # shorter passages are never grouped (one-liners repeat by chance)
THRESHOLD = 0.6  # Jaccard similarity of shingle sets that makes two passages duplicates


def shingles(text: str) -> frozenset[int]:
    """Hashes of the word 3-grams of `text` (empty for short passages)."""
    words = tokens(text)
    if len(words) < MIN_WORDS:
        return frozenset()
    return frozenset(hash(tuple(words[i : i + SHINGLE])) for i in range(len(words) - SHINGLE + 1))


def similar(a: frozenset[int], b: frozenset[int]) -> bool:
    """Whether two shingle sets are near-duplicates."""
    if not a or not b:
        return False
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < THRESHOLD * len(large):
        return False
    inter = len(small & large)
    return inter >= THRESHOLD * (len(a) + len(b) - inter)


def group(ranked: Sequence[T], text: Callable[[T], str], limit: int) -> list[tuple[T, list[T]]]:
    """The first `limit` groups of `ranked` (best first), each with its near-duplicates."""
    groups: list[tuple[T, frozenset[int], list[T]]] = []
    for item in ranked:
        sh = shingles(text(item))
        for _head, head_sh, dups in groups:
            if similar(sh, head_sh):
                dups.append(item)
                break
        else:
            if len(groups) == limit:
                break
            groups.append((item, sh, []))
    return [(head, dups) for head, _sh, dups in groups]
