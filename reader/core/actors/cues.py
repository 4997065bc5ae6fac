"""Provides the words beside a name that tell its kind: "Interfax news agency", "Pirelli
shares" (an organisation); "Karvan province", "the town of Belvik", "Troy, Mich." (a place)."""

from __future__ import annotations

import re

from . import lexicon as lx
from .candidate import Tok
from .gazetteer import demonym, known, lookup
from .wordstats import given_names, is_common, is_word, surnames

# A capital inside a word, not after a name prefix (McDonald, DeGeneres, O’Brien): a brand.
_BRAND = re.compile(r"^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-Z][a-z]+[A-Z]\w*$")
_PREFIXED = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)([A-Z][a-z]+)$")

BUSINESS = lx.words("shares stock stocks shareholders subsidiary unit")
# The word after a name, past a possessive: "Pirelli shares", "Magna 's chief executive".
_AFTER = re.compile(r"(?:[ \t]*['’]s\b)?[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?")
_OWNED = lx.words("shareholders stockholders subsidiary subsidiaries profit profits earnings board")
_NOUN_OF = re.compile(r"\b([a-z]+) of[ \t]+$")  # "the province of" before a name
_ORG_AFTER2 = {("news", "agency"), ("news", "service"), ("chief", "executive")}


def org_after(text: str, end: int) -> bool:
    """The words after a name make it an organisation: "Interfax news agency said"."""
    m = _AFTER.match(text, end)
    if m is None:
        return False
    if m.group(0).lstrip(" \t")[:1] in "'’":  # "Pirelli's shares", not "Hen's newspaper"
        return m.group(1) in BUSINESS or m.group(1) in _OWNED or (
            m.group(1), m.group(2)) in _ORG_AFTER2
    return m.group(1) in lx.ORG_AFTER or (m.group(1), m.group(2)) in _ORG_AFTER2


def place_around(text: str, start: int, end: int) -> bool:
    """A place noun in lower case after the name ("Karvan province", "Zarand mountains")
    or before it with "of" ("the province of Karvan", "the town of Belvik")."""
    m = _AFTER.match(text, end)
    if m is not None and m.group(1) in lx.PLACE_NOUNS and "'" not in m.group(0):
        return True
    m = _NOUN_OF.search(text, max(0, start - 30), start)
    return m is not None and m.group(1) in lx.PLACE_NOUNS


# ", Region" after a name, then the end of the phrase: "Troy, Michigan,", "Troy, Mich. -".
_REGION_AFTER = re.compile(
    r"[ \t]?,[ \t]+([A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)(?=[ \t]*(?:[,.;:)\n\-–—]|$)|[ \t]+[a-z])")


def region(name: str) -> bool:
    """A well-known region or country, or a state abbreviation ("Mich.", "Calif")."""
    if name.rstrip(".") in lx.STATE_ABBREVIATIONS:
        return True
    return known(name, "place")


def town_around(text: str, end: int) -> bool:
    """A one-word name is a town: a region after a comma ("Troy, Michigan", "Palmer,
    Alaska") or a town's own word after it ("Troy police")."""
    m = _REGION_AFTER.match(text, end)
    if m is not None and region(m.group(1)):
        return True
    m = _AFTER.match(text, end)
    return m is not None and m.group(1) in lx.TOWN_AFTER and "'" not in m.group(0)


def state_after_town(text: str, start: int, end: int) -> bool:
    """A state abbreviation between a comma and a stop or comma: "Troy, Mich.", "Biloxi,
    Miss ., motel" (never the title of "the victim, Miss Jenkin")."""
    return text[max(0, start - 2):start].rstrip(" \t").endswith(",") and (
        text[end:end + 2].lstrip(" \t")[:1] in ("", ".", ",", "\n"))


_TOWN_COMMA = re.compile(r"\b((?:[A-Z][\w.'’-]*[ \t]+){0,2}[A-Z][\w.'’-]*)[ \t]*,[ \t]*$")


def code_after_town(text: str, start: int, end: int) -> bool:
    """A postal code after a town and a comma, before a stop, a comma or a lower-case
    word: "Newport Beach, CA.", "Austin, TX residents"; never after a person's name
    ("Jane Carter, MD")."""
    after = text[end:end + 2].lstrip(" \t")[:1]
    m = _TOWN_COMMA.search(text, max(0, start - 60), start)
    if m is None or not (after in ("", ".", ",", "\n") or after.islower()):
        return False
    town = m.group(1)
    return known(town, "place", strong=False) or not any(  # "J. Carter", "Jane Carter"
        w in given_names() or len(w.rstrip(".")) == 1 for w in town.split())


def capitalised(line: str) -> tuple[int, int]:
    """How many of a line's words (those starting with a letter, but small ones: "of",
    "the") are capitalised, and how many there are."""
    words = [w for w in line.split() if w[:1].isalpha() and w not in lx.SMALL_WORDS]
    return sum(w[0].isupper() for w in words), len(words)


def shouted(word: str) -> bool:
    """A frequent English word written in capitals that names nothing alone ("WITH",
    "MURDER"; never "US", "JOHN", "AMERICAN")."""
    if not word.isupper() or not word.isalpha():
        return False
    name = word.capitalize()
    if word.lower() in lx.SMALL_WORDS:
        return True
    return (len(word) > 1 and (is_common(word) or is_word(word.lower()) and (
        is_common(word, 3.0) or name not in surnames()))  # "TRAWLER", never "FORD"
            and lookup(word) is None and not demonym(name) and name not in given_names())


def brand(word: str) -> bool:
    """A word with a capital inside that is no surname: "PayPal", "MacBook" (a word after
    "Mac"), never "McDonald", "DeGeneres" or "MacArthur"."""
    if _BRAND.match(word):
        return True
    m = _PREFIXED.match(word)
    rest = m.group(1) if m else ""
    return bool(rest) and is_common(rest.lower(), 4.0) and rest not in given_names() and (
        word.capitalize() not in surnames())  # the lists spell "Mcknight"


_ADMINISTRATION = re.compile(r"[ \t]+(administration)\b")


def administration(text: str, toks: list[Tok]) -> list[Tok] | None:
    """The tokens of a leader's administration, an organisation ("the Bush administration",
    "the Jane Roe administration"); None for any other run, and after a place, a
    nationality or a word that is no surname ("the Texas administration", "the French
    administration", "the Republican administration")."""
    m = _ADMINISTRATION.match(text, toks[-1].end)
    if m is None or len(toks) > 3:
        return None
    name = " ".join(t.text for t in toks)
    last = toks[-1].text
    if demonym(name) or known(name, "place") or (
            is_word(last.lower()) and last not in surnames()):
        return None  # "the Republican administration": no leader's name
    return [*toks, Tok(m.start(1), m.end(1), m.group(1))]
