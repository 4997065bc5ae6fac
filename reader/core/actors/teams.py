"""Provides team typing: a place or unknown name followed by a score is a sports team, and
so is a city alone in a sports story that names the city's team."""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import lexicon as lx
from .candidate import SHAPE, TEAM, Candidate
from .gazetteer import known, lookup
from .groups import Group, Sets
from .tokens import prev_word
from .wordstats import given_names, surnames, zipf

_SCORE_AFTER = re.compile(r"[ \t]+\d{1,3}(?:-\d{1,3})?(?![\d-]|st|nd|rd|th)")  # not "52nd"
_SETS_AFTER = re.compile(r"[ \t]+\d-\d[ \t]+\d-\d")  # tennis sets: a player, not a team
_SPORT_WORDS = lx.words("beat beats defeated drew draw v vs vs. versus at")
# A results line ("Hull 0 Barnet 0") or a league-table row ("Barnet 4 1 2 1 3 4 5"): every
# name on it is a team, surname-like or not. Such lines are short.
_MAX_LINE = 100
_NUMBER = re.compile(r"\d{1,3}")
_DIGIT = re.compile(r"\d")


def mark_teams(cands: list[Candidate], text: str) -> None:
    """A city, county or state followed by a score, or facing another one, is a team."""
    names = surnames()
    lines: dict[int, bool] = {}
    for i, c in enumerate(cands):
        after = text[c.end:c.end + 16]
        if c.kind == "person" and c.strength == SHAPE and not c.tentative:
            score = _SCORE_AFTER.match(after) is not None and not _SETS_AFTER.match(after)
            if score and len(c.words) == 1 and _label(c.words[0]) and _row_label(
                    text, c.start, c.end):
                c.tentative = True  # "Halftime 0-0": a line's label, no team
                continue
            if score and (c.words[-1] not in names or _table_line(text, c.start, lines)) and (
                    not _INITIALS.match(c.words[0])):  # "C. Lewis 80 not out": a batsman
                c.kind, c.strength = "organization", TEAM
            continue
        if c.kind != "place":
            continue
        entry = lookup(c.key) if c.key is not None else None
        if entry is None:
            if c.words[-1] in lx.PLACE_HEADS and _SCORE_AFTER.match(after) and _table_line(
                    text, c.start, lines):
                c.kind, c.strength = "organization", TEAM  # "Norwich City 2 Stoke 1"
            continue
        if entry.country:
            continue
        team = _SCORE_AFTER.match(after) is not None
        if not team:
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            if nxt is not None and nxt.kind == "place" and nxt.start - c.end < 12:
                between = text[c.end:nxt.start].strip().lower()
                team = between in _SPORT_WORDS
        if team:
            c.kind, c.strength, c.key = "organization", TEAM, None
    _city_for_team(cands, text)


_LOCATIVE = lx.words("in from near at of to into outside around across via")
_SPORTS = lx.words("""coach coaches season league playoff playoffs game games match matches
tournament championship scored inning innings pitcher quarterback striker goalkeeper
franchise roster draft stadium""")
_WORD = re.compile(r"[a-z]+")
_COMMA_NAME = re.compile(r"[ \t]*,[ \t]*[A-Z]")  # "Boston, Massachusetts"


def _city_for_team(cands: list[Candidate], text: str) -> None:
    """In a sports article (two of its words are sports words) that names one team with
    its city ("Boston Harriers"), the city alone is that team ("signed with Boston", "Boston
    has made an offer"), but for the place a thing is in or comes from ("in Boston",
    "Boston, Massachusetts")."""
    teams: dict[tuple[str, ...], set[str]] = {}
    for c in cands:
        if c.kind == "organization" and (i := town_of_team(c.words)):
            teams.setdefault(c.words[:i], set()).add(c.key or c.name)
    if not teams or len(_SPORTS.intersection(_WORD.findall(text.lower()))) < 2:
        return
    for c in cands:
        if c.kind != "place" or len(teams.get(c.words, ())) != 1:
            continue
        prev = prev_word(text, c.start, reach=None)
        if prev.lower() in _LOCATIVE or _COMMA_NAME.match(text, c.end):
            continue
        c.kind, c.strength, c.key = "organization", TEAM, next(iter(teams[c.words]))


def _row_label(text: str, pos: int, end: int) -> bool:
    """The name at `pos` labels a score alone on its line: "Halftime 0-0 .", never a
    results row ("Reading 1 Wigan 0") or prose ("fled on Interstate 75 , north")."""
    return text[text.rfind("\n", 0, pos) + 1:pos].strip() == "" and (
        _LABELLED.match(text, end) is not None)


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}$")
_LABELLED = re.compile(r"[ \t]+\d{1,3}-\d{1,3}[ \t.]*(?:\n|$)")


def _label(word: str) -> bool:
    """A frequent English word that is no name: it labels a row of a table."""
    return zipf(word.lower()) >= 3.5 and word not in surnames() and word not in given_names()


def _table_line(text: str, pos: int, seen: dict[int, bool]) -> bool:
    """Whether the short line at `pos` is a results line or a table row (memoised)."""
    lo = max(0, pos - _MAX_LINE)
    start = text.rfind("\n", lo, pos) + 1
    if start == 0 and lo > 0:
        return False  # a long line: prose
    if start not in seen:
        end = text.find("\n", pos, start + _MAX_LINE + 1)
        if end < 0 and len(text) <= start + _MAX_LINE:
            end = len(text)
        seen[start] = end >= 0 and table_shape(text[start:end])
    return seen[start]


def table_shape(line: str) -> bool:
    """name n name n, or name followed by five or more numbers; names have no digits."""
    if len(line) > _MAX_LINE or not _DIGIT.search(line):
        return False
    shape: list[str] = []
    for word in line.split():
        kind = "n" if _NUMBER.fullmatch(word) else "d" if _DIGIT.search(word) else "w"
        if not shape or shape[-1] != kind or kind == "n":
            shape.append(kind)
    pattern = "".join(shape)
    return pattern == "wnwn" or pattern.startswith("w") and pattern[1:] == "n" * (
        len(pattern) - 1) and len(pattern) >= 6


_NUMBER_PLURAL = re.compile(r"\d{1,3}ers")
_ORG_HEADS = frozenset(w.lower() for w in lx.ORG_HEADS)


def team_name(folded_words: list[str]) -> bool:
    """Words after a place that name a team: a plural nickname ("yankees", "76ers",
    "bulls") and no organisation head; "Avocado Commission" and "NAPM" are no team."""
    if not folded_words:
        return False
    last = folded_words[-1]
    if _NUMBER_PLURAL.fullmatch(last):
        return True
    return len(last) > 3 and last.endswith("s") and not any(
        w in _ORG_HEADS for w in folded_words)


def town_prefix(words: Sequence[str]) -> int:
    """How many first words of a name (not all) are a well-known place, the shortest such
    ("Los Angeles Angels": 2), 0 when none is."""
    return next((i for i in range(1, len(words)) if known(" ".join(words[:i]), "place")), 0)


def town_of_team(words: Sequence[str]) -> int:
    """How many words of a team's name are the well-known place it is named after
    ("Philadelphia 76ers", "Kansas City Royals"), 0 for a name that is no such team."""
    i = town_prefix(words)
    return i if i and team_name([w.lower() for w in words[i:]]) else 0


_DIGIT_WORDS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _nickname(word: str) -> str:
    """A team's nickname as fans clip it: "76ers" -> "sixers", "49ers" -> "niners"."""
    if _NUMBER_PLURAL.fullmatch(word) and word[-4] != "0":
        digit = _DIGIT_WORDS[int(word[-4])]
        return digit.removesuffix("e") + "ers"
    return word


def merge_team_names(groups: dict[str, Group], sets: Sets) -> None:
    """Two teams of one nickname whose towns start alike are one team: "Philadelphia 76ers"
    and "Philly Sixers" (never "New York Giants" and "San Francisco Giants")."""
    by_nick: dict[str, list[tuple[str, str]]] = {}
    for k, g in groups.items():
        words = k.split()
        if len(words) > 1 and not k.endswith("#team") and team_name(words[-1:]) and (
                g.kind() == "organization"):
            by_nick.setdefault(_nickname(words[-1]), []).append((" ".join(words[:-1]), k))
    for teams in by_nick.values():
        for i, (town, k) in enumerate(teams):
            for other, k2 in teams[i + 1:]:
                if len(town) > 3 and len(other) > 3 and town[:4] == other[:4]:
                    sets.union(k, k2)
