"""Provides team typing: a place or unknown name followed by a score is a sports team."""

from __future__ import annotations

import re

from . import lexicon as lx
from .candidate import SHAPE, TEAM, Candidate
from .gazetteer import lookup
from .wordstats import surnames

_SCORE_AFTER = re.compile(r"[ \t]+\d{1,3}(?:-\d{1,3})?(?![\d-])")
_SETS_AFTER = re.compile(r"[ \t]+\d-\d[ \t]+\d-\d")  # tennis sets: a player, not a team
_SPORT_WORDS = lx.words("beat beats defeated drew draw v vs vs. versus at")


def mark_teams(cands: list[Candidate], text: str) -> None:
    """A city, county or state followed by a score, or facing another one, is a team."""
    names = surnames()
    for i, c in enumerate(cands):
        after = text[c.end:c.end + 16]
        if c.kind == "person" and c.strength == SHAPE and not c.tentative:
            if (c.words[-1] not in names and _SCORE_AFTER.match(after)
                    and not _SETS_AFTER.match(after)):
                c.kind, c.strength = "organization", TEAM
            continue
        if c.kind != "place" or c.key is None:
            continue
        entry = lookup(c.key)
        if entry is None or entry.country:
            continue
        team = _SCORE_AFTER.match(after) is not None
        if not team:
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            if nxt is not None and nxt.kind == "place" and nxt.start - c.end < 12:
                between = text[c.end:nxt.start].strip().lower()
                team = between in _SPORT_WORDS
        if team:
            c.kind, c.strength, c.key = "organization", TEAM, None
