"""Incremental update cost: K new articles added to an indexed corpus of N (issue 15, target 4).

usage: python bench/bench_incremental.py N K [--change add|remove|edit] [--runs R] [--opens F]
A folder of N + K distinct articles (bench/make_corpus.py) is indexed without its last K
files, then the K files are added and the corpus opened again (`--change remove`: N
articles indexed, K of them deleted; `edit`: K of them get a paragraph of another article
appended). Each open is timed as a user meets it: index (or update) plus the first
related-passage query, which updates the related layer when anything changed. The update
runs R times (default 5), each from a copy of the indexed state with the disk synced
first, so that the writes of the copy or of the first open are no part of it. The first
open runs F times (default 3), into a fresh home each time, taken in turn with the
updates: this machine's speed drifts by a third within minutes, and a ratio of one first
open to updates timed later measures the drift. Medians are shown, every run, the CPU time
of the median runs (a first open keeps both cores busy, an update of a few files one), and
the time until the corpus is closed (the write-ahead log written back).
Target: the update costs <= 5 % of the first open.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def opened(folder: str) -> dict:
    """Run in a child: open `folder`, bring the index up to date, ask one related query,
    close."""
    from reader.core.corpus import Corpus

    t0 = time.perf_counter()
    corpus = Corpus.open([Path(folder)])
    for _ in corpus.index():
        pass
    indexed = time.perf_counter() - t0
    rows = corpus.articles()
    corpus.related_to_passage(rows[-1].id, 0)
    asked = time.perf_counter() - t0
    corpus.close()  # what a command line run also waits for: the log written back
    cpu = sum(
        u.ru_utime + u.ru_stime
        for u in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    )
    return {"indexed": indexed, "opened": asked, "closed": time.perf_counter() - t0,
            "articles": len(rows), "cpu": cpu}


def change(tree: Path, files: list[Path], n: int, k: int, how: str) -> None:
    """Change the indexed `tree` (the first `n` of `files`): add the next `k` files,
    or remove or edit `k` of its files, spread over its folders."""
    if how == "add":
        for f in files[n : n + k]:
            (tree / "added").mkdir(exist_ok=True)
            shutil.copy(f, tree / "added" / f.name)
        return
    step = max(1, n // k)
    for i, f in enumerate(files[:n:step][:k]):
        target = tree / f.parent.name / f.name
        if how == "remove":
            target.unlink()
        else:  # a paragraph (a line) of a new article appended: a real edit of the text
            lines = files[n + i].read_text(encoding="utf-8").splitlines()
            extra = [line for line in lines if line.strip()][-1]
            target.write_text(target.read_text(encoding="utf-8") + "\n" + extra + "\n", "utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("k", type=int)
    ap.add_argument("--change", choices=("add", "remove", "edit"), default="add")
    ap.add_argument("--runs", type=int, default=5, help="updates timed (median shown)")
    ap.add_argument("--opens", type=int, default=3, help="first opens timed (median shown)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        print(json.dumps(opened(a.child)))
        return
    from make_corpus import build

    source = build(a.n + a.k, folder=True)
    files = sorted(source.rglob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        tree, home = Path(tmp) / "tree", Path(tmp) / "home"
        for f in files[: a.n]:
            (tree / f.parent.name).mkdir(parents=True, exist_ok=True)
            shutil.copy(f, tree / f.parent.name / f.name)

        def run(folder: Path, home: Path) -> dict:
            args = [sys.executable, __file__, str(a.n), str(a.k), "--child", str(folder)]
            env = dict(os.environ, NEWSREADER_HOME=str(home))
            out = subprocess.run(args, env=env, capture_output=True, text=True, check=True)
            return json.loads(out.stdout)

        again = Path(tmp + ".again")  # the unchanged tree, opened afresh in turn
        shutil.copytree(tree, again / "tree")
        opens = [run(tree, home)]
        shutil.copytree(tmp, Path(tmp + ".indexed"), symlinks=True)  # each update starts here
        updates = []
        try:
            for i in range(max(a.runs, a.opens)):
                if i < a.runs:
                    shutil.rmtree(tmp)
                    shutil.copytree(Path(tmp + ".indexed"), tmp, symlinks=True)
                    change(tree, files, a.n, a.k, a.change)
                    os.sync()  # the disk writes of the copy (or of the first open) are no part
                    updates.append(run(tree, home))
                if i + 1 < a.opens:
                    shutil.rmtree(again / "home", ignore_errors=True)
                    os.sync()
                    opens.append(run(again / "tree", again / "home"))
        finally:
            shutil.rmtree(tmp + ".indexed")
            shutil.rmtree(again)
        first, update = _median(opens), _median(updates)
    print(f"first open of {first['articles']} articles: index {first['indexed']:.2f} s,"
          f" with the first related query {first['opened']:.2f} s")
    print("each first open with its query (s):", ", ".join(f"{o['opened']:.2f}" for o in opens))
    done = {"add": "added", "remove": "removed", "edit": "edited"}[a.change]
    print(f"{a.k} articles {done} ({update['articles']} in all): update {update['indexed']:.2f} s,"
          f" with the first related query {update['opened']:.2f} s"
          f" = {100 * update['opened'] / first['opened']:.1f} % of the first open (target <= 5 %)")
    print("each update with its query (s):", ", ".join(f"{u['opened']:.2f}" for u in updates))
    print(f"CPU (the process and its workers, imports included): first open {first['cpu']:.2f}"
          f" s, update {update['cpu']:.2f} s = {100 * update['cpu'] / first['cpu']:.1f} %")
    print("until closed (the write-ahead log written back): first opens "
          + ", ".join(f"{o['closed']:.2f}" for o in opens)
          + "; updates " + ", ".join(f"{u['closed']:.2f}" for u in updates))


def _median(runs: list[dict]) -> dict:
    """The run of median time with its query (the upper one of an even number)."""
    return sorted(runs, key=lambda r: r["opened"])[len(runs) // 2]


if __name__ == "__main__":
    main()
