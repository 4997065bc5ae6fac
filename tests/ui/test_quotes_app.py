"""Pilot test of who said what (`w`): every quotation, filtered as typed, Enter jumps."""

from __future__ import annotations

import json

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


@aio
async def test_actor_view_lists_quotes_and_a_timeline(tmp_path):
    lines = [
        {
            "id": "a",
            "published": "2026-11-28",
            "title": "Bridge opens",
            "text": "Maria Lopez opened the bridge.\n“It joins the city at last,” Lopez said.",
        },
        {
            "id": "b",
            "published": "2026-12-01",
            "title": "Budget talks",
            "text": "Maria Lopez met the council.\n“We will cut nothing,” Maria Lopez said.",
        },
    ]
    (tmp_path / "news.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    async with running([tmp_path]) as (app, pilot):
        (lopez,) = [a for a in app.corpus.actors() if a.name == "Maria Lopez"]
        app.show_actor(lopez.id)
        await pilot.pause()
        screen = app.screen
        assert [q.text for q in screen.quotes] == [
            "We will cut nothing,",
            "It joins the city at last,",
        ]
        head = str(screen.query_one("#actor-head").render())
        assert "Timeline:" in head and "2026-11-28 … 2026-12-01" in head
        quotes = screen.query_one("#actor-quotes")
        quotes.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.main and app.main.doc == "b"


def test_sparkline_and_daily_counts():
    from reader.core.quotes.timeline import TimelinePoint, daily_counts
    from reader.ui.screens.actor import sparkline

    points = [TimelinePoint("2026-11-28", 4, 1), TimelinePoint("2026-12-01", 1, 1)]
    assert daily_counts(points) == [4, 0, 0, 1]
    assert sparkline([4, 0, 0, 1]) == "█  ▂"  # a quarter of the tallest
