"""`o` opens the article's web page without the browser writing over the app."""

from __future__ import annotations

import subprocess
import webbrowser
from contextlib import contextmanager

from reader.ui import browser
from tests.ui.conftest import aio, notified, running

URL = "https://example.com/[bold]"


@aio
async def test_a_background_browser_gets_no_terminal(markup_corpus, monkeypatch):
    monkeypatch.setattr(webbrowser, "get", lambda: webbrowser.BackgroundBrowser(["gui", "%s"]))
    started = []
    monkeypatch.setattr(browser.subprocess, "Popen", lambda cmd, **kw: started.append((cmd, kw)))
    async with running([markup_corpus]) as (app, pilot):
        await pilot.press("o")
        await pilot.pause()
    ((command, options),) = started
    assert command == ["gui", URL]
    assert options["stdout"] == options["stderr"] == options["stdin"] == subprocess.DEVNULL


@aio
async def test_a_terminal_browser_runs_with_the_app_suspended(markup_corpus, monkeypatch):
    events = []
    lynx = webbrowser.GenericBrowser(["lynx", "%s"])
    monkeypatch.setattr(lynx, "open", lambda url: events.append(("open", url)) or True)
    monkeypatch.setattr(webbrowser, "get", lambda: lynx)
    async with running([markup_corpus]) as (app, pilot):

        @contextmanager
        def suspend():
            events.append("suspend")
            yield
            events.append("resume")

        app.suspend = suspend
        await pilot.press("o")
        await pilot.pause()
    assert events == ["suspend", ("open", URL), "resume"]


@aio
async def test_no_browser_says_so(markup_corpus, monkeypatch):
    def none():
        raise webbrowser.Error("could not locate runnable browser")

    monkeypatch.setattr(webbrowser, "get", none)
    async with running([markup_corpus]) as (app, pilot):
        await pilot.press("o")
        await pilot.pause()
        messages = notified(app)
    assert "No web browser found: set BROWSER." in messages
