"""The write-ahead log is copied into the database by a thread, not by the commit."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from reader.core.checkpoint import LOG_PAGES, Checkpoints
from reader.core.corpus import Corpus


def _logged(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute(f"PRAGMA wal_autocheckpoint = {LOG_PAGES}")
    db.execute("CREATE TABLE t(x)")
    db.execute("BEGIN")
    db.executemany("INSERT INTO t VALUES (?)", ((f"row {i} " * 20,) for i in range(5000)))
    db.execute("COMMIT")
    return db


@pytest.mark.parametrize("folder", ["plain", "a b?c#d%e"])  # URI characters in the path
def test_a_request_copies_the_log_into_the_database(tmp_path: Path, folder: str) -> None:
    (tmp_path / folder).mkdir()
    path = tmp_path / folder / "db.sqlite"
    db = _logged(path)
    before = path.stat().st_size
    assert Path(f"{path}-wal").stat().st_size > 500_000  # the commit left it in the log
    checkpoints = Checkpoints(path)
    checkpoints.request()
    checkpoints.request()  # while one runs: once more after it, never two at once
    checkpoints.wait()
    assert path.stat().st_size > before + 500_000
    fresh = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    assert fresh.execute("SELECT count(*) FROM t").fetchone()[0] == 5000
    fresh.close()
    db.close()


def test_a_missing_database_is_never_made(tmp_path: Path) -> None:
    checkpoints = Checkpoints(tmp_path / "gone.sqlite")
    checkpoints.request()
    checkpoints.wait()
    assert not (tmp_path / "gone.sqlite").exists()


def test_an_index_leaves_its_log_to_the_thread(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / "home"))
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(30):
        (folder / f"{i}.txt").write_text(
            f"Story {i}\n\nMayor Anna Berg of Oslo met {i} farmers on Tuesday.\n", "utf-8")
    corpus = Corpus.open([folder])
    before = corpus.db_path.stat().st_size
    corpus.update()
    corpus.checkpoints.wait()
    assert corpus.db_path.stat().st_size > before  # no commit's own: the log is far short
    assert len(corpus.articles()) == 30
    corpus.close()
    assert not Path(f"{corpus.db_path}-wal").exists()  # the last close took the rest


def test_requests_from_many_threads_leave_no_thread_behind(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    db = _logged(path)
    checkpoints = Checkpoints(path)
    askers = [threading.Thread(target=lambda: [checkpoints.request() for _ in range(50)])
              for _ in range(4)]
    for t in askers:
        t.start()
    for t in askers:
        t.join()
    checkpoints.wait()
    assert not [t for t in threading.enumerate() if t.name == "checkpoint"]
    assert path.stat().st_size > 500_000  # and the log was written back
    db.close()
