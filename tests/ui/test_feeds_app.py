"""Pilot tests of the app on subscriptions: open, update live, filter by feed, mark read."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer

from reader.core.feeds.store import FeedStore, feeds_dir
from reader.core.feeds.subscribe import subscribe
from reader.ui.app import make_app
from tests.ui.conftest import aio, notified, record_notifications


def rss(title: str, items: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<item><title>{t}</title><guid>{g}</guid><description>{t}. The mayor of Lyon "
        f"spoke to reporters about {t.lower()}.</description></item>"
        for g, t in items
    )
    channel = f"<channel><title>{title}</title>{body}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'


@pytest.fixture
def feeds(httpserver: HTTPServer):
    httpserver.expect_request("/world.xml").respond_with_data(
        rss("World desk", [("w1", "Floods in the north"), ("w2", "Talks resume")]),
        content_type="application/rss+xml",
    )
    httpserver.expect_request("/tech.xml").respond_with_data(
        rss("Tech desk", [("t1", "Chip plant opens")]), content_type="application/rss+xml"
    )
    store = FeedStore.open()
    subscribe(store, httpserver.url_for("/world.xml"), tags=["News/World"])
    subscribe(store, httpserver.url_for("/tech.xml"), tags=["Tech"])
    store.close()
    return httpserver


def titles(app) -> list[str]:
    return [r.title for r in app.screen.article_list.rows]


async def settle(pilot, app) -> None:
    for _ in range(200):  # bounded: the index worker of three small items
        await pilot.pause(0.05)
        if not app.main.indexing and not app.main.updating:
            return


@aio
async def test_no_path_opens_the_subscriptions_grouped_by_feed(feeds):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, app)
        assert app.corpus.feed_folder == feeds_dir()
        assert [r.source for r in app.main.article_list.rows] == [
            "Tech desk", "World desk", "World desk"
        ]
        keys = {k for k, b in app.screen.active_bindings.items() if b.enabled}
        assert "u" in keys and "f" in keys


@aio
async def test_file_corpus_hides_the_feed_keys(news):
    app = make_app([news])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, app)
        await pilot.press("f", "u")
        assert app.screen is app.main  # no popup, no update
        assert not app.main.updating


@aio
async def test_update_key_brings_new_items_in_live(feeds):
    app = make_app()
    record_notifications(app)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, app)
        assert "Breaking news" not in titles(app)
        feeds.clear()
        feeds.expect_request("/world.xml").respond_with_data(
            rss("World desk", [("w3", "Breaking news"), ("w1", "Floods in the north"),
                               ("w2", "Talks resume")]),
            content_type="application/rss+xml",
        )
        feeds.expect_request("/tech.xml").respond_with_data("oops", status=500)
        await pilot.press("u")
        await settle(pilot, app)
        assert len(feeds.log) == 2
        assert "Breaking news" in titles(app)
        assert len(titles(app)) == 4  # the failing feed keeps its item
        messages = notified(app)
        assert any("Tech desk" in m and "500" in m for m in messages)
        assert any("1 new item" in m for m in messages)


@aio
async def test_feed_filter_lists_one_tag_and_esc_clears_it(feeds):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, app)
        await pilot.press("f")
        popup = app.screen
        assert popup is not app.main
        prompts = [str(o.prompt) for o in popup.query_one("OptionList").options]
        assert prompts[0].startswith("All articles") and "3 unread of 3" in prompts[0]
        assert any(p.startswith("# News/World") and "2 unread of 2" in p for p in prompts)
        index = next(i for i, p in enumerate(prompts) if p.startswith("# Tech"))
        popup.query_one("OptionList").highlighted = index
        await pilot.press("enter")
        await pilot.pause()
        assert titles(app) == ["Chip plant opens"]
        await pilot.press("escape")
        assert len(titles(app)) == 3


@aio
async def test_mark_feed_read_then_everything_read(feeds):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, app)
        main = app.main
        first = main.article_list.rows[0]
        assert first.source == "Tech desk"
        await pilot.press("A")
        read = main.state.read_docs()
        assert first.id in read
        assert not any(r.id in read for r in main.article_list.rows if r.source == "World desk")
        await pilot.press("C")
        assert {r.id for r in main.article_list.rows} <= main.state.read_docs()


@aio
async def test_full_text_key_switches_the_feed_setting(feeds):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, app)
        await pilot.press("F")
        store = FeedStore.open()
        (tech,) = store.find("Tech desk")
        store.close()
        assert tech.full_text
        await pilot.press("F")
        store = FeedStore.open()
        assert not store.find("Tech desk")[0].full_text
        store.close()


@aio
async def test_list_is_by_feed_with_unread_first(feeds):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, app)
        world = [r for r in app.main.article_list.rows if r.source == "World desk"]
        app.main.state.set_read(world[0].id)
    app = make_app()  # the order is made when the list is filled: at the next start
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, app)
        rows = app.main.article_list.rows
        assert [r.source for r in rows] == ["Tech desk", "World desk", "World desk"]
        assert [r.id for r in rows[1:]] == [world[1].id, world[0].id]


@aio
async def test_file_list_keeps_its_order_with_unread_first(news):
    app = make_app([news])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, app)
        first = [r.id for r in app.main.article_list.rows]
        app.main.state.set_read(first[0])
    app = make_app([news])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, app)
        assert [r.id for r in app.main.article_list.rows] == [*first[1:], first[0]]
