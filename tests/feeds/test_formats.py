"""Feed formats and encodings, served over HTTP and stored: what the store holds after."""

from __future__ import annotations

import gzip
import json

from pytest_httpserver import HTTPServer

from reader.core.feeds.store import FeedStore

from .conftest import items, rss, run_update, serve, stored

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom feed</title><id>urn:feed</id>
<updated>2026-01-02T00:00:00Z</updated>
<entry><id>urn:1</id><title type="html">&lt;b&gt;Bold&lt;/b&gt; title</title>
<updated>2026-01-01T00:00:00Z</updated><link href="http://127.0.0.1/a1"/>
<author><name>Ann Author</name></author>
<content type="html">&lt;p&gt;First paragraph.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</content></entry>
<entry><id>urn:2</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">An
<a href="http://127.0.0.1/x">xhtml</a> title</div></title>
<updated>2026-01-02T12:30:00+02:00</updated><summary>Summary two</summary></entry>
</feed>"""

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://127.0.0.1/"><title>RDF feed</title><link>http://127.0.0.1/</link>
<description>d</description><items><rdf:Seq><rdf:li resource="http://127.0.0.1/r1"/>
<rdf:li resource="http://127.0.0.1/r2"/></rdf:Seq></items></channel>
<item rdf:about="http://127.0.0.1/r1"><title>R one</title><link>http://127.0.0.1/r1</link>
<description>RDF body one</description><dc:date>2026-01-03T00:00:00Z</dc:date></item>
<item rdf:about="http://127.0.0.1/r2"><title>R two</title><link>http://127.0.0.1/r2</link>
<description>RDF body two</description></item>
</rdf:RDF>"""

JSON_FEED = json.dumps(
    {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "JSON feed",
        "home_page_url": "http://127.0.0.1/",
        "items": [
            {
                "id": "j1",
                "title": "J one",
                "content_html": "<p>JSON body <em>one</em></p>",
                "url": "http://127.0.0.1/j1",
                "date_published": "2026-01-04T08:00:00Z",
                "authors": [{"name": "Jay"}],
            },
            {"id": "j2", "content_text": "A note with no title", "url": "http://127.0.0.1/j2"},
        ],
    }
).encode()


def _one(store: FeedStore, url: str):
    store.add(url)
    (p,) = run_update(store)
    assert p.status == "new", p.message
    return p, stored(store, url)


def test_rss2(server: HTTPServer, store: FeedStore) -> None:
    url = serve(server, "/rss", rss(items(3), title="RSS two"))
    p, rows = _one(store, url)
    assert p.new == 3 and p.feed == "RSS two"
    assert [(r[1], r[3], r[5]) for r in rows] == [
        (f"item-{i}", f"Item number {i}", f"http://127.0.0.1/item/{i}") for i in range(3)
    ]
    item = store.item(rows[0][2])
    assert item.feed == "RSS two" and item.published == "2026-06-01T10:00:00Z"


def test_atom(server: HTTPServer, store: FeedStore) -> None:
    url = serve(server, "/atom", ATOM, content_type="application/atom+xml")
    _, rows = _one(store, url)
    one, two = (store.item(r[2]) for r in rows)
    assert one.title == "Bold title"  # titles are plain text
    assert one.text == "First paragraph.\nSecond."
    assert one.authors == ("Ann Author",) and one.url == "http://127.0.0.1/a1"
    assert two.title == "An xhtml title"
    assert two.published == "2026-01-02T10:30:00Z"  # stored as ISO 8601 UTC


def test_rss1(server: HTTPServer, store: FeedStore) -> None:
    url = serve(server, "/rdf", RDF, content_type="application/rdf+xml")
    _, rows = _one(store, url)
    assert [(r[3], r[4]) for r in rows] == [("R one", "RDF body one"), ("R two", "RDF body two")]
    assert store.feeds()[0].title == "RDF feed"


def test_json_feed(server: HTTPServer, store: FeedStore) -> None:
    url = serve(server, "/feed.json", JSON_FEED, content_type="application/feed+json")
    _, rows = _one(store, url)
    one, two = (store.item(r[2]) for r in rows)
    assert (one.title, one.text, one.authors) == ("J one", "JSON body one", ("Jay",))
    assert one.published == "2026-01-04T08:00:00Z"
    assert two.text == "A note with no title" and two.url == "http://127.0.0.1/j2"
    assert store.feeds()[0].title == "JSON feed"


def test_gzip_body(server: HTTPServer, store: FeedStore) -> None:
    body = gzip.compress(rss(items(4), title="Zipped"))
    url = serve(server, "/gz", body, headers={"Content-Encoding": "gzip"})
    p, rows = _one(store, url)
    assert p.feed == "Zipped" and len(rows) == 4


def test_gzip_that_is_not_gzip_is_one_error(server: HTTPServer, store: FeedStore) -> None:
    url = serve(server, "/badgz", b"not gzip at all", headers={"Content-Encoding": "gzip"})
    store.add(url)
    (p,) = run_update(store)
    assert p.status == "error" and "compression" in p.message


def test_euc_kr_declared(server: HTTPServer, store: FeedStore) -> None:
    body = rss([{"guid": "k1", "title": "서울 소식", "text": "오늘 서울에서"}], "한국", "euc-kr")
    url = serve(server, "/kr", body)
    p, rows = _one(store, url)
    assert p.feed == "한국" and (rows[0][3], rows[0][4]) == ("서울 소식", "오늘 서울에서")


def test_utf16_with_bom(server: HTTPServer, store: FeedStore) -> None:
    body = rss([{"guid": "u1", "title": "Zürich – news", "text": "ça va"}], "Ünï", "utf-16")
    assert body[:2] in (b"\xff\xfe", b"\xfe\xff")
    url = serve(server, "/u16", body)
    p, rows = _one(store, url)
    assert p.feed == "Ünï" and (rows[0][3], rows[0][4]) == ("Zürich – news", "ça va")


def test_http_charset_that_lies_is_ignored_for_a_declared_feed(
    server: HTTPServer, store: FeedStore
) -> None:
    body = rss([{"guid": "c1", "title": "Zürich", "text": "Ça"}], "Café")  # UTF-8, declared
    url = serve(server, "/lies", body, content_type="text/xml; charset=iso-8859-1")
    p, rows = _one(store, url)
    assert p.feed == "Café" and (rows[0][3], rows[0][4]) == ("Zürich", "Ça")


def test_declaration_that_lies_about_utf8_bytes(server: HTTPServer, store: FeedStore) -> None:
    body = rss([{"guid": "c1", "title": "Zürich", "text": "Ça"}], "Café")
    body = body.replace(b'encoding="utf-8"', b'encoding="iso-8859-1"')
    url = serve(server, "/decl", body, content_type="text/xml")
    p, rows = _one(store, url)
    assert p.feed == "Café" and (rows[0][3], rows[0][4]) == ("Zürich", "Ça")


def test_undeclared_feed_decoded_by_the_http_charset(server: HTTPServer, store: FeedStore) -> None:
    body = rss([{"guid": "k1", "title": "서울 소식", "text": "오늘 서울에서"}], "한국", "euc-kr")
    body = body.replace(b' encoding="euc-kr"', b"")  # no declaration: the header says it
    url = serve(server, "/kr2", body, content_type="application/rss+xml; charset=EUC-KR")
    p, rows = _one(store, url)
    assert p.feed == "한국" and (rows[0][3], rows[0][4]) == ("서울 소식", "오늘 서울에서")


def test_undeclared_latin1_without_header_is_guessed(server: HTTPServer, store: FeedStore) -> None:
    body = rss([{"guid": "l1", "title": "Zürich élève", "text": "Ça déjà"}], "Café", "latin-1")
    body = body.replace(b' encoding="latin-1"', b"")
    url = serve(server, "/l1", body, content_type="application/rss+xml")
    _, rows = _one(store, url)
    assert "\ufffd" not in rows[0][3] + rows[0][4]


def test_truncated_feed_keeps_complete_items(server: HTTPServer, store: FeedStore) -> None:
    body = rss(items(5))
    cut = body[: body.index(b"<item>", body.index(b"item-3")) + 30]  # inside the fifth item
    url = serve(server, "/cut", cut)
    store.add(url)
    (p,) = run_update(store)
    assert p.status != "error", p.message
    keys = [r[1] for r in stored(store, url)]
    assert keys[:4] == ["item-0", "item-1", "item-2", "item-3"]
    for r in stored(store, url)[:4]:
        assert r[3] and r[4]  # complete: title and text


def test_truncated_inside_an_item_then_whole_is_one_item(
    server: HTTPServer, store: FeedStore
) -> None:
    body = rss(items(2))
    url = serve(server, "/cut2", body[: body.index(b"<description>", body.index(b"item-1"))])
    store.add(url)
    run_update(store)
    server.clear()
    serve(server, "/cut2", body)
    run_update(store, force=True)
    rows = stored(store, url)
    assert [r[1] for r in rows] == ["item-0", "item-1"]
    assert rows[1][4] == "The body of item 1. It has a sentence or two."


def test_markup_and_escapes_in_titles_are_text(server: HTTPServer, store: FeedStore) -> None:
    title = "Red \x1b[31mALERT\x1b[0m: <script>alert(1)</script> & <b>bold</b>"
    body = rss(
        [{"guid": "e1", "title": title, "text": "In HTML, <b> starts a bold phrase \x07."}],
        title="Esc \x1b]0;pwned\x07 feed",
    )
    for tag in (b"script", b"/script", b"b", b"/b"):  # escaped twice: literal text, no markup
        body = body.replace(b"&lt;" + tag + b"&gt;", b"&amp;lt;" + tag + b"&amp;gt;")
    url = serve(server, "/esc", body)
    _, rows = _one(store, url)
    item = store.item(rows[0][2])
    assert "<script>alert(1)</script>" in item.title and "<b>bold</b>" in item.title
    assert "In HTML, <b> starts a bold phrase" in item.text
    for text in (item.title, item.text, item.feed):
        assert not any(ord(c) < 32 and c != "\n" or 0x7F <= ord(c) < 0xA0 for c in text), text


def test_well_formed_feed_without_items_says_no_items(server: HTTPServer, store: FeedStore) -> None:
    url = serve(server, "/empty", rss([], title="Quiet"))
    store.add(url)
    (p,) = run_update(store)
    assert (p.status, p.message, p.feed) == ("unchanged", "no items", "Quiet")


def test_entry_with_title_only_or_link_only_is_kept(server: HTTPServer, store: FeedStore) -> None:
    body = rss(
        [
            {"guid": "t", "title": "Only a title"},
            {"link": "http://127.0.0.1/only-link"},
            {"guid": "x", "text": "Only a body"},
        ]
    )
    url = serve(server, "/sparse", body)
    _, rows = _one(store, url)
    assert len(rows) == 3
    assert {r[3] for r in rows} >= {"Only a title"}
    assert "http://127.0.0.1/only-link" in {r[5] for r in rows}
