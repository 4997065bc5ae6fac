"""The cache store: incremental re-indexing, corruption and schema handling."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from reader.core import indexer
from reader.core.corpus import Corpus


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records which files the indexer parses."""
    seen: list[str] = []
    real = indexer.load

    def counting(source):
        seen.append(source.rel)
        return real(source)

    monkeypatch.setattr(indexer, "load", counting)
    return seen


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text)
    return path


def test_reopen_unchanged_parses_nothing(tmp_path: Path, loads: list[str]) -> None:
    write(tmp_path, "a.txt", "Alpha story about Geneva talks.")
    write(tmp_path, "b.txt", "Beta story about Seoul.")
    Corpus.open([tmp_path]).update()
    assert sorted(loads) == ["a.txt", "b.txt"]
    loads.clear()
    corpus = Corpus.open([tmp_path])
    assert corpus.update() == []
    assert loads == []
    assert [r.id for r in corpus.articles()] == ["a.txt", "b.txt"]


def test_changed_added_deleted_files_reindexed_alone(tmp_path: Path, loads: list[str]) -> None:
    a = write(tmp_path, "a.txt", "Alpha story.")
    b = write(tmp_path, "b.txt", "Beta story.")
    Corpus.open([tmp_path]).update()
    loads.clear()
    a.write_text("Alpha story, updated with Geneva.")
    b.unlink()
    write(tmp_path, "c.txt", "Gamma story.")
    corpus = Corpus.open([tmp_path])
    corpus.update()
    assert sorted(loads) == ["a.txt", "c.txt"]
    assert [r.id for r in corpus.articles()] == ["a.txt", "c.txt"]
    assert "Geneva" in corpus.article("a.txt").text
    assert corpus.article("b.txt") is None
    assert [h.doc for h in corpus.grep("beta")] == []
    assert [h.doc for h in corpus.grep("geneva")] == ["a.txt"]


def test_touched_but_identical_file_is_not_reparsed(tmp_path: Path, loads: list[str]) -> None:
    a = write(tmp_path, "a.txt", "Alpha story.")
    Corpus.open([tmp_path]).update()
    loads.clear()
    os.utime(a, ns=(a.stat().st_atime_ns, a.stat().st_mtime_ns + 10**9))
    Corpus.open([tmp_path]).update()
    assert loads == []


def test_warnings_repeat_on_reopen(tmp_path: Path) -> None:
    write(tmp_path, "ok.txt", "Fine.")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    first = Corpus.open([tmp_path]).update()
    again = Corpus.open([tmp_path]).update()
    assert [str(w) for w in first] == [str(w) for w in again]
    assert len(first) == 1 and "bad.txt" in str(first[0]) and "binary" in str(first[0])


def test_a_repeated_id_in_a_file_is_kept_under_a_derived_id_with_a_warning(
    tmp_path: Path,
) -> None:
    write(tmp_path, "a.jsonl", '{"id": "x", "text": "One."}\n{"id": "x", "text": "Two."}\n')
    corpus = Corpus.open([tmp_path])
    warnings = corpus.update()
    assert [r.id for r in corpus.articles()] == ["x", "x:2"]
    assert "line 2: id 'x' repeats line 1, kept as 'x:2'" in str(warnings[0])


def test_corrupt_cache_is_rebuilt_with_a_notice(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Alpha story.")
    corpus = Corpus.open([tmp_path])
    corpus.update()
    corpus.close()
    corpus.db_path.write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        Path(f"{corpus.db_path}{suffix}").unlink(missing_ok=True)
    reopened = Corpus.open([tmp_path])
    assert reopened.notice and "rebuilt" in reopened.notice
    reopened.update()
    assert [r.id for r in reopened.articles()] == ["a.txt"]


def test_newer_schema_is_rebuilt(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Alpha story.")
    corpus = Corpus.open([tmp_path])
    corpus.update()
    corpus.store.db.execute("PRAGMA user_version = 999")
    corpus.close()
    reopened = Corpus.open([tmp_path])
    assert "newer" in (reopened.notice or "")
    reopened.update()
    assert reopened.count() == 1


def test_store_lives_in_cache_and_user_state_is_untouched(
    tmp_path: Path, isolated_home: Path
) -> None:
    write(tmp_path, "a.txt", "Alpha story.")
    fixes = isolated_home / "data" / "alias_fixes.json"
    fixes.parent.mkdir(parents=True, exist_ok=True)
    fixes.write_text("{}")
    corpus = Corpus.open([tmp_path])
    corpus.update()
    assert corpus.db_path.is_relative_to(isolated_home / "cache")
    corpus.close()
    corpus.db_path.write_bytes(b"garbage")
    Corpus.open([tmp_path]).update()
    assert fixes.read_text() == "{}"


def test_store_is_wal_with_application_id(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Alpha story.")
    corpus = Corpus.open([tmp_path])
    corpus.update()
    db = sqlite3.connect(corpus.db_path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA application_id").fetchone()[0] != 0
    assert db.execute("PRAGMA user_version").fetchone()[0] >= 1


def test_grep_marks_matches_without_markup(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Envoys met in Genève [bold]on Monday[/bold].\nNothing here.")
    corpus = Corpus.open([tmp_path])
    corpus.update()
    (hit,) = corpus.grep("geneve")
    assert hit.passage == 0
    start, end = hit.marks[0]
    assert hit.snippet[start:end] == "Genève"
    assert "[bold]" in hit.snippet
    assert corpus.grep('"unbalanced AND (') == []


def test_big_file_reports_and_commits_as_it_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indexer, "COMMIT_EVERY", 2)
    lines = [f'{{"id": "n{i}", "text": "Story number {i} from Geneva."}}' for i in range(5)]
    write(tmp_path, "big.jsonl", "\n".join(lines) + "\n")
    corpus = Corpus.open([tmp_path])
    seen = []
    for step in corpus.index():
        seen.append(step.articles)
        if step.articles == 2 and step.phase == "index":
            assert Corpus.open([tmp_path]).count() == 2  # visible to another reader already
    assert seen[-1] == 5 and 2 in seen and 4 in seen


def test_small_files_become_visible_while_indexing_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indexer, "COMMIT_SECONDS", 0.0)  # far fewer than COMMIT_EVERY
    for i in range(4):
        write(tmp_path, f"a{i}.txt", f"Story number {i} from Geneva.")
    steps = Corpus.open([tmp_path]).index()
    next(step for step in steps if step.articles == 2)
    assert Corpus.open([tmp_path]).count() >= 2  # another reader sees them already
    steps.close()


def test_interrupted_indexing_resumes_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indexer, "COMMIT_EVERY", 2)
    lines = [f'{{"id": "n{i}", "text": "Story number {i}."}}' for i in range(5)]
    write(tmp_path, "big.jsonl", "\n".join(lines) + "\n")
    steps = Corpus.open([tmp_path]).index()
    next(step for step in steps if step.articles == 2)
    steps.close()  # the app quit mid-file
    corpus = Corpus.open([tmp_path])
    assert corpus.update() == []
    assert corpus.count() == 5
