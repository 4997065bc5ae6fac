"""Provides the place and organisation gazetteer: countries, regions, cities, curated aliases.

The table is built once (see `gazbuild`) into the prebuilt lexicon tables (see `tables`);
a lookup is one indexed query, cached. The small curated tables in data/ (short country
names and acronyms, demonyms, well-known organisations without a cue word) are read here.
Keys are folded names (see normalize.fold).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from . import tables
from .normalize import fold


@dataclass(frozen=True, slots=True)
class Entry:
    """What a known name stands for. `strong` entries beat person-name readings."""

    name: str
    kind: str
    strong: bool
    country: bool = False


def table(filename: str) -> list[list[str]]:
    """The rows of one curated tab-separated table in data/ (comments and blanks skipped)."""
    path = resources.files(__package__).joinpath("data").joinpath(filename)
    text = path.read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]


@lru_cache(maxsize=1)
def organizations() -> list[tuple[str, str]]:
    """Well-known organisations without a cue word: (name, canonical name)."""
    return [(row[0], row[1] if len(row) > 1 and row[1] else row[0])
            for row in table("organizations.tsv")]


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return {d: c for d, c in table("demonyms.tsv")}


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    names = [row[0] for row in table("aliases.tsv")] + [a for a, _ in organizations()]
    return frozenset(fold(a) for a in names if a.replace(".", "").isupper())


@cache
def _entry(row: tuple[str, str, int, int]) -> Entry:
    """One Entry object per distinct entry, as the built table had."""
    name, kind, strong, country = row
    return Entry(name, kind, bool(strong), bool(country))


@lru_cache(maxsize=262144)
def lookup(name: str) -> Entry | None:
    """The gazetteer entry for a surface name (any case, accents, dots), or None.

    Acronyms match only in capitals: "US" and "U.S." are the United States, "Us" is not.
    """
    key = fold(name)
    if key in _acronyms() and not name.replace(".", "").isupper():
        return None
    row = tables.place(key)
    return None if row is None else _entry(row)


@lru_cache(maxsize=65536)
def demonym(word: str) -> str | None:
    """`Serbian` -> `Serbia`; None when the word is not a nationality adjective."""
    return _demonyms().get(word)


def warm() -> None:
    """Load every table now (tests and benchmarks call this before timing)."""
    from .tokens import run_pattern
    from .wordstats import given_names, is_word, surnames

    tables.connection()
    lookup("warm")
    _demonyms()
    given_names()
    surnames()
    is_word("warm")
    run_pattern()
