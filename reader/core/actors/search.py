"""Provides `NameIndex`: find actors by a typed name, tolerant of typos, case and accents.

Aliases are folded (see normalize.fold) and indexed by the character trigrams of their
words; a query gathers the aliases sharing its rarest trigrams (the prefilter), rapidfuzz
scores those in C, and the best few are re-ranked with word- and prefix-aware scores.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import Any

from ..model import Actor
from .normalize import fold

_MAX_POOL = 6000
_SPREAD = 25.0  # keep matches at most this far below the best


def _grams(text: str) -> set[str]:
    out = set()
    for word in text.split():
        padded = f"^{word}$"
        out.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return out


class NameIndex:
    """Fuzzy name search over actors' names and aliases."""

    def __init__(self, actors: Iterable[Actor] | dict[str, Actor]) -> None:
        if isinstance(actors, dict):
            actors = actors.values()
        self.actors: list[Actor] = sorted(actors, key=lambda a: (-a.mentions, a.id))
        self.choices: list[str] = []
        self.owner: list[int] = []
        postings: dict[str, list[int]] = defaultdict(list)
        self.exact: dict[str, list[int]] = defaultdict(list)
        seen: set[tuple[str, int]] = set()
        for ai, actor in enumerate(self.actors):
            for alias in (actor.name, *actor.aliases):
                f = fold(alias)
                if not f or (f, ai) in seen:
                    continue
                seen.add((f, ai))
                ci = len(self.choices)
                self.choices.append(f)
                self.owner.append(ai)
                self.exact[f].append(ci)
                squashed = f.replace(" ", "")
                if squashed != f:
                    self.exact[squashed].append(ci)
                for g in _grams(f):
                    postings[g].append(ci)
        self.postings = dict(postings)

    def search(self, query: str, limit: int = 10) -> list[tuple[Actor, float]]:
        """Actors ranked by how well their name or an alias matches `query` (score 0-100)."""
        q = fold(query or "")
        if not q or limit <= 0:
            return []
        best: dict[int, float] = {}

        def offer(ci: int, score: float) -> None:
            ai = self.owner[ci]
            if score > best.get(ai, -1.0):
                best[ai] = score

        for ci in (*self.exact.get(q, ()), *self.exact.get(q.replace(" ", ""), ())):
            offer(ci, 100.0)
        lists = sorted((self.postings[g] for g in _grams(q) if g in self.postings), key=len)
        pool: set[int] = set()
        for posting in lists:
            if pool and len(pool) + len(posting) > _MAX_POOL:
                break
            pool.update(posting)
        cand = sorted(pool)
        sub = [self.choices[i] for i in cand]
        fuzz, process = _rapidfuzz()
        coarse = process.extract(q, sub, scorer=fuzz.QRatio, limit=max(30, limit * 3))
        coarse += process.extract(q, sub, scorer=fuzz.partial_ratio, limit=max(30, limit * 3))
        for _, _, j in coarse:
            score = _score(q, sub[j])
            if score >= 65:
                offer(cand[j], score)
        ranked = sorted(
            best.items(),
            key=lambda kv: (-kv[1], -self.actors[kv[0]].mentions, self.actors[kv[0]].id),
        )
        if ranked:  # far weaker matches than the best one are noise, not alternatives
            floor = ranked[0][1] - _SPREAD
            ranked = [(ai, score) for ai, score in ranked if score >= floor]
        return [(self.actors[ai], round(score, 1)) for ai, score in ranked[:limit]]


@cache
def _rapidfuzz() -> tuple[Any, Any]:
    """rapidfuzz's (fuzz, process), imported on the first search (~20 ms)."""
    from rapidfuzz import fuzz, process

    return fuzz, process


def _score(query: str, choice: str) -> float:
    fuzz = _rapidfuzz()[0]
    whole = fuzz.ratio(query, choice)
    if choice.startswith(query) or f" {query}" in choice:
        whole = max(whole, 92.0)
    word_best = max((fuzz.ratio(query, w) for w in choice.split()), default=0.0)
    # Part of a longer name ("putin" in "vladimir putin"), never a short alias inside the query.
    prefix = fuzz.partial_ratio(query, choice) if 3 <= len(query) <= len(choice) else 0.0
    return max(whole, 0.95 * word_best, 0.9 * prefix, fuzz.token_sort_ratio(query, choice))
