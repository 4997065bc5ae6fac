"""Shared parts of the feed tests: a real HTTP server on 127.0.0.1 and feed builders."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from pytest_httpserver import HTTPServer

from reader.core.feeds.store import FeedStore, feeds_dir
from reader.core.feeds.update import UpdateProgress, update

REPO = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    """A threaded server, so one stalling handler does not hold up the others."""
    srv = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    srv.no_handler_status_code = 404
    srv.start()
    try:
        yield srv
    finally:
        srv.clear()
        if srv.is_running():
            srv.stop()


@pytest.fixture
def store(isolated_home: Path) -> Iterator[FeedStore]:
    s = FeedStore.open()
    try:
        yield s
    finally:
        s.close()


def rss(
    items: list[dict], title: str = "Test feed", encoding: str = "utf-8", link: str = ""
) -> bytes:
    """RSS 2.0 bytes; each item: guid, title, text, link, date (RFC 822)."""
    parts = []
    for it in items:
        fields = []
        if "guid" in it:
            fields.append(f'<guid isPermaLink="false">{escape(it["guid"])}</guid>')
        if "title" in it:
            fields.append(f"<title>{escape(it['title'])}</title>")
        if "link" in it:
            fields.append(f"<link>{escape(it['link'])}</link>")
        if "text" in it:
            fields.append(f"<description>{escape(it['text'])}</description>")
        if "date" in it:
            fields.append(f"<pubDate>{it['date']}</pubDate>")
        parts.append("<item>" + "".join(fields) + "</item>")
    doc = (
        f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>{escape(link or 'http://127.0.0.1/')}</link>"
        f"<description>d</description>{''.join(parts)}</channel></rss>\n"
    )
    return doc.encode(encoding)


def items(n: int, prefix: str = "item", start: int = 0) -> list[dict]:
    return [
        {
            "guid": f"{prefix}-{i}",
            "title": f"{prefix.title()} number {i}",
            "text": f"The body of {prefix} {i}. It has a sentence or two.",
            "link": f"http://127.0.0.1/{prefix}/{i}",
            "date": f"Mon, {i % 28 + 1:02d} Jun 2026 10:00:00 GMT",
        }
        for i in range(start, start + n)
    ]


def serve(server: HTTPServer, path: str, body: bytes, **kw) -> str:
    """Serve `body` at `path` (permanently: every request); its URL."""
    kw.setdefault("content_type", "application/rss+xml")
    server.expect_request(path).respond_with_data(body, **kw)
    return server.url_for(path)


def run_update(store: FeedStore, feeds=None, **kw) -> list[UpdateProgress]:
    kw.setdefault("timeout", 2.0)
    return list(update(store, store.feeds() if feeds is None else feeds, **kw))


def by_url(progress: list[UpdateProgress]) -> dict[str, UpdateProgress]:
    return {p.url: p for p in progress}


def stored(store: FeedStore, feed_url: str | None = None) -> list[tuple]:
    """(feed url, key, doc, title, text, url) of every stored item, in a stable order."""
    sql = (
        "SELECT f.url, i.key, i.doc, i.title, i.text, i.url FROM items i"
        " JOIN feeds f ON f.id = i.feed"
    )
    args: tuple = ()
    if feed_url is not None:
        sql += " WHERE f.url = ?"
        args = (feed_url,)
    return store.db.execute(sql + " ORDER BY f.url, i.key", args).fetchall()


def requests_to(server: HTTPServer, path: str) -> list:
    return [req for req, _ in server.log if req.path == path]


def cli(*args: str, home: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NEWSREADER_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=timeout,
    )


def export_rows(home: Path) -> list[dict]:
    r = cli("export", str(feeds_dir()), "--format", "jsonl", home=home)
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in r.stdout.splitlines()]
