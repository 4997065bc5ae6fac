"""Provides the place and organisation gazetteer: countries, regions, cities, curated aliases.

The table is built once (see `gazbuild`) into the prebuilt lexicon tables (see `tables`);
a lookup is one indexed query, cached. Acronyms and demonyms come from the small curated
tables in data/ (see `curated`).
Keys are folded names (see normalize.fold).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache

from . import tables
from .curated import Entry, organizations, table
from .normalize import fold

__all__ = ["Entry", "demonym", "lookup", "prefetch", "warm"]


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


def prefetch(names: Iterable[str]) -> None:
    """Read the entries of many names at once; `lookup` then finds them in memory."""
    tables.prefetch_places({fold(n) for n in names})


def known(name: str, kind: str, strong: bool = True) -> bool:
    """Whether the gazetteer names `name` as a `kind` (a well-known one when `strong`)."""
    e = lookup(name)
    return e is not None and e.kind == kind and (e.strong or not strong)


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
