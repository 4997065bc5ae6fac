"""Provides `describe()`: one clear line for a home that cannot be written.

A read-only or full disk, or a file where the home folder should be, shows up as an
OSError (creating folders and lock files) or as a SQLite error (writing the index cache
or the reading state). Either way the user gets what went wrong, where, and what to do.
"""

from __future__ import annotations

import errno
import os
import sqlite3

_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_IN_THE_WAY = {errno.ENOTDIR, errno.EEXIST}

FREE = "free some space, or set NEWSREADER_HOME to a folder on another disk"
ELSEWHERE = "set NEWSREADER_HOME to a folder you can write to"


def _home() -> str:
    """Where newsreader keeps its files, as the user would name it."""
    return os.environ.get("NEWSREADER_HOME") or "the newsreader data and cache folders"


def describe(exc: BaseException) -> str | None:
    """One line for a failure to write the home, or None for any other error."""
    if isinstance(exc, OSError):
        where = exc.filename or _home()
        if exc.errno == errno.ENOSPC:
            return f"the disk is full: could not write {where}; {FREE}"
        if exc.errno in _READ_ONLY:
            return f"cannot write {where} ({exc.strerror.lower()}); {ELSEWHERE}"
        if exc.errno in _IN_THE_WAY:
            return f"cannot create the folder {where}: a file is in the way; {ELSEWHERE}"
        return None
    if isinstance(exc, sqlite3.Error):
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        where = f"the index cache or reading state under {_home()}"
        if code == sqlite3.SQLITE_FULL:
            return f"the disk is full: could not write {where}; {FREE}"
        if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN):
            return f"cannot write {where} ({exc}); {ELSEWHERE}"
        if code == sqlite3.SQLITE_IOERR:
            return f"could not write {where} ({exc}): is the disk full or failing? {FREE}"
    return None
