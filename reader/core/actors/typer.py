"""Provides the learned candidate typer: rule mentions re-typed, trimmed or dropped by a model.

`retype(text, cands, mentions)` takes the candidates `detect` found and the mentions `link`
made of them. A linear model (the mean of four averaged perceptrons, trained on CoNLL-2003
train by bench/train_typer.py) scores person / organization / place / misc / none from the
features of typefeats.py. The rules stay the default: a key's kind changes only when the
summed scores of (up to `SCORED` of) its mentions beat the rule kind by `CHANGE_MARGIN` a
mention, and never for a curated person or organisation; "misc" keeps the rule kind; "none"
drops only a shape-typed ordinary word or unlinked acronym (`droppable`). A second model cuts
an ordinary first or last word off a mention, a leading month is cut by rule (`dated`), and a
tentative candidate `link` left out may come back. Weights live in data/typer.json, in
hundredths, read on first use; without that file the rule mentions are returned unchanged.
"""
from __future__ import annotations

import json
from dataclasses import replace
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from ..model import RawMention
from . import lexicon as lx
from .candidate import CUE, GAZ, SHAPE, TITLE, Candidate
from .founded import founded, ordinary
from .gazetteer import demonym, lookup
from .typefeats import (
    KIND_CODE,
    NAME_MARK,
    Lines,
    around,
    doc_features,
    doc_kinds,
    last_features,
    near_features,
    own_args,
    own_features,
    tentative,
    word_features,
)
from .wordstats import given_names, surnames

LABELS = ("person", "organization", "place", "misc", "none")
BOUNDS = ("keep", "first", "last")
WEIGHTS = Path(__file__).parent / "data" / "typer.json"
# Score margins (perceptron units) the model needs to overrule the rules: to drop a mention
# ("none" over the best kind), to change a key's kind (per mention of the key, over the rule's
# kind) and to cut a first or last word off a mention.
DROP_MARGIN = 8.0
CHANGE_MARGIN = 12.0
BOUND_MARGIN = 1.0
SCORED = 2  # mentions of one key scored for its kind (the others follow it)
RESTORE_MARGIN = 2.0  # to keep a tentative candidate link left out
_INDEX = {k: i for i, k in enumerate(LABELS)}


def strip(text: str, c: Candidate, m: RawMention, side: str) -> tuple[Candidate, RawMention]:
    """The candidate and mention without their first (side "first") or last word."""
    if side == "first":
        start = m.start + len(c.words[0])
        start += len(text[start:m.end]) - len(text[start:m.end].lstrip())
        end, words = m.end, c.words[1:]
    else:
        start, words = m.start, c.words[:-1]
        end = m.end - len(c.words[-1])
        end -= len(text[start:end]) - len(text[start:end].rstrip())
    name = text[start:end]
    key = name if m.key in (m.text, c.name) else m.key
    nc = replace(c, start=start, end=end, text=name, words=words, initial=False, key=None)
    return nc, replace(m, start=start, end=end, text=name, key=key)


def dated(c: Candidate) -> bool:
    """The mention starts with a month or weekday that is no given name here and no part of
    a name the rules found by a cue: "July FOMC", "September Treasury", "August Chicago
    NAPM" (not "June Carter", "April Ryan", "May Day Stadium")."""
    w, rest = c.words[0], c.words[1]
    if not (w in lx.MONTHS or w in lx.WEEKDAYS) or c.strength >= CUE:
        return False  # a cue or gazetteer names the whole: "May Day Stadium"
    return c.kind != "person" or w not in given_names() or rest not in surnames() and (
        ordinary(rest) or rest.isupper() or lookup(rest) is not None)


def strippable(c: Candidate, side: str) -> bool:
    """The word `strip` would cut is no name of its own: an ordinary word ("Broker"), a
    month, a nationality or a title ("Major-General"), and no well-known place ("U.S." of
    "U.S. Geological Survey")."""
    return _cuttable(c.words[0] if side == "first" else c.words[-1])


@lru_cache(maxsize=8192)
def _cuttable(word: str) -> bool:
    if not (ordinary(word) or word in lx.MONTHS or demonym(word) or all(
            p in lx.TITLES for p in word.split("-"))):
        return False
    e = lookup(word)
    return e is None or not e.strong


def droppable(c: Candidate, m: RawMention) -> bool:
    """The rules typed the mention by its shape alone and its words are ordinary words
    ("Thousands", "Women") or it is an acronym linked to no name of the article ("GDP"):
    only such mentions may be dropped, never an unknown name."""
    if c.strength != SHAPE or len(c.words) > 1:
        return False
    if len(c.words) == 1 and c.words[0].isupper() and m.key == m.text:
        return True
    return all(ordinary(w) and w not in surnames() and w not in given_names()
               for w in c.words)


@lru_cache(maxsize=1)
def weights() -> dict[str, tuple[float, ...]] | None:
    """The kind model's weights (labels `LABELS`), read on first use; None when the file is
    missing or bad."""
    return _floats(_load()[0])


@lru_cache(maxsize=1)
def bound_weights() -> dict[str, tuple[float, ...]] | None:
    """The boundary model's weights (labels `BOUNDS`), or None."""
    return _floats(_load()[1])


def reset() -> None:
    """Forget the loaded weights and everything scored with them (read again on next use)."""
    for f in (weights, bound_weights, _load, _packed, _word_packed, _own_packed, _near_packed,
              _rest_packed, _bound_word, _bound_near):
        f.cache_clear()


def _floats(w: dict[str, list[int]] | None) -> dict[str, tuple[float, ...]] | None:
    return None if w is None else {f: tuple(x / 100 for x in v) for f, v in w.items()}


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, list[int]] | None, dict[str, list[int]] | None]:
    """The weights as stored: in hundredths, per feature a list over the labels."""
    try:
        data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
        if (tuple(data["labels"]) != LABELS or tuple(data["bounds"]) != BOUNDS
                or data["scale"] != 100):
            return None, None
        return data["w"], data["b"]
    except (OSError, ValueError, KeyError, TypeError):
        return None, None


def scores(feats: list[str], w: dict[str, tuple[float, ...]]) -> list[float]:
    """The label scores of one feature list."""
    found = [v for v in map(w.get, feats) if v is not None]
    if not found:
        return [0.0] * len(next(iter(w.values()), ()))
    return [sum(col) for col in zip(*found, strict=True)]


# Fast scoring: a weight vector is packed into one integer, a field of _BITS bits per label
# (the weight in hundredths plus _OFFSET, so never negative) and a last field counting the
# features; summing the integers of a mention's features sums every label at once, in C.
_BITS = 40
_OFFSET = 1 << 24
_MASK = (1 << _BITS) - 1


def _pack(v: list[int]) -> int:
    total = 1 << (_BITS * len(v))
    for k, x in enumerate(v):
        total += (x + _OFFSET) << (_BITS * k)
    return total


def _unpack(total: int, n: int) -> list[float]:
    base = (total >> (_BITS * n)) * _OFFSET
    out = []
    for _ in range(n):
        out.append(((total & _MASK) - base) / 100)
        total >>= _BITS
    return out


@lru_cache(maxsize=1)
def _packed() -> tuple[dict[str, int], dict[str, int]]:
    w, wb = _load()
    return ({f: _pack(v) for f, v in (w or {}).items()},
            {f: _pack(v) for f, v in (wb or {}).items()})


@lru_cache(maxsize=8192)
def _word_packed(word: str, last: bool) -> int:
    """The packed kind weights of one word's features (and of its features as last word)."""
    pw = _packed()[0]
    feats = list(word_features(word))
    if last:
        feats += last_features(word)
    return sum(map(pw.get, feats, repeat(0)))


@lru_cache(maxsize=8192)
def _own_packed(*args) -> int:  # noqa: ANN002 - the arguments of `own_features`
    """Packed weights of `own_features` and of the words of the mention (the last of `args`)."""
    pw = _packed()[0]
    words = args[-1]
    total = sum(map(pw.get, own_features(*args), repeat(0)))
    for i, word in enumerate(words):
        total += _word_packed(word, i == len(words) - 1 and len(words) > 1)
    return total


@lru_cache(maxsize=8192)
def _near_packed(*near: str) -> int:
    pw = _packed()[0]
    return sum(map(pw.get, near_features(*near), repeat(0)))


@lru_cache(maxsize=4096)
def _rest_packed(rk: str, kinds: tuple[str, ...], again: bool, mid: bool,
                 line: tuple[str, ...]) -> int:
    pw = _packed()[0]
    return sum(map(pw.get, (*doc_features(rk, kinds, again, mid), *line), repeat(0)))


def _kind_scores(text: str, c: Candidate, m: RawMention, doc: dict[str, tuple[str, ...]],
                 lines: Lines) -> list[float]:
    """`scores(features(...), weights())`, from cached parts."""
    return _unpack(_kind_total(text, c, m, doc, lines), len(LABELS))


def _kind_fields(text: str, c: Candidate, m: RawMention, doc: dict[str, tuple[str, ...]],
                 lines: Lines) -> tuple[int, int, int, int, int]:
    """The kind scores in hundredths, each plus the same (count-dependent) offset: only
    their differences mean anything, and they are exact."""
    t = _kind_total(text, c, m, doc, lines)
    return (t & _MASK, (t >> _BITS) & _MASK, (t >> 2 * _BITS) & _MASK,
            (t >> 3 * _BITS) & _MASK, (t >> 4 * _BITS) & _MASK)


def _kind_total(text: str, c: Candidate, m: RawMention, doc: dict[str, tuple[str, ...]],
                lines: Lines) -> int:
    """The packed sum of the weights of `features(...)`."""
    near, line = around(text, m.start, m.end, lines)
    rk = KIND_CODE.get(m.kind, "?")
    words = c.words or tuple(c.name.split())
    seen = doc.get(NAME_MARK + c.name, ())
    return _own_packed(*own_args(c, m)) + _near_packed(*near) + _rest_packed(
        rk, doc.get(words[-1], ()), "again" in seen, "mid" in seen and c.initial, line)


@lru_cache(maxsize=8192)
def _bound_word(prefix: str, word: str) -> int:
    pb = _packed()[1]
    return sum(pb.get(prefix + f, 0) for f in word_features(word))


@lru_cache(maxsize=8192)
def _bound_near(*near: str) -> int:
    pb = _packed()[1]
    return sum(map(pb.get, near_features(*near)[:6], repeat(0)))


def _bound_total(text: str, c: Candidate, m: RawMention, lines: Lines) -> int:
    """The packed sum of the boundary weights of `boundary_features(...)`, from cached parts."""
    pb = _packed()[1]
    words = c.words
    rk, ck = KIND_CODE.get(m.kind, "?"), KIND_CODE.get(c.kind, "?")
    own = ("bias", f"rk={rk}", f"ck={ck}{c.strength}", f"n={min(len(words), 5)}",
           f"w01={words[0].lower()}_{words[1].lower()}", "initial" if c.initial else "")
    near, _ = around(text, m.start, m.end, lines)
    return (sum(map(pb.get, own, repeat(0))) + _bound_word("F", words[0])
            + _bound_word("S", words[1]) + _bound_word("L", words[-1]) + _bound_near(*near))


def _trim(text: str, mentions: list[RawMention], by_span: dict[tuple[int, int], Candidate],
          lines: Lines) -> None:
    """Cut a leading date, or a first or last word the boundary model and `strippable`
    agree is no part of the name, off the multi-word mentions (in place); drop what was
    dates only."""
    dates: list[int] = []
    for i, m in enumerate(mentions):
        c = by_span.get((m.start, m.end))
        if c is None or len(c.words) < 2 or c.spelt is not None:
            continue
        if dated(c):
            c, mentions[i] = strip(text, c, m, "first")
            by_span[(c.start, c.end)] = c
            if all(w in lx.MONTHS or w in lx.WEEKDAYS for w in c.words):
                dates.append(i)  # "July June": dates only
            continue
        first, last = strippable(c, "first"), strippable(c, "last")
        if not (first or last):
            continue
        b = _unpack(_bound_total(text, c, m, lines), len(BOUNDS))
        side = 1 if b[1] > b[2] else 2
        if b[side] > b[0] + BOUND_MARGIN and (first if side == 1 else last):
            c, mentions[i] = strip(text, c, m, BOUNDS[side])
            by_span[(c.start, c.end)] = c
    for i in reversed(dates):
        del mentions[i]


def retype(text: str, cands: list[Candidate], mentions: list[RawMention]) -> list[RawMention]:
    """The mentions with their kinds as the model predicts them (rules only without a model).

    A mention the model calls "none" (by `DROP_MARGIN`) is dropped, one it calls "misc" keeps
    the rule's kind; the others of one in-article key share the kind their summed scores favour
    (the rule's kind unless another beats it by `CHANGE_MARGIN` a mention).
    """
    w, wb = _load()
    if not w or not wb or not mentions:
        return mentions
    doc = doc_kinds(cands)
    by_span = {(c.start, c.end): c for c in cands}
    extra = [m for m in tentative(cands, mentions)  # no "He", "West", "Born" or "Sheriff"
             if m.text not in lx.NEVER_ALONE and not ordinary(m.text)]
    optional = {(m.start, m.end) for m in extra}
    mentions = sorted(mentions + extra, key=lambda m: m.start) if extra else list(mentions)
    lines = Lines(text)
    _trim(text, mentions, by_span, lines)
    drop, restore = DROP_MARGIN * 100, RESTORE_MARGIN * 100  # scores are in hundredths
    typed: list[tuple[RawMention, bool]] = []  # (mention, the model types it)
    fixed = set()  # keys a curated person or organisation entry names: their kind stays
    total: dict[str, list[int]] = {}
    counts: dict[str, int] = {}
    for m in mentions:
        span, key = (m.start, m.end), m.key
        c = by_span.get(span)
        if c is None:
            typed.append((m, False))
            continue
        if (c.key is not None and c.strength >= GAZ and c.kind != "place") or (
                c.strength == TITLE and c.kind == "person" and c.role) or (  # "Chancellor X"
                c.cued and c.kind == m.kind):
            fixed.add(key)  # never dropped (not by shape) nor re-typed: no need to score
            typed.append((m, False))
            continue
        if counts.get(key, 0) >= SCORED and span not in optional and not droppable(c, m):
            typed.append((m, True))  # enough of its key scored: it takes the key's kind
            continue
        s0, s1, s2, s3, s4 = _kind_fields(text, c, m, doc, lines)
        best = max(s0, s1, s2)
        if span in optional and best < max(s3, s4) + restore:
            continue
        if s4 > best + drop and s4 > s3 and droppable(c, m):
            continue
        if s3 > best:
            typed.append((m, False))
            continue
        t = total.get(key)
        if t is None:
            total[key] = [s0, s1, s2]
            counts[key] = 1
        else:
            t[0] += s0
            t[1] += s1
            t[2] += s2
            counts[key] += 1
        typed.append((m, True))
    kind = {}
    for key, t in total.items():
        best = max(range(3), key=t.__getitem__)
        kind[key] = best, t[best] - CHANGE_MARGIN * 100 * counts[key]
    out = []
    for m, ok in typed:
        if ok and m.key not in fixed:
            best, bar = kind[m.key]
            rule = _INDEX.get(m.kind)
            if best != rule and (rule is None or bar > total[m.key][rule]):
                m = replace(m, kind=LABELS[best])
        out.append(m)
    return founded(text, out, by_span)
