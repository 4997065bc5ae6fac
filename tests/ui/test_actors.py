"""Pilot tests for the actors screen (`a`) and the actor view."""

from __future__ import annotations

from textual import events

from reader.core.model import KINDS
from reader.ui.screens.actor import ActorScreen
from reader.ui.screens.actors import ActorsScreen
from tests.ui.conftest import aio, main_screen, running


@aio
async def test_actors_screen_sorts_and_filters(news):
    async with running([news]) as (app, pilot):
        await pilot.press("a")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ActorsScreen)
        every = list(screen.shown)
        assert every and screen.table.row_count == len(every)
        assert [a.mentions for a in every] == sorted((a.mentions for a in every), reverse=True)
        await pilot.press("s")  # by articles
        assert screen.sort == "articles"
        await pilot.press("s")  # by name
        assert screen.sort == "name"
        names = [a.name.casefold() for a in screen.shown]
        assert names == sorted(names)
        await pilot.press("t")
        assert screen.kind == "person"
        assert all(a.kind == "person" for a in screen.shown)
        await pilot.press(*"t" * len(KINDS))  # through every other kind
        assert screen.kind is None
        await pilot.press(*"putin")  # typing filters
        await pilot.pause()
        assert screen.shown and all(
            "putin" in a.name.casefold() or any("putin" in x.casefold() for x in a.aliases)
            for a in screen.shown
        )
        await pilot.press("enter", "enter")  # Enter: into the table, Enter: open
        await pilot.pause()
        assert isinstance(app.screen, ActorScreen)
        assert app.screen.actor_id == screen.shown[0].id
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("escape")  # clears the filter
        assert screen.query_one("#actors-filter").value == ""
        await pilot.press("q")
        await pilot.pause()
        main_screen(app)


@aio
async def test_actor_view_lists_aliases_mentions_and_cooccurring(news):
    async with running([news]) as (app, pilot):
        actor = app.corpus.actors(sort="articles")[0]
        app.show_actor(actor.id)
        await pilot.pause()
        view = app.screen
        assert isinstance(view, ActorScreen)
        head = view.query_one("#actor-head").render()
        assert actor.name in str(head)
        for alias in actor.aliases:
            assert alias in str(head)
        assert len(view.mentions) == actor.mentions
        assert {m.doc for m in view.mentions} == {r.id for r in app.corpus.articles(actor.id)}
        assert view.others, "the actor shares articles with other actors"
        # Enter on a mention jumps to that article, cursor on the mention
        await pilot.press("G")
        target = view.mentions[-1]
        await pilot.press("enter")
        await pilot.pause()
        screen = main_screen(app)
        assert screen.doc == target.doc
        assert screen.view.cursor is not None
        assert screen.view.mentions[screen.view.cursor].start == target.start


@aio
async def test_actor_view_cooccurring_and_filter(news):
    async with running([news]) as (app, pilot):
        actor = app.corpus.actors(sort="articles")[0]
        app.show_actor(actor.id)
        await pilot.pause()
        view = app.screen
        other = view.others[0][0]
        await pilot.press("tab", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ActorScreen) and app.screen.actor_id == other.id
        await pilot.press("f")
        await pilot.pause()
        screen = main_screen(app)
        assert screen.actor_filter == other.id


@aio
async def test_actors_table_keys_and_slash(news):
    async with running([news]) as (app, pilot):
        await pilot.press("a")
        await pilot.pause()
        screen = app.screen
        table = screen.table
        await pilot.press("j", "j")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1
        await pilot.press("G")
        assert table.cursor_row == table.row_count - 1
        await pilot.press("g")
        assert table.cursor_row == 0
        await pilot.press("space", "b")
        assert table.cursor_row == 0
        await pilot.press("slash")
        assert app.focused is screen.query_one("#actors-filter")
        await pilot.press("escape")
        assert app.focused is table


@aio
async def test_actor_view_list_keys(news):
    async with running([news]) as (app, pilot):
        actor = app.corpus.actors(sort="mentions")[0]
        app.show_actor(actor.id)
        await pilot.pause()
        view = app.screen
        mentions = view.query_one("#actor-mentions")
        await pilot.press("j")
        assert mentions.highlighted == 1
        await pilot.press("G")
        assert mentions.highlighted == len(view.mentions) - 1
        await pilot.press("g")
        assert mentions.highlighted == 0
        await pilot.press("space")
        assert mentions.highlighted > 0
        await pilot.press("b")
        assert mentions.highlighted == 0
        await pilot.press("q")
        await pilot.pause()
        main_screen(app)


def matching(screen, needle: str) -> list[str]:
    return [
        a.id
        for a in screen.corpus.actors(sort=screen.sort)
        if needle in a.name.casefold() or any(needle in x.casefold() for x in a.aliases)
    ]


@aio
async def test_actors_filter_takes_every_letter_even_table_keys(news):
    async with running([news]) as (app, pilot):
        await pilot.press("a")
        await pilot.pause()
        screen = app.screen
        field = screen.query_one("#actors-filter")
        # from the table: the first letter moves the focus and is kept, not selected
        await pilot.press(*"putin")  # t is the kind key
        await pilot.pause()
        assert field.value == "putin" and screen.kind is None
        assert [a.id for a in screen.shown] == matching(screen, "putin")
        assert screen.table.row_count == len(screen.shown) >= 1
        await pilot.press("escape")
        assert field.value == "" and app.focused is screen.table
        # after `/`: j/k/s/t/g/G/b are letters, not table keys
        await pilot.press("slash", *"kjst", "g", "G", "b")
        await pilot.pause()
        assert field.value == "kjstgGb"
        assert (screen.sort, screen.kind) == ("mentions", None)
        assert screen.shown == [] and screen.table.row_count == 0
        assert isinstance(app.screen, ActorsScreen)


@aio
async def test_actors_filter_keeps_a_burst_of_keys_in_order(news):
    """Keys sent to the table before the first one moved the focus still go to the filter."""
    async with running([news]) as (app, pilot):
        await pilot.press("a")
        await pilot.pause()
        screen = app.screen
        field = screen.query_one("#actors-filter")
        for burst, expected in (("/kjst", "kjst"), ("xkjst", "xkjst")):
            for char in burst:
                key = events.Key("slash" if char == "/" else char, char)
                key.set_sender(app)
                app._driver.send_message(key)  # all at once, as a fast typist or a paste
            await pilot.pause()
            await pilot.pause()
            assert field.value == expected
            assert (screen.sort, screen.kind) == ("mentions", None)
            assert screen.table.row_count == 0
            await pilot.press("escape")
            assert field.value == ""


@aio
async def test_enter_enter_in_the_actors_filter_opens_the_highlighted_actor(news):
    async with running([news]) as (app, pilot):
        await pilot.press("a")
        await pilot.pause()
        screen = app.screen
        await pilot.press("slash", *"pu")
        await pilot.pause()
        assert len(screen.shown) >= 1
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ActorScreen)
        assert app.screen.actor_id == screen.shown[0].id
        await pilot.press("escape")
        await pilot.pause()
        # arrows move the highlighted row while typing; Enter opens that one
        await pilot.press("escape", "slash", "down")
        assert app.focused is screen.query_one("#actors-filter")
        assert screen.table.cursor_row == 1
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert app.screen.actor_id == screen.shown[1].id
        # no match: Enter stays on the actors screen
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("slash", *"zzzz", "enter")
        await pilot.pause()
        assert app.screen is screen


@aio
async def test_actor_view_named_with_reachable_at_80x24(news):
    from reader.ui.widgets.footer import FooterKey

    async with running([news], size=(80, 24)) as (app, pilot):
        actor = app.corpus.actors(sort="articles")[0]
        app.show_actor(actor.id)
        await pilot.pause()
        view = app.screen
        pane = view.query_one("#actor-others-pane")
        others = view.query_one("#actor-others")
        assert view.has_class("-narrow") and not pane.display  # folded away at 80 columns
        footer = {k.key: k.description for k in view.query(FooterKey)}
        assert footer.get("R") == "Named with"  # and the footer says how to get it
        await pilot.press("tab")
        assert app.focused is not others, "a folded pane takes no focus"
        await pilot.press("R")
        await pilot.pause()
        assert pane.display and pane.region.height > 3
        assert pane.region.y > view.query_one("#actor-mentions-pane").region.y  # stacked
        assert app.focused is view.query_one("#actor-mentions"), "showing it takes no focus"
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is others
        assert others.option_count == len(view.others) > 1
        await pilot.press("j", "enter")
        await pilot.pause()
        second = view.others[1][0]
        assert isinstance(app.screen, ActorScreen) and app.screen.actor_id == second.id
        # the next actor view keeps the pane shown
        view = app.screen
        assert view.query_one("#actor-others-pane").display
        await pilot.press("R")
        await pilot.pause()
        assert not view.query_one("#actor-others-pane").display
        assert app.focused is view.query_one("#actor-mentions")


@aio
async def test_actor_view_named_with_hides_when_wide(news):
    async with running([news], size=(140, 40)) as (app, pilot):
        app.show_actor(app.corpus.actors(sort="articles")[0].id)
        await pilot.pause()
        view = app.screen
        pane = view.query_one("#actor-others-pane")
        assert pane.display and pane.region.x > 0  # beside the mentions
        await pilot.press("R")
        await pilot.pause()
        assert not pane.display
        await pilot.press("R")
        await pilot.pause()
        assert pane.display and app.focused is view.query_one("#actor-mentions")  # kept


@aio
async def test_escape_from_a_named_with_actor_goes_back_one_actor(news):
    """Actors → actor A → Named with → actor B: Esc goes back to A, then to the actors."""
    async with running([news]) as (app, pilot):
        await pilot.press("a")
        await pilot.pause()
        actors = app.screen
        await pilot.press("slash", *"putin", "enter", "enter")
        await pilot.pause()
        first = app.screen
        assert isinstance(first, ActorScreen) and first.others
        other = first.others[0][0]
        await pilot.press("tab", "enter")  # the "Named with" pane
        await pilot.pause()
        assert isinstance(app.screen, ActorScreen) and app.screen.actor_id == other.id
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is first
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is actors


@aio
async def test_showing_the_actor_already_shown_stacks_nothing(news):
    async with running([news]) as (app, pilot):
        actor = app.corpus.actors(sort="articles")[0]
        app.show_actor(actor.id)
        await pilot.pause()
        view = app.screen
        depth = len(app.screen_stack)
        app.show_actor(actor.id)
        await pilot.pause()
        assert app.screen is view and len(app.screen_stack) == depth


@aio
async def test_actors_screen_at_80x24_shows_the_whole_filter_hint_and_says_the_view(news):
    async with running([news], size=(80, 24)) as (app, pilot):
        await pilot.press("a")
        await pilot.pause()
        screen = app.screen
        field = screen.query_one("#actors-filter")
        assert field.content_region.width >= len(field.placeholder)  # nothing cut off
        assert screen.sub_title == f"Actors · {len(screen.shown)} actors · all kinds · by mentions"
        await pilot.press("t", "s")
        await pilot.pause()
        assert screen.sub_title.endswith(" · person · by articles")
