"""HTTP behaviour of updates against a real local server: conditional GET, redirects,
errors with Retry-After, the size cap, a stalling server, Cache-Control."""

from __future__ import annotations

import time

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from reader.core.feeds.store import FeedStore

from .conftest import by_url, items, requests_to, rss, run_update, serve, stored


def test_304_after_etag_changes_nothing(server: HTTPServer, store: FeedStore) -> None:
    body = rss(items(3))

    def handler(request: Request) -> Response:
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304)
        return Response(body, headers={"ETag": '"v1"'}, content_type="application/rss+xml")

    server.expect_request("/etag").respond_with_handler(handler)
    store.add(server.url_for("/etag"))
    run_update(store)
    before = stored(store)
    (p,) = run_update(store)
    second = requests_to(server, "/etag")[1]
    assert second.headers.get("If-None-Match") == '"v1"'
    assert p.status == "unchanged" and stored(store) == before and len(before) == 3


def test_permanent_chain_moves_the_subscription(server: HTTPServer, store: FeedStore) -> None:
    final = serve(server, "/final", rss(items(1)))
    server.expect_request("/a").respond_with_data("", 301, {"Location": "/b"})
    server.expect_request("/b").respond_with_data("", 308, {"Location": "/final"})
    store.add(server.url_for("/a"))
    (p,) = run_update(store)
    assert p.status == "new" and store.feeds()[0].url == final


def test_a_302_in_the_chain_keeps_the_url(server: HTTPServer, store: FeedStore) -> None:
    serve(server, "/final", rss(items(1)))
    server.expect_request("/a").respond_with_data("", 301, {"Location": "/b"})
    server.expect_request("/b").respond_with_data("", 302, {"Location": "/final"})
    url = server.url_for("/a")
    store.add(url)
    (p,) = run_update(store)
    assert p.status == "new" and store.feeds()[0].url == url


def test_redirect_loop_is_one_clear_error(server: HTTPServer, store: FeedStore) -> None:
    server.expect_request("/x").respond_with_data("", 302, {"Location": "/y"})
    server.expect_request("/y").respond_with_data("", 302, {"Location": "/x"})
    store.add(server.url_for("/x"))
    (p,) = run_update(store)
    assert p.status == "error" and "redirect loop" in p.message


def test_errors_and_retry_after(server: HTTPServer, store: FeedStore) -> None:
    good = serve(server, "/good", rss(items(2)))
    server.expect_request("/404").respond_with_data("gone", 404)
    server.expect_request("/500").respond_with_data("oops", 500)
    server.expect_request("/429").respond_with_data("slow down", 429, {"Retry-After": "3600"})
    for path in ("/404", "/500", "/429"):
        store.add(server.url_for(path))
    store.add(good)
    got = by_url(run_update(store))
    assert got[good].status == "new"
    assert "HTTP 404" in got[server.url_for("/404")].message
    assert "HTTP 500" in got[server.url_for("/500")].message
    assert "HTTP 429" in got[server.url_for("/429")].message
    assert "retry after" in got[server.url_for("/429")].message
    again = by_url(run_update(store, force=True))
    assert again[server.url_for("/429")].status == "skipped"
    assert "asked to wait until" in again[server.url_for("/429")].message
    assert len(requests_to(server, "/429")) == 1
    assert len(stored(store)) == 2
    errors = {f.url: f.last_error for f in store.feeds()}
    assert "HTTP 404" in errors[server.url_for("/404")] and errors[good] is None


def test_body_over_the_cap(server: HTTPServer, store: FeedStore) -> None:
    small = serve(server, "/small", rss(items(1)))
    big = serve(server, "/big", rss(items(400)))

    def chunked(request: Request) -> Response:  # no Content-Length: the cap stops reading
        return Response(iter([rss(items(400))]), content_type="application/rss+xml")

    server.expect_request("/stream").respond_with_handler(chunked)
    for url in (small, big, server.url_for("/stream")):
        store.add(url)
    got = by_url(run_update(store, max_bytes=20_000))
    assert got[small].status == "new"
    assert "too large" in got[big].message and "limit" in got[big].message
    assert "too large" in got[server.url_for("/stream")].message
    assert {r[0] for r in stored(store)} == {small}


def test_stalling_server_times_out_alone(server: HTTPServer, store: FeedStore) -> None:
    def stall(request: Request) -> Response:
        time.sleep(1.5)
        return Response(rss(items(1)), content_type="application/rss+xml")

    server.expect_request("/stall").respond_with_handler(stall)
    fast = serve(server, "/fast", rss(items(2)))
    store.add(server.url_for("/stall"))
    store.add(fast)
    progress = run_update(store, timeout=0.5)
    assert [p.url for p in progress] == [fast, server.url_for("/stall")]  # not held up
    got = by_url(progress)
    assert got[fast].status == "new"
    assert "timed out" in got[server.url_for("/stall")].message


def test_a_server_dripping_bytes_is_stopped(server: HTTPServer, store: FeedStore) -> None:
    def drip(request: Request) -> Response:
        def chunks():
            for _ in range(40):  # bounded: 4 s at most
                time.sleep(0.1)
                yield b" "

        return Response(chunks(), content_type="application/rss+xml")

    server.expect_request("/drip").respond_with_handler(drip)
    store.add(server.url_for("/drip"))
    (step,) = run_update(store, timeout=0.3)
    assert step.status == "error" and "too slow" in step.message


def test_cache_control_max_age(server: HTTPServer, store: FeedStore) -> None:
    url = serve(server, "/cc", rss(items(1)), headers={"Cache-Control": "max-age=600"})
    store.add(url)
    run_update(store)
    (p,) = run_update(store)
    assert p.status == "skipped" and "still fresh" in p.message
    assert len(requests_to(server, "/cc")) == 1
    run_update(store, force=True)
    assert len(requests_to(server, "/cc")) == 2
