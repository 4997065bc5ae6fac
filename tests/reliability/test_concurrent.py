"""Two indexers on one corpus and home at once: real CLI processes, and the app beside one.

Both must finish (the later one may wait, saying so in one line); no lock error, no
"UNIQUE constraint", no traceback; the store ends sound and equal to a fresh index.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.reliability.support import (
    cache_db,
    cli_args,
    cli_env,
    differences,
    fresh_index,
    integrity,
    news_texts,
    snapshot,
    write_corpus,
)
from tests.ui.conftest import aio, main_screen, notified, running

BAD = ("Traceback", "UNIQUE constraint", "database is locked", "malformed", "error:")


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("race") / "news", news_texts(120), jsonl_every=3)


@pytest.fixture(scope="module")
def fresh(tree: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The snapshot of a fresh index of `tree`, alone."""
    return fresh_index(tree, tmp_path_factory.mktemp("race-fresh"))[0]


def _start(tree: Path, home: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        cli_args("index", str(tree)),
        env=cli_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(proc: subprocess.Popen[str]) -> str:
    _, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err
    assert not [line for line in err.splitlines() if any(b in line for b in BAD)], err
    return err


@pytest.mark.parametrize("stagger", ["together", "mid-index"])
def test_two_cli_indexers(tree: Path, fresh: dict, tmp_path: Path, stagger: str) -> None:
    """Started at the same moment (both create the cache) or the second one mid-index."""
    home = tmp_path / "home"
    first = _start(tree, home)
    if stagger == "mid-index":  # the first one has written its first progress line
        assert first.stderr is not None
        first.stderr.readline()
    second = _start(tree, home)
    errs = [_finish(second), _finish(first)]
    waits = [line for err in errs for line in err.splitlines() if "waiting" in line]
    assert len(waits) <= 1, waits
    assert integrity(cache_db(home)) == []
    assert differences(snapshot(cache_db(home)), fresh) == []


@aio
async def test_app_open_while_the_cli_indexes(tree: Path, fresh: dict, isolated_home: Path):
    """The app opens the corpus while `newsreader index` fills it: no error, all articles."""
    proc = _start(tree, isolated_home)
    assert proc.stderr is not None
    proc.stderr.readline()  # the CLI is indexing
    async with running([tree]) as (app, pilot):
        while proc.poll() is None:  # browse while it runs
            await pilot.press("j")
            await pilot.pause(0.05)
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = main_screen(app)
        assert not [m for m in notified(app) if "failed" in m or "locked" in m], notified(app)
        assert len(screen.article_list.rows) == len(fresh["articles"])
    _finish(proc)
    assert integrity(cache_db(isolated_home)) == []
    assert differences(snapshot(cache_db(isolated_home)), fresh) == []
