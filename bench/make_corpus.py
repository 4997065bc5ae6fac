"""Build scaled corpora from the ECB+ dev set: N articles as JSON Lines and as a folder.

usage: python bench/make_corpus.py N [--folder]   -> bench/data/ecb_N.jsonl (and bench/data/ecb_N/)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent.parent / "shared" / "eval" / "data" / "ecbplus_dev.jsonl"


def build(n: int, folder: bool) -> Path:
    docs = [json.loads(line) for line in SOURCE.open(encoding="utf-8")]
    out = HERE / "data"
    out.mkdir(exist_ok=True)
    path = out / f"ecb_{n}.jsonl"
    if not path.exists():
        with path.open("w", encoding="utf-8") as f:
            for i in range(n):
                d = docs[i % len(docs)]
                f.write(json.dumps({"id": f"{d['id']}~{i}", "text": d["text"]}) + "\n")
    if folder:
        target = out / f"ecb_{n}"
        if not target.exists():
            for i in range(n):
                d = docs[i % len(docs)]
                sub = target / f"{i // 1000:03d}"
                sub.mkdir(parents=True, exist_ok=True)
                (sub / f"{i:06d}.txt").write_text(d["text"], encoding="utf-8")
            return target
    return path


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("--folder", action="store_true")
    a = ap.parse_args()
    print(build(a.n, a.folder))
