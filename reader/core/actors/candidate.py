"""Provides the candidate mention type, evidence strengths and run tokens shared by detection."""

from __future__ import annotations

from dataclasses import dataclass

from .tokens import TOKEN

# Evidence strength for a kind, used to make a document consistent.
TEAM, GAZ, CUE, TITLE, GIVEN, CONTEXT, SHAPE = 7, 6, 5, 4, 3, 2, 1
_QUOTES = "’'"


@dataclass(slots=True)
class Candidate:
    """A detected name before in-article linking."""

    start: int
    end: int
    text: str
    kind: str
    strength: int
    role: str | None = None
    key: str | None = None  # set for gazetteer hits (canonical name)
    initial: bool = False  # at the start of a sentence
    words: tuple[str, ...] = ()
    tentative: bool = False  # kept only if it links to a full person name in the article
    spelt: str | None = None  # the text as read when tokenised text was squeezed ("T-Mobile")
    cued: bool = False  # a word beside it says its kind ("Troy police"): the typer keeps it

    @property
    def name(self) -> str:
        """The mention as a name: its text, or its squeezed spelling."""
        return self.spelt or self.text


@dataclass(slots=True)
class Tok:
    """One word of a run, with offsets into the article."""

    start: int
    end: int
    text: str  # without a trailing plural-possessive apostrophe


def tokens(text: str, base: int) -> list[Tok]:
    """The words of a run starting at offset `base`."""
    out = []
    for m in TOKEN.finditer(text):
        word = m.group()
        end = m.end()
        if word[-1] in _QUOTES:
            word, end = word[:-1], end - 1
        out.append(Tok(base + m.start(), base + end, word))
    return out
