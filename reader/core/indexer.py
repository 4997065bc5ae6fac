"""Provides incremental indexing: a generator that brings the store up to date.

Only files whose size, mtime and content hash changed are re-parsed; their articles are
analysed (actors, language, quotations) in worker processes for a big job (see analysis.py)
and stored by this process, the one writer; actor resolution is re-run over cached raw
mentions when anything (or a user fix) changed, and only the mentions and actors it moved
are written again (see `resolution`).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from reader.core import repeated, texts
from reader.core.analysis import Analyser, workers_for
from reader.core.dates import normalise_date, text_date
from reader.core.gcpause import paused_gc
from reader.core.model import Article, LoadWarning
from reader.core.quotes import stored as quotes
from reader.core.sources import LoadError, SourceFile, discover, load
from reader.core.store import Store
from reader.core.text import READ_VERSION, RESOLVE_VERSION

COMMIT_EVERY = 500  # articles per transaction
COMMIT_SECONDS = 1.0  # ... or sooner, so that readers see small files arrive


@dataclass(frozen=True, slots=True)
class Progress:
    """One step of indexing, for a progress bar; `warning` is set for a skipped source."""

    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    articles: int
    phase: str = "index"
    warning: LoadWarning | None = None


def fixes_fingerprint() -> str:
    """Hash of the user's alias fixes and of the resolution's version, so a change of
    either resolves the whole index again."""
    from reader.paths import data_dir

    path = data_dir() / "alias_fixes.json"
    data = path.read_bytes() if path.exists() else b""
    return hashlib.blake2b(RESOLVE_VERSION.encode() + data, digest_size=8).hexdigest()


def run_index(store: Store, paths: list[Path]) -> Iterator[Progress]:
    """Bring `store` up to date with the files under `paths`, yielding progress."""
    sources, warnings = discover(paths)
    stored = store.files()
    if stored and store.get_meta("parse") != READ_VERSION:  # read by an older reader
        stored = {rel: (None, None, None, None) for rel in stored}
    current = {s.rel for s in sources}
    todo = [s for s in sources if stored.get(s.rel, (None, None))[:2] != (s.size, s.mtime_ns)]
    todo_rels = {s.rel for s in todo}
    forced = repeated.recheck(stored, todo_rels | (set(stored) - current))  # read again
    if forced:
        todo = sorted(todo + [s for s in sources if s.rel in forced], key=lambda s: s.rel)
        todo_rels |= forced
    evicted: list[str] = []  # files whose article ids an earlier file took back
    by_rel = {s.rel: s for s in sources}
    done_rels: set[str] = set()
    total_bytes = sum(s.size for s in todo)
    done_bytes = articles = 0
    for w in warnings:
        yield Progress(0, len(todo), 0, total_bytes, 0, warning=w)
    for s in sources:  # unchanged files that had a problem last time: say it again
        old = stored.get(s.rel)
        if old and old[3] and s.rel not in todo_rels:
            yield Progress(
                0, len(todo), 0, total_bytes, 0, warning=LoadWarning(str(s.path), old[3])
            )
    db = store.db
    db.execute("BEGIN IMMEDIATE")
    quotes.mark_current(db)  # a new store: quotations are found as articles are indexed
    changed = False
    for rel in sorted(set(stored) - current):
        _unresolved(store)
        store.drop_file(rel)
        changed = True
    pending = 0
    committed = time.monotonic()
    writer = _Writer(store, Analyser(workers_for(total_bytes) if todo else 0))
    try:
        for n, source in enumerate(todo, 1):
            old = None if source.rel in forced else stored.get(source.rel)
            steps = _index_file(store, source, old, writer, evicted)
            while True:  # a big file commits and reports as it goes, so a list can fill
                try:
                    so_far = next(steps)
                except StopIteration as stop:
                    warning, added = stop.value
                    break
                store.commit()
                db.execute("BEGIN IMMEDIATE")
                pending, committed = 0, time.monotonic()
                yield Progress(n - 1, len(todo), done_bytes, total_bytes, articles + so_far)
            changed = changed or added is not None
            done_rels.add(source.rel)
            while evicted:  # indexed again after this file, which now holds their ids
                rel = evicted.pop()
                forced.add(rel)
                if rel in done_rels or rel not in todo_rels:
                    todo.append(by_rel[rel])
                    todo_rels.add(rel)
                    done_rels.discard(rel)
            articles += added or 0
            pending += added or 0
            done_bytes += source.size
            due = pending and time.monotonic() - committed >= COMMIT_SECONDS
            if pending >= COMMIT_EVERY or due:
                store.commit()
                db.execute("BEGIN IMMEDIATE")
                pending, committed = 0, time.monotonic()
            yield Progress(
                n,
                len(todo),
                done_bytes,
                total_bytes,
                articles,
                warning=LoadWarning(str(source.path), warning) if warning else None,
            )
        writer.write(flush=True)
    finally:
        writer.analyser.close()
    texts.repair(db)  # texts whose searched carrier was re-indexed away
    changed = quotes.backfill(db) > 0 or changed  # a cache from before quotations
    fingerprint = fixes_fingerprint()
    if changed or store.get_meta("fixes") != fingerprint or store.get_meta("resolved") is None:
        # Derived layers (related passages) rebuild when the generation moves on.
        store.set_meta("generation", str(int(store.get_meta("generation") or 0) + 1))
        yield Progress(len(todo), len(todo), done_bytes, total_bytes, articles, phase="resolve")
        from reader.core import actors

        fixes = actors.Fixes.load()
        with paused_gc():
            store.put_resolution(
                store.distinct_mentions(),
                lambda raw, arts: actors.resolve(raw, fixes, arts),
                full=store.get_meta("fixes") != fingerprint,
            )
        store.set_meta("fixes", fingerprint)
        store.set_meta("resolved", "1")
    store.set_meta("parse", READ_VERSION)
    store.commit()
    yield Progress(len(todo), len(todo), total_bytes, total_bytes, articles, phase="done")


def _index_file(
    store: Store, source: SourceFile, old, writer: _Writer, evicted: list[str]
) -> Generator[int, None, tuple[str | None, int | None]]:
    """Re-index one file, yielding the articles added so far every COMMIT_EVERY.

    Returns (warning, articles added or None if the file was unchanged).
    """
    try:
        digest = source.digest()
    except OSError as exc:
        return (exc.strerror or str(exc)).lower(), None
    if old is not None and old[2] == digest:
        store.set_file(source.rel, source.size, source.mtime_ns, digest, old[3])
        return old[3], None
    _unresolved(store)
    writer.before_drop(source.rel)
    store.drop_file(source.rel)  # also what an interrupted run left of a new file
    added = 0
    warning = None
    try:
        for seq, article in enumerate(load(source)):
            if not repeated.claim(store, article.id, source.rel, evicted, writer.before_drop):
                warning = warning or f"{repeated.SKIPPED} {article.id!r} skipped"
                continue
            dated = normalise_date(article.published) or text_date(article.text)
            if dated and dated != article.published:
                article = replace(article, published=dated)
            store.put_article(source.rel, seq, article)
            writer.submit(source.rel, article)
            added += 1
            if added % COMMIT_EVERY == 0:
                yield added
    except LoadError as exc:
        warning = f"{warning}; {exc}" if warning else str(exc)
    except (OSError, ValueError, RecursionError) as exc:  # last resort: never crash on input
        warning = f"could not read ({type(exc).__name__}: {exc})"
    writer.file_read(source.rel, source.size, source.mtime_ns, digest, warning)
    return warning, added


def _unresolved(store: Store) -> None:
    """Say, in the transaction of a change, that the resolution is out of date: a run
    stopped after a mid-run commit leaves it so, and the next run resolves again."""
    store.db.execute("DELETE FROM meta WHERE key = 'resolved'")


class _Writer:
    """Stores each article's analysis when it is ready, in order. A file is marked
    indexed (`set_file`) only once every analysis of its articles is stored, so a run
    stopped before that reads the file again."""

    def __init__(self, store: Store, analyser: Analyser) -> None:
        self.store = store
        self.analyser = analyser
        self.left: dict[str, int] = {}  # file -> analyses not stored yet
        self.read: dict[str, tuple] = {}  # file -> its state, once read whole

    def submit(self, rel: str, article: Article) -> None:
        self.left[rel] = self.left.get(rel, 0) + 1
        self.analyser.submit((rel, article.id), article.id, article.text)
        self.write()

    def file_read(self, rel: str, *state: object) -> None:
        self.read[rel] = state
        self._finish(rel)

    def before_drop(self, rel: str) -> None:
        """Store what is in flight before a file's rows go, so that nothing of an
        article's old reading lands after them."""
        if self.left and (rel in self.left or self.store.db.execute(
                "SELECT 1 FROM articles WHERE file = ? LIMIT 1", (rel,)).fetchone()):
            self.write(flush=True)

    def write(self, flush: bool = False) -> None:
        """Store the analyses ready now (all of them with `flush`)."""
        for (rel, doc), a in self.analyser.ready(flush):
            self.store.put_raw_mentions(doc, a.raw)
            self.store.put_language(doc, a.language)
            quotes.store_quotes(self.store.db, doc, a.quotes)
            self.left[rel] -= 1
            if not self.left[rel]:
                del self.left[rel]
                self._finish(rel)

    def _finish(self, rel: str) -> None:
        if rel in self.read and rel not in self.left:
            self.store.set_file(rel, *self.read.pop(rel))
