"""Provides `Related`: one ranked related passage, the contract the UI and CLI read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Related:
    """A passage related to a query, with why; `duplicates` are near-copies grouped under it.

    `reason` is the one-line summary of `cites` (the passage links to the query's
    article), `actors` (shared, people first) and `words` (telling shared words).
    """

    doc: str
    passage: int
    start: int
    end: int
    score: float
    actors: tuple[str, ...]
    reason: str
    title: str
    duplicates: tuple[tuple[str, int], ...] = ()
    words: tuple[str, ...] = ()
    cites: bool = False
