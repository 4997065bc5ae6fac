"""Provides `collective_mentions`: a body of people acting as one, where it opens a
sentence or a headline ("Police said ...", "Prosecutors played ...", "Robbers Ram Car Into
Shop", "Greek police fired ...", "Three killed in fire"), and a people named by the plural
of a nationality or a faith anywhere ("Iraqis fled", "Italian-Americans", "Christians").
Such a group names nobody in particular: it is an actor of kind "group", one per noun and
story (`stories`), which resolution never merges with a named actor."""

from __future__ import annotations

import re

from ..model import RawMention
from . import lexicon as lx
from .cues import capitalised, shouted
from .gazetteer import demonym
from .language import language
from .overlaps import Overlaps

# The first word of a line, or of a sentence or a part after a colon (quotes may open it).
_LINE_START = re.compile(r"^[ \t\"'“‘(\[]*([A-Za-z]+)", re.M)
_SENTENCE_START = re.compile(r"[.!?:;][\"'”’)\]]?[ \t]+[\"'“‘(\[]*([A-Za-z]+)")
_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
_JOINED = re.compile(r" ?['’]|[-.]\w")  # "Men's singles", "Officials'", "Police-led"
# What befalls a counted group: "Three killed", "Ten dead in quake", "Two held".
_FATES = lx.words("""killed dead died die injured hurt wounded shot stabbed arrested held
charged jailed convicted missing rescued evacuated""")
_PEOPLE = "People"  # the key of a counted group that names no noun: "Three killed"


def collective_mentions(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """`mentions` with the groups that open a sentence, a line or a headline's part after
    a colon (alone, counted or after a place: "Iran villagers") where no name is, and the
    peoples. English nouns: an article in another language has none."""
    if language(text) != "en":
        return mentions
    openings = [m.span(1) for m in _LINE_START.finditer(text) if not m.group(1).islower()]
    openings += [m.span(1) for m in _SENTENCE_START.finditer(text)
                 if not m.group(1).islower() and not text[m.start() - 1:m.start()].isupper()]
    starts = {a for a, _ in openings}
    after_place = [w.span(1) for m in mentions  # "Greek police", "Iran Villagers"
                   if m.kind == "place" and m.start in starts
                   and (w := _WORD.match(text, m.end)) is not None]
    added = [RawMention(m.start, m.end, m.text, "group", m.text) for m in mentions
             if _people(m)]
    spans = {(m.start, m.end) for m in added}
    overlapping = Overlaps(mentions)
    prose: dict[int, bool] = {}
    for start, end in sorted(openings + after_place):
        found = _group(text, start, end, prose)
        if found is None or found[:2] in spans or any(
                not (_bare(m, start, end) and not _plural_people(m.text))
                for m in overlapping(found[0], found[1])):
            continue
        a, b, key = found
        added.append(RawMention(a, b, text[a:b], "group", key))
        spans.add((a, b))
    if not added:
        return mentions
    return sorted([m for m in mentions if (m.start, m.end) not in spans] + added,
                  key=lambda m: m.start)


def _group(text: str, start: int, end: int,
           prose: dict[int, bool]) -> tuple[int, int, str] | None:
    """(start, end, key) of the group the word at `start` opens, if it opens one."""
    word = text[start:end]
    counted = word.capitalize() in lx.COUNT_WORDS
    if _JOINED.match(text, end):
        return None
    if word.istitle() and _plural_people(word):
        return start, end, word  # "Americans voted"
    if not counted and word.lower() not in lx.GROUP_NOUNS:
        return None
    if not (word.islower() or word.istitle() or shouted(word)):
        return None  # "pOlice", an acronym
    nxt = _WORD.match(text, end)
    if counted:
        if nxt is None:
            return None
        noun = nxt.group(1).lower()
        if noun in lx.GROUP_NOUNS and not _name_follows(text, nxt.end(), prose):
            return start, nxt.end(), noun.capitalize()  # "Three people", "Both women"
        return (start, end, _PEOPLE) if noun in _FATES else None
    key = word.capitalize()
    if nxt is not None and nxt.group(1) in lx.WEEKDAYS:
        return start, end, key  # "Prosecutors Tuesday put on ..."
    if _name_follows(text, end, prose):
        return None  # "Police Chief Jane Roe", "Police Scotland": a name goes on
    return start, end, key


def _people(m: RawMention) -> bool:
    """A person or place that is the plural of a nationality or a faith, alone."""
    return (m.kind != "organization" and m.key == m.text and m.role is None  # a team stays:
            and " " not in m.text and _plural_people(m.text))  # "the Indians won"


def _plural_people(word: str) -> bool:
    """The plural of a nationality or a faith: "Iraqis", "Italian-Americans", "Jews"."""
    one = word[:-1].rsplit("-", 1)[-1]  # "Italian-Americans"
    return word.endswith("s") and (one in lx.FAITHS or demonym(one) is not None)


def _bare(m: RawMention, start: int, end: int) -> bool:
    """The mention is the group noun alone, linked to no name: "Firefighters" (a person)."""
    return (m.start, m.end) == (start, end) and m.key == m.text and m.role is None


def _name_follows(text: str, end: int, prose: dict[int, bool]) -> bool:
    """A capitalised word follows on the line, and the line is not all capitals or Title
    Case (`prose`: that answer for each line start of the article, once a line is read)."""
    nxt = re.match(r"[ \t]+([A-Z]\w*)", text[end:end + 40])
    if nxt is None:
        return False
    start = text.rfind("\n", 0, end) + 1
    if start not in prose:
        stop = text.find("\n", end)
        caps, words = capitalised(text[start:stop if stop >= 0 else len(text)])
        prose[start] = caps < 0.75 * words
    return prose[start]
