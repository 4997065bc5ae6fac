"""Incremental update cost: K new articles added to an indexed corpus of N (issue 15, target 4).

usage: python bench/bench_incremental.py N K
A folder of N + K distinct articles (bench/make_corpus.py) is indexed without its last K
files, then the K files are added and the corpus opened again. Each open is timed as a
user meets it: index (or update) plus the first related-passage query, which rebuilds the
related layer when anything changed. Target: the update costs <= 5 % of the first open.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def opened(folder: str) -> dict:
    """Run in a child: open `folder`, bring the index up to date, ask one related query."""
    from reader.core.corpus import Corpus

    t0 = time.perf_counter()
    corpus = Corpus.open([Path(folder)])
    for _ in corpus.index():
        pass
    indexed = time.perf_counter() - t0
    rows = corpus.articles()
    corpus.related_to_passage(rows[-1].id, 0)
    return {"indexed": indexed, "opened": time.perf_counter() - t0, "articles": len(rows)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("k", type=int)
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
        env = dict(os.environ, NEWSREADER_HOME=str(home))
        args = [sys.executable, __file__, str(a.n), str(a.k), "--child", str(tree)]

        def run() -> dict:
            out = subprocess.run(args, env=env, capture_output=True, text=True, check=True)
            return json.loads(out.stdout)

        first = run()
        for f in files[a.n :]:
            (tree / "added").mkdir(exist_ok=True)
            shutil.copy(f, tree / "added" / f.name)
        update = run()
    print(f"first open of {first['articles']} articles: index {first['indexed']:.2f} s,"
          f" with the first related query {first['opened']:.2f} s")
    print(f"{a.k} articles added ({update['articles']} in all): update {update['indexed']:.2f} s,"
          f" with the first related query {update['opened']:.2f} s"
          f" = {100 * update['opened'] / first['opened']:.1f} % of the first open (target <= 5 %)")


if __name__ == "__main__":
    main()
