"""Provides the regular expressions that find runs of capitalised words in news text.

A run is a maximal sequence of capitalised tokens ("Kim Jong-un", "U.S.", "Workers’ Party
of Korea") joined by spaces and, tentatively, by connectors ("of", "and", "de", ...); the
detector later decides which connectors really belong to a name.
"""

from __future__ import annotations

import re
import sys


def _upper_class() -> str:
    """A character class of every upper- and title-case letter, as compact ranges."""
    ranges: list[list[int]] = []
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        if ch.isupper() or ch.istitle():
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    parts = []
    for a, b in ranges:
        parts.append(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}")
    return "[" + "".join(parts) + "]"


UP = _upper_class()
CONNECTORS = (
    "of|the|for|and|&|de|del|della|der|den|di|da|das|dos|du|van|von|ter|la|le|bin|ibn|al|el|y"
)
ABBREVIATIONS = (
    "Jr|Sr|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Rev|Inc|Corp|Co|Ltd|Adm|Maj|Mt"
)
_TOKEN = (
    rf"(?:{UP}\.){{2,}}"  # U.S., U.K.
    rf"|(?:al|el|bin|ibn|abu|ben|ad|as)-{UP}\w+"  # al-Assad
    rf"|(?:{ABBREVIATIONS})\."  # Jr., Dr., Inc.
    rf"|{UP}\.(?=[ \t]+{UP})"  # the initial in George W. Bush
    rf"|{UP}\w*(?:[-‐]\w+)*(?:['’]{UP}\w*(?:[-‐]\w+)*)*"  # Kim, Jong-un, O’Brien
)
# A number-plural team word continues a run, never starts one: Philadelphia 76ers, 49ers.
_TEAM_NUMBER = r"\d{1,3}(?:ers|ERS)\b"
RUN = re.compile(
    rf"(?<![\w.@#/])(?:{_TOKEN})"
    rf"(?:(?:(?<=s)['’])?[ \t]+(?:(?:{CONNECTORS})[ \t]+)*(?:{_TOKEN}|{_TEAM_NUMBER}))*"
)
# Tokens of a run, split on spaces; plural possessive apostrophes stay on their word.
TOKEN = re.compile(r"\S+")
PREV_WORD = re.compile(r"([\w’'.-]+)[\s\"“”‘(]*$")
NEXT_WORD = re.compile(r"[\s,]*([\w’'-]+)")
