"""Emulates `newsreader mentions PATH --format jsonl` for the actor evaluation scripts.

PATH is a folder of .txt files (doc = file name) or a .jsonl file (doc = "id").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reader.core.actors import extract, resolve


def _docs(path: Path) -> dict[str, str]:
    if path.is_dir():
        return {p.name: p.read_text(encoding="utf-8").replace("\r\n", "\n")
                for p in sorted(path.glob("*.txt"))}
    docs = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                docs[str(d["id"])] = d["text"].replace("\r\n", "\n")
    return docs


def main() -> None:
    docs = _docs(Path(sys.argv[1]))
    raw = {doc: extract(text) for doc, text in docs.items()}
    res = resolve(raw)
    out = sys.stdout
    for doc, mentions in raw.items():
        for m, actor_id in zip(mentions, res.assign[doc], strict=True):
            if actor_id is None:
                continue
            a = res.actors[actor_id]
            out.write(json.dumps({"doc": doc, "start": m.start, "end": m.end, "text": m.text,
                                  "actor": actor_id, "name": a.name, "kind": a.kind},
                                 ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
