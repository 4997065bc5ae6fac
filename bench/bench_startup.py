"""Benchmarks the reader app: launch to first paint, and moving to the next article.

usage: python bench/bench_startup.py [--runs N] [--articles N] [--moves-only] [--seeds-only]

Each launch is a fresh `python` process that builds the app exactly as `newsreader`
does, runs it headless at 120x40 and exits on the first refresh after the main view
mounted; the wall time of the whole process is the figure (interpreter start and
imports included). A minimal Textual app (Header + Static + Footer) is measured the
same way in the same run, interleaved, for the ratio. The 10,000-article corpus is the
scaled ECB+ set from `bench/make_corpus.py` (bundled seeds repeated when ECB+ is not
there), indexed once beforehand so the launches paint from the store.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
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


def launch(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one launch-to-first-paint process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code, *args], env=env, check=True, stdout=subprocess.DEVNULL
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


def index(paths: list[Path], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "reader", "index", *map(str, paths)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - t0


def compare(label: str, paths: list[Path], env: dict[str, str], runs: int) -> dict:
    launch(MINIMAL, [], env)  # warm the file cache for both
    launch(READER, list(map(str, paths)), env)
    minimal, reader = [], []
    for _ in range(runs):
        minimal.append(launch(MINIMAL, [], env))
        reader.append(launch(READER, list(map(str, paths)), env))
    out = {"corpus": label}
    for i, kind in enumerate(("wall", "cpu")):
        m = statistics.median(x[i] for x in minimal)
        r = statistics.median(x[i] for x in reader)
        out[kind] = (m * 1000, r * 1000, r / m)
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
    ap.add_argument("--moves-only", action="store_true", help="skip the launch timings")
    ap.add_argument(
        "--seeds-only", action="store_true", help="only the launch timings on the bundled seeds"
    )
    a = ap.parse_args()
    home = DATA / "home"
    env = {**os.environ, "NEWSREADER_HOME": str(home)}
    os.environ["NEWSREADER_HOME"] = str(home)
    seeds = ROOT / "seeds"
    # As installed (pip compiles the bytecode, as it did Textual's): a checkout run with
    # PYTHONDONTWRITEBYTECODE set would compile the reader's modules at every launch.
    compileall.compile_dir(ROOT / "reader", quiet=1)
    if a.seeds_only:
        print(f"indexing (once): seeds {index([seeds], env):.1f} s", flush=True)
    else:
        big = big_corpus(a.articles)
        print(
            f"indexing (once): seeds {index([seeds], env):.1f} s, "
            f"{big.name} {index([big], env):.1f} s",
            flush=True,
        )
    load0 = f"{os.getloadavg()[0]:.2f}"
    results = []
    if not a.moves_only:
        results = [compare("bundled seeds", [seeds], env, a.runs)]
        if not a.seeds_only:
            results.append(compare(f"{a.articles:,} articles ({big.name})", [big], env, a.runs))
        load1 = f"{os.getloadavg()[0]:.2f}"
        print(f"load average before/after: {load0} / {load1} ({os.cpu_count()} cores)")
    for r in results:
        for kind in ("wall", "cpu"):
            m, rd, ratio = r[kind]
            print(
                f"{r['corpus']:36} {kind:4}  minimal {m:5.0f} ms  reader {rd:5.0f} ms  "
                f"ratio {ratio:.2f}"
            )
    print(f"load average: {os.getloadavg()[0]:.2f}")
    if a.seeds_only:
        return
    for label, paths, stride in (
        ("bundled seeds", [seeds], 1),
        (f"{a.articles:,} articles", [big], 1),
        (f"{a.articles:,} articles, cold", [big], 997),
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
