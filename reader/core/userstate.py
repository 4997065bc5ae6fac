"""Provides `UserState`: read marks, bookmarks and the last open article, kept for good.

User state lives in its own SQLite database under the user data dir, apart from the
rebuildable index cache, keyed by corpus (the cache file's stem) and article id, so a
cache rebuild never loses it. A corrupt file is moved aside, never deleted, and never
stops the app from starting.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from reader.core.sqlite import SchemaError, connect, is_busy

APP_ID = 0x4E525553  # "NRUS"

MIGRATIONS = [
    """
    CREATE TABLE read(corpus TEXT NOT NULL, doc TEXT NOT NULL, at REAL NOT NULL,
        PRIMARY KEY(corpus, doc)) WITHOUT ROWID;
    CREATE TABLE bookmarks(corpus TEXT NOT NULL, doc TEXT NOT NULL, at REAL NOT NULL,
        PRIMARY KEY(corpus, doc)) WITHOUT ROWID;
    CREATE TABLE last(corpus TEXT PRIMARY KEY, doc TEXT NOT NULL, passage INT NOT NULL,
        scroll INT NOT NULL, at REAL NOT NULL);
    """,
]


@dataclass(frozen=True, slots=True)
class Position:
    """Where the reader was in a corpus: article, paragraph under the cursor, scroll."""

    doc: str
    passage: int = 0
    scroll: int = 0


def default_path() -> Path:
    from reader.paths import data_dir

    return data_dir() / "userstate.sqlite"


def _open(path: Path) -> tuple[sqlite3.Connection, str | None]:
    """Open the state database; a corrupt one is renamed aside and a fresh one made."""
    try:
        return connect(path, APP_ID, MIGRATIONS), None
    except (SchemaError, sqlite3.DatabaseError) as exc:
        if is_busy(exc):  # another process is writing it: not broken
            raise
        aside = path.with_name(f"{path.name}.broken-{int(time.time())}")
        for suffix in ("", "-wal", "-shm"):
            src = Path(f"{path}{suffix}")
            if src.exists():
                src.replace(Path(f"{aside}{suffix}"))
        note = f"reading state could not be opened ({exc}); kept it as {aside.name}"
        return connect(path, APP_ID, MIGRATIONS), note


class UserState:
    """Read marks, bookmarks and last position of one corpus."""

    def __init__(self, corpus_key: str, path: Path | None = None) -> None:
        self.corpus = corpus_key
        self.path = path or default_path()
        self.db, self.notice = _open(self.path)

    def close(self) -> None:
        self.db.close()

    # -- read marks ---------------------------------------------------------
    def read_docs(self) -> set[str]:
        rows = self.db.execute("SELECT doc FROM read WHERE corpus = ?", (self.corpus,))
        return {r[0] for r in rows}

    def is_read(self, doc: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM read WHERE corpus = ? AND doc = ?", (self.corpus, doc)
        ).fetchone()
        return row is not None

    def set_read(self, doc: str, read: bool = True) -> None:
        if read:
            self.db.execute(
                "INSERT OR IGNORE INTO read VALUES (?, ?, ?)", (self.corpus, doc, time.time())
            )
        else:
            self.db.execute("DELETE FROM read WHERE corpus = ? AND doc = ?", (self.corpus, doc))

    def set_read_many(self, docs: list[str], read: bool = True) -> None:
        """Mark (or unmark) many articles in one transaction."""
        with self.db:
            for doc in docs:
                self.set_read(doc, read)

    def toggle_read(self, doc: str) -> bool:
        """Flip the read mark of `doc`; its new state."""
        now = not self.is_read(doc)
        self.set_read(doc, now)
        return now

    # -- bookmarks ----------------------------------------------------------
    def bookmarks(self) -> list[str]:
        rows = self.db.execute(
            "SELECT doc FROM bookmarks WHERE corpus = ? ORDER BY at", (self.corpus,)
        )
        return [r[0] for r in rows]

    def toggle_bookmark(self, doc: str) -> bool:
        if doc in self.bookmarks():
            self.db.execute(
                "DELETE FROM bookmarks WHERE corpus = ? AND doc = ?", (self.corpus, doc)
            )
            return False
        self.db.execute("INSERT INTO bookmarks VALUES (?, ?, ?)", (self.corpus, doc, time.time()))
        return True

    # -- last position ------------------------------------------------------
    def last(self) -> Position | None:
        row = self.db.execute(
            "SELECT doc, passage, scroll FROM last WHERE corpus = ?", (self.corpus,)
        ).fetchone()
        return Position(*row) if row else None

    def set_last(self, position: Position) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO last VALUES (?, ?, ?, ?, ?)",
            (self.corpus, position.doc, position.passage, position.scroll, time.time()),
        )
