"""Indexing throughput, re-open time and peak memory on a scaled corpus.

usage: python bench/bench_index.py N [--folder] [--no-actors] [--repeated] [--workers K]
The corpus is N distinct texts (`--repeated`: the worst case of repeated texts).
Each phase runs in a fresh process (own NEWSREADER_HOME) so peak RSS is per phase; the
first open's CPU time is shown by part (the workers' once they have ended).
--no-actors replaces actor extraction with a no-op to time loading + storing alone (in
one process). "First open" is the first index plus the first related-passage query (which
builds the related layer), as a user opening the corpus meets them. --workers sets
NEWSREADER_WORKERS (default: the reader's own choice, one worker per core for big jobs).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def phase(path: str, no_actors: bool) -> dict:
    """Run in a child: index `path` once, report seconds and peak RSS."""
    from reader.core import actors
    from reader.core.corpus import Corpus

    if no_actors:
        actors.extract = lambda text: []
    t0, cpu0 = time.perf_counter(), _cpu(resource.RUSAGE_SELF)
    corpus = Corpus.open([Path(path)])
    for _ in corpus.index():
        pass
    rows = corpus.articles()
    secs = time.perf_counter() - t0
    indexing = _cpu(resource.RUSAGE_SELF) - cpu0
    corpus.related_to_passage(rows[0].id, 0)
    opened = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": secs, "opened": opened, "articles": len(rows), "peak_mb": peak,
            "worker_peak_mb": workers, "cpu_indexing": indexing,
            "cpu_related": _cpu(resource.RUSAGE_SELF) - cpu0 - indexing,
            "cpu_workers": _cpu(resource.RUSAGE_CHILDREN)}


def _cpu(who: int) -> float:
    """User + system CPU seconds of this process (or of its ended children) so far."""
    used = resource.getrusage(who)
    return used.ru_utime + used.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("--folder", action="store_true")
    ap.add_argument("--no-actors", action="store_true")
    ap.add_argument("--repeated", action="store_true", help="repeated texts (worst case)")
    ap.add_argument("--workers", help="NEWSREADER_WORKERS for the indexing processes")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        print(json.dumps(phase(a.child, a.no_actors)))
        return
    from make_corpus import build

    path = build(a.n, a.folder, a.repeated)
    lines = build(a.n, False, a.repeated).open(encoding="utf-8")
    text_mb = sum(len(json.loads(line)["text"].encode()) for line in lines) / 1e6
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, NEWSREADER_HOME=home)
        if a.workers is not None or a.no_actors:
            env["NEWSREADER_WORKERS"] = "0" if a.no_actors else a.workers
        args = [sys.executable, __file__, str(a.n), "--child", str(path)]
        args += ["--no-actors"] if a.no_actors else []
        first = json.loads(
            subprocess.run(args, env=env, capture_output=True, text=True, check=True).stdout
        )
        again = json.loads(
            subprocess.run(args, env=env, capture_output=True, text=True, check=True).stdout
        )
    kind = "folder" if a.folder else "jsonl"
    print(
        f"corpus: {a.n} {'repeated' if a.repeated else 'distinct'} articles ({kind}),"
        f" {text_mb:.1f} MB of text"
        f"{' (actor extraction off)' if a.no_actors else ''}"
    )
    print(
        f"first index: {first['seconds']:.2f} s = {text_mb / first['seconds']:.2f} MB/s, "
        f"peak {first['peak_mb']:.0f} MB (each worker at most {first['worker_peak_mb']:.0f} MB)"
    )
    print(
        f"first open (index + first related query): {first['opened']:.2f} s"
        f" = {text_mb / first['opened']:.2f} MB/s"
    )
    print(
        f"CPU: workers {first['cpu_workers']:.2f} s, this process while indexing"
        f" {first['cpu_indexing']:.2f} s, the related layer after {first['cpu_related']:.2f} s"
    )
    print(f"re-open unchanged: {again['seconds']:.3f} s, peak {again['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
