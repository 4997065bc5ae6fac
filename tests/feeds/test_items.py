"""What the store keeps across updates: no duplicates, nothing lost, doc ids and read marks."""

from __future__ import annotations

from pytest_httpserver import HTTPServer

from reader.core.corpus import Corpus
from reader.core.feeds.store import FeedStore, feeds_dir
from reader.core.userstate import UserState

from .conftest import items, rss, run_update, serve, stored


def test_duplicate_ids_within_and_across_feeds(server: HTTPServer, store: FeedStore) -> None:
    same = {"guid": "dup", "title": "One", "text": "one"}
    other = {"guid": "dup", "title": "Two", "text": "two"}
    a = serve(server, "/a", rss([same, same, other], title="A"))
    b = serve(server, "/b", rss([same], title="B"))
    store.add(a)
    store.add(b)
    run_update(store)
    run_update(store, force=True)
    rows = stored(store)
    assert sorted((r[0], r[3]) for r in rows) == [(a, "One"), (a, "Two"), (b, "One")]
    assert len({r[2] for r in rows}) == 3


def test_updated_item_keeps_doc_and_read_mark_and_gone_items_stay(
    server: HTTPServer, store: FeedStore
) -> None:
    url = serve(server, "/f", rss(items(3)))
    store.add(url)
    run_update(store)
    docs = {r[1]: r[2] for r in stored(store)}
    state = UserState("feeds-test")
    state.set_read(docs["item-1"])
    changed = items(3)[1:2]
    changed[0]["text"] = "A corrected body."
    server.clear()
    serve(server, "/f", rss(changed))  # item-0 and item-2 left the feed, item-1 changed
    (p,) = run_update(store, force=True)
    assert (p.new, p.updated) == (0, 1)
    rows = {r[1]: r for r in stored(store)}
    assert set(rows) == {"item-0", "item-1", "item-2"}
    assert rows["item-1"][2] == docs["item-1"] and rows["item-1"][4] == "A corrected body."
    assert UserState("feeds-test").is_read(docs["item-1"])


def test_corpus_indexes_items_and_reindexes_only_the_new_one(
    server: HTTPServer, store: FeedStore
) -> None:
    url = serve(server, "/f", rss(items(3), title="Indexed"))
    store.add(url)
    run_update(store)
    corpus = Corpus.open([feeds_dir()])
    corpus.update()
    rows = corpus.articles()
    assert len(rows) == 3 and {r.source for r in rows} == {"Indexed"}
    before = corpus.store.files()
    server.clear()
    serve(server, "/f", rss(items(4), title="Indexed"))
    run_update(store, force=True)
    corpus.update()
    after = corpus.store.files()
    assert corpus.count() == 4 and len(after) == 4
    assert {k: v for k, v in after.items() if k in before} == before  # the old three untouched
    assert len(set(after) - set(before)) == 1
    corpus.close()


def test_a_guid_that_is_no_address_is_not_the_items_url() -> None:
    from reader.core.feeds.parse import parse_feed

    feed = parse_feed(
        b'<rss version="2.0"><channel><title>T</title><item><title>A</title>'
        b"<guid>k1</guid><description>Body.</description></item></channel></rss>"
    )
    (entry,) = feed.entries
    assert entry.key == "k1" and entry.url is None


def test_opml_export_drops_control_characters() -> None:
    from xml.etree import ElementTree as ET

    from reader.core.feeds.opml import write_opml
    from reader.core.feeds.store import Feed

    feed = Feed(
        1,
        "k",
        "http://e/f\x1b",
        "Bad\x07 name",
        None,
        None,
        ("News\x01",),
        False,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        0.0,
    )
    root = ET.fromstring(write_opml([feed]))  # well-formed XML
    (outline,) = (
        root.iter("outline")[1:] if False else [o for o in root.iter("outline") if o.get("xmlUrl")]
    )
    assert outline.get("text") == "Bad name" and outline.get("xmlUrl") == "http://e/f"
