"""Full text: a feed's items get their web page's main text; failed pages are retried."""

from __future__ import annotations

from pytest_httpserver import HTTPServer

from reader.core.feeds.store import FeedStore

from .conftest import requests_to, rss, run_update, serve

BODY = (
    "The harbour authority said on Tuesday that the new ferry terminal would open in "
    "the spring, two years later than first planned, after a dispute over dredging "
    "contracts delayed the works. Local traders welcomed the date but asked for more "
    "parking near the quay."
)


def _page(title: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><nav>Home | News | Sport</nav>"
        f"<article><h1>{title}</h1><p>{BODY}</p><p>{BODY.replace('spring', 'autumn')}</p>"
        "</article><footer>Copyright the paper</footer></body></html>"
    ).encode()


def _page_texts(store: FeedStore) -> dict[str, str | None]:
    return dict(store.db.execute("SELECT key, page_text FROM items").fetchall())


def test_pages_are_fetched_and_a_transient_failure_is_retried(
    server: HTTPServer, store: FeedStore
) -> None:
    links = {k: server.url_for(f"/story/{k}") for k in ("good", "flaky", "gone")}
    feed = serve(
        server,
        "/feed",
        rss([{"guid": k, "title": k, "text": "Teaser.", "link": u} for k, u in links.items()]),
    )
    serve(server, "/story/good", _page("Ferry terminal"), content_type="text/html")
    server.expect_oneshot_request("/story/flaky").respond_with_data("busy", status=503)
    server.expect_request("/story/gone").respond_with_data("no such page", status=404)
    store.add(feed, full_text=True)

    run_update(store)
    texts = _page_texts(store)
    assert "ferry terminal would open" in (texts["good"] or "")
    assert texts["flaky"] is None  # 503: not stored, so the next update tries again
    assert texts["gone"] == ""  # 404: will not come back, never asked for again

    serve(server, "/story/flaky", _page("Flaky page"), content_type="text/html")
    run_update(store, force=True)
    texts = _page_texts(store)
    assert "ferry terminal would open" in (texts["flaky"] or "")
    assert len(requests_to(server, "/story/gone")) == 1
    assert len(requests_to(server, "/story/good")) == 1
