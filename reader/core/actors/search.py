"""Provides `NameIndex`: find actors by a typed name, tolerant of typos, case and accents.

Aliases are folded (see normalize.fold) and indexed by the character trigrams of their
words and by their whole words; a query gathers the aliases sharing its rarest trigrams
(the prefilter) and every alias holding it as a word, rapidfuzz scores those in C, and the
best few are re-ranked with word- and prefix-aware scores (see `ranking`).

Ranking is by the actor a person most likely means: how well the typed text matches
(a whole name, a surname or head word, a typo of one), how much the matched form is
this actor's own (its name, or an alias used for most of its mentions), and how many
articles name the actor.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import Any

from ..model import Actor
from .normalize import fold
from .ranking import Ranker, head_words, prominence

_MAX_POOL = 6000
_MAX_WORD = 200  # aliases holding a typed word, most mentioned actors first
_SPREAD = 25.0  # keep matches at most this far below the best
_MIN_SCORE = 65.0
# A name does not end with a connective: "department of" in a query is a fragment.
_CONNECTIVES = frozenset({"of", "the", "and", "for", "in", "on", "at", "de", "du", "la", "von",
                          "van", "der", "al"})


def _grams(text: str) -> set[str]:
    out: set[str] = set()
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
        self.share: list[float] = []  # how much of its actor's naming this form is
        self.heads: list[frozenset[str]] = []
        self.prior: list[float] = [prominence(a) for a in self.actors]
        postings: dict[str, list[int]] = defaultdict(list)
        words: dict[str, list[int]] = defaultdict(list)
        self.exact: dict[str, list[int]] = defaultdict(list)
        self.names: dict[str, int] = {}  # folded own name -> most mentioned actor of it
        seen: dict[tuple[str, int], int] = {}
        for ai, actor in enumerate(self.actors):
            total = max(actor.mentions, sum(actor.aliases.values()), 1)
            name = fold(actor.name)
            self.names.setdefault(name, ai)
            for alias in (actor.name, *actor.aliases):
                f = fold(alias)
                if not f or alias in actor.roles and alias != actor.name:
                    continue  # "Man" (charged with ...), a role the text gave the person
                share = 1.0 if f == name else min(1.0, actor.aliases.get(alias, 0) / total)
                if (f, ai) in seen:
                    ci = seen[f, ai]
                    self.share[ci] = max(self.share[ci], share)
                    continue
                ci = seen[f, ai] = len(self.choices)
                self.choices.append(f)
                self.owner.append(ai)
                self.share.append(share)
                self.heads.append(head_words(f, actor.kind))
                self.exact[f].append(ci)
                squashed = f.replace(" ", "")
                if squashed != f:
                    self.exact[squashed].append(ci)
                for g in _grams(f):
                    postings[g].append(ci)
                for w in set(f.split()):
                    words[w].append(ci)
        self.postings = dict(postings)
        self.words = {w: cis[:_MAX_WORD] for w, cis in words.items()}

    def named(self, query: str) -> Actor | None:
        """The actor whose own name `query` is (folded; the most mentioned of several).

        For commands that act on one actor: `search` may rank a far more prominent actor
        one typo away above an exact name (a misspelling in the corpus), as a popup should,
        but a command given an actor's exact name means that actor.
        """
        ai = self.names.get(fold(query or ""))
        return None if ai is None else self.actors[ai]

    def search(self, query: str, limit: int = 10) -> list[tuple[Actor, float]]:
        """Actors ranked by how likely they are the one meant by `query`, with how well
        their name or an alias matches it (score 0-100)."""
        q = fold(query or "")
        if not q or limit <= 0:
            return []
        ranker = Ranker(self.share, self.owner, self.prior)
        for ci in (*self.exact.get(q, ()), *self.exact.get(q.replace(" ", ""), ())):
            ranker.offer(ci, 100.0)
        lists = sorted((self.postings[g] for g in _grams(q) if g in self.postings), key=len)
        pool: set[int] = set()
        for posting in lists:
            if pool and len(pool) + len(posting) > _MAX_POOL:
                break
            pool.update(posting)
        cand = sorted(pool)
        sub = [self.choices[i] for i in cand]
        fuzz, process = _rapidfuzz()
        top = max(30, limit * 3)
        coarse = process.extract(q, sub, scorer=fuzz.QRatio, limit=top)
        coarse += process.extract(q, sub, scorer=fuzz.partial_ratio, limit=top)
        scored = {cand[j] for _, _, j in coarse}
        for w in q.split():
            scored.update(self.words.get(w, ()))
        for ci in scored:
            score = _score(q, self.choices[ci], self.heads[ci])
            if score >= _MIN_SCORE:
                ranker.offer(ci, score)
        ranked = ranker.ranked(_SPREAD, self.actors)
        return [(self.actors[ai], round(score, 1)) for ai, score in ranked[:limit]]


@cache
def _rapidfuzz() -> tuple[Any, Any]:
    """rapidfuzz's (fuzz, process), imported on the first search (~20 ms)."""
    from rapidfuzz import fuzz, process

    return fuzz, process


def _score(query: str, choice: str, heads: frozenset[str]) -> float:
    """How well `query` matches one folded alias, 0-100.

    A whole name scores highest; one word of it less, its head word (a surname, an
    organisation's head noun) more than another word; a full name of two or more words
    typed with extra words around it ("acme ceo jane roe") still scores, lower.
    """
    fuzz = _rapidfuzz()[0]
    whole = fuzz.ratio(query, choice)
    if choice.startswith(query) or f" {query}" in choice:
        whole = max(whole, 92.0)
    word_best = max(
        (fuzz.ratio(query, w) * (0.97 if w in heads else 0.93) for w in choice.split()),
        default=0.0,
    )
    # Part of a longer name ("putin" in "vladimir putin"), never a short alias inside the query.
    prefix = fuzz.partial_ratio(query, choice) if 3 <= len(query) <= len(choice) else 0.0
    inside = 0.0
    if (" " in choice and len(choice) < len(query) and f" {choice} " in f" {query} "
            and choice.rsplit(" ", 1)[1] not in _CONNECTIVES):
        inside = 80.0 + 10.0 * len(choice) / len(query)
    return max(whole, word_best, 0.9 * prefix, fuzz.token_sort_ratio(query, choice), inside)
