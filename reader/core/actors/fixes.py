"""Provides user fixes to actor resolution: merge, split, rename, not an actor.

Fixes name actors by their canonical name or an alias (never by id), so they survive
re-indexing and apply to every corpus. They are stored as JSON in the user data dir
(`alias_fixes.json`), written atomically; a corrupt file loads as no fixes.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .normalize import fold

FILENAME = "alias_fixes.json"
_OPS = {"merge": 2, "split": 2, "rename": 2, "not_actor": 1}


def default_path() -> Path:
    """Where fixes live: `alias_fixes.json` in the user data directory."""
    from ...paths import data_dir

    return data_dir() / FILENAME


class Fixes:
    """An ordered list of user fixes, applied in the order they were made."""

    def __init__(self, ops: list[list[str]] | None = None) -> None:
        self.ops: list[list[str]] = [list(op) for op in ops or []]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Fixes) and self.ops == other.ops

    def __repr__(self) -> str:
        return f"Fixes({self.ops!r})"

    def __bool__(self) -> bool:
        return bool(self.ops)

    # -- recording -----------------------------------------------------------------------
    def merge(self, a: str, b: str) -> None:
        """Make the actors named `a` and `b` one actor."""
        self.ops.append(["merge", a, b])

    def split(self, name: str, actor: str) -> None:
        """Take the mentions written `name` out of the actor `actor` into their own actor."""
        self.ops.append(["split", name, actor])

    def rename(self, actor: str, new_name: str) -> None:
        """Give the actor `actor` the canonical name `new_name`."""
        self.ops.append(["rename", actor, new_name])

    def not_actor(self, text: str) -> None:
        """Never treat mentions written `text` as an actor."""
        self.ops.append(["not_actor", text])

    def not_actor_keys(self) -> set[str]:
        """Folded strings the user said are not actors."""
        return {fold(op[1]) for op in self.ops if op[0] == "not_actor"}

    # -- persistence ---------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None) -> Fixes:
        """Read fixes; a missing or unreadable file gives no fixes."""
        path = path or default_path()
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            ops = [
                [str(x) for x in op] for op in data.get("fixes", [])
                if isinstance(op, list) and op and op[0] in _OPS and len(op) == _OPS[op[0]] + 1
            ]
        except (OSError, ValueError, AttributeError, TypeError):
            return cls()
        return cls(ops)

    def save(self, path: Path | None = None) -> Path:
        """Write fixes atomically (temporary file, then os.replace)."""
        path = Path(path or default_path())
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".alias_fixes.", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"version": 1, "fixes": self.ops}, f, ensure_ascii=False, indent=1)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path

    # -- application ---------------------------------------------------------------------
    def apply(self, members: dict[str, list[Any]], mention_of: Callable[[Any], Any],
              groups_key: Callable[[Any], str]) -> dict[str, str]:
        """Apply merges, splits and renames to `members` (cluster -> mention refs) in place.

        Returns cluster -> canonical name chosen by the user.
        """
        renames: dict[str, str] = {}
        for op in self.ops:
            kind = op[0]
            if kind == "merge":
                a = _find(op[1], members, mention_of, groups_key, renames)
                b = _find(op[2], members, mention_of, groups_key, renames)
                if a is not None and b is not None and a != b:
                    keep, gone = sorted((a, b))
                    members[keep].extend(members.pop(gone))
                    if gone in renames and keep not in renames:
                        renames[keep] = renames.pop(gone)
            elif kind == "split":
                c = _find(op[2], members, mention_of, groups_key, renames)
                if c is None:
                    continue
                target = fold(op[1])
                moved = [r for r in members[c] if fold(mention_of(r).text) == target]
                if moved and len(moved) < len(members[c]):
                    members[c] = [r for r in members[c] if r not in set(moved)]
                    new = f"{c}\x00split:{target}"
                    members[new] = moved
                    renames[new] = op[1]
            elif kind == "rename":
                c = _find(op[1], members, mention_of, groups_key, renames)
                if c is not None:
                    renames[c] = op[2]
        return renames


def _find(name: str, members: dict[str, list[Any]], mention_of: Callable[[Any], Any],
          groups_key: Callable[[Any], str], renames: dict[str, str]) -> str | None:
    """The cluster a user-given name means: renamed name, then key, then alias; biggest wins."""
    target = fold(name)
    for c, new in sorted(renames.items()):
        if fold(new) == target and c in members:
            return c
    if target in members:
        return target
    best: tuple[int, int, str] | None = None
    for c in sorted(members):
        refs = members[c]
        by_key = sum(1 for r in refs if groups_key(mention_of(r)) == target)
        by_text = sum(1 for r in refs if fold(mention_of(r).text) == target)
        if by_key or by_text:
            score = (by_key, by_text, c)
            if best is None or score[:2] > best[:2]:
                best = score
    return best[2] if best else None
