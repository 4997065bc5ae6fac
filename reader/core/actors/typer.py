"""Provides the learned candidate typer: rule mentions re-typed (or dropped) by a linear model.

`retype(text, cands, mentions)` takes the candidates `detect` found and the mentions `link`
made of them, and gives each mention the kind a small averaged-perceptron model predicts from
sparse features: its words (lower-cased, shape, affixes, word lists), the rule's kind and
evidence strength, the words around it, its line (headline, byline, table) and the kinds other
candidates sharing its words got in the article. "misc" keeps the rule's kind, "none" drops the
mention when the model is sure enough. Weights live in data/typer.json (bench/train_typer.py
rebuilds them); without that file the rule mentions are returned unchanged.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ..model import RawMention
from . import lexicon as lx
from .candidate import GAZ, SHAPE, Candidate
from .gazetteer import demonym, lookup
from .wordstats import given_names, is_word, surnames, zipf

LABELS = ("person", "organization", "place", "misc", "none")
BOUNDS = ("keep", "first", "last")
WEIGHTS = Path(__file__).parent / "data" / "typer.json"
_KIND = {"person": "P", "organization": "O", "place": "L"}
_SHAPE_SUBS = ((re.compile(r"[A-Z]+"), "X"), (re.compile(r"[a-z]+"), "x"),
               (re.compile(r"[0-9]+"), "d"))
_WORD = re.compile(r"\S+")
# Score margins (perceptron units) the model needs to overrule the rules: to drop a mention
# ("none" over the best kind), to change a key's kind (per mention of the key, over the rule's
# kind) and to cut a first or last word off a mention.
DROP_MARGIN = 13.0
CHANGE_MARGIN = 12.0
BOUND_MARGIN = 1.0
RESTORE_MARGIN = 2.0  # to keep a tentative candidate link left out
_NAME = "\0"  # marks a name, not a word, in the map of `doc_kinds`
_INDEX = {k: i for i, k in enumerate(LABELS)}


def shape(word: str) -> str:
    """The word's shape with runs collapsed: "McDonald" -> "XxXx", "U.S." -> "X.X."."""
    for pat, rep in _SHAPE_SUBS:
        word = pat.sub(rep, word)
    return word


@lru_cache(maxsize=65536)
def word_features(word: str) -> tuple[str, ...]:
    """Features of one word of a mention, wherever it stands in it."""
    low = word.lower()
    out = [f"w={low}", f"sh={shape(word)}"]
    if len(low) > 3:  # affixes of short words would only repeat the word
        out += [f"s3={low[-3:]}", f"p3={low[:3]}"]
    if word in given_names():
        out.append("given")
    if word in surnames():
        out.append("surname")
    if len(low) > 2 and is_word(low):  # frequency of dictionary words (famous names are
        # frequent too); two letters are abbreviations more often than words
        out.append(f"word{min(int(zipf(low)), 5)}")
    e = lookup(word)
    if e is not None:
        out.append(f"gz={e.kind[0]}{int(e.strong)}")
    if word in lx.MONTHS or word in lx.WEEKDAYS:
        out.append("date")
    if word in lx.TITLES:
        out.append("title")
    if demonym(word):
        out.append("demonym")
    return tuple(out)


@lru_cache(maxsize=65536)
def last_features(word: str) -> tuple[str, ...]:
    """Features of the last word of a multi-word mention (the head of most names)."""
    low = word.lower()
    out = [f"wl={low}", f"shl={shape(word)}"]
    if len(low) > 3:
        out.append(f"wl3={low[-3:]}")
    if len(low) > 4:
        out.append(f"wl4={low[-4:]}")
    return tuple(out)


def _line(text: str, ls: int, le: int, lines: dict[int, tuple[str, ...]]) -> tuple[str, ...]:
    """Features of the line text[ls:le], computed once per line."""
    got = lines.get(ls)
    if got is None:
        line = text[ls:min(le, ls + 400)]
        out = []
        letters = sum(c.isalpha() for c in line)
        if letters and sum(c.isupper() for c in line) > 0.85 * letters:
            out.append("capsline")
        nwords = line.count(" ") + 1
        out.append(f"lw={min(nwords, 8)}")
        if nwords < 12 and any(c.isdigit() for c in line):
            out.append("shortnumline")
        got = lines[ls] = tuple(out)
    return got


def _context(text: str, start: int, end: int, lines: dict[int, tuple[str, ...]]) -> list[str]:
    """Features of the words around a mention and of its line."""
    ls = text.rfind("\n", max(0, start - 400), start) + 1
    le = text.find("\n", end, end + 400)
    le = min(len(text), end + 400) if le < 0 else le
    before = _WORD.findall(text, max(ls, start - 40), start)
    after = _WORD.findall(text, end, min(le, end + 40))
    if start - 40 > ls and before:
        before = before[1:]  # the first may be cut
    p1 = before[-1] if before else "<s>"
    p2 = before[-2] if len(before) > 1 else "<s>"
    n1 = after[0] if after else "</s>"
    n2 = after[1] if len(after) > 1 else "</s>"
    out = [f"p1={p1.lower()}", f"p2={p2.lower()}", f"n1={n1.lower()}", f"n2={n2.lower()}",
           f"p1s={shape(p1)[:4]}", f"n1s={shape(n1)[:4]}", f"p12={p2.lower()}_{p1.lower()}",
           f"n12={n1.lower()}_{n2.lower()}"]
    if start == ls:
        out.append("linestart")
        if end == le or text[end:le].strip() == "":
            out.append("fullline")
    out += _line(text, ls, le, lines)
    return out


def features(text: str, c: Candidate, m: RawMention, doc: dict[str, set[str]],
             lines: dict[int, tuple[str, ...]]) -> list[str]:
    """All features of one mention (`doc` maps a word to the rule kinds of the other,
    longer candidates that contain it, and a name to "mid" / "again" when the article has it
    again, mid-sentence or not; see `doc_kinds`)."""
    words = c.words or tuple(c.name.split())
    out = other_features(text, c, m, doc, lines)
    for w in words:
        out += word_features(w)
    if len(words) > 1:
        out += last_features(words[-1])
    return out


def other_features(text: str, c: Candidate, m: RawMention, doc: dict[str, set[str]],
                   lines: dict[int, tuple[str, ...]]) -> list[str]:
    """The features of `features` that are not those of the mention's words alone."""
    words = c.words or tuple(c.name.split())
    rk, ck = _KIND.get(m.kind, "?"), _KIND.get(c.kind, "?")
    out = ["bias", f"rk={rk}", f"ck={ck}{c.strength}", f"n={min(len(words), 5)}"]
    if c.key is not None:
        out.append(f"key={ck}{c.strength}")
    if m.key != c.name and m.key != c.key:
        out.append(f"linked={rk}")
    if c.initial:
        out.append("initial")
    if c.role:
        out.append(f"role={c.role.split()[-1].lower()}")
    if c.tentative:
        out.append("tentative")
    if m.text.isupper():
        out.append("allcaps")
    if len(words) > 1:
        out.append(f"w0={words[0].lower()}")
        out.append(f"full={' '.join(words).lower()}")
    for k in doc.get(words[-1], ()):
        out.append(f"dk={k}")
        out.append(f"dk={k}_{rk}")
    seen = doc.get(_NAME + c.name, ())
    if "again" in seen:
        out.append("again")
    if "mid" in seen and c.initial:
        out.append("mid")
    out += _context(text, m.start, m.end, lines)
    return out


def boundary_features(text: str, c: Candidate, m: RawMention,
                      lines: dict[int, tuple[str, ...]]) -> list[str]:
    """Features telling whether a multi-word mention should lose its first or last word."""
    words = c.words
    out = ["bias", f"rk={_KIND.get(m.kind, '?')}", f"ck={_KIND.get(c.kind, '?')}{c.strength}",
           f"n={min(len(words), 5)}", f"w01={words[0].lower()}_{words[1].lower()}"]
    out += ["F" + f for f in word_features(words[0])]
    out += ["S" + f for f in word_features(words[1])]
    out += ["L" + f for f in word_features(words[-1])]
    if c.initial:
        out.append("initial")
    out += _context(text, m.start, m.end, lines)[:6]
    return out


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
    """The mention starts with a month or weekday that is no given name here: "July FOMC",
    "September Treasury" (not "June Carter")."""
    w = c.words[0]
    return (w in lx.MONTHS or w in lx.WEEKDAYS) and (
        c.kind != "person" or w not in given_names())


def strippable(c: Candidate, side: str) -> bool:
    """The word `strip` would cut is no name of its own: an ordinary word ("Broker"), a
    month, a nationality or a title ("Major-General"), and no well-known place ("U.S." of
    "U.S. Geological Survey")."""
    word = c.words[0] if side == "first" else c.words[-1]
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
    return all(ordinary(w) for w in c.words)


def ordinary(word: str) -> bool:
    """An ordinary word, an inflection of one ("Postponed", "Deliveries") or a hyphenated
    compound of them ("Quarter-final"; not "Hewlett-Packard", whose parts are names)."""
    low = word.lower()
    if is_word(low):
        return True
    parts = low.split("-")
    if len(parts) > 1:
        return all(len(p) > 1 and ordinary(p) for p in parts)
    for end, repl in (("ies", "y"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", ""), ("s", ""),
                      ("men", "man")):
        if low.endswith(end) and len(low) > len(end) + 2 and is_word(low[:-len(end)] + repl):
            return True
    return False


def doc_kinds(cands: list[Candidate]) -> dict[str, set[str]]:
    """Word -> rule kinds of the multi-word candidates of the article that contain it; name ->
    "mid" when a candidate of the article has it mid-sentence, "again" when it has it twice."""
    out: dict[str, set[str]] = defaultdict(set)
    count: dict[str, int] = defaultdict(int)
    for c in cands:
        count[c.name] += 1
        if not c.initial:
            out[_NAME + c.name].add("mid")
    for c in cands:
        if count[c.name] > 1:
            out[_NAME + c.name].add("again")
        if len(c.words) > 1:
            k = _KIND.get(c.kind, "?")
            for w in c.words:
                out[w].add(k)
    return out


def tentative(cands: list[Candidate], mentions: list[RawMention]) -> list[RawMention]:
    """Mentions of the tentative candidates `link` left out (a lone "King" that links to
    no full name): the model may keep them."""
    kept = {(m.start, m.end) for m in mentions}
    return [RawMention(c.start, c.end, c.text, c.kind, c.name, c.role) for c in cands
            if c.tentative and (c.start, c.end) not in kept]


def pairs(text: str, cands: list[Candidate], mentions: list[RawMention]):
    """(candidate, mention) of every mention and left-out tentative candidate."""
    by_span = {(c.start, c.end): c for c in cands}
    for m in mentions + tentative(cands, mentions):
        c = by_span.get((m.start, m.end))
        if c is not None:
            yield c, m


@lru_cache(maxsize=1)
def weights() -> dict[str, tuple[float, ...]] | None:
    """The kind model's weights, read on first use; None when the file is missing or bad."""
    return _load()[0]


def bound_weights() -> dict[str, tuple[float, ...]] | None:
    """The boundary model's weights (labels `BOUNDS`), or None."""
    return _load()[1]


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, tuple[float, ...]] | None, dict[str, tuple[float, ...]] | None]:
    try:
        data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
        if tuple(data["labels"]) != LABELS or tuple(data["bounds"]) != BOUNDS:
            return None, None
        return ({f: tuple(v) for f, v in data["w"].items()},
                {f: tuple(v) for f, v in data["b"].items()})
    except (OSError, ValueError, KeyError, TypeError):
        return None, None


def scores(feats: list[str], w: dict[str, tuple[float, ...]]) -> list[float]:
    """The label scores of one feature list."""
    s = [0.0] * len(next(iter(w.values()), ()))
    for f in feats:
        v = w.get(f)
        if v is not None:
            for i, x in enumerate(v):
                s[i] += x
    return s


@lru_cache(maxsize=65536)
def _word_scores(word: str, last: bool) -> tuple[float, ...]:
    """The kind scores of one word's features (and of its features as the last word)."""
    w = weights() or {}
    feats = list(word_features(word))
    if last:
        feats += last_features(word)
    return tuple(scores(feats, w)) if w else ()


def _kind_scores(text: str, c: Candidate, m: RawMention, doc: dict[str, set[str]],
                 lines: dict[int, tuple[str, ...]], w: dict[str, tuple[float, ...]]
                 ) -> list[float]:
    """`scores(features(...))`, with the scores of each word's features cached."""
    s = scores(other_features(text, c, m, doc, lines), w)
    words = c.words or tuple(c.name.split())
    last = len(words) - 1 if len(words) > 1 else -1
    for i, word in enumerate(words):
        v = _word_scores(word, i == last)
        s[0] += v[0]
        s[1] += v[1]
        s[2] += v[2]
        s[3] += v[3]
        s[4] += v[4]
    return s


def retype(text: str, cands: list[Candidate], mentions: list[RawMention]) -> list[RawMention]:
    """The mentions with their kinds as the model predicts them (rules only without a model).

    A mention the model calls "none" (by `DROP_MARGIN`) is dropped, one it calls "misc" keeps
    the rule's kind; the others of one in-article key share the kind their summed scores favour.
    """
    w, wb = _load()
    if w is None or wb is None or not mentions:
        return mentions
    doc = doc_kinds(cands)
    by_span = {(c.start, c.end): c for c in cands}
    extra = tentative(cands, mentions)
    optional = {(m.start, m.end) for m in extra}
    mentions = sorted(mentions + extra, key=lambda m: m.start) if extra else list(mentions)
    lines: dict[int, tuple[str, ...]] = {}
    for i, m in enumerate(mentions):
        c = by_span.get((m.start, m.end))
        if c is not None and len(c.words) > 1 and c.spelt is None:
            b = scores(boundary_features(text, c, m, lines), wb)
            side = 1 if b[1] > b[2] else 2
            if dated(c):
                c, mentions[i] = strip(text, c, m, "first")
                by_span[(c.start, c.end)] = c
            elif b[side] > b[0] + BOUND_MARGIN and strippable(c, BOUNDS[side]):
                c, mentions[i] = strip(text, c, m, BOUNDS[side])
                by_span[(c.start, c.end)] = c
    typed: list[tuple[RawMention, bool]] = []  # (mention, the model types it)
    fixed = set()  # keys a curated person or organisation entry names: their kind stays
    total: dict[str, list[float]] = {}
    counts: dict[str, int] = {}
    for m in mentions:
        c = by_span.get((m.start, m.end))
        if c is None:
            typed.append((m, False))
            continue
        if c.key is not None and c.strength >= GAZ and c.kind != "place":
            fixed.add(m.key)
        s = _kind_scores(text, c, m, doc, lines, w)
        best = max(s[0], s[1], s[2])
        if (m.start, m.end) in optional and best < max(s[3], s[4]) + RESTORE_MARGIN:
            continue
        if s[4] > best + DROP_MARGIN and s[4] > s[3] and droppable(c, m):
            continue
        if s[3] > best:
            typed.append((m, False))
            continue
        t = total.setdefault(m.key, [0.0, 0.0, 0.0])
        counts[m.key] = counts.get(m.key, 0) + 1
        t[0] += s[0]
        t[1] += s[1]
        t[2] += s[2]
        typed.append((m, True))
    kind = {}
    for m, ok in typed:
        if ok and m.key not in kind:
            t = total[m.key]
            best = max(range(3), key=t.__getitem__)
            rule = _INDEX.get(m.kind)
            keep = m.key in fixed or rule is not None and (
                t[best] - t[rule] < CHANGE_MARGIN * counts[m.key])
            kind[m.key] = m.kind if keep else LABELS[best]
    return [replace(m, kind=kind[m.key]) if ok and kind[m.key] != m.kind else m
            for m, ok in typed]
