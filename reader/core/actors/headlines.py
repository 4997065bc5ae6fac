"""Provides headline handling: lines in capitals or Title Case, where case tells nothing.

Such lines are found first; their names are then matched against the names the article
spells normally elsewhere, the gazetteer, and given name + surname pairs.
"""

from __future__ import annotations

import re
from typing import Any

from . import lexicon as lx
from .candidate import GAZ, GIVEN, Tok
from .gazetteer import lookup
from .legal import strip_form
from .normalize import fold
from .teams import table_shape
from .wordstats import given_names, is_common, is_word

_FUNCTION = lx.words("To Into Of In For With At On As And Or From By After Over Out Up Is Are")


# Longer function words some headline styles leave in lower case ("Rules that Cut").
_FUNCTION_LOWER = lx.words("that than this these those from into onto upon with when while"
                           " over about after before under amid says said will would could")
_CONTENT_LOWER = re.compile(
    r"(?<![-‐] )(?<![-‐\w])(?!(?:" + "|".join(sorted(_FUNCTION_LOWER)) + r")\b)[a-z]{4,}\b")
_NUMBER = re.compile(r"(?<![\w.])\d[\d.,:-]*(?![\w])")
_RANKED = re.compile(r"\s*\d{1,3}[.)]\s")  # a ranked list's item
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_NAME_LIST = re.compile(rf"\s*{_NAME}(?:\s*,\s*{_NAME}){{2,}}\s*,?\s*")  # three or more
_LOWER_WORD = re.compile(r"(?<![^\s\"“(])[a-z]+")
# Title Case leaves short function words in lower case ("Offer to X Bumped as High as ..."):
# they say nothing about the line's case.
_SMALL = lx.words("a an the and or nor but of to in on at by for from into onto with as vs via"
                  " per up off out over is are be")


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Spans of headline lines, where case tells nothing.

    All-caps lines ("LEICESTERSHIRE TAKE OVER AT TOP") and Title Case lines ("Lindsay Lohan
    Checks Into Betty Ford") with a capitalised common word inside.
    """
    out = []
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _heading(line, lines[i + 1] if i + 1 < len(lines) else ""):
            out.append((pos, pos + len(line)))
            pos += len(line) + 1
            continue
        lower_words = sum(w not in _SMALL for w in _LOWER_WORD.findall(line))
        if lower_words > 2 and lower_words * 4 > line.count(" ") + 1:
            pos += len(line) + 1
            continue  # an ordinary sentence: quick exit
        if _headline(line):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


_UNDERLINE = re.compile(r"([=\-~^*#+`])\1{2,}\s*")
_MARKDOWN = re.compile(r"#{1,6} +\S")
_UNDERLINED = re.compile(r"\S.{0,80}? ([=\-~^*#+`])\1{2,}\s*")  # one line after unwrapping


def _heading(line: str, below: str) -> bool:
    """A document's section heading: "# Usage" (Markdown), or a line underlined with
    "=====" or "-----" (reStructuredText, Setext; "Usage =====" once lines are joined)."""
    if _MARKDOWN.match(line) or _UNDERLINED.fullmatch(line):
        return True
    return bool(line.strip()) and _UNDERLINE.fullmatch(below) is not None and (
        len(below.rstrip()) >= 0.6 * len(line.rstrip()))


def _headline(line: str) -> bool:
    """Whether a line is in capitals or in Title Case (short function words may be lower)."""
    letters = sum(1 for c in line if c.isalpha())
    if letters < 6:
        return False
    upper = sum(1 for c in line if c.isupper())
    if upper >= 0.85 * letters:
        return not table_shape(line)  # "LEEDS 2 CHELSEA 1": a results line
    if _RANKED.match(line) or _NAME_LIST.fullmatch(line) or len(_NUMBER.findall(line)) > 2:
        return False  # "6. Ann Lee ( U.S. ) 13.53", "Ann Lee , Bo Hill , Ed Wood ,", a
        # scorecard ("Kent 195 ( A. Lee 80 , B. Hill 70 )"): names, not a headline
    words = [w for w in line.split() if w[:1].isalpha()]
    big = [w for w in words if w not in _SMALL]
    if _CONTENT_LOWER.search(line) and sum(w.isalnum() and w.isupper() and len(w) > 3
                                           for w in line.split()) < 2:
        return False  # "X ( Spain ) beat Y": a content word in lower case, so case tells
    if line[:1].isupper() and not line.rstrip().endswith((".", "?", ":", "!")) and all(
            w[0].isupper() for w in big):
        words = big  # no sentence, and only small words in lower case
    caps = sum(1 for w in words if w[0].isupper())
    common = sum(1 for w in words[1:] if w[0].isupper() and len(w) > 2 and (
        w in _FUNCTION or w not in lx.TITLES and is_word(w) and is_common(w, 3.3)
        and w not in given_names() and not lookup(w)))
    return len(words) >= 3 and caps >= 0.75 * len(words) and (
        common >= 2 or common > 0 and not line.rstrip().endswith(".")) and (
        not table_shape(line))  # "Norwich City 2 Stoke 1": results


# A word without its possessive: "HP" of "HP's Mark Hurd", "Giants" of "Giants' Offer".
_HEAD_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w-]|[’'](?![sS]\b)(?=[^\W\d_]))*")


class KnownNames:
    """The article's names so far, by their spellings in capitals (each with the first
    candidate that gave it), read from the detector's candidates as they come: once per
    article, not once per headline line."""

    def __init__(self) -> None:
        self.by_caps: dict[str, Any] = {}
        self._read = 0

    def update(self, cands: list[Any]) -> dict[str, Any]:
        """Take in the candidates added to `cands` since the last call."""
        known = self.by_caps
        for c in cands[self._read:]:
            if c.tentative:
                continue
            known.setdefault(c.text.upper(), c)
            if len(c.words) > 1 and (c.kind == "person" or c.kind == "organization" and (
                    c.words[-1] not in lx.ORG_HEADS)):
                known.setdefault(c.words[-1].upper(), c)  # "Lohan", "Sox" of "Red Sox"
            if c.kind == "person" and len(c.words) > 2:  # "Mark Felt" of "W. Mark Felt"
                known.setdefault(" ".join(c.words[-2:]).upper(), c)
            elif c.kind == "organization" and len(c.words) > 1:  # "Apex" of "Apex Corp"
                bare = len(strip_form(fold(" ".join(c.words))).split())
                if bare < len(c.words):
                    known.setdefault(" ".join(c.words[:bare]).upper(), c)
        self._read = len(cands)
        return known


def headline_names(det: Any, text: str, start: int, end: int, names: KnownNames) -> None:
    """Emit the names of one headline line through `det` (the article's detector);
    `names` holds the article's names, brought up to date here."""
    known = names.update(det.out)
    toks = [Tok(m.start(), m.end(), m.group()) for m in _HEAD_TOKEN.finditer(text, start, end)]
    i, n = 0, len(toks)
    while i < n:
        j = i + 1
        if not toks[i].text[0].isupper():
            i += 1
            continue
        stop = i + 1
        while stop < min(n, i + 4) and toks[stop].text[0].isupper() and (
                toks[stop].start - toks[stop - 1].end == 1):
            stop += 1
        for j in range(stop, i, -1):
            phrase = " ".join(t.text for t in toks[i:j])
            hit = known.get(phrase.upper())
            if hit is not None:
                det.emit(toks[i:j], hit.kind, hit.strength, False, hit.role,
                         hit.key if j - i == len(hit.words) else None)
                break
            entry = lookup(phrase)
            if entry and (entry.strong or j - i > 1):
                det.emit(toks[i:j], entry.kind, GAZ, False, key=entry.name)
                break
            second = toks[i + 1].text if j - i == 2 else ""
            first = toks[i].text
            if j - i == 2 and first.capitalize() in det.given and not (
                    is_word(first.lower()) and is_common(first, 4.5)) and not (
                    is_word(second) and is_common(second, 3.5) and (
                        second.capitalize() not in det.surnames or is_common(second, 4.5))) and (
                    second.capitalize() not in det.given):  # "Maurice Baker", not "Marsh Checks"
                det.emit(toks[i:j], "person", GIVEN, False)
                break
        else:
            j = i + 1
        i = j
