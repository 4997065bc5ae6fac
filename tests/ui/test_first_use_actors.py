"""Pilot tests of the actor screens as a new user meets them (issue 14)."""

from __future__ import annotations

from textual import events

from reader.ui.screens.actor import ActorScreen
from reader.ui.screens.actors import ActorsScreen
from tests.ui.conftest import aio, main_screen, running


@aio
async def test_the_actors_screen_keys_work_as_documented_straight_away():
    async with running(None, size=(80, 24)) as (app, pilot):
        # as fast as a terminal sends them: `s` arrives while the screen is being put up
        for key in "as":
            app.post_message(events.Key(key, key))
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ActorsScreen)
        assert app.focused is screen.table
        assert screen.sort == "articles"
        await pilot.press("t")
        assert screen.kind == "person"
        assert screen.query_one("#actors-filter").value == ""
        await pilot.press("q")
        await pilot.pause()
        main_screen(app)


@aio
async def test_enter_in_the_actors_filter_moves_into_the_table(news):
    async with running([news]) as (app, pilot):
        await pilot.press("a")
        await pilot.pause()
        screen = app.screen
        await pilot.press("slash", *"pu", "enter")
        await pilot.pause()
        assert app.screen is screen and app.focused is screen.table
        await pilot.press("s")  # a table key again, not typed into the filter
        assert screen.sort == "articles"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ActorScreen)
        assert app.screen.actor_id == screen.shown[0].id


def title_background(view, pane: str):
    return view.query_one(f"#{pane} > .pane-title").styles.background


@aio
async def test_R_in_the_actor_view_keeps_the_focus_and_the_focused_pane_shows(news):
    async with running([news], size=(80, 24)) as (app, pilot):
        app.show_actor(app.corpus.actors(sort="articles")[0].id)
        await pilot.pause()
        view = app.screen
        mentions = view.query_one("#actor-mentions")
        await pilot.press("R")
        await pilot.pause()
        assert view.query_one("#actor-others-pane").display
        assert app.focused is mentions
        lit = title_background(view, "actor-mentions-pane")
        assert lit != title_background(view, "actor-others-pane")
        await pilot.press("j", "enter")  # a mention, not another actor
        await pilot.pause()
        main_screen(app)
        app.show_actor(app.corpus.actors(sort="articles")[0].id)
        await pilot.pause()
        view = app.screen
        await pilot.press("R")
        await pilot.pause()
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is view.query_one("#actor-others")
        await pilot.pause()
        assert title_background(view, "actor-others-pane") == lit


@aio
async def test_the_actor_view_lists_a_paragraph_once_with_its_mention_count(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Putin in Beijing\n"
        "Vladimir Putin met Xi Jinping in Beijing, and Putin later met Kim Jong Un.\n"
        "Xi Jinping thanked the guests.\n",
        encoding="utf-8",
    )
    async with running([folder]) as (app, pilot):
        putin = app.corpus.search_actors("vladimir putin")[0][0]
        app.show_actor(putin.id)
        await pilot.pause()
        view = app.screen
        lists = view.query_one("#actor-mentions")
        assert putin.mentions == 3  # the title's and twice in the paragraph
        assert lists.option_count == 2
        prompts = [lists.get_option_at_index(i).prompt.plain for i in range(2)]
        assert "mentions" not in prompts[0] and "¶2 · 2 mentions" in prompts[1]
        assert "in 2 paragraphs" in str(view.query_one("#actor-mentions-title").render())
