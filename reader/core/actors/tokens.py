"""Provides the regular expressions that find runs of capitalised words in news text.

A run is a maximal sequence of capitalised tokens ("Kim Jong-un", "U.S.", "Workers’ Party
of Korea") joined by spaces and, tentatively, by connectors ("of", "and", "de", ...); the
detector later decides which connectors really belong to a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import tables

CONNECTORS = (
    "of|the|for|and|&|de|del|della|der|den|di|da|das|dos|du|van|von|ter|la|le|bin|ibn|al|el|y"
)
ABBREVIATIONS = (
    "Jr|Sr|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Rev|Inc|Corp|Co|Ltd|Adm|Maj|Mt"
    "|Const|Det|Cpl|Insp|Supt|Pvt"
)


@lru_cache(maxsize=1)
def run_pattern() -> re.Pattern[str]:
    """The pattern of a run, made on first use: its capital-letter class (every upper- and
    title-case letter of this Python's Unicode) comes from the prebuilt tables."""
    up = tables.upper_class()
    token = (
        rf"(?:{up}\.){{2,}}"  # U.S., U.K.
        rf"|(?:al|el|bin|ibn|abu|ben|ad|as)-{up}\w+"  # al-Assad
        rf"|(?:{ABBREVIATIONS})\."  # Jr., Dr., Inc.
        rf"|{up}\.(?=[ \t]+{up})"  # the initial in George W. Bush
        rf"|{up}\w*(?:[-‐]\w+)*(?:['’]{up}\w*(?:[-‐]\w+)*)*"  # Kim, Jong-un, O’Brien
        rf"(?:['’]s(?={_ALONE}))?"  # a name with its "'s": "Moody's said", "at Lord's."
    )
    return re.compile(
        rf"(?<![\w.@#/])(?:{token})"
        rf"(?:(?:(?<=s)['’])?[ \t]+(?:(?:{CONNECTORS})[ \t]+)*(?:{token}|{_TEAM_NUMBER}))*"
    )


# What follows a possessive that stands alone, so that the "'s" belongs to the name:
# a stop or a verb, never a noun ("Moody's said", "at Lord's.", not "Moody's view").
_ALONE = (r"[ \t]*(?:[.,;:!?)]|\n|$)|[ \t]+(?:said|says|was|is|has|had|will|would|could|"
          r"cut|cuts|raised|raises|lowered|lowers|rated|rates|agreed|reported|reports|fell|"
          r"rose|added|declined|announced|confirmed)\b")
# A number-plural team word continues a run, never starts one: Philadelphia 76ers, 49ers.
_TEAM_NUMBER = r"\d{1,3}(?:ers|ERS)\b"


# Tokens of a run, split on spaces; plural possessive apostrophes stay on their word.
TOKEN = re.compile(r"\S+")
NEXT_WORD = re.compile(r"[\s,]*([\w’'-]+)")
_GAP = " \t\"“”‘("  # what may stand between the word before and `pos`
_WORD_MARKS = "_’'.-"  # what a word holds besides letters and digits


def prev_word(text: str, pos: int, reach: int | None = 40) -> str:
    """The word (letters, digits, `_’'.-`) just before `pos` on its line, past blanks,
    quotes and opening brackets, within the `reach` characters before `pos` (None: all
    of them); "" if none. Read back from `pos`: a pattern tried at every start cost the
    whole text before `pos` for every name."""
    lo = 0 if reach is None else max(0, pos - reach)
    end = pos
    while end > lo and text[end - 1] in _GAP:
        end -= 1
    start = end
    while start > lo and (text[start - 1].isalnum() or text[start - 1] in _WORD_MARKS):
        start -= 1
    return text[start:end]
