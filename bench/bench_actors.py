"""Benchmarks the actor layer: extraction + resolution throughput and name-search latency.

usage: python bench/bench_actors.py [CORPUS ...]   (folders of .txt or .jsonl files)
Without arguments it uses ../shared/eval/data/*.jsonl and ../shared/seeds when present,
else the bundled seeds. Loading the gazetteer is timed apart from the throughput.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from reader.core.actors import NameIndex, extract, resolve
from reader.core.actors.gazetteer import warm
from reader.core.model import Actor

ROOT = Path(__file__).resolve().parent.parent


def _texts(path: Path) -> list[str]:
    if path.is_dir():
        files = sorted(path.glob("*.txt"))
        return [p.read_text(encoding="utf-8").replace("\r\n", "\n") for p in files]
    return [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]


def _word(rng: random.Random) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return "".join(rng.choice(letters) for _ in range(rng.randint(4, 9))).title()


def main() -> None:
    args = [Path(a) for a in sys.argv[1:]]
    if not args:
        shared = ROOT.parent / "shared"
        args = sorted((shared / "eval" / "data").glob("*.jsonl")) + [shared / "seeds"]
        args = [a for a in args if a.exists()] or [ROOT / "seeds"]
    t0 = time.perf_counter()
    warm()
    extract("Warm up with Kim Jong-un in Beijing.")
    print(f"load: {time.perf_counter() - t0:.2f} s")
    texts = [t for a in args for t in _texts(a)]
    nbytes = sum(len(t.encode()) for t in texts)
    best = None
    for _ in range(3):  # CPU time of this process: one core, whatever else the machine runs
        t0 = time.process_time()
        raw = {f"d{i}": extract(t) for i, t in enumerate(texts)}
        t1 = time.process_time()
        res = resolve(raw)
        t2 = time.process_time()
        if best is None or t2 - t0 < best[1] + best[2]:
            best = (0.0, t1 - t0, t2 - t1)
    _, ext, resl = best
    n = sum(len(v) for v in raw.values())
    print(f"docs={len(texts)} bytes={nbytes} mentions={n} actors={len(res.actors)}")
    print(f"extract: {ext:.2f} s  resolve: {resl:.2f} s  (best of 3, CPU time)  "
          f"MB/s (extract+resolve) = {nbytes / (ext + resl) / 1e6:.2f}")
    actors = list(res.actors.values())
    rng = random.Random(7)
    i = 0
    while sum(len(a.aliases) + 1 for a in actors) < 100_000:
        first, last = _word(rng), _word(rng)
        actors.append(Actor(f"person:synthetic-{i}", f"{first} {last}", "person", 1, 1,
                            {last: 1, f"{first[0]}. {last}": 1, f"{first} {last}-{i}": 1}))
        i += 1
    t0 = time.perf_counter()
    index = NameIndex(actors)
    t1 = time.perf_counter()
    queries = ["medvedv", "kim jong un", "vucic", "dprk", "putn", "xi jinping", "beijng"]
    for q in queries:
        index.search(q)
    t2 = time.perf_counter()
    print(f"name index: {len(index.choices)} aliases built in {t1 - t0:.2f} s; "
          f"search {1000 * (t2 - t1) / len(queries):.1f} ms/query")


if __name__ == "__main__":
    main()
