"""Provides `FileLock`: one writer of a cache at a time, across processes.

An advisory lock (`flock`) on a small file beside the cache. The kernel drops it when
the process ends, however it ends (a `kill -9` included), so a crash never leaves a
stale lock behind. Where `fcntl` is missing (Windows) the lock is a no-op and SQLite's
own locking is the only guard.
"""

from __future__ import annotations

import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]


class FileLock:
    """An exclusive lock on `path` (created if missing); not re-entrant."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self, blocking: bool = True) -> bool:
        """Take the lock; with `blocking` False, False at once if another holds it."""
        if self._fd is not None:
            raise RuntimeError(f"{self.path} is locked already by this object")
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
            except BlockingIOError:
                os.close(fd)
                return False
            except BaseException:
                os.close(fd)
                raise
        self._fd = fd
        return True

    def release(self) -> None:
        """Let the next process in (closing the file drops the lock)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
