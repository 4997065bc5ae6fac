"""Pilot tests for the settings kept between runs: the theme."""

from __future__ import annotations

import json

from reader.core.config import default_path
from tests.ui.conftest import aio, main_screen, notified, running

DEFAULT = "textual-dark"


async def palette_lists(pilot, title: str) -> None:
    """Wait until the palette's first hit is `title` (its search runs in the background)."""
    from textual.command import CommandList

    for _ in range(100):
        await pilot.pause(0.02)
        hits = pilot.app.screen.query_one(CommandList)
        if hits.option_count and hits.highlighted is not None:
            first = hits.get_option_at_index(hits.highlighted).prompt
            if str(getattr(first, "plain", first)).startswith(title):
                return
    raise AssertionError(f"the palette never offered {title!r}")


@aio
async def test_theme_picked_in_the_palette_is_restored_on_the_next_start(news, monkeypatch):
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    async with running([news]) as (app, pilot):
        assert app.theme == DEFAULT
        await pilot.press("ctrl+p", *"theme")
        await palette_lists(pilot, "Theme")
        await pilot.press("enter")  # the "Theme" command: the theme picker
        await pilot.press(*"nord")
        await palette_lists(pilot, "nord")
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "nord"
        main_screen(app)
    assert json.loads(default_path().read_text(encoding="utf-8"))["theme"] == "nord"
    async with running([news]) as (app, pilot):  # a new app, the same NEWSREADER_HOME
        assert app.theme == "nord"
        assert app.current_theme.name == "nord"
        assert app.get_css_variables()["primary"] == app.current_theme.primary.upper()


@aio
async def test_unknown_or_corrupt_saved_theme_falls_back_to_the_default(news, monkeypatch):
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    for text in ('{"theme": "no-such-theme"}', "{broken"):
        default_path().write_text(text, encoding="utf-8")
        async with running([news]) as (app, pilot):
            assert app.theme == DEFAULT
            main_screen(app)
            assert not notified(app), "silently"
        assert default_path().read_text(encoding="utf-8") == text, "left as it was"
