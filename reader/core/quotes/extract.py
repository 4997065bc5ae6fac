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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader.core.quotes.cues import (
    ACCORDING,
    ARTICLES,
    AUXILIARIES,
    GENERIC_ORG_HEADS,
    ORG_HEADS,
    PREPOSITIONS,
    PRONOUNS,
    REPORTING,
    STATEMENT,
)
from reader.core.quotes.marks import Span, quote_spans

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?](?:\s*(?:''|[”\"’]))?(?=\s+[A-Z0-9“\"‘`]|\s*$)")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col|Sgt|Prof|Rev|St|Jr|Sr|No|Mt|Ft)|\b[A-Z])\Z"
)
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


def find_quotes(
    doc: str, text: str, mentions: Sequence, roles: Mapping[str, Sequence[str]] | None = None
) -> list[Quote]:
    """Quotations of `text`; `mentions` are the article's resolved actor mentions and
    `roles` the roles seen before each actor's name ("judge", "Prime Minister")."""
    ms = sorted(mentions, key=lambda m: m.start)
    by_role: dict[str, set[str]] = {}
    for actor, names in (roles or {}).items():
        for role in names:
            for word in _WORD.findall(role.lower()):
                by_role.setdefault(word, set()).add(actor)
    starts = [m.start for m in ms]
    out: list[Quote] = []
    previous: tuple[Quote, int] | None = None  # last quote and the paragraph it ended in
    for span in quote_spans(text):
        words = _WORD.findall(text[span.start : span.end])
        if not words:
            continue
        if _title_case(words):
            continue  # a title of a work, a name, a slogan: nobody is reported saying it
        para = _paragraph_at(text, span.open_at)
        who, partial = _cue(text, span)
        speaker: tuple[str | None, str | None] | None = None
        opens = _opens_paragraph(text, span)
        if who is not None:
            speaker = _speaker(text, who, ms, starts, span, previous, by_role)
            if speaker[1] is None and (partial or speaker[0] is None):
                # "In a message praising “…” ties, X said": the sentence's subject
                speaker = _sentence_subject(text, span, ms, starts) or speaker
        elif opens and previous and para - previous[1] <= 1:
            speaker = (previous[0].speaker, previous[0].actor)  # the quote runs on
        elif opens:  # introduced by the paragraph before ("X said:", "X, a lawyer, agreed.")
            speaker = _introduced(text, span, ms, starts, previous)
        if speaker is None and len(words) >= 8 and _ends_sentence(text, span):
            speaker = _subject_before(text, span, ms, starts) or (None, None)
        if speaker is None:
            continue
        quote = Quote(doc, span.start, span.end, text[span.start : span.end], *speaker)
        out.append(quote)
        previous = (quote, _paragraph_at(text, span.close_end))
    return out


_kinds_seen: tuple[Sequence, dict[str, str]] = ((), {})


def _actor_kinds(ms: Sequence) -> dict[str, str]:
    """Each actor's kind (its last mention's) among the mentions `ms`: made once per
    article, not once per quotation opened by a pronoun."""
    global _kinds_seen  # one article's table, kept while it is read
    seen, kinds = _kinds_seen
    if seen is not ms:  # `ms` stays referenced here, so another list cannot take its id
        kinds = {m.actor: m.kind for m in ms}
        _kinds_seen = (ms, kinds)
    return kinds


def _paragraph_at(text: str, pos: int) -> int:
    """The number of the line `pos` is on: the newlines before it, found by bisection
    (counting them from the start cost the whole text before `pos` for every quotation)."""
    return bisect_left(_newlines(text), pos)


@lru_cache(maxsize=1)
def _newlines(text: str) -> list[int]:
    """The offsets of the newlines of `text` (the article being read)."""
    out, at = [], text.find("\n")
    while at >= 0:
        out.append(at)
        at = text.find("\n", at + 1)
    return out


def _cue(text: str, span: Span) -> tuple[_Who | None, bool]:
    """Where the speaker is named, and whether the quote is partial (inside a sentence)."""
    reach = max(0, span.open_at - WINDOW)  # nothing beyond the window is read
    sent_start = max(text.rfind("\n", reach, span.open_at) + 1, reach)
    for m in _SENTENCE_END.finditer(text, sent_start, span.open_at):
        if not _ABBREVIATION.search(text, max(0, m.start() - 4), m.start()):
            sent_start = m.end()
    before = text[sent_start : span.open_at]
    para_end = text.find("\n", span.close_end, span.close_end + WINDOW)
    stop = min(len(text) if para_end < 0 else para_end, span.close_end + WINDOW)
    after_end = stop
    for end in _SENTENCE_END.finditer(text, span.close_end, stop):
        if not _ABBREVIATION.search(text, max(0, end.start() - 4), end.start()):
            after_end = end.start()
            break
    nxt = text.find("“", span.close_end, after_end)
    after_end = nxt if nxt >= 0 else after_end
    after = text[span.close_end : after_end]
    # "…,” X said / "…,” said X
    lead = len(after) - len(after.lstrip(" ,;:-—–"))
    verb = REPORTING.search(after, lead)
    if verb and verb.start() - lead <= 80:
        base = span.close_end
        if not after[lead : verb.start()].strip():  # verb first: said X
            tail = re.split(r"[,;:(]", after[verb.end() :], maxsplit=1)[0]
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


def _speaker(text, who: _Who, ms, starts, span: Span, previous, roles_index):
    """(name, actor id) of the speaker named in `who`, or its description, or Nones."""
    lo, hi = bisect_left(starts, who.start), bisect_right(starts, who.end)
    inside = [m for m in ms[lo:hi] if m.end <= who.end and not _in_parentheses(text, m, who)]
    inside = [m for m in inside if m.kind != "group" or _next_to_verb(text, m, who)]
    inside = [m for m in inside if m.kind == "person"] or inside  # not an apposition's place
    if inside:
        m = inside[0] if who.pick == "first" or _apposition(text, who, inside[0]) else inside[-1]
        return m.name, m.actor
    region = text[who.start : who.end]
    words = _WORD.findall(region)
    if not words:
        return None, None
    if who.pick == "last":  # the noun phrase before the verb: "… which police have said"
        clause = re.split(r"\b(?:which|that|who|whom|and|but)\b|[,;(]", region)[-1]
        words = [w for w in _WORD.findall(clause) if w.lower() not in AUXILIARIES] or words[-1:]
        head = words[-1].lower()
    else:
        head = next((w.lower() for w in words if w.lower() not in ARTICLES), "")
    if head in PRONOUNS:
        return _antecedent(text, PRONOUNS[head], ms, starts, span, previous)
    if head in roles_index:
        found = _recent_role(ms, starts, span.open_at, roles_index[head])
        if found:
            return found.name, found.actor
    if head in ORG_HEADS:  # "the police said": the police named before; "the company": any
        found = _recent(ms, starts, span.open_at, "organization", head)
        if found is None and head in GENERIC_ORG_HEADS:
            found = _recent(ms, starts, span.open_at, "organization")
        if found:
            return found.name, found.actor
    words = words[:6] if who.pick == "first" else words[-6:]
    if words[0].lower() in PREPOSITIONS:
        return None, None  # "In a message praising": a circumstance, not a speaker
    return " ".join(words), None


def _antecedent(text, kind: str, ms, starts, span: Span, previous):
    """The speaker a pronoun refers to, when the context decides it; else Nones."""
    para = _paragraph_at(text, span.open_at)
    if previous and previous[0].actor and para - previous[1] <= 2:
        kinds = _actor_kinds(ms)
        between = ms[bisect_left(starts, previous[0].end) : bisect_left(starts, span.open_at)]
        spoke = kinds.get(previous[0].actor) == "person" or kind != "person"
        if spoke and not any(m.kind == "person" and m.actor != previous[0].actor for m in between):
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


def _sentence_subject(text: str, span: Span, ms, starts):
    """The first person (else named actor) in the quote's sentence, outside the quote."""
    para_start = text.rfind("\n", 0, span.open_at) + 1
    para_end = text.find("\n", span.close_end)
    para_end = len(text) if para_end < 0 else para_end
    found = first = None
    for i in range(bisect_left(starts, para_start), bisect_left(starts, para_end)):
        m = ms[i]  # read in turn until the first person (a long paragraph has many)
        if span.open_at <= m.start < span.close_end or m.kind == "group":
            continue
        if m.kind == "person":
            found = m
            break
        first = first or m
    found = found or first
    return (found.name, found.actor) if found else None


def _subject_before(text: str, span: Span, ms, starts):
    """The first person named earlier in the quote's own sentence ("X offered that “…”")."""
    para_start = text.rfind("\n", 0, span.open_at) + 1
    before = ms[bisect_left(starts, para_start) : bisect_left(starts, span.open_at)]
    found = next((m for m in before if m.kind == "person"), None)
    return (found.name, found.actor) if found else None


def _introduced(text: str, span: Span, ms, starts, previous):
    """The speaker of a paragraph-opening quote, named at the start of the paragraph before.

    "Mr X, a lawyer, said:" or "X agreed with the ruling." then a paragraph that is
    only a quotation: the newspaper convention attributes it to that subject.
    """
    prev_end = text.rfind("\n", 0, span.open_at)
    if prev_end <= 0:
        return None
    prev_start = text.rfind("\n", 0, prev_end) + 1
    prev = text[prev_start:prev_end].rstrip()
    first = next(iter(ms[bisect_left(starts, prev_start) : bisect_left(starts, prev_end)]), None)
    if (
        first is not None
        and first.kind == "person"
        and not _WORD.findall(text[prev_start : first.start])[2:]
    ):
        return first.name, first.actor
    pronoun = next((w.lower() for w in _WORD.findall(prev)[:6] if w.lower() in ("he", "she")), None)
    if pronoun:
        return _antecedent(text, "person", ms, starts, span, previous)
    return None


def _recent_role(ms, starts, before: int, actors: set[str]):
    """The nearest earlier mention of an actor who carries the role."""
    for m in reversed(ms[bisect_left(starts, before - 3000) : bisect_left(starts, before)]):
        if m.actor in actors:
            return m
    return None


def _next_to_verb(text: str, m, who: _Who) -> bool:
    """A group speaks only next to the verb: "Police said", "said police", not
    "Investigators sifted … which police have said"."""
    gap = text[m.end : who.end] if who.pick == "last" else text[who.start : m.start]
    return not [w for w in _WORD.findall(gap) if w.lower() not in AUXILIARIES | ARTICLES]


def _apposition(text: str, who: _Who, m) -> bool:
    """ "X, a lawyer with Y, said": a person opening the clause, then a comma."""
    lead = _WORD.findall(text[who.start : m.start])
    return len(lead) <= 2 and text[m.end : m.end + 3].lstrip().startswith(",")


def _in_parentheses(text: str, m, who: _Who) -> bool:
    before = text[who.start : m.start]
    return before.count("(") > before.count(")")


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
    """Only blanks stand between the start of the quote's line and its opening mark (read
    back from the mark, not from the line's start: a long line has many quotations)."""
    i = span.open_at
    while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _ends_sentence(text: str, span: Span) -> bool:
    tail = text[span.start : span.end].rstrip(" ,")
    return tail.endswith((".", "!", "?", "…"))
