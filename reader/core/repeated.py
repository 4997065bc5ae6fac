"""Provides the rule for an article id found in two files: the file first in corpus
order keeps it, however the files arrived, so an update gives what a fresh index gives.

A fresh index reads files in order and skips the repeat in the later file. An update
may read the earlier file after the later one (it was added or edited), so `claim()`
takes the id back from a later holder, whose file is then indexed again; and when a
file is edited or removed, files that skipped a repeat are read again (`recheck()`),
since the id may now be theirs.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.core.store import Store

SKIPPED = "duplicate article id"  # how the warning of a file that skipped a repeat starts


def claim(
    store: Store, doc: str, rel: str, evicted: list[str],
    before_drop: Callable[[str], None] = lambda rel: None,
) -> bool:
    """Whether file `rel` may store article `doc` (free, or held by a later file, which
    is dropped, after `before_drop(file)`, and added to `evicted` to be indexed again)."""
    row = store.db.execute("SELECT file FROM articles WHERE doc = ?", (doc,)).fetchone()
    if row is None:
        return True
    if row[0] <= rel:
        return False
    before_drop(row[0])
    store.drop_file(row[0])
    evicted.append(row[0])
    return True


def recheck(stored: dict[str, tuple], changed: set[str]) -> set[str]:
    """Files to read again although unchanged: those that skipped a repeated id, when a
    stored file is edited or removed (`changed`); additions alone free no id."""
    if not changed & set(stored):
        return set()
    return {rel for rel, old in stored.items() if old[3] and SKIPPED in old[3]} - changed
