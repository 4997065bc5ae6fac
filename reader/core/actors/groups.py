"""Provides the groups that corpus resolution merges and the union-find that merges them.

A group holds every mention with one group key (its folded in-article key); merging rules
(`resolve`, `variants`, `context`) join groups in a `Sets` forest.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


class Sets:
    """Union-find over group keys; the smaller key (sorted) is always the root."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        up = self.parent.get(x)
        if up is None or up == x:  # a root (most keys never merge)
            return x
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
class Group:
    """The mentions that share one group key, with their spellings and kinds."""

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
