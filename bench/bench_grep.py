"""Benchmarks full-text search (`grep`) on a scaled ECB+ corpus, and where its time goes.

usage: python bench/bench_grep.py N
Indexes bench/data/ecb_N.jsonl under bench/data/home_related/ (shared with
bench_related.py, kept between runs), then for each of ten queries: how many passages
and distinct texts match, and the median time of reading the matches of `passages_fts`
(one row per passage) without ranking, with bm25, ranked top 20, the same three over
`texts_fts` (one row per distinct text), and the whole `grep`; then grep's median and p95.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("NEWSREADER_HOME", str(HERE / "data" / "home_related"))

from make_corpus import build  # noqa: E402

from reader.core.corpus import Corpus  # noqa: E402
from reader.core.fulltext import fts_query  # noqa: E402

WORDS = [
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


def ms(call, reps: int = 5) -> float:
    out = []
    for _ in range(reps):
        t0 = time.perf_counter()
        call()
        out.append(1000 * (time.perf_counter() - t0))
    return statistics.median(out)


def phases(db, table: str, match: str) -> tuple[int, float, float, float]:
    where = f"FROM {table} WHERE {table} MATCH ?"
    n = db.execute(f"SELECT count(*) {where}", (match,)).fetchone()[0]
    read = ms(lambda: db.execute(f"SELECT rowid {where}", (match,)).fetchall())
    bm25 = ms(lambda: db.execute(f"SELECT rowid, bm25({table}) {where}", (match,)).fetchall())
    top = ms(
        lambda: db.execute(f"SELECT rowid {where} ORDER BY rank LIMIT 20", (match,)).fetchall()
    )
    return n, read, bm25, top


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    a = ap.parse_args()
    corpus = Corpus.open([build(a.n, folder=False)])
    corpus.update()
    db = corpus.store.db
    print(f"{'query':20} {'passages: n / read / +bm25 / top20':38} {'texts: n / top20':18} grep")
    for word in WORDS:
        match = fts_query(word)
        n, read, bm25, top = phases(db, "passages_fts", match)
        tn, _tread, _tbm25, ttop = phases(db, "texts_fts", match)
        whole = ms(lambda w=word: corpus.grep(w, 20))
        print(
            f"{word:20} {n:7} {read:6.1f} {bm25:6.1f} {top:6.1f} ms        "
            f"{tn:5} {ttop:5.1f} ms    {whole:5.1f} ms"
        )
    times = []
    for word in WORDS * 5:
        t0 = time.perf_counter()
        corpus.grep(word, 20)
        times.append(1000 * (time.perf_counter() - t0))
    times.sort()
    p95 = times[int(0.95 * len(times))]
    print(f"grep: median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms (n={len(times)})")


if __name__ == "__main__":
    main()
