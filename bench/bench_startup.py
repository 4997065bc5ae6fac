"""Benchmarks the reader app: launch to first paint, and moving to the next article.

usage: python bench/bench_startup.py [--runs N] [--articles N] [--corpus JSONL] [--against DIR]
                                    [--moves-only] [--seeds-only] [--launch-only]

Each launch is a fresh `python` process that builds the app exactly as `newsreader`
does, runs it headless at 120x40 and exits on the first refresh after the main view
mounted; the wall time of the whole process is the figure (interpreter start and
imports included). A minimal Textual app (Header + Static + Footer) is measured the
same way in the same run, interleaved, for the ratio. The 10,000-article corpus is the
scaled ECB+ set from `bench/make_corpus.py` (bundled seeds repeated when ECB+ is not
there), or the JSON Lines file given with `--corpus` (e.g. 10,000 distinct articles made by
shared/bench/distinct_corpus.py), indexed once beforehand so the launches paint from the
store. With `--against DIR` (another checkout, e.g. main) that tree's reader is launched
too, in the same interleaved loop, with its own home indexed by its own code.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"

MINIMAL = """
from textual.app import App
from textual.widgets import Footer, Header, Static

class Minimal(App):
    def compose(self):
        yield Header()
        yield Static("Hello")
        yield Footer()

    def on_mount(self):
        self.call_after_refresh(self.exit)

Minimal().run(headless=True, size=(120, 40))
"""

READER = """
import sys
from pathlib import Path
from reader.ui.app import make_app
from reader.ui.screens.main import MainScreen

mounted = MainScreen.on_mount

def on_mount(self):
    mounted(self)
    self.call_after_refresh(self.app.exit)

MainScreen.on_mount = on_mount
paths = [Path(p) for p in sys.argv[1:]]
app = make_app(paths or None)
app.run(headless=True, size=(120, 40))
assert app.return_code in (0, None), app.return_code
"""


def launch(
    code: str, args: list[str], env: dict[str, str], cwd: Path = ROOT
) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one launch-to-first-paint process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code, *args], env=env, cwd=cwd, check=True,
        stdout=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def big_corpus(n: int) -> Path:
    """The scaled corpus of `n` articles (JSON Lines)."""
    sys.path.insert(0, str(HERE))
    try:
        from make_corpus import SOURCE, build

        if SOURCE.exists():
            return build(n, folder=False)
    except ImportError:
        pass
    DATA.mkdir(exist_ok=True)
    path = DATA / f"seeds_{n}.jsonl"
    if not path.exists():
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
        with path.open("w", encoding="utf-8") as f:
            for i in range(n):
                f.write(json.dumps({"id": f"s{i}", "text": texts[i % len(texts)]}) + "\n")
    return path


def index(paths: list[Path], env: dict[str, str], cwd: Path = ROOT) -> float:
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "reader", "index", *map(str, paths)],
        env=env,
        cwd=cwd,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - t0


def compare(label: str, paths: list[Path], trees: list[tuple[Path, dict]], runs: int) -> dict:
    """Median launch times of the minimal app and of each tree's reader, interleaved."""
    args = list(map(str, paths))
    launch(MINIMAL, [], trees[0][1])  # warm the file cache for all
    for tree, env in trees:
        launch(READER, args, env, tree)
    minimal: list[tuple[float, float]] = []
    readers: list[list[tuple[float, float]]] = [[] for _ in trees]
    for _ in range(runs):
        minimal.append(launch(MINIMAL, [], trees[0][1]))
        for times, (tree, env) in zip(readers, trees, strict=True):
            times.append(launch(READER, args, env, tree))
    out: dict = {"corpus": label, "trees": []}
    for times, (tree, _) in zip(readers, trees, strict=True):
        row = {"tree": tree}
        for i, kind in enumerate(("wall", "cpu")):
            m = statistics.median(x[i] for x in minimal)
            r = statistics.median(x[i] for x in times)
            row[kind] = (m * 1000, r * 1000, r / m)
        out["trees"].append(row)
    return out


async def moves(paths: list[Path], count: int = 40, stride: int = 1) -> dict:
    """Key to frame: `j` in the article list opens the next article and updates Related.

    Measured inside the running app (160x48): from the list's cursor action (what the
    `j` binding runs) to the end of the first screen refresh that shows the new article,
    and to the end of the first refresh showing its Related panel (computed in a worker,
    or found ahead while the reader rested on the previous article).
    Pilot's own key-injection delays are not counted. With `stride` > 1 the cursor jumps
    that many rows instead: an article never visited and not next to the last one, so
    its Related panel is always computed after the move (the cold path).
    """
    from reader.ui.app import make_app

    app = make_app(paths)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        screen.article_list.focus()
        frames: list[float] = []
        opened: list[float] = []
        shown: list[float] = []
        refresh, open_article, show = (
            screen._compositor_refresh,
            screen.open_article,
            screen.related.show,
        )

        def hooked_refresh() -> None:
            refresh()
            frames.append(time.perf_counter())

        def hooked_open(*args, **kwargs):
            result = open_article(*args, **kwargs)
            opened.append(time.perf_counter())
            return result

        def hooked_show(*args) -> None:
            show(*args)
            shown.append(time.perf_counter())

        screen._compositor_refresh = hooked_refresh
        screen.open_article = hooked_open
        screen.related.show = hooked_show
        related = getattr(app.corpus, "related_to_passage", None) is not None
        article_times, related_times = [], []
        for _ in range(count):
            await pilot.pause(0.05)
            t0 = time.perf_counter()
            rows = screen.article_list
            if stride > 1:
                rows.action_jump((rows.cursor + stride) % len(rows.rows))
            elif rows.cursor + 1 < len(rows.rows):
                rows.action_cursor(1)
            else:
                rows.action_jump(0)
            target = screen.article_list.current
            for _ in range(20000):
                await asyncio.sleep(0.0005)
                ready = opened and opened[-1] > t0 and frames[-1] > opened[-1]
                if related:
                    ready = ready and screen.related_for == (target, 0) and shown
                    ready = ready and shown[-1] > t0 and frames[-1] > shown[-1]
                if ready:
                    break
            article_times.append(min(f for f in frames if f > opened[-1]) - t0)
            if related:
                related_times.append(min(f for f in frames if f > shown[-1]) - t0)

        def med(xs: list[float]) -> float:
            return statistics.median(xs) * 1000 if xs else float("nan")

        def p90(xs: list[float]) -> float:
            return sorted(xs)[int(len(xs) * 0.9)] * 1000 if xs else float("nan")

        return {
            "article_ms": med(article_times),
            "article_p90_ms": p90(article_times),
            "related_ms": med(related_times),
            "related_p90_ms": p90(related_times),
            "related": related,
        }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--corpus", type=Path, help="JSON Lines corpus instead of the scaled one")
    ap.add_argument("--against", type=Path, action="append", default=[],
                    help="another checkout whose reader is launched in the same loop")
    ap.add_argument("--moves-only", action="store_true", help="skip the launch timings")
    ap.add_argument("--launch-only", action="store_true", help="skip the moves")
    ap.add_argument(
        "--seeds-only", action="store_true", help="only the launch timings on the bundled seeds"
    )
    a = ap.parse_args()
    from bench_coldstart import prepare

    trees = []
    for i, tree in enumerate([ROOT, *(p.resolve() for p in a.against)]):
        home = DATA / ("home" if i == 0 else f"home-{i}")
        trees.append((tree, {**os.environ, "NEWSREADER_HOME": str(home), "PYTHONPATH": str(tree)}))
        # As installed: pip compiles the bytecode (as it did Textual's) and builds the tables.
        prepare(tree)
    os.environ["NEWSREADER_HOME"] = trees[0][1]["NEWSREADER_HOME"]
    sys.path.insert(0, str(ROOT))  # the moves below run this tree's reader in-process
    seeds = ROOT / "seeds"
    big = None if a.seeds_only else (a.corpus.resolve() if a.corpus else big_corpus(a.articles))
    for tree, env in trees:
        took = [f"seeds {index([seeds], env, tree):.1f} s"]
        if big is not None:
            took.append(f"{big.name} {index([big], env, tree):.1f} s")
        print(f"indexing (once) with {tree}: {', '.join(took)}", flush=True)
    load0 = os.getloadavg()
    results = []
    if not a.moves_only:
        results = [compare("bundled seeds", [seeds], trees, a.runs)]
        if big is not None:
            results.append(compare(big.name, [big], trees, a.runs))
        load1 = os.getloadavg()
        print(f"load average before/after: {load0[0]:.2f} / {load1[0]:.2f} (5-min "
              f"{load0[1]:.2f} / {load1[1]:.2f}, {os.cpu_count()} cores), {a.runs} runs")
    for r in results:
        for row in r["trees"]:
            for kind in ("wall", "cpu"):
                m, rd, ratio = row[kind]
                print(
                    f"{r['corpus']:28} {str(row['tree']):24} {kind:4}  minimal {m:5.0f} ms  "
                    f"reader {rd:5.0f} ms  ratio {ratio:.2f}"
                )
    print(f"load average: {os.getloadavg()[0]:.2f}")
    if a.seeds_only or a.launch_only or big is None:
        return
    for label, paths, stride in (
        ("bundled seeds", [seeds], 1),
        (big.name, [big], 1),
        (f"{big.name}, cold", [big], 997),
    ):
        move = asyncio.run(moves(paths, stride=stride))
        what = "next article" if stride == 1 else f"jump {stride} rows"
        print(
            f"{what} at {label}: article painted median {move['article_ms']:.1f} ms "
            f"(p90 {move['article_p90_ms']:.1f}), Related panel updated median "
            f"{move['related_ms']:.1f} ms (p90 {move['related_p90_ms']:.1f})"
        )


if __name__ == "__main__":
    main()
