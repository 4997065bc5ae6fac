"""Provides the judgement of single words a mention rests on: an ordinary word of the
dictionary (`ordinary`), and persons nothing but a capital founds (`founded`)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..model import RawMention
from .candidate import CONTEXT, Candidate
from .wordstats import given_names, is_word, surnames

_VOWEL = re.compile(r"[aeiouy]")


@lru_cache(maxsize=8192)
def ordinary(word: str) -> bool:
    """An ordinary word, an inflection of one ("Postponed", "Deliveries") or a hyphenated
    compound of them ("Quarter-final"; not "Hewlett-Packard", whose parts are names)."""
    low = word.lower()
    if is_word(low) or low.isalpha() and not _VOWEL.search(low):  # "Shr", "Wk": abbreviations
        return True
    parts = low.split("-")
    if len(parts) > 1:
        return all(len(p) > 1 and ordinary(p) for p in parts)
    for end, repl in (("ies", "y"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", ""), ("s", ""),
                      ("men", "man")):
        if low.endswith(end) and len(low) > len(end) + 1 and is_word(low[:-len(end)] + repl):
            return True
    return False


def founded(text: str, mentions: list[RawMention],
             by_span: dict[tuple[int, int], Candidate]) -> list[RawMention]:
    """The mentions without the persons nothing founds: one word of the dictionary (of
    more than three letters: "Xi" is a name), no surname or given name, linked to no longer
    name, with no title and no cue stronger than its shape or a neighbour ("Policy",
    "Parser"). After "the" such a word names a team or a band: an organisation."""
    cue: dict[str, bool] = {}
    for m in mentions:
        c = by_span.get((m.start, m.end))
        cue[m.key] = cue.get(m.key, False) or c is None or c.strength > CONTEXT or bool(c.role)
    out = []
    for m in mentions:
        if (m.kind == "person" and m.key == m.text and not cue[m.key] and " " not in m.text
                and len(m.text) > 3 and ordinary(m.text) and m.text not in surnames()
                and m.text not in given_names()):
            if text[max(0, m.start - 4):m.start].lower() != "the ":
                continue
            m = replace(m, kind="organization")  # "the Gulls": a team, a band, no person
        out.append(m)
    return out
