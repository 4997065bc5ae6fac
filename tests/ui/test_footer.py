"""Pilot tests for `KeyFooter`: filled before the first paint, refilled only on change."""

from __future__ import annotations

from reader.ui.widgets.footer import FooterKey, KeyFooter
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
        assert palette.region.right == footer.region.right  # docked on the right
        assert str(palette.render()) == "^p Commands"  # compact, as in Textual's footer
        keys = footer.query(FooterKey).exclude(".-command-palette")
        assert str(keys.first().render()).startswith(" ")  # the others are not


@aio
async def test_clicking_a_footer_key_presses_it(news):
    from reader.ui.screens.help import HelpScreen

    async with running([news]) as (app, pilot):
        footer = main_screen(app).query_one(KeyFooter)
        help_key = next(k for k in footer.query(FooterKey) if k.action == "help")
        await pilot.click(help_key)
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
