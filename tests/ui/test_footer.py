"""Pilot tests for `KeyFooter`: filled before the first paint, refilled only on change."""

from __future__ import annotations

from textual.widgets._footer import FooterKey

from reader.ui.widgets.footer import KeyFooter
from tests.ui.conftest import aio, main_screen, running


def shown(footer: KeyFooter) -> list[str]:
    return [key.description for key in footer.query(FooterKey)]


@aio
async def test_the_footer_shows_the_focused_panes_keys_and_follows_the_focus(news, monkeypatch):
    recomposed = []
    recompose = KeyFooter.recompose

    async def counted(self):
        recomposed.append(self)
        await recompose(self)

    monkeypatch.setattr(KeyFooter, "recompose", counted)
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        footer = screen.query_one(KeyFooter)
        assert "Open" in shown(footer) and "Next ¶" not in shown(footer)  # the list's keys
        assert len(recomposed) == 1  # filled once, with the list focused
        screen.refresh_bindings()  # nothing changed: not composed again
        await pilot.pause()
        assert len(recomposed) == 1
        screen.view.focus()
        await pilot.pause()
        await pilot.pause()
        assert "Next ¶" in shown(footer) and "Open" not in shown(footer)
        assert len(recomposed) == 2
        palette = footer.query_one(".-command-palette", FooterKey)
        assert palette.has_class("-compact")  # as in Textual's footer
        assert not any(key.has_class("-compact") for key in footer.query(FooterKey)[:-1])
