"""Provides article analysis for indexing: the actors, language and quotations of a text.

`analyse(doc, text)` is pure. An `Analyser` runs it over a stream of articles and hands
the results back in submission order: in this process for a small job, in a pool of
worker processes (one per core) for a big one, so that actor extraction, the bulk of
indexing, uses every core while this process reads files and writes the store.
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from reader.core.model import RawMention

POOL_BYTES = 2_000_000  # less to index: starting workers (~0.3 s each) costs more than it saves
BATCH = 24  # articles per task sent to a worker
AHEAD = 3  # tasks in flight per worker before the writer waits


@dataclass(frozen=True, slots=True)
class Analysis:
    """What indexing stores for one article besides its text."""

    raw: list[RawMention]
    language: str
    quotes: list[tuple]  # rows of reader.core.quotes.stored.quote_rows


def analyse(doc: str, text: str) -> Analysis:
    """Actor mentions (in-article keys), language and quotations of one article."""
    from reader.core.actors import extract
    from reader.core.actors.language import language
    from reader.core.quotes.stored import quote_rows

    raw = extract(text)
    try:
        rows = quote_rows(doc, text, raw)
    except Exception:  # noqa: BLE001 - a bad article must never stop indexing
        rows = []
    return Analysis(raw, language(text), rows)


def workers_for(total_bytes: int) -> int:
    """Worker processes for a job of `total_bytes`: one per core for a big job, none
    (analysis in this process) for a small one; NEWSREADER_WORKERS overrides."""
    wanted = os.environ.get("NEWSREADER_WORKERS", "")
    if wanted.isdigit():
        return int(wanted)
    if total_bytes < POOL_BYTES:
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return cores if cores and cores > 1 else 0


def _start_worker(parent: int) -> None:
    """In a worker: write nothing to the terminal (the app draws there), exit when the
    indexing process is gone (even killed with -9, which leaves the worker waiting for
    tasks forever), then load the actor tables."""
    import threading
    import time

    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 1)
    os.dup2(quiet, 2)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()
    from reader.core.actors import gazetteer

    gazetteer.warm()


def _start_tracker() -> None:
    """Start multiprocessing's resource tracker now, with a real standard error: it hands
    the descriptor of `sys.stderr` to its process, and in the app `sys.stderr` is Textual's
    stand-in, whose descriptor is no file ("bad value(s) in fds_to_keep")."""
    import sys
    from multiprocessing import resource_tracker

    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable:
        resource_tracker.ensure_running()
        return
    saved = sys.stderr
    with open(os.devnull, "w") as quiet:
        sys.stderr = quiet
        try:
            resource_tracker.ensure_running()
        finally:
            sys.stderr = saved


def _analyse_batch(batch: list[tuple[str, str]]) -> list[Analysis]:
    return [analyse(doc, text) for doc, text in batch]


class Analyser:
    """Analyses submitted articles; `ready()` gives (item, Analysis) in submission order."""

    def __init__(self, workers: int = 0) -> None:
        self._pool: Any = None
        if workers > 0:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            try:
                _start_tracker()
                # spawn, not fork: the app indexes from a thread, and forking a threaded
                # process can deadlock the child
                self._pool = ProcessPoolExecutor(
                    workers, mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start_worker, initargs=(os.getpid(),),
                )
            except Exception:  # noqa: BLE001 - no processes here: analyse in this one
                self._pool = None
        self._limit = max(1, workers) * AHEAD
        self._batch: list[tuple[object, str, str]] = []
        self._flight: deque[tuple[list[tuple[object, str, str]], Any]] = deque()
        self._done: deque[tuple[object, Analysis]] = deque()

    def submit(self, item: object, doc: str, text: str) -> None:
        """Analyse `text` (of article `doc`); `item` comes back with the result."""
        if self._pool is None and not self._flight and not self._batch:
            self._done.append((item, analyse(doc, text)))
            return
        self._batch.append((item, doc, text))
        if len(self._batch) >= BATCH:
            self._send()

    def ready(self, flush: bool = False) -> Iterator[tuple[object, Analysis]]:
        """The results finished so far, in order (waiting when too many are in flight);
        with `flush`, every result submitted."""
        if flush and self._batch:
            self._send()
        while self._flight and (
            flush or len(self._flight) > self._limit or self._flight[0][1].done()
        ):
            batch, future = self._flight.popleft()
            try:
                results = future.result()
            except Exception:  # noqa: BLE001 - a worker died (killed, out of memory)
                results = [analyse(doc, text) for _, doc, text in batch]  # do it here
            self._done.extend((item, r) for (item, _, _), r in zip(batch, results, strict=True))
        while self._done:
            yield self._done.popleft()

    def close(self) -> None:
        """Stop the workers (results not taken are dropped)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            with contextlib.suppress(Exception):  # a broken pool has nothing left to stop
                pool.shutdown(wait=True, cancel_futures=True)

    def _send(self) -> None:
        from concurrent.futures import Future

        batch, self._batch = self._batch, []
        texts = [(doc, text) for _, doc, text in batch]
        future = None
        if self._pool is not None:
            try:
                future = self._pool.submit(_analyse_batch, texts)
            except Exception:  # noqa: BLE001 - the pool broke: go on in this process
                self.close()
        if future is None:  # queued behind what is in flight, to keep the order
            future = Future()
            future.set_result(_analyse_batch(texts))
        self._flight.append((batch, future))
