"""Provides `group_stories`: the story each article's groups belong to.

"Police" in two articles of one story (they share specific names: the same suspect, the
same town) are one group; "Police" of an unrelated story are another. Taken in turn,
each article that holds a group joins every story (of that group) it shares two specific
names with; a story is named after its first article. The largest story keeps the group's
own key (so the store keeps the fewest per-article picks).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping

from .context import Context
from .groups import Sets

GROUP = "#group "  # what a group's key starts with (resolve)
_MARK = " @"  # between a group's key and its story's first article


def group_stories(in_keys: Mapping[str, set[str]], articles: Mapping[str, Iterable[str]],
                  ctx: Context, find: Callable[[str], str]) -> dict[str, dict[str, str]]:
    """Article -> {group key -> story key} for the groups (`in_keys`: group key -> the
    in-article keys of its mentions) whose articles tell more than one story."""
    group_of_key = {k: g for g, keys in in_keys.items() for k in keys}
    bodies = frozenset(group_of_key)
    holders: dict[str, set[str]] = defaultdict(set)
    for art, keys in articles.items():
        for k in bodies.intersection(keys):
            holders[group_of_key[k]].add(art)
    few, groups = ctx.few, ctx.groups
    named: dict[str, frozenset[str]] = {}  # found once per article, whatever groups it holds

    def names_of(art: str) -> frozenset[str]:
        out = named.get(art)
        if out is None:
            out = named[art] = frozenset(map(find, few.intersection(groups.get(art, ()))))
        return out

    out: dict[str, dict[str, str]] = defaultdict(dict)
    for g in sorted(holders):
        story = _stories(sorted(holders[g]), names_of)
        size = Counter(story.values())
        main = min(size, key=lambda first: (-size[first], first))  # keeps the group's key
        for art, first in story.items():
            if first != main:
                out[art][g] = g + _MARK + first
    return dict(out)


def _stories(arts: list[str], names_of: Callable[[str], frozenset[str]]) -> dict[str, str]:
    """Article -> the first article of its story (`arts` sorted): in turn, each article
    joins every story it shares two names with.

    A later article never roots a story (the smaller key is the root), so the stories a
    name is in stay roots until an article joins two of them: only then are they found
    again, name by name as each is next read."""
    sets = Sets()
    find = sets.find
    told: dict[str, set[str]] = defaultdict(set)  # name -> the stories that hold it
    fresh: dict[str, int] = {}  # name -> the merges its stories were found after
    merges = 0
    for art in arts:
        names = names_of(art)
        shared: dict[str, int] = {}
        for name in names:
            stories = told[name]
            if fresh.get(name, 0) != merges:
                stories = told[name] = {find(s) for s in stories}
                fresh[name] = merges
            for story in stories:
                shared[story] = shared.get(story, 0) + 1
        joined = sorted(s for s, n in shared.items() if n >= 2)
        for story in joined:
            sets.union(story, art)
        merges += len(joined) > 1
        own = find(art)
        for name in names:
            told[name].add(own)
    return {art: find(art) for art in arts}


def is_story(cluster: str) -> bool:
    return cluster.startswith(GROUP) and _MARK in cluster


def story_id(base: str, cluster: str) -> str:
    """The actor id of a group's story: its base id and a digest of the story's name."""
    first = cluster.split(_MARK, 1)[1]
    return f"{base}-{hashlib.blake2b(first.encode(), digest_size=3).hexdigest()}"
