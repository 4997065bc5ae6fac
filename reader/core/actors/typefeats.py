"""Provides the features of the learned candidate typer (see typer.py).

A rule mention is described by sparse string features: its words (lower-cased, shape,
affixes, word lists: given name, surname, dictionary word and its frequency, gazetteer entry,
month, title, nationality), the rules' kind and evidence strength, the two words before and
after it, its line (shouted, short, with figures, begun or filled by the mention) and the
article (kinds of longer candidates sharing its last word, the same name again or
mid-sentence). `features` lists them all; the parts are cached so that the typer can sum
their weights fast.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from functools import lru_cache

from ..model import RawMention
from . import lexicon as lx
from .candidate import Candidate
from .gazetteer import demonym, lookup
from .wordstats import given_names, is_word, surnames, zipf

KIND_CODE = {"person": "P", "organization": "O", "place": "L"}
NAME_MARK = "\0"  # marks a name, not a word, in the map of `doc_kinds`
_SHAPE_SUBS = ((re.compile(r"[A-Z]+"), "X"), (re.compile(r"[a-z]+"), "x"),
               (re.compile(r"[0-9]+"), "d"))
_NEWLINE = re.compile(r"\n")
_UPPER = bytes(c for c in range(256) if chr(c).isupper())  # Latin-1 capitals
_LOWER = bytes(c for c in range(256) if chr(c).islower())
_DIGIT = re.compile(r"\d")
_LW = tuple(f"lw={n}" for n in range(9))


@lru_cache(maxsize=65536)
def shape(word: str) -> str:
    """The word's shape with runs collapsed: "McDonald" -> "XxXx", "U.S." -> "X.X."."""
    for pat, rep in _SHAPE_SUBS:
        word = pat.sub(rep, word)
    return word


@lru_cache(maxsize=8192)
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


@lru_cache(maxsize=8192)
def last_features(word: str) -> tuple[str, ...]:
    """Features of the last word of a multi-word mention (the head of most names)."""
    low = word.lower()
    out = [f"wl={low}", f"shl={shape(word)}"]
    if len(low) > 3:
        out.append(f"wl3={low[-3:]}")
    if len(low) > 4:
        out.append(f"wl4={low[-4:]}")
    return tuple(out)


class Lines:
    """The lines of one article, their features computed once per line."""

    __slots__ = ("text", "breaks", "cache")

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.start() for m in _NEWLINE.finditer(text)]
        self.cache: dict[int, tuple[int, int, tuple[str, ...]]] = {}

    def line(self, start: int) -> tuple[int, int, tuple[str, ...]]:
        """Start, end and features of the line holding offset `start`: shouted (a
        headline), short, with figures."""
        i = bisect_right(self.breaks, start - 1)
        got = self.cache.get(i)
        if got is None:
            ls = self.breaks[i - 1] + 1 if i else 0
            le = self.breaks[i] if i < len(self.breaks) else len(self.text)
            line = self.text[ls:le]
            out = []
            if le - ls < 300:  # headlines are short; count Latin letters by case, in C
                raw = line.encode("latin-1", "ignore")
                upper = len(raw) - len(raw.translate(None, _UPPER))
                lower = len(raw) - len(raw.translate(None, _LOWER))
                if upper > 1 and lower < 0.15 * upper:
                    out.append("capsline")
            nwords = line.count(" ") + 1
            out.append(_LW[min(nwords, 8)])
            if nwords < 12 and _DIGIT.search(line):
                out.append("shortnumline")
            got = self.cache[i] = (ls, le, tuple(out))
        return got


def around(text: str, start: int, end: int, lines: Lines) -> tuple[tuple[str, ...], tuple[
        str, ...]]:
    """The words around a mention (as `near_features` takes them) and the features of its line."""
    ls, le, line = lines.line(start)
    before = text[max(ls, start - 40):start].split()
    after = text[end:min(le, end + 40)].split()
    if start - 40 > ls and before:
        before = before[1:]  # the first may be cut
    near = (before[-2] if len(before) > 1 else "<s>", before[-1] if before else "<s>",
            after[0] if after else "</s>", after[1] if len(after) > 1 else "</s>")
    if start == ls:
        line += ("linestart", "fullline") if end == le or not text[end:le].strip() else (
            "linestart",)
    return near, line


@lru_cache(maxsize=8192)
def near_features(p2: str, p1: str, n1: str, n2: str) -> tuple[str, ...]:
    """Features of the two words before and after a mention."""
    p1s = shape(p1)[:4] if p1 != "<s>" else p1
    n1s = shape(n1)[:4] if n1 != "</s>" else n1
    p2, p1, n1, n2 = p2.lower(), p1.lower(), n1.lower(), n2.lower()
    return (f"p1={p1}", f"p2={p2}", f"n1={n1}", f"n2={n2}", f"p1s={p1s}", f"n1s={n1s}",
            f"p12={p2}_{p1}", f"n12={n1}_{n2}")


def context(text: str, start: int, end: int, lines: Lines) -> list[str]:
    """Features of the words around a mention and of its line."""
    near, line = around(text, start, end, lines)
    return [*near_features(*near), *line]


@lru_cache(maxsize=8192)
def own_features(rk: str, ck: str, strength: int, keyed: bool, linked: bool, initial: bool,
         role: str | None, tentative: bool, caps: bool, words: tuple[str, ...]
         ) -> tuple[str, ...]:
    """Features of a mention by itself: the rules' kinds and strength, its flags, its words
    as a whole."""
    out = ["bias", f"rk={rk}", f"ck={ck}{strength}", f"n={min(len(words), 5)}"]
    if keyed:
        out.append(f"key={ck}{strength}")
    if linked:
        out.append(f"linked={rk}")
    if initial:
        out.append("initial")
    if role:
        out.append(f"role={role.split()[-1].lower()}")
    if tentative:
        out.append("tentative")
    if caps:
        out.append("allcaps")
    if len(words) > 1:
        out.append(f"w0={words[0].lower()}")
        out.append(f"full={' '.join(words).lower()}")
    return tuple(out)


def own_args(c: Candidate, m: RawMention) -> tuple:
    words = c.words or tuple(c.name.split())
    return (KIND_CODE.get(m.kind, "?"), KIND_CODE.get(c.kind, "?"), c.strength, c.key is not None,
            m.key != c.name and m.key != c.key, c.initial, c.role, c.tentative,
            m.text.isupper(), words)


def in_doc(rk: str, c: Candidate, doc: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Features of the article: kinds of longer names with the mention's last word, the
    name again, mid-sentence."""
    words = c.words or tuple(c.name.split())
    seen = doc.get(NAME_MARK + c.name, ())
    return doc_features(rk, doc.get(words[-1], ()), "again" in seen,
                         "mid" in seen and c.initial)


@lru_cache(maxsize=4096)
def doc_features(rk: str, kinds: tuple[str, ...], again: bool, mid: bool) -> tuple[str, ...]:
    out = []
    for k in kinds:
        out.append(f"dk={k}")
        out.append(f"dk={k}_{rk}")
    if again:
        out.append("again")
    if mid:
        out.append("mid")
    return tuple(out)


def features(text: str, c: Candidate, m: RawMention, doc: dict[str, tuple[str, ...]],
             lines: Lines) -> list[str]:
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


def other_features(text: str, c: Candidate, m: RawMention, doc: dict[str, tuple[str, ...]],
                   lines: Lines) -> list[str]:
    """The features of `features` that are not those of the mention's words alone."""
    return [*own_features(*own_args(c, m)), *in_doc(KIND_CODE.get(m.kind, "?"), c, doc),
            *context(text, m.start, m.end, lines)]


def boundary_features(text: str, c: Candidate, m: RawMention,
                      lines: Lines) -> list[str]:
    """Features telling whether a multi-word mention should lose its first or last word."""
    words = c.words
    rk, ck = KIND_CODE.get(m.kind, "?"), KIND_CODE.get(c.kind, "?")
    out = ["bias", f"rk={rk}", f"ck={ck}{c.strength}", f"n={min(len(words), 5)}",
           f"w01={words[0].lower()}_{words[1].lower()}"]
    out += ["F" + f for f in word_features(words[0])]
    out += ["S" + f for f in word_features(words[1])]
    out += ["L" + f for f in word_features(words[-1])]
    if c.initial:
        out.append("initial")
    out += context(text, m.start, m.end, lines)[:6]
    return out


def doc_kinds(cands: list[Candidate]) -> dict[str, tuple[str, ...]]:
    """Word -> rule kinds of the multi-word candidates of the article that contain it; name ->
    "mid" when a candidate of the article has it mid-sentence, "again" when it has it twice."""
    out: dict[str, set[str]] = defaultdict(set)
    names = [c.spelt or c.text for c in cands]
    count = Counter(names)
    for c, name in zip(cands, names, strict=True):
        if not c.initial:
            out[NAME_MARK + name].add("mid")
        if count[name] > 1:
            out[NAME_MARK + name].add("again")
        if len(c.words) > 1:
            k = KIND_CODE.get(c.kind, "?")
            for w in c.words:
                out[w].add(k)
    return {w: tuple(sorted(v)) for w, v in out.items()}


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
