"""Pilot tests for search by name (`/`) and full-text search (`s`)."""

from __future__ import annotations

import json

from reader.ui.dialogs.name_search import NameSearch
from reader.ui.dialogs.text_search import TextSearch
from tests.ui.conftest import aio, main_screen, notified, running


def putin(app):
    return next(a for a, _ in app.corpus.search_actors("vladimir putin", 5) if "Putin" in a.name)


@aio
async def test_slash_opens_a_live_popup_that_tolerates_typos(news):
    async with running([news]) as (app, pilot):
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, NameSearch)
        await pilot.press(*"vladimr putn")
        await pilot.pause()
        popup = app.screen
        assert popup.found, "a misspelled name still finds actors"
        assert "Putin" in popup.found[0][0].name
        assert popup.results.option_count == len(popup.found)
        await pilot.press("escape")
        await pilot.pause()
        main_screen(app)


@aio
async def test_enter_filters_the_list_to_the_actor_and_escape_clears(news):
    async with running([news]) as (app, pilot):
        screen = main_screen(app)
        actor = putin(app)
        await pilot.press("slash", *"vladimir putin")
        await pilot.pause()
        assert app.screen.found[0][0].id == actor.id
        await pilot.press("enter")
        await pilot.pause()
        screen = main_screen(app)
        assert screen.actor_filter == actor.id
        expected = [r.id for r in app.corpus.articles(actor=actor.id)]
        assert [r.id for r in screen.article_list.rows] == expected
        assert screen.view.focus_actor == actor.id
        title = screen.query_one("#sidebar-title")
        shown = str(title.render())
        assert shown == f"Naming {actor.name} ({len(expected)}) · Esc"
        assert len(shown) <= title.content_region.width  # not cut off at 120 columns
        # its mentions are emphasised, and n walks only them
        await pilot.press("tab", "n")
        view = screen.view
        assert view.mentions[view.cursor].actor == actor.id
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert screen.actor_filter is None
        assert len(screen.article_list.rows) == 3


@aio
async def test_popup_arrows_move_the_selection(news):
    async with running([news]) as (app, pilot):
        await pilot.press("slash", *"pu")
        await pilot.pause()
        popup = app.screen
        if popup.results.option_count > 1:
            await pilot.press("down")
            assert popup.results.highlighted == 1
            await pilot.press("up")
            assert popup.results.highlighted == 0


@aio
async def test_full_text_search_shows_marked_snippets_and_opens_the_passage(news):
    async with running([news]) as (app, pilot):
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, TextSearch)
        await pilot.press(*"ursula")
        await pilot.pause()
        popup = app.screen
        assert popup.hits and popup.hits[0].doc == "02_sanctions.txt"
        prompt = popup.results.get_option_at_index(0).prompt
        marked = [prompt.plain[s.start : s.end] for s in prompt.spans if "reverse" in str(s.style)]
        assert "Ursula" in marked
        await pilot.press("enter")
        await pilot.pause()
        screen = main_screen(app)
        assert screen.doc == "02_sanctions.txt"
        assert screen.view.passage == 3
        assert screen.view.matches  # search terms highlighted in the article
        await pilot.pause()
        assert "Next match" in footer_keys(app) and "Next mention" not in footer_keys(app)
        await pilot.press("n")
        assert screen.view.match_cursor == 0
        await pilot.press("escape")
        assert not screen.view.matches
        await pilot.pause()
        assert "Next mention" in footer_keys(app) and "Next match" not in footer_keys(app)


def footer_keys(app) -> list[str]:
    from reader.ui.widgets.footer import FooterKey

    return [key.description for key in app.screen.query(FooterKey)]


@aio
async def test_no_match_says_so(news):
    async with running([news]) as (app, pilot):
        await pilot.press("s", *"zzzzqqq")
        await pilot.pause()
        assert app.screen.hits == []
        status = str(app.screen.query_one("#popup-status").render())
        assert "Nothing matches" in status


@aio
async def test_name_search_opened_while_indexing_lists_actors_once_indexing_is_done(news):
    """The popup asks again when indexing ends: no need to retype the name."""
    import threading

    from reader.ui.app import make_app
    from tests.ui.conftest import settle

    app = make_app([news])
    gate = threading.Event()
    index = app.corpus.index

    def held_index():
        gate.wait(30)  # the worker starts, then waits until the test lets it index
        yield from index()

    app.corpus.index = held_index
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            screen = main_screen(app)
            assert screen.indexing
            await pilot.press("slash", *"vladimir putin")
            await pilot.pause()
            popup = app.screen
            assert isinstance(popup, NameSearch)
            assert popup.found == [] and popup.results.option_count == 0
            assert "No actor matches" in str(popup.query_one("#popup-status").render())
            gate.set()
            await settle(app, pilot)
            assert not screen.indexing
            assert app.screen is popup, "the popup stays open"
            assert popup.found and popup.found[0][0].id == putin(app).id
            assert popup.results.option_count == len(popup.found)
            assert popup.results.highlighted == 0
            await pilot.press("enter")
            await pilot.pause()
            assert main_screen(app).actor_filter == putin(app).id
    finally:
        gate.set()


@aio
async def test_full_text_search_lists_a_passage_two_articles_carry_once(news):
    line = "Ursula von der Leyen said the package would be ready within weeks.\n"
    (news / "04_briefing.txt").write_text(f"Brussels briefing\n{line}", encoding="utf-8")
    async with running([news]) as (app, pilot):
        await pilot.press("s", *"ursula")
        await pilot.pause()
        popup = app.screen
        assert [(h.doc, h.also) for h in popup.hits] == [("02_sanctions.txt", 1)]
        prompt = popup.results.get_option_at_index(0).prompt.plain
        assert "also in 1 article\n" in prompt
        assert "1 passage" in str(popup.query_one("#popup-status").render())


@aio
async def test_at_80x24_the_text_search_popup_shows_its_count_and_follows_the_cursor():
    async with running(size=(80, 24)) as (app, pilot):
        await pilot.press("s", *"kim")
        await pilot.pause()
        await pilot.press("down", "down", "down", "down")
        await pilot.pause()
        popup = app.screen
        box = popup.query_one("#popup").region
        status = popup.query_one("#popup-status").region
        assert status.height == 1 and box.contains_region(status)
        results = popup.results
        assert box.contains_region(results.region)
        row = results._index_to_line[results.highlighted]  # its first line (Textual pinned)
        assert results.highlighted == 4
        assert results.scroll_y <= row < results.scroll_y + results.scrollable_content_region.height


@aio
async def test_a_hit_in_the_title_only_says_so(news):
    row = {"id": "airship", "title": "Zeppelin returns", "text": "The airship flew over the lake."}
    (news / "04_airship.jsonl").write_text(json.dumps(row) + "\n")
    async with running([news]) as (app, pilot):
        await pilot.press("s", *"zeppelin")
        await pilot.pause()
        assert [h.doc for h in app.screen.hits] == ["airship"]
        await pilot.press("enter")
        await pilot.pause()
        assert main_screen(app).doc == "airship"
        messages = notified(app)
        assert "The words searched for are in the title only." in messages
