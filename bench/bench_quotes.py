"""Cost of finding quotations beside actor extraction, and `quotes --speaker` latency.

usage: python bench/bench_quotes.py CORPUS.jsonl
Times actor extraction and quotation finding over the same articles (one process, the
same raw mentions), then the stored-quotes query for the most quoted speaker.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from reader.core.actors import extract
from reader.core.quotes.stored import put_quotes


class _Sink:
    def executemany(self, *_):
        pass


def main() -> None:
    lines = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    extract("warm up")
    t0 = time.perf_counter()
    raws = [extract(t) for t in texts]
    t1 = time.perf_counter()
    for n, (t, raw) in enumerate(zip(texts, raws, strict=True)):
        put_quotes(_Sink(), str(n), t, raw)
    t2 = time.perf_counter()
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(
        f"{len(texts)} articles, {mb:.1f} MB: actors {t1 - t0:.2f} s, quotes {t2 - t1:.2f} s "
        f"(+{100 * (t2 - t1) / (t1 - t0):.1f} % of actor extraction)"
    )
    from reader.core.corpus import Corpus

    corpus = Corpus.open([Path(sys.argv[1])])
    corpus.update()
    top = max(corpus.actors(kind="person"), key=lambda a: a.mentions)
    times = []
    for _ in range(20):
        s = time.perf_counter()
        corpus.quotes(actor=top.id)
        times.append(time.perf_counter() - s)
    print(f"quotes --speaker {top.name!r}: median {1000 * statistics.median(times):.1f} ms")


if __name__ == "__main__":
    main()
