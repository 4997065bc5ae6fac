"""Provides `Checkpoints`: the store's write-ahead log copied back into the database by a
thread of its own, so that the indexer's commits do not wait for it.

SQLite otherwise checkpoints inside the commit that takes the log past a threshold: at
the end of an update, about 0.1 s of disk writes before the reader can go on. The
thread's checkpoint is PASSIVE (it never blocks a reader or writer, and copies what it
can); the commit's own checkpoint stays as a bound (`LOG_PAGES`) should the thread lag.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

LOG_PAGES = 10_000  # a commit checkpoints itself only past this (40 MB at 4 KB pages)


class Checkpoints:
    """Checkpoints of the database at `path`, one at a time, on request."""

    def __init__(self, path: Path | str) -> None:
        self._uri = Path(path).absolute().as_uri() + "?mode=rw"  # never makes a file
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._again = False

    def request(self) -> None:
        """Checkpoint soon: now in a thread, or again after the one running."""
        with self._lock:
            if self._thread is not None:
                self._again = True
                return
            self._thread = threading.Thread(target=self._run, name="checkpoint")
            self._thread.start()

    def wait(self) -> None:
        """Until no checkpoint is running (before the last connection closes)."""
        while (thread := self._thread) is not None:
            thread.join()

    def _run(self) -> None:
        try:
            while True:
                _checkpoint(self._uri)
                with self._lock:
                    if not self._again:
                        self._thread = None  # a request from now on starts a thread
                        return
                    self._again = False
        finally:  # whatever happened, no thread is left to wait for
            with self._lock:
                if self._thread is threading.current_thread():
                    self._thread = None


def _checkpoint(uri: str) -> None:
    try:
        db = sqlite3.connect(uri, uri=True)
        try:
            db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        finally:
            db.close()
    except sqlite3.Error:
        pass  # busy or gone: a later commit or the last close checkpoints
