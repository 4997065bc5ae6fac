"""Provides `squeeze`: tokenised text ("T - Mobile", "U . S .", "Mr . Smith") spelt normally.

Wire archives and research corpora often store text split into tokens, with a space on both
sides of every hyphen and full stop. Detection runs on the squeezed text and maps its
offsets back through the index `squeeze` returns, so a mention still points into the
original text. Text that is not tokenised is returned unchanged (with no index).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import Any

from .tokens import ABBREVIATIONS

# Signs of tokenised text: a space before a comma, a possessive or a contraction.
_TOKENISED = re.compile(r"\w [,;:] |\w '(?:s|re|ll|ve|d|m) |\w n't\b")
_MIN_SIGNS = 2
_JOIN = re.compile(
    r"(?<=[^\W\d_]) - (?=[^\W\d_])"  # a hyphen spaced out: "Hewlett - Packard", "co - workers"
    rf"|(?<![\w.])(?:[A-Z]|{ABBREVIATIONS}|Miss) \.(?: [A-Z] \.)*"  # "U . S .", "Dr ."
    r"(?![ \t]*(?:\n|$))"  # not at the end of a line: there the full stop ends a sentence
)
# Compound words: hyphens split off on both sides ("co - workers"), or kept ("short-lived").
_SPLIT_COMPOUND = re.compile(r"(?<![\w/.-])[a-z]+ - [a-z]+(?![\w/.-])")
_KEPT_COMPOUND = re.compile(r"(?<![\w/.-])[a-z]+-[a-z]+(?![\w/.-])")


def tokenised(text: str) -> bool:
    """Whether the text reads as split into tokens (two or more signs suffice)."""
    return any(n >= _MIN_SIGNS for n, _ in enumerate(_TOKENISED.finditer(text), 1))


def _hyphen(text: str, s: int, e: int) -> bool:
    """Whether the " - " at s..e joins two parts of one word rather than dashing two
    phrases, in a text whose compound words are split: both neighbours start alike in
    case ("T - Mobile", "co - workers"; not "hospital - Interfax"), and they are not
    two words in capitals ("RUGBY - WIGAN")."""
    i, j, n = s, e, len(text)
    while i > 0 and text[i - 1].isalnum():
        i -= 1
    while j < n and text[j].isalnum():
        j += 1
    left, right = text[i:s], text[e:j]
    if left[0].isupper() != right[0].isupper():
        return False
    if left[0].isupper() and _NAME_BEFORE.search(text, max(0, i - _REACH), i) and (
            _NAME_AFTER.match(text, j)):
        return False  # two names dashed apart: "Esther Williams - Esther Williams"
    return not (len(left) > 1 and left.isupper() and len(right) > 1 and right.isupper())


# A capitalised word (not a sentence's article) just before, and one just after.
_NAME_BEFORE = re.compile(r"(?<![\w.])(?!(?:The|A|An) )[A-Z][\w'.]* $")
_NAME_AFTER = re.compile(r" [A-Z]")
_REACH = 80  # a name before is looked for this far back (searching all the text before
# each hyphen made a long tokenised text quadratic)


class Offsets:
    """Offsets in the original text of the squeezed text's characters: `offsets[i]`.

    Stored as the points where the shift changes, so building it costs per join, not per
    character."""

    __slots__ = ("_at", "_shift")

    def __init__(self) -> None:
        self._at: list[int] = [0]
        self._shift: list[int] = [0]

    def _add(self, at: int, shift: int) -> None:
        if at == self._at[-1]:
            self._shift[-1] = shift
        else:
            self._at.append(at)
            self._shift.append(shift)

    def __getitem__(self, i: int) -> int:
        return i + self._shift[bisect_right(self._at, i) - 1]


def squeeze(text: str) -> tuple[str, Offsets | None]:
    """The text with spaced hyphens and abbreviations closed up, and the offset in `text`
    of each of its characters (plus one past the end); (text, None) if unchanged."""
    if " ." not in text and " - " not in text or not tokenised(text):
        return text, None
    hyphens = _SPLIT_COMPOUND.search(text) is not None and not _KEPT_COMPOUND.search(text)
    parts: list[str] = []
    offsets = Offsets()
    pos = out = 0  # next original offset to copy; length of the squeezed text so far
    for m in _JOIN.finditer(text):
        s, e = m.span()
        if text[s] == " " and not (hyphens and _hyphen(text, s, e)):
            continue
        parts.append(text[pos:s])
        out += s - pos
        for i in range(s, e):
            if text[i] != " ":
                offsets._add(out, i - out)
                parts.append(text[i])
                out += 1
        pos = e
        offsets._add(out, pos - out)
    if not parts:
        return text, None
    parts.append(text[pos:])
    return "".join(parts), offsets


# A nickname in quotes or brackets between a given name and a surname:
# Vincent "The Chin" Gigante, Luis ( Jerry ) Ortiz, Earvin `` Magic '' Johnson, " Stone "
# spaced inside its quotes, with a lower-case article or "of": Vincent "the Chin" Gigante.
_NICKNAME = re.compile(
    r"(?<=[a-z]) +(?:\"|“|``|'|‘|\() ?"
    r"((?:the )?[A-Z][\w.'’-]*(?: (?:of |the )?[A-Z][\w.'’-]*){0,2})"
    r" ?(?:\"|”|''|'|’|\))(?= +[A-Z][a-z])")


def blank_nicknames(text: str, given: frozenset[str], known: Callable[[str], Any]) -> str:
    """The text with a nickname inside a person's name turned into spaces (same length),
    so that the name reads as one: `Vincent "The Chin" Gigante` -> `Vincent ... Gigante`.
    Only after a known given name (`given`), and never a name `known` knows ("(Texas)")."""
    if not any(q in text for q in "\"“'‘("):
        return text
    out = None
    for m in _NICKNAME.finditer(text):
        s = m.start()
        i = s
        while i > 0 and text[i - 1].isalpha():
            i -= 1
        if text[i:s] not in given or known(m.group(1)):
            continue
        if out is None:
            out = list(text)
        out[s:m.end()] = " " * (m.end() - s)
    return text if out is None else "".join(out)
