"""A home that cannot be written gives one clear line and a non-zero exit, and a full
disk loses nothing: the next run, with space again, completes.

Real conditions where the machine allows them: as root (chmod does not stop root) a
small or read-only tmpfs is mounted as the home; without mount rights a full disk is
a file-size limit (`RLIMIT_FSIZE`) on the CLI process, and read-only is skipped for root.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.userstate import UserState
from tests.reliability.support import (
    cache_db,
    cli_args,
    cli_env,
    differences,
    fresh_index,
    integrity,
    news_texts,
    run_cli,
    snapshot,
    write_corpus,
)


@contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[bool]:
    """Mount a tmpfs of `size` on `folder` if this process may (root); whether it did."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        yield False
        return
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
    )
    try:
        yield mounted.returncode == 0
    finally:
        if mounted.returncode == 0:
            subprocess.run(["umount", "-l", str(folder)], check=True)


def _remount(folder: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(folder)], check=True)


def _one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("newsreader:")]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "news", news_texts(40), jsonl_every=4)


def test_home_under_a_file(tree: Path, tmp_path: Path) -> None:
    """Works as any user: the home's folders cannot be made."""
    blocker = tmp_path / "plain-file"
    blocker.write_text("not a folder")
    done = run_cli("index", str(tree), home=blocker / "home")
    assert done.returncode != 0
    assert "a file is in the way" in _one_line(done.stderr)
    assert blocker.read_text() == "not a folder"


def test_read_only_home(tree: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    home = tmp_path / "home"
    with tmpfs(home, "16m") as mounted:
        if not mounted and os.geteuid() == 0:
            pytest.skip("root ignores chmod and may not mount a read-only file system here")
        monkeypatch.setenv("NEWSREADER_HOME", str(home))
        assert main(["index", str(tree)]) == 0
        (tree / "0001.txt").write_text("An edit to index.", encoding="utf-8")
        if mounted:
            _remount(home, "ro")
        else:
            for folder in (home, *home.rglob("*")):
                folder.chmod(0o555 if folder.is_dir() else 0o444)
        capsys.readouterr()
        try:
            assert main(["index", str(tree)]) != 0
            line = _one_line(capsys.readouterr().err)
        finally:
            if not mounted:
                for folder in (home, *home.rglob("*")):
                    folder.chmod(0o755)
        assert "cannot write" in line and "NEWSREADER_HOME" in line, line


def test_full_disk_then_space_again(tree: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    home = tmp_path / "home"
    want, _ = fresh_index(tree, tmp_path / "fresh")
    with tmpfs(home, "300k") as mounted:
        (home / "data").mkdir()
        if mounted:
            monkeypatch.setenv("NEWSREADER_HOME", str(home))
            UserState("kept", home / "data" / "userstate.sqlite").set_read_many(["x"])
            assert main(["index", str(tree)]) != 0
            line = _one_line(capsys.readouterr().err)
            _remount(home, "size=32m")
        else:
            UserState("kept", home / "data" / "userstate.sqlite").set_read_many(["x"])
            line = _one_line(_limited_cli_run(tree, home, 300_000))
        assert "full" in line and "free some space" in line, line
        done = run_cli("index", str(tree), home=home)
        assert done.returncode == 0, done.stderr
        assert integrity(cache_db(home)) == []
        assert differences(snapshot(cache_db(home)), want) == []
        assert UserState("kept", home / "data" / "userstate.sqlite").read_docs() == {"x"}


def _limited_cli_run(tree: Path, home: Path, limit: int) -> str:
    """`newsreader index` allowed files of `limit` bytes at most (writes beyond fail)."""

    def limit_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    done = subprocess.run(
        cli_args("index", str(tree)),
        env=cli_env(home),
        capture_output=True,
        text=True,
        preexec_fn=limit_files,
        timeout=180,
    )
    assert done.returncode != 0
    return done.stderr
