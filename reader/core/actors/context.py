"""Provides cross-article context: the articles that share actors tell one story.

Resolution otherwise sees only names. Here it also sees which names each article holds, and
calls two articles related when they share names that few articles of the corpus use (a
name in more than one article in twenty, or "United States", tells nothing). From that:

- "X Jr." and "X" are one person when no article names both and their articles are related
  ("Donald Trump Jr. praised Donald Trump" keeps them apart);
- a short given name ("Mo Cheeks") is the longer one of the same initial and surname
  ("Maurice Cheeks") in related articles, when it is the only one and the sexes agree;
- a misspelt surname ("Klitscko") is the surname one letter away of a name the related
  articles use far more often;
- a short form that several full names of the corpus can mean ("Thomas" of "Clarence
  Thomas", "Thomas Jefferson") takes, in an article that names no full form, the full name
  of the related articles, and stays unresolved when they do not decide.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Set

from .gazetteer import lookup
from .given import same_given
from .groups import Group, Sets
from .teams import town_of_team
from .variants import SUFFIXES
from .wordstats import gender, is_word, surnames

_SHARED = 2  # related: at least this many specific names in common
_MARGIN = 2  # a short form's choice must score this many times the next one


class Context:
    """Which groups each article holds and which articles each group appears in."""

    def __init__(self, articles: Mapping[str, Iterable[str]],
                 group_of: Mapping[str, Iterable[str]]) -> None:
        """`articles`: article id -> its in-article keys; `group_of`: in-article key ->
        the group keys its mentions went to."""
        self.articles, self.group_of = articles, group_of
        # article -> its groups; group -> its articles (100,000 articles hold a million pairs)
        self.groups: dict[str, tuple[str, ...]] = {}
        self.postings: dict[str, set[str]] = defaultdict(set)
        postings, groups_of = self.postings, group_of.get  # (locals: the corpus-wide loop)
        for art, keys in articles.items():
            here: dict[str, None] = {}
            for key in keys:
                for g in groups_of(key, ()):
                    here[g] = None
            for g in here:
                postings[g].add(art)
            self.groups[art] = tuple(here)
        limit = max(3, len(articles) // 20)  # at most this many articles: a specific name
        self.few = frozenset(g for g, arts in postings.items() if len(arts) <= limit)

    def together(self, a: str, b: str) -> bool:
        """Whether one article holds both groups."""
        return not self.postings.get(a, set()).isdisjoint(self.postings.get(b, set()))

    def specific(self, group: str) -> bool:
        """A name few articles use, so that sharing it means something."""
        return group in self.few

    def keys_of(self, art: str, group: str) -> list[str]:
        """The in-article keys of `art` whose mentions went to `group`."""
        return [k for k in self.articles.get(art, ()) if group in self.group_of.get(k, ())]

    def names_in(self, articles: Iterable[str], find: Callable[[str], str],
                 skip: Set[str] = frozenset()) -> set[str]:
        """The clusters (`find` of each group) of the specific names of these articles, but
        `skip`."""
        few, groups = self.few, self.groups
        out = {find(g) for art in articles for g in groups.get(art, ()) if g in few}
        return out - skip

    def articles_of(self, groups: Iterable[str]) -> set[str]:
        """The articles that hold any of these groups."""
        out: set[str] = set()
        for g in groups:
            out |= self.postings.get(g, set())
        return out



def _osa(a: str, b: str) -> int:
    """Edit distance with adjacent swaps (at most 2 reported); rapidfuzz on first use."""
    from rapidfuzz.distance import OSA

    return OSA.distance(a, b, score_cutoff=1)

def _members(groups: Mapping[str, Group], sets: Sets) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for k in sorted(groups):
        out[sets.find(k)].append(k)
    return out


def merge_suffixed(groups: Mapping[str, Group], sets: Sets, ctx: Context) -> None:
    """"X Jr." (Sr., III) joins "X" when no article names both and their articles share
    specific names: a corpus about one man writes him both ways. "X Sr." and "X" in one
    article are one man too, unless that article names "X Jr."."""
    members = _members(groups, sets)
    for k in sorted(groups):
        words = k.split()
        if len(words) < 3 or words[-1] not in SUFFIXES or groups[k].kind() != "person":
            continue
        base = " ".join(words[:-1])
        if base not in groups or groups[base].kind() != "person":
            continue
        ra, rb = sets.find(k), sets.find(base)
        if ra == rb:
            continue
        own = set(words[:-1])  # a shorter form of this very name ("Joseph X" of "A. Joseph X
        # Jr.") beside it says nothing of two men
        if ctx.together(k, base) or any(ctx.together(x, y) and not set(y.split()) <= own
                                        for x in members[ra] for y in members[rb]):
            junior = f"{base} jr"
            if words[-1] != "sr" or junior in groups and ctx.together(k, junior):
                continue
        skip = {ra, rb}
        near_a = ctx.names_in(ctx.articles_of(members[ra]), sets.find, skip)
        near_b = ctx.names_in(ctx.articles_of(members[rb]), sets.find, skip)
        if len(near_a & near_b) >= _SHARED:
            sets.union(k, base)
            members[sets.find(k)] = sorted(set(members.pop(ra, [])) | set(members.pop(rb, [])))


def merge_short_given(groups: Mapping[str, Group], sets: Sets, ctx: Context) -> None:
    """"Mo Cheeks" joins "Maurice Cheeks": a given name of two or three letters, the
    initial of one longer given name with the same surname in related articles, the sexes
    the census gives them not different ("Jo" is not "John")."""
    by_last: dict[tuple[str, int], list[list[str]]] = defaultdict(list)
    for k in sorted(groups):
        words = k.split()
        if len(words) >= 2 and words[-1] not in SUFFIXES and groups[k].kind() == "person":
            by_last[(words[-1], len(words))].append(words)
    members = _members(groups, sets)
    for names in by_last.values():
        for short in names:
            first = short[0]
            if not 2 <= len(first) <= 3 or not first.isalpha():
                continue
            sex = gender(first)
            fits = {sets.find(" ".join(w)) for w in names if len(w[0]) > 3
                    and w[0][0] == first[0] and w[1:] == short[1:]
                    and not same_given(first, w[0])
                    and (sex is None or gender(w[0]) in (sex, None))}
            root = sets.find(" ".join(short))
            fits.discard(root)
            if len(fits) != 1:
                continue
            other = fits.pop()
            near_a = ctx.names_in(ctx.articles_of(members[root]), sets.find, {root, other})
            near_b = ctx.names_in(ctx.articles_of(members[other]), sets.find, {root, other})
            if len(near_a & near_b) >= _SHARED:
                sets.union(root, other)
                members[sets.find(root)] = members.pop(root, []) + members.pop(other, [])


def merge_misspelt(groups: Mapping[str, Group], sets: Sets, ctx: Context) -> None:
    """A one-word person name of six letters or more, no word and no census surname, one
    edit (a transposition counts one) from the surname of one full name that is used at
    least three times as often, joins it when their articles are related."""
    by_shape: dict[tuple[str, int], set[str]] = defaultdict(set)
    for k, g in groups.items():
        words = k.split()
        if len(words) >= 2 and words[-1] not in SUFFIXES and g.kind() == "person":
            by_shape[(words[-1][0], len(words[-1]))].add(k)
    members = _members(groups, sets)
    for k in sorted(groups):
        g = groups[k]
        if " " in k or len(k) < 6 or g.kind() != "person" or not k.isalpha() or is_word(k) or (
                k.capitalize() in surnames()):
            continue
        root = sets.find(k)
        if any(" " in m for m in members[root]):
            continue
        options = set()
        for n in (len(k) - 1, len(k), len(k) + 1):
            for full in by_shape.get((k[0], n), ()):
                last = full.split()[-1]
                if last != k and _osa(k, last) <= 1 and (
                        groups[full].count >= 3 * g.count):
                    options.add(sets.find(full))
        options.discard(root)
        if len(options) != 1:
            continue
        other = options.pop()
        near_a = ctx.names_in(ctx.articles_of(members[root]), sets.find, {root, other})
        near_b = ctx.names_in(ctx.articles_of(members[other]), sets.find, {root, other})
        if len(near_a & near_b) >= _SHARED:
            sets.union(root, other)
            members[sets.find(root)] = members.pop(root, []) + members.pop(other, [])


def full_names_by_word(groups: Mapping[str, Group]) -> dict[str, set[str]]:
    """Multi-word person groups by their first and last word ("thomas" -> ...)."""
    out: dict[str, set[str]] = defaultdict(set)
    for k, g in groups.items():
        words = k.split()
        if len(words) >= 2 and g.kind() == "person":
            out[words[0]].add(k)
            if words[-1] not in SUFFIXES:
                out[words[-1]].add(k)
    return out


def teams_by_place(groups: Mapping[str, Group]) -> dict[str, set[str]]:
    """Organisations named by a well-known place and more words ("philadelphia" ->
    "philadelphia 76ers", "philadelphia eagles"), by the place."""
    out: dict[str, set[str]] = defaultdict(set)
    for k, g in groups.items():
        words = k.split()
        if g.kind() != "organization" or not 2 <= len(words) <= 4 or k.endswith("#team"):
            continue
        if i := town_of_team(words):
            out[" ".join(words[:i])].add(k)
    return out


def short_forms_in_context(groups: Mapping[str, Group], sets: Sets, ctx: Context,
                           linked: Mapping[str, set[str]]) -> dict[str, dict[str, str]]:
    """Article -> {group -> cluster} for one-word names that several full names of the
    corpus can mean (or a place used for one of its teams), decided by the names the
    article shares with each one's articles; undecided mentions are left out."""
    members = _members(groups, sets)
    by_word = full_names_by_word(groups)
    near: dict[str, set[str]] = {}
    out: dict[str, dict[str, str]] = defaultdict(dict)
    teams = teams_by_place(groups)
    clusters: dict[str, frozenset[str]] = {}  # article -> ctx.names_in([article])
    roots = {g: sets.find(g) for g in ctx.few}  # no union below: each root found once

    def names_of(art: str) -> frozenset[str]:
        found = clusters.get(art)
        if found is None:
            found = clusters[art] = frozenset(ctx.names_in((art,), roots.__getitem__))
        return found

    for k in sorted(groups):
        root = sets.find(k)
        if k.endswith(" #team"):  # "Philadelphia" won: which of its teams
            options = teams.get(k[: -len(" #team")], set())
        else:
            if " " in k or groups[k].kind() == "organization" or any(
                    " " in m for m in members[root]):
                continue
            entry = lookup(k)
            if groups[k].kind() != "person" and (entry is None or entry.strong):
                continue  # "Texas", "Asia": never a short form; "Bush" (a village) may be
            options = by_word.get(k, set()) | {t for t in linked.get(k, ()) if t in groups
                                               and groups[t].kind() == "person"}
        cands = sorted({sets.find(t) for t in options} - {root})
        if len(cands) < 2:
            continue
        for c in cands:
            if c not in near:
                near[c] = set().union(*map(names_of, ctx.articles_of(members[c]))) - {c}
        for art in sorted(ctx.postings.get(k, ())):
            here = names_of(art) - {root}
            scores = sorted(((len(here & (near[c] - {root})), c) for c in cands), reverse=True)
            (best, choice), (second, _) = scores[0], scores[1]
            if best >= _SHARED and best >= _MARGIN * second + 1:
                out[art][k] = choice
    return dict(out)
