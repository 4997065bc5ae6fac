"""Provides `find_quotes`: the quotations of one article, each with its speaker.

A span between quotation marks is a quotation when someone is reported as saying it:
a reporting verb next to it ("…,” X said / X said: “…”), "according to X", a
reporting verb in its sentence for a partial quote ("praising “friendly” ties"), or it
continues the previous speaker's quote in the next paragraph. Short spans with no such
cue (scare quotes, nicknames) and titles of works are not. The speaker is the actor
named at the cue, the antecedent of a pronoun or role ("he said", "the company said")
when the context decides it, else the speaker's description, else None.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.quotes.cues import ACCORDING, ARTICLES, ORG_HEADS, PRONOUNS, REPORTING, STATEMENT
from reader.core.quotes.marks import Span, quote_spans

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?](?:\s*(?:''|[”\"’]))?(?=\s|$)")
WINDOW = 160  # characters of context read on each side of a quote


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: offsets of the quoted words in the article text, and who said them."""

    doc: str
    start: int
    end: int
    text: str
    speaker: str | None  # the actor's name, or a description ("defence officials")
    actor: str | None  # the actor id when the speaker is a named actor


@dataclass(frozen=True, slots=True)
class _Who:
    start: int
    end: int
    pick: str  # "first" or "last" mention in the region


def find_quotes(doc: str, text: str, mentions: Sequence) -> list[Quote]:
    """Quotations of `text`; `mentions` are the article's resolved actor mentions."""
    ms = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ms]
    out: list[Quote] = []
    previous: tuple[Quote, int] | None = None  # last quote and the paragraph it ended in
    for span in quote_spans(text):
        words = _WORD.findall(text[span.start : span.end])
        if not words:
            continue
        para = text.count("\n", 0, span.open_at)
        who, partial = _cue(text, span)
        speaker: tuple[str | None, str | None] | None = None
        if who is not None:
            if partial and _title_case(words):
                continue
            speaker = _speaker(text, who, ms, starts, span, previous)
        elif previous and para - previous[1] <= 1 and _opens_paragraph(text, span):
            speaker = (previous[0].speaker, previous[0].actor)  # the quote runs on
        elif len(words) >= 8 and _ends_sentence(text, span):
            speaker = (None, None)
        if speaker is None:
            continue
        quote = Quote(doc, span.start, span.end, text[span.start : span.end], *speaker)
        out.append(quote)
        previous = (quote, text.count("\n", 0, span.close_end))
    return out


def _cue(text: str, span: Span) -> tuple[_Who | None, bool]:
    """Where the speaker is named, and whether the quote is partial (inside a sentence)."""
    para_start = text.rfind("\n", 0, span.open_at) + 1
    sent_start = max(para_start, span.open_at - WINDOW)
    for m in _SENTENCE_END.finditer(text, sent_start, span.open_at):
        sent_start = m.end()
    before = text[sent_start : span.open_at]
    para_end = text.find("\n", span.close_end)
    para_end = len(text) if para_end < 0 else para_end
    stop = min(para_end, span.close_end + WINDOW)
    end = _SENTENCE_END.search(text, span.close_end, stop)
    after_end = end.start() if end else stop
    nxt = text.find("“", span.close_end, after_end)
    after_end = nxt if nxt >= 0 else after_end
    after = text[span.close_end : after_end]
    # "…,” X said / "…,” said X
    lead = len(after) - len(after.lstrip(" ,;:-—–"))
    verb = REPORTING.search(after, lead)
    if verb and verb.start() - lead <= 80:
        base = span.close_end
        if not after[lead : verb.start()].strip():  # verb first: said X
            tail = re.split(r"[,.;:(]", after[verb.end() :], maxsplit=1)[0]
            return _Who(base + verb.end(), base + verb.end() + len(tail), "first"), False
        return _Who(base + lead, base + verb.start(), "first"), False
    # according to X, “…”
    acc = list(ACCORDING.finditer(before))
    if acc:
        tail = re.split(r"[,.;:]", before[acc[-1].end() :], maxsplit=1)[0]
        return _Who(
            sent_start + acc[-1].end(), sent_start + acc[-1].end() + len(tail), "first"
        ), False
    # X said: “…” / X told reporters, “…” / X said in a statement: “…”
    verbs = list(REPORTING.finditer(before))
    if verbs:
        v = verbs[-1]
        gap = STATEMENT.sub("", before[v.end() :])
        adjacent = len(gap.strip(" ,:;-—–")) <= 24 and not _WORD.findall(gap)[3:]
        if adjacent:
            return _Who(sent_start, sent_start + v.start(), "last"), False
        return _Who(sent_start, sent_start + v.start(), "last"), True
    if verb:  # a reporting verb later in the same sentence: a partial quote
        return _Who(sent_start, span.open_at, "first"), True
    return None, False


def _speaker(text, who: _Who, ms, starts, span: Span, previous):
    """(name, actor id) of the speaker named in `who`, or its description, or Nones."""
    lo, hi = bisect_left(starts, who.start), bisect_right(starts, who.end)
    inside = [m for m in ms[lo:hi] if m.end <= who.end]
    if who.pick == "last":  # X, a professor at Y, said: the person, not the apposition
        inside = [m for m in inside if m.kind == "person"] or inside
    if inside:
        m = inside[0] if who.pick == "first" else inside[-1]
        return m.name, m.actor
    region = text[who.start : who.end]
    words = _WORD.findall(region)
    if not words:
        return None, None
    near = words if who.pick == "first" else words[-4:]
    head = next((w.lower() for w in near if w.lower() not in ARTICLES), "")
    if who.pick == "last":
        head = near[-1].lower()
    if head in PRONOUNS:
        return _antecedent(text, PRONOUNS[head], ms, starts, span, previous)
    if head in ORG_HEADS:
        found = _recent(ms, starts, span.open_at, "organization", head)
        if found:
            return found.name, found.actor
    description = " ".join(words[:6] if who.pick == "first" else words[-6:])
    return description, None


def _antecedent(text, kind: str, ms, starts, span: Span, previous):
    """The speaker a pronoun refers to, when the context decides it; else Nones."""
    para = text.count("\n", 0, span.open_at)
    if previous and previous[0].actor and para - previous[1] <= 2:
        return previous[0].speaker, previous[0].actor
    if kind != "person":
        found = _recent(ms, starts, span.open_at, "organization")
        return (found.name, found.actor) if found else (None, None)
    lo = bisect_left(starts, span.open_at - 600)
    persons = [m for m in ms[lo : bisect_left(starts, span.open_at)] if m.kind == "person"]
    if not persons:
        return None, None
    last = persons[-1]
    sentence_start = text.rfind(".", 0, last.start)
    rivals = {m.actor for m in persons if m.start > sentence_start and m.actor != last.actor}
    if rivals:
        return None, None  # two people in the last sentence: no guess
    return last.name, last.actor


def _recent(ms, starts, before: int, kind: str, head: str | None = None):
    """The nearest earlier mention of `kind` (whose name ends in `head`, if given)."""
    for m in reversed(ms[bisect_left(starts, before - 1200) : bisect_left(starts, before)]):
        if m.kind == kind and (head is None or m.name.lower().split()[-1] == head):
            return m
    return None


def _title_case(words: list[str]) -> bool:
    return len(words) <= 6 and all(
        w[0].isupper() or w.lower() in {"of", "the", "and", "a"} for w in words
    )


def _opens_paragraph(text: str, span: Span) -> bool:
    return (
        span.open_at == 0 or not text[text.rfind("\n", 0, span.open_at) + 1 : span.open_at].strip()
    )


def _ends_sentence(text: str, span: Span) -> bool:
    tail = text[span.start : span.end].rstrip(" ,")
    return tail.endswith((".", "!", "?", "…"))
