"""Benchmarks related passages (and full-text search) on a scaled ECB+ corpus.

usage: python bench/bench_related.py N [--queries 200] [--warm]
Builds bench/data/distinct_N.jsonl (distinct texts, see make_corpus.py), indexes it
under the git-ignored bench/data/home_related/ (kept between runs), times the derived-data
build, then times `related_to_passage` for random passages: cold (in-process caches
cleared before every query, the figure to quote) and warm (caches kept, as in a batch or
a reading session), plus `related_to_article`, `related_to_actor` and `grep`.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("NEWSREADER_HOME", str(HERE / "data" / "home_related"))

from make_corpus import build  # noqa: E402

from reader.core.corpus import Corpus  # noqa: E402
from reader.core.related import cache  # noqa: E402
from reader.core.related.index import refresh  # noqa: E402


def timed(calls, clear: bool) -> list[float]:
    out = []
    for call in calls:
        if clear:
            cache._stores.clear()  # noqa: SLF001 - a cold start for every query
        t0 = time.perf_counter()
        call()
        out.append(1000 * (time.perf_counter() - t0))
    return out


def report(name: str, ms: list[float]) -> None:
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
    print(f"{name:28} median {statistics.median(ms):7.1f} ms   p95 {p95:7.1f} ms   n={len(ms)}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("--queries", type=int, default=200)
    a = ap.parse_args()
    path = build(a.n, folder=False)
    corpus = Corpus.open([path])
    t0 = time.perf_counter()
    corpus.update()
    print(
        f"corpus: {a.n} articles ({path.stat().st_size / 1e6:.1f} MB); "
        f"index/update {time.perf_counter() - t0:.1f} s"
    )
    db = corpus.store.db
    db.execute("DELETE FROM meta WHERE key = 'related_generation'")
    t0 = time.perf_counter()
    stats = refresh(db)
    print(f"derived data rebuild: {time.perf_counter() - t0:.1f} s ({stats.passages} passages)")
    rng = random.Random(7)
    rows = db.execute("SELECT doc, idx FROM passages").fetchall()
    picks = rng.sample(rows, min(a.queries, len(rows)))
    corpus.related_to_passage(*picks[0])
    calls = [lambda d=d, i=i: corpus.related_to_passage(d, i, 10) for d, i in picks]
    report("related_to_passage cold", timed(calls, clear=True))
    report("related_to_passage warm", timed(calls, clear=False))
    docs = [d for d, _ in picks[:50]]
    report(
        "related_to_article cold",
        timed([lambda d=d: corpus.related_to_article(d, 10) for d in docs], clear=True),
    )
    actors = [r[0] for r in db.execute("SELECT id FROM actors ORDER BY random() LIMIT 50")]
    report(
        "related_to_actor cold",
        timed([lambda x=x: corpus.related_to_actor(x, 20) for x in actors], clear=True),
    )
    words = [
        "pirates",
        "Klitschko",
        "earthquake",
        "rehab center",
        "parliament",
        "Teixeira",
        "Oscars host",
        "Gulf of Aden",
        "endangered species",
        "fired coach",
    ]
    report("grep", timed([lambda w=w: corpus.grep(w, 20) for w in words * 5], clear=False))


if __name__ == "__main__":
    main()
