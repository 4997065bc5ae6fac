"""Provides the build of the lexicon tables into one SQLite file (see `tables`).

usage: python -m reader.core.actors.tablebuild [--if-stale] [OUT]

With --if-stale an OUT that is whole and of the current version key is kept. Without OUT
it writes the package data file `data/lexicon.sqlite`, as the wheel build does
(`hatch_build.py`); `tables` builds a copy in the cache folder when that file is missing or
out of date. The file is written beside its target and renamed into place, so a reader
never sees half a file.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from pathlib import Path

from . import libdata, tables
from .gazbuild import build_gazetteer

SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE places (key TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
                     strong INTEGER NOT NULL, country INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE freq (word TEXT PRIMARY KEY, f REAL NOT NULL) WITHOUT ROWID;
CREATE TABLE words (word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE nicknames (name TEXT NOT NULL, canonical TEXT NOT NULL,
                        PRIMARY KEY (name, canonical)) WITHOUT ROWID;
"""


def _fill(db: sqlite3.Connection) -> None:
    k = libdata.Knowledge.read()
    gazetteer = build_gazetteer(k)
    db.executemany(
        "INSERT INTO places VALUES (?, ?, ?, ?, ?)",
        ((key, e.name, e.kind, int(e.strong), int(e.country)) for key, e in gazetteer.items()),
    )
    db.executemany("INSERT INTO freq VALUES (?, ?)", sorted(k.freq.items()))
    db.executemany("INSERT INTO words VALUES (?)", ((w,) for w in sorted(k.words)))
    db.executemany(
        "INSERT INTO nicknames VALUES (?, ?)",
        sorted((n, c) for n, cs in libdata.nickname_canonicals().items() for c in cs),
    )
    male, female = libdata.given_by_sex()
    meta = {
        "given": "\n".join(sorted(k.given)),
        "male": "\n".join(sorted(male)),
        "female": "\n".join(sorted(female)),
        "surnames": "\n".join(sorted(k.surnames)),
        "legal_terms": "\n".join(libdata.legal_terms()),
        "upper_class": libdata.upper_class(),
        "key": tables.key(),
    }
    db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))


def build(path: Path) -> None:
    """Build the tables from the libraries into `path` (replaced whole, atomically)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        try:
            db.execute(f"PRAGMA application_id = {tables.APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {tables.FORMAT}")
            db.executescript(SCHEMA)
            with db:
                _fill(db)
            db.execute("VACUUM")
        finally:
            db.close()
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the tables are not
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if_stale = "--if-stale" in args
    args = [a for a in args if a != "--if-stale"]
    out = Path(args[0]).absolute() if args else tables.PACKAGED
    current = tables.open_current(out) if if_stale else None
    if current is not None:
        current.close()
        print(f"kept {out} (key {tables.key()})")
        return 0
    build(out)
    print(f"wrote {out} ({out.stat().st_size:,} bytes, key {tables.key()})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
