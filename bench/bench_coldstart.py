"""Benchmarks the cold start: `newsreader mentions` on the seeds with an empty home.

usage: python bench/bench_coldstart.py [--runs N] [--against DIR ...]

Each launch is a fresh process with a fresh, empty NEWSREADER_HOME (nothing cached: the
seeds are indexed, their actors extracted and resolved, the mentions printed). Three
launches are timed, wall and CPU:

- `mentions`: `python -m reader mentions seeds`, the whole command;
- `engine ready`: import the actor engine and load its tables (`gazetteer.warm()`);
- `first article`: import it and extract + resolve the first seed article.

With `--against DIR` (another checkout, e.g. main) the same launches run from that tree
too, interleaved with this one's, so that both see the same load. Each tree's bytecode is
compiled first, and this tree's lexicon tables built if missing, as an install does.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

READY = "from reader.core.actors.gazetteer import warm\nwarm()\n"
FIRST = (
    "import sys\nfrom pathlib import Path\nfrom reader.core.actors import extract, resolve\n"
    "text = sorted(Path(sys.argv[1]).glob('*.txt'))[0].read_text(encoding='utf-8')\n"
    "resolve({'a': extract(text)})\n"
)


def command(kind: str) -> list[str]:
    """The argv of one timed launch."""
    if kind == "mentions":
        return [sys.executable, "-m", "reader", "mentions", str(SEEDS)]
    return [sys.executable, "-c", READY if kind == "engine ready" else FIRST, str(SEEDS)]


def launch(tree: Path, kind: str) -> tuple[float, float]:
    """(wall, CPU) seconds of one launch from `tree` with a fresh empty home."""
    home = tempfile.mkdtemp(prefix="nr-cold-")
    env = {**os.environ, "NEWSREADER_HOME": home, "PYTHONPATH": str(tree)}
    try:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(command(kind), cwd=tree, env=env, check=True, stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def prepare(tree: Path) -> None:
    """Compile the tree's bytecode and build its tables, as `pip install` does."""
    compileall.compile_dir(tree / "reader", quiet=1)
    if (tree / "reader/core/actors/tablebuild.py").exists():
        subprocess.run(
            [sys.executable, "-m", "reader.core.actors.tablebuild", "--if-stale"],
            cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)}, check=True,
            stdout=subprocess.DEVNULL,
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--against", type=Path, action="append", default=[],
                    help="another checkout to time in the same loop (e.g. main)")
    a = ap.parse_args()
    trees = [ROOT, *(p.resolve() for p in a.against)]
    for tree in trees:
        prepare(tree)
    kinds = ("mentions", "engine ready", "first article")
    times: dict[tuple[Path, str], list[tuple[float, float]]] = {}
    for tree in trees:  # warm the file cache, untimed
        for kind in kinds:
            launch(tree, kind)
    load0 = os.getloadavg()
    for _ in range(a.runs):
        for kind in kinds:
            for tree in trees:
                times.setdefault((tree, kind), []).append(launch(tree, kind))
    load1 = os.getloadavg()
    print(f"{a.runs} runs each, interleaved; load average before {load0[0]:.2f} "
          f"({load0[1]:.2f} 5-min), after {load1[0]:.2f} ({load1[1]:.2f}); "
          f"{os.cpu_count()} cores")
    for kind in kinds:
        for tree in trees:
            runs = times[(tree, kind)]
            wall = statistics.median(r[0] for r in runs) * 1000
            cpu = statistics.median(r[1] for r in runs) * 1000
            lo, hi = (min(r[0] for r in runs) * 1000, max(r[0] for r in runs) * 1000)
            print(f"{kind:14} {str(tree):32} wall median {wall:6.0f} ms (min {lo:5.0f}, "
                  f"max {hi:5.0f})  CPU median {cpu:6.0f} ms")


if __name__ == "__main__":
    main()
