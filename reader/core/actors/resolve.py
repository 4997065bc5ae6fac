"""Provides corpus-wide resolution of cached raw mentions into actors.

Mentions are grouped by their in-article key; groups then merge only on evidence: the
spelling rules of `variants` (same name up to case, accents, hyphens and spacing,
transliterations, initials, middle names, nicknames, descriptions, national units); the
cross-article context of `context` (X Jr. and X, short given names, and per article the
full name an ambiguous short form means); acronyms; a short form that in-article
resolution linked to a full name elsewhere; a single word that is the first or last word
of exactly one full name in the corpus. User fixes apply last. Nothing is re-extracted;
output does not depend on dict order.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import groupby

from ..model import KINDS, Actor, RawMention
from .acronyms import acronyms_of, is_acronym
from .context import (
    Context,
    merge_misspelt,
    merge_short_given,
    merge_suffixed,
    short_forms_in_context,
)
from .fixes import Fixes
from .gazetteer import lookup, prefetch
from .groups import Group, Sets
from .legal import strip_form
from .lexicon import COMPANY_SUFFIXES, NAME_SUFFIXES
from .normalize import fold, slug
from .stories import GROUP, group_stories, is_story, story_id
from .teams import merge_team_names, team_name, town_prefix
from .variants import (
    merge_described,
    merge_national_units,
    merge_nicknames,
    merge_variants,
)
from .wordstats import is_common, surnames

_SUFFIXES = frozenset(fold(s) for s in NAME_SUFFIXES)
_QUOTED = re.compile(r"\s[\"“'‘(][^\"“”'‘’()]{1,30}[\"”'’)](?=\s)")
_COMPANY = frozenset(fold(s) for s in COMPANY_SUFFIXES)


@dataclass
class Resolution:
    """Actors by id, and for each document the actor id of each raw mention (None = dropped)."""

    actors: dict[str, Actor] = field(default_factory=dict)
    assign: dict[str, list[str | None]] = field(default_factory=dict)
    # article -> (in-article key, kind) -> actor, for choices cross-article context made
    context: dict[str, dict[tuple[str, str], str]] = field(default_factory=dict)


def _acronyms(groups: dict[str, Group], sets: Sets) -> None:
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


def _short_forms(groups: dict[str, Group], sets: Sets, linked: dict[str, set[str]]) -> None:
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
        if len(words) <= 4 and (i := town_prefix(words)):
            heads[" ".join(words[i:])].add(k)  # "angels" -> "los angeles angels"
            if not k.endswith("#team") and team_name(words[i:]):  # "Philadelphia" won
                heads[" ".join(words[:i]) + " #team"].add(k)
    for k in sorted(groups):
        if " " in k:
            if groups[k].kind() == "organization" and len(
                    {sets.find(h) for h in heads.get(k, ())}) == 1:
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
        company = groups[k].kind() == "organization" and groups[k].count > 1
        if not targets and not legal and not company:  # "Windows", named so more than once,
            targets = {sets.find(t) for t in full_by_word.get(k, ())}  # is no Matt Windows
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


def resolve(raw: Mapping[str, Sequence[RawMention]], fixes: Fixes | None = None,
            articles: Mapping[str, Iterable[str]] | None = None) -> Resolution:
    """Resolve every document's raw mentions into corpus-wide actors.

    `articles` (article id -> the in-article keys of its mentions) gives the cross-article
    context when `raw`'s documents are not the articles (the store passes each distinct
    mention as one document); the choices taken from it that differ per article come back
    in `Resolution.context`. Without it, each document of `raw` is one article.
    """
    fixes = fixes or Fixes()
    dropped = fixes.not_actor_keys()
    docs = sorted(raw)
    prefetch(m.key for doc in docs for m in raw[doc])  # the gazetteer in a few queries
    groups: dict[str, Group] = {}
    linked: dict[str, set[str]] = defaultdict(set)  # short surface -> full keys
    gkeys: dict[str, list[str | None]] = {}
    group_of: dict[str, set[str]] = defaultdict(set)  # in-article key -> group keys
    bodies: dict[str, set[str]] = defaultdict(set)  # a group's key -> its in-article keys
    for doc in docs:
        keys = gkeys[doc] = []
        last = key = g = None
        for m in raw[doc]:
            if m is last:  # the same mention again (the store's weighted pseudo-documents)
                keys.append(key)
                if g is not None:
                    g.names[m.key] += 1
                    g.surfaces[m.text] += 1
                    g.kinds[m.kind] += 1
                    g.count += 1
                continue
            last, g = m, None
            surface = fold(m.text)
            if surface in dropped:
                key = None
                keys.append(None)
                continue
            key = _group_key(m)
            keys.append(key)
            if m.kind == "group":  # a body of people: no merging rule, one per story
                bodies[key].add(m.key)
                continue
            group_of[m.key].add(key)
            g = groups.get(key)
            if g is None:
                g = groups[key] = Group(key)
            g.names[m.key] += 1
            g.surfaces[m.text] += 1
            g.kinds[m.kind] += 1
            g.count += 1
            g.legal = g.legal or m.kind == "organization" and _has_form(m.key)
            if surface != key and " " not in surface and not m.role_noun:  # "Man" (charged)
                linked[surface].add(key)
    sets = Sets()
    merge_described(groups, sets)  # first: "Polygamist Warren Jeffs" is no other Warren Jeffs
    merge_variants(groups, sets)
    merge_nicknames(groups, sets)
    merge_national_units(groups, sets)
    merge_team_names(groups, sets)
    in_place = articles is None
    if articles is None:
        articles = {doc: [m.key for m in raw[doc]] for doc in docs}
    ctx = Context(articles, group_of)
    merge_suffixed(groups, sets, ctx)
    merge_short_given(groups, sets, ctx)
    merge_misspelt(groups, sets, ctx)
    _acronyms(groups, sets)
    _short_forms(groups, sets, linked)
    chosen = short_forms_in_context(groups, sets, ctx, linked)
    stories = group_stories(bodies, articles, ctx, sets.find)

    # Mentions per cluster (cluster = root group key), then user fixes.
    members: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for doc in docs:
        here = {**chosen.get(doc, {}), **stories.get(doc, {})} if in_place else {}
        run_key: str | None = None
        refs: list[tuple[str, int]] = []
        for i, key in enumerate(gkeys[doc]):
            if key is None:
                continue
            if key is not run_key:  # a run of one key (the store's copies): one cluster
                run_key, refs = key, members[here.get(key) or sets.find(key)]
            refs.append((doc, i))
    renames = fixes.apply(members, lambda ref: raw[ref[0]][ref[1]], groups_key=_group_key)
    res = _build(raw, docs, members, renames, gkeys)
    if not in_place:
        actor_of = _first_actors(gkeys, res, sets.find)
        res.context = _per_article(chosen, ctx, actor_of)
        _story_context(stories, bodies, articles, res, actor_of)
    return res


def _first_actors(gkeys: dict[str, list[str | None]], res: Resolution,
                  find: Callable[[str], str]) -> dict[str, str]:
    """Each cluster's actor (a group's key is its own cluster: groups never merge)."""
    actor_of: dict[str, str] = {}
    for doc in sorted(gkeys):
        last = None
        for key, actor in zip(gkeys[doc], res.assign[doc], strict=True):
            if key is not None and actor is not None and key is not last:
                last = key  # the rest of a run of one key cannot change what is set
                actor_of.setdefault(find(key), actor)
    return actor_of


def _story_context(stories: dict[str, dict[str, str]], bodies: dict[str, set[str]],
                   articles: Mapping[str, Iterable[str]], res: Resolution,
                   actor_of: dict[str, str]) -> None:
    """Each article's groups to the actor of their story, made from the group's actor (the
    store resolves distinct mentions, not articles)."""
    for art in sorted(stories):
        keys = set(articles.get(art, ()))
        for group, cluster in sorted(stories[art].items()):
            actor = actor_of.get(group)
            if actor is None:
                continue
            sid = story_id(actor, cluster)
            if sid not in res.actors:
                a = res.actors[actor]
                res.actors[sid] = Actor(sid, a.name, a.kind, 0, 0, a.aliases, a.roles)
            for k in sorted(bodies[group] & keys):
                res.context.setdefault(art, {})[(k, "group")] = sid


def _per_article(chosen: dict[str, dict[str, str]], ctx: Context,
                 actor_of: dict[str, str]) -> dict[str, dict[tuple[str, str], str]]:
    """Context choices as article -> {(in-article key, kind) -> actor id}: only the
    mentions of the chosen group ("Chicago" the team, not the dateline's city)."""
    out: dict[str, dict[tuple[str, str], str]] = {}
    for art, picks in chosen.items():
        for group, cluster in picks.items():
            actor = actor_of.get(cluster)
            if actor is None:
                continue
            for key in sorted(ctx.keys_of(art, group)):
                for kind in KINDS:
                    if _group_key(RawMention(0, 0, key, kind, key)) == group:
                        out.setdefault(art, {})[(key, kind)] = actor
    return out


def _group_key(m: RawMention) -> str:
    """Mentions with one group key are one actor before any merging.

    A team named after a place ("Surrey" beat ...) is kept apart from the place itself; a
    nickname in quotes is no part of the name (Vincent "The Chin" Gigante).
    """
    key = fold(m.key) or fold(m.text) or m.text
    if m.kind == "group":
        return GROUP + key
    if m.kind == "person" and (bare := fold(_QUOTED.sub(" ", m.key))):
        key = bare
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
           gkeys: dict[str, list[str | None]]) -> Resolution:
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
        keys: set[str] = set()
        legal = False
        for m, doc, i, n in _runs(raw, refs):
            legal = legal or m.kind == "organization" and _has_form(m.key)
            names[m.key] += n
            if not m.role_noun:  # no alias of the person
                surfaces[m.text] += n
            kinds[m.kind] += n
            keys.add(gkeys[doc][i] or "")  # never None: members hold the kept mentions
            articles.add(doc)
            if m.role:
                roles[m.role] += n
        name = renames.get(cluster) or _canonical(names, surfaces, sorted(keys))
        kind = _kind(kinds, name, legal)
        base = f"{kind}:{slug(name)}"
        if is_story(cluster):
            base = story_id(base, cluster)
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


def _runs(raw: Mapping[str, Sequence[RawMention]], refs: list[tuple[str, int]]
          ) -> Iterator[tuple[RawMention, str, int, int]]:
    """(mention, doc, index, n) for each run of `refs` (sorted) that refers to one mention
    object of one document n times (the store's weighted pseudo-documents)."""
    for _, run in groupby(refs, key=lambda ref: (ref[0], id(raw[ref[0]][ref[1]]))):
        (doc, i), *more = run
        yield raw[doc][i], doc, i, 1 + len(more)


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
