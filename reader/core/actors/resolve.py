"""Provides corpus-wide resolution of cached raw mentions into actors.

Mentions are grouped by their in-article key; groups then merge only on evidence:
the same name up to case, accents, hyphens and spacing; a transliteration variant of a
multi-word name (same number of words, each word equal or a close spelling with the same
initial); a short form that in-article resolution linked to a full name elsewhere; a
single word that is the first or last word of exactly one full name in the corpus.
User fixes apply last. Nothing is re-extracted; output does not depend on dict order.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from ..model import Actor, RawMention
from .acronyms import acronyms_of, is_acronym
from .fixes import Fixes
from .gazetteer import lookup
from .given import same_given
from .legal import strip_form
from .lexicon import COMPANY_SUFFIXES, NAME_SUFFIXES
from .normalize import fold, slug
from .wordstats import is_common, surnames

_SUFFIXES = frozenset(fold(s) for s in NAME_SUFFIXES)
_COMPANY = frozenset(fold(s) for s in COMPANY_SUFFIXES)


@dataclass
class Resolution:
    """Actors by id, and for each document the actor id of each raw mention (None = dropped)."""

    actors: dict[str, Actor] = field(default_factory=dict)
    assign: dict[str, list[str | None]] = field(default_factory=dict)


class _Sets:
    """Union-find over group keys; the smaller key (sorted) is always the root."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


@dataclass
class _Group:
    key: str  # folded in-article key
    names: Counter = field(default_factory=Counter)  # key spellings
    surfaces: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    count: int = 0
    legal: bool = False  # a mention had a legal form: "Dell Inc." is no short form of a person
    _kind: str | None = None

    def kind(self) -> str:
        """The kind most of this group's mentions have."""
        if self._kind is None:
            self._kind = max(sorted(self.kinds), key=self.kinds.__getitem__)
        return self._kind


def _words(folded: str) -> list[str]:
    words = folded.split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        return words  # a suffix makes a different person: keep it in the comparison
    return words


@cache
def _levenshtein():  # noqa: ANN202 - rapidfuzz's module; imported on first use (~20-40 ms)
    from rapidfuzz.distance import Levenshtein

    return Levenshtein


def _close(a: str, b: str) -> bool:
    """Two spellings of one name word: Dmitry/Dmitri, Sergey/Sergei, Mohammed/Muhammad."""
    if a == b:
        return True
    if a[0] != b[0] or min(len(a), len(b)) < 4:
        return False
    return _levenshtein().distance(a, b) <= (1 if min(len(a), len(b)) < 6 else 2)


def _variants(groups: dict[str, _Group], sets: _Sets) -> None:
    """Merge multi-word groups that spell the same name differently."""
    by_squash: dict[str, list[str]] = defaultdict(list)
    for k in groups:
        by_squash[k.replace(" ", "")].append(k)
    for ks in by_squash.values():
        for k in ks[1:]:
            sets.union(ks[0], k)
    by_last: dict[tuple[str, int], list[str]] = defaultdict(list)
    for k in sorted(groups):
        words = k.split()
        if len(words) >= 2 and groups[k].kind() == "person":
            by_last[(words[-1], len(words))].append(k)
    for ks in by_last.values():
        for i, a in enumerate(ks):
            for b in ks[i + 1:]:
                wa, wb = a.split(), b.split()
                if (same_given(wa[0], wb[0]) or _close(wa[0], wb[0])) and all(
                        _close(x, y) for x, y in zip(wa[1:], wb[1:], strict=True)):
                    sets.union(a, b)
    # "Mark Heller" = "Mark Jay Heller", "Joseph Comeaux" = "Arcade Joseph Comeaux".
    longer: dict[str, list[list[str]]] = defaultdict(list)
    for (last, size), ks in by_last.items():
        if size >= 3 and last not in _SUFFIXES:
            longer[last].extend(k.split() for k in ks)
    for (last, size), ks in sorted(by_last.items()):
        if size != 2 or last not in longer:
            continue
        for k in ks:
            first = k.split()[0]
            targets = {sets.find(" ".join(w)) for w in longer[last]
                       if any(same_given(first, x) for x in w[:-1])}
            if len(targets) == 1:
                sets.union(k, targets.pop())
    # Organisations spelt slightly differently: "Central Election(s) Commission of X".
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k in sorted(groups):
        words = k.split()
        if len(words) >= 3 and groups[k].kind() == "organization":
            by_ends[(words[0], words[-1])].append(k)
    for ks in by_ends.values():
        for i, a in enumerate(ks):
            for b in ks[i + 1:]:
                if _levenshtein().distance(a, b, score_cutoff=2) <= 2:
                    sets.union(a, b)


def _acronyms(groups: dict[str, _Group], sets: _Sets) -> None:
    """A group written as an acronym ("HP", "USGS") joins the one organisation of the corpus
    it abbreviates ("Hewlett-Packard", "U.S. Geological Survey"), else the one organisation
    it begins ("EYP" of "EYP Mission Critical Facilities"); an acronym that is also a common
    word ("AIDS", "CARE") is left alone."""
    expansions: dict[str, set[str]] = defaultdict(set)
    first: dict[str, set[str]] = defaultdict(set)
    for k, g in groups.items():
        if " " not in k or g.kind() != "organization":
            continue
        for name in g.names:
            for a in acronyms_of(name):
                expansions[a].add(k)
            head = name.split()[0].replace(".", "")
            if is_acronym(head):
                first[head].add(k)
    for k in sorted(groups):
        g = groups[k]
        if " " in k or not g.names:
            continue
        name = max(sorted(g.names), key=g.names.__getitem__).replace(".", "")
        if not is_acronym(name) or is_common(name.lower(), 4.5):
            continue
        entry = lookup(k)
        if entry is not None and entry.strong:
            continue
        targets = {sets.find(t) for t in expansions.get(name, ())} or {
            sets.find(t) for t in first.get(name, ())}
        if len(targets) == 1:
            sets.union(k, targets.pop())


def _short_forms(groups: dict[str, _Group], sets: _Sets, linked: dict[str, set[str]]) -> None:
    """A one-word group joins the one full name it can mean, if there is exactly one."""
    full_by_word: dict[str, set[str]] = defaultdict(set)
    for k, g in groups.items():
        words = k.split()
        if len(words) >= 2 and g.kind() == "person":
            full_by_word[words[0]].add(k)
            if words[-1] not in _SUFFIXES:
                full_by_word[words[-1]].add(k)
    heads: dict[str, set[str]] = defaultdict(set)  # "academy" -> {"academy of motion ..."}
    for k, g in groups.items():
        words = k.split()
        if g.kind() != "organization" or len(words) < 2:
            continue
        if len(words) > 2 and words[1] in ("of", "for"):
            heads[words[0]].add(k)
        elif len(words) == 2 and words[1] in _COMPANY:
            heads[words[0]].add(k)  # "microsoft" -> "microsoft corp"
        last = words[-1]
        if len(words) <= 3 and len(last) > 3 and last.endswith("s") and (
                last.capitalize() not in surnames()):
            heads[last].add(k)  # a team's plural: "sixers" -> "philly sixers"
        if len(words) <= 4:
            for i in range(1, len(words)):  # "angels" -> "los angeles angels"
                e = lookup(" ".join(words[:i]))
                if e is not None and e.strong and e.kind == "place":
                    heads[" ".join(words[i:])].add(k)
                    break
    for k in sorted(groups):
        if " " in k:
            if groups[k].kind() == "organization" and len(heads.get(k, ())) == 1:
                sets.union(k, sets.find(next(iter(heads[k]))))  # "red sox" -> "boston red sox"
            continue
        entry = lookup(k)
        if entry is not None and entry.strong:
            continue
        legal = groups[k].legal  # a company ("Dell Inc."): never a short form of a person
        linked_to = {t for t in linked.get(k, ()) if not legal or groups[t].kind() != "person"}
        people = {t for t in linked_to if t in groups and
                  groups[t].kind() == "person"}
        targets = {sets.find(t) for t in (people or linked_to)}
        if not targets and not legal:
            targets = {sets.find(t) for t in full_by_word.get(k, ())}
        if not targets and groups[k].kind() != "place":
            targets = {sets.find(t) for t in heads.get(k, ())}
        if len(targets) == 1:
            sets.union(k, targets.pop())


def _canonical(names: Counter, surfaces: Counter, keys: list[str]) -> str:
    for k in keys:
        entry = lookup(k)
        if entry is not None and entry.strong:
            return entry.name
    multi = Counter({n: c for n, c in names.items() if " " in n.strip()})
    pool = multi or names
    return max(pool.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0] != fold(kv[0]), kv[0]))[0]


def resolve(raw: Mapping[str, Sequence[RawMention]], fixes: Fixes | None = None) -> Resolution:
    """Resolve every document's raw mentions into corpus-wide actors."""
    fixes = fixes or Fixes()
    dropped = fixes.not_actor_keys()
    docs = sorted(raw)
    groups: dict[str, _Group] = {}
    linked: dict[str, set[str]] = defaultdict(set)  # short surface -> full keys
    gkeys: dict[str, list[str | None]] = {}
    for doc in docs:
        keys = gkeys[doc] = []
        for m in raw[doc]:
            surface = fold(m.text)
            if surface in dropped:
                keys.append(None)
                continue
            key = _group_key(m)
            keys.append(key)
            g = groups.get(key)
            if g is None:
                g = groups[key] = _Group(key)
            g.names[m.key] += 1
            g.surfaces[m.text] += 1
            g.kinds[m.kind] += 1
            g.count += 1
            g.legal = g.legal or m.kind == "organization" and _has_form(m.key)
            if surface != key and " " not in surface:
                linked[surface].add(key)
    sets = _Sets()
    _variants(groups, sets)
    _acronyms(groups, sets)
    _short_forms(groups, sets, linked)

    # Mentions per cluster (cluster = root group key), then user fixes.
    members: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for doc in docs:
        for i, key in enumerate(gkeys[doc]):
            if key is not None:
                members[sets.find(key)].append((doc, i))
    renames = fixes.apply(members, lambda ref: raw[ref[0]][ref[1]], groups_key=_group_key)
    return _build(raw, docs, members, renames, groups)


def _group_key(m: RawMention) -> str:
    """Mentions with one group key are one actor before any merging.

    A team named after a place ("Surrey" beat ...) is kept apart from the place itself.
    """
    key = fold(m.key) or fold(m.text) or m.text
    if m.kind == "organization":
        entry = lookup(m.key)
        if entry is not None and entry.kind == "place":
            return key + " #team"
        base = strip_form(key)  # "Apple Inc." is "Apple"; "Minsk Group" is not "Minsk"
        if base != key and (e := lookup(base)) is not None and e.kind != "organization":
            return key
        return base
    return key


def _build(raw: Mapping[str, Sequence[RawMention]], docs: list[str],
           members: dict[str, list[tuple[str, int]]], renames: dict[str, str],
           groups: dict[str, _Group]) -> Resolution:
    res = Resolution()
    res.assign = {doc: [None] * len(raw[doc]) for doc in docs}
    used: set[str] = set()
    for cluster in sorted(members):
        refs = sorted(members[cluster])
        if not refs:
            continue
        names: Counter = Counter()
        surfaces: Counter = Counter()
        kinds: Counter = Counter()
        roles: Counter = Counter()
        articles = set()
        keys = set()
        legal = False
        for doc, i in refs:
            m = raw[doc][i]
            legal = legal or m.kind == "organization" and _has_form(m.key)
            names[m.key] += 1
            surfaces[m.text] += 1
            kinds[m.kind] += 1
            keys.add(_group_key(m))
            articles.add(doc)
            if m.role:
                roles[m.role] += 1
        name = renames.get(cluster) or _canonical(names, surfaces, sorted(keys))
        kind = _kind(kinds, name, legal)
        base = f"{kind}:{slug(name)}"
        actor_id, n = base, 1
        while actor_id in used:
            n += 1
            actor_id = f"{base}-{n}"
        used.add(actor_id)
        res.actors[actor_id] = Actor(
            id=actor_id, name=name, kind=kind, mentions=len(refs), articles=len(articles),
            aliases=dict(sorted(surfaces.items(), key=lambda kv: (-kv[1], kv[0]))),
            roles=tuple(r for r, _ in sorted(roles.items(), key=lambda kv: (-kv[1], kv[0]))),
        )
        for doc, i in refs:
            res.assign[doc][i] = actor_id
    return res


# A mention reads as an organisation only on evidence (a cue word, context, the gazetteer),
# while a person is also the default for a name with nothing else known: across the
# corpus, one organisation reading counts as much as two person readings.
_WEIGHT = {"organization": 2}


def _has_form(key: str) -> bool:
    folded = fold(key)
    return strip_form(folded) != folded


def _kind(kinds: Counter, name: str, legal: bool = False) -> str:
    """The gazetteer's kind, else organisation if a legal form was seen ("Apple Inc."),
    else the weighted majority."""
    entry = lookup(name)
    if entry is not None and entry.strong and entry.kind in kinds:
        return entry.kind
    if legal:
        return "organization"
    return max(kinds.items(), key=lambda kv: (kv[1] * _WEIGHT.get(kv[0], 1),
                                              kv[0] == "person", kv[0]))[0]
