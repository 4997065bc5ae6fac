"""`kill -9` at random moments of a first index and of an incremental update.

The real CLI indexes a corpus of distinct news texts and is killed at seeded random
delays, again and again; after every kill the cache must pass `PRAGMA integrity_check`,
and the next run that completes must leave exactly the store a fresh index of the same
tree gives (no article missing or duplicated), with read marks and fixes intact.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from reader.core.actors import Fixes
from reader.core.store import discard
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

TRIALS = 5  # per phase: first index, then an update
MARKED = {"0001.txt", "0002.txt", "j0005"}


def _kill_at_random(tree: Path, home: Path, rng: random.Random, workers: str = "") -> str:
    """Run `newsreader index` and SIGKILL it at a random moment: while it opens the
    cache (counted from the start), or shortly after a random one of its progress lines
    (they come at every 10 % of the bytes, then resolving, then done)."""
    env = cli_env(home)
    if workers:
        env["NEWSREADER_WORKERS"] = workers
    proc = subprocess.Popen(
        cli_args("index", str(tree)),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    lines: list[str] = []
    if rng.random() < 0.15:
        time.sleep(rng.uniform(0.0, 0.8))  # starting, opening, migrating, listing files
    else:
        target = rng.randint(1, 12)
        while len(lines) < target and (line := proc.stderr.readline()):
            lines.append(line)
        time.sleep(rng.uniform(0.0, 0.15))
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    lines += proc.stderr.readlines()
    proc.wait(60)
    assert killed or proc.returncode == 0, "".join(lines)
    assert not any("Traceback" in line or "error" in line for line in lines), "".join(lines)
    return f"killed after {len(lines)} lines" if killed else "finished"


def _check_sound(home: Path) -> None:
    db = home / "cache" / "corpora"
    if any(db.glob("*.sqlite")):
        assert integrity(cache_db(home)) == []


def _user_state(home: Path, key: str) -> tuple[set[str], Fixes]:
    state = UserState(key, home / "data" / "userstate.sqlite")
    try:
        return state.read_docs(), Fixes.load(home / "data" / "alias_fixes.json")
    finally:
        state.close()


def _change_tree(tree: Path, rng: random.Random, round_: int) -> None:
    """Remove, edit and add files, and rewrite the JSON Lines file, between runs."""
    files = sorted(p for p in tree.glob("*.txt") if p.name not in MARKED)
    for p in rng.sample(files, 6):
        p.unlink()
    extra = news_texts(160 + 20 * round_)[140 + 20 * round_ :]
    for p in rng.sample(sorted(tree.glob("*.txt")), 6):
        p.write_text(p.read_text(encoding="utf-8") + "\n\n" + extra.pop(), encoding="utf-8")
    for i, text in enumerate(extra[:10]):
        (tree / f"new{round_}-{i:02d}.txt").write_text(text, encoding="utf-8")
    bundle = tree / "bundle.jsonl"
    rows = bundle.read_text(encoding="utf-8").splitlines()
    del rows[3:5]
    rows += [json.dumps({"id": f"late{round_}-{i}", "text": t}) for i, t in enumerate(extra[10:])]
    bundle.write_text("\n".join(rows) + "\n", encoding="utf-8")


def _first_index_trials(tree: Path, home: Path, rng: random.Random) -> list[str]:
    """Kill first indexes; one that finishes too soon is thrown away to start again."""
    outcomes = []
    for _ in range(TRIALS):
        outcomes.append(_kill_at_random(tree, home, rng))
        _check_sound(home)
        if outcomes[-1] == "finished":
            discard(cache_db(home))
    done = run_cli("index", str(tree), home=home)
    assert done.returncode == 0, done.stderr
    return outcomes


def _update_trials(tree: Path, home: Path, rng: random.Random) -> list[str]:
    """Index, mark articles read, fix an actor, change the tree, then kill updates; the
    read marks and fixes must never change. A run that finishes too soon gets new changes."""
    done = run_cli("fix", "rename", "Tara Reid", "Tara R.", str(tree), home=home)  # indexes
    assert done.returncode == 0, done.stderr
    state = UserState(cache_db(home).stem, home / "data" / "userstate.sqlite")
    state.set_read_many(sorted(MARKED))
    state.close()
    before = _user_state(home, cache_db(home).stem)
    assert before[0] == MARKED and before[1].ops
    _change_tree(tree, rng, 0)
    outcomes = []
    for n in range(TRIALS):
        outcomes.append(_kill_at_random(tree, home, rng))
        _check_sound(home)
        assert _user_state(home, cache_db(home).stem) == before
        if outcomes[-1] == "finished":
            _change_tree(tree, rng, n + 1)
    done = run_cli("index", str(tree), home=home)
    assert done.returncode == 0, done.stderr
    assert _user_state(home, cache_db(home).stem) == before
    return outcomes


def test_kill_9_during_first_index_and_update(tmp_path: Path) -> None:
    """Both kinds of trial at once (two homes, two corpora): the machine has two cores."""
    trees = [write_corpus(tmp_path / name, news_texts(140), jsonl_every=5) for name in "ab"]
    homes = [tmp_path / "home-a", tmp_path / "home-b"]
    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(_first_index_trials, trees[0], homes[0], random.Random(15))
        update = pool.submit(_update_trials, trees[1], homes[1], random.Random(16))
        outcomes = first.result() + update.result()
    print("kill trials:", outcomes)
    assert len(outcomes) >= 10
    for tree, home, name in zip(trees, homes, ("fresh-a", "fresh-b"), strict=True):
        want, _ = fresh_index(tree, tmp_path / name, home / "data" / "alias_fixes.json")
        assert integrity(cache_db(home)) == []
        assert differences(snapshot(cache_db(home)), want) == []


def _processes_of(home: Path) -> list[int]:
    """Processes whose environment names `home` (the CLI and any worker it started)."""
    found = []
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            if f"NEWSREADER_HOME={home}".encode() in environ.read_bytes().split(b"\0"):
                found.append(int(environ.parent.name))
        except OSError:
            continue
    return found


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")
def test_kill_9_of_an_index_with_workers_leaves_no_worker(tmp_path: Path) -> None:
    tree = write_corpus(tmp_path / "tree", news_texts(140), jsonl_every=5)
    home = tmp_path / "home"
    rng = random.Random(17)
    for _ in range(3):
        _kill_at_random(tree, home, rng, workers="2")
        _check_sound(home)
        deadline = time.monotonic() + 10
        while _processes_of(home) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _processes_of(home) == []
    done = run_cli("index", str(tree), home=home)
    assert done.returncode == 0, done.stderr
    want, _ = fresh_index(tree, tmp_path / "fresh")
    assert differences(snapshot(cache_db(home)), want) == []
