"""Pilot test of who said what (`w`): every quotation, filtered as typed, Enter jumps."""

from __future__ import annotations

from tests.ui.conftest import SEEDS, aio, running


@aio
async def test_who_said_what_filters_by_speaker_and_opens_the_quote():
    async with running([SEEDS]) as (app, pilot):
        await pilot.press("w")
        popup = app.screen
        for _ in range(100):  # bounded: the worker gathering seven quotations
            await pilot.pause(0.05)
            if popup.quotes is not None:
                break
        assert len(popup.shown) == 7
        await pilot.press(*"radchenko")
        await pilot.pause()
        assert [q.speaker for q in popup.shown] == ["Sergey Radchenko"]
        quote = popup.shown[0]
        await pilot.press("enter")
        await pilot.pause()
        main = app.main
        assert app.screen is main and main.doc == quote.doc
        article = main.view.article
        passage = article.passage_at(quote.start)
        assert main.view.passage == passage.index
