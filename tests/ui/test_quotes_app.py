"""Pilot test of who said what (`w`): every quotation, filtered as typed, Enter jumps."""

from __future__ import annotations

from tests.ui.conftest import SEEDS, aio, notified, running


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


@aio
async def test_quotes_are_italic_and_said_by_names_the_speaker():
    async with running([SEEDS]) as (app, pilot):
        (quote,) = [q for q in app.corpus.quotes() if q.speaker == "Sergey Radchenko"]
        app.jump_to(quote.doc, quote.start)
        await pilot.pause()
        view = app.main.view
        assert quote in view.quotes_here()
        p = view.article.passages[view.passage]
        text = view.passage_text(view.passage)
        at = quote.start - p.start + 2
        assert any(s.start <= at < s.end and s.style.italic for s in text.spans)
        assert "quotes" in str(view.head) or "quote" in str(view.head)
        await pilot.press('"')
        await pilot.pause()
        messages = notified(app)
        assert any("said by Sergey Radchenko" in m for m in messages), messages
