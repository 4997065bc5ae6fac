"""Provides `collective_mentions`: a body of people acting as one, where it opens a
sentence or a headline ("Police said ...", "Prosecutors played ...", "Robbers Ram Car Into
Shop", "Greek police fired ...", "Three killed in fire"). Such a group names nobody in
particular: it is one generic actor of kind "group" per noun, which resolution never
merges with a named actor."""

from __future__ import annotations

import re

from ..model import RawMention
from . import lexicon as lx
from .cues import shouted

_WORD = re.compile(r"\b(?:" + "|".join(sorted(lx.GROUP_NOUNS | {w.lower() for w in lx.COUNT_WORDS}))
                   + r")\b(?![-'’.]\w)(?! ?['’])", re.I)  # not "Men's singles"
_OPENERS = " \t\"'“‘(["  # may stand between a sentence's start and its first word
_ENDS = ".!?:;"
_NEXT = re.compile(r"[ \t]+([A-Za-z]+)")
# What befalls a counted group: "Three killed", "Ten dead in quake", "Two held".
_FATES = lx.words("""killed dead died die injured hurt wounded shot stabbed arrested held
charged jailed convicted missing rescued evacuated""")
_PEOPLE = "People"  # the key of a counted group that names no noun: "Three killed"


def collective_mentions(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """`mentions` with the groups that open a sentence, a line or a headline's part after
    a colon (alone, counted or after a place: "Iran villagers"), where no mention is."""
    added = []
    for w in _WORD.finditer(text):
        found = _group(text, w, mentions)
        if found is not None and not any(m.start < found[1] and found[0] < m.end
                                         and not _bare(m, w) for m in mentions):
            start, end, key = found
            added.append(RawMention(start, end, text[start:end], "group", key))
    if not added:
        return mentions
    spans = {(m.start, m.end) for m in added}
    return sorted([m for m in mentions if (m.start, m.end) not in spans] + added,
                  key=lambda m: m.start)


def _bare(m: RawMention, w: re.Match) -> bool:
    """The mention is the group noun alone, linked to no name: "Firefighters" (a person)."""
    return (m.start, m.end) == w.span() and m.key == m.text and m.role is None


def _group(text: str, w: re.Match, mentions: list[RawMention]) -> tuple[int, int, str] | None:
    """(start, end, key) of the group the word `w` opens, if it opens one."""
    word = w.group()
    if not (word.islower() or word.isupper() or word.istitle()):
        return None
    if word.islower() and not _after_place(text, w.start(), mentions):
        return None  # "police" opens a sentence only after a place: "Greek police said"
    if word.isupper() and not shouted(word):
        return None  # an acronym
    nxt = _NEXT.match(text, w.end())
    if word.capitalize() in lx.COUNT_WORDS and _opens(text, w.start(), mentions):
        if nxt is None:
            return None
        noun = nxt.group(1).lower()
        if noun in lx.GROUP_NOUNS and not _name_follows(text, nxt.end()):
            return w.start(), nxt.end(), noun.capitalize()  # "Three people", "Both women"
        return (w.start(), w.end(), _PEOPLE) if noun in _FATES else None
    noun = word.lower()
    if noun not in lx.GROUP_NOUNS or not _opens(text, w.start(), mentions):
        return None
    if nxt is not None and nxt.group(1) in lx.WEEKDAYS:
        return w.start(), w.end(), noun.capitalize()  # "Prosecutors Tuesday put on ..."
    if _name_follows(text, w.end()):
        return None  # "Police Chief Jane Roe", "Police Scotland": a name goes on
    return w.start(), w.end(), noun.capitalize()


def _opens(text: str, i: int, mentions: list[RawMention] = ()) -> bool:
    """The word at `i` is the first of its line or of a sentence (or a part after a
    colon), or follows a place that is ("Iran villagers", "Greek police")."""
    if _after_place(text, i, mentions):
        return True
    j = i
    while j > 0 and text[j - 1] in _OPENERS:
        j -= 1
    if j == 0 or text[j - 1] == "\n":
        return True
    return j < i and text[j - 1] in _ENDS and not text[j - 2:j - 1].isupper()  # not "U.S."


def _after_place(text: str, i: int, mentions: list[RawMention]) -> bool:
    """The word at `i` follows a place that opens a sentence: "Iran villagers", "Greek police"."""
    before = next((m for m in mentions if m.end < i and text[m.end:i].isspace()
                   and m.kind == "place"), None)
    return before is not None and _opens(text, before.start)


def _name_follows(text: str, end: int) -> bool:
    """A capitalised word follows on the line, and the line is not all capitals or Title Case."""
    nxt = re.match(r"[ \t]+([A-Z]\w*)", text[end:end + 40])
    if nxt is None:
        return False
    stop = text.find("\n", end)
    line = text[text.rfind("\n", 0, end) + 1:stop if stop >= 0 else len(text)]
    words = [w for w in line.split() if w[:1].isalpha() and w not in lx.SMALL_WORDS]
    return sum(w[0].isupper() for w in words) < 0.75 * len(words)
