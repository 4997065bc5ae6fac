"""A damaged, truncated or foreign cache is reported in one line and rebuilt; the user's
read marks and fixes, kept in the data dir, survive whatever happens to the cache.

Each case damages a real cache file on disk and runs the real command line (its
`main()`, in this process, to keep the suite fast; `test_cli_rebuilds_a_damaged_cache`
runs it as a process once).
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.actors import Fixes
from reader.core.userstate import UserState
from tests.reliability.support import (
    cache_db,
    differences,
    integrity,
    news_texts,
    run_cli,
    snapshot,
    write_corpus,
)

COMMANDS = (
    ["index"],
    ["articles", "--format", "jsonl"],
    ["show", "0001.txt"],
    ["grep", "police"],
    ["quotes"],
    ["index"],
)


def _garbage(path: Path) -> None:
    """Random bytes over the middle third of the file (header intact)."""
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.seek(size // 3)
        f.write(random.Random(1).randbytes(size // 3))


def _pages_of(table: str) -> Callable[[Path], None]:
    """Random bytes over the leaf pages of one table: nothing notices until it is read."""

    def damage(path: Path) -> None:
        db = sqlite3.connect(path)
        size = db.execute("PRAGMA page_size").fetchone()[0]
        pages = [
            n
            for (n,) in db.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (table,)
            )
        ]
        db.close()
        assert pages, table
        noise = random.Random(table)
        with path.open("r+b") as f:
            for n in pages:
                f.seek((n - 1) * size)
                f.write(noise.randbytes(size))

    return damage


def _mentions_to_resolve(path: Path) -> None:
    """Damaged mentions that the next index reads (a fix changed: resolve again)."""
    db = sqlite3.connect(path)
    with db:
        db.execute("DELETE FROM meta WHERE key = 'fixes'")
    db.close()
    _pages_of("raw_mentions")(path)


def _truncate(path: Path) -> None:
    os.truncate(path, path.stat().st_size * 2 // 5)


def _newer(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()


def _foreign(path: Path) -> None:
    path.unlink()
    db = sqlite3.connect(path)
    db.execute("PRAGMA application_id = 1234")
    db.execute("CREATE TABLE files(x)")
    db.close()


def _noise(path: Path) -> None:
    path.write_bytes(random.Random(2).randbytes(5000))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _bad_wal(path: Path) -> None:
    Path(f"{path}-wal").write_bytes(random.Random(3).randbytes(40000))


DAMAGE: dict[str, Callable[[Path], None]] = {
    "garbage pages": _garbage,
    "article pages": _pages_of("articles"),
    "search pages": _pages_of("passages_fts_data"),
    "quotation pages": _pages_of("quotes"),
    "mention pages, met by the index": _mentions_to_resolve,
    "truncated": _truncate,
    "newer schema": _newer,
    "foreign database": _foreign,
    "not a database": _noise,
    "empty file": _empty,
    "garbage wal": _bad_wal,
}


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict]:
    """(corpus, a home with its cache, read marks and a fix, the cache's snapshot)."""
    base = tmp_path_factory.mktemp("damage")
    tree = write_corpus(base / "news", news_texts(30), jsonl_every=4)
    home = base / "home"
    old = os.environ.get("NEWSREADER_HOME")
    os.environ["NEWSREADER_HOME"] = str(home)
    try:
        Fixes([["rename", "Tara Reid", "Tara R."]]).save()
        assert main(["index", str(tree)]) == 0
        state = UserState(cache_db(home).stem)
        state.set_read_many(["0001.txt", "j0004"])
        state.close()
    finally:
        os.environ["NEWSREADER_HOME"] = old or ""
    db = sqlite3.connect(cache_db(home))  # all in the main file: damage it, not a copy
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    wal = Path(f"{cache_db(home)}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert integrity(cache_db(home)) == []
    return tree, home, snapshot(cache_db(home))


def _user_state(home: Path) -> tuple[set[str], Fixes]:
    state = UserState(cache_db(home).stem, home / "data" / "userstate.sqlite")
    try:
        return state.read_docs(), Fixes.load(home / "data" / "alias_fixes.json")
    finally:
        state.close()


def _messages(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("newsreader:")]


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_damaged_cache_is_rebuilt_and_user_state_kept(
    kind: str, indexed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    tree, template, fresh = indexed
    home = tmp_path / "home"
    shutil.copytree(template, home)
    monkeypatch.setenv("NEWSREADER_HOME", str(home))
    before = _user_state(home)
    DAMAGE[kind](cache_db(home))
    said = []
    for _ in range(2):  # a damage found by a query is rebuilt by the next command
        codes = [main([*command, str(tree)]) for command in COMMANDS]
        out, err = capsys.readouterr()
        said += _messages(err)
        if set(codes) == {0}:
            break
    if kind.endswith("met by the index"):  # rebuilt in the same run, said once
        assert len(said) == 1, said
    assert set(codes) == {0}, said
    assert all("index cache" in line for line in said), said
    assert not any("Traceback" in line for line in said)
    assert integrity(cache_db(home)) == []
    assert differences(snapshot(cache_db(home)), fresh) == []
    assert _user_state(home) == before
    assert before[0] == {"0001.txt", "j0004"} and before[1]


def test_user_state_lives_outside_the_cache(indexed) -> None:
    _, home, _ = indexed
    assert [p.name for p in (home / "cache").rglob("*") if p.is_file() and "user" in p.name] == []
    assert (home / "data" / "userstate.sqlite").is_file()
    assert (home / "data" / "alias_fixes.json").is_file()


def test_cli_rebuilds_a_damaged_cache(indexed, tmp_path: Path) -> None:
    """As a process: one line says the cache was rebuilt, the listing is complete."""
    tree, template, fresh = indexed
    home = tmp_path / "home"
    shutil.copytree(template, home)
    _noise(cache_db(home))
    done = run_cli("articles", str(tree), home=home)
    assert done.returncode == 0, done.stderr
    assert len(_messages(done.stderr)) == 1 and "index cache" in done.stderr, done.stderr
    assert len(done.stdout.splitlines()) == len(fresh["articles"])
    assert differences(snapshot(cache_db(home)), fresh) == []
