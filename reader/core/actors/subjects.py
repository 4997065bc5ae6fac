"""Provides `headline_subjects`: a person noun opening a title line ("Man charged with
murder", "Gunman kills two") is the person the article is about, when it names one person
more often than any other, the title names nobody else and that person has no other role."""

from __future__ import annotations

import re
from collections import Counter

from ..model import RawMention
from . import lexicon as lx
from .lexicon import NAME_SUFFIXES
from .wordstats import gender, given_names, surnames

_MALE = lx.words("""man boy son father husband brother dad grandfather king prince actor
businessman congressman spokesman chairman widower""")
_FEMALE = lx.words("""woman girl daughter mother wife sister mum grandmother queen princess
actress businesswoman congresswoman spokeswoman chairwoman widow""")
_NOUNS = lx.ROLE_NOUNS | _MALE | _FEMALE | lx.words("""teen teenager youth pensioner toddler
gunman killer shooter attacker murderer robber thief burglar kidnapper hijacker bomber arsonist
accused inmate prisoner convict fugitive escapee""")
# A title line: a capitalised person noun, then a word (not "Lawyer: ...", "Star's ..."),
# and no full stop at the end (a sentence is no title).
_TITLE = re.compile(r"^([A-Z][a-z]+)[ \t]+[A-Za-z][^\n]*[^.\n]$", re.M)
_MAX_WORDS = 16


def _full_name(key: str) -> bool:
    """A given name and a surname, by their look: "Jane Roe", not "Consumer Price Index"."""
    words = [w for w in key.split() if w not in NAME_SUFFIXES]
    return len(words) > 1 and (words[0] in given_names() or words[-1] in surnames())


def headline_subjects(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """`mentions` with the person nouns opening title lines linked to the article's
    subject: the person named in full most often, at least twice and more than any other.
    Such a mention is its own role, so that it says nothing of the noun elsewhere."""
    count = Counter(m.key for m in mentions if m.kind == "person" and _full_name(m.key))
    top = count.most_common(2)
    if not top or top[0][1] < 2 or len(top) > 1 and top[1][1] == top[0][1]:
        return mentions
    subject = top[0][0]
    sex = gender(subject.split()[0])
    roles = {m.role.split()[-1].lower() for m in mentions if m.key == subject and m.role}
    taken = {(m.start, m.end): m for m in mentions}
    added: list[RawMention] = []
    for t in _TITLE.finditer(text):
        word = t.group(1)
        noun = word.lower()
        if noun not in _NOUNS or len(t.group(0).split()) > _MAX_WORDS:
            continue
        if sex is not None and (noun in _MALE and sex == "f" or noun in _FEMALE and sex == "m"):
            continue
        if any(r in _NOUNS and r != noun for r in roles):
            continue  # "Gunman kills deputy" where "Deputy X" is the most named
        if any(t.start() < m.start < t.end() and m.kind == "person" for m in mentions):
            continue  # "Judge sentences Orozco": the noun is somebody else
        old = taken.get((t.start(), t.start(1) + len(word)))
        if old is not None and old.key != old.text:
            continue  # linked to a name already
        added.append(RawMention(t.start(1), t.end(1), word, "person", subject, word))
    if not added:
        return mentions
    spans = {(m.start, m.end) for m in added}
    return sorted([m for m in mentions if (m.start, m.end) not in spans] + added,
                  key=lambda m: m.start)
