"""Trains the learned candidate typer (reader/core/actors/typer.py) and writes its weights.

usage: python bench/train_typer.py [TRAIN.jsonl] [--epochs N] [--runs N] [--out PATH]

TRAIN is CoNLL-2003 train made by conll_to_jsonl.py (default ../shared/eval/data/
conll2003_train.jsonl); never train on a dev set. Every rule mention of every article is
labelled by the gold entity with exactly its span (PER/ORG/LOC/MISC), else by the gold entity
it overlaps most, else "none"; the mean of four averaged perceptrons learns the label from
typefeats.features (and, for multi-word mentions near a name, whether a first or last word
should go). Training is deterministic (fixed shuffles): the file is rebuilt the same. Small
weights are pruned and the rest written, in hundredths, to reader/core/actors/data/typer.json.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.actors import typefeats, typer  # noqa: E402
from reader.core.actors.detect import detect  # noqa: E402
from reader.core.actors.inarticle import link  # noqa: E402

_GOLD = {"PER": "person", "ORG": "organization", "LOC": "place", "MISC": "misc"}


def label(start: int, end: int, gold: list[dict]) -> str:
    """The gold label of a span: exact entity, else the most-overlapping one, else none."""
    best, size = "none", 0
    for g in gold:
        if g["start"] == start and g["end"] == end:
            return _GOLD[g["type"]]
        ov = min(end, g["end"]) - max(start, g["start"])
        if ov > size:
            best, size = _GOLD[g["type"]], ov
    return best


def bound(text: str, c, m, gold: list[dict]) -> int:
    """Index in BOUNDS of the gold span a multi-word mention should become."""
    spans = {(g["start"], g["end"]) for g in gold}
    for k in (1, 2):
        nc, _ = typer.strip(text, c, m, typer.BOUNDS[k])
        if (nc.start, nc.end) in spans and (m.start, m.end) not in spans and typer.strippable(
                c, typer.BOUNDS[k]):
            return k
    return 0


def examples(path: Path) -> tuple[list[tuple[list[str], int]], list[tuple[list[str], int]]]:
    """(features, label index) of every rule mention of the corpus, for the kind and for the
    boundary of multi-word mentions."""
    out, bounds = [], []
    for line in path.open(encoding="utf-8"):
        if not line.strip():
            continue
        d = json.loads(line)
        text = d["text"]
        cands = detect(text)
        mentions = link(cands)
        doc = typefeats.doc_kinds(cands)
        lines = typefeats.Lines(text)
        for c, m in typefeats.pairs(text, cands, mentions):
            if len(c.words) > 1 and c.spelt is None and typer.dated(c):
                c, m = typer.strip(text, c, m, "first")
            elif len(c.words) > 1 and c.spelt is None and any(
                    g["start"] < m.end and m.start < g["end"] for g in d["gold"]):
                b = bound(text, c, m, d["gold"])  # learnt where a name is, kept or not
                bounds.append((typefeats.boundary_features(text, c, m, lines), b))
                if b:
                    c, m = typer.strip(text, c, m, typer.BOUNDS[b])
            y = typer.LABELS.index(label(m.start, m.end, d["gold"]))
            out.append((typefeats.features(text, c, m, doc, lines), y))
    return out, bounds


def bag(data: list[tuple[list[str], int]], epochs: int, n: int, runs: int
        ) -> dict[str, list[float]]:
    """The mean of `runs` averaged perceptrons trained on differently shuffled examples."""
    out: dict[str, list[float]] = {}
    for seed in range(runs):
        for f, v in train(data, epochs, n, seed).items():
            acc = out.setdefault(f, [0.0] * n)
            for k in range(n):
                acc[k] += v[k] / runs
    return out


def train(data: list[tuple[list[str], int]], epochs: int, n: int, seed: int = 0
          ) -> dict[str, list[float]]:
    """An averaged multi-class perceptron over the examples (labels 0 .. n-1)."""
    w: dict[str, list[float]] = {}
    total: dict[str, list[float]] = {}  # sum of updates weighted by when they happened
    step = 1
    rng = random.Random(11 + seed)
    order = list(range(len(data)))
    for ep in range(epochs):
        rng.shuffle(order)
        wrong = 0
        for i in order:
            feats, y = data[i]
            s = [0.0] * n
            for f in feats:
                v = w.get(f)
                if v is not None:
                    for k in range(n):
                        s[k] += v[k]
            guess = max(range(n), key=s.__getitem__)
            if guess != y:
                wrong += 1
                for f in feats:
                    v = w.setdefault(f, [0.0] * n)
                    t = total.setdefault(f, [0.0] * n)
                    v[y] += 1
                    v[guess] -= 1
                    t[y] += step
                    t[guess] -= step
            step += 1
        print(f"epoch {ep + 1}: {wrong / len(data):.3f} wrong", file=sys.stderr)
    return {f: [v[k] - total[f][k] / step for k in range(n)] for f, v in w.items()}


def train_maxent(data: list[tuple[list[str], int]], n: int, c2: float) -> dict[str, list[float]]:
    """A maximum-entropy model (python-crfsuite, L-BFGS, L2 `c2`) over the examples, each a
    one-item sequence; its state features are the weights."""
    import tempfile

    import pycrfsuite

    tr = pycrfsuite.Trainer(verbose=False)
    for feats, y in data:
        tr.append([{f: 1.0 for f in feats}], [str(y)])
    tr.set_params({"c1": 0.0, "c2": c2, "max_iterations": 200})
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "m.crfsuite")
        tr.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        state = tagger.info().state_features
    w: dict[str, list[float]] = {}
    for (f, y), v in state.items():
        w.setdefault(f, [0.0] * n)[int(y)] = v
    return w


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("train", nargs="?",
                    default=str(ROOT.parent / "shared/eval/data/conll2003_train.jsonl"))
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--runs", type=int, default=4, help="perceptrons averaged")
    ap.add_argument("--min-count", type=int, default=2, help="features seen fewer times go")
    ap.add_argument("--prune", type=float, default=0.5, help="smaller weights go")
    ap.add_argument("--out", default=str(typer.WEIGHTS))
    ap.add_argument("--maxent", type=float, default=0.0,
                    help="train a maximum-entropy model with this L2 weight instead")
    a = ap.parse_args()
    t0 = time.perf_counter()
    data, bounds = examples(Path(a.train))
    print(f"{len(data)} + {len(bounds)} examples in {time.perf_counter() - t0:.1f} s",
          file=sys.stderr)
    out = {"labels": list(typer.LABELS), "bounds": list(typer.BOUNDS), "scale": 100}
    for name, ex, n in (("w", data, len(typer.LABELS)), ("b", bounds, len(typer.BOUNDS))):
        seen = Counter(f for feats, _ in ex for f in set(feats))
        ex = [([f for f in feats if seen[f] >= a.min_count], y) for feats, y in ex]
        w = train_maxent(ex, n, a.maxent) if a.maxent else bag(ex, a.epochs, n, a.runs)
        out[name] = {f: [round(x * 100) for x in v] for f, v in w.items()
                     if max(map(abs, v)) >= a.prune}  # in hundredths
        print(f"{name}: {len(out[name])} of {len(w)} features kept", file=sys.stderr)
    Path(a.out).write_text(json.dumps(out, separators=(",", ":"), sort_keys=True),
                           encoding="utf-8")
    print(f"-> {a.out} ({Path(a.out).stat().st_size // 1024} KiB)", file=sys.stderr)


if __name__ == "__main__":
    main()
