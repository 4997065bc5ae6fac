"""Provides the few corpus look-ups the screens share, shaped for the widgets.

No Textual here: these turn `Corpus` answers into what a widget shows (related
entries, search-term matches) so the widgets only render.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.ui.safe import snippet

if TYPE_CHECKING:
    from reader.core.corpus import Corpus


@dataclass(frozen=True, slots=True)
class RelatedEntry:
    """What the Related panel shows for one related passage."""

    doc: str
    start: int
    title: str
    passage: str
    actors: tuple[str, ...]
    reason: str
    passage_index: int = 0


UNAVAILABLE = "Related passages are not available yet."
WAITING = "Related passages appear once the corpus is indexed."
_WORD = re.compile(r"\w+", re.UNICODE)


def has_related(corpus: Corpus) -> bool:
    return getattr(corpus, "related_to_passage", None) is not None


def related_for_passage(
    corpus: Corpus, doc: str, passage: int, limit: int = 8
) -> tuple[list[RelatedEntry], str, bool]:
    """Entries related to a passage, the message to show when there are none, and
    whether this is an answer (False for an error: worth asking again later)."""
    find = getattr(corpus, "related_to_passage", None)
    if find is None:
        return [], UNAVAILABLE, False
    try:
        found = find(doc, passage, limit=limit)
    except Exception as exc:  # a derived layer must never take the reader down
        return [], f"Related passages could not be computed ({type(exc).__name__}).", False
    return entries(corpus, found), "No other article covers this paragraph.", True


def entries(corpus: Corpus, found) -> list[RelatedEntry]:
    from reader.core.related.reasons import CITES  # in the worker: not at start-up

    texts: dict[str, str] = {}
    out = []
    for r in found:
        body = getattr(r, "text", None)
        if body is None:
            if r.doc not in texts:
                article = corpus.article(r.doc)
                texts[r.doc] = article.text if article else ""
            body = texts[r.doc][r.start : r.end]
        window, _ = snippet(body, 0, 0, 180)
        title = getattr(r, "title", None) or r.doc
        dups = getattr(r, "duplicates", ()) or ()
        extra = dups if isinstance(dups, int) else len(dups)
        actors = tuple(r.actors or ())
        words = tuple(getattr(r, "words", ()))
        parts = [CITES] if getattr(r, "cites", False) else []
        if words:  # the actors have their own line
            parts.append(f"shared words: {' '.join(words)}")
        elif not actors and not parts and r.reason:
            parts.append(r.reason)
        reason = " · ".join(parts)
        if extra:
            reason = f"{reason} (+{extra} near-identical)" if reason else f"+{extra} near-identical"
        out.append(
            RelatedEntry(r.doc, r.start, title, window, actors, reason, getattr(r, "passage", 0))
        )
    return out


def term_matches(text: str, query: str) -> list[tuple[int, int]]:
    """Spans of `text` matching the words of a full-text query (last word as a prefix)."""
    words = _WORD.findall(query)
    if not words:
        return []
    parts = [rf"\b{re.escape(w)}\b" for w in words[:-1]] + [rf"\b{re.escape(words[-1])}\w*"]
    pattern = re.compile("|".join(parts), re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]
