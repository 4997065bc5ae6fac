"""Provides the screenshot scenes and `python -m reader.ui.screenshots [OUT_DIR]`.

Each scene is a terminal size plus the keys pressed after the bundled corpus has been
indexed; the same scenes drive the snapshot tests, so the README pictures and the tests
show the same screens. The script runs in a throw-away NEWSREADER_HOME.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Scene:
    name: str
    size: tuple[int, int]
    keys: tuple[str, ...]
    caption: str


SCENES = (
    Scene(
        "main",
        (120, 40),
        ("enter", "n", "n", "n"),
        "Main view: an actor under the cursor, its mentions emphasised, related passages",
    ),
    Scene(
        "search",
        (120, 40),
        ("slash", *"medvedv"),
        "Search by name, typo-tolerant: “medvedv”",
    ),
    Scene("actor", (120, 40), ("enter", "n", "n", "n", "enter"), "Actor view"),
    Scene("actors", (120, 40), ("a",), "Actors screen, sorted by mentions"),
    Scene("small", (80, 24), ("enter", "n"), "80×24: the Related panel folds away (R shows it)"),
)


async def settle(pilot) -> None:
    """Wait until indexing and every related-passage worker (the look-ahead too, which
    starts after a paint) are done twice in a row, then for the screen."""
    from textual.worker import WorkerState

    busy = (WorkerState.PENDING, WorkerState.RUNNING)
    quiet = 0
    for _ in range(30):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        quiet = 0 if any(w.state in busy for w in pilot.app.workers) else quiet + 1
        if quiet == 2:
            break
    await pilot.pause(0.2)  # let a list's scroll to its highlighted entry finish
    await pilot.pause()


async def play(pilot, scene: Scene) -> None:
    await settle(pilot)
    for key in scene.keys:
        await pilot.press(key)
        await settle(pilot)


async def shoot(out: Path) -> list[Path]:
    from reader.ui.app import make_app

    written = []
    for scene in SCENES:
        app = make_app()
        async with app.run_test(size=scene.size) as pilot:
            await play(pilot, scene)
            path = out / f"{scene.name}.svg"
            app.save_screenshot(filename=path.name, path=str(out))
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0] if argv else "screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        os.environ["NEWSREADER_HOME"] = home
        for path in asyncio.run(shoot(out)):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
