"""Fixtures for the UI tests: an isolated home, small corpora, a running app."""

from __future__ import annotations

import json
import weakref
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from reader.ui.app import NewsReaderApp, make_app

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"

ARTICLES = {
    "01_summit.txt": (
        "Putin and Kim Jong Un meet in Beijing\n"
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Beijing "
        "on Wednesday, according to the Kremlin.\n"
        "Chinese President Xi Jinping hosted both leaders at a military parade in "
        "Tiananmen Square.\n"
        "Putin later flew back to Moscow.\n"
    ),
    "02_sanctions.txt": (
        "European Union weighs new sanctions on Russia\n"
        "The European Union is weighing new sanctions against Russia after talks in "
        "Brussels, officials said.\n"
        "Vladimir Putin dismissed the measures as illegal during a speech in Moscow.\n"
        "Ursula von der Leyen said the package would be ready within weeks.\n"
    ),
    "03_weather.txt": (
        "Rain expected across the region this weekend\n"
        "Forecasters expect heavy rain and strong wind on Saturday.\n"
        "temperatures will stay mild.\n"
    ),
}

MARKUP_TITLE = "Markup [bold]not bold[/bold] and [@click=app.quit]no click[/]"
MARKUP_TEXT = (
    "This paragraph has [bold]square brackets[/bold], [@click=app.quit]a fake link[/] "
    "and [red on blue]colour tags[/] that must show literally.\n"
    "An escape \x1b[2J sequence and a [link=https://example.com]link[/link] follow.\n"
)


@pytest.fixture(autouse=True)
def ui_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep the developer's data, cache and config out of every UI test."""
    home = tmp_path_factory.mktemp("ui-home")
    monkeypatch.setenv("NEWSREADER_HOME", str(home))
    return home


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def markup_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "markup"
    folder.mkdir()
    row = {
        "id": "markup-1",
        "title": MARKUP_TITLE,
        "text": MARKUP_TEXT,
        "url": "https://example.com/[bold]",
        "source": "[i]Wire[/i]",
    }
    (folder / "feed.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    return folder


async def settle(app: NewsReaderApp, pilot) -> None:
    """Let indexing finish and the screen catch up."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


_NOTIFIED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def record_notifications(app: NewsReaderApp) -> list[str]:
    """Record the messages of `app.notify` (public API; widgets and screens call it too)."""
    messages = _NOTIFIED.setdefault(app, [])
    notify = app.notify

    def recording(message, *args, **kwargs):
        messages.append(str(message))
        return notify(message, *args, **kwargs)

    app.notify = recording
    return messages


def notified(app: NewsReaderApp) -> list[str]:
    """The messages `app` was asked to notify so far (`running` records them)."""
    return _NOTIFIED.get(app, [])


@asynccontextmanager
async def running(paths: list[Path] | None = None, size: tuple[int, int] = (120, 40)):
    app = make_app(paths)
    record_notifications(app)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        yield app, pilot


def main_screen(app: NewsReaderApp):
    from reader.ui.screens.main import MainScreen

    assert isinstance(app.screen, MainScreen), app.screen
    return app.screen


def aio(fn):
    """Run an async test function with asyncio (no async pytest plugin needed)."""
    import asyncio
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return asyncio.run(fn(*args, **kwargs))

    return wrapper


def spans(text) -> list[tuple[str, str]]:
    """(covered text, style) of each span of a rich Text."""
    return [(text.plain[s.start : s.end], str(s.style)) for s in text.spans]
