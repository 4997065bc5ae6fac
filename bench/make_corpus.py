"""Build benchmark corpora of N *distinct* articles from the ECB+ dev set.

usage: python bench/make_corpus.py N [--folder] [--repeated]
  -> bench/data/distinct_N.jsonl (and bench/data/distinct_N/ with --folder)

Article i takes the paragraphs of dev article i mod M, rotated by a step that grows with
each pass over the set, with one paragraph left out and one paragraph of another article
of the same topic put in: every story stays about one topic, and no two texts are equal,
so no figure is flattered by caches of identical text. `--repeated` builds the old
worst case instead (bench/data/ecb_N.jsonl: the M texts repeated), for labelled rows only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent.parent / "shared" / "eval" / "data" / "ecbplus_dev.jsonl"


def distinct_texts(docs: list[dict], n: int, seed: int = 7) -> list[tuple[str, str]]:
    """(id, text) of `n` distinct articles recombined from `docs` within their topics."""
    paras = [[p for p in d["text"].split("\n") if p.strip()] for d in docs]
    by_topic: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(docs):
        by_topic[str(d.get("topic", ""))].append(i)
    rng = random.Random(seed)
    seen: set[bytes] = set()
    out: list[tuple[str, str]] = []
    i = 0
    while len(out) < n:
        k = i % len(docs)
        ps = list(paras[k])
        turn = (i // len(docs)) % max(1, len(ps))
        ps = ps[turn:] + ps[:turn]
        if len(ps) > 2:
            del ps[rng.randrange(1, len(ps))]
        other = paras[rng.choice(by_topic[str(docs[k].get("topic", ""))])]
        if other:
            ps.insert(rng.randrange(1, len(ps) + 1), rng.choice(other))
        i += 1
        text = "\n".join(ps)
        digest = hashlib.md5(text.encode()).digest()
        if text and digest not in seen:
            seen.add(digest)
            out.append((f"{docs[k]['id']}~{len(out)}", text))
    return out


def build(n: int, folder: bool, repeated: bool = False) -> Path:
    docs = [json.loads(line) for line in SOURCE.open(encoding="utf-8") if line.strip()]
    out = HERE / "data"
    out.mkdir(exist_ok=True)
    name = f"ecb_{n}" if repeated else f"distinct_{n}"
    path = out / f"{name}.jsonl"
    target = out / name
    if path.exists() and (target.exists() or not folder):
        return target if folder else path
    if repeated:
        rows = [(f"{docs[i % len(docs)]['id']}~{i}", docs[i % len(docs)]["text"]) for i in range(n)]
    else:
        rows = distinct_texts(docs, n)
    if not path.exists():
        with path.open("w", encoding="utf-8") as f:
            for doc_id, text in rows:
                f.write(json.dumps({"id": doc_id, "text": text}) + "\n")
    if folder:
        for i, (_, text) in enumerate(rows):
            sub = target / f"{i // 1000:03d}"
            sub.mkdir(parents=True, exist_ok=True)
            (sub / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        return target
    return path


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("--folder", action="store_true")
    ap.add_argument("--repeated", action="store_true", help="the repeated-text worst case")
    a = ap.parse_args()
    print(build(a.n, a.folder, a.repeated))
