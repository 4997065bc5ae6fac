"""Provides `headline_subjects`: the one person noun of a title line ("Man charged with
murder", "Trial Begins for Shooting Suspect") is the person the article is about: the one
person it names in full in its lead, or the one it names most often. Never when the
title names somebody, the noun's sex is not the subject's or the subject has another
role; such a mention is its own role, so that it says nothing of the noun elsewhere."""

from __future__ import annotations

import re
from collections import Counter

from ..model import RawMention
from . import lexicon as lx
from .cues import capitalised
from .lexicon import NAME_SUFFIXES
from .overlaps import Overlaps
from .wordstats import gender, given_names

_MALE = lx.words("""man boy son father husband brother dad grandfather king prince actor
businessman congressman spokesman chairman widower""")
_FEMALE = lx.words("""woman girl daughter mother wife sister mum grandmother queen princess
actress businesswoman congresswoman spokeswoman chairwoman widow""")
_NOUNS = lx.ROLE_NOUNS | _MALE | _FEMALE | lx.words("""teen teenager youth pensioner toddler
gunman killer shooter attacker murderer robber thief burglar kidnapper hijacker bomber arsonist
accused inmate prisoner convict fugitive escapee worker employee""")
# A title line: a capital first, no full stop at the end (a sentence is no title), short.
_TITLE = re.compile(r"^[A-Z][^\n]*[^.\n]$", re.M)
# A capitalised word, not "Pin-Up", "Lawyer: X ...", "Deputy's" (killer) nor "the Singer
# World Series": no subject.
_WORD = re.compile(r"(?<!\bthe )\b[A-Z][a-z]+\b(?![-:]|['’]s\b)")
_AFTER_COLON = re.compile(r":[ \t]*\Z")
# Between a name and a noun set beside it: commas and capitalised words (", Swimming
# Champion , Actress , Pin - Up "), or "as" (" Set As Oscars ").
_APPOSITION = re.compile(r"(?:[ \t]*,(?:[ \t]+(?:[A-Z][\w'’]*|-))*)+[ \t]+")
_AS = re.compile(r"(?:[ \t]+\S+){0,2}[ \t]+[Aa]s(?:[ \t]+[A-Z][\w'’]*){0,2}[ \t]+")
_MAX_WORDS = 16
_LEAD = 600  # characters: where a story names its subject
# An institution's name: "Office of the Press Secretary" is nobody.
_INSTITUTION = re.compile(r"\b(?:" + "|".join(sorted(lx.ORG_HEADS)).replace(".", r"\.") + r") of\b")


def _title_case(line: str) -> bool:
    """Most words of the line, but small ones, are capitalised."""
    caps, words = capitalised(line)
    return words > 2 and caps >= 0.75 * words


def _other_sex(noun: str, sex: str | None) -> bool:
    """The noun says the other sex than a person's given name ("Woman" for a John)."""
    return noun in _MALE and sex == "f" or noun in _FEMALE and sex == "m"


def _full_name(key: str) -> bool:
    """A given name and more, by their look: "Jane Roe", not "Consumer Price Index"."""
    words = [w for w in key.split() if w not in NAME_SUFFIXES]
    return len(words) > 1 and words[0] in given_names()


def headline_subjects(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """`mentions` with the person nouns of short title lines linked: nouns set beside a name
    ("Jane Roe, Swimming Champion, Actress", "Roe Set As Oscars Host") to that person,
    the one noun of a line that names nobody to the article's subject."""
    titles = [(t, nouns) for t in _TITLE.finditer(text)
              if len(t.group().split()) <= _MAX_WORDS and (nouns := _nouns(text, t))]
    if not titles:
        return mentions
    at = Overlaps(mentions)
    added = _apposed(text, titles, at)
    spans = {(m.start, m.end) for m in added}
    added += [m for m in _subjects(text, titles, mentions, at) if (m.start, m.end) not in spans]
    if not added:
        return mentions
    spans = {(m.start, m.end) for m in added}
    return sorted([m for m in mentions if (m.start, m.end) not in spans] + added,
                  key=lambda m: m.start)


def _nouns(text: str, t: re.Match) -> list[re.Match]:
    return [w for w in _WORD.finditer(text, t.start(), t.end()) if w.group().lower() in _NOUNS]


def _apposed(text: str, titles: list[tuple[re.Match, list[re.Match]]],
             at: Overlaps) -> list[RawMention]:
    """Person nouns set beside the one person a title line names: after a comma or after
    "as" ("Jane Roe , Swimming Champion , Actress", "Picks Jane Roe As Oscar Host")."""
    out: list[RawMention] = []
    for t, nouns in titles:
        spans = {w.span() for w in nouns}
        named = [m for m in at.starting_in(t.start(), t.end()) if m.kind == "person"
                 and (m.start, m.end) not in spans and (m.key != m.text or " " in m.key)]
        if len({m.key for m in named}) != 1:
            continue  # nobody, or two people
        key = named[0].key
        sex = gender(key.split()[0])
        found: list[tuple[int, int]] = []
        for w in nouns:
            noun = w.group().lower()
            if _other_sex(noun, sex):
                continue
            if any(m.end <= w.start() and (_APPOSITION.fullmatch(text, m.end, w.start()) or
                                            _AS.fullmatch(text, m.end, w.start())) for m in named):
                if found and text[found[-1][1]:w.start()].isspace():
                    found[-1] = (found[-1][0], w.end())  # one role: "Head Coach"
                else:
                    found.append(w.span())
        out += [RawMention(a, b, text[a:b], "person", key, text[a:b]) for a, b in found]
    return out


def _subjects(text: str, titles: list[tuple[re.Match, list[re.Match]]],
              mentions: list[RawMention], at: Overlaps) -> list[RawMention]:
    """The one person noun of each title line that names nobody, linked to the article's
    subject: the one person it names in full, or the one named most often, at least twice."""
    count = Counter(m.key for m in mentions if m.kind == "person" and _full_name(m.key))
    top = count.most_common(2)
    if not top or len(top) > 1 and (top[0][1] < 2 or top[1][1] == top[0][1]):
        return []  # nobody, or nobody named more often than the others
    subject = top[0][0]
    if top[0][1] < 2 and next(m.start for m in mentions if m.key == subject) > _LEAD:
        return []  # named once, and not in the lead: a spokesman, no subject
    sex = gender(subject.split()[0])
    roles = {m.role.split()[-1].lower() for m in mentions if m.key == subject and m.role}
    taken = {(m.start, m.end): m for m in mentions}
    added: list[RawMention] = []
    for t, nouns in titles:
        if _INSTITUTION.search(t.group()):
            continue
        if not _title_case(t.group()):  # a sentence's subject opens it, or its part after
            # a colon: "Man charged with killing mother and sister", "Depot fire: Man held"
            nouns = [w for w in nouns if w.start() == t.start()
                     or _AFTER_COLON.search(text, t.start(), w.start())]
        if len({w.group().lower() for w in nouns}) != 1:
            continue  # none, or "Deputy's Killer Held": two people
        spans = {w.span() for w in nouns}
        head = max(t.start(), text.rfind(":", t.start(), nouns[0].start()) + 1)  # no kicker
        if any((m.start, m.end) not in spans and (
                m.kind == "person" or any(m.start <= a < m.end for a, _ in spans))
               for m in at(head, t.end())):
            continue  # "Judge sentences Jane Roe", "Office of the Press Secretary"
        noun = nouns[0].group().lower()
        if _other_sex(noun, sex):
            continue
        if any(r in _NOUNS and r != noun for r in roles):
            continue  # "Gunman kills deputy" where "Deputy X" is the most named
        for w in nouns:
            old = taken.get(w.span())
            if old is None or old.key == old.text:  # not linked to a name already
                added.append(RawMention(w.start(), w.end(), w.group(), "person", subject,
                                        w.group()))
    return added
