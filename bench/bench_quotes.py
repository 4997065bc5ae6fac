"""Cost of finding quotations beside actor extraction, and `quotes --speaker` latency.

usage: python bench/bench_quotes.py CORPUS.jsonl [--query-only]
Times actor extraction and quotation finding over the same articles (one process, the
same raw mentions), then the stored-quotes query for the most quoted speaker.
`--query-only` skips the extraction timing (for a corpus already indexed in
NEWSREADER_HOME, e.g. 100,000 articles) and also times the speaker's name lookup.
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
    if "--query-only" not in sys.argv:
        time_extraction(Path(sys.argv[1]))
    time_query(Path(sys.argv[1]))


def time_extraction(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
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


def time_query(path: Path) -> None:
    from reader.core.corpus import Corpus

    corpus = Corpus.open([path])
    corpus.update()
    people = sorted(corpus.actors(kind="person"), key=lambda a: -a.mentions)
    top = people[0]
    found = []
    for _ in range(20):
        s = time.perf_counter()
        who = corpus.search_actors(top.name.lower(), limit=1)[0][0]
        m = time.perf_counter()
        quotes = corpus.quotes(actor=who.id)
        found.append((m - s, time.perf_counter() - m))
    name_ms = 1000 * statistics.median(f[0] for f in found)
    query_ms = 1000 * statistics.median(f[1] for f in found)
    print(
        f"{corpus.count()} articles; quotes --speaker {top.name.lower()!r} "
        f"({top.mentions} mentions, {len(quotes)} quotes): name lookup {name_ms:.1f} ms, "
        f"quotes {query_ms:.1f} ms, together {name_ms + query_ms:.1f} ms (median of 20)"
    )


if __name__ == "__main__":
    main()
