"""Feed files as input: nothing lost, bytes decoded by the parser, titles as plain text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.corpus import Corpus
from reader.core.sources import LoadError, discover, load


def rss(title: str, items: str, encoding: str = "utf-8") -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel>'
        f"<title>{title}</title>{items}</channel></rss>"
    )


def item(guid: str, title: str, body: str = "", link: str = "") -> str:
    parts = f"<title>{title}</title><guid>{guid}</guid>"
    parts += f"<link>{link}</link>" if link else ""
    parts += f"<description>{body}</description>" if body else ""
    return f"<item>{parts}</item>"


def articles(path: Path):
    sources, _ = discover([path])
    return [a for s in sources for a in load(s)]


def test_two_feeds_sharing_an_entry_id_keep_both_items(tmp_path: Path) -> None:
    for name in ("a.rss", "b.rss"):
        (tmp_path / name).write_text(rss(name, item("same-id", f"From {name}", "Body text.")))
    corpus = Corpus.open([tmp_path])
    assert corpus.update() == []
    assert sorted(r.title for r in corpus.articles()) == ["From a.rss", "From b.rss"]


def test_same_id_other_content_is_kept_and_exact_repeats_are_counted(tmp_path: Path) -> None:
    items = item("x", "First", "One.") + item("x", "Second", "Two.") + item("x", "First", "One.")
    path = tmp_path / "f.rss"
    path.write_text(rss("F", items))
    (source,), _ = discover([path])
    got = []
    with pytest.raises(LoadError, match="1 repeated item"):
        for article in load(source):
            got.append(article.title)
    assert got == ["First", "Second"]


def test_entries_without_body_keep_title_and_link(tmp_path: Path) -> None:
    items = item("i1", "Photo of the day", link="http://e/p") + item("i2", "Title only")
    path = tmp_path / "f.rss"
    path.write_text(rss("F", items))
    got = {a.title: a for a in articles(path)}
    assert set(got) == {"Photo of the day", "Title only"}
    assert got["Photo of the day"].url == "http://e/p"


def test_declared_encoding_and_utf16_are_honoured(tmp_path: Path) -> None:
    korean = "북한 지도자가 회담을 열었다"
    (tmp_path / "kr.rss").write_bytes(
        rss("KR", item("k", korean, korean), encoding="euc-kr").encode("euc-kr")
    )
    (tmp_path / "u16.rss").write_bytes(
        rss("U", item("u", "Genève talks", "Talks in Genève."), encoding="utf-16").encode("utf-16")
    )
    titles = {a.title for a in articles(tmp_path)}
    assert titles == {korean, "Genève talks"}


def test_html_titles_are_plain_and_escaped_text_stays_text(tmp_path: Path) -> None:
    atom = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        '<entry><id>e1</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
        'Example <a href="x">link</a></div></title>'
        '<content type="text">In HTML, &lt;b&gt; starts a bold phrase.</content></entry></feed>'
    )
    path = tmp_path / "a.atom"
    path.write_text(atom)
    (a,) = articles(path)
    assert a.title == "Example link"
    assert a.text == "In HTML, <b> starts a bold phrase."


def test_dates_are_stored_as_iso_8601(tmp_path: Path) -> None:
    items = (
        "<item><title>T</title><guid>1</guid><description>Body.</description>"
        "<pubDate>Tue, 02 Dec 2025 18:26:40 +0100</pubDate></item>"
    )
    path = tmp_path / "f.rss"
    path.write_text(rss("F", items))
    (a,) = articles(path)
    assert a.published == "2025-12-02T17:26:40Z"


def test_json_feed_is_a_feed(tmp_path: Path) -> None:
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "J",
        "items": [{"id": "1", "title": "Hello", "content_html": "<p>Hi <b>there</b>.</p>"}],
    }
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(feed))
    (a,) = articles(path)
    assert (a.title, a.text, a.source) == ("Hello", "Hi there.", "J")


def test_feed_without_items_and_opml_say_what_they_are(tmp_path: Path) -> None:
    empty = tmp_path / "empty.rss"
    empty.write_text(rss("Quiet", ""))
    opml = tmp_path / "subs.opml"
    opml.write_text('<opml version="2.0"><body><outline xmlUrl="http://e/f"/></body></opml>')
    for path, expected in ((empty, "no items"), (opml, "feeds import")):
        (source,), _ = discover([path])
        with pytest.raises(LoadError, match=expected):
            list(load(source))
