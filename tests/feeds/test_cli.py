"""The feed commands as a user runs them: subprocesses with NEWSREADER_HOME, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from pytest_httpserver import HTTPServer

from .conftest import cli, export_rows, items, rss, serve


def test_add_update_list_export_remove(server: HTTPServer, isolated_home: Path) -> None:
    page = b'<html><head><link rel="alternate" type="application/rss+xml" href="/feed"></head>'
    serve(server, "/page", page, content_type="text/html")
    feed = serve(server, "/feed", rss(items(2), title="Esc \x1b[31m feed"))
    r = cli("feeds", "add", server.url_for("/page"), "--tag", "News/World", home=isolated_home)
    assert r.returncode == 0, r.stderr
    assert "found the page's feed" in r.stderr and "\x1b" not in r.stdout + r.stderr
    r = cli("update", "--force", "--timeout", "2", home=isolated_home)
    assert r.returncode == 0, r.stderr
    r = cli("feeds", "list", home=isolated_home)
    assert r.returncode == 0 and feed in r.stdout and "\x1b" not in r.stdout
    rows = export_rows(isolated_home)
    assert len(rows) == 2 and len({row["id"] for row in rows}) == 2
    r = cli("feeds", "remove", feed, home=isolated_home)
    assert r.returncode == 0 and "2 items removed" in r.stdout


def test_add_web_page_without_feed_link(server: HTTPServer, isolated_home: Path) -> None:
    serve(server, "/p", b"<!doctype html><html><body>hi</body></html>", content_type="text/html")
    r = cli("feeds", "add", server.url_for("/p"), home=isolated_home)
    assert r.returncode == 1 and r.stderr.count("\n") == 1
    assert "links to no feed" in r.stderr


def test_update_where_every_feed_fails_exits_non_zero(
    server: HTTPServer, isolated_home: Path
) -> None:
    server.expect_request("/gone").respond_with_data("", 404)
    assert (
        cli("feeds", "add", "--no-check", server.url_for("/gone"), home=isolated_home).returncode
        == 0
    )
    r = cli("update", "--timeout", "2", home=isolated_home)
    assert r.returncode != 0 and "HTTP 404" in r.stderr


def test_opml_round_trip_with_nested_folders(tmp_path: Path, isolated_home: Path) -> None:
    opml = tmp_path / "in.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>'
        '<outline text="News"><outline text="World">'
        '<outline text="W" type="rss" xmlUrl="http://127.0.0.1:1/w.xml"/></outline>'
        '<outline text="N" type="rss" xmlUrl="http://127.0.0.1:1/n.xml"/></outline>'
        '<outline text="Top" type="rss" xmlUrl="http://127.0.0.1:1/t.xml"/></body></opml>',
        encoding="utf-8",
    )
    assert cli("feeds", "import", str(opml), home=isolated_home).returncode == 0
    first = cli("feeds", "list", "--format", "json", home=isolated_home).stdout
    out = cli("feeds", "export", home=isolated_home)
    assert out.returncode == 0
    (tmp_path / "out.opml").write_text(out.stdout, encoding="utf-8")
    home2 = tmp_path / "home2"
    assert cli("feeds", "import", str(tmp_path / "out.opml"), home=home2).returncode == 0
    second = cli("feeds", "list", "--format", "json", home=home2).stdout

    def feeds(text: str) -> list:
        return sorted((f["url"], f["title"], tuple(f["tags"])) for f in json.loads(text))

    assert feeds(first) == feeds(second)
    assert ("http://127.0.0.1:1/w.xml", "W", ("News/World",)) in feeds(first)
    assert ("http://127.0.0.1:1/t.xml", "Top", ()) in feeds(first)


def test_bad_opml_is_one_line_exit_1(tmp_path: Path, isolated_home: Path) -> None:
    bad = tmp_path / "bad.opml"
    bad.write_bytes(b"this is <not opml")
    r = cli("feeds", "import", str(bad), home=isolated_home)
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and r.stderr.startswith("newsreader:")


def test_update_names_a_feed_that_asked_to_wait(server: HTTPServer, isolated_home: Path) -> None:
    fresh = serve(server, "/fresh", rss(items(1)), headers={"Cache-Control": "max-age=3600"})
    server.expect_request("/busy").respond_with_data("later", 429, {"Retry-After": "3600"})
    busy = server.url_for("/busy")
    assert cli("feeds", "add", fresh, home=isolated_home).returncode == 0
    assert cli("feeds", "add", busy, "--no-check", home=isolated_home).returncode == 0
    first = cli("update", home=isolated_home)
    assert "429" in first.stderr
    again = cli("update", home=isolated_home)
    assert again.returncode == 0, again.stderr
    lines = again.stderr.splitlines()
    assert any(busy in line and "asked to wait until" in line for line in lines)
    assert not any(fresh in line for line in lines)  # a fresh feed is only counted
    assert "2 skipped (not due yet; --force fetches them)" in lines[-1]
