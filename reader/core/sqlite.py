"""Provides SQLite connections done once and right: application id, WAL, migrations."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path

Migration = str | Callable[[sqlite3.Connection], None]  # SQL script, or a function of the db


BUSY_TIMEOUT = 60.0  # seconds a statement waits for another process's write to end


class SchemaError(Exception):
    """The database is not ours, is corrupt, or has a newer schema."""


def _code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_corrupt(exc: BaseException) -> bool:
    """Whether `exc` says the file is damaged or not a database at all."""
    return _code(exc) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def damage(path: Path | str) -> str | None:
    """What `PRAGMA quick_check` finds wrong with the database at `path` (None: sound).

    It reads every page, so it is for after an error, never for every start.
    """
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT)
        try:
            rows = [r[0] for r in db.execute("PRAGMA quick_check")]
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        return None if is_busy(exc) else str(exc)
    return None if rows == ["ok"] else rows[0]


def is_busy(exc: BaseException) -> bool:
    """Whether `exc` says another connection holds a lock: a wait, never a corrupt file."""
    return _code(exc) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _use_wal(db: sqlite3.Connection) -> None:
    """Switch a new database to WAL. While another process opens the same new file, the
    switch can be refused (SQLite then answers the old mode, or "locked" without
    waiting): try again until it holds, else rollback-journal locking would make two
    indexers fail each other with "database is locked"."""
    deadline = time.monotonic() + BUSY_TIMEOUT
    while True:
        try:
            if db.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal":
                return
        except sqlite3.OperationalError as exc:
            if not is_busy(exc):
                raise
        if time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked (could not switch it to WAL)")
        time.sleep(0.05)


def connect(path: Path | str, app_id: int, migrations: Sequence[Migration]) -> sqlite3.Connection:
    """Open `path`, check it is ours, and apply the numbered `migrations` it lacks.

    A migration is an SQL script (statements end with ";" and a newline) or a function
    given the connection, for what SQL alone cannot do; all run in one transaction.

    Several processes may open the same file at once: the version is read again inside
    the migrating transaction, so that only one of them migrates, and a lock held by
    another process makes this one wait (up to BUSY_TIMEOUT), never see corruption.

    Raises SchemaError for a foreign, corrupt or newer-schema database, and
    sqlite3.OperationalError (`is_busy`) if another process kept it locked too long.
    """
    try:
        db = sqlite3.connect(
            str(path), check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT
        )
        db.execute("PRAGMA foreign_keys = ON")
        found_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if is_busy(exc):
            raise
        raise SchemaError(f"unreadable database ({exc})") from exc
    if found_id not in (0, app_id) or (found_id == 0 and version != 0):
        db.close()
        raise SchemaError("not a newsreader database")
    if version > len(migrations):
        db.close()
        raise SchemaError(f"schema version {version} is newer than this newsreader knows")
    try:
        _use_wal(db)
        db.execute("PRAGMA synchronous = NORMAL")
        if version < len(migrations):
            db.execute("BEGIN IMMEDIATE")
            version = db.execute("PRAGMA user_version").fetchone()[0]  # another may have
            if version > len(migrations):
                db.execute("ROLLBACK")
                raise SchemaError(f"schema version {version} is newer than this newsreader knows")
            for script in migrations[version:]:
                if callable(script):
                    script(db)
                    continue
                for statement in script.split(";\n"):
                    if statement.strip():
                        db.execute(statement)
            db.execute(f"PRAGMA application_id = {app_id}")
            db.execute(f"PRAGMA user_version = {len(migrations)}")
            db.execute("COMMIT")
    except SchemaError:
        db.close()
        raise
    except sqlite3.DatabaseError as exc:
        db.close()
        if is_busy(exc):
            raise
        raise SchemaError(f"corrupt database ({exc})") from exc
    return db
