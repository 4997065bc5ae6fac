"""Provides in-article resolution: short forms link to the full name the same article uses.

"Kim" -> "Kim Jong-un", "Premier Li" -> "Li Qiang", "Medvedev" -> "Dmitry Medvedev", "WPK" ->
"Workers’ Party of Korea". A short form takes the nearest earlier full name that it can mean,
else the first later one; a surname several full names share takes the article's subject.
All mentions of one key then share the best-supported kind.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict

from ..model import RawMention
from . import lexicon as lx
from .acronyms import acronyms_of, is_acronym
from .candidate import GAZ, SHAPE, Candidate
from .cues import brand
from .gazetteer import known, lookup
from .lexicon import NAME_SUFFIXES
from .normalize import fold
from .wordstats import gender, given_names

_SKIP_FOLDED = lx.words("of the for and")
_PARTICLES = lx.PARTICLES
_SKIP = lx.words("of the for and & de van von der al bin la le du da di")


def _name_words(c: Candidate) -> list[str]:
    words = [fold(w) for w in c.words]
    while len(words) > 1 and c.words[len(words) - 1] in NAME_SUFFIXES:
        words.pop()
    return words


def _place(words: tuple[str, ...], strong: bool = True) -> bool:
    """The words are a (well-known) place: "Los Angeles" of "Los Angeles Angels", and,
    well-known or not, "Eindhoven" of "PSV Eindhoven"."""
    return known(" ".join(words), "place", strong)


def _maker(word: str) -> bool:
    """A company's or a brand's name before a product's: "Intel" (Core), "BlackBerry" (Curve)."""
    return brand(word) or known(word, "organization")


# A title says the sex: "Mr Hall" is not "Susan Hall" of the same article.
_SEX = {"Mr": "m", "Mr.": "m", "Sir": "m", "Mrs": "f", "Mrs.": "f", "Ms": "f", "Ms.": "f",
        "Miss": "f", "Madam": "f", "Lady": "f", "Dame": "f"}


def _same_sex(role: str | None, options: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The options a title's sex allows (all of them without a gendered title)."""
    sex = _SEX.get(role.split()[-1]) if role else None
    if sex is None:
        return options
    return [(p, k) for p, k in options if gender(k.split()[0]) in (sex, None)]


def _nearest(pos: int, options: list[tuple[int, str]]) -> str:
    """The key of the nearest option before `pos`, else the first one (options sorted)."""
    i = bisect_left(options, (pos, ""))
    return options[i - 1][1] if i else options[0][1]


def _principal(pos: int, options: list[tuple[int, str]]) -> str:
    """The full name a bare surname means: the nearest one when all share a given name
    ("Donald Trump Jr.", "Donald Trump"); when their given names differ, the first named
    that starts with a given name ("Jane Roe ... her brother Tom Roe ... Roe": Jane), as
    news names the relatives of its subject by their given names."""
    if len({k.split()[0] for _, k in options}) == 1:
        return _nearest(pos, options)
    names = given_names()
    return min(options, key=lambda o: (o[1].split()[0] not in names, o[0]))[1]


_BLEND = re.compile(r"([A-Z][a-z]?)[-.]?([A-Z][a-z]{1,3})")


class _Blends:
    """The article's full names by the initials of their first and last words, for the
    clipped blends ("LiLo", "A-Rod") that stand for one of them: a blend is compared
    with the names that fit its initials, not with every name of the article."""

    def __init__(self, fulls: set[str]) -> None:
        self.by_initials: dict[tuple[str, str], list[tuple[str, list[str]]]] = defaultdict(list)
        for k in fulls:
            if w := k.lower().split():
                self.by_initials[(w[0][:1], w[-1][:2])].append((k, w))

    def __call__(self, word: str) -> str | None:
        """The one full name the blend `word` stands for, else None."""
        m = _BLEND.fullmatch(word)
        if m is None:
            return None
        first, last = m.group(1).lower(), m.group(2).lower()
        found = {k for k, w in self.by_initials.get((first[:1], last[:2]), ())
                 if w[0].startswith(first) and w[-1].startswith(last)}
        return found.pop() if len(found) == 1 else None


def _company_units(cands: list[Candidate]) -> None:
    """A name the rules took for a person by its shape alone, whose first word is the
    name of a company of the article ("Pirelli Cables" beside "Pirelli SpA"), is a unit
    of that company."""
    makers = {c.words[0] for c in cands if c.kind == "organization" and len(c.words) > 1
              and c.words[-1] in lx.COMPANY_SUFFIXES}
    for c in cands:
        if c.kind == "person" and c.strength == SHAPE and c.role is None and (
                len(c.words) > 1 and c.words[0] in makers):
            c.kind = "organization"


def link(cands: list[Candidate]) -> list[RawMention]:
    """Give every candidate its in-article key and a document-consistent kind."""
    _company_units(cands)
    variant: dict[str, Counter[str]] = defaultdict(Counter)
    for c in cands:
        if c.key is None:
            variant[fold(c.name)][c.name] += 1
    best = {f: max(cnt.items(), key=lambda kv: (kv[1], -list(cnt).index(kv[0])))[0]
            for f, cnt in variant.items()}

    persons: dict[str, list[tuple[int, str]]] = defaultdict(list)  # word -> (pos, key)
    acronyms: dict[str, list[tuple[int, str]]] = defaultdict(list)
    prefixes: dict[str, list[tuple[int, str]]] = defaultdict(list)
    titled: set[str] = set()  # single names a title marks as a person's
    bare: dict[str, list[tuple[int, str]]] = defaultdict(list)  # first word of two
    for c in cands:
        if len(c.words) < 2:
            if c.kind == "person" and c.role and c.key is None:  # "Chancellor Merkel"
                titled.add(fold(c.name))
            continue
        key = c.key or best[fold(c.name)]
        if c.kind == "person" and c.key is None:
            words = _name_words(c)
            for w in dict.fromkeys(words):  # first, middle ("Lula") and last names
                if w not in _SKIP_FOLDED and fold(w) not in _PARTICLES:
                    persons[w].append((c.start, key))
        else:
            for ini in sorted(acronyms_of(c.name)):
                acronyms[ini].append((c.start, key))
            if c.kind == "organization":
                words = [fold(w) for w in c.words]
                if len(words) > 2 or c.words[-1] in lx.COMPANY_SUFFIXES:
                    prefixes[" ".join(words[:-1])].append((c.start, key))  # Microsoft (Corp.)
                if len(words) == 2 and c.words[0] not in lx.NEVER_ALONE and not lookup(
                        c.words[0]) and not is_acronym(c.words[0]) and (  # not HP (Services)
                        c.words[1] != "administration"):  # Obama is no Obama administration
                    bare[words[0]].append((c.start, key))  # Goldman (Sachs)
                if len(words) > 2 and c.words[-1] in lx.COMPANY_SUFFIXES:
                    prefixes[words[0]].append((c.start, key))  # Samsung (Electronics Co.)
                    if words[1] in ("of", "for"):
                        prefixes[words[0]].append((c.start, key))  # Academy (of ...)
                for i in range(1, len(words)):
                    if words[i] not in _SKIP_FOLDED and (i < len(words) - 1 or
                                                         c.words[-1] in lx.ORG_HEADS or
                                                         _place(c.words[:i]) or
                                                         _maker(c.words[0]) and
                                                         not _place(c.words[i:], False)):
                        prefixes[" ".join(words[i:])].append((c.start, key))  # Red Sox, Navy

    alone = {fold(c.name): c.start for c in reversed(cands) if len(c.words) == 1}
    for f, options in bare.items():  # "Apple" named before "Apple TV" is a name of its own
        if alone.get(f, options[0][0]) >= options[0][0]:
            prefixes[f] = sorted(prefixes[f] + options)
    longer: dict[tuple[str, ...], list[tuple[int, str]]] = defaultdict(list)
    for c in cands:
        if (c.kind == "person" and c.key is None and len(c.words) > 2
                and c.words[-1] not in NAME_SUFFIXES):
            words = _name_words(c)
            longer[(words[0], words[-1])].append((c.start, best[fold(c.name)]))
    keys: list[str] = []
    kinds: list[str] = []
    kept: list[Candidate] = []
    blend = _Blends({k for options in persons.values() for _, k in options})
    for c in cands:
        target: str | None = c.key
        kind = c.kind
        if c.tentative and fold(c.name) not in persons:
            continue
        if len(c.words) == 1 and c.strength < GAZ and (full := blend(c.name)):
            target, kind = full, "person"
        elif target is None or c.strength < GAZ or c.kind == "organization":  # Microsoft (Corp.)
            f = fold(c.name)
            fits = _same_sex(c.role, persons[f]) if len(c.words) == 1 and f in persons else []
            if fits and not (c.key and c.strength >= GAZ):
                target, kind = _principal(c.start, fits), "person"
            elif f in titled and len(c.words) == 1 and c.strength < GAZ:
                target, kind = best[f], "person"  # "the Merkel government", "Chancellor Merkel"
            elif c.name.replace(".", "").isupper() and c.name.replace(".", "") in acronyms:
                target = _nearest(c.start, acronyms[c.name.replace(".", "")])
            elif f in prefixes:
                target = _nearest(c.start, prefixes[f])
            elif target is None and len(c.words) == 2 and c.kind == "person" and (
                    tuple(_name_words(c)) in longer):
                target = _nearest(c.start, longer[tuple(_name_words(c))])
            elif target is None:
                target = best[f]
        keys.append(target)
        kinds.append(kind)
        kept.append(c)
    cands = kept

    support: dict[str, tuple[int, str]] = {}
    for c, key, kind in zip(cands, keys, kinds, strict=True):
        strength = c.strength if kind == c.kind else GAZ
        if key not in support or strength > support[key][0]:
            support[key] = (strength, kind)
    return [RawMention(c.start, c.end, c.text, support[key][1], key, c.role)
            for c, key in zip(cands, keys, strict=True)]
