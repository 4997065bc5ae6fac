"""Provides the detector's place rules: a run cut into well-known places, a place before a
title, a team named by a place, a road with its number and a street with its ordinal.

Functions of words (and the article's text for numbers); the detector emits what they find.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .candidate import Tok
from .gazetteer import Entry, demonym, known, lookup
from .runs import TITLE_WORDS
from .wordstats import is_word

_NUMBER_PLURAL = re.compile(r"\d{1,3}(?:ers|ERS)")  # a team's number plural: "76ers", "49ers"
_NUMBER_AFTER = re.compile(r"[ \t]+(\d{1,4}[A-Z]?)\b(?![.,:]\d)")
_ORDINAL_BEFORE = re.compile(r"\b(\d{1,5}(?:st|nd|rd|th))[ \t]+$")
# Words before a place that keep "<word> <place>" a place: "Greater London", "Old Delhi".
_PLACE_MODIFIERS = lx.NEVER_ALONE | lx.words("Inner Outer Downtown Metro Metropolitan Mid")


def numbered(text: str, toks: list[Tok]) -> list[Tok] | None:
    """The tokens of a road with its number ("Interstate 80", "State Route 9") or of a
    street with its ordinal ("42nd Street"): one place; None for any other run."""
    if toks[-1].text in lx.ROAD_WORDS:
        m = _NUMBER_AFTER.match(text, toks[-1].end)
        if m:
            return [*toks, Tok(m.start(1), m.end(1), m.group(1))]
    if len(toks) == 1 and toks[0].text in lx.PLACE_HEADS:
        m = _ORDINAL_BEFORE.search(text, max(0, toks[0].start - 12), toks[0].start)
        if m:
            return [Tok(m.start(1), m.end(1), m.group(1)), *toks]
    return None


def team_like(words: list[str], given: frozenset[str], surnames: frozenset[str]) -> bool:
    """A well-known place with ordinary words that are no person's name: "Florida
    Marlins", "Dynamo Moscow", "Air France"; "Paris Hilton", "Van Gastel" stay people."""
    n = len(words)
    for k in range(min(3, n - 1), 0, -1):  # place first: "Kansas City" + "Royals"
        if known(" ".join(words[:k]), "place"):
            rest = words[k:]
            if any(w in lx.PLACE_HEADS or w in lx.ORG_HEADS for w in rest):
                return False
            named = all(w in given or w in surnames for w in rest)
            plural = rest[-1].endswith("s") and len(rest[-1]) > 3
            return all(_plain(w) for w in rest) and (plural or not named)
    for k in range(min(3, n - 1), 0, -1):  # place last: "Real" + "Madrid"
        if known(" ".join(words[n - k:]), "place"):
            rest = words[:n - k]
            return all(_plain(w) and w not in given and w not in _PLACE_MODIFIERS
                       and w not in TITLE_WORDS and w not in lx.PLACE_STARTS for w in rest)
    return False


def _plain(word: str) -> bool:
    """An ordinary word or a nationality, not a name: "Marlins", "Air", "Irish", "76ers"."""
    return is_word(word) or demonym(word) is not None or _NUMBER_PLURAL.fullmatch(
        word) is not None


def places_in(words: list[str], given: frozenset[str]) -> list[tuple[Entry, int]]:
    """The run cut into two or more well-known places (longest first), or []; two
    words the first of which is a given name are left to be a person ("Sydney
    Washington")."""
    if len(words) < 2 or (len(words) == 2 and words[0] in given):
        return []
    found: list[tuple[Entry, int]] = []
    i = 0
    while i < len(words):
        for k in range(min(3, len(words) - i), 0, -1):
            e = lookup(" ".join(words[i : i + k]))
            if e and e.strong and e.kind == "place":
                found.append((e, k))
                i += k
                break
        else:
            return []
    return found if len(found) > 1 else []


def place_before_title(words: list[str], i: int) -> int:
    """The index of a title after a place that starts at `i` ("Alaska Gov."), or 0."""
    for j in range(min(len(words) - 1, i + 3), i, -1):
        if words[j] in lx.TITLES and known(" ".join(words[i:j]), "place", strong=False):
            return j
    return 0
