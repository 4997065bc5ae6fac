"""Pilot tests for the Related panel's flow: it follows the article, remembers answers,
looks ahead, and never shows an answer for a paragraph the reader has left."""

from __future__ import annotations

import time

from reader.ui.messages import RelatedFound
from reader.ui.queries import RelatedEntry, related_for_passage
from tests.ui.conftest import aio, main_screen, running


async def quiet(app, pilot) -> None:
    """Wait until no worker (the answer, the look-ahead) runs or is about to start."""
    idle = 0
    for _ in range(50):
        await app.workers.wait_for_complete()
        await pilot.pause(0.02)
        idle = 0 if any(w.is_running for w in app.workers) else idle + 1
        if idle == 3:
            return


def expected(screen, doc: str, passage: int = 0) -> list[RelatedEntry]:
    return related_for_passage(screen.corpus, doc, passage)[0]


@aio
async def test_j_and_enter_show_the_related_entries_of_the_new_article(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        await quiet(app, pilot)
        assert screen.related_for == ("01_summit.txt", 0)
        assert screen.related.entries == expected(screen, "01_summit.txt")
        await pilot.press("j")
        await quiet(app, pilot)
        assert screen.related_for == ("02_sanctions.txt", 0)
        assert screen.related.entries == expected(screen, "02_sanctions.txt")
        assert screen.related.entries, "the summit article also names Putin"
        await pilot.press("enter")
        await quiet(app, pilot)
        assert app.focused is screen.view
        assert screen.related_for == ("02_sanctions.txt", 0)
        screen.article_list.focus()
        await pilot.press("j", "enter")
        await quiet(app, pilot)
        assert screen.related_for == ("03_weather.txt", 0)
        assert screen.related.entries == expected(screen, "03_weather.txt")


@aio
async def test_the_next_article_is_answered_before_the_reader_moves(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        await quiet(app, pilot)
        assert ("02_sanctions.txt", 0) in screen.related_memo, "the list has focus: j is next"
        asked: list[tuple[str, int]] = []
        screen.find_related = lambda doc, passage, round: asked.append((doc, passage))
        await pilot.press("j")
        await pilot.pause()
        assert screen.related_for == ("02_sanctions.txt", 0)
        assert screen.related.entries == expected(screen, "02_sanctions.txt")
        await pilot.press("k")
        await pilot.pause()
        assert screen.related_for == ("01_summit.txt", 0), "going back is remembered too"
        assert asked == []


@aio
async def test_reading_an_article_looks_ahead_to_its_next_paragraph(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        await pilot.press("enter")  # reading 01: ] is next
        await quiet(app, pilot)
        assert ("01_summit.txt", 1) in screen.related_memo
        asked: list[tuple[str, int]] = []
        screen.find_related = lambda doc, passage, round: asked.append((doc, passage))
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.related_for == ("01_summit.txt", 1)
        assert screen.related.entries == expected(screen, "01_summit.txt", 1)
        assert asked == []


@aio
async def test_an_answer_for_a_paragraph_left_behind_is_not_shown(news, monkeypatch):
    slow_doc = "02_sanctions.txt"
    reading_when_answered: list[str | None] = []
    screen = None

    def slow(corpus, doc, passage, limit=8):
        if doc == slow_doc:
            time.sleep(0.3)  # still being answered when the reader moves on
            reading_when_answered.append(getattr(screen, "doc", None))
        return related_for_passage(corpus, doc, passage, limit)

    monkeypatch.setattr("reader.ui.screens.main_related.related_for_passage", slow)
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        await quiet(app, pilot)
        screen.related_memo.clear()
        await pilot.press("j", "j")  # 02 (slow) and on to 03 before 02 is answered
        await quiet(app, pilot)
        assert screen.related_for == ("03_weather.txt", 0)
        assert screen.related.entries == expected(screen, "03_weather.txt") == []
        assert reading_when_answered[-1] == "03_weather.txt"
        assert (slow_doc, 0) in screen.related_memo, "the late answer is kept for later"


@aio
async def test_answers_from_before_a_reindex_are_dropped(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        await quiet(app, pilot)
        shown = list(screen.related.entries)
        stale_round = screen._related_round
        screen.forget_related()  # what a finished index run does
        assert ("02_sanctions.txt", 0) not in screen.related_memo
        fake = RelatedEntry("03_weather.txt", 0, "Stale", "old text", (), "")
        screen.post_message(RelatedFound("01_summit.txt", 0, [fake], "", stale_round))
        await pilot.pause()
        assert screen.related.entries == shown
        assert ("01_summit.txt", 0) not in screen.related_memo


@aio
async def test_at_80x24_the_related_panel_shows_why_before_the_passage(news):
    async with running([news], size=(80, 24)) as (app, pilot):
        screen = main_screen(app)
        if not screen.related.display:
            await pilot.press("R")
        await quiet(app, pilot)
        first = screen.related.entries[0]
        assert first.actors
        shown = screen.related.option_list
        lines = ["".join(s.text for s in shown.render_line(y)) for y in range(shown.size.height)]
        why = next(i for i, line in enumerate(lines) if "shares: " in line)
        opening = " ".join(first.passage.split()[:3])
        passage = next(i for i, line in enumerate(lines) if opening in line)
        assert why < passage, lines  # a short panel shows why before the passage fills it
