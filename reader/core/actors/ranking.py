"""Provides the ranking of name-search matches: which actor a person most likely means.

Each matched form (an actor's name or alias) has a match score (0-100, see search._score).
An actor's rank adds to its best match two log-scaled terms, so a small difference in
how well the text matches can be outweighed by a large difference in evidence:

- the form's share of the actor's naming: its name counts fully, an alias by the share
  of the actor's mentions that used it ("Felt" for Mark Felt, not a once-seen
  "Mark 'Deep Throat' Felt"), so a word found only in a rare alias ranks lower;
- the actor's prominence: how many articles name it, then how often it is mentioned.

Exact whole-name matches of rare actors therefore still lose to a one-typo match of an
actor named in many times more articles (a misspelling in the corpus is rarer than the
correctly spelt name), and ties on a shared surname or head word go to the actor most
written about.
"""

from __future__ import annotations

import math

from ..model import Actor
from .legal import strip_form

SHARE_WEIGHT = 1.5  # points per e-fold of a form's share of its actor's mentions
MIN_SHARE = 1 / 64
PROMINENCE_WEIGHT = 2.0  # points per e-fold of articles naming the actor
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


GENERIC = 6.0  # a group ("police") comes after the named actors a query also fits


def prominence(actor: Actor) -> float:
    """Log-scaled evidence for the actor: articles first, mentions as a small extra; a
    group, named by a common noun, far less."""
    evidence = math.log1p(actor.articles) + 0.1 * math.log1p(actor.mentions)
    return evidence - GENERIC if actor.kind == "group" else evidence


def head_words(folded: str, kind: str) -> frozenset[str]:
    """The words of a folded name a person types alone: its last word (a surname, an
    organisation's head noun) without a legal form or a generational suffix, and for an
    organisation "x of y" also the word before "of" ("department of y")."""
    words = strip_form(folded).split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    if not words:
        return frozenset()
    heads = {words[-1]}
    if kind != "person" and "of" in words[1:]:
        heads.add(words[words.index("of", 1) - 1])
    return frozenset(heads)


class Ranker:
    """Collects match scores per actor for one query and ranks the actors."""

    def __init__(self, share: list[float], owner: list[int], prior: list[float]) -> None:
        self.share = share
        self.owner = owner
        self.prior = prior
        self.best: dict[int, tuple[float, float]] = {}  # actor -> (rank key, match score)

    def offer(self, ci: int, score: float) -> None:
        """Record that form `ci` matched with `score`."""
        ai = self.owner[ci]
        key = score + SHARE_WEIGHT * math.log(max(self.share[ci], MIN_SHARE))
        if key > self.best.get(ai, (-1e9, 0.0))[0]:
            self.best[ai] = (key, score)

    def ranked(self, spread: float, actors: list[Actor]) -> list[tuple[int, float]]:
        """(actor index, match score) by rank, matches far below the best one dropped."""
        if not self.best:
            return []
        floor = max(score for _, score in self.best.values()) - spread
        items = [(ai, k, s) for ai, (k, s) in self.best.items() if s >= floor]
        items.sort(key=lambda t: (-(t[1] + PROMINENCE_WEIGHT * self.prior[t[0]]),
                                  -actors[t[0]].mentions, actors[t[0]].id))
        return [(ai, s) for ai, _, s in items]
